<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutButton</name>
    <message>
        <source>Portable: the data is kept beside the app, in {0}.</source>
        <translation>Portable : les données sont conservées à côté de l’application, dans {0}.</translation>
    </message>
    <message>
        <source>The data is kept in {0}.</source>
        <translation>Les données sont conservées dans {0}.</translation>
    </message>
    <message>
        <source>Records the visits a digital-help desk handles, offline first.</source>
        <translation>Enregistre les visites d’un espace d’aide numérique, même sans connexion.</translation>
    </message>
    <message>
        <source>Licence: EUPL-1.2. Made with Qt {0} (PySide6).</source>
        <translation>Licence : EUPL-1.2. Réalisé avec Qt {0} (PySide6).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Version of Helpdesk and where its data is kept</source>
        <translation>Version de Helpdesk et emplacement de ses données</translation>
    </message>
    <message>
        <source>About Helpdesk</source>
        <translation>À propos de Helpdesk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>New passphrase for {name}</source>
        <translation>Nouvelle phrase secrète pour {name}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Type a name, or choose someone from the helpers: their visits stay theirs.</source>
        <translation>Tapez un nom, ou choisissez parmi les intervenants : leurs visites restent les leurs.</translation>
    </message>
    <message>
        <source>Name or helper</source>
        <translation>Nom ou intervenant</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Phrase secrète, &amp;à nouveau</translation>
    </message>
    <message>
        <source>At least {count} characters. A few words you remember are easier than a short code; nobody can see it later, not even a coordinator.</source>
        <translation>Au moins {count} caractères. Quelques mots dont vous vous souvenez sont plus simples qu’un code court ; personne ne pourra la voir ensuite, pas même la coordination.</translation>
    </message>
    <message>
        <source>Saving… (this takes a moment)</source>
        <translation>Enregistrement… (cela prend un instant)</translation>
    </message>
    <message>
        <source>Type a name, or choose a helper.</source>
        <translation>Tapez un nom, ou choisissez un intervenant.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Une phrase secrète doit compter au moins {count} caractères ; choisissez-en une plus longue.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques ; tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Accounts of this desk</source>
        <translation>Comptes de ce poste</translation>
    </message>
    <message>
        <source>Add an a&amp;ccount…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>Change the r&amp;ole…</source>
        <translation>Changer le r&amp;ôle…</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Nouvelle &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Each person opens the desk with their own name and passphrase. Coordinators manage accounts and settings; staff record, edit and make sheets; volunteers record visits and see today&apos;s.</source>
        <translation>Chaque personne ouvre le poste avec son propre nom et sa phrase secrète. La coordination gère les comptes et les réglages ; le personnel enregistre, modifie et fait les fiches ; les bénévoles enregistrent les visites et voient celles du jour.</translation>
    </message>
    <message>
        <source>This desk has no accounts yet: anyone at this computer can open it. Protect it first; then add the others here.</source>
        <translation>Ce poste n’a pas encore de comptes : toute personne à cet ordinateur peut l’ouvrir. Protégez-le d’abord ; ajoutez ensuite les autres ici.</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Role of {name}:</source>
        <translation>Rôle de {name} :</translation>
    </message>
    <message>
        <source>Remove the account of {name}? They can no longer open the desk; the visits they recorded stay, with their name.</source>
        <translation>Supprimer le compte de {name} ? Cette personne ne pourra plus ouvrir le poste ; les visites qu’elle a enregistrées restent, avec son nom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Who did what (audit trail)</source>
        <translation>Qui a fait quoi (journal)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Chec&amp;k the trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s seal: an entry changed or removed since it was written is found.</source>
        <translation>Recalcule le sceau de chaque ligne : une ligne modifiée ou supprimée après avoir été écrite est repérée.</translation>
    </message>
    <message>
        <source>No account (before protection)</source>
        <translation>Sans compte (avant la protection)</translation>
    </message>
    <message>
        <source>{when}  {what}</source>
        <translation>{when}  {what}</translation>
    </message>
    <message>
        <source>Nothing was recorded for this person and these days.</source>
        <translation>Rien n’a été enregistré pour cette personne et ces jours-là.</translation>
    </message>
    <message>
        <source>The newest {count} entries are shown; choose fewer days to see older ones.</source>
        <translation>Les {count} lignes les plus récentes sont affichées ; choisissez moins de jours pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entry(ies) checked, none was changed or removed.</source>
        <translation>
            <numerusform>Le journal est intact : %n ligne vérifiée, rien n’a été modifié ni supprimé.</numerusform>
            <numerusform>Le journal est intact : %n lignes vérifiées, aucune n’a été modifiée ni supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail was changed: entry number {seq} does not fit the entries before it (changed, removed or inserted after it was written). Everything before it is intact. Tell the person responsible for the desk&apos;s data.</source>
        <translation>Le journal a été modifié : la ligne numéro {seq} ne correspond pas aux lignes qui la précèdent (modifiée, supprimée ou insérée après avoir été écrite). Tout ce qui précède est intact. Prévenez la personne responsable des données du poste.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} recorded visit {record}</source>
        <translation>{who} a enregistré la visite {record}</translation>
    </message>
    <message>
        <source>{who} edited visit {record}</source>
        <translation>{who} a modifié la visite {record}</translation>
    </message>
    <message>
        <source>{who} deleted visit {record}</source>
        <translation>{who} a supprimé la visite {record}</translation>
    </message>
    <message>
        <source>{who} brought back visit {record}</source>
        <translation>{who} a rétabli la visite {record}</translation>
    </message>
    <message>
        <source>{who} gave {name} an account ({role})</source>
        <translation>{who} a donné un compte à {name} ({role})</translation>
    </message>
    <message>
        <source>{who} removed the account of {name}</source>
        <translation>{who} a supprimé le compte de {name}</translation>
    </message>
    <message>
        <source>{who} set a new passphrase with the recovery code</source>
        <translation>{who} a défini une nouvelle phrase secrète avec le code de récupération</translation>
    </message>
    <message>
        <source>{who} set a new passphrase for {name}</source>
        <translation>{who} a défini une nouvelle phrase secrète pour {name}</translation>
    </message>
    <message>
        <source>{who} changed a setting</source>
        <translation>{who} a modifié un réglage</translation>
    </message>
    <message>
        <source>{who} erased the notes older than {older_than_days} days ({count})</source>
        <translation>{who} a effacé les notes de plus de {older_than_days} jours ({count})</translation>
    </message>
    <message>
        <source>Wrong passphrases before {who} signed in: {count}</source>
        <translation>Phrases secrètes erronées avant la connexion de {who} : {count}</translation>
    </message>
    <message>
        <source>{who} made a sheet ({format}) from {first_day} to {last_day}</source>
        <translation>{who} a fait une fiche ({format}) du {first_day} au {last_day}</translation>
    </message>
    <message>
        <source>{who} ran a sync (records sent: {sent})</source>
        <translation>{who} a lancé une synchronisation (enregistrements envoyés : {sent})</translation>
    </message>
    <message>
        <source>{who} added the spot {name}</source>
        <translation>{who} a ajouté le lieu {name}</translation>
    </message>
    <message>
        <source>{who} changed the spot {name}</source>
        <translation>{who} a modifié le lieu {name}</translation>
    </message>
    <message>
        <source>{who} added the helper {name}</source>
        <translation>{who} a ajouté l’intervenant {name}</translation>
    </message>
    <message>
        <source>{who} changed the helper {name}</source>
        <translation>{who} a modifié l’intervenant {name}</translation>
    </message>
    <message>
        <source>{who} added the sync target {name}</source>
        <translation>{who} a ajouté la destination de synchronisation {name}</translation>
    </message>
    <message>
        <source>{who} changed the sync target {name}</source>
        <translation>{who} a modifié la destination de synchronisation {name}</translation>
    </message>
    <message>
        <source>{who} removed the sync target {name}</source>
        <translation>{who} a supprimé la destination de synchronisation {name}</translation>
    </message>
    <message>
        <source>{who} opened a session at {spot}</source>
        <translation>{who} a ouvert une permanence à {spot}</translation>
    </message>
    <message>
        <source>{who} closed the session at {spot}</source>
        <translation>{who} a clôturé la permanence à {spot}</translation>
    </message>
    <message>
        <source>{who} changed the session at {spot}</source>
        <translation>{who} a modifié la permanence à {spot}</translation>
    </message>
    <message>
        <source>{who} imported the lists {name}</source>
        <translation>{who} a importé les listes {name}</translation>
    </message>
    <message>
        <source>{who} changed an item of a list</source>
        <translation>{who} a modifié un élément d’une liste</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>session</source>
        <translation>permanence</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>autonomy</source>
        <translation>autonomie</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>date de suivi</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>language of help</source>
        <translation>langue de l’aide</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>première visite</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>notes included</source>
        <translation>notes incluses</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>fichiers CSV</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille des lots</translation>
    </message>
    <message>
        <source>helpers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>non aidés</translation>
    </message>
    <message>
        <source>desk name</source>
        <translation>nom du poste</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>days notes are kept</source>
        <translation>jours de conservation des notes</translation>
    </message>
    <message>
        <source>visitor code added</source>
        <translation>code visiteur ajouté</translation>
    </message>
    <message>
        <source>visitor code changed</source>
        <translation>code visiteur modifié</translation>
    </message>
    <message>
        <source>visitor code removed</source>
        <translation>code visiteur retiré</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>Someone (no accounts yet)</source>
        <translation>Quelqu’un (pas encore de comptes)</translation>
    </message>
    <message>
        <source>{what}: {changes}</source>
        <translation>{what} : {changes}</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>note modifiée</translation>
    </message>
    <message>
        <source>token changed</source>
        <translation>jeton modifié</translation>
    </message>
    <message>
        <source>copy of {record}</source>
        <translation>copie de {record}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <source>Close the session</source>
        <translation>Fermer la permanence</translation>
    </message>
    <message>
        <source>{spot}, {day}, open since {time}</source>
        <translation>{spot}, {day}, ouverte depuis {time}</translation>
    </message>
    <message>
        <source>People who had to be &amp;turned away</source>
        <translation>Personnes non &amp;reçues</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptées</translation>
    </message>
    <message>
        <source>People turned away (leave at &apos;not counted&apos; if unknown)</source>
        <translation>Personnes non reçues (laissez « non comptées » si vous ne savez pas)</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Fermer la permanence</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
