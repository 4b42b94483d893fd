<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/about_dialog.py" line="+17"/>
        <source>About CoopDesk</source>
        <translation>À propos de CoopDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grants desk of small food-aid associations: funders, calls for projects, applications, documents and the time they take, in one place on your computer.</source>
        <translation>Le bureau des subventions des petites associations d’aide alimentaire&#xa0;: financeurs, appels à projets, dossiers, pièces justificatives et temps passé, réunis sur votre ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the %1 licence.</source>
        <translation>Logiciel libre sous licence %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AidCandidateTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/aides_import_dialog.py" line="+165"/>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline change</source>
        <translation>Changement de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financers</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
</context>
<context>
    <name>AidesImport</name>
    <message>
        <location line="-98"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
</context>
<context>
    <name>AidesImportDialog</name>
    <message>
        <location line="+156"/>
        <source>Import from Aides-territoires</source>
        <translation>Importer depuis Aides-territoires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose JSON files…</source>
        <translation>Choisir des fichiers JSON…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a search of aides-territoires.beta.gouv.fr (the API&apos;s JSON answer), then choose the file here or drop it on this window.</source>
        <translation>Enregistrez une recherche d’aides-territoires.beta.gouv.fr (la réponse JSON de l’API), puis choisissez le fichier ici ou déposez-le sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Associations only</source>
        <translation>Associations seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls for projects only</source>
        <translation>Appels à projets seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perimeter contains…</source>
        <translation>Périmètre contenant…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive the selected calls</source>
        <translation>Archiver les appels sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported earlier, no longer in these files</source>
        <translation>Importés auparavant, absents de ces fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import report</source>
        <translation>Compte rendu de l’import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose Aides-territoires files</source>
        <translation>Choisir des fichiers Aides-territoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories (%1)</source>
        <translation>Catégories (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported earlier, no longer in these files (%1)</source>
        <translation>Importés auparavant, absents de ces fichiers (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no deadline</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file read yet.</source>
        <translation>Aucun fichier lu pour l’instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 aids in %2 file(s): %3 new, %4 updated, %5 unchanged. %6 ticked</source>
        <translation>%1 aides dans %2 fichier(s)&#xa0;: %3 nouvelles, %4 mises à jour, %5 inchangées. %6 cochées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1 funder(s) to create</source>
        <translation>, %1 financeur(s) à créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file holds only one page of a longer search.</source>
        <translation>Un fichier ne contient qu’une page d’une recherche plus longue.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New calls: %1</source>
        <translation>Nouveaux appels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines moved: %1</source>
        <translation>Dates limites déplacées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other updates: %1</source>
        <translation>Autres mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %1</source>
        <translation>Inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in the files: %1</source>
        <translation>Absents des fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funders created: %1</source>
        <translation>Financeurs créés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out (unticked or filtered): %1</source>
        <translation>Laissés de côté (décochés ou filtrés)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../coopdesk/app.py" line="+87"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your last action may not have been saved: check it before going on.</source>
        <translation>%1

Votre dernière action n’a peut-être pas été enregistrée&#xa0;: vérifiez-la avant de continuer.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database is on a network share (%1): if several PCs open it, it may be damaged. Use a PostgreSQL server instead (Settings › Data).</source>
        <translation>La base est sur un partage réseau (%1)&#xa0;: si plusieurs postes l’ouvrent, elle peut être abîmée. Utilisez plutôt un serveur PostgreSQL (Paramètres › Données).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Database on a network share</source>
        <translation>Base sur un partage réseau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup folder %1 cannot be reached (USB key removed?): backups go to %2.</source>
        <translation>Le dossier des sauvegardes %1 est inaccessible (clé USB retirée&#x202f;?)&#xa0;: les sauvegardes vont dans %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily backup written to %1.</source>
        <translation>Sauvegarde du jour écrite dans %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup not made</source>
        <translation>Sauvegarde non faite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore refused</source>
        <translation>Restauration refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data restored from %1. The previous data is kept in %2.</source>
        <translation>Données restaurées depuis %1. Les données d’avant sont gardées dans %2.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/application_dialog.py" line="+149"/>
        <source>New application</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts and payments</source>
        <translation>Montants et versements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no project)</source>
        <translation>(sans projet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no funder)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no call for projects)</source>
        <translation>(sans appel à projets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multi-year funding</source>
        <translation>Financement pluriannuel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding type</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funded period from</source>
        <translation>Période financée du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted through</source>
        <translation>Déposé via</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>e.g. 5 000 €</source>
        <translation>par exemple 5 000 €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Still to be received</source>
        <translation>Reste à percevoir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/document_labels.py" line="+15"/>
        <source>Statutes</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of the board</source>
        <translation>Liste des dirigeants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details (RIB)</source>
        <translation>RIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved accounts</source>
        <translation>Comptes approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast budget</source>
        <translation>Budget prévisionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance certificate</source>
        <translation>Attestation d’assurance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes of the general meeting</source>
        <translation>Procès-verbal d’AG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Food aid accreditation</source>
        <translation>Habilitation aide alimentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Republican commitment contract</source>
        <translation>Contrat d’engagement républicain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/dialogs/application_dialog.py" line="-262"/>
        <source>Provided</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prepare the pack…</source>
        <translation>Préparer le dossier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the timer</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time the work on this application (shown in the status bar)</source>
        <translation>Chronométrer le travail sur ce dossier (affiché dans la barre d’état)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Financial report…</source>
        <translation>Compte rendu financier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast and actual amounts of the project&apos;s budget (CERFA 15059)</source>
        <translation>Prévision et réalisation du budget du projet (CERFA 15059)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Aid in kind (goods or services, not money)</source>
        <translation>Aide en nature (biens ou services, pas d’argent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The pack will carry the association&apos;s budget of the funded year, this request in it.</source>
        <translation>Le dossier imprimé portera le budget de l’association de l’année financée, cette demande dedans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack will carry the association&apos;s budget of the funded year, then the project&apos;s budget (and its financing plan for an investment).</source>
        <translation>Le dossier imprimé portera le budget de l’association de l’année financée, puis le budget du projet (et son plan de financement pour un investissement).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the year</source>
        <translation>Retirer l’année</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application first to record payments.</source>
        <translation>Enregistrez d’abord le dossier pour saisir les versements.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments received</source>
        <translation>Versements reçus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter of intent</source>
        <translation>Lettre d’intention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Decision on</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+101"/>
        <source>Report due</source>
        <translation>Compte rendu dû le</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>Report filed on</source>
        <translation>Compte rendu déposé le</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The day this year&apos;s financial report was sent (e.g. 15/05/2028); empty: not sent yet.</source>
        <translation>Le jour où le compte rendu de cette année a été envoyé (par exemple 15/05/2028)&#xa0;; vide&#xa0;: pas encore envoyé.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refunded to the funder</source>
        <translation>Reversé au financeur</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick a date to give it. Submission, decision and report filed are set by a change of status.</source>
        <translation>Cochez une date pour l’indiquer. Les dates de dépôt, de décision et de compte rendu déposé sont fixées par un changement de statut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change status…</source>
        <translation>Changer de statut…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusal reason</source>
        <translation>Motif de refus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a piece…</source>
        <translation>Ajouter une pièce…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the document…</source>
        <translation>Choisir le document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application first to list its pieces.</source>
        <translation>Enregistrez d’abord le dossier pour lister ses pièces.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>once saved</source>
        <translation>après enregistrement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total over the years: %1</source>
        <translation>Total sur les années&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Idea (once saved)</source>
        <translation>Idée (une fois enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>aucun motif communiqué</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refund</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created: %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No piece required yet.</source>
        <translation>Aucune pièce demandée pour l’instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 missing</source>
        <translation>%1 manquante(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expired</source>
        <translation>%1 expirée(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expiring soon</source>
        <translation>%1 expire(nt) bientôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every piece is provided.</source>
        <translation>Toutes les pièces sont fournies.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(no document)</source>
        <translation>(aucun document)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until %1</source>
        <translation>valable jusqu’au %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Delete the payment</source>
        <translation>Supprimer le versement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of %1 received on %2?</source>
        <translation>Supprimer le versement de %1 reçu le %2&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Year %1: %2</source>
        <translation>Année %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each year can be given only once.</source>
        <translation>Chaque année ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Year %1, report filed on: %2</source>
        <translation>Année %1, compte rendu remis le&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationLabels</name>
    <message>
        <location line="-907"/>
        <source>Funder&apos;s portal</source>
        <translation>Portail du financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
</context>
<context>
    <name>ApplicationSections</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/application_sections.py" line="+207"/>
        <source>&amp;Add a section</source>
        <translation>&amp;Ajouter une rubrique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section…</source>
        <translation>Supprimer la rubrique…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As the funder&apos;s form names it, e.g. Objectives of the project</source>
        <translation>Comme dans le formulaire du financeur, ex. Objectifs du projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Update from the library…</source>
        <translation>&amp;Mettre à jour depuis la bibliothèque…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill it from the library, or write it here; changes stay in this application.</source>
        <translation>Remplissez-la depuis la bibliothèque, ou écrivez ici&#x202f;; les modifications restent dans ce dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fill from the library…</source>
        <translation>&amp;Remplir depuis la bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text to paste it into the funder&apos;s portal</source>
        <translation>Copier le texte pour le coller dans le portail du financeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character limit</source>
        <translation>Limite de caractères</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No section yet. Add one per text field of the funder&apos;s form, then fill it from the library.</source>
        <translation>Aucune rubrique pour l’instant. Ajoutez-en une par champ de texte du formulaire du financeur, puis remplissez-la depuis la bibliothèque.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the application first: its texts can be added then.</source>
        <translation>Enregistrez d’abord le dossier&#xa0;: ses textes pourront ensuite être ajoutés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Texts of the application</source>
        <translation>Textes du dossier</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>From the library: “%1”, version %2 (your changes here do not change the library).</source>
        <translation>Depuis la bibliothèque&#xa0;: «&#xa0;%1&#xa0;», version %2 (vos modifications ici ne changent pas la bibliothèque).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filled from a text since deleted from the library.</source>
        <translation>Rempli à partir d’un texte supprimé depuis de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written for this application.</source>
        <translation>Écrit pour ce dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The library has a newer version (%2) than the one used here (%3).</source>
        <translation>%1 La bibliothèque a une version plus récente (%2) que celle utilisée ici (%3).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Someone else changed this section in the meantime: your text is still here; copy it, then reopen the application.</source>
        <translation>Quelqu’un d’autre a modifié cette rubrique entre-temps&#xa0;: votre texte est toujours là&#x202f;; copiez-le, puis rouvrez le dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New section</source>
        <translation>Nouvelle rubrique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the section</source>
        <translation>Supprimer la rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the section “%1” of this application? The library is not changed.</source>
        <translation>Supprimer la rubrique «&#xa0;%1&#xa0;» de ce dossier&#x202f;? La bibliothèque n’est pas modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Replace the text</source>
        <translation>Remplacer le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of this section by the text of the library?</source>
        <translation>Remplacer le texte de cette rubrique par celui de la bibliothèque&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update from the library</source>
        <translation>Mettre à jour depuis la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the text of this section by version %1 of the library? Changes made for this funder will be replaced.</source>
        <translation>Remplacer le texte de cette rubrique par la version %1 de la bibliothèque&#x202f;? Les modifications faites pour ce financeur seront remplacées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: paste it into the funder&apos;s form.</source>
        <translation>Copié&#xa0;: collez-le dans le formulaire du financeur.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/application_table_model.py" line="+93"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due</source>
        <translation>Compte rendu dû le</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1 application — requested %1 · granted %2 · paid %3</source>
        <translation>1 dossier — demandé %1 · accordé %2 · versé %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%4 applications — requested %1 · granted %2 · paid %3</source>
        <translation>%4 dossiers — demandé %1 · accordé %2 · versé %3</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/applications_page.py" line="+97"/>
        <source>Applications</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted (all stages)</source>
        <translation>Accordés (toutes étapes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+204"/>
        <source>All funders</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+208"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+211"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+213"/>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Any funding</source>
        <translation>Tout financement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, project, funder, notes…</source>
        <translation>Rechercher intitulé, projet, financeur, notes…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;New application…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Changer de statut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prepare the pack…</source>
        <translation>&amp;Préparer le dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One PDF to print or send: cover, texts, budget, declaration, pieces</source>
        <translation>Un seul PDF à imprimer ou à envoyer&#xa0;: page de garde, textes, budget, attestation, pièces</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a card to another column to change its status</source>
        <translation>Faites glisser une carte vers une autre colonne pour changer son statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applications shown, with their totals, for a spreadsheet</source>
        <translation>Les dossiers affichés, avec leurs totaux, pour un tableur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (XLSX)…</source>
        <translation>Classeur Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file…</source>
        <translation>Fichier CSV…</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the applications</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved: “%1” is not shown by the current filters.</source>
        <translation>Enregistré&#xa0;: «&#xa0;%1&#xa0;» n’est pas affiché avec les filtres actuels.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+24"/>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>“%1” cannot go from “%2” to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is now: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not renewed</source>
        <translation>Non renouvelé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renewed: “%1” starts again as an idea.</source>
        <translation>Renouvelé&#xa0;: «&#xa0;%1&#xa0;» repart comme idée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the application</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” with its payments and history? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses versements et son historique&#x202f;? Cette opération est définitive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/association_form.py" line="+85"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNA number</source>
        <translation>N° RNA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officers</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s title</source>
        <translation>Qualité du représentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treasurer</source>
        <translation>Trésorier·ère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the financial year (day/month)</source>
        <translation>Fin de l’exercice (jour/mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of volunteers</source>
        <translation>Nombre de bénévoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of employees</source>
        <translation>Nombre de salariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditations / approvals</source>
        <translation>Habilitations / agréments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time equivalents, e.g. 1,5</source>
        <translation>Équivalents temps plein, par exemple 1,5</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/backup_settings.py" line="+112"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is on a PostgreSQL server: backing it up is the server&apos;s job (pg_dump, see the guide, “Several PCs in the office”).</source>
        <translation>La base est sur un serveur PostgreSQL&#xa0;: sa sauvegarde se fait sur le serveur (pg_dump, voir le guide, «&#xa0;Plusieurs postes dans le bureau&#xa0;»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A USB key or a synchronised folder, for instance</source>
        <translation>Une clé USB ou un dossier synchronisé, par exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CoopDesk backs up when it closes and, at start, when the last backup is a day old. It keeps one backup a day for 7 days, one a week for 4 weeks, one a month for 12 months.</source>
        <translation>CoopDesk sauvegarde à la fermeture et, au démarrage, si la dernière sauvegarde a plus d’un jour. Il garde une sauvegarde par jour sur 7 jours, une par semaine sur 4 semaines, une par mois sur 12 mois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a protected backup…</source>
        <translation>Exporter une sauvegarde protégée…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The chosen folder %1 cannot be reached (USB key removed?): backups go to the default folder until it is back.</source>
        <translation>Le dossier choisi %1 est inaccessible (clé USB retirée&#x202f;?)&#xa0;: les sauvegardes vont dans le dossier par défaut jusqu’à son retour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a protected backup</source>
        <translation>Exporter une sauvegarde protégée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Protected backup written to %1. It opens with 7-Zip and the password.</source>
        <translation>Sauvegarde protégée écrite dans %1. Elle s’ouvre avec 7-Zip et le mot de passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CoopDesk will keep your current data as a backup, close the database, replace it by %1, then open it again. Whatever was entered since that backup will no longer be shown.</source>
        <translation>CoopDesk va garder vos données actuelles dans une sauvegarde, fermer la base, la remplacer par %1, puis la rouvrir. Ce qui a été saisi depuis cette sauvegarde ne sera plus affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/restore_dialog.py" line="+47"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file no longer exists.</source>
        <translation>Ce fichier n’existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a CoopDesk backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde de CoopDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is damaged or incomplete (an interrupted copy?). Choose another one.</source>
        <translation>Cette sauvegarde est abîmée ou incomplète (copie interrompue&#x202f;?). Choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup comes from a newer version of CoopDesk: install the latest version first.</source>
        <translation>Cette sauvegarde vient d’une version plus récente de CoopDesk&#xa0;: installez d’abord la dernière version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is open in another CoopDesk window or program: close it and try again.</source>
        <translation>La base est ouverte dans une autre fenêtre de CoopDesk ou un autre programme&#xa0;: fermez-la et recommencez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is the database itself.</source>
        <translation>Ce fichier est la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is on a PostgreSQL server: restoring it is done on the server (pg_restore).</source>
        <translation>La base est sur un serveur PostgreSQL&#xa0;: sa restauration se fait sur le serveur (pg_restore).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The files could not be written (disk full or access refused).</source>
        <translation>Les fichiers n’ont pas pu être écrits (disque plein ou accès refusé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is a ZIP archive (a backup protected by a password?): open it with 7-Zip and restore the .sqlite3 file it holds.</source>
        <translation>Ce fichier est une archive ZIP (une sauvegarde protégée par mot de passe&#x202f;?)&#xa0;: ouvrez-la avec 7-Zip et restaurez le fichier .sqlite3 qu’elle contient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was replaced: your data is as it was.</source>
        <translation>Rien n’a été remplacé&#xa0;: vos données sont telles qu’avant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing there is not allowed</source>
        <translation>l’écriture y est refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist (USB key removed?)</source>
        <translation>le dossier n’existe pas (clé USB retirée&#x202f;?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is on a PostgreSQL server, backed up by the server (pg_dump)</source>
        <translation>la base est sur un serveur PostgreSQL, sauvegardée par le serveur (pg_dump)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file is missing</source>
        <translation>le fichier de la base est introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup to %1 failed: %2. Your data was not changed.</source>
        <translation>La sauvegarde vers %1 a échoué&#xa0;: %2. Vos données n’ont pas été modifiées.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/budget_dialog.py" line="+75"/>
        <source>The CERFA budget is in whole euros: type the amount without cents.</source>
        <translation>Le budget CERFA est en euros entiers&#xa0;: saisissez le montant sans centimes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount of the budget cannot be negative.</source>
        <translation>Un montant du budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This amount is too large (10 digits at most).</source>
        <translation>Ce montant est trop grand (10 chiffres au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an amount (0 if none).</source>
        <translation>Saisissez un montant (0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This amount is not understood; type e.g. 1 250.</source>
        <translation>Ce montant n’est pas compris&#x202f;; saisissez par exemple 1 250.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Budget of “%1”</source>
        <translation>Budget de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget of the association, %1</source>
        <translation>Budget de l’association, exercice %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add a line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a line under the chosen account (Insert)</source>
        <translation>Ajoute une ligne sous le compte choisi (Inser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected line (Delete); nothing is lost before saving</source>
        <translation>Retire la ligne sélectionnée (Suppr)&#x202f;; rien n’est perdu avant l’enregistrement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Enregistrer en &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole euros. Type an amount in a line and press Enter; the subsidies (74) come from the project&apos;s applications — type another amount to change it in this budget only.</source>
        <translation>Euros entiers. Saisissez un montant dans une ligne puis Entrée&#x202f;; les subventions (74) viennent des dossiers du projet — saisissez un autre montant pour le modifier dans ce budget seulement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole euros. Type an amount in a line and press Enter; the subsidies (74) come from the applications whose funded period starts this year — type another amount to change it in this budget only.</source>
        <translation>Euros entiers. Saisissez un montant dans une ligne puis Entrée&#x202f;; les subventions (74) viennent des dossiers dont la période financée commence dans l’exercice — saisissez un autre montant pour le modifier dans ce budget seulement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>86 – Uses of contributions in kind</source>
        <translation>86 – Emplois des contributions volontaires en nature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>87 – Contributions in kind</source>
        <translation>87 – Contributions volontaires en nature</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No line yet: choose an account above and press Add a line (Insert).</source>
        <translation>Aucune ligne pour l’instant&#xa0;: choisissez un compte ci-dessus et cliquez sur Ajouter une ligne (Inser).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total charges</source>
        <translation>Total des charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total products</source>
        <translation>Total des produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total uses (86)</source>
        <translation>Total des emplois (86)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total resources (87)</source>
        <translation>Total des ressources (87)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The budget is unbalanced: charges exceed products by %1.</source>
        <translation>Le budget est déséquilibré&#xa0;: les charges dépassent les produits de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget is unbalanced: products exceed charges by %1.</source>
        <translation>Le budget est déséquilibré&#xa0;: les produits dépassent les charges de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contributions in kind: uses (86) and resources (87) differ by %1.</source>
        <translation>Contributions en nature&#xa0;: les emplois (86) et les ressources (87) diffèrent de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget is balanced: charges = products = %1.</source>
        <translation>Le budget est équilibré&#xa0;: charges = produits = %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unbalanced budget</source>
        <translation>Budget déséquilibré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CERFA budget must be balanced. Save it anyway and balance it later?</source>
        <translation>Un budget CERFA doit être équilibré. L’enregistrer quand même et l’équilibrer plus tard&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the budget without saving your changes?</source>
        <translation>Fermer le budget sans enregistrer vos modifications&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the budget as PDF</source>
        <translation>Enregistrer le budget en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the budget as XLSX</source>
        <translation>Enregistrer le budget en XLSX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location line="-349"/>
        <source>Budget changed elsewhere</source>
        <translation>Budget modifié ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this budget in the meantime: nothing was saved. The budget is reloaded; type your changes again.</source>
        <translation>Quelqu’un d’autre a modifié ce budget entre-temps&#xa0;: rien n’a été enregistré. Le budget est rechargé&#x202f;; saisissez de nouveau vos modifications.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget not saved</source>
        <translation>Budget non enregistré</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/budget_table.py" line="+111"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation of the gap</source>
        <translation>Explication de l’écart</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Amount of the application: %1. Type another amount to change it in this budget only.</source>
        <translation>Montant du dossier&#xa0;: %1. Saisissez un autre montant pour le modifier dans ce budget seulement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Awaiting the funder&apos;s decision: left out of the actual result. Type the amount obtained once it is known.</source>
        <translation>En attente de la décision du financeur&#xa0;: non compté dans le résultat réalisé. Saisissez le montant obtenu dès qu’il est connu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A gap above 15 % must be explained to the funder.</source>
        <translation>Un écart de plus de 15&#x202f;% doit être expliqué au financeur.</translation>
    </message>
</context>
<context>
    <name>BurdenCharts</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/burden_charts.py" line="+105"/>
        <source>Hours per funder</source>
        <translation>Heures par financeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Euros obtained per hour spent</source>
        <translation>Euros obtenus par heure passée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>euros per hour</source>
        <translation>euros par heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at a bar for the funder&apos;s full name and hours</source>
        <translation>Pointez une barre pour voir le nom complet du financeur et ses heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a bar for the funder&apos;s full name and euros per hour</source>
        <translation>Pointez une barre pour voir le nom complet du financeur et ses euros par heure</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Hours per activity</source>
        <translation>Heures par activité</translation>
    </message>
</context>
<context>
    <name>BurdenLabels</name>
    <message>
        <location line="-150"/>
        <source>Research and monitoring</source>
        <translation>Veille et recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting documents</source>
        <translation>Collecte des pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry on the platform</source>
        <translation>Saisie sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and exchanges</source>
        <translation>Réunions et échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up and reminders</source>
        <translation>Suivi et relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No funder</source>
        <translation>Sans financeur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Other funders</source>
        <translation>Autres financeurs</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/call_dialog.py" line="+104"/>
        <source>New call for projects</source>
        <translation>Nouvel appel à projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no funder)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. AAP-2027-ALIM</source>
        <translation>par exemple AAP-2027-ALIM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 5 000 €</source>
        <translation>par exemple 5 000 €</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Multi-year funding</source>
        <translation>Financement pluriannuel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens on</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-deposit</source>
        <translation>Pré-dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates (tick to give one)</source>
        <translation>Dates (cochez pour en indiquer une)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum amount</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum rate</source>
        <translation>Taux minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum rate</source>
        <translation>Taux maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding type</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/call_table_model.py" line="+41"/>
        <source>Operating</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no deadline</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next: %1</source>
        <translation>prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location line="+60"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-year</source>
        <translation>Pluriannuel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/calls_page.py" line="+89"/>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing within 30 days</source>
        <translation>Clôture dans les 30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+162"/>
        <source>All funders</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Any funding</source>
        <translation>Tout financement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any recurrence</source>
        <translation>Toute récurrence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, funder, eligibility…</source>
        <translation>Rechercher intitulé, financeur, éligibilité…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New call…</source>
        <translation>&amp;Nouvel appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;link</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Aides-territoires…</source>
        <translation>&amp;Importer depuis Aides-territoires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (Excel)…</source>
        <translation>Fichier CSV (Excel)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX workbook…</source>
        <translation>Classeur XLSX…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: “%1” is not shown by the current filters.</source>
        <translation>Enregistré&#xa0;: «&#xa0;%1&#xa0;» n’est pas affiché avec les filtres actuels.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Delete the call</source>
        <translation>Supprimer l’appel</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;? Cette opération est définitive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Archive it instead? It will leave the lists.</source>
        <translation>L’archiver plutôt&#x202f;? Il disparaîtra des listes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>CompteRenduDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/compte_rendu_dialog.py" line="+56"/>
        <source>A financial report is made once the grant is awarded; this application has no grant yet.</source>
        <translation>Le compte rendu financier se fait une fois la subvention accordée&#x202f;; ce dossier n’a pas encore de subvention accordée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Financial report — %1</source>
        <translation>Compte rendu financier — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no funder</source>
        <translation>financeur non renseigné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the actual amount of each line (whole euros). A gap above 15 % of the forecast must be explained: type the explanation in the last column.</source>
        <translation>Saisissez le montant réalisé de chaque ligne (euros entiers). Un écart de plus de 15&#x202f;% par rapport à la prévision doit être expliqué&#xa0;: saisissez l’explication dans la dernière colonne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>86 – Uses in kind</source>
        <translation>86 – Emplois en nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>87 – Contributions in kind</source>
        <translation>87 – Contributions volontaires en nature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanatory notes</source>
        <translation>Annexe explicative</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The budget this report is made against has no charge yet: type it first (%1).</source>
        <translation>Le budget de référence de ce compte rendu n’a encore aucune charge&#xa0;: saisissez-le d’abord (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects page, Budget button</source>
        <translation>page Projets, bouton Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects page, Budget of the association button, year %1</source>
        <translation>page Projets, bouton Budget de l’association, exercice %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1. How were the indirect charges allocated to the action (share of the rent, of the salaries…)?</source>
        <translation>1. Quelle a été la règle de répartition des charges indirectes affectées à l’action (quote-part du loyer, des salaires…)&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Explain the significant gaps between the forecast and the actual budget (the explanations typed line by line are printed under it).</source>
        <translation>2. Expliquez les écarts significatifs entre le budget prévisionnel et le réalisé (les explications saisies ligne par ligne sont imprimées à la suite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Contributions in kind: what they were and how they were valued.</source>
        <translation>3. Contributions volontaires en nature&#xa0;: leur nature et leur méthode de valorisation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not apply to a grant for the association&apos;s overall operation: leave it empty.</source>
        <translation>Sans objet pour une subvention de fonctionnement global&#xa0;: laissez vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. volunteering valued at the hourly minimum wage, from the attendance sheets.</source>
        <translation>par exemple&#xa0;: bénévolat valorisé au SMIC horaire, d’après les feuilles de présence.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report changed elsewhere</source>
        <translation>Compte rendu modifié ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this financial report or its application in the meantime: nothing was saved. The amounts are reloaded; your notes are kept, save again to record them.</source>
        <translation>Quelqu’un d’autre a modifié ce compte rendu ou son dossier entre-temps&#xa0;: rien n’a été enregistré. Les montants sont rechargés&#xa0;; vos notes sont conservées, enregistrez à nouveau pour les garder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Compte rendu non enregistré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the financial report without saving what you typed?</source>
        <translation>Fermer le compte rendu sans enregistrer ce que vous avez saisi&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>No financial report</source>
        <translation>Pas de compte rendu financier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Financial report of which year?</source>
        <translation>Compte rendu de quelle année&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This multi-year grant has one financial report per year:</source>
        <translation>Cette subvention pluriannuelle a un compte rendu par année&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Total charges</source>
        <translation>Total des charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total products</source>
        <translation>Total des produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total uses (86)</source>
        <translation>Total des emplois (86)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total resources (87)</source>
        <translation>Total des ressources (87)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Actual result not computed yet: type the actual amount of the charges.</source>
        <translation>Résultat réalisé pas encore calculé&#xa0;: saisissez le montant réalisé des charges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual result: deficit of %1.</source>
        <translation>Résultat réalisé&#xa0;: déficit de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual result: surplus of %1.</source>
        <translation>Résultat réalisé&#xa0;: excédent de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual result: balanced.</source>
        <translation>Résultat réalisé&#xa0;: équilibre.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n gap(s) above 15 % without an explanation: %1</source>
        <translation>
            <numerusform>%n écart de plus de 15&#x202f;% sans explication&#xa0;: %1</numerusform>
            <numerusform>%n écarts de plus de 15&#x202f;% sans explication&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>The report of a grant for the association&apos;s operation is made against the association&apos;s budget of the funded year: type the funded period of this application first.</source>
        <translation>Le compte rendu d’une subvention de fonctionnement se fait sur le budget de l’association de l’année financée&#xa0;: indiquez d’abord la période financée de ce dossier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Project: %1.</source>
        <translation>Projet&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall operation: the association&apos;s budget of %1.</source>
        <translation>Fonctionnement global&#xa0;: budget de l’association de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (%3), granted %4.</source>
        <translation>%1 — %2 (%3), accordé %4.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Every gap above 15 % is explained.</source>
        <translation>Chaque écart de plus de 15&#x202f;% est expliqué.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>deficit of %1</source>
        <translation>déficit de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>surplus of %1</source>
        <translation>excédent de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balanced</source>
        <translation>équilibre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisional: the subsidies still awaiting a decision (%1 forecast) are left out; if they are granted as forecast: %2.</source>
        <translation>Provisoire&#xa0;: les subventions encore sans décision (%1 prévus) n’y sont pas comptées&#x202f;; si elles sont accordées comme prévu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gaps without explanation</source>
        <translation>Écarts sans explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway and explain them later?</source>
        <translation>Enregistrer quand même et les expliquer plus tard&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+126"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the financial report as PDF</source>
        <translation>Enregistrer le compte rendu financier en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/conflict_dialog.py" line="+122"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else changed this record while you were editing it.</source>
        <translation>Quelqu’un d’autre a modifié ce dossier pendant que vous l’éditiez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value now saved</source>
        <translation>Valeur enregistrée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reload (discard my changes)</source>
        <translation>Recharger (abandonner mes changements)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>See the differences</source>
        <translation>Voir les différences</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your values are the same as the saved ones; reload to go on editing.</source>
        <translation>Vos valeurs sont les mêmes que celles enregistrées&#x202f;; rechargez pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields that differ: %1.</source>
        <translation>Champs différents&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last saved by %1 on %2.</source>
        <translation>Enregistré en dernier par %1 le %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the differences</source>
        <translation>Masquer les différences</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contact_dialog.py" line="+64"/>
        <source>New contact</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated by commas, e.g. food aid, PAT</source>
        <translation>Séparés par des virgules, par exemple aide alimentaire, PAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In post</source>
        <translation>En poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Parti·e le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ContactPreviewTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/contact_preview_table_model.py" line="+61"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same person as line %1</source>
        <translation>même personne que la ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already recorded</source>
        <translation>déjà enregistré</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/contact_table_model.py" line="+46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In post</source>
        <translation>En poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left on %1</source>
        <translation>Parti·e le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Parti·e</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contacts_import_dialog.py" line="+58"/>
        <location line="+113"/>
        <source>Import contacts</source>
        <translation>Importer des interlocuteurs</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funder of every row without one (optional)</source>
        <translation>Financeur des lignes qui n’en ont pas (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does each column of the file hold?</source>
        <translation>Que contient chaque colonne du fichier&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default funder</source>
        <translation>Financeur par défaut</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back to the columns</source>
        <translation>Retour aux colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+156"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs enregistrés en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2 row(s)</source>
        <translation>%1 — %2 ligne(s)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the column of: %1.</source>
        <translation>Choisissez la colonne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 new, %2 duplicate(s), %3 rejected.</source>
        <translation>%1 nouveau(x), %2 doublon(s), %3 rejeté(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Funders created: %1.</source>
        <translation>Financeurs créés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contact(s) imported, %2 duplicate(s) left out, %3 row(s) rejected.</source>
        <translation>%1 interlocuteur(s) importé(s), %2 doublon(s) écarté(s), %3 ligne(s) rejetée(s).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/dashboard_page.py" line="+99"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal rate</source>
        <translation>Taux de refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time this month</source>
        <translation>Temps ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained per hour</source>
        <translation>Obtenu par heure</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>Aucune échéance dans les 30 prochains jours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to a calendar…</source>
        <translation>Exporter vers un agenda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every deadline as an .ics file for Outlook, Thunderbird or a phone, reminder 7 days before</source>
        <translation>Toutes les échéances dans un fichier .ics pour Outlook, Thunderbird ou un téléphone, avec un rappel 7 jours avant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces to provide</source>
        <translation>Pièces à fournir</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+48"/>
        <source>Missing pieces in the applications</source>
        <translation>Pièces manquantes dans les dossiers</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>To provide: %1</source>
        <translation>À fournir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Every application being prepared has its pieces, none of them expired.</source>
        <translation>Tous les dossiers en préparation ont leurs pièces, aucune n’est expirée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applications being prepared whose checklist lacks a piece or holds a piece that has expired. Double-click to open the application.</source>
        <translation>Dossiers en préparation dont une pièce demandée manque ou est expirée. Double-cliquez pour ouvrir le dossier.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expired pieces: %1</source>
        <translation>Pièces expirées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing pieces in the applications (%1)</source>
        <translation>Pièces manquantes dans les dossiers (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days waiting</source>
        <translation>Jours d’attente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No application has been waiting more than %1 days.</source>
        <translation>Aucun dossier n’attend de décision depuis plus de %1 jours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision for more than %1 days</source>
        <translation>Sans décision depuis plus de %1 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications waiting for a decision for more than %1 days</source>
        <translation>Dossiers en attente de décision depuis plus de %1 jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refusal this year.</source>
        <translation>Aucun refus cette année.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusal reasons this year</source>
        <translation>Motifs de refus cette année</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the deadlines to a calendar</source>
        <translation>Exporter les échéances vers un agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar not written</source>
        <translation>Agenda non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard — year %1</source>
        <translation>Tableau de bord — année %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in applications submitted in %1</source>
        <translation>dans les dossiers déposés en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by decisions made in %1</source>
        <translation>par les décisions de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received in %1</source>
        <translation>reçu en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no decision yet in %1</source>
        <translation>aucune décision encore en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 refused out of %n decision(s)</source>
        <translation>
            <numerusform>%1 refus sur %n décision</numerusform>
            <numerusform>%1 refus sur %n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n échéance en retard</numerusform>
            <numerusform>%n échéances en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>spent by the volunteers in %1</source>
        <translation>passé par les bénévoles en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no time recorded in %1 on applications whose outcome is known</source>
        <translation>aucun temps saisi en %1 sur des dossiers dont l’issue est connue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1: %2 per hour, as on the Reports page.</source>
        <translation>En %1&#xa0;: %2 par heure, comme sur la page Rapports.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No application yet.</source>
        <translation>Aucun dossier pour l’instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 requested</source>
        <translation>%1 demandés</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no reason given</source>
        <translation>aucun motif communiqué</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/deadline_table_model.py" line="+71"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
</context>
<context>
    <name>DeletedHistoryDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/deleted_history_dialog.py" line="+34"/>
        <source>Deleted applications</source>
        <translation>Dossiers supprimés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications deleted, latest first. Choose one to see what it held and every change made to it until its deletion.</source>
        <translation>Dossiers supprimés, les plus récents d’abord. Choisissez-en un pour voir ce qu’il contenait et toutes ses modifications jusqu’à sa suppression.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deleted on %1 by %2</source>
        <translation>supprimé le %1 par %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No application has been deleted.</source>
        <translation>Aucun dossier n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What it held when it was deleted:</source>
        <translation>Ce qu’il contenait à sa suppression&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted…</source>
        <translation>Supprimés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications deleted, with their history</source>
        <translation>Historique des suppressions&#xa0;: les dossiers supprimés et leur historique</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/document_dialog.py" line="+74"/>
        <source>Add a piece</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. RIB – current account</source>
        <translation>ex. RIB – compte courant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick to give the date the piece is valid from</source>
        <translation>Cochez pour indiquer la date de début de validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when the piece expires (insurance, accreditation…)</source>
        <translation>Cochez si la pièce expire (assurance, habilitation…)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid &amp;from</source>
        <translation>Valable &amp;depuis le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid &amp;until</source>
        <translation>Valable &amp;jusqu’au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replaces</source>
        <translation>&amp;Remplace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Nothing: a new piece</source>
        <translation>Rien&#xa0;: c’est une nouvelle pièce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu’au %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The end of validity cannot come before its start.</source>
        <translation>La fin de validité ne peut pas précéder son début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A piece with older versions, or chosen in an application&apos;s checklist, keeps its type.</source>
        <translation>Une pièce qui a des versions antérieures, ou choisie dans la liste des pièces d’un dossier, garde son type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This piece was already replaced, or is of another type.</source>
        <translation>Cette pièce a déjà été remplacée, ou elle est d’un autre type.</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/document_settings.py" line="+16"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation>&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger files are refused when added to the pieces.</source>
        <translation>Un fichier plus gros est refusé à l’ajout dans les pièces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (%1 MB)</source>
        <translation>Par défaut (%1&#xa0;Mo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Largest file accepted</source>
        <translation>Taille maximale d’un fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/document_table_model.py" line="+45"/>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired yesterday</source>
        <translation>Expirée depuis hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired %1 days ago</source>
        <translation>Expirée depuis %1 jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expires today</source>
        <translation>Expire aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires tomorrow</source>
        <translation>Expire demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %1 days</source>
        <translation>Expire dans %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valable depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (+%2 older)</source>
        <translation>%1 (+%2 antérieure(s))</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/documents_page.py" line="+125"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The association&apos;s permanent file: statutes, RIB, accounts, certificates… Drop files on this page to add them.</source>
        <translation>Le dossier permanent de l’association&#xa0;: statuts, RIB, comptes, attestations… Déposez des fichiers sur cette page pour les ajouter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add a piece…</source>
        <translation>&amp;Ajouter une pièce…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No piece yet. Click “Add a piece…” or drop files here: statutes, RIB, approved accounts, insurance certificate…</source>
        <translation>Aucune pièce pour l’instant. Cliquez sur «&#xa0;Ajouter une pièce…&#xa0;» ou déposez des fichiers ici&#xa0;: statuts, RIB, comptes approuvés, attestation d’assurance…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open this version</source>
        <translation>Ouvrir cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of this version…</source>
        <translation>Enregistrer une copie de cette version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this version…</source>
        <translation>Supprimer cette version…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+130"/>
        <source>History of this piece</source>
        <translation>Historique de la pièce</translation>
    </message>
    <message numerus="yes">
        <location line="-90"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expirée</numerusform>
            <numerusform>%n expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within 60 days</source>
        <translation>
            <numerusform>%n expire dans les 60 jours</numerusform>
            <numerusform>%n expirent dans les 60 jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 missing</source>
        <translation>%1 à fournir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 expired</source>
        <translation>%1 à renouveler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (deadline %2)</source>
        <translation>%1 (échéance le %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n other application(s)</source>
        <translation>
            <numerusform>et %n autre dossier</numerusform>
            <numerusform>et %n autres dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications being prepared that lack pieces:</source>
        <translation>Dossiers en préparation auxquels il manque des pièces&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>History of this piece (%n version(s))</source>
        <translation>
            <numerusform>Historique de la pièce (%n version)</numerusform>
            <numerusform>Historique de la pièce (%n versions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add pieces</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Release to add these files to the pieces.</source>
        <translation>Relâchez pour ajouter ces fichiers aux pièces.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Piece added: %1. The same file is already the piece “%2”.</source>
        <translation>Pièce ajoutée&#xa0;: %1. Le même fichier est déjà la pièce «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Piece added: %1.</source>
        <translation>Pièce ajoutée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>Piece not added</source>
        <translation>Pièce non ajoutée</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The file %1 can no longer be found (moved or deleted?).</source>
        <translation>Le fichier %1 est introuvable (déplacé ou supprimé&#x202f;?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder: choose the files inside it.</source>
        <translation>%1 est un dossier&#xa0;: choisissez les fichiers qu’il contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an ordinary file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is %2, above the limit of %3 set in the settings (Data tab).</source>
        <translation>Le fichier %1 fait %2, au-delà de la limite de %3 fixée dans les paramètres (onglet Données).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 cannot be read: access denied.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was added.</source>
        <translation>Rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Piece not opened</source>
        <translation>Pièce non ouverte</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A temporary copy could not be written: %1</source>
        <translation>La copie temporaire n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No program on this computer opens %1. Save a copy and open it yourself.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre %1. Enregistrez une copie et ouvrez-la vous-même.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy of the piece</source>
        <translation>Enregistrer une copie de la pièce</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete the piece “%1” (%2)?</source>
        <translation>Supprimer la pièce «&#xa0;%1&#xa0;» (%2)&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>It is chosen in the checklist of %n application(s): %1. Those lines will show the piece as missing.</source>
        <translation>
            <numerusform>Elle est choisie dans la liste des pièces de %n dossier&#xa0;: %1. Ces lignes indiqueront la pièce comme manquante.</numerusform>
            <numerusform>Elle est choisie dans la liste des pièces de %n dossiers&#xa0;: %1. Ces lignes indiqueront la pièce comme manquante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous version becomes the current one again.</source>
        <translation>La version précédente redevient la version en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the piece</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Piece not deleted</source>
        <translation>Pièce non supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Piece deleted: %1.</source>
        <translation>Pièce supprimée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../coopdesk/ui/kit/entity_dialog.py" line="+184"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes before closing? Otherwise what you typed is lost.</source>
        <translation>Enregistrer vos modifications avant de fermer&#x202f;? Sinon, ce que vous avez saisi est perdu.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../coopdesk/ui/error_messages.py" line="+39"/>
        <source>Enter the SIRET number.</source>
        <translation>Indiquez le numéro SIRET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SIRET number contains digits only.</source>
        <translation>Un numéro SIRET ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIRET number has 14 digits.</source>
        <translation>Un numéro SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This SIRET number is not valid (wrong check digit).</source>
        <translation>Ce numéro SIRET n’est pas valide (clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIREN number.</source>
        <translation>Indiquez le numéro SIREN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SIREN number contains digits only.</source>
        <translation>Un numéro SIREN ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIREN number has 9 digits.</source>
        <translation>Un numéro SIREN compte 9 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This SIREN number is not valid (wrong check digit).</source>
        <translation>Ce numéro SIREN n’est pas valide (clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the RNA number.</source>
        <translation>Indiquez le numéro RNA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An RNA number is a W followed by 9 digits (e.g. W751234567).</source>
        <translation>Un numéro RNA s’écrit W suivi de 9 chiffres (par exemple W751234567).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the IBAN.</source>
        <translation>Indiquez l’IBAN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IBAN starts with two letters (the country) and two digits, e.g. FR76 3000 6000…</source>
        <translation>Un IBAN commence par deux lettres (le pays) et deux chiffres, par exemple FR76 3000 6000…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The country code of this IBAN is unknown.</source>
        <translation>Le code pays de cet IBAN est inconnu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This IBAN has the wrong number of characters (27 for a French IBAN).</source>
        <translation>Cet IBAN n’a pas le bon nombre de caractères (27 pour un IBAN français).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This IBAN is not valid (wrong check digits).</source>
        <translation>Cet IBAN n’est pas valide (clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This BIC is not valid: it has 8 or 11 letters and digits, e.g. AGRIFRPP882.</source>
        <translation>Ce BIC n’est pas valide&#xa0;: il compte 8 ou 11 lettres et chiffres, par exemple AGRIFRPP882.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an e-mail address.</source>
        <translation>Indiquez une adresse de courriel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid (e.g. contact@asso.fr).</source>
        <translation>Cette adresse de courriel n’est pas valide (par exemple contact@asso.fr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a phone number.</source>
        <translation>Indiquez un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This phone number is not valid.</source>
        <translation>Ce numéro de téléphone n’est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number has the wrong number of digits.</source>
        <translation>Ce numéro de téléphone n’a pas le bon nombre de chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the postal code.</source>
        <translation>Indiquez le code postal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has 5 digits (e.g. 34000).</source>
        <translation>Un code postal compte 5 chiffres (par exemple 34000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the website address.</source>
        <translation>Indiquez l’adresse du site web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This website address is not valid (e.g. www.asso.fr).</source>
        <translation>Cette adresse de site web n’est pas valide (par exemple www.asso.fr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a number of full-time equivalents, e.g. 1,5 (two decimals at most).</source>
        <translation>Indiquez un nombre d’équivalents temps plein, par exemple 1,5 (deux décimales au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This name is too long (200 characters at most).</source>
        <translation>Ce nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a month between 1 and 12.</source>
        <translation>Choisissez un mois entre 1 et 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This day does not exist in the chosen month.</source>
        <translation>Ce jour n’existe pas dans le mois choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This end of the financial year does not exist.</source>
        <translation>Cette date de fin d’exercice n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number of volunteers cannot be negative.</source>
        <translation>Le nombre de bénévoles ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number of employees cannot be negative.</source>
        <translation>Le nombre de salariés ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount.</source>
        <translation>Indiquez un montant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This amount is not understood; write e.g. 1 234,56 €.</source>
        <translation>Ce montant n’est pas compris&#x202f;; écrivez par exemple 1 234,56 €.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative here.</source>
        <translation>Un montant ne peut pas être négatif ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount has two digits after the comma at most.</source>
        <translation>Un montant a au plus deux chiffres après la virgule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date.</source>
        <translation>Indiquez une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as 31/12/2026.</source>
        <translation>Écrivez la date sous la forme 31/12/2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year must be between 1900 and 2200.</source>
        <translation>L’année doit être comprise entre 1900 et 2200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>This date does not exist.</source>
        <translation>Cette date n’existe pas.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The decision cannot come before the submission.</source>
        <translation>La décision ne peut pas précéder le dépôt du dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is required.</source>
        <translation>L’intitulé est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This title is too long (300 characters at most).</source>
        <translation>Cet intitulé est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund cannot be more than what was received on this grant.</source>
        <translation>Un reversement ne peut pas dépasser ce qui a été reçu sur cette subvention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note on indirect charges is too long (10,000 characters at most).</source>
        <translation>La note sur les charges indirectes est trop longue (10&#x202f;000 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note on the gaps is too long (10,000 characters at most).</source>
        <translation>La note sur les écarts est trop longue (10&#x202f;000 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note on contributions in kind is too long (10,000 characters at most).</source>
        <translation>La note sur les contributions en nature est trop longue (10&#x202f;000 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reference is too long (100 characters at most).</source>
        <translation>Cette référence est trop longue (100 caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This web address is not valid (e.g. https://www.exemple.fr/appel).</source>
        <translation>Cette adresse web n’est pas valide (par exemple https://www.exemple.fr/appel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum amount cannot be below the minimum.</source>
        <translation>Le montant maximum ne peut pas être inférieur au minimum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate is between 0 and 100 %.</source>
        <translation>Un taux est compris entre 0 et 100&#x202f;%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum rate is between the minimum rate and 100 %.</source>
        <translation>Le taux maximum est compris entre le taux minimum et 100&#x202f;%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-deposit cannot come before the opening.</source>
        <translation>Le pré-dépôt ne peut pas précéder l’ouverture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline cannot come before the opening or the pre-deposit.</source>
        <translation>La date limite ne peut pas précéder l’ouverture ou le pré-dépôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funded period cannot end before it starts.</source>
        <translation>La période financée ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report cannot fall due before the funded period ends.</source>
        <translation>Le compte rendu ne peut pas être dû avant la fin de la période financée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date the application was submitted.</source>
        <translation>Indiquez la date de dépôt du dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of the decision.</source>
        <translation>Indiquez la date de la décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount granted.</source>
        <translation>Indiquez le montant accordé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partial grant is more than zero and less than the amount requested.</source>
        <translation>Un accord partiel est supérieur à zéro et inférieur au montant demandé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date the financial report was filed (needed to close a grant).</source>
        <translation>Indiquez la date de dépôt du compte rendu financier (nécessaire pour clore une subvention).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report cannot be filed before the decision.</source>
        <translation>Le compte rendu ne peut pas être déposé avant la décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount received.</source>
        <translation>Indiquez le montant reçu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value does not have the right length.</source>
        <translation>Cette valeur n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only digits are accepted here.</source>
        <translation>Seuls des chiffres sont acceptés ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is not valid (wrong check digit).</source>
        <translation>Cette valeur n’est pas valide (clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not in the expected format.</source>
        <translation>Cette valeur n’est pas au format attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code.</source>
        <translation>Code pays inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value cannot be negative.</source>
        <translation>Cette valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many digits after the comma.</source>
        <translation>Trop de chiffres après la virgule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is too large.</source>
        <translation>Cette valeur est trop élevée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is out of the accepted range.</source>
        <translation>Cette valeur sort des limites acceptées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These amounts do not add up.</source>
        <translation>Ces montants ne concordent pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amounts per year of this multi-year grant add up to %1, not the %2 granted: correct them first in the application (General tab, amounts per year), then record the decision.</source>
        <translation>Les montants par année de cette subvention pluriannuelle font %1, et non les %2 accordés&#xa0;: corrigez-les d’abord dans le dossier (onglet Général, montants par année), puis enregistrez la décision.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The years add up to %1, not the %2 granted: correct the amount of a year.</source>
        <translation>Les années font %1, et non les %2 accordés&#xa0;: corrigez le montant d’une année.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the association&apos;s profile</source>
        <translation>le profil de l’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this volunteer</source>
        <translation>ce ou cette bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this funder</source>
        <translation>ce financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this contact</source>
        <translation>cet interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this call for projects</source>
        <translation>cet appel à projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this project</source>
        <translation>ce projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this application</source>
        <translation>ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this document</source>
        <translation>cette pièce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this piece of the checklist</source>
        <translation>cette pièce de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this payment</source>
        <translation>ce versement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this exchange</source>
        <translation>cet échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this time entry</source>
        <translation>cette saisie de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this text</source>
        <translation>ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this version of the text</source>
        <translation>cette version du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this part of the application</source>
        <translation>cette partie du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this budget line</source>
        <translation>cette ligne du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this line of the financing plan</source>
        <translation>cette ligne du plan de financement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this record</source>
        <translation>cet enregistrement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CoopDesk cannot open its data</source>
        <translation>CoopDesk ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder %1 does not exist. Check its name, or create it first.</source>
        <translation>Le dossier de données %1 n’existe pas. Vérifiez son nom, ou créez-le d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder: CoopDesk needs a data folder.</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;: CoopDesk a besoin d’un dossier de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CoopDesk cannot write in the data folder %1. Check the folder&apos;s permissions.</source>
        <translation>CoopDesk ne peut pas écrire dans le dossier de données %1. Vérifiez les droits sur ce dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder %1 cannot be used.</source>
        <translation>Le dossier de données %1 n’est pas utilisable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not a CoopDesk database. Nothing was changed in it. Choose another file, or start without --db to use your usual data.</source>
        <translation>Le fichier %1 n’est pas une base de données CoopDesk. Rien n’y a été modifié. Choisissez un autre fichier, ou lancez CoopDesk sans --db pour retrouver vos données habituelles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 was written by a newer version of CoopDesk (schema %2). Install the latest version of CoopDesk to open it; nothing was changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de CoopDesk (schéma %2). Installez la dernière version de CoopDesk pour l’ouvrir&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CoopDesk cannot open %1: give a SQLite file or a postgresql+psycopg://user@server/database address.</source>
        <translation>CoopDesk ne sait pas ouvrir %1&#xa0;: indiquez un fichier SQLite ou une adresse postgresql+psycopg://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CoopDesk cannot reach the database %1.

Detail: %2

Check the network and the server, then start CoopDesk again.</source>
        <translation>CoopDesk ne parvient pas à joindre la base de données %1.

Détail&#xa0;: %2

Vérifiez le réseau et le serveur, puis relancez CoopDesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à l’emplacement %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be opened: %1</source>
        <translation>La base de données ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else changed %1 in the meantime. Nothing was overwritten: reload to see their version.</source>
        <translation>Quelqu’un d’autre a modifié %1 entre-temps. Rien n’a été écrasé&#xa0;: rechargez pour voir sa version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be deleted: other records refer to it.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: d’autres fiches y font référence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer exists: someone else may have deleted it.</source>
        <translation>%1 n’existe plus&#xa0;: quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payments would add up to %1, more than the %2 granted.</source>
        <translation>Les versements atteindraient %1, soit plus que les %2 accordés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This change of status is not possible.</source>
        <translation>Ce changement de statut n’est pas possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 already holds data: demonstration data only goes into an empty database.</source>
        <translation>La base de données %1 contient déjà des données&#xa0;: les données de démonstration ne vont que dans une base vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the content is not valid JSON (a truncated or damaged file?)</source>
        <translation>le contenu n’est pas du JSON valide (fichier tronqué ou abîmé&#x202f;?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this file is not a list of aids from Aides-territoires</source>
        <translation>ce fichier n’est pas une liste d’aides d’Aides-territoires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a required field is missing (%1)</source>
        <translation>un champ obligatoire manque (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a date cannot be read in %1 (write it as 31/12/2026)</source>
        <translation>une date est illisible dans %1 (écrivez-la sous la forme 31/12/2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected value for %1</source>
        <translation>valeur inattendue pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a text file CoopDesk can read: save it as CSV in UTF-8</source>
        <translation>ce n’est pas un fichier texte lisible par CoopDesk&#xa0;: enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no row of column titles</source>
        <translation>il n’y a pas de ligne de titres de colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row has fewer cells than the row of titles</source>
        <translation>une ligne a moins de cellules que la ligne des titres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the titles and the data are not separated by the same character: save the file again from the spreadsheet</source>
        <translation>les titres et les données ne sont pas séparés par le même caractère&#xa0;: enregistrez de nouveau le fichier depuis le tableur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quotation mark is opened and never closed</source>
        <translation>un guillemet est ouvert et jamais fermé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mapping of the columns is not valid (%1)</source>
        <translation>la correspondance des colonnes n’est pas valide (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File %1, line %2</source>
        <translation>Fichier %1, ligne %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fewer cells than the row of titles</source>
        <translation>moins de cellules que la ligne des titres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no funder</source>
        <translation>financeur manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail not valid (%1)</source>
        <translation>courriel non valide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone not valid (%1)</source>
        <translation>téléphone non valide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date not understood (%1)</source>
        <translation>date non comprise (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in post: write yes or no (%1)</source>
        <translation>en poste&#xa0;: écrivez oui ou non (%1)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/first_run_dialog.py" line="+49"/>
        <location line="+3"/>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenue dans CoopDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CoopDesk keeps your funders, calls for projects, applications and their deadlines in one place. Your database is empty: how do you want to start?</source>
        <translation>CoopDesk réunit vos financeurs, vos appels à projets, vos dossiers et leurs échéances. Votre base de données est vide&#xa0;: comment voulez-vous commencer&#x202f;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explore with demonstration data</source>
        <translation>Explorer avec des données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fictitious food bank with its funders, applications and deadlines: to discover CoopDesk without typing anything.</source>
        <translation>Une épicerie solidaire fictive, avec ses financeurs, ses dossiers et ses échéances&#xa0;: pour découvrir CoopDesk sans rien saisir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create my association</source>
        <translation>Créer mon association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with your association&apos;s name and details; you can complete them later.</source>
        <translation>Commencez par le nom et les coordonnées de votre association&#x202f;; vous pourrez compléter plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration data is not available in this version.</source>
        <translation>Les données de démonstration ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the demonstration data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The demonstration data could not be written.</source>
        <translation>Les données de démonstration n’ont pas pu être créées.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../coopdesk/ui/formatting.py" line="+48"/>
        <source>%1 granted for %2</source>
        <translation>%1 obtenus pour %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amounts granted to the applications whose outcome is known (granted, refused or withdrawn), divided by the hours spent on those same applications during the period.</source>
        <translation>Montants accordés aux dossiers dont l’issue est connue (accordés, refusés ou abandonnés), divisés par les heures passées sur ces mêmes dossiers pendant la période.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation>en retard d’un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days late</source>
        <translation>en retard de %1 jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application submission</source>
        <translation>Dépôt du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of intent</source>
        <translation>Lettre d’intention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-submission</source>
        <translation>Pré-dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial report</source>
        <translation>Compte rendu financier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call closes</source>
        <translation>Clôture de l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document expiring</source>
        <translation>Pièce qui expire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall operation of the association</source>
        <translation>Fonctionnement global de l’association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project or action</source>
        <translation>Projet ou action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially granted</source>
        <translation>Accordé en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due</source>
        <translation>Compte rendu à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report filed</source>
        <translation>Compte rendu déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/funder_dialog.py" line="+38"/>
        <source>New funder</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Conseil départemental de l&apos;Hérault</source>
        <translation>par exemple Conseil départemental de l’Hérault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction, service</source>
        <translation>Direction, service</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Archived (no longer funds the association)</source>
        <translation>Archivé (ne finance plus l’association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission platform</source>
        <translation>Plateforme de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CERFA budget line (74)</source>
        <translation>Ligne du budget CERFA (74)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>FunderLabels</name>
    <message>
        <location filename="../../coopdesk/ui/funder_labels.py" line="+22"/>
        <source>State service</source>
        <translation>Service de l’État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercommunality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCAS</source>
        <translation>CCAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European fund</source>
        <translation>Fonds européen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>European</source>
        <translation>Européen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departmental</source>
        <translation>Départemental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region(s)</source>
        <translation>Région(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department(s)</source>
        <translation>Département(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercommunality(ies)</source>
        <translation>Intercommunalité(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality(ies)</source>
        <translation>Commune(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social bodies (CAF, MSA…)</source>
        <translation>Organismes sociaux (CAF, MSA…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European funds</source>
        <translation>Fonds européens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASP (subsidised jobs)</source>
        <translation>ASP (emplois aidés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other public bodies</source>
        <translation>Autres établissements publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private funds</source>
        <translation>Aides privées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Funder&apos;s own portal</source>
        <translation>Portail du financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+36"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In post</source>
        <translation>En poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Date de départ</translation>
    </message>
</context>
<context>
    <name>FunderSheetView</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/funder_sheet.py" line="+148"/>
        <source>Choose a funder in the list to see its sheet.</source>
        <translation>Choisissez un financeur dans la liste pour voir sa fiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CERFA budget line (74)</source>
        <translation>Ligne du budget CERFA (74)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission platform</source>
        <translation>Plateforme de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New contact…</source>
        <translation>Nouvel interlocuteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+272"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Mark as left</source>
        <translation>Marquer comme parti·e</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export their data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDPR: erase the person everywhere; their exchanges are kept, anonymised.</source>
        <translation>RGPD&#xa0;: effacer la personne partout&#x202f;; ses échanges sont conservés, anonymisés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+124"/>
        <source>Applications</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>New exchange…</source>
        <translation>Nouvel échange…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the exchange…</source>
        <translation>Supprimer l’échange…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+86"/>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No application to this funder yet.</source>
        <translation>Aucun dossier auprès de ce financeur pour l’instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No call for projects from this funder.</source>
        <translation>Aucun appel à projets de ce financeur.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté·e.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré·e.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 left %2? They stay in the history as a former contact.</source>
        <translation>%1 a quitté %2&#x202f;? Cette personne reste dans l’historique comme ancien interlocuteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <location line="+77"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is now a former contact.</source>
        <translation>%1 fait désormais partie des anciens interlocuteurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Erase %1 everywhere in CoopDesk?

Their contact record and topics are deleted. The exchanges with them are kept, anonymised: their name, e-mail and phone are replaced in every note and summary. This cannot be undone.

To keep a copy for them first, use “Export their data”.</source>
        <translation>Effacer %1 partout dans CoopDesk&#x202f;?

Sa fiche d’interlocuteur et ses sujets sont supprimés. Les échanges avec cette personne sont conservés, anonymisés&#xa0;: son nom, son courriel et son téléphone sont remplacés dans chaque note et chaque résumé. Cette opération est définitive.

Pour lui remettre d’abord une copie, utilisez «&#xa0;Exporter ses données&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was erased; %2 text(s) anonymised.</source>
        <translation>%1 a été effacé·e&#x202f;; %2 texte(s) anonymisé(s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data of %1 was saved in %2.</source>
        <translation>Les données de %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The exchange was recorded.</source>
        <translation>L’échange a été ajouté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete an exchange</source>
        <translation>Supprimer un échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the exchange of %1? This cannot be undone.</source>
        <translation>Supprimer l’échange du %1&#x202f;? Cette opération est définitive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exchange not deleted</source>
        <translation>Échange non supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange was deleted.</source>
        <translation>L’échange a été supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The exchange was saved.</source>
        <translation>L’échange a été enregistré.</translation>
    </message>
</context>
<context>
    <name>FunderTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/funder_table_model.py" line="+47"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>FundersPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/funders_page.py" line="+80"/>
        <location line="+163"/>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Search a funder, a service, a contact, a topic…</source>
        <translation>Rechercher un financeur, un service, un interlocuteur, un sujet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All levels</source>
        <translation>Tous les échelons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived</source>
        <translation>Voir les archivés</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No funder matches.</source>
        <translation>Aucun financeur ne correspond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New funder…</source>
        <translation>Nouveau financeur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder (Ctrl+N)</source>
        <translation>Nouveau financeur (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <location line="+104"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+269"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Import contacts…</source>
        <translation>Importer des interlocuteurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts…</source>
        <translation>Exporter les interlocuteurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contact, as vCard (.vcf) or spreadsheet (.csv)</source>
        <translation>Tous les interlocuteurs, en vCard (.vcf) ou en tableur (.csv)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up was made</source>
        <translation>La relance a été faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up due in the next 30 days.</source>
        <translation>Aucune relance prévue dans les 30 prochains jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+288"/>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n funder(s)</source>
        <translation>
            <numerusform>%n financeur</numerusform>
            <numerusform>%n financeurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follow-ups due (%1)</source>
        <translation>Relances à faire (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté·e.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré·e.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Archive a funder</source>
        <translation>Archiver un financeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was archived.</source>
        <translation>%1 a été archivé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer archived.</source>
        <translation>%1 n’est plus archivé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Delete a funder</source>
        <translation>Supprimer un financeur</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Delete %1 and its contacts? Its calls for projects stay, without a funder.</source>
        <translation>Supprimer %1 et ses interlocuteurs&#x202f;? Ses appels à projets sont conservés, sans financeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé·e.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be deleted: applications, exchanges or budgets refer to it. It is already archived.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: des dossiers, des échanges ou des budgets y font référence. Il est déjà archivé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be deleted: applications, exchanges or budgets refer to it.

Archive it instead? Its history is kept; it is no longer listed.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: des dossiers, des échanges ou des budgets y font référence.

L’archiver plutôt&#x202f;? Son historique est conservé&#x202f;; il n’apparaît plus dans les listes.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Follow-up with %1 done.</source>
        <translation>Relance auprès de %1 faite.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n interlocuteur importé.</numerusform>
            <numerusform>%n interlocuteurs importés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Export the contacts</source>
        <translation>Exporter les interlocuteurs</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>vCard (*.vcf);;Spreadsheet CSV (*.csv)</source>
        <translation>vCard (*.vcf);;Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contacts were saved in %1.</source>
        <translation>Les interlocuteurs ont été enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/guide_dialog.py" line="+21"/>
        <source>Getting started with CoopDesk</source>
        <translation>Bien démarrer avec CoopDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide d’utilisation manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/history_view.py" line="+41"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding type</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the request</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid in kind</source>
        <translation>Aide en nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-year funding</source>
        <translation>Financement pluriannuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts per year</source>
        <translation>Montants par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly reports filed</source>
        <translation>Comptes rendus annuels remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded period from</source>
        <translation>Période financée du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded period to</source>
        <translation>Période financée au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of intent</source>
        <translation>Lettre d’intention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due on</source>
        <translation>Compte rendu attendu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report filed on</source>
        <translation>Compte rendu remis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal reason</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted through</source>
        <translation>Déposé via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens on</source>
        <translation>Ouverture le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-filing by</source>
        <translation>Pré-dépôt avant le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum amount</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum rate</source>
        <translation>Taux minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum rate</source>
        <translation>Taux maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Payment recorded</source>
        <translation>Versement enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment deleted</source>
        <translation>Versement supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment: %1</source>
        <translation>Versement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No change recorded yet: every save of this record will be listed here, with who made it.</source>
        <translation>Aucune modification enregistrée pour l’instant&#xa0;: chaque enregistrement de ce dossier sera listé ici, avec son auteur.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change</source>
        <translation>Toutes les modifications</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/interaction_dialog.py" line="+63"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who else took part</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/interaction_table_model.py" line="+72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (done)</source>
        <translation>%1 (faite)</translation>
    </message>
</context>
<context>
    <name>InvestmentDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/investment_dialog.py" line="+55"/>
        <source>Subsidy</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own funds</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>Emprunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other resource</source>
        <translation>Autre ressource</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Financing plan — %1</source>
        <translation>Plan de financement — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Investment subsidies finance these expenses; they are never part of the operating budget (74). Amounts in whole euros; attach the quote of each expense (a document of the Pièces page, type Quote).</source>
        <translation>Les subventions d’investissement financent ces dépenses&#xa0;; elles ne figurent jamais au budget de fonctionnement (74). Montants en euros entiers&#xa0;; joignez le devis de chaque dépense (une pièce de la page Pièces, de type Devis).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obtained</source>
        <translation>Acquise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an &amp;expense</source>
        <translation>Ajouter une &amp;dépense</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;resource</source>
        <translation>Ajouter une &amp;ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move the line</source>
        <translation>Re&amp;tirer la ligne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Investment expenses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dépenses d’investissement&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ressources&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(quote to attach)</source>
        <translation>(devis à joindre)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Unbalanced: expenses exceed resources by %1.</source>
        <translation>Déséquilibré&#xa0;: les dépenses dépassent les ressources de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced: resources exceed expenses by %1.</source>
        <translation>Déséquilibré&#xa0;: les ressources dépassent les dépenses de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balanced: expenses = resources = %1.</source>
        <translation>Équilibré&#xa0;: dépenses = ressources = %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n expense(s) without a quote.</source>
        <translation>
            <numerusform>%n dépense sans devis.</numerusform>
            <numerusform>%n dépenses sans devis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An investment application is a resource by itself: change its status instead.</source>
        <translation>Un dossier d’investissement est une ressource à lui seul&#xa0;: changez plutôt son statut.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Financing plan changed elsewhere</source>
        <translation>Plan de financement modifié ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan was changed on another computer since you opened it. Keep the lines typed here (they replace that plan), or read the plan again (your changes are lost)?</source>
        <translation>Le plan a été modifié sur un autre poste depuis son ouverture. Garder les lignes saisies ici (elles remplacent ce plan), ou relire le plan (vos modifications sont perdues)&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep my lines</source>
        <translation>Garder mes lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the plan again</source>
        <translation>Relire le plan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save first</source>
        <translation>Enregistrez d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF shows the plan as saved: save your changes first (Ctrl+S), then reopen it.</source>
        <translation>Le PDF montre le plan tel qu’enregistré&#xa0;: enregistrez d’abord vos modifications (Ctrl+S), puis rouvrez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the financing plan as PDF</source>
        <translation>Enregistrer le plan de financement en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The financing plan has unsaved changes. Close without saving them?</source>
        <translation>Le plan de financement a des modifications non enregistrées. Fermer sans les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No financing plan</source>
        <translation>Pas de plan de financement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+95"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../coopdesk/app.py" line="+64"/>
        <location filename="../../coopdesk/ui/main_window.py" line="+17"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+207"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a &amp;timer…</source>
        <translation>Démarrer un &amp;chrono…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a protected &amp;backup…</source>
        <translation>Exporter une &amp;sauvegarde protégée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About CoopDesk</source>
        <translation>À &amp;propos de CoopDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getting started guide</source>
        <translation>&amp;Guide de démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refreshed.</source>
        <translation>Page actualisée.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Time recorded.</source>
        <translation>Temps enregistré.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to %1</source>
        <translation>Aller à la page %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The association&apos;s profile was changed but not saved. Save it before closing?</source>
        <translation>Le profil de l’association a été modifié mais pas enregistré. L’enregistrer avant de fermer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/pack_dialog.py" line="+79"/>
        <source>unreadable: password-protected PDF</source>
        <translation>illisible&#xa0;: PDF protégé par un mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: damaged file</source>
        <translation>illisible&#xa0;: fichier endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provided separately (not a PDF or an image)</source>
        <translation>fournie séparément (ni PDF ni image)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image, 1 page</source>
        <translation>image, 1 page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF, 1 page</source>
        <translation>PDF, 1 page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF, %1 pages</source>
        <translation>PDF, %1 pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity of the association is not entered (Settings › Association).</source>
        <translation>L’identité de l’association n’est pas saisie (Paramètres › Association).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of the association (Settings › Association).</source>
        <translation>Le nom de l’association (Paramètres › Association).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SIRET number of the association (Settings › Association).</source>
        <translation>Le numéro SIRET de l’association (Paramètres › Association).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RNA number of the association (except associations of Alsace-Moselle).</source>
        <translation>Le numéro RNA de l’association (sauf associations d’Alsace-Moselle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full address of the head office (street, postcode, town).</source>
        <translation>L’adresse complète du siège (rue, code postal, commune).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address of the association.</source>
        <translation>Le courriel de l’association.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number of the association.</source>
        <translation>Le téléphone de l’association.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the legal representative (who signs the declaration).</source>
        <translation>Le nom du représentant légal (il signe l’attestation sur l’honneur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role of the legal representative (chair…).</source>
        <translation>La fonction du représentant légal (président·e…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Human resources: number of volunteers and employees.</source>
        <translation>Les moyens humains&#xa0;: nombre de bénévoles et de salariés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funder the application is sent to (General tab of the application).</source>
        <translation>Le financeur à qui le dossier est adressé (onglet Général du dossier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call for projects (leave empty for a spontaneous application).</source>
        <translation>L’appel à projets ou le dispositif (laisser vide pour une demande spontanée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project funded (General tab of the application): without a project, no budget.</source>
        <translation>Le projet financé (onglet Général du dossier)&#xa0;: sans projet, pas de budget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount requested (Amounts and payments tab).</source>
        <translation>Le montant demandé (onglet Montants et versements).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person in charge of the application.</source>
        <translation>La personne chargée du dossier (responsable du dossier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The texts of the project (no section is attached to the application).</source>
        <translation>Les textes du projet (aucune rubrique n’est rattachée au dossier).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The association budget is unbalanced: charges exceed income by %1.</source>
        <translation>Le budget de l’association est déséquilibré&#xa0;: les charges dépassent les produits de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project budget is unbalanced: charges exceed income by %1.</source>
        <translation>Le budget du projet est déséquilibré&#xa0;: les charges dépassent les produits de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The association budget is unbalanced: income exceeds charges by %1.</source>
        <translation>Le budget de l’association est déséquilibré&#xa0;: les produits dépassent les charges de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project budget is unbalanced: income exceeds charges by %1.</source>
        <translation>Le budget du projet est déséquilibré&#xa0;: les produits dépassent les charges de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contributions in kind do not balance: uses (86) exceed resources (87) by %1.</source>
        <translation>Les contributions en nature ne s’équilibrent pas&#xa0;: les emplois (86) dépassent les ressources (87) de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contributions in kind do not balance: resources (87) exceed uses (86) by %1.</source>
        <translation>Les contributions en nature ne s’équilibrent pas&#xa0;: les ressources (87) dépassent les emplois (86) de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the association budget (Projects page, Budget of the association button) before sending.</source>
        <translation>Corrigez le budget de l’association (page Projets, bouton Budget de l’association) avant l’envoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct the project budget (Projects page, Budget button) before sending.</source>
        <translation>Corrigez le budget du projet (page Projets, bouton Budget) avant l’envoi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The financing plan is unbalanced: expenses exceed resources by %1.</source>
        <translation>Le plan de financement est déséquilibré&#xa0;: les dépenses dépassent les ressources de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The financing plan is unbalanced: resources exceed expenses by %1.</source>
        <translation>Le plan de financement est déséquilibré&#xa0;: les ressources dépassent les dépenses de %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Prepare the pack</source>
        <translation>Préparer le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pieces (tick to include, drag or use the buttons to reorder):</source>
        <translation>Pièces (cochez pour les joindre, faites-les glisser ou utilisez les boutons pour changer l’ordre)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No piece is asked for this application: add them in the Pieces tab of the application.</source>
        <translation>Aucune pièce n’est demandée pour ce dossier&#xa0;: ajoutez-les dans l’onglet Pièces du dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the pieces…</source>
        <translation>Lecture des pièces…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pages written by CoopDesk: %1.</source>
        <translation>Pages rédigées par CoopDesk&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n piece(s) missing, expired or unreadable.</source>
        <translation>
            <numerusform>%n pièce manquante, expirée ou illisible.</numerusform>
            <numerusform>%n pièces manquantes, expirées ou illisibles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cover</source>
        <translation>page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contents</source>
        <translation>sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity of the association</source>
        <translation>identité de l’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declaration on honour</source>
        <translation>attestation sur l’honneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list of pieces</source>
        <translation>liste des pièces</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The pack will be prepared again…</source>
        <translation>Le dossier va être préparé à nouveau…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the pack…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n page(s), ready to save or print.</source>
        <translation>
            <numerusform>%n page, prêt à enregistrer ou à imprimer.</numerusform>
            <numerusform>%n pages, prêt à enregistrer ou à imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+183"/>
        <source>The pack could not be prepared: %1</source>
        <translation>Le dossier n’a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-520"/>
        <source>missing: choose the document in the Pieces tab of the application, or add it on the Pieces page</source>
        <translation>manquante&#xa0;: choisissez le document dans l’onglet Pièces du dossier, ou ajoutez-le sur la page Pièces</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The budget of the project (no budget line, no financing plan).</source>
        <translation>Le budget du projet (aucune ligne de budget ni plan de financement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funded period (General tab of the application): it tells which year&apos;s association budget goes with the request.</source>
        <translation>La période financée (onglet Général du dossier)&#xa0;: elle dit de quelle année joindre le budget de l’association.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association&apos;s forecast budget of the funded year (Projects page, Association budget button): the form asks for it with every request.</source>
        <translation>Le budget prévisionnel de l’association pour l’année financée (page Projets, bouton Budget de l’association)&#xa0;: le formulaire le demande pour toute demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quote of each investment expense (Projects page, Financing plan button).</source>
        <translation>Le devis de chaque dépense d’investissement (page Projets, bouton Plan de financement).</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>To complete before sending (this list is not printed in the pack):</source>
        <translation>À compléter avant l’envoi (cette liste n’est pas imprimée dans le dossier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Save the pack</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/payment_dialog.py" line="+52"/>
        <source>New payment</source>
        <translation>Nouveau versement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 5 000 €</source>
        <translation>par exemple 5 000 €</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. bank statement, transfer label</source>
        <translation>par exemple relevé bancaire, libellé du virement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money paid back to the funder (a refund): type it with a minus, e.g. −500 €.</source>
        <translation>Argent rendu au financeur (reversement)&#xa0;: saisissez-le avec un moins, par exemple −500&#xa0;€.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>More than the grant</source>
        <translation>Plus que le montant accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept it anyway?</source>
        <translation>L’accepter quand même&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/project_dialog.py" line="+47"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Solidarity grocery 2027</source>
        <translation>par exemple Épicerie solidaire 2027</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The project cannot end before it starts.</source>
        <translation>Le projet ne peut pas se terminer avant de commencer.</translation>
    </message>
</context>
<context>
    <name>ProjectFunderTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/project_funder_table_model.py" line="+59"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
</context>
<context>
    <name>ProjectLabels</name>
    <message>
        <location line="-29"/>
        <source>(no funder)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/table_models/project_table_model.py" line="+30"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location line="+27"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In charge</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/projects_page.py" line="+55"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Financing plan…</source>
        <translation>Plan de &amp;financement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The investment expenses of the project, with their quotes, and what finances them</source>
        <translation>Les dépenses d’investissement du projet, avec leurs devis, et ce qui les finance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget of the &amp;association…</source>
        <translation>Budget de l’&amp;association…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No application for this project yet.</source>
        <translation>Aucun dossier pour ce projet pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications per funder</source>
        <translation>Dossiers par financeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked in applications that were refused or withdrawn: not counted in the amount requested.</source>
        <translation>Demandé dans des dossiers refusés ou abandonnés&#xa0;: non compté dans le montant demandé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused or withdrawn (not counted)</source>
        <translation>Refusé ou abandonné (non compté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned cost (charges, investment)</source>
        <translation>Coût prévu (charges, investissement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncovered share</source>
        <translation>Part non couverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked in the applications still alive: refused and withdrawn ones are not counted.</source>
        <translation>Demandé dans les dossiers encore en cours ou accordés&#xa0;: les dossiers refusés ou abandonnés ne sont pas comptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a project in the list to see its summary.</source>
        <translation>Choisissez un projet dans la liste pour voir sa synthèse.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In charge: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Budget of the association</source>
        <translation>Budget de l’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year:</source>
        <translation>Exercice&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and its budget? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son budget&#x202f;? Cette opération est définitive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project not deleted</source>
        <translation>Projet non supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” still has applications. Delete them or attach them to another project first.</source>
        <translation>«&#xa0;%1&#xa0;» a encore des dossiers. Supprimez-les ou rattachez-les d’abord à un autre projet.</translation>
    </message>
</context>
<context>
    <name>ProtectedExportDialog</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/backup_settings.py" line="-249"/>
        <source>Protect the backup with a password</source>
        <translation>Protéger la sauvegarde par un mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is put in a ZIP archive encrypted with AES-256. Send the password by another way than the archive (by phone, for instance).</source>
        <translation>La sauvegarde est placée dans une archive ZIP chiffrée en AES-256. Transmettez le mot de passe par un autre moyen que l’archive (par téléphone, par exemple).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/reminder_settings.py" line="+15"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me of the deadlines due today and tomorrow</source>
        <translation>Me rappeler les échéances du jour et du lendemain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A notification near the clock when CoopDesk starts, then once a day while it runs. This setting applies to this computer only.</source>
        <translation>Une notification près de l’horloge au démarrage de CoopDesk, puis une fois par jour tant qu’il reste ouvert. Ce réglage ne concerne que cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../coopdesk/ui/reminders.py" line="+44"/>
        <source>1 deadline today</source>
        <translation>1 échéance aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deadlines today</source>
        <translation>%1 échéances aujourd’hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 deadline tomorrow</source>
        <translation>1 échéance demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deadlines tomorrow</source>
        <translation>%1 échéances demain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more on the dashboard</source>
        <translation>… et %1 autres sur le tableau de bord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open CoopDesk</source>
        <translation>Ouvrir CoopDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CoopDesk: %1</source>
        <translation>CoopDesk : %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/reports_page.py" line="+95"/>
        <source>Administrative burden</source>
        <translation>Charge administrative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time spent on applications, what it brought in, and its value as volunteer contribution in kind.</source>
        <translation>Le temps passé sur les demandes de subvention, ce qu’il a rapporté, et sa valeur comme contribution bénévole en nature.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused or withdrawn</source>
        <translation>Refusés ou abandonnés</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Value of this time</source>
        <translation>Valeur de ce temps</translation>
    </message>
    <message>
        <location line="+412"/>
        <location line="+43"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Pe&amp;riod</source>
        <translation>Pé&amp;riode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;under</source>
        <translation>Fi&amp;nanceur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vo&amp;lunteer</source>
        <translation>&amp;Bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A report to hand over: summary, charts and tables</source>
        <translation>Un rapport à remettre&#xa0;: résumé, graphiques et tableaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The table per application, for a spreadsheet</source>
        <translation>Le tableau par dossier, pour un tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The table per application, with live totals</source>
        <translation>Le tableau par dossier, avec des totaux calculés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourly valuation (shared by the whole association)</source>
        <translation>Valorisation horaire (commune à toute l’association)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Without return</source>
        <translation>Sans retour</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Obtained per hour</source>
        <translation>Obtenu par heure</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Per funder</source>
        <translation>Par financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per application</source>
        <translation>Par dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per activity</source>
        <translation>Par activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per volunteer</source>
        <translation>Par bénévole</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>All funders</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All volunteers</source>
        <translation>Tous les bénévoles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period ends before it starts: choose a start date before the end date.</source>
        <translation>La période finit avant de commencer&#xa0;: choisissez une date de début antérieure à la date de fin.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No time recorded between %1 and %2. Time is recorded on the Time page.</source>
        <translation>Aucun temps saisi entre le %1 et le %2. Le temps se saisit sur la page Temps.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refused: %1 · withdrawn: %2</source>
        <translation>Refusés&#xa0;: %1 · abandonnés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>at %1 an hour</source>
        <translation>à %1 de l’heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours spent on grant applications, valued at the hourly valuation below. They are part of the volunteering to put in lines 864 and 870 of the CERFA budget, not the whole of those lines, which hold all the association&apos;s volunteer time.</source>
        <translation>Les heures passées sur les demandes de subvention, valorisées au taux horaire ci-dessous. Elles sont une partie du bénévolat à inscrire aux lignes 864 et 870 du budget CERFA, pas le montant de ces lignes, qui comptent tout le bénévolat de l’association.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 of volunteer time went into the applications (%3) and %4 into funders and calls without an application.</source>
        <translation>%1, %2 de bénévolat ont été consacrées aux demandes (%3) et %4 aux financeurs et appels à projets, hors dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) were spent on applications refused or withdrawn.</source>
        <translation>%1 (%2) ont été passées sur des demandes refusées ou abandonnées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 application</source>
        <translation>%1 dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 applications</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 entry</source>
        <translation>%1 saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 saisies</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>without an application</source>
        <translation>sans dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>Applications</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+44"/>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Value of one &amp;hour of volunteer time</source>
        <translation>Valeur d’une &amp;heure de bénévolat</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Volunteer time recorded between %1 and %2, with the filters chosen.</source>
        <translation>Temps de bénévolat saisi entre le %1 et le %2, avec les filtres choisis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hours spent on the applications that were refused or withdrawn.</source>
        <translation>Heures passées sur les dossiers refusés ou abandonnés.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2 of volunteer time went into funders and calls, without an application.</source>
        <translation>%1, %2 de bénévolat ont été consacrées aux financeurs et appels à projets, hors dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 of volunteer time went into the applications (%3).</source>
        <translation>%1, %2 de bénévolat ont été consacrées aux demandes (%3).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Outside applications</source>
        <translation>Hors dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours spent with the funder or on its calls before any application</source>
        <translation>Heures passées auprès du financeur ou sur ses appels à projets, hors dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours spent on applications refused or withdrawn</source>
        <translation>Heures passées sur des dossiers refusés ou abandonnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts granted per hour spent on the applications whose outcome is known</source>
        <translation>Montants accordés par heure passée sur les dossiers dont l’issue est connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Valuation</source>
        <translation>Valorisation</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The hours valued at the hourly valuation</source>
        <translation>Les heures valorisées au taux horaire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <location line="+19"/>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+18"/>
        <source>Share of the time</source>
        <translation>Part du temps</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(nobody named)</source>
        <translation>(bénévole non indiqué)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>In use: %1 an hour, the default: the gross hourly minimum wage (SMIC) on 1 January 2026. Change it if your association values volunteer time otherwise; it applies to every PC.</source>
        <translation>Valeur utilisée&#xa0;: %1 de l’heure, la valeur par défaut&#xa0;: le SMIC horaire brut au 1er janvier 2026. Modifiez-la si votre association valorise autrement le bénévolat&#x202f;; elle vaut pour tous les postes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use: %1 an hour, chosen by the association (default: %2, the gross hourly minimum wage (SMIC) on 1 January 2026). It applies to every PC.</source>
        <translation>Valeur utilisée&#xa0;: %1 de l’heure, choisie par l’association (par défaut&#xa0;: %2, le SMIC horaire brut au 1er janvier 2026). Elle vaut pour tous les postes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an amount between 0 € and %1 an hour.</source>
        <translation>Indiquez un montant entre 0 € et %1 de l’heure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hourly valuation saved: %1.</source>
        <translation>Valorisation horaire enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>burden-%1</source>
        <translation>charge-administrative-%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the burden report</source>
        <translation>Exporter le rapport de charge administrative</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/restore_dialog.py" line="+37"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the backup to bring back. Your current data is first kept as a backup; then CoopDesk closes the database, replaces it and opens it again.</source>
        <translation>Choisissez la sauvegarde à remettre en place. Vos données actuelles sont d’abord gardées dans une sauvegarde&#x202f;; puis CoopDesk ferme la base, la remplace et la rouvre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups in %1</source>
        <translation>Sauvegardes dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup in this folder yet. Use “Other file…” to choose one elsewhere.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l’instant. Utilisez «&#xa0;Autre fichier…&#xa0;» pour en choisir une ailleurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CoopDesk backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Sauvegardes CoopDesk (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/server_settings.py" line="+35"/>
        <source>Password of the office server</source>
        <translation>Mot de passe du serveur du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no password keyring: type the password of %1 (asked at each start).</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe&#xa0;: tapez le mot de passe de %1 (demandé à chaque démarrage).</translation>
    </message>
</context>
<context>
    <name>ServerSettingsBox</name>
    <message>
        <location line="+49"/>
        <source>Shared office database (PostgreSQL server)</source>
        <translation>Base partagée du bureau (serveur PostgreSQL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For several PCs in the office, CoopDesk can use a PostgreSQL server instead of the file of this PC. The change takes effect at the next start.</source>
        <translation>Pour plusieurs postes dans le bureau, CoopDesk peut utiliser un serveur PostgreSQL au lieu du fichier de ce poste. Le changement prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. serveur.local or 192.168.1.10</source>
        <translation>ex. serveur.local ou 192.168.1.10</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the file of this PC</source>
        <translation>Utiliser le fichier de ce poste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Server chosen for the next starts: %1</source>
        <translation>Serveur choisi pour les prochains démarrages&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server chosen: CoopDesk uses the file of this PC.</source>
        <translation>Aucun serveur choisi&#xa0;: CoopDesk utilise le fichier de ce poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the system keyring of this PC.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système de ce poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no password keyring: the password is not kept, CoopDesk will ask it at each start.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe&#xa0;: le mot de passe n’est pas gardé, CoopDesk le demandera à chaque démarrage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base de données et l’utilisateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected, but this database comes from a newer CoopDesk: install the latest version.</source>
        <translation>Connexion réussie, mais cette base vient d’une version plus récente de CoopDesk&#xa0;: installez la dernière version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection works. The database is empty: CoopDesk will create its tables at start.</source>
        <translation>La connexion fonctionne. La base est vide&#xa0;: CoopDesk créera ses tables au démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection works: this is a CoopDesk database.</source>
        <translation>La connexion fonctionne&#xa0;: c’est une base CoopDesk.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Connection failed: the server refuses it. Check that PostgreSQL is running on that computer and the port number.</source>
        <translation>Échec de la connexion&#xa0;: le serveur la refuse. Vérifiez que PostgreSQL fonctionne sur cet ordinateur, et le numéro de port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection failed: no computer has this name on the network. Check the server.</source>
        <translation>Échec de la connexion&#xa0;: aucun ordinateur ne porte ce nom sur le réseau. Vérifiez le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection failed: the server does not answer. Check the network and the server&apos;s address.</source>
        <translation>Échec de la connexion&#xa0;: le serveur ne répond pas. Vérifiez le réseau et l’adresse du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection failed: the user or the password is wrong.</source>
        <translation>Échec de la connexion&#xa0;: l’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed: the server asks for a password.</source>
        <translation>Échec de la connexion&#xa0;: le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed: this database does not exist on the server. Check its name.</source>
        <translation>Échec de la connexion&#xa0;: cette base n’existe pas sur le serveur. Vérifiez son nom.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>This database already holds other tables: it is not a CoopDesk database.</source>
        <translation>Cette base contient déjà d’autres tables&#xa0;: ce n’est pas une base CoopDesk.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. CoopDesk will use this server at the next start; the password is in the keyring.</source>
        <translation>Enregistré. CoopDesk utilisera ce serveur au prochain démarrage&#x202f;; le mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. CoopDesk will use this server at the next start and will ask the password.</source>
        <translation>Enregistré. CoopDesk utilisera ce serveur au prochain démarrage et demandera le mot de passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. CoopDesk will use the file of this PC at the next start.</source>
        <translation>Enregistré. CoopDesk utilisera le fichier de ce poste au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/settings_page.py" line="+67"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+338"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the association&apos;s profile (Ctrl+S)</source>
        <translation>Enregistrer le profil de l’association (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>The people of the association who write applications and spend time on them.</source>
        <translation>Les personnes de l’association qui rédigent les dossiers et y consacrent du temps.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision</source>
        <translation>Révision du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Not saved: %n field(s) to correct.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n champ à corriger.</numerusform>
            <numerusform>Non enregistré&#xa0;: %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile changed elsewhere</source>
        <translation>Profil modifié ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved the association&apos;s profile after you opened it. Nothing was overwritten.

Reload the saved version? What you typed here will be lost.</source>
        <translation>Quelqu’un d’autre a enregistré le profil de l’association après que vous l’avez ouvert. Rien n’a été écrasé.

Recharger la version enregistrée&#x202f;? Ce que vous avez saisi ici sera perdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Profile reloaded.</source>
        <translation>Profil rechargé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association&apos;s profile was saved.</source>
        <translation>Le profil de l’association est enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still missing for your applications: %1</source>
        <translation>Il manque encore pour vos dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté·e.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré·e.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+20"/>
        <source>Delete a volunteer</source>
        <translation>Supprimer un ou une bénévole</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Delete %1 from the volunteers?</source>
        <translation>Supprimer %1 des bénévoles&#x202f;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé·e.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be deleted: time entries, applications or projects refer to them. They are already inactive.</source>
        <translation>%1 ne peut pas être supprimé·e&#xa0;: du temps saisi, des dossiers ou des projets y font référence. Cette personne est déjà inactive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be deleted: time entries, applications or projects refer to them.

Mark them as inactive instead? Their history is kept; they are no longer offered in lists.</source>
        <translation>%1 ne peut pas être supprimé·e&#xa0;: du temps saisi, des dossiers ou des projets y font référence.

La marquer plutôt comme inactive&#x202f;? Son historique est conservé&#x202f;; elle n’est plus proposée dans les listes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as inactive</source>
        <translation>Marquer comme inactive</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is now inactive.</source>
        <translation>%1 est désormais inactif·ve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite (one file on this computer)</source>
        <translation>SQLite (un fichier sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL (a server shared by several computers)</source>
        <translation>PostgreSQL (un serveur partagé par plusieurs ordinateurs)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This folder does not exist yet.</source>
        <translation>Ce dossier n’existe pas encore.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language saved: it takes effect at the next start.</source>
        <translation>Langue enregistrée&#xa0;: elle prendra effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/shortcuts_dialog.py" line="+27"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/status_board.py" line="+248"/>
        <source>“%1” cannot go from “%2” to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TextBlockDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/text_block_dialog.py" line="+57"/>
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>e.g. Presentation of the association (short)</source>
        <translation>ex. Présentation de l’association (courte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words separated by commas</source>
        <translation>Mots séparés par des virgules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who writes this version</source>
        <translation>Qui écrit cette version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the text against a portal&apos;s limit (not saved)</source>
        <translation>Vérifier le texte par rapport à la limite d’un portail (non enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain paragraphs separated by an empty line; lists with “- ” at the start of a line.</source>
        <translation>Des paragraphes séparés par une ligne vide&#x202f;; des listes avec «&#xa0;- &#xa0;» en début de ligne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to check</source>
        <translation>Limite à vérifier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another text already has this title (no. %1): rename one of them to tell them apart.</source>
        <translation>Un autre texte porte déjà ce titre (n°&#xa0;%1)&#xa0;: renommez l’un des deux pour les distinguer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The first version is kept when you save.</source>
        <translation>La première version est conservée à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1. Saving a changed text keeps this one in the history.</source>
        <translation>Version %1. Enregistrer un texte modifié garde celle-ci dans l’historique.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write the text before saving it.</source>
        <translation>Écrivez le texte avant de l’enregistrer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone else saved this text in the meantime (on another computer). Nothing was overwritten.</source>
        <translation>Quelqu’un d’autre a enregistré ce texte entre-temps (sur un autre ordinateur). Rien n’a été écrasé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this text in the meantime. Show their version, or keep your text and save it as a new version (theirs stays in the history)?</source>
        <translation>Quelqu’un d’autre a enregistré ce texte entre-temps. Afficher sa version, ou garder votre texte et l’enregistrer comme nouvelle version (la sienne reste dans l’historique)&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show their version</source>
        <translation>Afficher sa version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your text is kept: Save again to add it as a new version.</source>
        <translation>Votre texte est gardé&#xa0;: enregistrez à nouveau pour l’ajouter comme nouvelle version.</translation>
    </message>
</context>
<context>
    <name>TextCompareDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/text_compare_dialog.py" line="+59"/>
        <source>Versions of “%1”</source>
        <translation>Versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the left version current again (as a new version)</source>
        <translation>Faire de la version de gauche le texte actuel (comme nouvelle version)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Older</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed words are struck through in red on the left; added words are green on the right.</source>
        <translation>Les mots retirés sont barrés en rouge à gauche&#x202f;; les mots ajoutés sont en vert à droite.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 — %2, %3</source>
        <translation>Version %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) between the two versions.</source>
        <translation>
            <numerusform>%n modification entre les deux versions.</numerusform>
            <numerusform>%n modifications entre les deux versions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore a version</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make version %1 the current text again? It is saved as a new version; the current text stays in the history.</source>
        <translation>Refaire de la version %1 le texte actuel&#x202f;? Elle est enregistrée comme nouvelle version&#x202f;; le texte actuel reste dans l’historique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else saved this text in the meantime: close this window and open it again.</source>
        <translation>Quelqu’un d’autre a enregistré ce texte entre-temps&#xa0;: fermez cette fenêtre et rouvrez-la.</translation>
    </message>
</context>
<context>
    <name>TextCountsLabel</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/text_counts.py" line="+40"/>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without spaces</source>
        <translation>%1 sans les espaces</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1 characters over the limit of %2</source>
        <translation>⚠ %1 caractères de trop (limite de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit %1: %2 left</source>
        <translation>limite %1&#xa0;: encore %2</translation>
    </message>
</context>
<context>
    <name>TextLabels</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/text_table_model.py" line="+35"/>
        <source>Presentation of the association</source>
        <translation>Présentation de l’association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human resources</source>
        <translation>Moyens humains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget notes</source>
        <translation>Budget commenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>TextPickerDialog</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/application_sections.py" line="-492"/>
        <source>Choose a text of the library</source>
        <translation>Choisir un texte de la bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search the titles and texts…</source>
        <translation>Chercher dans les titres et les textes…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this text</source>
        <translation>Utiliser ce texte</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The library is empty: write texts on the Texts page first.</source>
        <translation>La bibliothèque est vide&#xa0;: écrivez d’abord des textes dans la page Textes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text contains “%1”.</source>
        <translation>Aucun texte ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
</context>
<context>
    <name>TextSettings</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/text_settings.py" line="+22"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text not reviewed for this long is flagged “to review” (for every computer)</source>
        <translation>Un texte non relu depuis ce délai est signalé «&#xa0;à relire&#xa0;» (sur tous les ordinateurs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To review after</source>
        <translation>À relire après</translation>
    </message>
</context>
<context>
    <name>TextTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/text_table_model.py" line="+78"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>Relu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (to review)</source>
        <translation>%1 (à relire)</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/texts_page.py" line="+75"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New text…</source>
        <translation>&amp;Nouveau texte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;reviewed</source>
        <translation>Marquer comme &amp;relu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search the titles and texts (accents and capitals do not matter)… (Ctrl+F)</source>
        <translation>Chercher dans les titres et les textes (accents et majuscules sans importance)… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose a text in the list to read it here.</source>
        <translation>Choisissez un texte dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No text yet. Click “New text” to write the texts every funder asks for: presentation of the association, objectives, target audience, territory…</source>
        <translation>Aucun texte pour l’instant. Cliquez sur «&#xa0;Nouveau texte&#xa0;» pour écrire les textes que tous les financeurs demandent&#xa0;: présentation de l’association, objectifs, public visé, territoire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No text contains “%1”. Try fewer or shorter words.</source>
        <translation>Aucun texte ne contient «&#xa0;%1&#xa0;». Essayez moins de mots, ou des mots plus courts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No text in this category.</source>
        <translation>Aucun texte dans cette catégorie.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n texte</numerusform>
            <numerusform>%n textes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed on %1</source>
        <translation>relu le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last written by %1</source>
        <translation>dernière version par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: %1</source>
        <translation>mots-clés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>To review: not read again for %n month(s) or more.</source>
        <translation>
            <numerusform>À relire&#xa0;: pas relu depuis %n mois ou plus.</numerusform>
            <numerusform>À relire&#xa0;: pas relu depuis %n mois ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Someone else changed this text in the meantime: the list is reloaded, try again.</source>
        <translation>Quelqu’un d’autre a modifié ce texte entre-temps&#xa0;: la liste est rechargée, recommencez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” marked as reviewed today.</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme relu aujourd’hui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text copied: paste it into the funder&apos;s form.</source>
        <translation>Texte copié&#xa0;: collez-le dans le formulaire du financeur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the text</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” and all its versions? Applications that used it keep their own copy. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et toutes ses versions&#x202f;? Les dossiers qui l’ont utilisé gardent leur propre copie. Impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” deleted.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/time_entry_dialog.py" line="+243"/>
        <source>Time entry</source>
        <translation>Saisie de temps</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 1h30</source>
        <translation>ex. 1h30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent on</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>TimeLabels</name>
    <message>
        <location line="-193"/>
        <location filename="../../coopdesk/ui/table_models/time_table_model.py" line="+49"/>
        <source>Funder: %1</source>
        <translation>Financeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coopdesk/ui/table_models/time_table_model.py" line="-2"/>
        <source>Call: %1</source>
        <translation>Appel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/table_models/time_table_model.py" line="-17"/>
        <source>Research and monitoring</source>
        <translation>Veille et recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting documents</source>
        <translation>Collecte des pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry on the platform</source>
        <translation>Saisie sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and exchanges</source>
        <translation>Réunions et échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up and reminders</source>
        <translation>Suivi et relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>TimeMessages</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/time_entry_dialog.py" line="+45"/>
        <source>Type a duration, e.g. 1h30, 90, 1,5 h or 45 min.</source>
        <translation>Tapez une durée, par exemple 1h30, 90, 1,5 h ou 45 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable duration: type e.g. 1h30, 90 (minutes), 1,5 h, 1:30 or 45 min.</source>
        <translation>Durée illisible&#xa0;: tapez par exemple 1h30, 90 (minutes), 1,5 h, 1:30 ou 45 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration must be more than zero minutes.</source>
        <translation>Une durée doit dépasser zéro minute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One entry cannot exceed %1 hours.</source>
        <translation>Une saisie ne peut pas dépasser %1 heures.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the volunteer.</source>
        <translation>Choisissez le ou la bénévole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an application, a funder or a call.</source>
        <translation>Choisissez un dossier, un financeur ou un appel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time is recorded once spent: a date after tomorrow is refused.</source>
        <translation>Le temps se saisit une fois passé&#xa0;: une date après demain est refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the date.</source>
        <translation>Choisissez la date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long (2,000 characters at most).</source>
        <translation>La note est trop longue (2&#x202f;000 caractères au plus).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this entry meanwhile. Nothing was overwritten: close and open it again.</source>
        <translation>Quelqu’un d’autre a modifié cette saisie entre-temps. Rien n’a été écrasé&#xa0;: fermez-la et rouvrez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This entry was deleted in the meantime.</source>
        <translation>Cette saisie a été supprimée entre-temps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With this entry, %1 would have %2 on %3 (already %4).</source>
        <translation>Avec cette saisie, %1 aurait %2 le %3 (déjà %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 24 hours in one day: save anyway?</source>
        <translation>Plus de 24 heures dans une journée&#xa0;: enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this volunteer</source>
        <translation>ce ou cette bénévole</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than 24 hours in a day</source>
        <translation>Plus de 24 heures dans une journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/time_page.py" line="+183"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the duration (1h30, 90, 1,5 h, 45 min) and press Enter: the volunteer and the date stay for the next entry.</source>
        <translation>Tapez la durée (1h30, 90, 1,5 h, 45 min) puis Entrée&#xa0;: le ou la bénévole et la date restent pour la saisie suivante.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New entry</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Application, funder or call…</source>
        <translation>Dossier, financeur ou appel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1h30</source>
        <translation>1h30</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Spent on</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV file (Excel)…</source>
        <translation>Fichier CSV (Excel)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX workbook with totals…</source>
        <translation>Classeur XLSX avec totaux…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export all the time</source>
        <translation>Exporter tout le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry, whatever the filters, for a spreadsheet</source>
        <translation>Toutes les saisies, quels que soient les filtres, pour un tableur</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No volunteer yet: add the volunteers in Settings › Volunteers, then record their time here.</source>
        <translation>Aucun bénévole pour l’instant&#xa0;: ajoutez les bénévoles dans Paramètres › Bénévoles, puis saisissez leur temps ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No time recorded for this period. Type a duration above and press Enter to add one.</source>
        <translation>Aucun temps saisi sur cette période. Tapez une durée ci-dessus puis Entrée pour en ajouter.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Export the time spent</source>
        <translation>Exporter le temps passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the time spent…</source>
        <translation>Export du temps passé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time spent exported to %1</source>
        <translation>Temps passé exporté dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>All volunteers</source>
        <translation>Tous les bénévoles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All applications</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Total: %1 (%n entries)</source>
        <translation>
            <numerusform>Total&#xa0;: %1 (%n saisie)</numerusform>
            <numerusform>Total&#xa0;: %1 (%n saisies)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the latest %1 are listed</source>
        <translation>les %1 plus récentes sont listées</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved: %1 on %2, %3.</source>
        <translation>Enregistré&#xa0;: %1 le %2, %3.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete %1 of %2 on %3 (%4)?</source>
        <translation>Supprimer %1 de %2 le %3 (%4)&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the entry</source>
        <translation>Supprimer la saisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>TimeTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/time_table_model.py" line="+35"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application or funder</source>
        <translation>Dossier ou financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/timer_widget.py" line="+48"/>
        <source>No application</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an application first: the timer measures the time spent on one.</source>
        <translation>Créez d’abord un dossier&#xa0;: le chrono mesure le temps passé sur un dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the timer</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TimerStopDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/timer_stop_dialog.py" line="+65"/>
        <source>Record the time</source>
        <translation>Enregistrer le temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timer started at %1, stopped after %2.</source>
        <translation>Chrono démarré à %1, arrêté après %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent on</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep timing</source>
        <translation>Continuer à chronométrer</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/timer_widget.py" line="+47"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard the timer without recording anything</source>
        <translation>Abandonner le chrono sans rien enregistrer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A timer is running</source>
        <translation>Un chrono tourne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A timer is already running on « %1 ». Stop it and record its time first?</source>
        <translation>Un chrono tourne déjà sur «&#xa0;%1&#xa0;». L’arrêter et enregistrer son temps d’abord&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and record</source>
        <translation>Arrêter et enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Keep it running</source>
        <translation>Le laisser tourner</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>deleted application</source>
        <translation>dossier supprimé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Timer: %1 — %2</source>
        <translation>Chrono&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+108"/>
        <source>Discard the timer</source>
        <translation>Abandonner le chrono</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Stop the timer and record the time (Ctrl+Shift+T)</source>
        <translation>Arrêter le chrono et enregistrer le temps (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the timer</source>
        <translation>Arrêter le chrono</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Discard the %1 timed on « %2 »? Nothing will be recorded.</source>
        <translation>Abandonner les %1 chronométrées sur «&#xa0;%2&#xa0;»&#x202f;? Rien ne sera enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A timer was running</source>
        <translation>Un chrono tournait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A timer on « %1 » was still running when CoopDesk closed (started on %2 at %3, %4 ago). Keep this time and let the timer run on?</source>
        <translation>Un chrono sur «&#xa0;%1&#xa0;» tournait encore à la fermeture de CoopDesk (démarré le %2 à %3, il y a %4). Garder ce temps et laisser le chrono continuer&#x202f;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the time</source>
        <translation>Garder le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop it</source>
        <translation>L’abandonner</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/transition_dialog.py" line="+87"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. 5 000 €</source>
        <translation>par exemple 5 000 €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reason given</source>
        <translation>Aucun motif communiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason the funder gave</source>
        <translation>Le motif donné par le financeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal reason</source>
        <translation>Motif de refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report filed on</source>
        <translation>Compte rendu déposé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No change of status is possible from this one.</source>
        <translation>Aucun changement de statut n’est possible à partir de celui-ci.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/volunteer_dialog.py" line="+32"/>
        <source>New volunteer</source>
        <translation>Nouveau ou nouvelle bénévole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active in the association</source>
        <translation>Actif·ve dans l’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. treasurer, in charge of applications</source>
        <translation>par exemple trésorière, responsable des dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/volunteer_table_model.py" line="+44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Active</source>
        <translation>Actif·ve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif·ve</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhatTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/who_does_what_table_model.py" line="+51"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhatView</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/who_does_what_view.py" line="+27"/>
        <source>Filter by topic, person or funder…</source>
        <translation>Filtrer par sujet, personne ou financeur…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No topic yet: give your contacts topics (food aid, PAT…) to see who does what.</source>
        <translation>Aucun sujet pour l’instant&#xa0;: donnez des sujets à vos interlocuteurs (aide alimentaire, PAT…) pour voir qui fait quoi.</translation>
    </message>
</context>
</TS>
