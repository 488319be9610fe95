<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutButton</name>
    <message>
        <source>Portable: the data is kept beside the app, in {0}.</source>
        <translation>Draagbaar: de gegevens staan naast het programma, in {0}.</translation>
    </message>
    <message>
        <source>The data is kept in {0}.</source>
        <translation>De gegevens staan in {0}.</translation>
    </message>
    <message>
        <source>Records the visits a digital-help desk handles, offline first.</source>
        <translation>Registreert de bezoeken aan een digitaal hulppunt, ook zonder internet.</translation>
    </message>
    <message>
        <source>Licence: EUPL-1.2. Made with Qt {0} (PySide6).</source>
        <translation>Licentie: EUPL-1.2. Gemaakt met Qt {0} (PySide6).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Version of Helpdesk and where its data is kept</source>
        <translation>Versie van Helpdesk en waar de gegevens staan</translation>
    </message>
    <message>
        <source>About Helpdesk</source>
        <translation>Over Helpdesk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Een account toevoegen</translation>
    </message>
    <message>
        <source>New passphrase for {name}</source>
        <translation>Nieuwe wachtwoordzin voor {name}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Type a name, or choose someone from the helpers: their visits stay theirs.</source>
        <translation>Typ een naam, of kies iemand uit de medewerkers: hun bezoeken blijven op hun naam.</translation>
    </message>
    <message>
        <source>Name or helper</source>
        <translation>Naam of medewerker</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Wachtwoordzin &amp;opnieuw</translation>
    </message>
    <message>
        <source>At least {count} characters. A few words you remember are easier than a short code; nobody can see it later, not even a coordinator.</source>
        <translation>Minstens {count} tekens. Enkele woorden die u onthoudt zijn makkelijker dan een korte code; niemand kan ze later zien, ook een coördinator niet.</translation>
    </message>
    <message>
        <source>Saving… (this takes a moment)</source>
        <translation>Bezig met opslaan… (dit duurt even)</translation>
    </message>
    <message>
        <source>Type a name, or choose a helper.</source>
        <translation>Typ een naam, of kies een medewerker.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens nodig; kies een langere.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet dezelfde; typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accounts of this desk</source>
        <translation>Accounts van deze balie</translation>
    </message>
    <message>
        <source>Add an a&amp;ccount…</source>
        <translation>Een a&amp;ccount toevoegen…</translation>
    </message>
    <message>
        <source>Change the r&amp;ole…</source>
        <translation>R&amp;ol wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Nieuwe &amp;wachtwoordzin…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Each person opens the desk with their own name and passphrase. Coordinators manage accounts and settings; staff record, edit and make sheets; volunteers record visits and see today&apos;s.</source>
        <translation>Iedereen opent de balie met een eigen naam en wachtwoordzin. Coördinatoren beheren accounts en instellingen; personeelsleden registreren, wijzigen en maken overzichten; vrijwilligers registreren bezoeken en zien die van vandaag.</translation>
    </message>
    <message>
        <source>This desk has no accounts yet: anyone at this computer can open it. Protect it first; then add the others here.</source>
        <translation>Deze balie heeft nog geen accounts: iedereen aan deze computer kan ze openen. Beveilig ze eerst; voeg daarna hier de anderen toe.</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Role of {name}:</source>
        <translation>Rol van {name}:</translation>
    </message>
    <message>
        <source>Remove the account of {name}? They can no longer open the desk; the visits they recorded stay, with their name.</source>
        <translation>Het account van {name} verwijderen? Die persoon kan de balie dan niet meer openen; de bezoeken die ze registreerde blijven, met haar of zijn naam.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Who did what (audit trail)</source>
        <translation>Wie deed wat (logboek)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Regels van het logboek</translation>
    </message>
    <message>
        <source>Chec&amp;k the trail</source>
        <translation>Logboek &amp;controleren</translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s seal: an entry changed or removed since it was written is found.</source>
        <translation>Berekent het zegel van elke regel opnieuw: een regel die gewijzigd of verwijderd werd nadat hij geschreven was, wordt gevonden.</translation>
    </message>
    <message>
        <source>No account (before protection)</source>
        <translation>Geen account (vóór de beveiliging)</translation>
    </message>
    <message>
        <source>{when}  {what}</source>
        <translation>{when}  {what}</translation>
    </message>
    <message>
        <source>Nothing was recorded for this person and these days.</source>
        <translation>Voor deze persoon en deze dagen staat er niets in het logboek.</translation>
    </message>
    <message>
        <source>The newest {count} entries are shown; choose fewer days to see older ones.</source>
        <translation>De {count} nieuwste regels worden getoond; kies minder dagen om oudere te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entry(ies) checked, none was changed or removed.</source>
        <translation>
            <numerusform>Het logboek is intact: %n regel gecontroleerd, niets werd gewijzigd of verwijderd.</numerusform>
            <numerusform>Het logboek is intact: %n regels gecontroleerd, geen enkele werd gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail was changed: entry number {seq} does not fit the entries before it (changed, removed or inserted after it was written). Everything before it is intact. Tell the person responsible for the desk&apos;s data.</source>
        <translation>Het logboek werd gewijzigd: regel nummer {seq} past niet bij de regels ervoor (gewijzigd, verwijderd of ingevoegd nadat hij geschreven was). Alles ervoor is intact. Verwittig de verantwoordelijke voor de gegevens van de balie.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>{who} recorded visit {record}</source>
        <translation>{who} registreerde bezoek {record}</translation>
    </message>
    <message>
        <source>{who} edited visit {record}</source>
        <translation>{who} wijzigde bezoek {record}</translation>
    </message>
    <message>
        <source>{who} deleted visit {record}</source>
        <translation>{who} verwijderde bezoek {record}</translation>
    </message>
    <message>
        <source>{who} brought back visit {record}</source>
        <translation>{who} zette bezoek {record} terug</translation>
    </message>
    <message>
        <source>{who} gave {name} an account ({role})</source>
        <translation>{who} gaf {name} een account ({role})</translation>
    </message>
    <message>
        <source>{who} removed the account of {name}</source>
        <translation>{who} verwijderde het account van {name}</translation>
    </message>
    <message>
        <source>{who} set a new passphrase with the recovery code</source>
        <translation>{who} stelde een nieuwe wachtwoordzin in met de herstelcode</translation>
    </message>
    <message>
        <source>{who} set a new passphrase for {name}</source>
        <translation>{who} stelde een nieuwe wachtwoordzin in voor {name}</translation>
    </message>
    <message>
        <source>{who} changed a setting</source>
        <translation>{who} wijzigde een instelling</translation>
    </message>
    <message>
        <source>{who} erased the notes older than {older_than_days} days ({count})</source>
        <translation>{who} wiste de notities ouder dan {older_than_days} dagen ({count})</translation>
    </message>
    <message>
        <source>Wrong passphrases before {who} signed in: {count}</source>
        <translation>Foute wachtwoordzinnen voor {who} aanmeldde: {count}</translation>
    </message>
    <message>
        <source>{who} made a sheet ({format}) from {first_day} to {last_day}</source>
        <translation>{who} maakte een overzicht ({format}) van {first_day} tot {last_day}</translation>
    </message>
    <message>
        <source>{who} ran a sync (records sent: {sent})</source>
        <translation>{who} synchroniseerde (verzonden records: {sent})</translation>
    </message>
    <message>
        <source>{who} added the spot {name}</source>
        <translation>{who} voegde de locatie {name} toe</translation>
    </message>
    <message>
        <source>{who} changed the spot {name}</source>
        <translation>{who} wijzigde de locatie {name}</translation>
    </message>
    <message>
        <source>{who} added the helper {name}</source>
        <translation>{who} voegde de medewerker {name} toe</translation>
    </message>
    <message>
        <source>{who} changed the helper {name}</source>
        <translation>{who} wijzigde de medewerker {name}</translation>
    </message>
    <message>
        <source>{who} added the sync target {name}</source>
        <translation>{who} voegde het synchronisatiedoel {name} toe</translation>
    </message>
    <message>
        <source>{who} changed the sync target {name}</source>
        <translation>{who} wijzigde het synchronisatiedoel {name}</translation>
    </message>
    <message>
        <source>{who} removed the sync target {name}</source>
        <translation>{who} verwijderde het synchronisatiedoel {name}</translation>
    </message>
    <message>
        <source>{who} opened a session at {spot}</source>
        <translation>{who} opende een permanentie in {spot}</translation>
    </message>
    <message>
        <source>{who} closed the session at {spot}</source>
        <translation>{who} sloot de permanentie in {spot}</translation>
    </message>
    <message>
        <source>{who} changed the session at {spot}</source>
        <translation>{who} wijzigde de permanentie in {spot}</translation>
    </message>
    <message>
        <source>{who} imported the lists {name}</source>
        <translation>{who} importeerde de lijsten {name}</translation>
    </message>
    <message>
        <source>{who} changed an item of a list</source>
        <translation>{who} wijzigde een item van een lijst</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>session</source>
        <translation>permanentie</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>autonomy</source>
        <translation>zelfredzaamheid</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>opvolgingsdatum</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>language of help</source>
        <translation>taal van de hulp</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>eerste bezoek</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statuut</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in gebruik</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>notes included</source>
        <translation>notities meegestuurd</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-bestanden</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>pakketgrootte</translation>
    </message>
    <message>
        <source>helpers</source>
        <translation>medewerkers</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>niet geholpen</translation>
    </message>
    <message>
        <source>desk name</source>
        <translation>naam van de balie</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>days notes are kept</source>
        <translation>dagen dat notities bewaard worden</translation>
    </message>
    <message>
        <source>visitor code added</source>
        <translation>bezoekerscode toegevoegd</translation>
    </message>
    <message>
        <source>visitor code changed</source>
        <translation>bezoekerscode gewijzigd</translation>
    </message>
    <message>
        <source>visitor code removed</source>
        <translation>bezoekerscode verwijderd</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personeelslid</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>Someone (no accounts yet)</source>
        <translation>Iemand (nog geen accounts)</translation>
    </message>
    <message>
        <source>{what}: {changes}</source>
        <translation>{what}: {changes}</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>notitie gewijzigd</translation>
    </message>
    <message>
        <source>token changed</source>
        <translation>token gewijzigd</translation>
    </message>
    <message>
        <source>copy of {record}</source>
        <translation>kopie van {record}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
        <translation>Permanentie sluiten</translation>
    </message>
    <message>
        <source>{spot}, {day}, open since {time}</source>
        <translation>{spot}, {day}, open sinds {time}</translation>
    </message>
    <message>
        <source>People who had to be &amp;turned away</source>
        <translation>Mensen die we niet konden &amp;helpen</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <source>People turned away (leave at &apos;not counted&apos; if unknown)</source>
        <translation>Mensen die we niet konden helpen (laat op ‘niet geteld’ staan als u het niet weet)</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Permanentie sluiten</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please confirm</source>
        <translation>Graag uw bevestiging</translation>
    </message>