</context>
<context>
    <name>CoordinatorFields</name>
    <message>
        <source>C&amp;oordinator&apos;s name</source>
        <translation>Nom de la c&amp;oordination</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Phrase &amp;secrète</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>Phrase secrète &amp;encore une fois</translation>
    </message>
    <message>
        <source>At least {count} characters; a few words you will remember work well.</source>
        <translation>Au moins {count} caractères ; quelques mots dont vous vous souviendrez font très bien l&apos;affaire.</translation>
    </message>
    <message>
        <source>Type the name of the coordinator of this desk.</source>
        <translation>Tapez le nom de la personne qui coordonne ce poste.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Une phrase secrète compte au moins {count} caractères ; choisissez-en une plus longue.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques ; tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Nothing can be saved until this is solved. Please tell your coordinator.</source>
        <translation>Rien ne peut être enregistré tant que ce problème n&apos;est pas réglé. Prévenez la coordination.</translation>
    </message>
    <message>
        <source>The latest backup was made on {when}. Restoring it puts it in place of the damaged file, which is kept beside it; visits saved after the backup are only in that file, so tell your coordinator.</source>
        <translation>La dernière sauvegarde date du {when}. La restaurer la met à la place du fichier endommagé, qui est conservé à côté ; les visites enregistrées après la sauvegarde ne se trouvent que dans ce fichier : prévenez donc votre coordinateur·rice.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>The backup is back in place; the damaged file is kept as {aside}. Helpdesk will now close: start it again.</source>
        <translation>La sauvegarde est remise en place ; le fichier endommagé est conservé sous le nom {aside}. Helpdesk va maintenant se fermer : relancez-le.</translation>
    </message>
</context>
<context>
    <name>DeskListBox</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>membre du personnel</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>Five wrong PINs: please sign in with your passphrase.</source>
        <translation>Cinq codes PIN erronés : connectez-vous avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>This PIN is not right; try again, or sign in with a passphrase.</source>
        <translation>Ce code PIN n&apos;est pas le bon ; réessayez, ou connectez-vous avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté·e : {name} ({role})</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Helpdesk — set up this desk</source>
        <translation>Helpdesk — configurer ce poste</translation>
    </message>
    <message>
        <source>Welcome to Helpdesk</source>
        <translation>Bienvenue dans Helpdesk</translation>
    </message>
    <message>
        <source>A few questions to set up this desk. You can change all of it later in Settings.</source>
        <translation>Quelques questions pour configurer ce poste. Vous pourrez tout modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Name of this desk</source>
        <translation>&amp;Nom de ce poste</translation>
    </message>
    <message>
        <source>&amp;First spot</source>
        <translation>&amp;Premier lieu</translation>
    </message>
    <message>
        <source>&amp;Helpers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>e.g. EPN Anderlecht, laptop 2</source>
        <translation>p. ex. EPN Anderlecht, portable 2</translation>
    </message>
    <message>
        <source>e.g. Buurtbar Kuregem</source>
        <translation>p. ex. Buurtbar Kuregem</translation>
    </message>
    <message>
        <source>Kind of spot</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>One name per line: the people who help at this desk.</source>
        <translation>Un nom par ligne : les personnes qui aident à ce poste.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>The coordinator of this desk signs in with a passphrase; the desk&apos;s data is then encrypted on this computer.</source>
        <translation>La coordination de ce poste se connecte avec une phrase secrète ; les données du poste sont alors chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give this desk a name, e.g. the place and the computer.</source>
        <translation>Donnez un nom à ce poste, p. ex. le lieu et l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Name the place where you help.</source>
        <translation>Indiquez le nom du lieu où vous aidez.</translation>
    </message>
    <message>
        <source>Type at least one name.</source>
        <translation>Indiquez au moins un nom.</translation>
    </message>
    <message>
        <source>Encrypting the desk&apos;s data…</source>
        <translation>Chiffrement des données…</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <source>Record a group session</source>
        <translation>Encoder une activité de groupe</translation>
    </message>
    <message>
        <source>Correct a group session</source>
        <translation>Modifier une activité de groupe</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>e.g. Burger Café, itsme workshop</source>
        <translation>p. ex. Burger Café, atelier itsme</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Save group session</source>
        <translation>Enregistrer l&apos;activité de groupe</translation>
    </message>
    <message>
        <source>&amp;Question types covered</source>
        <translation>T&amp;ypes de demande abordés</translation>
    </message>
    <message>
        <source>Run &amp;by</source>
        <translation>&amp;Animé par</translation>
    </message>
    <message>
        <source>Helpers who ran it</source>
        <translation>Intervenants qui ont animé l&apos;activité</translation>
    </message>
</context>
<context>
    <name>HelpersBox</name>
    <message>
        <source>Helpers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Helpers of this desk</source>
        <translation>Intervenants de ce poste</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>{name} — {role} (retired)</source>
        <translation>{name} — {role} (retiré de la liste)</translation>
    </message>
    <message>
        <source>Add a helper</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Change the helper</source>
        <translation>Modifier l&apos;intervenant</translation>
    </message>
    <message>
        <source>Retire the helper “{name}”? They are no longer offered for new sessions and visits; past visits keep their name.</source>
        <translation>Retirer « {name} » de la liste des intervenants ? Cette personne ne sera plus proposée pour les nouvelles permanences et visites ; les visites passées gardent son nom.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Save visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Save this visit and start the next one (Ctrl+Enter)</source>
        <translation>Enregistrer cette visite et passer à la suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Choose the spot where you are.</source>
        <translation>Choisissez le lieu où vous êtes.</translation>
    </message>
    <message>
        <source>Visit saved: {0}</source>
        <translation>Visite enregistrée : {0}</translation>
    </message>
    <message>
        <source>Counted: {0}</source>
        <translation>Visite comptée : {0}</translation>
    </message>
    <message>
        <source>Taken back: the visit is no longer counted. It is on the form again if you want to correct it and save it.</source>
        <translation>Annulé : la visite n&apos;est plus comptée. Elle est de nouveau dans le formulaire si vous voulez la corriger et l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock Helpdesk now (Ctrl+L); what you typed stays.</source>
        <translation>Verrouiller Helpdesk maintenant (Ctrl+L) ; ce que vous avez tapé reste.</translation>
    </message>
    <message>
        <source>Quick PIN…</source>
        <translation>Code PIN rapide…</translation>
    </message>
    <message>
        <source>Set a PIN to unlock faster while Helpdesk stays open; it is forgotten when Helpdesk closes.</source>
        <translation>Choisissez un code PIN pour déverrouiller plus vite tant que Helpdesk reste ouvert ; il est oublié à la fermeture de Helpdesk.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Welcome back, {name}. Type your PIN to carry on, or sign in with a passphrase.</source>
        <translation>Bon retour, {name}. Tapez votre code PIN pour continuer, ou connectez-vous avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Helpdesk is locked so that nobody else can read the visits. Type your name, then your passphrase.</source>
        <translation>Helpdesk est verrouillé pour que personne d&apos;autre ne puisse lire les visites. Tapez votre nom, puis votre phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>Code P&amp;IN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;phrase</source>
        <translation>Se connecter avec une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Tapez d&apos;abord votre nom.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong tries, Helpdesk waits a little longer each time: %n second(s) left.</source>
        <translation>
            <numerusform>Après plusieurs essais erronés, Helpdesk attend un peu plus à chaque fois : encore %n seconde.</numerusform>
            <numerusform>Après plusieurs essais erronés, Helpdesk attend un peu plus à chaque fois : encore %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockSettingBox</name>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Verrouiller après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only a coordinator can change this.</source>
        <translation>Seule la coordination peut modifier ceci.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Encoder</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>S&amp;essions</source>
        <translation>&amp;Permanences</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>Helpdesk — {0}</source>
        <translation>Helpdesk — {0}</translation>
    </message>
    <message>
        <source>Ready. Everything is saved on this computer.</source>
        <translation>Prêt. Tout est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
