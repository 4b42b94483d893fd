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
    <name>DashboardPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/dashboard_page.py" line="+54"/>
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
        <location line="+25"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>Aucune échéance dans les 30 prochains jours.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../../coopdesk/ui/error_messages.py" line="+33"/>
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
        <location line="+26"/>
        <source>This date does not exist.</source>
        <translation>Cette date n’existe pas.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The decision cannot come before the submission.</source>
        <translation>La décision ne peut pas précéder le dépôt du dossier.</translation>
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
        <location line="+11"/>
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
        <location line="+10"/>
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
        <location line="+5"/>
        <source>This change of status is not possible.</source>
        <translation>Ce changement de statut n’est pas possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 already holds data: demonstration data only goes into an empty database.</source>
        <translation>La base de données %1 contient déjà des données&#xa0;: les données de démonstration ne vont que dans une base vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: %1</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+68"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+37"/>
        <source>Refreshed.</source>
        <translation>Page actualisée.</translation>
    </message>
    <message>
        <location line="+50"/>
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
</TS>