</context>
<context>
    <name>CoordinatorFields</name>
    <message>
        <source>C&amp;oordinator&apos;s name</source>
        <translation>Naam van de coör&amp;dinator</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>Wachtwoordzin &amp;herhalen</translation>
    </message>
    <message>
        <source>At least {count} characters; a few words you will remember work well.</source>
        <translation>Minstens {count} tekens; een paar woorden die u onthoudt, werken goed.</translation>
    </message>
    <message>
        <source>Type the name of the coordinator of this desk.</source>
        <translation>Typ de naam van de coördinator van deze balie.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens nodig; kies een langere.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk; typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>Opening your data…</source>
        <translation>Uw gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Nothing can be saved until this is solved. Please tell your coordinator.</source>
        <translation>Er kan niets worden opgeslagen tot dit is opgelost. Verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>The latest backup was made on {when}. Restoring it puts it in place of the damaged file, which is kept beside it; visits saved after the backup are only in that file, so tell your coordinator.</source>
        <translation>De laatste back-up is gemaakt op {when}. Terugzetten plaatst die in de plaats van het beschadigde bestand, dat ernaast bewaard blijft; bezoeken die na de back-up werden opgeslagen, staan alleen in dat bestand: verwittig dus uw coördinator.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Laatste back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup is back in place; the damaged file is kept as {aside}. Helpdesk will now close: start it again.</source>
        <translation>De back-up staat terug op zijn plaats; het beschadigde bestand is bewaard als {aside}. Helpdesk sluit nu af: start het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DeskListBox</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Terughalen</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Archiveren…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Archiveren</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personeelslid</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>Five wrong PINs: please sign in with your passphrase.</source>
        <translation>Vijf keer een verkeerde pincode: meld u aan met uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>This PIN is not right; try again, or sign in with a passphrase.</source>
        <translation>Deze pincode klopt niet; probeer opnieuw, of meld u aan met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Aangemeld: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Helpdesk — set up this desk</source>
        <translation>Helpdesk — deze balie instellen</translation>
    </message>
    <message>
        <source>Welcome to Helpdesk</source>
        <translation>Welkom bij Helpdesk</translation>
    </message>
    <message>
        <source>A few questions to set up this desk. You can change all of it later in Settings.</source>
        <translation>Enkele vragen om deze balie in te stellen. U kunt alles later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Name of this desk</source>
        <translation>&amp;Naam van deze balie</translation>
    </message>
    <message>
        <source>&amp;First spot</source>
        <translation>&amp;Eerste locatie</translation>
    </message>
    <message>
        <source>&amp;Helpers</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>e.g. EPN Anderlecht, laptop 2</source>
        <translation>bv. OCR Anderlecht, laptop 2</translation>
    </message>
    <message>
        <source>e.g. Buurtbar Kuregem</source>
        <translation>bv. Buurtbar Kuregem</translation>
    </message>
    <message>
        <source>Kind of spot</source>
        <translation>Soort locatie</translation>
    </message>
    <message>
        <source>One name per line: the people who help at this desk.</source>
        <translation>Eén naam per lijn: de mensen die aan deze balie helpen.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>The coordinator of this desk signs in with a passphrase; the desk&apos;s data is then encrypted on this computer.</source>
        <translation>De coördinator van deze balie meldt zich aan met een wachtwoordzin; de gegevens van de balie worden dan versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>Give this desk a name, e.g. the place and the computer.</source>
        <translation>Geef deze balie een naam, bv. de plaats en de computer.</translation>
    </message>
    <message>
        <source>Name the place where you help.</source>
        <translation>Vul de naam in van de plaats waar u helpt.</translation>
    </message>
    <message>
        <source>Type at least one name.</source>
        <translation>Vul minstens één naam in.</translation>
    </message>
    <message>
        <source>Encrypting the desk&apos;s data…</source>
        <translation>Gegevens worden versleuteld…</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <source>Record a group session</source>
        <translation>Groepsactiviteit registreren</translation>
    </message>
    <message>
        <source>Correct a group session</source>
        <translation>Groepsactiviteit wijzigen</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Burger Café, itsme workshop</source>
        <translation>bv. Burger Café, workshop itsme</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Aantal &amp;deelnemers</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Aantal deelnemers</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Ervaren</translation>
    </message>
    <message>
        <source>Save group session</source>
        <translation>Groepsactiviteit bewaren</translation>
    </message>
    <message>
        <source>&amp;Question types covered</source>
        <translation>&amp;Vraagtypes die aan bod kwamen</translation>
    </message>
    <message>
        <source>Run &amp;by</source>
        <translation>&amp;Begeleid door</translation>
    </message>
    <message>
        <source>Helpers who ran it</source>
        <translation>Medewerkers die de activiteit begeleidden</translation>
    </message>
</context>
<context>
    <name>HelpersBox</name>
    <message>
        <source>Helpers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Helpers of this desk</source>
        <translation>Medewerkers van deze balie</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personeelslid</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>{name} — {role} (retired)</source>
        <translation>{name} — {role} (gearchiveerd)</translation>
    </message>
    <message>
        <source>Add a helper</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Change the helper</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <source>Retire the helper “{name}”? They are no longer offered for new sessions and visits; past visits keep their name.</source>
        <translation>Medewerker “{name}” archiveren? Deze persoon staat dan niet meer in de keuzelijst voor nieuwe permanenties en bezoeken; eerdere bezoeken behouden de naam.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Save visit</source>
        <translation>Bezoek opslaan</translation>
    </message>
    <message>
        <source>Save this visit and start the next one (Ctrl+Enter)</source>
        <translation>Dit bezoek opslaan en het volgende beginnen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Choose the spot where you are.</source>
        <translation>Kies de locatie waar u bent.</translation>
    </message>
    <message>
        <source>Visit saved: {0}</source>
        <translation>Bezoek opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Counted: {0}</source>
        <translation>Geteld: {0}</translation>
    </message>
    <message>
        <source>Taken back: the visit is no longer counted. It is on the form again if you want to correct it and save it.</source>
        <translation>Ongedaan gemaakt: het bezoek telt niet meer mee. Het staat weer op het formulier, als u het wilt verbeteren en opnieuw bewaren.</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock Helpdesk now (Ctrl+L); what you typed stays.</source>
        <translation>Helpdesk nu vergrendelen (Ctrl+L); wat u typte, blijft staan.</translation>
    </message>
    <message>
        <source>Quick PIN…</source>
        <translation>Snelle pincode…</translation>
    </message>
    <message>
        <source>Set a PIN to unlock faster while Helpdesk stays open; it is forgotten when Helpdesk closes.</source>
        <translation>Kies een pincode om sneller te ontgrendelen zolang Helpdesk openstaat; ze wordt vergeten wanneer Helpdesk sluit.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Welcome back, {name}. Type your PIN to carry on, or sign in with a passphrase.</source>
        <translation>Welkom terug, {name}. Typ uw pincode om verder te gaan, of meld u aan met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Helpdesk is locked so that nobody else can read the visits. Type your name, then your passphrase.</source>
        <translation>Helpdesk is vergrendeld, zodat niemand anders de bezoeken kan lezen. Typ uw naam, en daarna uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;incode</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;phrase</source>
        <translation>Aanmelden met een &amp;wachtwoordzin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Even controleren…</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Typ eerst uw naam.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ uw wachtwoordzin.</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong tries, Helpdesk waits a little longer each time: %n second(s) left.</source>
        <translation>
            <numerusform>Na enkele verkeerde pogingen wacht Helpdesk telkens wat langer: nog %n seconde.</numerusform>
            <numerusform>Na enkele verkeerde pogingen wacht Helpdesk telkens wat langer: nog %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockSettingBox</name>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only a coordinator can change this.</source>
        <translation>Alleen een coördinator kan dit wijzigen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Registratie</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Bezoeken</translation>
    </message>
    <message>
        <source>S&amp;essions</source>
        <translation>&amp;Permanenties</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>R&amp;apporten</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
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
        <translation>Klaar. Alles is opgeslagen op deze computer.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Uw gegevens worden geopend…</translation>
    </message>