</context>
<context>
    <name>NameAndChoiceDialog</name>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez indiquer un nom.</translation>
    </message>
</context>
<context>
    <name>NotProtectedBanner</name>
    <message>
        <source>This desk is not protected: anyone at this PC can read the visits.</source>
        <translation>Ce poste n&apos;est pas protégé : toute personne à ce PC peut lire les visites.</translation>
    </message>
    <message>
        <source>&amp;Protect this desk…</source>
        <translation>&amp;Protéger ce poste…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une permanence</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Helpers (Space ticks one)</source>
        <translation>&amp;Intervenants (cochez avec la barre d&apos;espace)</translation>
    </message>
    <message>
        <source>Helpers in this session</source>
        <translation>Intervenants de cette permanence</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir la permanence</translation>
    </message>
    <message>
        <source>Add a spot in Settings first.</source>
        <translation>Ajoutez d&apos;abord un lieu dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>One week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <source>Several weeks</source>
        <translation>Plusieurs semaines</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pério&amp;de</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Week {week} · {first} – {last}</source>
        <translation>Semaine {week} · {first} – {last}</translation>
    </message>
    <message>
        <source>The period ends before it starts; swap the two ends.</source>
        <translation>La période se termine avant de commencer&#xa0;; inversez les deux dates.</translation>
    </message>
    <message>
        <source>A sheet covers at most three years; choose a shorter period.</source>
        <translation>Une fiche couvre au plus trois ans&#xa0;; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Quick PIN</source>
        <translation>Code PIN rapide</translation>
    </message>
    <message>
        <source>{name}, with a PIN you can come back quickly after Helpdesk locks. It works only for you and only until Helpdesk closes; after five wrong tries your passphrase is needed.</source>
        <translation>{name}, avec un code PIN vous revenez vite quand Helpdesk s&apos;est verrouillé. Il ne vaut que pour vous et jusqu&apos;à la fermeture de Helpdesk ; après cinq essais erronés, votre phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>Code &amp;PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Code PIN &amp;encore une fois</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Enregistrer le code PIN</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>Les deux codes PIN ne sont pas identiques ; tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProfileCounts</name>
    <message>
        <source>Participants&apos; pro&amp;file (optional)</source>
        <translation>Pro&amp;fil des participants (facultatif)</translation>
    </message>
    <message>
        <source>Participants&apos; profile (optional)</source>
        <translation>Profil des participants (facultatif)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The counts of one part of the profile add up to more than the participants; lower them or raise the participants.</source>
        <translation>Les nombres d&apos;une partie du profil dépassent ensemble le nombre de participants ; diminuez-les ou augmentez le nombre de participants.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect this desk</source>
        <translation>Protéger ce poste</translation>
    </message>
    <message>
        <source>Protecting the desk encrypts its data on this computer. From then on, Helpdesk starts locked and each person signs in with their own name and passphrase. You become its first coordinator and can add the others in Settings.</source>
        <translation>Protéger le poste chiffre ses données sur cet ordinateur. Ensuite, Helpdesk démarre verrouillé et chaque personne se connecte avec son propre nom et sa phrase secrète. Vous en devenez la première coordination et pouvez ajouter les autres dans Paramètres.</translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation>P&amp;rotéger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Encrypting the desk&apos;s data… Keep Helpdesk open; on a large desk this takes a minute.</source>
        <translation>Chiffrement des données du poste… Laissez Helpdesk ouvert ; pour un grand poste, cela prend une minute.</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>What was it &amp;about?</source>
        <translation>&amp;De quoi s&apos;agissait-il ?</translation>
    </message>
    <message>
        <source>Type to find a question type, Enter to pick it</source>
        <translation>Tapez pour chercher un type de demande, Entrée pour le choisir</translation>
    </message>
    <message>
        <source>Find a question type</source>
        <translation>Chercher un type de demande</translation>
    </message>
    <message>
        <source>Enter picks the only match; the Down arrow moves into the question types.</source>
        <translation>Entrée choisit le seul type trouvé ; la flèche vers le bas descend dans la liste des types de demande.</translation>
    </message>
    <message>
        <source>Question types</source>
        <translation>Types de demande</translation>
    </message>
    <message>
        <source>No longer offered for new visits</source>
        <translation>N&apos;est plus proposé pour les nouvelles visites</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): keep typing or click one</source>
        <translation>
            <numerusform>%n type correspond : continuez à taper ou cliquez dessus</numerusform>
            <numerusform>%n types correspondent : continuez à taper ou cliquez sur l&apos;un d&apos;eux</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches; try another word</source>
        <translation>Aucun type ne correspond ; essayez un autre mot</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Print this code or write it down, and keep it locked away in the office. If a passphrase is forgotten, this code sets a new one. Helpdesk shows it only this once.</source>
        <translation>Imprimez ce code ou recopiez-le, et gardez-le sous clé au bureau. Si une phrase secrète est oubliée, ce code permet d&apos;en choisir une nouvelle. Helpdesk ne l&apos;affiche qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery code</source>
        <translation>J&apos;ai &amp;conservé le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Copié. Collez-le en lieu sûr, puis videz le presse-papiers.</translation>
    </message>
    <message>
        <source>Helpdesk recovery code</source>
        <translation>Code de récupération Helpdesk</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>PDF, to print or mail</source>
        <translation>PDF, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), to work on</source>
        <translation>Classeur Excel (XLSX), à retravailler</translation>
    </message>
    <message>
        <source>CSV (comma, UTF-8), for other tools</source>
        <translation>CSV (virgule, UTF-8), pour d&apos;autres outils</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (semicolon)</source>
        <translation>CSV pour Excel en Belgique (point-virgule)</translation>
    </message>
    <message>
        <source>CSV of the group sessions, one line each</source>
        <translation>CSV des activités de groupe, une ligne par activité</translation>
    </message>
    <message>
        <source>&amp;Spots</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>Sheet &amp;language</source>
        <translation>La&amp;ngue de la fiche</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>All or &amp;none</source>
        <translation>&amp;Tous ou aucun</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Sheet pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Spots on the sheet</source>
        <translation>Lieux repris dans la fiche</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>The whole sheet</source>
        <translation>La fiche complète</translation>
    </message>
    <message>
        <source>This view is written in its funder&apos;s language.</source>
        <translation>Cette vue est rédigée dans la langue du financeur.</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (plus utilisé)</translation>
    </message>
    <message>
        <source>Choose at least one spot.</source>
        <translation>Choisissez au moins un lieu.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Sheet (*{suffix})</source>
        <translation>Fiche (*{suffix})</translation>
    </message>
    <message>
        <source>Making the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n group session(s)).</source>
        <translation>
            <numerusform>Enregistrée&#xa0;: {path} (%n activité de groupe).</numerusform>
            <numerusform>Enregistrée&#xa0;: {path} (%n activités de groupe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n visit(s)).</source>
        <translation>
            <numerusform>Enregistrée&#xa0;: {path} (%n visite).</numerusform>
            <numerusform>Enregistrée&#xa0;: {path} (%n visites).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A note may hold part of a visitor&apos;s story: it is erased automatically once the visit is older than this. The visit itself is kept.</source>
        <translation>Une note peut contenir une partie de l’histoire d’un visiteur : elle est effacée automatiquement dès que la visite est plus ancienne que ceci. La visite elle-même est conservée.</translation>
    </message>
    <message>
        <source>&amp;Keep notes for</source>
        <translation>&amp;Conserver les notes pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days a note is kept</source>
        <translation>Jours de conservation d’une note</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Erase old notes now…</source>
        <translation>Effacer les &amp;anciennes notes maintenant…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: notes are kept for %n day(s).</source>
        <translation>
            <numerusform>Enregistré : les notes sont conservées %n jour.</numerusform>
            <numerusform>Enregistré : les notes sont conservées %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No note is older than %n day(s): nothing to erase.</source>
        <translation>
            <numerusform>Aucune note n’a plus de %n jour : rien à effacer.</numerusform>
            <numerusform>Aucune note n’a plus de %n jours : rien à effacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of visits older than {days} days will be erased. A backup is made first; the visits themselves stay. This cannot be undone here.</source>
        <translation>
            <numerusform>%n note de visites de plus de {days} jours va être effacée. Une sauvegarde est faite d’abord ; les visites elles-mêmes restent. Cela ne peut pas être annulé ici.</numerusform>
            <numerusform>%n notes de visites de plus de {days} jours vont être effacées. Une sauvegarde est faite d’abord ; les visites elles-mêmes restent. Cela ne peut pas être annulé ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) erased.</source>
        <translation>
            <numerusform>%n note effacée.</numerusform>
            <numerusform>%n notes effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLimits</name>
    <message>
        <source>Only a coordinator can change this.</source>
        <translation>Seule la coordination peut modifier ceci.</translation>
    </message>
    <message>
        <source>Volunteers see today&apos;s visits; staff can look further back.</source>
        <translation>Les bénévoles voient les visites du jour ; le personnel peut remonter plus loin.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Who is helping</source>
        <translation>&amp;Qui aide</translation>
    </message>
    <message>
        <source>Choose the spot</source>
        <translation>Choisissez le lieu</translation>
    </message>
    <message>
        <source>Choose a name</source>
        <translation>Choisissez un nom</translation>
    </message>
    <message>
        <source>No session open. Visits are saved anyway; open one to count this permanence.</source>
        <translation>Aucune permanence ouverte. Les visites sont quand même enregistrées ; ouvrez-en une pour que cette permanence soit comptée.</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la permanence</translation>
    </message>
    <message numerus="yes">
        <source>Session at {0}, open since {1}: %n visit(s)</source>
        <translation>
            <numerusform>{0} : ouverte depuis {1}, %n visite</numerusform>
            <numerusform>{0} : ouverte depuis {1}, %n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Fermer la permanence…</translation>
    </message>
    <message>
        <source>Choose the spot first.</source>
        <translation>Choisissez d&apos;abord le lieu.</translation>
    </message>
