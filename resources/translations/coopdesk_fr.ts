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
        <location filename="../../coopdesk/ui/dialogs/aides_import_dialog.py" line="+184"/>
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
        <location line="-113"/>
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
        <location line="+172"/>
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
        <location filename="../../coopdesk/app.py" line="+58"/>
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
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/application_dialog.py" line="+165"/>
        <source>New application</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+4"/>
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
        <location line="+30"/>
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
        <location line="+2"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
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
        <location line="+39"/>
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
        <location line="+77"/>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Still to be received</source>
        <translation>Reste à percevoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-204"/>
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
        <source>Other document</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+45"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the year</source>
        <translation>Retirer l’année</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="-28"/>
        <source>Report due</source>
        <translation>Compte rendu dû le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report filed on</source>
        <translation>Compte rendu déposé le</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
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
        <location line="+97"/>
        <source>Total over the years: %1</source>
        <translation>Total sur les années&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Idea (once saved)</source>
        <translation>Idée (une fois enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>aucun motif communiqué</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created: %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+105"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
</context>
<context>
    <name>ApplicationLabels</name>
    <message>
        <location line="-877"/>
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
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/application_table_model.py" line="+128"/>
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
        <location line="+47"/>
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
        <location filename="../../coopdesk/ui/pages/applications_page.py" line="+92"/>
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
        <location line="+193"/>
        <source>All funders</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+197"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+199"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+201"/>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Any funding</source>
        <translation>Tout financement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, project, funder, notes…</source>
        <translation>Rechercher intitulé, projet, financeur, notes…</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+59"/>
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
        <location line="+161"/>
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
        <location line="+12"/>
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
    <name>CallDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/call_dialog.py" line="+105"/>
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
        <location line="+17"/>
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
    <message>
        <location line="+182"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/call_table_model.py" line="+50"/>
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
        <location line="+77"/>
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
        <location line="+21"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/calls_page.py" line="+74"/>
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
        <location line="+8"/>
        <location line="+136"/>
        <source>All funders</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <location line="-134"/>
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
        <location line="+18"/>
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
        <location line="+160"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="-158"/>
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
        <location line="+101"/>
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
    <name>ContactDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contact_dialog.py" line="+67"/>
        <source>New contact</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
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
        <location filename="../../coopdesk/ui/table_models/contact_preview_table_model.py" line="+85"/>
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
        <location line="+6"/>
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
        <location filename="../../coopdesk/ui/table_models/contact_table_model.py" line="+76"/>
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
        <location line="+16"/>
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
        <location filename="../../coopdesk/ui/pages/dashboard_page.py" line="+73"/>
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
        <location line="+26"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>Aucune échéance dans les 30 prochains jours.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+11"/>
        <source>Applications by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+7"/>
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
        <location line="+5"/>
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
        <location line="+17"/>
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
        <location line="+12"/>
        <source>No application yet.</source>
        <translation>Aucun dossier pour l’instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 requested</source>
        <translation>%1 demandés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no reason given</source>
        <translation>aucun motif communiqué</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/deadline_table_model.py" line="+86"/>
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
    <name>ErrorMessages</name>
    <message>
        <location filename="../../coopdesk/ui/error_messages.py" line="+38"/>
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
        <location line="+79"/>
        <source>This date does not exist.</source>
        <translation>Cette date n’existe pas.</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+17"/>
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
        <location line="+15"/>
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
        <location filename="../../coopdesk/ui/formatting.py" line="+53"/>
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
        <location filename="../../coopdesk/ui/dialogs/funder_dialog.py" line="+42"/>
        <source>New funder</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
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
        <location line="+10"/>
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
        <location filename="../../coopdesk/ui/widgets/funder_sheet.py" line="+147"/>
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
        <location line="+270"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Mark as left</source>
        <translation>Marquer comme parti·e</translation>
    </message>
    <message>
        <location line="-281"/>
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
        <location line="+14"/>
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
        <location filename="../../coopdesk/ui/table_models/funder_table_model.py" line="+71"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../coopdesk/ui/pages/funders_page.py" line="+70"/>
        <location line="+159"/>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Search a funder, a service, a contact, a topic…</source>
        <translation>Rechercher un financeur, un service, un interlocuteur, un sujet…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+33"/>
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
        <location line="+177"/>
        <location line="+104"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+245"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-244"/>
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
        <location line="+264"/>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
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
    <name>InteractionDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/interaction_dialog.py" line="+66"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
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
        <location filename="../../coopdesk/ui/table_models/interaction_table_model.py" line="+87"/>
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
        <location line="+18"/>
        <source>%1 (done)</source>
        <translation>%1 (faite)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+87"/>
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
        <location line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+146"/>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About CoopDesk</source>
        <translation>À &amp;propos de CoopDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Refreshed.</source>
        <translation>Page actualisée.</translation>
    </message>
    <message>
        <location line="+91"/>
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
    <name>PaymentDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/payment_dialog.py" line="+51"/>
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
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location filename="../../coopdesk/ui/dialogs/project_dialog.py" line="+51"/>
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
        <location line="+10"/>
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
        <location line="+93"/>
        <source>The project cannot end before it starts.</source>
        <translation>Le projet ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
</context>
<context>
    <name>ProjectFunderTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/project_funder_table_model.py" line="+90"/>
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
        <location line="-51"/>
        <source>(no funder)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/table_models/project_table_model.py" line="+40"/>
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
        <location line="+52"/>
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
        <location filename="../../coopdesk/ui/pages/projects_page.py" line="+51"/>
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
        <location line="+80"/>
        <source>No application for this project yet.</source>
        <translation>Aucun dossier pour ce projet pour l’instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications per funder</source>
        <translation>Dossiers par financeur</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Planned budget (charges)</source>
        <translation>Charges prévues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncovered share</source>
        <translation>Part non couverte</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+48"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In charge: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+62"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/settings_page.py" line="+66"/>
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
    <name>StatusBoard</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/status_board.py" line="+248"/>
        <source>“%1” cannot go from “%2” to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
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
        <location filename="../../coopdesk/ui/dialogs/volunteer_dialog.py" line="+35"/>
        <source>New volunteer</source>
        <translation>Nouveau ou nouvelle bénévole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active in the association</source>
        <translation>Actif·ve dans l’association</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+19"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/table_models/volunteer_table_model.py" line="+74"/>
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
        <location line="+15"/>
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
        <location filename="../../coopdesk/ui/table_models/who_does_what_table_model.py" line="+70"/>
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