</context>
<context>
    <name>NameAndChoiceDialog</name>
    <message>
        <source>Please type a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
</context>
<context>
    <name>NotProtectedBanner</name>
    <message>
        <source>This desk is not protected: anyone at this PC can read the visits.</source>
        <translation>Deze balie is niet beveiligd: iedereen aan deze pc kan de bezoeken lezen.</translation>
    </message>
    <message>
        <source>&amp;Protect this desk…</source>
        <translation>Deze balie &amp;beveiligen…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open a session</source>
        <translation>Permanentie openen</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Helpers (Space ticks one)</source>
        <translation>&amp;Medewerkers (aanvinken met de spatiebalk)</translation>
    </message>
    <message>
        <source>Helpers in this session</source>
        <translation>Medewerkers bij deze permanentie</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Permanentie openen</translation>
    </message>
    <message>
        <source>Add a spot in Settings first.</source>
        <translation>Voeg eerst een locatie toe bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>One week</source>
        <translation>Eén week</translation>
    </message>
    <message>
        <source>Several weeks</source>
        <translation>Meerdere weken</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Peri&amp;ode</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Laatste week</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Week {week} · {first} – {last}</source>
        <translation>Week {week} · {first} – {last}</translation>
    </message>
    <message>
        <source>The period ends before it starts; swap the two ends.</source>
        <translation>De periode eindigt voor ze begint; wissel de twee data om.</translation>
    </message>
    <message>
        <source>A sheet covers at most three years; choose a shorter period.</source>
        <translation>Een overzicht beslaat hoogstens drie jaar; kies een kortere periode.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Quick PIN</source>
        <translation>Snelle pincode</translation>
    </message>
    <message>
        <source>{name}, with a PIN you can come back quickly after Helpdesk locks. It works only for you and only until Helpdesk closes; after five wrong tries your passphrase is needed.</source>
        <translation>{name}, met een pincode bent u snel terug nadat Helpdesk vergrendeld is. Ze werkt alleen voor u en alleen tot Helpdesk sluit; na vijf verkeerde pogingen is uw wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Pincode &amp;nogmaals</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>De twee pincodes zijn niet gelijk; typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProfileCounts</name>
    <message>
        <source>Participants&apos; pro&amp;file (optional)</source>
        <translation>&amp;Profiel van de deelnemers (optioneel)</translation>
    </message>
    <message>
        <source>Participants&apos; profile (optional)</source>
        <translation>Profiel van de deelnemers (optioneel)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuut</translation>
    </message>
    <message>
        <source>The counts of one part of the profile add up to more than the participants; lower them or raise the participants.</source>
        <translation>De aantallen van één deel van het profiel zijn samen meer dan het aantal deelnemers; verlaag ze of verhoog het aantal deelnemers.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect this desk</source>
        <translation>Deze balie beveiligen</translation>
    </message>
    <message>
        <source>Protecting the desk encrypts its data on this computer. From then on, Helpdesk starts locked and each person signs in with their own name and passphrase. You become its first coordinator and can add the others in Settings.</source>
        <translation>Beveiligen versleutelt de gegevens van de balie op deze computer. Vanaf dan start Helpdesk vergrendeld en meldt iedereen zich aan met een eigen naam en wachtwoordzin. U wordt de eerste coördinator en kunt de anderen toevoegen bij Instellingen.</translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation>&amp;Beveiligen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Encrypting the desk&apos;s data… Keep Helpdesk open; on a large desk this takes a minute.</source>
        <translation>De gegevens worden versleuteld… Laat Helpdesk openstaan; bij een grote balie duurt dit een minuut.</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>What was it &amp;about?</source>
        <translation>Waarover &amp;ging het?</translation>
    </message>
    <message>
        <source>Type to find a question type, Enter to pick it</source>
        <translation>Typ om een vraagtype te zoeken, Enter om het te kiezen</translation>
    </message>
    <message>
        <source>Find a question type</source>
        <translation>Vraagtype zoeken</translation>
    </message>
    <message>
        <source>Enter picks the only match; the Down arrow moves into the question types.</source>
        <translation>Enter kiest de enige treffer; met de pijl omlaag gaat u naar de vraagtypes.</translation>
    </message>
    <message>
        <source>Question types</source>
        <translation>Vraagtypes</translation>
    </message>
    <message>
        <source>No longer offered for new visits</source>
        <translation>Niet meer te kiezen voor nieuwe bezoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): keep typing or click one</source>
        <translation>
            <numerusform>%n treffer: typ verder of klik erop</numerusform>
            <numerusform>%n treffers: typ verder of klik er een aan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches; try another word</source>
        <translation>Geen treffers; probeer een ander woord</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Print this code or write it down, and keep it locked away in the office. If a passphrase is forgotten, this code sets a new one. Helpdesk shows it only this once.</source>
        <translation>Druk deze code af of schrijf ze op, en bewaar ze achter slot in het kantoor. Is iemand een wachtwoordzin vergeten, dan stelt u met deze code een nieuwe in. Helpdesk toont ze maar één keer.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery code</source>
        <translation>Ik heb de herstelcode &amp;bewaard</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Gekopieerd. Plak ze op een veilige plek en maak daarna het klembord leeg.</translation>
    </message>
    <message>
        <source>Helpdesk recovery code</source>
        <translation>Herstelcode van Helpdesk</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>PDF, to print or mail</source>
        <translation>PDF, om af te drukken of te mailen</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), to work on</source>
        <translation>Excel-werkmap (XLSX), om mee verder te werken</translation>
    </message>
    <message>
        <source>CSV (comma, UTF-8), for other tools</source>
        <translation>CSV (komma, UTF-8), voor andere programma&apos;s</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (semicolon)</source>
        <translation>CSV voor Excel in België (puntkomma)</translation>
    </message>
    <message>
        <source>CSV of the group sessions, one line each</source>
        <translation>CSV van de groepsactiviteiten, één regel per activiteit</translation>
    </message>
    <message>
        <source>&amp;Spots</source>
        <translation>&amp;Locaties</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wee&amp;rgave</translation>
    </message>
    <message>
        <source>Sheet &amp;language</source>
        <translation>&amp;Taal van het overzicht</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>All or &amp;none</source>
        <translation>Alle of g&amp;een</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Sheet pa&amp;ge</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <source>Spots on the sheet</source>
        <translation>Locaties in het overzicht</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Voorbeeld van het overzicht</translation>
    </message>
    <message>
        <source>The whole sheet</source>
        <translation>Het volledige overzicht</translation>
    </message>
    <message>
        <source>This view is written in its funder&apos;s language.</source>
        <translation>Deze weergave staat in de taal van de financier.</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (niet meer in gebruik)</translation>
    </message>
    <message>
        <source>Choose at least one spot.</source>
        <translation>Kies minstens één locatie.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Aan het tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <source>Sheet (*{suffix})</source>
        <translation>Overzicht (*{suffix})</translation>
    </message>
    <message>
        <source>Making the sheet…</source>
        <translation>Het overzicht wordt gemaakt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Aan het stoppen…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n group session(s)).</source>
        <translation>
            <numerusform>Opgeslagen: {path} (%n groepsactiviteit).</numerusform>
            <numerusform>Opgeslagen: {path} (%n groepsactiviteiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n visit(s)).</source>
        <translation>
            <numerusform>Opgeslagen: {path} (%n bezoek).</numerusform>
            <numerusform>Opgeslagen: {path} (%n bezoeken).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>A note may hold part of a visitor&apos;s story: it is erased automatically once the visit is older than this. The visit itself is kept.</source>
        <translation>Een notitie kan een stukje van het verhaal van een bezoeker bevatten: ze wordt automatisch gewist zodra het bezoek ouder is dan dit. Het bezoek zelf blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Keep notes for</source>
        <translation>Notities &amp;bewaren gedurende</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days a note is kept</source>
        <translation>Dagen dat een notitie bewaard wordt</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Erase old notes now…</source>
        <translation>Oude notities nu &amp;wissen…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: notes are kept for %n day(s).</source>
        <translation>
            <numerusform>Opgeslagen: notities worden %n dag bewaard.</numerusform>
            <numerusform>Opgeslagen: notities worden %n dagen bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No note is older than %n day(s): nothing to erase.</source>
        <translation>
            <numerusform>Geen enkele notitie is ouder dan %n dag: er valt niets te wissen.</numerusform>
            <numerusform>Geen enkele notitie is ouder dan %n dagen: er valt niets te wissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of visits older than {days} days will be erased. A backup is made first; the visits themselves stay. This cannot be undone here.</source>
        <translation>
            <numerusform>%n notitie van bezoeken ouder dan {days} dagen wordt gewist. Eerst wordt een back-up gemaakt; de bezoeken zelf blijven. Dit kan hier niet ongedaan gemaakt worden.</numerusform>
            <numerusform>%n notities van bezoeken ouder dan {days} dagen worden gewist. Eerst wordt een back-up gemaakt; de bezoeken zelf blijven. Dit kan hier niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) erased.</source>
        <translation>
            <numerusform>%n notitie gewist.</numerusform>
            <numerusform>%n notities gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLimits</name>
    <message>
        <source>Only a coordinator can change this.</source>
        <translation>Alleen een coördinator kan dit wijzigen.</translation>
    </message>
    <message>
        <source>Volunteers see today&apos;s visits; staff can look further back.</source>
        <translation>Vrijwilligers zien de bezoeken van vandaag; personeelsleden kunnen verder terugkijken.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Who is helping</source>
        <translation>&amp;Wie helpt er</translation>
    </message>
    <message>
        <source>Choose the spot</source>
        <translation>Kies de locatie</translation>
    </message>
    <message>
        <source>Choose a name</source>
        <translation>Kies een naam</translation>
    </message>
    <message>
        <source>No session open. Visits are saved anyway; open one to count this permanence.</source>
        <translation>Geen permanentie open. Bezoeken worden toch opgeslagen; open er een om ze bij deze permanentie te tellen.</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>Permanentie &amp;openen</translation>
    </message>
    <message numerus="yes">
        <source>Session at {0}, open since {1}: %n visit(s)</source>
        <translation>
            <numerusform>Permanentie in {0}, open sinds {1}: %n bezoek</numerusform>
            <numerusform>Permanentie in {0}, open sinds {1}: %n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>Permanentie &amp;sluiten…</translation>
    </message>
    <message>
        <source>Choose the spot first.</source>
        <translation>Kies eerst de locatie.</translation>
    </message>