</context>
<context>
    <name>SessionSummaryView</name>
    <message>
        <source>Question type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Visits by question type</source>
        <translation>Visites par type de demande</translation>
    </message>
    <message>
        <source>Visits by outcome</source>
        <translation>Visites par résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) turned away</source>
        <translation>
            <numerusform>%n personne non reçue</numerusform>
            <numerusform>%n personnes non reçues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>Current session</source>
        <translation>Permanence en cours</translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation>Permanences &amp;récentes</translation>
    </message>
    <message>
        <source>Recent group sessions, newest first</source>
        <translation>Activités de groupe récentes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Recent group sessio&amp;ns</source>
        <translation>&amp;Activités de groupe récentes</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Record a &amp;group session…</source>
        <translation>Encoder une activité de &amp;groupe…</translation>
    </message>
    <message>
        <source>A workshop, info session or training: its participants are counted apart from the visits</source>
        <translation>Un atelier, une séance d&apos;information ou une formation : les participants sont comptés à part des visites</translation>
    </message>
    <message>
        <source>Recent sessions, newest first</source>
        <translation>Permanences récentes, les plus récentes d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>{day}, {spot}: {title}, %n participant(s)</source>
        <translation>
            <numerusform>{day}, {spot} : {title}, %n participant</numerusform>
            <numerusform>{day}, {spot} : {title}, %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a group session</source>
        <translation>Supprimer une activité de groupe</translation>
    </message>
    <message>
        <source>Delete “{title}” ({participants} participants)? It is removed from the sheets, here and on the hub.</source>
        <translation>Supprimer « {title} » ({participants} participants) ? L&apos;activité disparaît des rapports, ici et sur le hub.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Group session deleted: {title}.</source>
        <translation>Activité de groupe supprimée : {title}.</translation>
    </message>
    <message>
        <source>Choose a session to see what it handled.</source>
        <translation>Choisissez une permanence pour voir ce qui y a été fait.</translation>
    </message>
    <message>
        <source>{spot}, {day}</source>
        <translation>{spot}, {day}</translation>
    </message>
    <message>
        <source>No session is open. Open one when the desk opens, so visits count for the right spot and helpers.</source>
        <translation>Aucune permanence n&apos;est ouverte. Ouvrez-en une dès l&apos;ouverture, pour que les visites comptent pour le bon lieu et les bons intervenants.</translation>
    </message>
    <message>
        <source>&amp;Open a session…</source>
        <translation>&amp;Ouvrir une permanence…</translation>
    </message>
    <message>
        <source>{spot}, {day}, open since {time}</source>
        <translation>{spot}, {day}, ouverte depuis {time}</translation>
    </message>
    <message>
        <source>Helpers: {names}</source>
        <translation>Intervenants : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) so far</source>
        <translation>
            <numerusform>%n visite jusqu&apos;ici</numerusform>
            <numerusform>%n visites jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Fermer la permanence…</translation>
    </message>
    <message numerus="yes">
        <source>Group session saved: {title}, %n participant(s).</source>
        <translation>
            <numerusform>Activité de groupe enregistrée : {title}, %n participant.</numerusform>
            <numerusform>Activité de groupe enregistrée : {title}, %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Spot</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Non reçues</translation>
    </message>
    <message>
        <source>open since {start}</source>
        <translation>ouverte depuis {start}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Helpdesk default</source>
        <translation>liste par défaut de Helpdesk</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nom du poste</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Enre&amp;gistrer le nom</translation>
    </message>
    <message>
        <source>Ask where visitors live (post&amp;code)</source>
        <translation>Demander où habitent les visiteurs (&amp;code postal)</translation>
    </message>
    <message>
        <source>When off, the visit form no longer shows the postcode; visits keep the ones they have</source>
        <translation>Désactivé, le formulaire de visite n&apos;affiche plus le code postal ; les visites gardent celui qu&apos;elles ont déjà</translation>
    </message>
    <message>
        <source>Question types, outcomes and other lists</source>
        <translation>Types de demande, résultats et autres listes</translation>
    </message>
    <message>
        <source>&amp;Import lists…</source>
        <translation>&amp;Importer des listes…</translation>
    </message>
    <message>
        <source>Replace the lists with your network&apos;s file; codes the file leaves out are kept, retired</source>
        <translation>Remplace les listes par le fichier de votre réseau ; les codes absents du fichier sont gardés, mais retirés</translation>
    </message>
    <message>
        <source>&amp;Export lists…</source>
        <translation>E&amp;xporter les listes…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Visits are kept on this computer, in this folder:</source>
        <translation>Les visites sont conservées sur cet ordinateur, dans ce dossier :</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>In use: “{name}”.</source>
        <translation>Listes en usage : « {name} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n question type(s) to choose from.</source>
        <translation>
            <numerusform>%n type de demande au choix.</numerusform>
            <numerusform>%n types de demande au choix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) to choose from.</source>
        <translation>
            <numerusform>%n résultat au choix.</numerusform>
            <numerusform>%n résultats au choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import lists</source>
        <translation>Importer des listes</translation>
    </message>
    <message>
        <source>Helpdesk lists (*.toml);;All files (*)</source>
        <translation>Listes Helpdesk (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>« {name} » importé depuis {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s).</source>
        <translation>
            <numerusform>%n nouvel élément.</numerusform>
            <numerusform>%n nouveaux éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out of the file were kept as retired, so older visits stay readable.</source>
        <translation>
            <numerusform>%n élément absent du fichier a été gardé comme retiré, pour que les anciennes visites restent lisibles.</numerusform>
            <numerusform>%n éléments absents du fichier ont été gardés comme retirés, pour que les anciennes visites restent lisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>Exporter les listes</translation>
    </message>
    <message>
        <source>Helpdesk lists (*.toml)</source>
        <translation>Listes Helpdesk (*.toml)</translation>
    </message>
    <message>
        <source>The lists were saved in {path}.</source>
        <translation>Les listes ont été enregistrées dans {path}.</translation>
    </message>
</context>
<context>
    <name>SpotsBox</name>
    <message>
        <source>Spots</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Spots of this desk</source>
        <translation>Lieux de ce poste</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>{name} — {kind} (retired)</source>
        <translation>{name} — {kind} (retiré)</translation>
    </message>
    <message>
        <source>Add a spot</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Change the spot</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Retire the spot “{name}”? It is no longer offered for new sessions; its past visits keep counting.</source>
        <translation>Retirer le lieu « {name} » ? Il ne sera plus proposé pour les nouvelles permanences ; ses visites passées restent comptées.</translation>
    </message>
</context>
<context>
    <name>StatusNotes</name>
    <message>
        <source>Portable: the data stays in {0}. Quit the app before removing the stick.</source>
        <translation>Portable : les données restent dans {0}. Quittez l’application avant de retirer la clé USB.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Détai&amp;ls…</translation>
    </message>
    <message>
        <source>Read the whole sync status and the last problem</source>
        <translation>Lire tout l&apos;état de l&apos;envoi et le dernier problème</translation>
    </message>
    <message>
        <source>Send the records waiting to the hub or folder now</source>
        <translation>Envoyer maintenant les enregistrements en attente au hub ou au dossier</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Not sent anywhere: no sync target is set up.</source>
        <translation>Rien n&apos;est envoyé : aucune destination de synchronisation n&apos;est configurée.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n visite ou permanence à envoyer</numerusform>
            <numerusform>%n visites ou permanences à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>last sync {when} to {target}</source>
        <translation>dernière synchronisation {when} vers {target}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncTargetsBox</name>
    <message>
        <source>Sending to the centre</source>
        <translation>Envoi vers la centrale</translation>
    </message>
    <message>
        <source>Visits are sent to a hub or written to a folder automatically every few minutes. Free-text notes stay on this desk unless a target includes them.</source>
        <translation>Les visites sont envoyées automatiquement au serveur central (hub) ou écrites dans un dossier toutes les quelques minutes. Les notes libres restent sur ce poste, sauf si une destination les inclut.</translation>
    </message>
    <message>
        <source>Sync targets</source>
        <translation>Destinations de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Stop sending to “{name}”? The visits stay on this desk.</source>
        <translation>Arrêter l&apos;envoi vers « {name} » ? Les visites restent sur ce poste.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“{name}” works.</source>
        <translation>« {name} » fonctionne.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n visite ou permanence à envoyer</numerusform>
            <numerusform>%n visites ou permanences à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <source>Count in one click:</source>
        <translation>Compter en un clic :</translation>
    </message>
    <message>
        <source>Counts one visit about “{0}” at once</source>
        <translation>Compte tout de suite une visite « {0} »</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Wi-Fi / internet</source>
        <translation>Wi-Fi / internet</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit sync target</source>
        <translation>Modifier la destination de synchronisation</translation>
    </message>
    <message>
        <source>Add a sync target</source>
        <translation>Ajouter une destination de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer vers</translation>
    </message>
    <message>
        <source>A &amp;hub (an internet address)</source>
        <translation>Un &amp;serveur central (hub : une adresse internet)</translation>
    </message>
    <message>
        <source>A f&amp;older: USB stick, shared or cloud folder</source>
        <translation>Un &amp;dossier : clé USB, dossier partagé ou dans le cloud</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Saved — type a new token to replace it</source>
        <translation>Enregistré — tapez un nouveau jeton pour le remplacer</translation>
    </message>
    <message>
        <source>The token your coordinator gave you</source>
        <translation>Le jeton que votre coordinateur vous a remis</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Records per &amp;batch</source>
        <translation>Enregistrements par &amp;lot</translation>
    </message>
    <message>
        <source>Also send the free-text &amp;notes</source>
        <translation>Envoyer aussi les &amp;notes libres</translation>
    </message>
    <message>
        <source>Notes may hold personal details. Send them only if your coordinator decided so.</source>
        <translation>Les notes peuvent contenir des données personnelles. Ne les envoyez que si votre coordinateur l&apos;a décidé.</translation>
    </message>
    <message>
        <source>Send as CS&amp;V (for receivers that only take CSV)</source>
        <translation>Envoyer en CS&amp;V (pour les destinataires qui n&apos;acceptent que le CSV)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Essai en cours…</translation>
    </message>
    <message>
        <source>It works: the hub knows this desk&apos;s token.</source>
        <translation>Cela fonctionne : le hub reconnaît le jeton de ce poste.</translation>
    </message>
    <message>
        <source>It works: the folder can be written to.</source>
        <translation>Cela fonctionne : le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisissez le dossier</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Takes back what was just saved</source>
        <translation>Annule ce qui vient d&apos;être enregistré</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <source>Visitor &amp;code</source>
        <translation>Code &amp;visiteur</translation>
    </message>
    <message>
        <source>Visitor code</source>
        <translation>Code visiteur</translation>
    </message>
    <message>
        <source>The visitor&apos;s card number or own word, to count people rather than visits. Only a keyed hash of it is kept.</source>
        <translation>Le numéro de carte du visiteur ou son propre mot, pour compter des personnes plutôt que des visites. Seule une empreinte à clé en est conservée.</translation>
    </message>
    <message>
        <source>Lives in (&amp;postcode)</source>
        <translation>Habite à (code &amp;postal)</translation>
    </message>
    <message>
        <source>Postcode where the visitor lives</source>
        <translation>Code postal du lieu où habite le visiteur</translation>
    </message>
    <message>
        <source>e.g. 1080</source>
        <translation>p. ex. 1080</translation>
    </message>
    <message>
        <source>Outside &amp;Belgium</source>
        <translation>&amp;Hors de Belgique</translation>
    </message>
    <message>
        <source>De&amp;vice used</source>
        <translation>&amp;Appareil utilisé</translation>
    </message>
    <message>
        <source>How &amp;long?</source>
        <translation>Com&amp;bien de temps ?</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>How was the help given?</source>
        <translation>Comment l&apos;aide a-t-elle été apportée ?</translation>
    </message>
    <message>
        <source>About the visitor (anonymous)</source>
        <translation>À propos de la personne (anonyme)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>other…</source>
        <translation>autre…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation>&amp;Suivi nécessaire</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>d&apos;i&amp;ci le</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>How the help was given</source>
        <translation>Comment l&apos;aide a été apportée</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>Gen&amp;re</translation>
    </message>
    <message>
        <source>Lang&amp;uage of help</source>
        <translation>Lang&amp;ue de l&apos;aide</translation>
    </message>
    <message>
        <source>F&amp;irst visit</source>
        <translation>Prem&amp;ière visite</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No names, phone numbers or sensitive data (health, religion, ID numbers) in the note.</source>
        <translation>Pas de noms, de numéros de téléphone ni de données sensibles (santé, religion, numéros d&apos;identité) dans la note.</translation>
    </message>
    <message numerus="yes">
        <source>This note will be erased at the next clean-up: the visit is older than the %n day(s) notes are kept.</source>
        <translation>
            <numerusform>Cette note sera effacée au prochain nettoyage : la visite a plus de %n jour, la durée de conservation des notes.</numerusform>
            <numerusform>Cette note sera effacée au prochain nettoyage : la visite a plus de %n jours, la durée de conservation des notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note will be erased on {day}.</source>
        <translation>Cette note sera effacée le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Notes are erased after %n day(s).</source>
        <translation>
            <numerusform>Les notes sont effacées après %n jour.</numerusform>
            <numerusform>Les notes sont effacées après %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes, first visit</source>
        <translation>Oui, première visite</translation>
    </message>
    <message>
        <source>No, came before</source>
        <translation>Non, pas la première</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>The code comes off this visit when you save. “Keep the code” puts it back.</source>
        <translation>Le code sera retiré de cette visite à l&apos;enregistrement. « Garder le code » le remet.</translation>
    </message>
    <message>
        <source>Keep the code</source>
        <translation>Garder le code</translation>
    </message>
    <message>
        <source>Keep the visitor code</source>
        <translation>Garder le code visiteur</translation>
    </message>
    <message>
        <source>a code is recorded; type it to change it</source>
        <translation>un code est enregistré ; tapez-en un pour le changer</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Retirer le code</translation>
    </message>
    <message>
        <source>Remove the visitor code from this visit</source>
        <translation>Retirer le code visiteur de cette visite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>VisitEditorDialog</name>
    <message>
        <source>Loading the visit…</source>
        <translation>Chargement de la visite…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Helper</source>
        <translation>Int&amp;ervenant</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Date et heure de la visite</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>&amp;History of this visit</source>
        <translation>&amp;Historique de cette visite</translation>
    </message>
    <message>
        <source>History of this visit</source>
        <translation>Historique de cette visite</translation>
    </message>
    <message>
        <source>The time of this visit could not be read; enter its date and time, then save.</source>
        <translation>L&apos;heure de cette visite n&apos;a pas pu être lue ; indiquez sa date et son heure, puis enregistrez.</translation>
    </message>
    <message>
        <source>{when}  {what}</source>
        <translation>{when}  {what}</translation>
    </message>
</context>
<context>
    <name>VisitFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine passée</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois passé</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Only the visits of today</source>
        <translation>Seulement les visites d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Visits from Monday to Sunday of this week</source>
        <translation>Les visites de cette semaine, du lundi au dimanche</translation>
    </message>
    <message>
        <source>Visits from Monday to Sunday of last week</source>
        <translation>Visites du lundi au dimanche de la semaine passée</translation>
    </message>
    <message>
        <source>Visits of this calendar month</source>
        <translation>Visites de ce mois-ci</translation>
    </message>
    <message>
        <source>Visits of last calendar month</source>
        <translation>Visites du mois passé</translation>
    </message>
    <message>
        <source>Every visit, newest first</source>
        <translation>Toutes les visites, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Choisir le jour dans un calendrier</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Question type</source>
        <translation>&amp;Type de demande</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Only the visits that still need a follow-up</source>
        <translation>Seulement les visites qui demandent encore un suivi</translation>
    </message>
    <message>
        <source>All spots</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>All question types</source>
        <translation>Tous les types de demande</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>{label} (retired)</source>
        <translation>{label} (retiré)</translation>
    </message>
    <message>
        <source>“{0}” is not a day; type it as 23/11/2026 (or 23/11/26), or leave it empty.</source>
        <translation>« {0} » n&apos;est pas une date ; tapez-la comme 23/11/2026 (ou 23/11/26), ou laissez la case vide.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Le premier jour tombe après le dernier.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>&amp;Who did the steps?</source>
        <translation>&amp;Qui a fait les démarches ?</translation>
    </message>
    <message>
        <source>Who did the steps</source>
        <translation>Qui a fait les démarches</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Quel a été le résultat ?</translation>
    </message>
    <message>
        <source>How did it end? (this saves the visit)</source>
        <translation>Comment cela s&apos;est-il terminé ? (ce choix enregistre la visite)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Orientation…</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Encoder une orientation</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Plus de détails</translation>
    </message>
    <message>
        <source>Visitor code, duration, follow-up, channel, anonymous profile and a note</source>
        <translation>Code visiteur, durée, suivi, canal, profil anonyme et une note</translation>
    </message>
</context>
<context>
    <name>VisitTime</name>
    <message>
        <source>When: earlier</source>
        <translation>Quand : plus tôt</translation>
    </message>
    <message>
        <source>When: now</source>
        <translation>Quand : maintenant</translation>
    </message>
    <message>
        <source>Record a visit that took place earlier</source>
        <translation>Encoder une visite qui a eu lieu plus tôt</translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation>Moment de la visite</translation>
    </message>
    <message>
        <source>Hour of the visit</source>
        <translation>Heure de la visite</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Jour de la visite</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <source>Visits, newest first</source>
        <translation>Visites, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the visit to change it (Enter)</source>
        <translation>Ouvrir la visite pour la modifier (Entrée)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;iquer</translation>
    </message>
    <message>
        <source>Save a copy of the visit with the time of now (Ctrl+D)</source>
        <translation>Enregistrer une copie de la visite à l&apos;heure actuelle (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the visit (Del); it can be undone</source>
        <translation>Supprimer la visite (Suppr) ; vous pourrez l&apos;annuler</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation>Chargement des visites…</translation>
    </message>
    <message>
        <source>No visits match these filters.</source>
        <translation>Aucune visite ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n visite affichée ; faites défiler vers le bas pour les plus anciennes</numerusform>
            <numerusform>%n visites affichées ; faites défiler vers le bas pour les plus anciennes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a time that cannot be read: open it to correct the time)</source>
        <translation>
            <numerusform>(%n avec une heure illisible : ouvrez-la pour corriger l&apos;heure)</numerusform>
            <numerusform>(%n avec une heure illisible : ouvrez-les pour corriger l&apos;heure)</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was changed.</source>
        <translation>La visite a été modifiée.</translation>
    </message>
    <message>
        <source>The visit is as it was before.</source>
        <translation>La visite est revenue à son état précédent.</translation>
    </message>
    <message>
        <source>Delete this visit? It will no longer count in reports.</source>
        <translation>Supprimer cette visite ? Elle ne sera plus comptée dans les rapports.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The follow-up is marked done.</source>
        <translation>Le suivi est marqué comme fait.</translation>
    </message>
    <message>
        <source>The visit was deleted.</source>
        <translation>La visite a été supprimée.</translation>
    </message>
    <message>
        <source>The follow-up is open again.</source>
        <translation>Le suivi est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>The visit is back.</source>
        <translation>La visite est rétablie.</translation>
    </message>
    <message>
        <source>A copy of the visit was saved with the time of now.</source>
        <translation>Une copie de la visite a été enregistrée à l&apos;heure actuelle.</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>This visit still needs a follow-up: tick the box once it is done</source>
        <translation>Cette visite demande encore un suivi : cochez la case une fois qu&apos;il est fait</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Time unreadable</source>
        <translation>Heure illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Every sync target has this version of the visit</source>
        <translation>Chaque destination de synchronisation a reçu cette version de la visite</translation>
    </message>
    <message>
        <source>This version of the visit has not reached every sync target yet</source>
        <translation>Cette version de la visite n&apos;est pas encore arrivée à chaque destination</translation>
    </message>
    <message>
        <source>No sync target is set up: this visit stays on this desk</source>
        <translation>Aucune destination de synchronisation n&apos;est configurée : cette visite reste sur ce poste</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Type a name.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <source>This name is longer than 80 characters; shorten it.</source>
        <translation>Ce nom dépasse 80 caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>This name holds an invisible control character (often pasted along with text); type it again.</source>
        <translation>Ce nom contient un caractère de contrôle invisible (souvent collé avec du texte) ; retapez-le.</translation>
    </message>
    <message>
        <source>Choose Dutch, French or English.</source>
        <translation>Choisissez le néerlandais, le français ou l&apos;anglais.</translation>
    </message>
    <message>
        <source>Choose what kind of spot this is.</source>
        <translation>Choisissez le type de lieu.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Une phrase secrète doit compter au moins {count} caractères ; choisissez-en une plus longue.</translation>
    </message>
    <message>
        <source>Choose volunteer, staff or coordinator.</source>
        <translation>Choisissez bénévole, membre du personnel ou coordination.</translation>
    </message>
    <message>
        <source>The key file keys.json next to the data is missing or damaged; restore it from a backup.</source>
        <translation>Le fichier de clés keys.json à côté des données est absent ou endommagé ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This name and passphrase do not open the desk; check them and try again.</source>
        <translation>Ce nom et cette phrase secrète n&apos;ouvrent pas le poste ; vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>This recovery code does not open the desk; check it and try again.</source>
        <translation>Ce code de récupération n&apos;ouvre pas le poste ; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This account was removed; ask a coordinator.</source>
        <translation>Ce compte a été supprimé ; adressez-vous à un coordinateur.</translation>
    </message>
    <message>
        <source>Give a name of 1 to 80 characters.</source>
        <translation>Indiquez un nom de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>{name} already has an account; choose another name.</source>
        <translation>{name} a déjà un compte ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no account called {name}.</source>
        <translation>Il n&apos;y a pas de compte au nom de {name}.</translation>
    </message>
    <message>
        <source>{name} is the last coordinator; add another coordinator first.</source>
        <translation>{name} est le dernier coordinateur ; ajoutez d&apos;abord un autre coordinateur.</translation>
    </message>
    <message>
        <source>This desk has no accounts yet; add a coordinator first.</source>
        <translation>Ce poste n&apos;a pas encore de comptes ; ajoutez d&apos;abord un coordinateur.</translation>
    </message>
    <message>
        <source>Type at least one name.</source>
        <translation>Indiquez au moins un nom.</translation>
    </message>
    <message>
        <source>This desk is already set up; change it in Settings.</source>
        <translation>Ce poste est déjà configuré ; modifiez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>This desk is not set up yet; finish the first steps first.</source>
        <translation>Ce poste n&apos;est pas encore configuré ; terminez d&apos;abord les premières étapes.</translation>
    </message>
    <message>
        <source>This spot no longer exists.</source>
        <translation>Ce lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This helper no longer exists.</source>
        <translation>Cet intervenant n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Cette visite n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Give the group session a title of at most 120 characters.</source>
        <translation>Donnez à l&apos;activité de groupe un titre de 120 caractères au plus.</translation>
    </message>
    <message>
        <source>The number of participants must be between 1 and 500.</source>
        <translation>Le nombre de participants doit être compris entre 1 et 500.</translation>
    </message>
    <message>
        <source>Choose the level: beginner, intermediate or advanced.</source>
        <translation>Choisissez le niveau : débutant, intermédiaire ou avancé.</translation>
    </message>
    <message>
        <source>The group session cannot start in the future; check its date and time.</source>
        <translation>L&apos;activité de groupe ne peut pas commencer dans le futur ; vérifiez sa date et son heure.</translation>
    </message>
    <message>
        <source>Each count of the participants&apos; profile must be a whole number of 0 or more.</source>
        <translation>Chaque nombre du profil des participants doit être un nombre entier de 0 ou plus.</translation>
    </message>
    <message>
        <source>The counts of one part of the profile add up to more than the participants; lower them or raise the participants.</source>
        <translation>Les nombres d&apos;une partie du profil dépassent ensemble le nombre de participants ; diminuez-les ou augmentez le nombre de participants.</translation>
    </message>
    <message>
        <source>One of the question types is not in use any more; choose another.</source>
        <translation>L&apos;un des types de demande n&apos;est plus utilisé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>One of the profile choices is not in use any more; clear its count.</source>
        <translation>L&apos;un des choix du profil n&apos;est plus utilisé ; videz son nombre.</translation>
    </message>
    <message>
        <source>Choose fewer question types for this group session.</source>
        <translation>Choisissez moins de types de demande pour cette activité de groupe.</translation>
    </message>
    <message>
        <source>One of the helpers no longer works here; choose the helpers again.</source>
        <translation>L&apos;un des intervenants ne travaille plus ici ; choisissez à nouveau les intervenants.</translation>
    </message>
    <message>
        <source>This spot is not in use any more; choose another one.</source>
        <translation>Ce lieu n&apos;est plus utilisé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This group session no longer exists.</source>
        <translation>Cette activité de groupe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This helper is not in use any more; choose another one.</source>
        <translation>Cet intervenant ne fait plus partie de la liste ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This session has been closed; open a new one or save the visit without a session.</source>
        <translation>Cette permanence a été fermée ; ouvrez-en une nouvelle ou enregistrez la visite sans permanence.</translation>
    </message>
    <message>
        <source>The visit&apos;s spot is not the spot of its session; choose the session&apos;s spot.</source>
        <translation>Le lieu de la visite n&apos;est pas celui de sa permanence ; choisissez le lieu de la permanence.</translation>
    </message>
    <message>
        <source>This quick count is not known; record the visit with the form.</source>
        <translation>Ce comptage rapide n&apos;existe pas ; encodez la visite avec le formulaire.</translation>
    </message>
    <message>
        <source>This visit was deleted in the meantime; undo the delete to change it.</source>
        <translation>Cette visite a été supprimée entre-temps ; annulez la suppression pour la modifier.</translation>
    </message>
    <message>
        <source>This visit was changed in the meantime; open it again and redo your change.</source>
        <translation>Cette visite a été modifiée entre-temps ; rouvrez-la et refaites votre modification.</translation>
    </message>
    <message>
        <source>This desk is protected; sign in with your name and passphrase.</source>
        <translation>Ce poste est protégé ; connectez-vous avec votre nom et votre phrase secrète.</translation>
    </message>
    <message>
        <source>This desk is already protected; a coordinator adds accounts.</source>
        <translation>Ce poste est déjà protégé ; c&apos;est un coordinateur qui ajoute les comptes.</translation>
    </message>
    <message>
        <source>The time of this visit could not be read; enter its date and time.</source>
        <translation>L&apos;heure de cette visite n&apos;a pas pu être lue ; indiquez sa date et son heure.</translation>
    </message>
    <message>
        <source>This visit was deleted.</source>
        <translation>Cette visite a été supprimée.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened for writing: {reason}.</source>
        <translation>Le fichier de données {path} ne peut pas être ouvert en écriture : {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is on a network share, where the data file could be damaged; choose a folder on this computer or a USB stick.</source>
        <translation>Le dossier de données {path} se trouve sur un partage réseau, où le fichier de données pourrait être endommagé ; choisissez un dossier sur cet ordinateur ou sur une clé USB.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Le dossier de données {path} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données {path} ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette permanence n&apos;existe plus.</translation>
    </message>
    <message>
        <source>One of the helpers no longer exists; choose the helpers again.</source>
        <translation>Un des intervenants n&apos;existe plus ; choisissez à nouveau les intervenants.</translation>
    </message>
    <message>
        <source>A session is already open at {spot}; close it before opening another.</source>
        <translation>Une permanence est déjà ouverte pour le lieu « {spot} » ; fermez-la avant d&apos;en ouvrir une autre.</translation>
    </message>
    <message>
        <source>The number of people turned away must be between 0 and 1000.</source>
        <translation>Le nombre de personnes non reçues doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock says it is earlier than when this session opened; set the right date and time, then close it.</source>
        <translation>Selon l&apos;horloge de l&apos;ordinateur, il est plus tôt que l&apos;ouverture de cette permanence ; réglez la date et l&apos;heure correctes, puis clôturez-la.</translation>
    </message>
    <message>
        <source>The data file {path} is not a Helpdesk data file; choose another data folder.</source>
        <translation>Le fichier {path} n&apos;est pas un fichier de données Helpdesk ; choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({reason}); check that its disk is connected and try again.</source>
        <translation>Le fichier de données {path} ne peut pas être lu ({reason}) ; vérifiez que son disque est connecté et réessayez.</translation>
    </message>
    <message>
        <source>This data was made by a newer version of Helpdesk; install that version (or newer) to open it.</source>
        <translation>Ces données viennent d&apos;une version plus récente de Helpdesk&#xa0;; installez cette version (ou une plus récente) pour les ouvrir.</translation>
    </message>
    <message>
        <source>Updating the data file left broken links; restore the backup next to it and tell your coordinator.</source>
        <translation>La mise à jour du fichier de données a laissé des liens cassés ; restaurez la sauvegarde qui se trouve à côté et prévenez la coordination.</translation>
    </message>
    <message>
        <source>The value of {name} cannot be saved; correct it and try again.</source>
        <translation>La valeur de {name} ne peut pas être enregistrée ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>Choose at least one question type for this visit.</source>
        <translation>Choisissez au moins un type de demande pour cette visite.</translation>
    </message>
    <message>
        <source>The question type {code} is not in use any more; choose another.</source>
        <translation>Le type de demande {code} n&apos;est plus utilisé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose how the visit ended (the outcome).</source>
        <translation>Indiquez comment la visite s&apos;est terminée (le résultat).</translation>
    </message>
    <message>
        <source>The outcome {code} is not in use any more; choose another.</source>
        <translation>Le résultat {code} n&apos;est plus utilisé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The choice {code} is not in use any more; choose another.</source>
        <translation>Le choix {code} n&apos;est plus proposé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 600 minutes.</source>
        <translation>La durée doit être comprise entre 1 et 600 minutes.</translation>
    </message>
    <message>
        <source>A follow-up date needs “follow-up needed” ticked; tick it or clear the date.</source>
        <translation>Une date de suivi n&apos;est possible que si « Suivi nécessaire » est coché ; cochez-le ou effacez la date.</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters; shorten it.</source>
        <translation>La note dépasse 500 caractères ; raccourcissez-la.</translation>
    </message>
    <message>
        <source>The note holds an invisible control character (often pasted along with text); type the note again.</source>
        <translation>La note contient un caractère de contrôle invisible (souvent collé avec du texte) ; retapez la note.</translation>
    </message>
    <message>
        <source>Give a Belgian postcode of four digits, or tick “outside Belgium”.</source>
        <translation>Indiquez un code postal belge de quatre chiffres, ou cochez « Hors de Belgique ».</translation>
    </message>
    <message>
        <source>The visitor code cannot be saved; type it again.</source>
        <translation>Le code visiteur ne peut pas être enregistré ; tapez-le à nouveau.</translation>
    </message>
    <message>
        <source>The time of the visit has no time zone; enter it again.</source>
        <translation>L&apos;heure de la visite n&apos;a pas de fuseau horaire&#xa0;; encodez-la à nouveau.</translation>
    </message>
    <message>
        <source>The visit cannot start in the future; check its date and time.</source>
        <translation>La visite ne peut pas commencer dans le futur ; vérifiez sa date et son heure.</translation>
    </message>
    <message>
        <source>The item {code} is not in this list.</source>
        <translation>L&apos;élément {code} ne fait pas partie de cette liste.</translation>
    </message>
    <message>
        <source>This is the last item in use in its list; add another before retiring it.</source>
        <translation>C&apos;est le dernier élément utilisé de sa liste ; ajoutez-en un autre avant de le retirer.</translation>
    </message>
    <message>
        <source>The taxonomy file {path} does not exist.</source>
        <translation>Le fichier de listes {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The taxonomy file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de listes {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it does not say format = &quot;helpdesk-taxonomy&quot;</source>
        <translation>il ne contient pas format = &quot;helpdesk-taxonomy&quot;</translation>
    </message>
    <message>
        <source>it was made for a newer version of Helpdesk</source>
        <translation>il a été créé pour une version plus récente de Helpdesk</translation>
    </message>
    <message>
        <source>The taxonomy file {source} cannot be used: {reason}.</source>
        <translation>Le fichier de listes {source} ne peut pas être utilisé : {reason}.</translation>
    </message>
    <message>
        <source>The taxonomy cannot be written to {path}: {reason}.</source>
        <translation>Les listes ne peuvent pas être enregistrées dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; what was saved before is safe. Please try again, and tell your coordinator if it happens again.</source>
        <translation>Un problème inattendu s&apos;est produit ; ce qui avait déjà été enregistré est en sécurité. Réessayez et, si cela se reproduit, prévenez la coordination.</translation>
    </message>
    <message>
        <source>Helpdesk is closing; nothing more is read or saved.</source>
        <translation>Helpdesk se ferme ; plus rien n&apos;est lu ni enregistré.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: {reason}.</source>
        <translation>Le fichier de données ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <source>The database address {url} cannot be understood.</source>
        <translation>L&apos;adresse de base de données {url} est incompréhensible.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened: {reason}.</source>
        <translation>La base de données du hub ne peut pas être ouverte : {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick plugged in?); the records stay on this desk.</source>
        <translation>Le dossier {folder} est introuvable (la clé USB est-elle branchée ?) ; les enregistrements restent sur ce poste.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to ({reason}); the records stay on this desk.</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder} ({reason}) ; les enregistrements restent sur ce poste.</translation>
    </message>
    <message>
        <source>{target} cannot be reached; the records stay on this desk and go at the next sync.</source>
        <translation>{target} est injoignable ; les enregistrements restent sur ce poste et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{target} did not answer in time; the records stay on this desk and go at the next sync.</source>
        <translation>{target} n&apos;a pas répondu à temps ; les enregistrements restent sur ce poste et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{target} is busy; the records stay on this desk and go at the next sync.</source>
        <translation>{target} est occupé ; les enregistrements restent sur ce poste et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{target} had a problem of its own (error {status}); the records stay on this desk and go at the next sync.</source>
        <translation>{target} a rencontré un problème de son côté (erreur {status}) ; les enregistrements restent sur ce poste et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{target} answered, but not as a Helpdesk receiver does (a Wi-Fi login page?); the records stay on this desk.</source>
        <translation>{target} a répondu, mais pas comme un destinataire Helpdesk (une page de connexion au Wi-Fi ?) ; les enregistrements restent sur ce poste.</translation>
    </message>
    <message>
        <source>The hub refused the desk&apos;s token — ask your coordinator for a new one.</source>
        <translation>Le hub a refusé le jeton du poste — demandez-en un nouveau à votre coordinateur.</translation>
    </message>
    <message>
        <source>{target} already holds some of these {count} records with other content (“{reason}”); they were set aside and stay on this desk: tell your coordinator.</source>
        <translation>{target} possède déjà certains de ces {count} enregistrements avec un autre contenu (« {reason} ») ; ils ont été mis de côté et restent sur ce poste : prévenez votre coordinateur·rice.</translation>
    </message>
    <message>
        <source>The certificate of {target} cannot be trusted, so nothing was sent; tell your coordinator.</source>
        <translation>Le certificat de {target} n&apos;est pas digne de confiance, rien n&apos;a donc été envoyé ; prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>{target} refused {count} records: “{reason}”. They stay on this desk; tell your coordinator.</source>
        <translation>{target} a refusé {count} enregistrements : « {reason} ». Ils restent sur ce poste ; prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>This sync target no longer exists.</source>
        <translation>Cette destination de synchronisation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no sync target called {name}.</source>
        <translation>Aucune destination de synchronisation ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, starting with https://.</source>
        <translation>Tapez l&apos;adresse du hub, en commençant par https://.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is only accepted for this computer itself.</source>
        <translation>Utilisez une adresse https:// ; le simple http:// n&apos;est accepté que pour cet ordinateur lui-même.</translation>
    </message>
    <message>
        <source>Type a name for this target.</source>
        <translation>Tapez un nom pour cette destination.</translation>
    </message>
    <message>
        <source>This name is longer than 40 characters; shorten it.</source>
        <translation>Ce nom dépasse 40 caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>Another target is already called {name}; choose another name.</source>
        <translation>Une autre destination s&apos;appelle déjà {name} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose whether to send to a hub or to a folder.</source>
        <translation>Choisissez d&apos;envoyer vers un hub ou vers un dossier.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 5000 records.</source>
        <translation>Un lot doit compter entre 1 et 5000 enregistrements.</translation>
    </message>
    <message>
        <source>Type the token your coordinator gave you for this desk.</source>
        <translation>Tapez le jeton que votre coordinateur vous a remis pour ce poste.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no spot called &quot;{name}&quot;; the spots are: {spots}.</source>
        <translation>Aucun lieu ne s&apos;appelle «&#xa0;{name}&#xa0;»&#xa0;; les lieux sont&#xa0;: {spots}.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L&apos;exportation a été arrêtée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no sheet preset called {preset}; the presets are: {known}.</source>
        <translation>Il n&apos;existe pas de vue pour financeur nommée {preset}&#xa0;; les vues sont&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{format} is not a sheet format; choose pdf, xlsx, csv, csv-excel or csv-groups.</source>
        <translation>{format} n&apos;est pas un format de fiche&#xa0;; choisissez pdf, xlsx, csv, csv-excel ou csv-groups.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} est un dossier&#xa0;; indiquez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place for the sheet.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;; choisissez un autre emplacement pour la fiche.</translation>
    </message>
    <message>
        <source>The sheet cannot be written to {path}: {reason}.</source>
        <translation>La fiche ne peut pas être écrite dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Give either --week or --from/--to, not both.</source>
        <translation>Indiquez soit --week, soit --from/--to, pas les deux.</translation>
    </message>
    <message>
        <source>--to-week needs --week.</source>
        <translation>--to-week ne s&apos;utilise qu&apos;avec --week.</translation>
    </message>
    <message>
        <source>Say which period: --week 2026-W47, or --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Indiquez la période&#xa0;: --week 2026-W47, ou --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <source>Write dates like 2026-11-24 (year, month, day).</source>
        <translation>Écrivez les dates comme 2026-11-24 (année, mois, jour).</translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W47.</source>
        <translation>{text} n&apos;est pas une semaine&#xa0;; écrivez-la comme 2026-W47.</translation>
    </message>
    <message>
        <source>Choose a week from the years 1900 to 9999.</source>
        <translation>Choisissez une semaine des années 1900 à 9999.</translation>
    </message>
    <message>
        <source>The year {year} has no week {week}.</source>
        <translation>L&apos;année {year} n&apos;a pas de semaine {week}.</translation>
    </message>
    <message>
        <source>The last week of 9999 ends in the year 10000; choose an earlier week.</source>
        <translation>La dernière semaine de 9999 se termine en l&apos;an 10000 ; choisissez une semaine antérieure.</translation>
    </message>
    <message>
        <source>The period ends before it starts; swap the two ends.</source>
        <translation>La période se termine avant de commencer&#xa0;; inversez les deux dates.</translation>
    </message>
    <message>
        <source>A sheet covers at most three years; choose a shorter period.</source>
        <translation>Une fiche couvre au plus trois ans&#xa0;; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>This period holds {visits} visits, more than one Excel sheet can take ({room}); choose a shorter period, or CSV.</source>
        <translation>Cette période compte {visits} visites, plus qu&apos;une feuille Excel ne peut en contenir ({room})&#xa0;; choisissez une période plus courte, ou le CSV.</translation>
    </message>
    <message>
        <source>The time zone {zone} is not known; give one such as Europe/Brussels.</source>
        <translation>Le fuseau horaire {zone} est inconnu&#xa0;; indiquez-en un comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>The database {database} holds tables that are not the hub&apos;s; give the hub a database of its own.</source>
        <translation>La base de données {database} contient des tables qui ne sont pas celles du hub&#xa0;; donnez au hub sa propre base de données.</translation>
    </message>
    <message>
        <source>This hub database was made by a newer version of Helpdesk; install that version (or newer) to open it.</source>
        <translation>Cette base de données du hub vient d&apos;une version plus récente de Helpdesk&#xa0;; installez cette version (ou une plus récente) pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Your account ({role}) cannot do this; ask a coordinator.</source>
        <translation>Votre compte ({role}) ne permet pas de faire ceci ; adressez-vous à un coordinateur.</translation>
    </message>
    <message>
        <source>Give a number of days between 1 and {most}.</source>
        <translation>Indiquez un nombre de jours entre 1 et {most}.</translation>
    </message>
    <message>
        <source>Helpdesk is open on this data somewhere else; close it there and try again.</source>
        <translation>Helpdesk est ouvert ailleurs sur ces données ; fermez-le là et réessayez.</translation>
    </message>
    <message>
        <source>The encrypted copy of the data is not complete; nothing was changed. Try again, or tell your coordinator.</source>
        <translation>La copie chiffrée des données est incomplète ; rien n&apos;a été modifié. Réessayez ou prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>The encrypted copy of the data is damaged; nothing was changed. Try again, or tell your coordinator.</source>
        <translation>La copie chiffrée des données est endommagée ; rien n&apos;a été modifié. Réessayez ou prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>No backup of {path} could be made: {reason}.</source>
        <translation>Aucune sauvegarde de {path} n&apos;a pu être faite : {reason}.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde {path}.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}. The data file was kept as {aside}.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {reason}. Le fichier de données a été conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing more can be saved; free some space (empty the recycle bin, remove large files) and try again. What was saved before is safe.</source>
        <translation>Le disque qui contient {path} est plein, rien de plus ne peut donc être enregistré ; libérez de la place (videz la corbeille, supprimez de gros fichiers) et réessayez. Ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>The data file {path} is on a disk that can only be read (a locked stick or a read-only share); unlock it or move the data folder to a disk you can write to.</source>
        <translation>Le fichier de données {path} se trouve sur un disque en lecture seule (une clé verrouillée ou un partage en lecture seule) ; déverrouillez-le ou déplacez le dossier de données vers un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>This user may not write the data file {path}; ask whoever manages this computer for access, or start Helpdesk with another data folder.</source>
        <translation>Cet utilisateur ne peut pas modifier le fichier de données {path} ; demandez l&apos;accès à la personne qui gère cet ordinateur, ou lancez Helpdesk avec un autre dossier de données.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged; restore the latest backup (Restore in the app, or helpdesk restore) and tell your coordinator.</source>
        <translation>Le fichier de données {path} est endommagé ; restaurez la dernière sauvegarde (Restaurer dans l&apos;application, ou helpdesk restore) et prévenez votre coordinateur·rice.</translation>
    </message>
    <message>
        <source>Give a number of minutes between {least} and {most}.</source>
        <translation>Indiquez un nombre de minutes entre {least} et {most}.</translation>
    </message>
    <message>
        <source>A visitor code has 3 to 24 letters or digits; check the code.</source>
        <translation>Un code visiteur compte de 3 à 24 lettres ou chiffres ; vérifiez le code.</translation>
    </message>
    <message>
        <source>The key file cannot be written there; choose another folder.</source>
        <translation>Le fichier de clé ne peut pas être écrit à cet endroit ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Visits on this desk already carry codes made with another key; import the network&apos;s key before the first code is recorded.</source>
        <translation>Des visites de ce poste portent déjà des codes faits avec une autre clé ; importez la clé du réseau avant d&apos;enregistrer le premier code.</translation>
    </message>
    <message>
        <source>This file is not a visitor key exported by Helpdesk; choose the file the coordinator exported.</source>
        <translation>Ce fichier n&apos;est pas une clé visiteur exportée par Helpdesk ; choisissez le fichier exporté par le coordinateur.</translation>
    </message>
    <message>
        <source>The key file cannot be read; check its name and folder.</source>
        <translation>Le fichier de clé ne peut pas être lu ; vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>{target} hands out the network&apos;s key for visitor codes, but visits here already carry codes made with this desk&apos;s own key, so the desk keeps its own and its people are not counted with the network&apos;s (see docs/hub.md).</source>
        <translation>{target} transmet la clé du réseau pour les codes visiteur, mais des visites de ce poste portent déjà des codes faits avec sa propre clé ; le poste garde donc sa clé, et ses visiteurs ne sont pas comptés avec ceux du réseau (voir docs/hub.md).</translation>
    </message>
</context>
</TS>