</context>
<context>
    <name>SessionSummaryView</name>
    <message>
        <source>Question type</source>
        <translation>Vraagtype</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Visits by question type</source>
        <translation>Bezoeken per vraagtype</translation>
    </message>
    <message>
        <source>Visits by outcome</source>
        <translation>Bezoeken per resultaat</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) turned away</source>
        <translation>
            <numerusform>%n persoon niet geholpen</numerusform>
            <numerusform>%n personen niet geholpen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>Current session</source>
        <translation>Huidige permanentie</translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation>Re&amp;cente permanenties</translation>
    </message>
    <message>
        <source>Recent group sessions, newest first</source>
        <translation>Recente groepsactiviteiten, nieuwste eerst</translation>
    </message>
    <message>
        <source>Recent group sessio&amp;ns</source>
        <translation>Recente groepsactivi&amp;teiten</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Record a &amp;group session…</source>
        <translation>&amp;Groepsactiviteit registreren…</translation>
    </message>
    <message>
        <source>A workshop, info session or training: its participants are counted apart from the visits</source>
        <translation>Een workshop, infosessie of opleiding: de deelnemers worden apart van de bezoeken geteld</translation>
    </message>
    <message>
        <source>Recent sessions, newest first</source>
        <translation>Recente permanenties, nieuwste eerst</translation>
    </message>
    <message numerus="yes">
        <source>{day}, {spot}: {title}, %n participant(s)</source>
        <translation>
            <numerusform>{day}, {spot}: {title}, %n deelnemer</numerusform>
            <numerusform>{day}, {spot}: {title}, %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a group session</source>
        <translation>Groepsactiviteit verwijderen</translation>
    </message>
    <message>
        <source>Delete “{title}” ({participants} participants)? It is removed from the sheets, here and on the hub.</source>
        <translation>“{title}” ({participants} deelnemers) verwijderen? De activiteit verdwijnt uit de overzichten, hier en op de hub.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Group session deleted: {title}.</source>
        <translation>Groepsactiviteit verwijderd: {title}.</translation>
    </message>
    <message>
        <source>Choose a session to see what it handled.</source>
        <translation>Kies een permanentie om te zien wat er aan bod kwam.</translation>
    </message>
    <message>
        <source>{spot}, {day}</source>
        <translation>{spot}, {day}</translation>
    </message>
    <message>
        <source>No session is open. Open one when the desk opens, so visits count for the right spot and helpers.</source>
        <translation>Er is geen permanentie open. Open er een zodra de balie opengaat, zodat de bezoeken bij de juiste locatie en medewerkers tellen.</translation>
    </message>
    <message>
        <source>&amp;Open a session…</source>
        <translation>Permanentie &amp;openen…</translation>
    </message>
    <message>
        <source>{spot}, {day}, open since {time}</source>
        <translation>{spot}, {day}, open sinds {time}</translation>
    </message>
    <message>
        <source>Helpers: {names}</source>
        <translation>Medewerkers: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) so far</source>
        <translation>
            <numerusform>%n bezoek tot nu toe</numerusform>
            <numerusform>%n bezoeken tot nu toe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>Permanentie &amp;sluiten…</translation>
    </message>
    <message numerus="yes">
        <source>Group session saved: {title}, %n participant(s).</source>
        <translation>
            <numerusform>Groepsactiviteit bewaard: {title}, %n deelnemer.</numerusform>
            <numerusform>Groepsactiviteit bewaard: {title}, %n deelnemers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Spot</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Niet geholpen</translation>
    </message>
    <message>
        <source>open since {start}</source>
        <translation>open sinds {start}</translation>
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
        <translation>standaardlijst van Helpdesk</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Naam van de balie</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Naam op&amp;slaan</translation>
    </message>
    <message>
        <source>Ask where visitors live (post&amp;code)</source>
        <translation>Vragen waar bezoekers wonen (post&amp;code)</translation>
    </message>
    <message>
        <source>When off, the visit form no longer shows the postcode; visits keep the ones they have</source>
        <translation>Uitgeschakeld toont het bezoekformulier de postcode niet meer; bezoeken houden de postcode die ze al hebben</translation>
    </message>
    <message>
        <source>Question types, outcomes and other lists</source>
        <translation>Vraagtypes, resultaten en andere lijsten</translation>
    </message>
    <message>
        <source>&amp;Import lists…</source>
        <translation>Lijsten i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Replace the lists with your network&apos;s file; codes the file leaves out are kept, retired</source>
        <translation>Vervang de lijsten door het bestand van uw netwerk; codes die er niet in staan, blijven bewaard als gearchiveerd</translation>
    </message>
    <message>
        <source>&amp;Export lists…</source>
        <translation>Lijsten e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Visits are kept on this computer, in this folder:</source>
        <translation>De bezoeken worden op deze computer bewaard, in deze map:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>In use: “{name}”.</source>
        <translation>In gebruik: “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n question type(s) to choose from.</source>
        <translation>
            <numerusform>%n vraagtype om uit te kiezen.</numerusform>
            <numerusform>%n vraagtypes om uit te kiezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) to choose from.</source>
        <translation>
            <numerusform>%n resultaat om uit te kiezen.</numerusform>
            <numerusform>%n resultaten om uit te kiezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import lists</source>
        <translation>Lijsten importeren</translation>
    </message>
    <message>
        <source>Helpdesk lists (*.toml);;All files (*)</source>
        <translation>Helpdesk-lijsten (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>“{name}” geïmporteerd uit {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s).</source>
        <translation>
            <numerusform>%n nieuw item.</numerusform>
            <numerusform>%n nieuwe items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out of the file were kept as retired, so older visits stay readable.</source>
        <translation>
            <numerusform>%n item dat niet in het bestand stond, is als gearchiveerd bewaard, zodat oudere bezoeken leesbaar blijven.</numerusform>
            <numerusform>%n items die niet in het bestand stonden, zijn als gearchiveerd bewaard, zodat oudere bezoeken leesbaar blijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>Lijsten exporteren</translation>
    </message>
    <message>
        <source>Helpdesk lists (*.toml)</source>
        <translation>Helpdesk-lijsten (*.toml)</translation>
    </message>
    <message>
        <source>The lists were saved in {path}.</source>
        <translation>De lijsten zijn opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>SpotsBox</name>
    <message>
        <source>Spots</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Spots of this desk</source>
        <translation>Locaties van deze balie</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>{name} — {kind} (retired)</source>
        <translation>{name} — {kind} (gearchiveerd)</translation>
    </message>
    <message>
        <source>Add a spot</source>
        <translation>Locatie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Change the spot</source>
        <translation>Locatie wijzigen</translation>
    </message>
    <message>
        <source>Retire the spot “{name}”? It is no longer offered for new sessions; its past visits keep counting.</source>
        <translation>Locatie “{name}” archiveren? Ze staat dan niet meer in de keuzelijst voor nieuwe permanenties; de eerdere bezoeken blijven meetellen.</translation>
    </message>
</context>
<context>
    <name>StatusNotes</name>
    <message>
        <source>Portable: the data stays in {0}. Quit the app before removing the stick.</source>
        <translation>Draagbaar: de gegevens blijven in {0}. Sluit het programma voordat u de USB-stick uitneemt.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Read the whole sync status and the last problem</source>
        <translation>Lees de volledige verzendstatus en het laatste probleem</translation>
    </message>
    <message>
        <source>Send the records waiting to the hub or folder now</source>
        <translation>De wachtende registraties nu naar de hub of de map sturen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>N&amp;u synchroniseren</translation>
    </message>
    <message>
        <source>Not sent anywhere: no sync target is set up.</source>
        <translation>Wordt nergens heen gestuurd: er is geen synchronisatiedoel ingesteld.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n bezoek of permanentie te versturen</numerusform>
            <numerusform>%n bezoeken of permanenties te versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Niets wacht</translation>
    </message>
    <message>
        <source>last sync {when} to {target}</source>
        <translation>laatst gesynchroniseerd {when} naar {target}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>SyncTargetsBox</name>
    <message>
        <source>Sending to the centre</source>
        <translation>Doorsturen naar de centrale</translation>
    </message>
    <message>
        <source>Visits are sent to a hub or written to a folder automatically every few minutes. Free-text notes stay on this desk unless a target includes them.</source>
        <translation>Bezoeken worden om de paar minuten automatisch naar de centrale server (hub) gestuurd of in een map geschreven. Vrije notities blijven op deze balie, tenzij een doel ze meeneemt.</translation>
    </message>
    <message>
        <source>Sync targets</source>
        <translation>Synchronisatiedoelen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Stop sending to “{name}”? The visits stay on this desk.</source>
        <translation>Niet meer naar “{name}” sturen? De bezoeken blijven op deze balie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>“{name}” works.</source>
        <translation>“{name}” werkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n bezoek of permanentie te versturen</numerusform>
            <numerusform>%n bezoeken of permanenties te versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Niets wacht</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <source>Count in one click:</source>
        <translation>Tellen met één klik:</translation>
    </message>
    <message>
        <source>Counts one visit about “{0}” at once</source>
        <translation>Telt meteen één bezoek voor “{0}”</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <source>Wi-Fi / internet</source>
        <translation>Wifi / internet</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit sync target</source>
        <translation>Synchronisatiedoel wijzigen</translation>
    </message>
    <message>
        <source>Add a sync target</source>
        <translation>Synchronisatiedoel toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Sturen naar</translation>
    </message>
    <message>
        <source>A &amp;hub (an internet address)</source>
        <translation>Een &amp;centrale server (hub: een internetadres)</translation>
    </message>
    <message>
        <source>A f&amp;older: USB stick, shared or cloud folder</source>
        <translation>Een &amp;map: USB-stick, gedeelde map of cloudmap</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Saved — type a new token to replace it</source>
        <translation>Bewaard — typ een nieuw token om het te vervangen</translation>
    </message>
    <message>
        <source>The token your coordinator gave you</source>
        <translation>Het token dat uw coördinator u gaf</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Ma&amp;p</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Records per &amp;batch</source>
        <translation>Registraties per &amp;pakket</translation>
    </message>
    <message>
        <source>Also send the free-text &amp;notes</source>
        <translation>Ook de vrije &amp;notities meesturen</translation>
    </message>
    <message>
        <source>Notes may hold personal details. Send them only if your coordinator decided so.</source>
        <translation>Notities kunnen persoonlijke gegevens bevatten. Stuur ze alleen mee als uw coördinator daartoe besliste.</translation>
    </message>
    <message>
        <source>Send as CS&amp;V (for receivers that only take CSV)</source>
        <translation>Als CS&amp;V sturen (voor ontvangers die alleen CSV aanvaarden)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Even proberen…</translation>
    </message>
    <message>
        <source>It works: the hub knows this desk&apos;s token.</source>
        <translation>Het werkt: de hub kent het token van deze balie.</translation>
    </message>
    <message>
        <source>It works: the folder can be written to.</source>
        <translation>Het werkt: er kan in de map geschreven worden.</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Kies de map</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Takes back what was just saved</source>
        <translation>Maakt ongedaan wat net is opgeslagen</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <source>Visitor &amp;code</source>
        <translation>Be&amp;zoekerscode</translation>
    </message>
    <message>
        <source>Visitor code</source>
        <translation>Bezoekerscode</translation>
    </message>
    <message>
        <source>The visitor&apos;s card number or own word, to count people rather than visits. Only a keyed hash of it is kept.</source>
        <translation>Het kaartnummer of het eigen woord van de bezoeker, om personen te tellen in plaats van bezoeken. Alleen een hash met sleutel ervan wordt bewaard, nooit de code zelf.</translation>
    </message>
    <message>
        <source>Lives in (&amp;postcode)</source>
        <translation>Woont in (&amp;postcode)</translation>
    </message>
    <message>
        <source>Postcode where the visitor lives</source>
        <translation>Postcode van de woonplaats van de bezoeker</translation>
    </message>
    <message>
        <source>e.g. 1080</source>
        <translation>bv. 1080</translation>
    </message>
    <message>
        <source>Outside &amp;Belgium</source>
        <translation>&amp;Buiten België</translation>
    </message>
    <message>
        <source>De&amp;vice used</source>
        <translation>&amp;Gebruikt toestel</translation>
    </message>
    <message>
        <source>How &amp;long?</source>
        <translation>&amp;Hoe lang?</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>How was the help given?</source>
        <translation>Hoe werd er geholpen?</translation>
    </message>
    <message>
        <source>About the visitor (anonymous)</source>
        <translation>Over de bezoeker (anoniem)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>other…</source>
        <translation>andere…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation>Op&amp;volging nodig</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>&amp;tegen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum van de opvolging</translation>
    </message>
    <message>
        <source>How the help was given</source>
        <translation>Hoe er geholpen werd</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Leeftij&amp;d</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>Gesla&amp;cht</translation>
    </message>
    <message>
        <source>Lang&amp;uage of help</source>
        <translation>T&amp;aal van de hulp</translation>
    </message>
    <message>
        <source>F&amp;irst visit</source>
        <translation>&amp;Eerste bezoek</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No names, phone numbers or sensitive data (health, religion, ID numbers) in the note.</source>
        <translation>Geen namen, telefoonnummers of gevoelige gegevens (gezondheid, geloof, rijksregisternummer) in de notitie.</translation>
    </message>
    <message numerus="yes">
        <source>This note will be erased at the next clean-up: the visit is older than the %n day(s) notes are kept.</source>
        <translation>
            <numerusform>Deze notitie wordt bij de volgende opruiming gewist: het bezoek is ouder dan de %n dag dat notities bewaard worden.</numerusform>
            <numerusform>Deze notitie wordt bij de volgende opruiming gewist: het bezoek is ouder dan de %n dagen dat notities bewaard worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note will be erased on {day}.</source>
        <translation>Deze notitie wordt gewist op {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Notes are erased after %n day(s).</source>
        <translation>
            <numerusform>Notities worden na %n dag gewist.</numerusform>
            <numerusform>Notities worden na %n dagen gewist.</numerusform>
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
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes, first visit</source>
        <translation>Ja, eerste bezoek</translation>
    </message>
    <message>
        <source>No, came before</source>
        <translation>Nee, al eerder geweest</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>The code comes off this visit when you save. “Keep the code” puts it back.</source>
        <translation>De code wordt van dit bezoek verwijderd wanneer u opslaat. Met „Code behouden” zet u ze terug.</translation>
    </message>
    <message>
        <source>Keep the code</source>
        <translation>Code behouden</translation>
    </message>
    <message>
        <source>Keep the visitor code</source>
        <translation>Bezoekerscode behouden</translation>
    </message>
    <message>
        <source>a code is recorded; type it to change it</source>
        <translation>er is een code opgeslagen; typ een code om ze te wijzigen</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <source>Remove the visitor code from this visit</source>
        <translation>Bezoekerscode van dit bezoek verwijderen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>VisitEditorDialog</name>
    <message>
        <source>Loading the visit…</source>
        <translation>Het bezoek wordt geladen…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Helper</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Datum en uur van het bezoek</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>&amp;History of this visit</source>
        <translation>&amp;Geschiedenis van dit bezoek</translation>
    </message>
    <message>
        <source>History of this visit</source>
        <translation>Geschiedenis van dit bezoek</translation>
    </message>
    <message>
        <source>The time of this visit could not be read; enter its date and time, then save.</source>
        <translation>Het tijdstip van dit bezoek kon niet gelezen worden; vul de datum en het uur in en sla dan op.</translation>
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
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only the visits of today</source>
        <translation>Alleen de bezoeken van vandaag</translation>
    </message>
    <message>
        <source>Visits from Monday to Sunday of this week</source>
        <translation>Bezoeken van maandag tot zondag van deze week</translation>
    </message>
    <message>
        <source>Visits from Monday to Sunday of last week</source>
        <translation>Bezoeken van maandag tot zondag van vorige week</translation>
    </message>
    <message>
        <source>Visits of this calendar month</source>
        <translation>Bezoeken van deze kalendermaand</translation>
    </message>
    <message>
        <source>Visits of last calendar month</source>
        <translation>Bezoeken van vorige kalendermaand</translation>
    </message>
    <message>
        <source>Every visit, newest first</source>
        <translation>Alle bezoeken, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>om het even</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Kies de dag op een kalender</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Eerste getoonde dag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Laatste getoonde dag</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Question type</source>
        <translation>Vr&amp;aagtype</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultaat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <source>Only the visits that still need a follow-up</source>
        <translation>Alleen de bezoeken die nog opgevolgd moeten worden</translation>
    </message>
    <message>
        <source>All spots</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All question types</source>
        <translation>Alle vraagtypes</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle resultaten</translation>
    </message>
    <message>
        <source>{label} (retired)</source>
        <translation>{label} (gearchiveerd)</translation>
    </message>
    <message>
        <source>“{0}” is not a day; type it as 23/11/2026 (or 23/11/26), or leave it empty.</source>
        <translation>„{0}” is geen dag; typ hem als 23/11/2026 (of 23/11/26), of laat het vak leeg.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>De eerste dag valt na de laatste.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>&amp;Who did the steps?</source>
        <translation>&amp;Wie deed het?</translation>
    </message>
    <message>
        <source>Who did the steps</source>
        <translation>Wie deed het</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Hoe is het afgelopen?</translation>
    </message>
    <message>
        <source>How did it end? (this saves the visit)</source>
        <translation>Hoe is het afgelopen? (dit bewaart het bezoek)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Doorverwijzing…</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Doorverwijzing noteren</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Meer details</translation>
    </message>
    <message>
        <source>Visitor code, duration, follow-up, channel, anonymous profile and a note</source>
        <translation>Bezoekerscode, duur, opvolging, kanaal, anoniem profiel en een notitie</translation>
    </message>
</context>
<context>
    <name>VisitTime</name>
    <message>
        <source>When: earlier</source>
        <translation>Wanneer: vroeger</translation>
    </message>
    <message>
        <source>When: now</source>
        <translation>Wanneer: nu</translation>
    </message>
    <message>
        <source>Record a visit that took place earlier</source>
        <translation>Een bezoek registreren dat eerder plaatsvond</translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation>Wanneer het bezoek plaatsvond</translation>
    </message>
    <message>
        <source>Hour of the visit</source>
        <translation>Uur van het bezoek</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Dag van het bezoek</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <source>Visits, newest first</source>
        <translation>Bezoeken, nieuwste eerst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the visit to change it (Enter)</source>
        <translation>Open het bezoek om het te wijzigen (Enter)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Save a copy of the visit with the time of now (Ctrl+D)</source>
        <translation>Een kopie van het bezoek opslaan met het huidige uur (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Delete the visit (Del); it can be undone</source>
        <translation>Het bezoek verwijderen (Del); dit kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>O&amp;ngedaan maken</translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation>Bezoeken worden geladen…</translation>
    </message>
    <message>
        <source>No visits match these filters.</source>
        <translation>Geen bezoeken voor deze filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n bezoek getoond; scrol omlaag voor oudere</numerusform>
            <numerusform>%n bezoeken getoond; scrol omlaag voor oudere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a time that cannot be read: open it to correct the time)</source>
        <translation>
            <numerusform>(%n met een tijdstip dat niet te lezen is: open het om het tijdstip te verbeteren)</numerusform>
            <numerusform>(%n met een tijdstip dat niet te lezen is: open ze om het tijdstip te verbeteren)</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was changed.</source>
        <translation>Het bezoek werd gewijzigd.</translation>
    </message>
    <message>
        <source>The visit is as it was before.</source>
        <translation>Het bezoek staat weer zoals voordien.</translation>
    </message>
    <message>
        <source>Delete this visit? It will no longer count in reports.</source>
        <translation>Dit bezoek verwijderen? Het telt dan niet meer mee in de rapporten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The follow-up is marked done.</source>
        <translation>De opvolging is afgevinkt.</translation>
    </message>
    <message>
        <source>The visit was deleted.</source>
        <translation>Het bezoek is verwijderd.</translation>
    </message>
    <message>
        <source>The follow-up is open again.</source>
        <translation>De opvolging staat weer open.</translation>
    </message>
    <message>
        <source>The visit is back.</source>
        <translation>Het bezoek is terug.</translation>
    </message>
    <message>
        <source>A copy of the visit was saved with the time of now.</source>
        <translation>Er is een kopie van het bezoek opgeslagen met het huidige uur.</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>This visit still needs a follow-up: tick the box once it is done</source>
        <translation>Dit bezoek heeft nog opvolging nodig: vink het vakje aan zodra dat gebeurd is</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Time unreadable</source>
        <translation>Tijdstip onleesbaar</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Every sync target has this version of the visit</source>
        <translation>Elk synchronisatiedoel heeft deze versie van het bezoek</translation>
    </message>
    <message>
        <source>This version of the visit has not reached every sync target yet</source>
        <translation>Deze versie van het bezoek is nog niet bij elk synchronisatiedoel aangekomen</translation>
    </message>
    <message>
        <source>No sync target is set up: this visit stays on this desk</source>
        <translation>Er is geen synchronisatiedoel ingesteld: dit bezoek blijft op deze balie</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Type a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>This name is longer than 80 characters; shorten it.</source>
        <translation>Deze naam is langer dan 80 tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>This name holds an invisible control character (often pasted along with text); type it again.</source>
        <translation>Deze naam bevat een onzichtbaar stuurteken (vaak mee geplakt met tekst); typ hem opnieuw.</translation>
    </message>
    <message>
        <source>Choose Dutch, French or English.</source>
        <translation>Kies Nederlands, Frans of Engels.</translation>
    </message>
    <message>
        <source>Choose what kind of spot this is.</source>
        <translation>Kies wat voor soort locatie dit is.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters; choose a longer one.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens nodig; kies een langere.</translation>
    </message>
    <message>
        <source>Choose volunteer, staff or coordinator.</source>
        <translation>Kies vrijwilliger, personeelslid of coördinator.</translation>
    </message>
    <message>
        <source>The key file keys.json next to the data is missing or damaged; restore it from a backup.</source>
        <translation>Het sleutelbestand keys.json naast de gegevens ontbreekt of is beschadigd; zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>This name and passphrase do not open the desk; check them and try again.</source>
        <translation>Met deze naam en wachtwoordzin gaat de balie niet open; controleer ze en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This recovery code does not open the desk; check it and try again.</source>
        <translation>Met deze herstelcode gaat de balie niet open; controleer hem en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This account was removed; ask a coordinator.</source>
        <translation>Dit account werd verwijderd; vraag het aan een coördinator.</translation>
    </message>
    <message>
        <source>Give a name of 1 to 80 characters.</source>
        <translation>Geef een naam van 1 tot 80 tekens.</translation>
    </message>
    <message>
        <source>{name} already has an account; choose another name.</source>
        <translation>{name} heeft al een account; kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no account called {name}.</source>
        <translation>Er is geen account met de naam {name}.</translation>
    </message>
    <message>
        <source>{name} is the last coordinator; add another coordinator first.</source>
        <translation>{name} is de laatste coördinator; voeg eerst een andere coördinator toe.</translation>
    </message>
    <message>
        <source>This desk has no accounts yet; add a coordinator first.</source>
        <translation>Deze balie heeft nog geen accounts; voeg eerst een coördinator toe.</translation>
    </message>
    <message>
        <source>Type at least one name.</source>
        <translation>Vul minstens één naam in.</translation>
    </message>
    <message>
        <source>This desk is already set up; change it in Settings.</source>
        <translation>Deze balie is al ingesteld; wijzig ze bij Instellingen.</translation>
    </message>
    <message>
        <source>This desk is not set up yet; finish the first steps first.</source>
        <translation>Deze balie is nog niet ingesteld; doorloop eerst de eerste stappen.</translation>
    </message>
    <message>
        <source>This spot no longer exists.</source>
        <translation>Deze locatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This helper no longer exists.</source>
        <translation>Deze medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Dit bezoek bestaat niet meer.</translation>
    </message>
    <message>
        <source>Give the group session a title of at most 120 characters.</source>
        <translation>Geef de groepsactiviteit een titel van hoogstens 120 tekens.</translation>
    </message>
    <message>
        <source>The number of participants must be between 1 and 500.</source>
        <translation>Het aantal deelnemers moet tussen 1 en 500 liggen.</translation>
    </message>
    <message>
        <source>Choose the level: beginner, intermediate or advanced.</source>
        <translation>Kies het niveau: beginner, gevorderd of ervaren.</translation>
    </message>
    <message>
        <source>The group session cannot start in the future; check its date and time.</source>
        <translation>De groepsactiviteit kan niet in de toekomst beginnen; kijk de datum en het uur na.</translation>
    </message>
    <message>
        <source>Each count of the participants&apos; profile must be a whole number of 0 or more.</source>
        <translation>Elk aantal in het profiel van de deelnemers moet een geheel getal van 0 of meer zijn.</translation>
    </message>
    <message>
        <source>The counts of one part of the profile add up to more than the participants; lower them or raise the participants.</source>
        <translation>De aantallen van één deel van het profiel zijn samen meer dan het aantal deelnemers; verlaag ze of verhoog het aantal deelnemers.</translation>
    </message>
    <message>
        <source>One of the question types is not in use any more; choose another.</source>
        <translation>Een van de vraagtypes wordt niet meer gebruikt; kies een ander.</translation>
    </message>
    <message>
        <source>One of the profile choices is not in use any more; clear its count.</source>
        <translation>Een van de keuzes in het profiel wordt niet meer gebruikt; maak het aantal leeg.</translation>
    </message>
    <message>
        <source>Choose fewer question types for this group session.</source>
        <translation>Kies minder vraagtypes voor deze groepsactiviteit.</translation>
    </message>
    <message>
        <source>One of the helpers no longer works here; choose the helpers again.</source>
        <translation>Een van de medewerkers werkt hier niet meer; kies de medewerkers opnieuw.</translation>
    </message>
    <message>
        <source>This spot is not in use any more; choose another one.</source>
        <translation>Deze locatie is niet meer in gebruik; kies een andere.</translation>
    </message>
    <message>
        <source>This group session no longer exists.</source>
        <translation>Deze groepsactiviteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>This helper is not in use any more; choose another one.</source>
        <translation>Deze medewerker is niet meer actief; kies een andere.</translation>
    </message>
    <message>
        <source>This session has been closed; open a new one or save the visit without a session.</source>
        <translation>Deze permanentie is gesloten; open een nieuwe of sla het bezoek op zonder permanentie.</translation>
    </message>
    <message>
        <source>The visit&apos;s spot is not the spot of its session; choose the session&apos;s spot.</source>
        <translation>De locatie van het bezoek is niet die van de permanentie; kies de locatie van de permanentie.</translation>
    </message>
    <message>
        <source>This quick count is not known; record the visit with the form.</source>
        <translation>Deze snelle telling is onbekend; registreer het bezoek met het formulier.</translation>
    </message>
    <message>
        <source>This visit was deleted in the meantime; undo the delete to change it.</source>
        <translation>Dit bezoek is intussen verwijderd; maak het verwijderen ongedaan om het te wijzigen.</translation>
    </message>
    <message>
        <source>This visit was changed in the meantime; open it again and redo your change.</source>
        <translation>Dit bezoek is intussen gewijzigd; open het opnieuw en breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>This desk is protected; sign in with your name and passphrase.</source>
        <translation>Deze balie is beveiligd; meld u aan met uw naam en wachtwoordzin.</translation>
    </message>
    <message>
        <source>This desk is already protected; a coordinator adds accounts.</source>
        <translation>Deze balie is al beveiligd; een coördinator voegt accounts toe.</translation>
    </message>
    <message>
        <source>The time of this visit could not be read; enter its date and time.</source>
        <translation>Het tijdstip van dit bezoek kon niet gelezen worden; vul de datum en het uur in.</translation>
    </message>
    <message>
        <source>This visit was deleted.</source>
        <translation>Dit bezoek werd verwijderd.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened for writing: {reason}.</source>
        <translation>Het gegevensbestand {path} kan niet worden geopend om te schrijven: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is on a network share, where the data file could be damaged; choose a folder on this computer or a USB stick.</source>
        <translation>De gegevensmap {path} staat op een netwerkschijf, waar het gegevensbestand beschadigd kan raken; kies een map op deze computer of op een USB-stick.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>De gegevensmap {path} kan niet worden aangemaakt: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; choose another folder.</source>
        <translation>Er kan niet worden geschreven in de gegevensmap {path}; kies een andere map.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Deze permanentie bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of the helpers no longer exists; choose the helpers again.</source>
        <translation>Een van de medewerkers bestaat niet meer; kies de medewerkers opnieuw.</translation>
    </message>
    <message>
        <source>A session is already open at {spot}; close it before opening another.</source>
        <translation>Er is al een permanentie open in {spot}; sluit die eerst voor u een nieuwe opent.</translation>
    </message>
    <message>
        <source>The number of people turned away must be between 0 and 1000.</source>
        <translation>Het aantal mensen dat niet geholpen kon worden, moet tussen 0 en 1000 liggen.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock says it is earlier than when this session opened; set the right date and time, then close it.</source>
        <translation>Volgens de klok van de computer is het vroeger dan het moment waarop deze permanentie begon; stel de juiste datum en het juiste uur in en sluit ze dan.</translation>
    </message>
    <message>
        <source>The data file {path} is not a Helpdesk data file; choose another data folder.</source>
        <translation>Het bestand {path} is geen Helpdesk-gegevensbestand; kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({reason}); check that its disk is connected and try again.</source>
        <translation>Het gegevensbestand {path} kan niet gelezen worden ({reason}); controleer of de schijf aangesloten is en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This data was made by a newer version of Helpdesk; install that version (or newer) to open it.</source>
        <translation>Deze gegevens komen van een nieuwere versie van Helpdesk; installeer die versie (of een nieuwere) om ze te openen.</translation>
    </message>
    <message>
        <source>Updating the data file left broken links; restore the backup next to it and tell your coordinator.</source>
        <translation>Bij het bijwerken van het gegevensbestand zijn koppelingen verbroken; zet de back-up in dezelfde map terug en verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>The value of {name} cannot be saved; correct it and try again.</source>
        <translation>De waarde van {name} kan niet worden opgeslagen; verbeter ze en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Choose at least one question type for this visit.</source>
        <translation>Kies minstens één vraagtype voor dit bezoek.</translation>
    </message>
    <message>
        <source>The question type {code} is not in use any more; choose another.</source>
        <translation>Het vraagtype {code} is niet meer in gebruik; kies een ander.</translation>
    </message>
    <message>
        <source>Choose how the visit ended (the outcome).</source>
        <translation>Kies hoe het bezoek is afgelopen (het resultaat).</translation>
    </message>
    <message>
        <source>The outcome {code} is not in use any more; choose another.</source>
        <translation>Het resultaat {code} is niet meer in gebruik; kies een ander.</translation>
    </message>
    <message>
        <source>The choice {code} is not in use any more; choose another.</source>
        <translation>De keuze {code} is niet meer in gebruik; kies een andere.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 600 minutes.</source>
        <translation>De duur moet tussen 1 en 600 minuten liggen.</translation>
    </message>
    <message>
        <source>A follow-up date needs “follow-up needed” ticked; tick it or clear the date.</source>
        <translation>Voor een opvolgingsdatum moet “Opvolging nodig” aangevinkt zijn; vink het aan of wis de datum.</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters; shorten it.</source>
        <translation>De notitie is langer dan 500 tekens; maak ze korter.</translation>
    </message>
    <message>
        <source>The note holds an invisible control character (often pasted along with text); type the note again.</source>
        <translation>De notitie bevat een onzichtbaar stuurteken (vaak mee geplakt met tekst); typ de notitie opnieuw.</translation>
    </message>
    <message>
        <source>Give a Belgian postcode of four digits, or tick “outside Belgium”.</source>
        <translation>Geef een Belgische postcode van vier cijfers, of vink “Buiten België” aan.</translation>
    </message>
    <message>
        <source>The visitor code cannot be saved; type it again.</source>
        <translation>De bezoekerscode kan niet bewaard worden; typ ze opnieuw.</translation>
    </message>
    <message>
        <source>The time of the visit has no time zone; enter it again.</source>
        <translation>Het uur van het bezoek heeft geen tijdzone; vul het opnieuw in.</translation>
    </message>
    <message>
        <source>The visit cannot start in the future; check its date and time.</source>
        <translation>Een bezoek kan niet in de toekomst beginnen; controleer de datum en het uur.</translation>
    </message>
    <message>
        <source>The item {code} is not in this list.</source>
        <translation>Het item {code} staat niet in deze lijst.</translation>
    </message>
    <message>
        <source>This is the last item in use in its list; add another before retiring it.</source>
        <translation>Dit is het laatste item in gebruik in deze lijst; voeg eerst een ander toe voor u het archiveert.</translation>
    </message>
    <message>
        <source>The taxonomy file {path} does not exist.</source>
        <translation>Het lijstenbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The taxonomy file {path} cannot be read: {reason}.</source>
        <translation>Het lijstenbestand {path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>het is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>it does not say format = &quot;helpdesk-taxonomy&quot;</source>
        <translation>er staat geen format = &quot;helpdesk-taxonomy&quot; in</translation>
    </message>
    <message>
        <source>it was made for a newer version of Helpdesk</source>
        <translation>het is gemaakt voor een nieuwere versie van Helpdesk</translation>
    </message>
    <message>
        <source>The taxonomy file {source} cannot be used: {reason}.</source>
        <translation>Het lijstenbestand {source} kan niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>The taxonomy cannot be written to {path}: {reason}.</source>
        <translation>De lijsten kunnen niet worden opgeslagen in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; what was saved before is safe. Please try again, and tell your coordinator if it happens again.</source>
        <translation>Er ging onverwacht iets mis; wat al opgeslagen was, is veilig. Probeer opnieuw en verwittig uw coördinator als het nog eens gebeurt.</translation>
    </message>
    <message>
        <source>Helpdesk is closing; nothing more is read or saved.</source>
        <translation>Helpdesk wordt afgesloten; er wordt niets meer gelezen of bewaard.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: {reason}.</source>
        <translation>Het gegevensbestand kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <source>The database address {url} cannot be understood.</source>
        <translation>Het databaseadres {url} is niet te begrijpen.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened: {reason}.</source>
        <translation>De database van de hub kan niet geopend worden: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick plugged in?); the records stay on this desk.</source>
        <translation>De map {folder} is er niet (zit de USB-stick erin?); de registraties blijven op deze balie.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to ({reason}); the records stay on this desk.</source>
        <translation>Er kan niet in de map {folder} geschreven worden ({reason}); de registraties blijven op deze balie.</translation>
    </message>
    <message>
        <source>{target} cannot be reached; the records stay on this desk and go at the next sync.</source>
        <translation>{target} is niet bereikbaar; de registraties blijven op deze balie en gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{target} did not answer in time; the records stay on this desk and go at the next sync.</source>
        <translation>{target} antwoordde niet op tijd; de registraties blijven op deze balie en gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{target} is busy; the records stay on this desk and go at the next sync.</source>
        <translation>{target} is bezet; de registraties blijven op deze balie en gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{target} had a problem of its own (error {status}); the records stay on this desk and go at the next sync.</source>
        <translation>{target} had zelf een probleem (fout {status}); de registraties blijven op deze balie en gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{target} answered, but not as a Helpdesk receiver does (a Wi-Fi login page?); the records stay on this desk.</source>
        <translation>{target} antwoordde, maar niet zoals een Helpdesk-ontvanger (een aanmeldpagina van de wifi?); de registraties blijven op deze balie.</translation>
    </message>
    <message>
        <source>The hub refused the desk&apos;s token — ask your coordinator for a new one.</source>
        <translation>De hub weigerde het token van de balie — vraag uw coördinator om een nieuw.</translation>
    </message>
    <message>
        <source>{target} already holds some of these {count} records with other content (“{reason}”); they were set aside and stay on this desk: tell your coordinator.</source>
        <translation>{target} heeft sommige van deze {count} registraties al met een andere inhoud (“{reason}”); ze zijn apart gezet en blijven op deze balie: verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>The certificate of {target} cannot be trusted, so nothing was sent; tell your coordinator.</source>
        <translation>Het certificaat van {target} is niet te vertrouwen, dus er werd niets verstuurd; verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>{target} refused {count} records: “{reason}”. They stay on this desk; tell your coordinator.</source>
        <translation>{target} weigerde {count} registraties: “{reason}”. Ze blijven op deze balie; verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>This sync target no longer exists.</source>
        <translation>Dit synchronisatiedoel bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no sync target called {name}.</source>
        <translation>Er is geen synchronisatiedoel met de naam {name}.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, starting with https://.</source>
        <translation>Typ het adres van de hub, beginnend met https://.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is only accepted for this computer itself.</source>
        <translation>Gebruik een https://-adres; gewoon http:// wordt alleen aanvaard voor deze computer zelf.</translation>
    </message>
    <message>
        <source>Type a name for this target.</source>
        <translation>Typ een naam voor dit doel.</translation>
    </message>
    <message>
        <source>This name is longer than 40 characters; shorten it.</source>
        <translation>Deze naam is langer dan 40 tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>Another target is already called {name}; choose another name.</source>
        <translation>Een ander doel heet al {name}; kies een andere naam.</translation>
    </message>
    <message>
        <source>Choose whether to send to a hub or to a folder.</source>
        <translation>Kies of u naar een hub of naar een map stuurt.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 5000 records.</source>
        <translation>Een pakket moet tussen 1 en 5000 registraties tellen.</translation>
    </message>
    <message>
        <source>Type the token your coordinator gave you for this desk.</source>
        <translation>Typ het token dat uw coördinator u voor deze balie gaf.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Kies een map.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>De map {folder} bestaat niet; kies een andere.</translation>
    </message>
    <message>
        <source>There is no spot called &quot;{name}&quot;; the spots are: {spots}.</source>
        <translation>Er is geen locatie met de naam &quot;{name}&quot;; de locaties zijn: {spots}.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Het exporteren is gestopt; er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <source>There is no sheet preset called {preset}; the presets are: {known}.</source>
        <translation>Er is geen weergave voor een financier met de naam {preset}; de weergaven zijn: {known}.</translation>
    </message>
    <message>
        <source>{format} is not a sheet format; choose pdf, xlsx, csv, csv-excel or csv-groups.</source>
        <translation>{format} is geen formaat voor een overzicht; kies pdf, xlsx, csv, csv-excel of csv-groups.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} is een map; geef de naam van het bestand dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place for the sheet.</source>
        <translation>De map {folder} bestaat niet; kies een andere plaats voor het overzicht.</translation>
    </message>
    <message>
        <source>The sheet cannot be written to {path}: {reason}.</source>
        <translation>Het overzicht kan niet worden weggeschreven naar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Give either --week or --from/--to, not both.</source>
        <translation>Geef --week of --from/--to, niet allebei.</translation>
    </message>
    <message>
        <source>--to-week needs --week.</source>
        <translation>--to-week kan alleen samen met --week.</translation>
    </message>
    <message>
        <source>Say which period: --week 2026-W47, or --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Zeg welke periode: --week 2026-W47, of --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <source>Write dates like 2026-11-24 (year, month, day).</source>
        <translation>Schrijf datums als 2026-11-24 (jaar, maand, dag).</translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W47.</source>
        <translation>{text} is geen week; schrijf ze als 2026-W47.</translation>
    </message>
    <message>
        <source>Choose a week from the years 1900 to 9999.</source>
        <translation>Kies een week uit de jaren 1900 tot 9999.</translation>
    </message>
    <message>
        <source>The year {year} has no week {week}.</source>
        <translation>Het jaar {year} heeft geen week {week}.</translation>
    </message>
    <message>
        <source>The last week of 9999 ends in the year 10000; choose an earlier week.</source>
        <translation>De laatste week van 9999 eindigt in het jaar 10000; kies een vroegere week.</translation>
    </message>
    <message>
        <source>The period ends before it starts; swap the two ends.</source>
        <translation>De periode eindigt voor ze begint; wissel de twee data om.</translation>
    </message>
    <message>
        <source>A sheet covers at most three years; choose a shorter period.</source>
        <translation>Een overzicht beslaat hoogstens drie jaar; kies een kortere periode.</translation>
    </message>
    <message>
        <source>This period holds {visits} visits, more than one Excel sheet can take ({room}); choose a shorter period, or CSV.</source>
        <translation>Deze periode telt {visits} bezoeken, meer dan één Excel-blad kan bevatten ({room}); kies een kortere periode of CSV.</translation>
    </message>
    <message>
        <source>The time zone {zone} is not known; give one such as Europe/Brussels.</source>
        <translation>De tijdzone {zone} is onbekend; geef een tijdzone op zoals Europe/Brussels.</translation>
    </message>
    <message>
        <source>The database {database} holds tables that are not the hub&apos;s; give the hub a database of its own.</source>
        <translation>De database {database} bevat tabellen die niet van de hub zijn; geef de hub een eigen database.</translation>
    </message>
    <message>
        <source>This hub database was made by a newer version of Helpdesk; install that version (or newer) to open it.</source>
        <translation>Deze hub-database komt van een nieuwere versie van Helpdesk; installeer die versie (of een nieuwere) om ze te openen.</translation>
    </message>
    <message>
        <source>Your account ({role}) cannot do this; ask a coordinator.</source>
        <translation>Uw account ({role}) mag dit niet doen; vraag het aan een coördinator.</translation>
    </message>
    <message>
        <source>Give a number of days between 1 and {most}.</source>
        <translation>Geef een aantal dagen tussen 1 en {most}.</translation>
    </message>
    <message>
        <source>Helpdesk is open on this data somewhere else; close it there and try again.</source>
        <translation>Helpdesk is elders geopend op deze gegevens; sluit het daar en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The encrypted copy of the data is not complete; nothing was changed. Try again, or tell your coordinator.</source>
        <translation>De versleutelde kopie van de gegevens is niet volledig; er werd niets gewijzigd. Probeer opnieuw of verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>The encrypted copy of the data is damaged; nothing was changed. Try again, or tell your coordinator.</source>
        <translation>De versleutelde kopie van de gegevens is beschadigd; er werd niets gewijzigd. Probeer opnieuw of verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>No backup of {path} could be made: {reason}.</source>
        <translation>Er kon geen back-up van {path} gemaakt worden: {reason}.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Er is geen back-upbestand {path}.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}. The data file was kept as {aside}.</source>
        <translation>De back-up kon niet teruggezet worden: {reason}. Het gegevensbestand is bewaard als {aside}.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing more can be saved; free some space (empty the recycle bin, remove large files) and try again. What was saved before is safe.</source>
        <translation>De schijf met {path} is vol, dus er kan niets meer opgeslagen worden; maak ruimte vrij (maak de prullenbak leeg, verwijder grote bestanden) en probeer opnieuw. Wat al opgeslagen was, is veilig.</translation>
    </message>
    <message>
        <source>The data file {path} is on a disk that can only be read (a locked stick or a read-only share); unlock it or move the data folder to a disk you can write to.</source>
        <translation>Het gegevensbestand {path} staat op een schijf die alleen gelezen kan worden (een vergrendelde stick of een alleen-lezen netwerkmap); ontgrendel ze of verplaats de gegevensmap naar een schijf waarop u kunt schrijven.</translation>
    </message>
    <message>
        <source>This user may not write the data file {path}; ask whoever manages this computer for access, or start Helpdesk with another data folder.</source>
        <translation>Deze gebruiker mag het gegevensbestand {path} niet wijzigen; vraag toegang aan wie deze computer beheert, of start Helpdesk met een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged; restore the latest backup (Restore in the app, or helpdesk restore) and tell your coordinator.</source>
        <translation>Het gegevensbestand {path} is beschadigd; zet de laatste back-up terug (Terugzetten in de app, of helpdesk restore) en verwittig uw coördinator.</translation>
    </message>
    <message>
        <source>Give a number of minutes between {least} and {most}.</source>
        <translation>Geef een aantal minuten tussen {least} en {most}.</translation>
    </message>
    <message>
        <source>A visitor code has 3 to 24 letters or digits; check the code.</source>
        <translation>Een bezoekerscode heeft 3 tot 24 letters of cijfers; kijk de code na.</translation>
    </message>
    <message>
        <source>The key file cannot be written there; choose another folder.</source>
        <translation>Het sleutelbestand kan daar niet geschreven worden; kies een andere map.</translation>
    </message>
    <message>
        <source>Visits on this desk already carry codes made with another key; import the network&apos;s key before the first code is recorded.</source>
        <translation>Bezoeken op deze balie hebben al codes die met een andere sleutel gemaakt zijn; importeer de sleutel van het netwerk voordat de eerste code geregistreerd wordt.</translation>
    </message>
    <message>
        <source>This file is not a visitor key exported by Helpdesk; choose the file the coordinator exported.</source>
        <translation>Dit bestand is geen bezoekerssleutel die Helpdesk exporteerde; kies het bestand dat de coördinator exporteerde.</translation>
    </message>
    <message>
        <source>The key file cannot be read; check its name and folder.</source>
        <translation>Het sleutelbestand kan niet gelezen worden; kijk de naam en de map na.</translation>
    </message>
    <message>
        <source>{target} hands out the network&apos;s key for visitor codes, but visits here already carry codes made with this desk&apos;s own key, so the desk keeps its own and its people are not counted with the network&apos;s (see docs/hub.md).</source>
        <translation>{target} geeft de netwerksleutel voor bezoekerscodes door, maar bezoeken hier dragen al codes die met de eigen sleutel van deze balie gemaakt zijn. De balie houdt daarom haar eigen sleutel en haar bezoekers worden niet samen met die van het netwerk geteld (zie docs/hub.md).</translation>
    </message>
</context>
</TS>
