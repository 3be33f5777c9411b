<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/about.py" line="+26"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not made yet</source>
        <extracomment>The folders asked to be shown (the system&apos;s file manager opens them); kept for the tests.</extracomment>
        <translation>Finns inte ännu</translation>
    </message>
    <message>
        <source>About AI.ALL* Workshop Desk</source>
        <translation>Om AI.ALL* Workshop Desk</translation>
    </message>
    <message>
        <source>AI.ALL* Workshop Desk</source>
        <translation>AI.ALL* Workshop Desk</translation>
    </message>
    <message>
        <source>The offline desk for facilitators of the AI.ALL* project: organisations, participants, activities and cases, kept on this computer.</source>
        <translation>Offlineverktyget för processledarna i projektet AI.ALL*: organisationer, deltagare, aktiviteter och case, sparade på den här datorn.</translation>
    </message>
    <message>
        <source>Co-financed by Region Örebro län and the European Union (European Regional Development Fund)</source>
        <translation>AI.ALL* medfinansieras av Region Örebro län och Europeiska unionen (Europeiska regionala utvecklingsfonden)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it.</source>
        <translation>Fri programvara under GNU General Public License, version 3 eller senare: du får använda, studera, dela och ändra den.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Loggar:</translation>
    </message>
    <message>
        <source>Logs folder</source>
        <translation>Mappen för loggar</translation>
    </message>
    <message>
        <source>Open the database&apos;s folder</source>
        <translation>Öppna databasens mapp</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Öppna mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Öppna mappen för loggar</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/activity_form.py" line="+85"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As run</source>
        <translation>Faktisk tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agenda yet: it is planned on the workshop page.</source>
        <translation>Ingen agenda än: den planeras på workshopsidan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on the list yet.</source>
        <translation>Ingen på listan än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases from this activity</source>
        <translation>Case från den här aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases came from it yet.</source>
        <translation>Inga case har kommit från den än.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New activity: %1</source>
        <translation>Ny aktivitet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the activity&apos;s title.</source>
        <translation>Ange aktivitetens titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date, as YYYY-MM-DD.</source>
        <translation>Ange datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the start time, as HH:MM.</source>
        <translation>Ange starttiden som TT:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the end time, as HH:MM.</source>
        <translation>Ange sluttiden som TT:MM.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The end time must be after the start time (%1).</source>
        <translation>Sluttiden måste vara efter starttiden (%1).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The end time moved to %1: the activity keeps its length.</source>
        <translation>Sluttiden flyttades till %1: aktiviteten behåller sin längd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>change of %1 (the end moved to %2)</source>
        <translation>ändring av %1 (sluttiden flyttades till %2)</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Fields marked * are required. Times as HH:MM, the date as YYYY-MM-DD.</source>
        <translation>Fält markerade med * är obligatoriska. Tider anges som TT:MM och datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Title: problem</source>
        <translation>Titel: problem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Typ av aktivitet</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Required, as YYYY-MM-DD</source>
        <translation>Obligatoriskt, som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The day of the activity, as YYYY-MM-DD (2025-03-12).</source>
        <translation>Dagen för aktiviteten, som ÅÅÅÅ-MM-DD (2025-03-12).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Date: problem</source>
        <translation>Datum: problem</translation>
    </message>
    <message>
        <source>Time *</source>
        <translation>Tid *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Required, as HH:MM</source>
        <translation>Obligatoriskt, som TT:MM</translation>
    </message>
    <message>
        <source>When the activity starts, as HH:MM (09:00).</source>
        <translation>När aktiviteten börjar, som TT:MM (09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Required, as HH:MM; after the start</source>
        <translation>Obligatoriskt, som TT:MM; efter starttiden</translation>
    </message>
    <message>
        <source>When the activity ends, as HH:MM (12:00).</source>
        <translation>När aktiviteten slutar, som TT:MM (12:00).</translation>
    </message>
    <message>
        <source>Start time: problem</source>
        <translation>Starttid: problem</translation>
    </message>
    <message>
        <source>End time: problem</source>
        <translation>Sluttid: problem</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Who leads the activity.</source>
        <translation>Vem som leder aktiviteten.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Organisations involved</source>
        <translation>Medverkande organisationer</translation>
    </message>
    <message>
        <source>Organisations from the register; type part of a name and pick it. Separate several with a semicolon.</source>
        <translation>Organisationer från registret: skriv en del av ett namn och välj det. Skilj flera åt med semikolon.</translation>
    </message>
    <message>
        <source>Type a name; separate several with ;</source>
        <translation>Skriv ett namn; skilj flera åt med ;</translation>
    </message>
    <message>
        <source>Organisations: problem</source>
        <translation>Organisationer: problem</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What the activity should achieve.</source>
        <translation>Vad aktiviteten ska uppnå.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/agenda_model.py" line="+35"/>
        <source>Start</source>
        <extracomment>The block field behind each column (the start is computed, not stored).</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 h %2 min</source>
        <extracomment>What a dragged row carries: the block&apos;s id (a drop from another program carries none of ours).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 minutes</source>
        <extracomment>An edit was refused; the reason, for the status bar.</extracomment>
        <translation>%1 minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (+%2 d)</source>
        <translation>%1 (+%2 d)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The activity&apos;s start time cannot be read, so the blocks have no times</source>
        <translation>Aktivitetens starttid kan inte läsas, så punkterna saknar tider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2</source>
        <translation>Från %1 till %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Minutes are a whole number, such as 15.</source>
        <translation>Minuter anges som ett heltal, till exempel 15.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A block needs a title; the old one is kept.</source>
        <translation>En punkt måste ha en titel; den gamla behålls.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of block %2</source>
        <translation>%1 för punkt %2</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/agenda_tab.py" line="+84"/>
        <source>Warning</source>
        <extracomment>The block to make current after the next reload: (id, column, open its editor).</extracomment>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Agenda blocks</source>
        <translation>Agendapunkter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>One row per block. F2 or Enter edits a cell; Ctrl+Up and Ctrl+Down move the block.</source>
        <translation>En rad per punkt. F2 eller Enter redigerar en cell; Ctrl+Upp och Ctrl+Ned flyttar punkten.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>600 min</source>
        <translation>600 min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Block</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new block after the current one</source>
        <translation>En ny punkt efter den markerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the current block, right after it</source>
        <translation>En kopia av den markerade punkten, direkt efter den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current block (Undo brings it back)</source>
        <translation>Ta bort den markerade punkten (Ångra tar tillbaka den)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the current block one place earlier</source>
        <translation>Flytta den markerade punkten ett steg tidigare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the current block one place later</source>
        <translation>Flytta den markerade punkten ett steg senare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply &amp;Template…</source>
        <translation>Använd &amp;mall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the agenda from a template (yours or one that comes with the program)</source>
        <translation>Fyll agendan från en mall (din egen eller en som följer med programmet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as Template…</source>
        <translation>&amp;Spara som mall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this plan to start new activities from</source>
        <translation>Spara den här planeringen att utgå från i nya aktiviteter</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No activity is open.</source>
        <translation>Ingen aktivitet är öppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agenda yet — add a block or apply a template</source>
        <translation>Ingen agenda än – lägg till en punkt eller använd en mall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total %1 (the planned start or end time cannot be read)</source>
        <translation>Totalt %1 (planerad start- eller sluttid kan inte läsas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total %1 of %2 planned (%3–%4)</source>
        <translation>Totalt %1 av %2 planerat (%3–%4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 the next day</source>
        <translation>%1 nästa dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs %1 over the planned end (%2)</source>
        <translation>Drar över planerat slut (%2) med %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the %1 of “%2”</source>
        <translation>Ändra %1 för ”%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New block</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agenda block</source>
        <translation>Lägg till en agendapunkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicera ”%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the block “%1”. Undo brings it back.</source>
        <translation>Punkten ”%1” togs bort. Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move “%1”</source>
        <translation>Flytta ”%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Save as Template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name of the template (shown when you start a new activity from it):</source>
        <translation>Mallens namn (visas när du skapar en ny aktivitet från den):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A template needs a name; nothing was saved.</source>
        <translation>En mall måste ha ett namn; inget sparades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the template “%1”</source>
        <translation>Spara mallen ”%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the template “%1”.</source>
        <translation>Mallen ”%1” sparades.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Template</source>
        <translation>Använd mall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agenda already has blocks. Replace them with the template’s, or add the template’s blocks after them?</source>
        <translation>Agendan har redan punkter. Vill du ersätta dem med mallens punkter eller lägga till mallens punkter efter dem?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add After</source>
        <translation>Lägg till efter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either way, Undo takes it back in one step.</source>
        <translation>I båda fallen tar Ångra tillbaka ändringen i ett steg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the template “%1”</source>
        <translation>Använd mallen ”%1”</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/backups.py" line="+396"/>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the register&apos;s backups, take one, or restore one</source>
        <translation>Visa registrets säkerhetskopior, skapa en ny eller återställ en</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another job (an import, an export or printing) is running: wait for it, or cancel it, then restore.</source>
        <translation>Ett annat jobb (en import, en export eller en utskrift) pågår: vänta tills det är klart eller avbryt det, och återställ sedan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The daily backup could not be written: %1</source>
        <translation>Den dagliga säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location line="-309"/>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-57"/>
        <source>Daily, on opening</source>
        <extracomment>Larger registers are backed up in the background (about 0.1 s of copying on a laptop&apos;s disk).</extracomment>
        <translation>Daglig, vid öppning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>Skapad manuellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before deleting records</source>
        <translation>Före borttagning av poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the upgrade to version %1</source>
        <translation>Före uppgradering till version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied into the folder</source>
        <translation>Kopierad till mappen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Folder: %1</source>
        <extracomment>The window&apos;s database was closed by a restore (done or stopped half-way): open this file again. The list changed (a backup taken or restored); for tests and whoever shows counts. How a folder is shown in the file manager (a test puts a recorder here).</extracomment>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no backups of this register yet. Back Up Now takes one.</source>
        <translation>Det finns inga säkerhetskopior av registret än. Klicka på Säkerhetskopiera nu för att skapa en.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+41"/>
        <source>Restore Backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Restore the backup taken %1?</source>
        <translation>Vill du återställa säkerhetskopian från %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything changed in the register since then is replaced. The register as it is now is backed up first, so it stays in this list (“Before a restore”).</source>
        <translation>Allt som har ändrats i registret sedan dess ersätts. Registret som det ser ut nu säkerhetskopieras först, så det finns kvar i listan (”Före återställning”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This backup cannot be restored.</source>
        <translation>Den här säkerhetskopian kan inte återställas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+59"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The register has not been changed. Choose another backup.</source>
        <translation>Registret har inte ändrats. Välj en annan säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored the backup taken %1. The register as it was before is the newest backup in the list.</source>
        <translation>Säkerhetskopian från %1 har återställts. Registret som det såg ut innan är den senaste säkerhetskopian i listan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was not restored.</source>
        <translation>Säkerhetskopian återställdes inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register has not been changed. Check that the disk has room and that no other program has the register open, then try again.</source>
        <translation>Registret har inte ändrats. Kontrollera att det finns utrymme på disken och att inget annat program har registret öppet, och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Backing up… The window can be used meanwhile.</source>
        <translation>Säkerhetskopierar… Du kan använda fönstret under tiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up: %1</source>
        <translation>Säkerhetskopierat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>No backup was taken.</source>
        <translation>Ingen säkerhetskopia skapades.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up Now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the disk has room and that the folder may be written.</source>
        <translation>Kontrollera att det finns utrymme på disken och att du har skrivbehörighet till mappen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backups folder cannot be made: %1</source>
        <translation>Mappen för säkerhetskopior kan inte skapas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file manager could show the folder. It is %1</source>
        <translation>Ingen filhanterare kunde visa mappen. Sökvägen är %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup of this register is taken the first time it is opened each day, and before an import, a bulk delete or a restore. The last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>En säkerhetskopia av registret skapas första gången det öppnas varje dag, och före en import, en massborttagning eller en återställning. Kopior från de senaste 7 dagarna, 4 veckorna och 12 månaderna sparas.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Säkerhetskopior, nyaste först:</translation>
    </message>
    <message>
        <source>The backups of this register, newest first: when each was taken, why, and its size</source>
        <translation>Registrets säkerhetskopior, nyaste först: när varje kopia skapades, varför och hur stor den är</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Status för säkerhetskopiering</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <source>Put the chosen backup in the place of the register (the register as it is now is backed up first)</source>
        <translation>Ersätt registret med den valda säkerhetskopian (registret som det ser ut nu säkerhetskopieras först)</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>Back up the register now</source>
        <translation>Säkerhetskopiera registret nu</translation>
    </message>
    <message>
        <source>Take a backup of the register as it is now</source>
        <translation>Skapa en säkerhetskopia av registret som det ser ut nu</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Öppna mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>Visa mappen för säkerhetskopior i filhanteraren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>BelowModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/dashboard_page.py" line="+209"/>
        <source>Date</source>
        <extracomment>How long the period may stay unchanged before it is read: typing &quot;2024&quot; into the year is one change. The steps the reading job reports. Reading jobs until they end, whatever became of the page that started them: a job&apos;s thread must never be deleted while it runs. Where the activity&apos;s mark goes: local noon of its day in ms since the epoch, and the women share in percent rounded down to a tenth (as the texts show it). Everyone present at any activity of the period, each person once. Every activity of the period, in date order (the summary&apos;s order).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender not stated</source>
        <translation>Kön ej angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women share</source>
        <translation>Andel kvinnor</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Below the minimum, but some people have not stated a gender: the share could reach %1.</source>
        <translation>Under minimigränsen, men några har inte angett kön: andelen kan nå %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(up to %1)</source>
        <translation>(upp till %1)</translation>
    </message>
</context>
<context>
    <name>CaptureLine</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/cases_tab.py" line="+80"/>
        <source>Suggestions</source>
        <extracomment>On the completer&apos;s rows: the folded names to match against, and the text to put into the line. How many areas the number keys reach.</extracomment>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/case_matrix.py" line="+158"/>
        <source>value {value}, feasibility {feasibility}</source>
        <extracomment>The user let go of the card after dragging it (its case id).</extracomment>
        <translation>nytta {value}, genomförbarhet {feasibility}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not placed yet</source>
        <translation>inte placerat än</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/case_form.py" line="+121"/>
        <source>Not scored</source>
        <translation>Ej bedömt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 – low</source>
        <translation>1 – låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – high</source>
        <translation>5 – hög</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not from an activity</source>
        <translation>Inte från någon aktivitet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stage history</source>
        <translation>Fashistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage changes yet.</source>
        <translation>Inga fasbyten än.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Intersection case %1: it spans two or more areas.</source>
        <translation>Skärningspunktscase %1: caset spänner över två eller fler områden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New case: %1</source>
        <translation>Nytt case: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nytt case</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the case&apos;s title.</source>
        <translation>Ange casets titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the case is parked.</source>
        <translation>Ange varför caset är parkerat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A parked case needs a reason: write it under “Why parked” below.</source>
        <translation>Ett parkerat case måste ha en orsak: skriv den under ”Varför parkerat” nedan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>move to %1</source>
        <translation>flytt till %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>adding %1</source>
        <translation>tillägg av %1</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Fields marked * are required. Scores run from 1 (low) to 5 (high).</source>
        <translation>Fält markerade med * är obligatoriska. Poängen går från 1 (låg) till 5 (hög).</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Title: problem</source>
        <translation>Titel: problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problembeskrivning</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Where the case is in the method. A change is kept in the stage history.</source>
        <translation>Var caset befinner sig i metoden. Ändringar sparas i fashistoriken.</translation>
    </message>
    <message>
        <source>Stage: problem</source>
        <translation>Fas: problem</translation>
    </message>
    <message>
        <source>Why parked</source>
        <translation>Varför parkerat</translation>
    </message>
    <message>
        <source>Why the case is parked</source>
        <translation>Varför caset är parkerat</translation>
    </message>
    <message>
        <source>Required when the case is parked</source>
        <translation>Obligatoriskt när caset är parkerat</translation>
    </message>
    <message>
        <source>Only for a parked case: why it stopped</source>
        <translation>Bara för parkerade case: varför arbetet stoppades</translation>
    </message>
    <message>
        <source>Why parked: problem</source>
        <translation>Varför parkerat: problem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>The participant who drives the case.</source>
        <translation>Deltagaren som driver caset.</translation>
    </message>
    <message>
        <source>Type part of a name and pick the person</source>
        <translation>Skriv en del av ett namn och välj personen</translation>
    </message>
    <message>
        <source>Owner: problem</source>
        <translation>Ägare: problem</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Organisations of the case</source>
        <translation>Casets organisationer</translation>
    </message>
    <message>
        <source>Organisations from the register; type part of a name and pick it. Separate several with a semicolon.</source>
        <translation>Organisationer från registret: skriv en del av ett namn och välj det. Skilj flera åt med semikolon.</translation>
    </message>
    <message>
        <source>Type a name; separate several with ;</source>
        <translation>Skriv ett namn; skilj flera åt med ;</translation>
    </message>
    <message>
        <source>Organisations: problem</source>
        <translation>Organisationer: problem</translation>
    </message>
    <message>
        <source>ÖMS areas</source>
        <translation>ÖMS-områden</translation>
    </message>
    <message>
        <source>ÖMS areas of the case</source>
        <translation>Casets ÖMS-områden</translation>
    </message>
    <message>
        <source>Space ticks or clears an area.</source>
        <translation>Mellanslag markerar eller avmarkerar ett område.</translation>
    </message>
    <message>
        <source>Intersection case</source>
        <translation>Skärningspunktscase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Poäng för nytta</translation>
    </message>
    <message>
        <source>How much the case is worth to the organisation: 1 low to 5 high.</source>
        <translation>Hur mycket caset är värt för organisationen: från 1 (låg) till 5 (hög).</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Genomförbarhet</translation>
    </message>
    <message>
        <source>Feasibility score</source>
        <translation>Poäng för genomförbarhet</translation>
    </message>
    <message>
        <source>How doable the case is: 1 hard to 5 easy.</source>
        <translation>Hur genomförbart caset är: från 1 (svårt) till 5 (lätt).</translation>
    </message>
    <message>
        <source>Data readiness</source>
        <translation>Datamognad</translation>
    </message>
    <message>
        <source>Data readiness score</source>
        <translation>Poäng för datamognad</translation>
    </message>
    <message>
        <source>Whether the data the case needs is there: 1 not at all to 5 ready.</source>
        <translation>Om den data som caset behöver finns: från 1 (inte alls) till 5 (redo).</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Dot votes the case got in the room.</source>
        <translation>Prickröster som caset fick i rummet.</translation>
    </message>
    <message>
        <source>From activity</source>
        <translation>Från aktivitet</translation>
    </message>
    <message>
        <source>The activity the case came from.</source>
        <translation>Aktiviteten som caset kom från.</translation>
    </message>
    <message>
        <source>Open the activity the case came from</source>
        <translation>Öppna aktiviteten som caset kom från</translation>
    </message>
    <message>
        <source>Open Activity</source>
        <translation>Öppna aktivitet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Case team</source>
        <translation>Case-team</translation>
    </message>
</context>
<context>
    <name>CaseMatrix</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/case_matrix.py" line="-75"/>
        <source>1 vote</source>
        <extracomment>The middle of the scale, where a card from the tray lands when moved by keys.</extracomment>
        <translation>1 röst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} votes</source>
        <translation>{count} röster</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Value and feasibility matrix</source>
        <extracomment>Set these scores of this case: (case id, value or None, feasibility or None). The selected card changed: its description (&quot;&quot; for none).</extracomment>
        <translation>Matris för nytta och genomförbarhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab or the arrow keys choose a card; Alt or Shift with an arrow moves it one cell; Delete takes it back to the tray.</source>
        <translation>Tabb eller piltangenterna väljer ett kort; Alt eller Skift med en piltangent flyttar kortet en ruta; Del lägger tillbaka det bland de oplacerade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not placed yet</source>
        <translation>Inte placerade än</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Strategic bets</source>
        <translation>Strategiska satsningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick wins</source>
        <translation>Snabba vinster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Parkera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-hanging fruit</source>
        <translation>Lågt hängande frukter</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Value (1 low – 5 high) →</source>
        <translation>Nytta (1 låg – 5 hög) →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feasibility (1 hard – 5 easy) →</source>
        <translation>Genomförbarhet (1 svår – 5 lätt) →</translation>
    </message>
</context>
<context>
    <name>CaseTeamPanel</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/case_team.py" line="+71"/>
        <source>Lead</source>
        <extracomment>The project&apos;s team roles: the code stored (English, the same on every laptop) and its label.</extracomment>
        <translation>Ledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain expert</source>
        <translation>Domänexpert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI/data</source>
        <translation>AI/data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Mjukvara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Affärsutveckling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>Offentlig förvaltning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 member</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>1 medlem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 members</source>
        <translation>%1 medlemmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add 1 woman to reach %1.</source>
        <translation>Lägg till 1 kvinna för att nå %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %2 women to reach %1.</source>
        <translation>Lägg till %2 kvinnor för att nå %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At least %1 of the team should be women.</source>
        <translation>Minst %1 av teamet bör vara kvinnor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team meets the %1 minimum of women.</source>
        <translation>Teamet uppfyller kravet på minst %1 kvinnor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below %1 women.</source>
        <translation>Under %1 kvinnor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be below %1 women: 1 member has not stated a gender.</source>
        <translation>Kan vara under %1 kvinnor: 1 medlem har inte angett kön.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be below %1 women: %2 members have not stated a gender.</source>
        <translation>Kan vara under %1 kvinnor: %2 medlemmar har inte angett kön.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No number of added women reaches %1.</source>
        <translation>Inget antal tillagda kvinnor räcker för att nå %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type part of a name and pick the person from the list.</source>
        <translation>Skriv en del av ett namn och välj personen i listan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 people match “%2”: pick one from the list.</source>
        <translation>%1 personer matchar ”%2”: välj en i listan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not in the register. Pick a participant from the list, or add them under Participants first.</source>
        <translation>”%1” finns inte i registret. Välj en deltagare i listan, eller lägg först till personen under Deltagare.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Role in the team</source>
        <translation>Roll i teamet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a role or write one; Enter saves it, Esc keeps the old one.</source>
        <translation>Välj en roll eller skriv en egen; Enter sparar, Esc behåller den gamla.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Add member:</source>
        <translation>Lägg till medlem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a member to the team</source>
        <translation>Lägg till en medlem i teamet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name, pick the person and press Enter.</source>
        <translation>Skriv en del av ett namn, välj personen och tryck på Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name and press Enter</source>
        <translation>Skriv en del av ett namn och tryck på Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants in the register</source>
        <translation>Deltagare i registret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the person typed to the team</source>
        <translation>Lägg till den angivna personen i teamet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add member: problem</source>
        <translation>Lägg till medlem: problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody is in the team yet: type a name above and press Enter.</source>
        <translation>Ingen är med i teamet än: skriv ett namn ovan och tryck på Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove from Team</source>
        <translation>Ta bort från teamet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen members from the team</source>
        <translation>Ta bort de valda medlemmarna från teamet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen members from the team (Del); Ctrl+Z brings them back</source>
        <translation>Ta bort de valda medlemmarna från teamet (Del); Ctrl+Z tar tillbaka dem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Role</source>
        <translation>Ange roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the role of the chosen member</source>
        <translation>Ange roll för den valda medlemmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or write the chosen member&apos;s role (F2)</source>
        <translation>Välj eller skriv den valda medlemmens roll (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Participant</source>
        <translation>Öppna deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the chosen member&apos;s page</source>
        <translation>Öppna den valda medlemmens sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen member&apos;s page (Enter on the name)</source>
        <translation>Visa den valda medlemmens sida (Enter på namnet)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is already in the team.</source>
        <translation>%1 är redan med i teamet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Saved: %1. Ctrl+Z takes it back.</source>
        <translation>Sparat: %1. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>adding %1 to the team</source>
        <translation>tillägg av %1 i teamet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case team: %1</source>
        <translation>Case-team: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>removing %1 from the team</source>
        <translation>borttagning av %1 från teamet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>role of %1</source>
        <translation>ändrad roll för %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/cases_model.py" line="+92"/>
        <source>Case</source>
        <extracomment>The case&apos;s id, on every cell of its row. What the column sorts by (numbers as numbers, unscored before 1). The score fields behind the score columns.</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas (keys 1–5)</source>
        <translation>Områden (tangent 1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Genomförbarhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes (+/−)</source>
        <translation>Röster (+/−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The idea; * marks a case that spans two or more areas.</source>
        <translation>Idén; * markerar ett case som spänner över två eller fler områden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press a number key to add or remove an area of the selected case:</source>
        <translation>Tryck på en siffertangent för att lägga till eller ta bort ett område för det markerade caset:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 (low) to 5 (high); empty when not scored yet. F2 or double-click to score.</source>
        <translation>1 (låg) till 5 (hög); tomt om caset inte har bedömts än. Bedöm med F2 eller dubbelklick.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dot votes: + adds one to the selected case, − takes one away.</source>
        <translation>Prickröster: + ger det markerade caset en röst till, − tar bort en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value and feasibility count twice, then data and votes; an unscored part counts as 3.</source>
        <translation>Nytta och genomförbarhet räknas dubbelt, sedan data och röster; en del som inte har bedömts räknas som 3.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{title} (intersection of {count} areas)</source>
        <translation>{title} (skärningspunktscase, {count} områden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Ej bedömt</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/cases_tab.py" line="+128"/>
        <source>Capture an i&amp;dea:</source>
        <translation>Skriv in en &amp;idé:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the idea and press Enter — title @organisation #area (e.g. Predict scrap @örebro #smart)</source>
        <translation>Skriv idén och tryck på Enter – titel @organisation #område (t.ex. Förutse kassationer @örebro #smart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture an idea</source>
        <translation>Skriv in en idé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the idea and press Enter. Add @ and the start of an organisation&apos;s name, and # and an area.</source>
        <translation>Skriv idén och tryck på Enter. Lägg till @ och början av en organisations namn, och # och ett område.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems with the idea typed</source>
        <translation>Problem med den inskrivna idén</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases of this activity</source>
        <translation>Case från den här aktiviteten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each case with its stage, areas and votes; + and − vote, 1 to 5 toggle an area</source>
        <translation>Alla case med fas, områden och röster; + och − lägger till och tar bort röster, 1 till 5 slår på eller av ett område</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next stage</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case to its next stage</source>
        <translation>Flytta det markerade caset till nästa fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park…</source>
        <translation>Parkera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park the selected case, with a reason</source>
        <translation>Parkera det markerade caset och ange en orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote +</source>
        <translation>Röst +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dot vote to the selected case (key +)</source>
        <translation>Ge det markerade caset en prickröst (tangent +)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote −</source>
        <translation>Röst −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a dot vote from the selected case (key −)</source>
        <translation>Ta bort en prickröst från det markerade caset (tangent −)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected case (Ctrl+Z brings it back)</source>
        <translation>Ta bort det markerade caset (Ctrl+Z tar tillbaka det)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove areas of the selected case (keys 1–5 in the table)</source>
        <translation>Lägg till eller ta bort områden för det markerade caset (tangent 1–5 i tabellen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of the selected case</source>
        <translation>Områden för det markerade caset</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cases: {count}. * marks an intersection of two or more areas.</source>
        <translation>Case: {count}. * markerar ett skärningspunktscase (ett case i två eller fler områden).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture case “{title}”</source>
        <translation>Lägg till caset ”{title}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captured “{title}”</source>
        <translation>”{title}” har lagts till</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No organisation starts with “{word}”.</source>
        <translation>Ingen organisation börjar med ”{word}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{word}” could be {names}: type more of the name.</source>
        <translation>”{word}” kan vara {names}: skriv mer av namnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No area is called “{word}”.</source>
        <translation>Inget område heter ”{word}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{word}” could be {names}: type more of the area.</source>
        <translation>”{word}” kan vara {names}: skriv mer av områdets namn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the idea itself before the @ and # parts.</source>
        <translation>Skriv själva idén före @- och #-delarna.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Score case “{title}”</source>
        <translation>Bedöm caset ”{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename case “{title}”</source>
        <translation>Byt namn på caset ”{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change case “{title}”</source>
        <translation>Ändra caset ”{title}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vote for “{title}”</source>
        <translation>Rösta på ”{title}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a vote from “{title}”</source>
        <translation>Ta bort en röst från ”{title}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove area {area} from “{{title}}”</source>
        <translation>Ta bort området {area} från ”{{title}}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add area {area} to “{{title}}”</source>
        <translation>Lägg till området {area} i ”{{title}}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No areas</source>
        <translation>Inga områden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A parked case has no next stage.</source>
        <translation>Ett parkerat case har ingen nästa fas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is implemented: the last stage.</source>
        <translation>Caset är implementerat: det är sista fasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move “{title}” to {stage}</source>
        <translation>Flytta ”{title}” till {stage}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Park case</source>
        <translation>Parkera case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “{title}” parked?</source>
        <translation>Varför parkeras ”{title}”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not parked: say why the case is parked.</source>
        <translation>Inte parkerat: ange varför caset parkeras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Park “{title}”</source>
        <translation>Parkera ”{title}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete case “{title}”</source>
        <translation>Ta bort caset ”{title}”</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/checkin_tab.py" line="+98"/>
        <source>Present %1</source>
        <extracomment>How many people of the register (not on the list) the second group shows. The genders a walk-in may give at the door; a self-description is for the participant&apos;s page.</extracomment>
        <translation>Incheckad %1</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Attendance so far</source>
        <extracomment>The last search over ``people``: (the list searched, the typed words, who matched). The row a status change of this tab is about, with its new fields, while the change is made.</extracomment>
        <translation>Närvaro hittills</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name or organisation — Enter checks in</source>
        <extracomment>The live composition badge of the people present: read again at every check-in.</extracomment>
        <translation>Skriv ett namn eller en organisation – Enter checkar in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the person arriving</source>
        <translation>Sök efter personen som kommer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People matching the search</source>
        <translation>Personer som matchar sökningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down in the search line choose a person; Enter checks them in</source>
        <translation>Upp och Ned i sökrutan väljer en person; Enter checkar in personen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last check-in</source>
        <translation>Senaste incheckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Walk-in</source>
        <translation>Ny &amp;oanmäld deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who is not in the register (Ctrl+N in the search)</source>
        <translation>Lägg till någon som inte finns i registret (Ctrl+N i sökrutan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;sent</source>
        <translation>Närvaran&amp;de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xcused</source>
        <translation>Anmält &amp;förhinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In&amp;vited</source>
        <translation>In&amp;bjuden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the status of the highlighted person</source>
        <translation>Ange status för den markerade personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlighted person:</source>
        <translation>Markerad person:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: ↑ ↓ choose · Enter checks in · Esc clears · Ctrl+N new walk-in · Alt+X excused · Alt+N no-show · Alt+V back to invited · Ctrl+Z in the empty search undoes</source>
        <translation>Tangenter: ↑ ↓ välj · Enter checkar in · Esc rensar · Ctrl+N ny oanmäld · Alt+X anmält förhinder · Alt+N uteblev · Alt+V tillbaka till inbjuden · Ctrl+Z i tom sökruta ångrar</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Present %1 of %2 invited</source>
        <translation>Närvarande: %1 av %2 inbjudna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 walk-in</source>
        <translation>1 oanmäld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 walk-ins</source>
        <translation>%1 oanmälda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 excused</source>
        <translation>%1 anmält förhinder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come</source>
        <translation>%1 uteblev</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not invited — in the register</source>
        <translation>Inte inbjuden – finns i registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches “%1”. Press Enter to add a walk-in.</source>
        <translation>Ingen matchar ”%1”. Tryck på Enter för att lägga till en oanmäld deltagare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one is on the list yet. Type a name: people of the register are found too, and anyone else is a walk-in.</source>
        <translation>Ingen står på listan än. Skriv ett namn: personer i registret hittas också, och alla andra läggs till som oanmälda.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Type a few letters of the name or the organisation of the person arriving.</source>
        <translation>Skriv några bokstäver av namnet eller organisationen för personen som kommer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is already checked in (%2).</source>
        <translation>%1 är redan incheckad (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is already checked in.</source>
        <translation>%1 är redan incheckad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+34"/>
        <source>checking in %1</source>
        <translation>incheckning av %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>✓ %1 checked in %2</source>
        <translation>✓ %1 incheckad kl. %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✓ %1 checked in %2 (added to the list)</source>
        <translation>✓ %1 incheckad kl. %2 (tillagd på listan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the person first: type their name, then choose them with ↑ and ↓.</source>
        <translation>Sök först fram personen: skriv namnet och välj sedan med ↑ och ↓.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not on the list. Enter checks them in.</source>
        <translation>%1 står inte på listan. Enter checkar in personen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already “%2”.</source>
        <translation>%1 har redan status ”%2”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1 to “%2”</source>
        <translation>statusändring för %1 till ”%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the walk-in&apos;s first or last name.</source>
        <translation>Skriv den oanmälda deltagarens förnamn eller efternamn.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>checking in walk-in %1</source>
        <translation>incheckning av %1 (oanmäld)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ %1 checked in %2 (walk-in)</source>
        <translation>✓ %1 incheckad kl. %2 (oanmäld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The walk-in could not be saved; nothing typed is lost. Try again, or Esc to cancel.</source>
        <translation>Den oanmälda deltagaren kunde inte sparas; inget av det du skrivit har gått förlorat. Försök igen eller tryck på Esc för att avbryta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
</context>
<context>
    <name>CompositionBadge</name>
    <message>
        <location filename="../../aiall_desktop/gui/composition/badge.py" line="+70"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>The badge&apos;s whole text; ``text()`` is the part that fits.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <location filename="../../aiall_desktop/gui/composition/panel.py" line="+75"/>
        <source>Gender</source>
        <extracomment>The four charts, in the order shown (left to right, then down).</extracomment>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backgrounds</source>
        <translation>Bakgrunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektorer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody to count.</source>
        <translation>Ingen att räkna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backgrounds of %1 people (a person may list several)</source>
        <translation>Bakgrunder hos %1 personer (en person kan ange flera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 other backgrounds</source>
        <translation>%1 andra bakgrunder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competences of %1 people (a person may list several)</source>
        <translation>Kompetenser hos %1 personer (en person kan ange flera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 other competences</source>
        <translation>%1 andra kompetenser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gender: nobody to count.</source>
        <translation>Kön: ingen att räkna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gender of %1 people</source>
        <translation>Kön hos %1 personer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mentions</source>
        <translation>%1 omnämnanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None listed</source>
        <translation>Inga angivna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sectors of the organisations of %1 people</source>
        <translation>Sektorer för %1 personers organisationer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 other sectors</source>
        <translation>%1 andra sektorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
</context>
<context>
    <name>CompositionWording</name>
    <message>
        <location filename="../../aiall_desktop/gui/composition/wording.py" line="+55"/>
        <source>invited</source>
        <extracomment>The verdict&apos;s symbol: the badge never says pass or fail by colour alone.</extracomment>
        <translation>inbjudna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the team</source>
        <translation>i teamet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 women</source>
        <translation>%1 kvinnor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no backgrounds</source>
        <translation>inga bakgrunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 background</source>
        <translation>1 bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 backgrounds</source>
        <translation>%1 bakgrunder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no orgs</source>
        <translation>inga org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 org</source>
        <translation>1 org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 orgs</source>
        <translation>%1 org.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>meets the %1 minimum of women</source>
        <translation>uppfyller kravet på minst %1 kvinnor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the %1 minimum of women</source>
        <translation>under kravet på minst %1 kvinnor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be below the %1 minimum of women</source>
        <translation>kan vara under kravet på minst %1 kvinnor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody to count yet</source>
        <translation>ingen att räkna ännu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no organisations</source>
        <translation>inga organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 %3 is a woman (%4)</source>
        <translation>%1 av %2 %3 är kvinna (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 %3 are women (%4)</source>
        <translation>%1 av %2 %3 är kvinnor (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 is a woman (%4)</source>
        <translation>%1 av %2 är kvinna (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 are women (%4)</source>
        <translation>%1 av %2 är kvinnor (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 has not stated a gender: if that person is a woman the share reaches %2</source>
        <translation>1 har inte angett kön: om den personen är kvinna blir andelen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 have not stated a gender: if they are women the share reaches %2</source>
        <translation>%1 har inte angett kön: om de är kvinnor blir andelen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no number of added women reaches %1</source>
        <translation>%1 kan inte nås hur många kvinnor som än läggs till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invite 1 more woman to reach %2</source>
        <translation>bjud in 1 kvinna till för att nå %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invite %1 more women to reach %2</source>
        <translation>bjud in %1 kvinnor till för att nå %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 more woman would make %2</source>
        <translation>1 kvinna till skulle ge %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more women would make %2</source>
        <translation>%1 kvinnor till skulle ge %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody %1 yet: the %2 minimum of women cannot be judged.</source>
        <translation>Inga %1 ännu: kravet på minst %2 kvinnor kan inte bedömas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody in the group yet: the %2 minimum of women cannot be judged.</source>
        <translation>Ingen i gruppen ännu: kravet på minst %2 kvinnor kan inte bedömas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; the minimum is %2.</source>
        <translation>%1; minimikravet är %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, below the minimum of %2; %3.</source>
        <translation>%1, under minimikravet på %2; %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Below %1 women:</source>
        <translation>⚠ Under %1 kvinnor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 has not stated a gender</source>
        <translation>1 har inte angett kön</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 have not stated a gender</source>
        <translation>%1 har inte angett kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, and %3; %4.</source>
        <translation>%1 %2 och %3; %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2; %3.</source>
        <translation>%1 %2; %3.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/conflicts_dialog.py" line="+74"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location line="+74"/>
        <source>Conflicts to Review</source>
        <extracomment>The number of conflicts still open changed (for the menu&apos;s enabled state).</extracomment>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>These records were changed on two laptops. The newer change is in the register; check the fields where the other version is right, then Apply. Dismiss keeps the register as it is.</source>
        <translation>De här posterna ändrades på två datorer. Den nyare ändringen finns i registret; markera fälten där den andra versionen är rätt och välj Verkställ. Avfärda behåller registret som det är.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Konflikter:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fields that differ; check a field to take the other version</source>
        <translation>Fält som skiljer sig; markera ett fält för att ta den andra versionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Apply Checked Fields</source>
        <translation>&amp;Verkställ markerade fält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the other version of the checked fields</source>
        <translation>Ta den andra versionen av de markerade fälten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Avfärda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the register as it is and remove the conflict</source>
        <translation>Behåll registret som det är och ta bort konflikten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No conflicts to review.</source>
        <translation>Inga konflikter att granska.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record has been erased since; only Dismiss is possible.</source>
        <translation>Posten har raderats sedan dess; det går bara att avfärda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fields that differ. The other version was changed on %1.</source>
        <translation>&amp;Fält som skiljer sig. Den andra versionen ändrades %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record in the register is deleted.</source>
        <translation>Posten i registret är borttagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>taking the other version of %1</source>
        <translation>ta den andra versionen av %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../aiall_desktop/gui/dashboard_page.py" line="+68"/>
        <source>Women share of every activity</source>
        <extracomment>The user asked to open an activity (double-click or Enter in the table). New figures are on screen (after every read).</extracomment>
        <translation>Andel kvinnor per aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women share month by month</source>
        <translation>Andel kvinnor månad för månad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activities below the minimum</source>
        <translation>Aktiviteter under minimikravet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click to open the activity.</source>
        <translation>Tryck Enter eller dubbelklicka för att öppna aktiviteten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Diversity dashboard</source>
        <translation>Mångfaldsöversikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period from</source>
        <translation>Perioden från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Perioden till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the period</source>
        <translation>Läser in perioden</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The period ends before it starts: choose a “To” date on or after the “From” date.</source>
        <translation>Perioden slutar innan den börjar: välj ett ”Till”-datum som inte ligger före ”Från”-datumet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The figures for this period could not be read.</source>
        <translation>Siffrorna för perioden kunde inte läsas in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or open a backup of the register.</source>
        <translation>Försök igen eller öppna en säkerhetskopia av registret.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Activities below %1 women (%2)</source>
        <translation>Aktiviteter under %1 kvinnor (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone present %1 – %2 (each person once)</source>
        <translation>Alla närvarande %1 – %2 (varje person räknas en gång)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No activity in this period had anyone present yet.</source>
        <translation>Ingen aktivitet under perioden har haft några närvarande ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 activities (%3) reach %4 women</source>
        <translation>%1 av %2 aktiviteter (%3) når %4 kvinnor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of those below could reach it: some of their people have not stated a gender.</source>
        <translation>%1 av dem under gränsen kan nå den: några av deras deltagare har inte angett kön.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities with nobody present (not counted): %1.</source>
        <translation>Aktiviteter utan närvarande (räknas inte): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register holds no activity from %1 to %2.</source>
        <translation>Registret har ingen aktivitet från %1 till %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reaches %1</source>
        <translation>Når %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Might reach</source>
        <translation>Kan nå</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+68"/>
        <source>Minimum %1</source>
        <translation>Minimikrav %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Each mark is one activity, its women share against the dashed line at %1: %2 reach it (circles), %3 are below (triangles), %4 are below but might reach it, as some of their people have not stated a gender (squares).</source>
        <translation>Varje markering är en aktivitet och visar dess andel kvinnor mot den streckade linjen vid %1: %2 når den (cirklar), %3 ligger under (trianglar), %4 ligger under men kan nå den eftersom några av deltagarna inte har angett kön (kvadrater).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Women share</source>
        <translation>Andel kvinnor</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Women&apos;s share of all attendances, month by month: %1.</source>
        <translation>Andel kvinnor av all närvaro, månad för månad: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendance in this period.</source>
        <translation>Ingen närvaro under perioden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 women (%3)</source>
        <translation>%1 av %2 är kvinnor (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../aiall_desktop/gui/details_panel.py" line="+49"/>
        <source>Details</source>
        <extracomment>The editor page of each kind of record that is edited in the window: module in ``editing``, class.</extracomment>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/conflicts_dialog.py" line="-184"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept (in the register)</source>
        <translation>Behållen (i registret)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>Andra versionen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check to take the other version of this field</source>
        <translation>Markera för att ta den andra versionen av fältet</translation>
    </message>
</context>
<context>
    <name>DuplicateListModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/duplicates_dialog.py" line="+47"/>
        <source>same organisation number</source>
        <translation>samma organisationsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same e-mail</source>
        <translation>samma e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” and “%3” (%4)</source>
        <translation>%1: ”%2” och ”%3” (%4)</translation>
    </message>
</context>
<context>
    <name>DuplicateNote</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/duplicates.py" line="+41"/>
        <source>(and %1 more)</source>
        <translation>(och %1 till)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open It Instead</source>
        <translation>Öppna posten i stället</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discards this new entry and opens the record in the register</source>
        <translation>Kastar den nya posten och öppnar den befintliga posten i registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open It</source>
        <translation>Öppna posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the record in the register</source>
        <translation>Öppnar posten i registret</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/duplicates_dialog.py" line="+11"/>
        <location line="+40"/>
        <source>Join Duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Join duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Entered on two laptops. Joining keeps the older record, fills its empty fields from the other and moves every link to it.</source>
        <translation>&amp;Registrerade på två datorer. Att slå ihop behåller den äldre posten, fyller dess tomma fält från den andra och flyttar alla kopplingar till den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>&amp;Join</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Join the chosen pair into one record</source>
        <translation>Slå ihop det valda paret till en post</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Join “%1” into “%2”? This cannot be undone from the Edit menu.</source>
        <translation>Slå ihop ”%1” med ”%2”? Det går inte att ångra från menyn Redigera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/privacy.py" line="+156"/>
        <source>Erase This Person</source>
        <extracomment>The ids of the people erased (after the erasure, before the backups are dealt with).</extracomment>
        <translation>Radera personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase People</source>
        <translation>Radera personer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase %1 for good?</source>
        <translation>Radera %1 permanent?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people to erase</source>
        <translation>Personer som raderas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This cannot be undone. Undo will not bring anything back, and the list of changes to undo is cleared. Export the person&apos;s data first if it must be given to them.</source>
        <translation>Det här kan inte ångras. Ångra återställer ingenting, och listan över ändringar att ångra töms. Exportera först personens uppgifter om de ska lämnas ut till personen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep anonymous counts for activities already held (gender only)</source>
        <translation>&amp;Behåll anonyma antal för redan genomförda aktiviteter (endast kön)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep anonymous counts</source>
        <translation>Behåll anonyma antal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities already reported keep their number of participants and women: the attendance stays, with an anonymous person who has only a gender.</source>
        <translation>Redan rapporterade aktiviteter behåller sitt antal deltagare och kvinnor: närvaron finns kvar, med en anonym person som bara har ett kön.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Erase Them</source>
        <translation>&amp;Radera dem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase for good</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel, erase nothing</source>
        <translation>Avbryt utan att radera något</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups that still hold the erased data</source>
        <translation>Säkerhetskopior som fortfarande innehåller de raderade uppgifterna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete These Backups</source>
        <translation>&amp;Ta bort säkerhetskopiorna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the listed backups</source>
        <translation>Ta bort säkerhetskopiorna i listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Erasing removes the person from the register with everything that names them.</source>
        <translation>Radering tar bort personen ur registret, tillsammans med allt som nämner personen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasing removes the people from the register with everything that names them.</source>
        <translation>Radering tar bort personerna ur registret, tillsammans med allt som nämner dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places on activity lists: %1. Team memberships: %2. Cases owned (they keep the case, without an owner): %3.</source>
        <translation>Platser på aktivitetslistor: %1. Teammedlemskap: %2. Ägda case (casen finns kvar, utan ägare): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other records&apos; texts naming them (notes, facilitators): %1; the name or e-mail there is replaced by “[erased]”.</source>
        <translation>Texter i andra poster som nämner dem (anteckningar, processledare): %1; namnet eller e-postadressen där ersätts med ”[erased]”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Nothing was erased</source>
        <translation>Inget raderades</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>The erasure could not be made; the register is as it was.</source>
        <translation>Raderingen kunde inte genomföras; registret är oförändrat.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Another program may be using the file, or the disk may be full.</source>
        <translation>Ett annat program kanske använder filen, eller så är disken full.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erased.</source>
        <translation>Personen är raderad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people erased.</source>
        <translation>%1 personer raderade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of them is left in this database file.</source>
        <translation>Inga av deras uppgifter finns kvar i den här databasfilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places on activity lists kept as anonymous counts: %1.</source>
        <translation>Platser på aktivitetslistor som behålls som anonyma antal: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be compacted because it is in use (a document or export being made); erased rows are overwritten, and the file is compacted at the next erasure.</source>
        <translation>Filen kunde inte komprimeras eftersom den används (ett dokument eller en export skapas); raderade rader skrivs över, och filen komprimeras vid nästa radering.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These backups were made before and still hold the erased data. Delete them to erase it there too (they also hold everything else of their day; newer backups are kept):</source>
        <translation>De här säkerhetskopiorna gjordes tidigare och innehåller fortfarande de raderade uppgifterna. Ta bort dem för att radera uppgifterna även där (de innehåller också allt annat från sin dag; nyare säkerhetskopior behålls):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup holds the erased data.</source>
        <translation>Ingen säkerhetskopia innehåller de raderade uppgifterna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 backups</source>
        <translation>%1 säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Backups</source>
        <translation>Ta bort säkerhetskopior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Them</source>
        <translation>Behåll dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted backups cannot be restored.</source>
        <translation>Borttagna säkerhetskopior kan inte återställas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some backups were not deleted</source>
        <translation>Vissa säkerhetskopior togs inte bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 backups could not be deleted.</source>
        <translation>%1 säkerhetskopior kunde inte tas bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the backups folder may be written, and delete them there.</source>
        <translation>Kontrollera att det går att skriva i mappen för säkerhetskopior och ta bort dem där.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backups are deleted. No backup holds the erased data.</source>
        <translation>Säkerhetskopiorna är borttagna. Ingen säkerhetskopia innehåller de raderade uppgifterna.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Förhandsgranskning av import</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <source>Columns in the file and the fields they fill:</source>
        <translation>Filens kolumner och fälten de fyller:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnmappning</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Vad importen kommer att göra</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Anmärkningar om filen</translation>
    </message>
    <message>
        <source>An import cannot be undone with Ctrl+Z; a backup is taken first.</source>
        <translation>En import kan inte ångras med Ctrl+Z; en säkerhetskopia görs först.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <source>Each column of the file, the field of the register it goes into, and an example value</source>
        <translation>Varje kolumn i filen, fältet i registret som den fyller och ett exempelvärde</translation>
    </message>
    <message>
        <source>Every problem found, with its row in the file; nothing is imported while there are any</source>
        <translation>Alla problem som hittades, med rad i filen; inget importeras så länge det finns problem</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../aiall_desktop/gui/import_export.py" line="+54"/>
        <source>&amp;Import…</source>
        <extracomment>The sections whose lists can be exported (their list name is a kind the export writes; cases are exported only, the import does not read them).</extracomment>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read organisations, participants, activities or attendance from a CSV or Excel file</source>
        <translation>Läs in organisationer, deltagare, aktiviteter eller närvaro från en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export List…</source>
        <translation>&amp;Exportera lista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rows the list shows to a CSV or Excel file</source>
        <translation>Skriv raderna som listan visar till en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running job</source>
        <translation>Avbryt det pågående jobbet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Kalkylblad (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read</source>
        <translation>Filen kunde inte läsas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: %1</source>
        <translation>Importerat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importen avbröts; inget ändrades</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The register changed since the file was read, and the file no longer fits it.</source>
        <translation>Registret har ändrats sedan filen lästes in, och filen passar inte längre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the file again to see the problems.</source>
        <translation>Importera filen igen för att se problemen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, semicolons, for Excel (*.csv)</source>
        <translation>CSV, semikolonavgränsad, för Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export List</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 rows to %2</source>
        <translation>Skrev %1 rader till %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written</source>
        <translation>Exporten avbröts; ingen fil skrevs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list was not exported</source>
        <translation>Listan exporterades inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file may be read and written, and try again.</source>
        <translation>Kontrollera att filen går att läsa och skriva, och försök igen.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/import_preview.py" line="+33"/>
        <source>nothing known</source>
        <translation>okänt innehåll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import “%1”</source>
        <translation>Importera ”%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3 rows</source>
        <translation>%1: %2, %3 rader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing the import knows.</source>
        <translation>Inget som importen känner igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignored</source>
        <translation>ignoreras</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was imported. Fix this problem in the file and import it again.</source>
        <translation>Inget importerades. Åtgärda problemet i filen och importera den igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported. Fix these %1 problems in the file and import it again.</source>
        <translation>Inget importerades. Åtgärda de %1 problemen i filen och importera den igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes:</source>
        <translation>Anmärkningar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the import will do:</source>
        <translation>Vad importen kommer att göra:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: %2 nya, %3 uppdaterade, %4 oförändrade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to import.</source>
        <translation>Inget att importera.</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <location filename="../../aiall_desktop/gui/list_filters.py" line="+61"/>
        <source>Filter by %1</source>
        <extracomment>The item data of &quot;All …&quot;: no filter. The item data of &quot;… not given&quot;: records without a value. The filters changed: {key: value} for the list model.</extracomment>
        <translation>Filtrera efter %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../aiall_desktop/gui/list_page.py" line="+48"/>
        <source>Search %1</source>
        <extracomment>Wait this long after the last key before asking the database, so fast typing stays smooth. The record now selected (its id), or ``None`` when nothing is. The count text changed (&quot;3 of 120 participants&quot;). A record was double-clicked (or activated) in the list: open it. The rows chosen changed (one or several). A right-click on the list, at this global position.</extracomment>
        <translation>Sök bland %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 list</source>
        <translation>%1 – lista</translation>
    </message>
    <message>
        <source>Type to narrow the list; every word must match the start of a word. Esc clears.</source>
        <translation>Skriv för att begränsa listan; varje ord måste matcha början av ett ord. Esc rensar.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a record; Ctrl+click and Shift+click choose several.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna en post; Ctrl+klicka eller Skift+klicka för att välja flera.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aiall_desktop/gui/main_window.py" line="+103"/>
        <source>Sections</source>
        <extracomment>Another database is now open (its path). The one history of changes to the register (Edit → Undo, Redo).</extracomment>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the register; Ctrl and the section&apos;s number go to one from anywhere</source>
        <translation>Registrets delar; Ctrl och avsnittets nummer går till avsnittet var du än är</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file and switch to it</source>
        <translation>Skapa en tom databasfil och byt till den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database file</source>
        <translation>Öppna en annan databasfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Sö&amp;k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list</source>
        <translation>Sök i listan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open &amp;Workshop</source>
        <extracomment>File → Import… and Export List…, run as background jobs. File → Share: exchange files with colleagues, merging them, conflicts and duplicates. File → Print: documents built in the background, previewed, printed or saved as PDF. Edit → a person&apos;s data: export it, erase it, and the people past retention. File → Backups… and the day&apos;s backup, taken in the background after a database is opened.</extracomment>
        <translation>Öppna &amp;workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan, check in, capture cases and run the chosen activity</source>
        <translation>Planera, checka in, samla in case och genomför den valda aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Activity from &amp;Template…</source>
        <translation>Ny aktivitet från &amp;mall…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new activity with the agenda of a template</source>
        <translation>Skapa en ny aktivitet med agendan från en mall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size and language of the program</source>
        <translation>Programmets textstorlek och språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AI.ALL* Workshop Desk</source>
        <translation>&amp;Om AI.ALL* Workshop Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Ö&amp;ppna senaste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop Desk databases (%1)</source>
        <translation>Workshop Desk-databaser (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new-database.sqlite</source>
        <translation>ny-databas.sqlite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the database</source>
        <translation>Det går inte att skapa databasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” exists already.</source>
        <translation>”%1” finns redan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or use Open… to open the file.</source>
        <translation>Välj ett annat namn, eller använd Öppna… för att öppna filen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Rensa menyn</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>That activity is no longer in the register.</source>
        <translation>Aktiviteten finns inte längre i registret.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an activity in the Activities list first.</source>
        <translation>Välj först en aktivitet i listan Aktiviteter.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Select a record in the list to see its details here.</source>
        <translation>Markera en post i listan för att se detaljerna här.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record has been deleted.</source>
        <translation>Posten har tagits bort.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (other keys)</source>
        <translation>%1 (andra tangenter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record page → Next field</source>
        <translation>Postsidan → Nästa fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Enter</source>
        <translation>Tabb, Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record page → Put a field back as saved, or cancel a new entry</source>
        <translation>Postsidan → Återställ ett fält till det sparade värdet, eller avbryt en ny post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record page → Save a new entry and start the next (in its last field)</source>
        <translation>Postsidan → Spara en ny post och börja på nästa (i det sista fältet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List → Choose several records</source>
        <translation>Listan → Välj flera poster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+click, Shift+click, Shift+arrows</source>
        <translation>Ctrl+klick, Skift+klick, Skift+piltangenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List → Open a record</source>
        <translation>Listan → Öppna en post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click</source>
        <translation>Dubbelklick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List → Menu of the chosen records</source>
        <translation>Listan → Meny för de valda posterna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right-click, Menu key</source>
        <translation>Högerklick, menytangenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search box → Clear the search</source>
        <translation>Sökrutan → Rensa sökningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search box → Go to the list</source>
        <translation>Sökrutan → Gå till listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous part of the window</source>
        <translation>Nästa eller föregående del av fönstret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the menus</source>
        <translation>Öppna menyerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Back to the list of activities</source>
        <translation>Workshop → Tillbaka till listan över aktiviteter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop → Agenda: add, duplicate a block; move it up or down</source>
        <translation>Workshop → Agenda: lägg till, duplicera en punkt; flytta den uppåt eller nedåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A or Ins, Ctrl+D, Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Skift+A eller Ins, Ctrl+D, Ctrl+Upp, Ctrl+Ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → People: invite someone, invite an organisation</source>
        <translation>Workshop → Deltagare: bjud in någon, bjud in en organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → People: take the chosen people off the list</source>
        <translation>Workshop → Deltagare: ta bort de valda personerna från listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop → People, Check-in: invited, present, excused, no-show</source>
        <translation>Workshop → Deltagare, Incheckning: inbjuden, närvarande, anmält förhinder, uteblev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop → Check-in: a new walk-in</source>
        <translation>Workshop → Incheckning: ny oanmäld deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Cases: capture an idea (“title @organisation #area”)</source>
        <translation>Workshop → Case: fånga en idé (”titel @organisation #område”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Cases: dot vote, toggle the nth area, next stage, park</source>
        <translation>Workshop → Case: prickrösta, slå på/av område nr n, nästa fas, parkera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ and −, 1–5, Ctrl+Shift+Right, Ctrl+Shift+P</source>
        <translation>+ och −, 1–5, Ctrl+Skift+Höger, Ctrl+Skift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Matrix: move the chosen card one cell</source>
        <translation>Workshop → Matris: flytta det valda kortet en ruta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+arrows</source>
        <translation>Alt+piltangenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Run: start, pause/resume, next block</source>
        <translation>Workshop → Körläge: starta, pausa/fortsätt, nästa block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5, F6, F8 or Ctrl+Right</source>
        <translation>F5, F6, F8 eller Ctrl+Höger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Tables: balance, shuffle, re-balance the rest</source>
        <translation>Workshop → Bord: balansera, blanda, balansera om resten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop → Run: one more minute, previous block</source>
        <translation>Workshop → Körläge: en minut till, föregående block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl++ or Ctrl+=, Ctrl+Left</source>
        <translation>Ctrl++ eller Ctrl+=, Ctrl+Vänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop → Run: projector on/off (Esc on it closes it)</source>
        <translation>Workshop → Körläge: projektor på/av (Esc i projektorfönstret stänger det)</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/case_matrix.py" line="+225"/>
        <source>Drag a card to score it: higher is more value, further right is easier to do. Keys: Tab or arrows choose a card, Alt+arrow moves it, Delete returns it to the tray.</source>
        <translation>Dra ett kort för att bedöma det: högre upp ger mer nytta, längre till höger är lättare att genomföra. Tangenter: Tabb eller piltangenterna väljer ett kort, Alt+piltangent flyttar det, Del tar bort det från matrisen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected case</source>
        <translation>Valt case</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Take “{title}” off the matrix</source>
        <translation>Ta bort ”{title}” från matrisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place “{title}” at value {value}, feasibility {feasibility}</source>
        <translation>Placera ”{title}” på nytta {value}, genomförbarhet {feasibility}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No card selected.</source>
        <translation>Inget kort valt.</translation>
    </message>
</context>
<context>
    <name>MergeCountsModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/preview.py" line="+31"/>
        <source>Kind of record</source>
        <translation>Slag av post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location line="+31"/>
        <source>Merge Exchange File</source>
        <translation>Slå ihop utbytesfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge exchange file</source>
        <translation>Slå ihop utbytesfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was written on the laptop “%2”. Merging it changes this register as follows; a backup is taken first.</source>
        <translation>”%1” skrevs på datorn ”%2”. Att slå ihop den ändrar registret så här; en säkerhetskopia tas först.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records the merge adds, changes and deletes, per kind</source>
        <translation>Poster som sammanslagningen lägger till, ändrar och tar bort, per slag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to merge: this register already holds everything in the file.</source>
        <translation>Inget att slå ihop: registret innehåller redan allt i filen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts: changed on both laptops. The newer change wins; the other is kept under File → Share → Conflicts to Review.</source>
        <translation>Konflikter: ändrade på båda datorerna. Den nyare ändringen vinner; den andra sparas under Arkiv → Dela → Konflikter att granska.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts and which version wins</source>
        <translation>Konflikter och vilken version som vinner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 people were erased on the other laptop for data protection; they are erased here too. This cannot be undone.</source>
        <translation>%1 personer raderades på den andra datorn av dataskyddsskäl; de raderas här också. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records are not taken: they belong to people erased, or name records this register does not hold.</source>
        <translation>%1 poster tas inte med: de hör till raderade personer eller pekar på poster som registret inte har.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge cannot be undone from the Edit menu; the backup taken first can be restored under File → Backups.</source>
        <translation>En sammanslagning går inte att ångra från menyn Redigera; säkerhetskopian som tas först kan återställas under Arkiv → Säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the exchange file into this register</source>
        <translation>Slå ihop utbytesfilen med registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel; nothing is merged</source>
        <translation>Avbryt; inget slås ihop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2”: the other laptop&apos;s version wins</source>
        <translation>%1 ”%2”: den andra datorns version vinner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2”: this laptop&apos;s version wins</source>
        <translation>%1 ”%2”: den här datorns version vinner</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/organisation_form.py" line="+63"/>
        <source>Not given</source>
        <extracomment>The municipalities of Örebro County, offered first (any other may be typed).</extracomment>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet.</source>
        <translation>Inga ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its people has attended an activity yet.</source>
        <translation>Ingen från organisationen har deltagit i någon aktivitet ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases name this organisation yet.</source>
        <translation>Inga case är kopplade till organisationen ännu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>EU size classes: micro, small, medium-sized or large, by staff and turnover or balance sheet.</source>
        <translation>EU:s storleksklasser: mikro, litet, medelstort eller stort företag, efter antal anställda och omsättning eller balansomslutning.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New organisation: %1</source>
        <translation>Ny organisation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” (%2)</source>
        <translation>”%1” (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has this name and this organisation number.</source>
        <translation>%1 har samma namn och organisationsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has this organisation number.</source>
        <translation>%1 har samma organisationsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has this name.</source>
        <translation>%1 har samma namn.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fält markerade med * är obligatoriska.</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Name: problem</source>
        <translation>Namn: problem</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>The Swedish organisation number, NNNNNN-NNNN; leave it empty for a foreign organisation.</source>
        <translation>Det svenska organisationsnumret, NNNNNN-NNNN; lämna tomt för en utländsk organisation.</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>Organisation number: problem</source>
        <translation>Organisationsnummer: problem</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <source>Open the organisation already in the register</source>
        <translation>Öppna organisationen som redan finns i registret</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Öppna posten</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <source>EU size class</source>
        <translation>EU:s storleksklass</translation>
    </message>
    <message>
        <source>EU size classes: micro &lt;10 staff and ≤ €2m turnover or balance sheet; small &lt;50 and ≤ €10m; medium &lt;250 and ≤ €50m turnover or ≤ €43m balance sheet; large above.</source>
        <translation>EU:s storleksklasser: mikro &lt;10 anställda och ≤ 2 miljoner euro i omsättning eller balansomslutning; litet &lt;50 och ≤ 10 miljoner euro; medelstort &lt;250 och ≤ 50 miljoner euro i omsättning eller ≤ 43 miljoner euro i balansomslutning; stort däröver.</translation>
    </message>
    <message>
        <source>Size class definition</source>
        <translation>Definition av storleksklass</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>ÖMS areas</source>
        <translation>ÖMS-områden</translation>
    </message>
    <message>
        <source>ÖMS areas of interest</source>
        <translation>ÖMS-områden av intresse</translation>
    </message>
    <message>
        <source>Space ticks or clears an area.</source>
        <translation>Blanksteg markerar eller avmarkerar ett område.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/organisation_picker.py" line="+124"/>
        <source>Organisations in the register</source>
        <extracomment>The user confirmed a name the register does not know (Enter, or the button).</extracomment>
        <translation>Organisationer i registret</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” is not in the register. Press Enter or click “Add as New Organisation” to add it, or pick one from the list.</source>
        <extracomment>A name confirmed as new (a new participant&apos;s organisation is added when the participant is saved).</extracomment>
        <translation>”%1” finns inte i registret. Tryck Enter eller klicka på ”Lägg till som ny organisation” för att lägga till den, eller välj en i listan.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✓ “%1” will be added to the register as a new organisation.</source>
        <translation>✓ ”%1” läggs till i registret som en ny organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a new name.</source>
        <translation>”%1” är ett nytt namn.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../aiall_desktop/gui/overview_page.py" line="+17"/>
        <source>Organisations</source>
        <extracomment>Table name → the kind of record in the facilitator&apos;s words, in the order shown.</extracomment>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items</source>
        <translation>Agendapunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>Närvaroposter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams and table groups</source>
        <translation>Team och bordsgrupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team places</source>
        <translation>Teammedlemskap</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register overview</source>
        <translation>Registeröversikt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Records in %1, not counting deleted ones.</source>
        <translation>Antal poster i %1 (borttagna poster räknas inte).</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/participant_form.py" line="+89"/>
        <source>Gender in own words</source>
        <extracomment>The order of the gender choices; &quot;not stated&quot; is the default and nobody must answer.</extracomment>
        <translation>Kön med egna ord</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Registration, reporting to the funder and contact about the project</source>
        <translation>Registrering, rapportering till finansiären och kontakt om projektet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting to the funder only</source>
        <translation>Endast rapportering till finansiären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos from the activity</source>
        <translation>Foton från aktiviteten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed the sign-in sheet</source>
        <translation>Skrev på närvarolistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Via e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbally, noted by the facilitator</source>
        <translation>Muntligt, noterat av processledaren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the list of any activity yet.</source>
        <translation>Inte med på någon aktivitetslista ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works on</source>
        <translation>Arbetar med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in a team yet.</source>
        <translation>Inte med i något team ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As</source>
        <translation>Som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases yet.</source>
        <translation>Inga case ännu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New participant: %1</source>
        <translation>Ny deltagare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adding organisation %1</source>
        <translation>tillägg av organisationen %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>adding %1</source>
        <translation>tillägg av %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has this e-mail address.</source>
        <translation>%1 har samma e-postadress.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Fields marked * are required: a first or a last name is enough.</source>
        <translation>Fält markerade med * är obligatoriska: det räcker med förnamn eller efternamn.</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>Förnamn *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Required: a first name or a last name</source>
        <translation>Obligatoriskt: förnamn eller efternamn</translation>
    </message>
    <message>
        <source>First name: problem</source>
        <translation>Förnamn: problem</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Efternamn *</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Last name: problem</source>
        <translation>Efternamn: problem</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail: problem</source>
        <translation>E-post: problem</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <source>Open the participant already in the register</source>
        <translation>Öppna deltagaren som redan finns i registret</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Öppna posten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone: problem</source>
        <translation>Telefon: problem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type to pick an organisation from the register, or type a new name and press Enter to add it.</source>
        <translation>Skriv för att välja en organisation i registret, eller skriv ett nytt namn och tryck Enter för att lägga till den.</translation>
    </message>
    <message>
        <source>Type to search the register</source>
        <translation>Skriv för att söka i registret</translation>
    </message>
    <message>
        <source>Organisation: problem</source>
        <translation>Organisation: problem</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Add the typed name as a new organisation</source>
        <translation>Lägg till det inskrivna namnet som en ny organisation</translation>
    </message>
    <message>
        <source>Add as New Organisation</source>
        <translation>Lägg till som ny organisation</translation>
    </message>
    <message>
        <source>Role / title</source>
        <translation>Roll/titel</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Roll eller titel</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>As the person describes themselves; “Not stated” unless they say.</source>
        <translation>Som personen själv beskriver sig; ”Ej angivet” om personen inte säger något annat.</translation>
    </message>
    <message>
        <source>Gender in the person&apos;s own words</source>
        <translation>Kön med personens egna ord</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Med personens egna ord</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Background tags</source>
        <translation>Bakgrundstaggar</translation>
    </message>
    <message>
        <source>Separate tags with ; or a comma. Suggestions come from the vocabulary; any other word is welcome.</source>
        <translation>Skilj taggar åt med ; eller kommatecken. Förslagen kommer från ordlistan; andra ord går också bra.</translation>
    </message>
    <message>
        <source>e.g. industry; research</source>
        <translation>t.ex. industri; forskning</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <source>Competence tags</source>
        <translation>Kompetenstaggar</translation>
    </message>
    <message>
        <source>e.g. AI/data; business</source>
        <translation>t.ex. AI/data; affärsutveckling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Fria taggar</translation>
    </message>
    <message>
        <source>Separate tags with ; or a comma.</source>
        <translation>Skilj taggar åt med ; eller kommatecken.</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <source>The day the person gave their consent.</source>
        <translation>Dagen då personen gav sitt samtycke.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Consent date: problem</source>
        <translation>Samtyckesdatum: problem</translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation>Samtycket omfattar</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Vad samtycket omfattar</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Hur samtycket lämnades</translation>
    </message>
    <message>
        <source>e.g. signed the sign-in sheet</source>
        <translation>t.ex. skrev på närvarolistan</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Lawful basis for keeping the personal data</source>
        <translation>Rättslig grund för att lagra personuppgifterna</translation>
    </message>
    <message>
        <source>The project&apos;s own text, a setting of the database; the same for every participant.</source>
        <translation>Projektets egen text, en inställning i databasen; samma för alla deltagare.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/people_tab.py" line="+145"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Incheckad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (walk-in)</source>
        <translation>%1 (oanmäld)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  (on the list: %1)</source>
        <translation>  (på listan: %1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Invi&amp;te…</source>
        <translation>&amp;Bjud in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find someone in the register and put them on the list</source>
        <translation>Sök efter någon i registret och lägg till personen på listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite &amp;Organisation…</source>
        <translation>Bjud in &amp;organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put everyone of an organisation on the list</source>
        <translation>Lägg till alla från en organisation på listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;vited</source>
        <translation>In&amp;bjuden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre&amp;sent</source>
        <translation>Närvaran&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcused</source>
        <translation>Anmält &amp;förhinder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the status of the chosen people</source>
        <translation>Ange status för de valda personerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from &amp;List</source>
        <translation>Ta bort från &amp;listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen people off the list (Undo brings them back)</source>
        <translation>Ta bort de valda personerna från listan (Ångra tar tillbaka dem)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set status:</source>
        <translation>Ange status:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name, organisation or e-mail — Enter invites, Esc closes</source>
        <extracomment>The composition badge of the invited people: read again whenever the list changes.</extracomment>
        <translation>Namn, organisation eller e-post – Enter bjuder in, Esc stänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find someone to invite</source>
        <translation>Sök efter någon att bjuda in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the register:</source>
        <translation>Sök i registret:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People found in the register</source>
        <translation>Personer som hittades i registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down in the search line choose one; Enter puts them on the list</source>
        <translation>Upp och Ned i sökrutan väljer en person; Enter lägger till personen på listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Close the invite search</source>
        <translation>Stäng sökningen efter deltagare att bjuda in</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organisation — Enter invites its people, Esc closes</source>
        <translation>Organisation – Enter bjuder in dess personer, Esc stänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation whose people to invite</source>
        <translation>Organisation vars personer ska bjudas in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite everyone at:</source>
        <translation>Bjud in alla på:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisations in the register</source>
        <translation>Organisationer i registret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the organisation invite</source>
        <translation>Stäng inbjudan av organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People on the activity&apos;s list</source>
        <translation>Personer på aktivitetens lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone invited to the activity with their organisation and status; Alt and a letter sets the status of the chosen people</source>
        <translation>Alla som är inbjudna till aktiviteten, med organisation och status; Alt och en bokstav anger status för de valda personerna</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No one is on the list yet. Invite people from the register (Alt+T) or a whole organisation (Alt+O).</source>
        <translation>Ingen står på listan än. Bjud in personer från registret (Alt+T) eller en hel organisation (Alt+O).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composition of the invited</source>
        <translation>De inbjudnas sammansättning</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Who is invited</source>
        <translation>Vilka som är inbjudna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the list</source>
        <translation>%1 på listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 present</source>
        <translation>%1 närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 excused</source>
        <translation>%1 anmält förhinder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come</source>
        <translation>%1 uteblev</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Already “%1”.</source>
        <translation>Redan ”%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting %1 to “%2”</source>
        <translation>statusändring för %1 till ”%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1 people to “%2”</source>
        <translation>statusändring för %1 personer till ”%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>taking %1 off the list</source>
        <translation>borttagning av %1 från listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking %1 people off the list</source>
        <translation>borttagning av %1 personer från listan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken off the list (Undo brings them back).</source>
        <translation>Togs bort från listan (Ångra tar tillbaka).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No one in the register matches “%1”. Add them in the Participants section first.</source>
        <translation>Ingen i registret matchar ”%1”. Lägg först till personen under Deltagare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name and choose someone with ↑ and ↓ first.</source>
        <translation>Skriv ett namn och välj först någon med ↑ och ↓.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already on the list (%2).</source>
        <translation>%1 står redan på listan (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inviting %1</source>
        <translation>inbjudan av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ %1 invited.</source>
        <translation>✓ %1 är inbjuden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the organisation&apos;s name and choose it from the list.</source>
        <translation>Skriv organisationens namn och välj den i listan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not in the register. Choose an organisation from the list.</source>
        <translation>”%1” finns inte i registret. Välj en organisation i listan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one at %1 is in the register.</source>
        <translation>Ingen på %1 finns i registret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone at %1 is already on the list.</source>
        <translation>Alla på %1 står redan på listan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inviting %1 people of %2</source>
        <translation>inbjudan av %1 personer från %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ %1 people of %2 invited.</source>
        <translation>✓ %1 personer från %2 är inbjudna.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/printing/period.py" line="+34"/>
        <source>&amp;Build</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the document</source>
        <translation>Skapa dokumentet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The period ends before it starts: choose a later last day.</source>
        <translation>Perioden slutar innan den börjar: välj en senare sista dag.</translation>
    </message>
    <message>
        <source>Choose the Period</source>
        <translation>Välj period</translation>
    </message>
    <message>
        <source>Choose the period</source>
        <translation>Välj period</translation>
    </message>
    <message>
        <source>Which period should the document cover? Both days are included.</source>
        <translation>Vilken period ska dokumentet omfatta? Båda dagarna räknas med.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Problem with the period</source>
        <translation>Problem med perioden</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/preferences.py" line="+21"/>
        <source>System size (%1)</source>
        <translation>Systemets storlek (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>These settings belong to you on this computer, not to the database. A change applies at once.</source>
        <translation>Inställningarna gäller för dig på den här datorn, inte för databasen. En ändring gäller direkt.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>The size of every text of the program, compared with the size your system uses</source>
        <translation>Storleken på alla texter i programmet, jämfört med den storlek som systemet använder</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the program&apos;s menus and texts</source>
        <translation>Språket i programmets menyer och texter</translation>
    </message>
    <message>
        <source>The projector sizes its text to the room&apos;s screen, whatever the text size.</source>
        <translation>Projektorn anpassar texten efter skärmen i rummet, oavsett vald textstorlek.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../aiall_desktop/gui/printing/actions.py" line="+53"/>
        <source>&amp;Print What Is Chosen…</source>
        <extracomment>The language documents were last printed in (QSettings). The folder a PDF was last saved in (QSettings). The preview opened last (``None`` once closed).</extracomment>
        <translation>Skriv ut det &amp;valda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An activity: its sign-in sheet; participants: their summaries; the Reports section: the indicator report</source>
        <translation>En aktivitet: dess närvarolista; deltagare: deras sammanställningar; avsnittet Rapporter: indikatorrapporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print &amp;Handout…</source>
        <translation>Skriv ut &amp;deltagarunderlag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participants&apos; handout of the chosen activity</source>
        <translation>Deltagarunderlaget för den valda aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Run Sheet…</source>
        <translation>Skriv ut &amp;körschema…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s minute-by-minute agenda of the activity</source>
        <translation>Processledarens agenda minut för minut för aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Sign-in Sheet…</source>
        <translation>Skriv ut &amp;närvarolista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of registered people to sign, with blank rows</source>
        <translation>Listan med anmälda personer att skriva under, med tomma rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Table Cards…</source>
        <translation>Skriv ut &amp;bordskort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folded card per table group of the activity</source>
        <translation>Ett vikt kort per bordsgrupp i aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Summaries of &amp;Participants…</source>
        <translation>Skriv ut deltagar&amp;sammanställningar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary for everyone present at the chosen activity</source>
        <translation>En sammanställning för var och en som var närvarande på den valda aktiviteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Su&amp;mmary…</source>
        <translation>Skriv ut sa&amp;mmanställning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each chosen participant took part in</source>
        <translation>Vad varje vald deltagare har deltagit i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Indicator Report…</source>
        <translation>Skriv ut &amp;indikatorrapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s indicators for a period</source>
        <translation>Projektets indikatorer för en period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Summaries for a Pe&amp;riod…</source>
        <translation>Skriv ut sammanställningar för en &amp;period…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary for everyone present at an activity in a period</source>
        <translation>En sammanställning för var och en som var närvarande på någon aktivitet under en period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Choose an activity or participants first, or print a report for a period from File → Print.</source>
        <translation>Välj först en aktivitet eller deltagare, eller skriv ut en rapport för en period via Arkiv → Skriv ut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Choose an activity in the Activities list first.</source>
        <translation>Välj först en aktivitet i listan Aktiviteter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the participants in the Participants list first.</source>
        <translation>Välj först deltagarna i listan Deltagare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print Indicator Report</source>
        <translation>Skriv ut indikatorrapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Summaries for a Period</source>
        <translation>Skriv ut sammanställningar för en period</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+107"/>
        <source>Another job is running: wait for it, or cancel it, then print.</source>
        <translation>Ett annat jobb pågår: vänta tills det är klart eller avbryt det, och skriv sedan ut.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is ready.</source>
        <translation>Klart: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing: %1…</source>
        <translation>Förbereder: %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printing cancelled; no document was made.</source>
        <translation>Utskriften avbröts; inget dokument skapades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to print</source>
        <translation>Inget att skriva ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 was not made.</source>
        <translation>%1 skapades inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document was not made</source>
        <translation>Dokumentet skapades inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 could not be made.</source>
        <translation>%1 kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Check that there is room on the disk, and try again.</source>
        <translation>Kontrollera att det finns plats på disken och försök igen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Skickade 1 sida till skrivaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Skickade %1 sidor till skrivaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed</source>
        <translation>Inte utskrivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 was not printed.</source>
        <translation>%1 skrevs inte ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the printer, or save the document as a PDF and print that.</source>
        <translation>Kontrollera skrivaren, eller spara dokumentet som PDF och skriv ut det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing %1…</source>
        <translation>Skriver ut %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing %1 on %2…</source>
        <translation>Skriver ut %1 på %2…</translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <location filename="../../aiall_desktop/gui/printing/documents.py" line="+24"/>
        <source>Handout</source>
        <extracomment>The document keys and their names on screen (source texts in the &quot;PrintDocuments&quot; context).</extracomment>
        <translation>Deltagarunderlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table cards</source>
        <translation>Bordskort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant summaries</source>
        <translation>Deltagarsammanställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant summary</source>
        <translation>Deltagarsammanställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator report</source>
        <translation>Indikatorrapport</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../aiall_desktop/gui/printing/preview.py" line="+86"/>
        <source>Pages of the document</source>
        <extracomment>Zoom choices: fit the width, the whole page, or a fixed size (percent). How the preview sends pages to the printer: ``(preview, printer, pages)``; the caller runs it as a job. The facilitator chose another language: build the document again in it. The dialog was closed (its file is discarded). A copy was saved as a PDF file (its path).</extracomment>
        <translation>Dokumentets sidor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the document to a printer</source>
        <translation>Skicka dokumentet till en skrivare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Keep the document as a PDF file</source>
        <translation>Spara dokumentet som PDF-fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the preview</source>
        <translation>Stäng förhandsgranskningen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The document could not be shown.</source>
        <translation>Dokumentet kunde inte visas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pages, ready to print.</source>
        <translation>%1 sidor, klart för utskrift.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 page, ready to print.</source>
        <translation>1 sida, klart för utskrift.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building the document in %1…</source>
        <translation>Skapar dokumentet (%1)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Print %1</source>
        <translation>Skriv ut – %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PDF was not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” could not be written.</source>
        <translation>”%1” kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder, or check that there is room on the disk.</source>
        <translation>Välj en annan mapp, eller kontrollera att det finns plats på disken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Sparad som %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>Choosing another language builds the document again</source>
        <translation>Om du byter språk skapas dokumentet på nytt</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Visad sida</translation>
    </message>
    <message>
        <source>State of the document</source>
        <translation>Dokumentets status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/privacy.py" line="+230"/>
        <source>E&amp;xport This Person&apos;s Data…</source>
        <translation>E&amp;xportera personens uppgifter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write everything stored about the chosen participant to a file</source>
        <translation>Skriv allt som finns sparat om den valda deltagaren till en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;rase This Person…</source>
        <translation>&amp;Radera personen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen participant and every trace of them, for good</source>
        <translation>Ta bort den valda deltagaren och alla spår av personen, för gott</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People Past &amp;Retention…</source>
        <translation>Personer med passerad &amp;lagringstid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people kept longer than the retention setting allows</source>
        <translation>Personer som sparats längre än inställd lagringstid tillåter</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <source>Choose one participant in the list first.</source>
        <translation>Välj först en deltagare i listan.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The person&apos;s data is in %1.</source>
        <translation>Personens uppgifter finns i %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>change of the retention rule</source>
        <translation>ändring av lagringsregeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased. This cannot be undone.</source>
        <translation>Raderad. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/projector.py" line="+146"/>
        <source>AI.ALL* Workshop Desk — Projector</source>
        <extracomment>The window was closed (Esc, the window manager, or :meth:`close`).</extracomment>
        <translation>AI.ALL* Workshop Desk — Projektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector view</source>
        <translation>Projektorvy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases of this activity, most votes first</source>
        <translation>Aktivitetens case, flest röster först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each case&apos;s title and its votes; * touches two or more areas</source>
        <translation>Titel och röster för varje case; * berör två eller fler områden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>* touches two or more areas</source>
        <translation>* berör två eller fler områden</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../aiall_desktop/gui/record_actions.py" line="+50"/>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;New Record</source>
        <translation>&amp;Ny post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty record in this section</source>
        <translation>Börja på en ny, tom post i det här avsnittet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save New Record</source>
        <translation>Spar&amp;a ny post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new record and show it</source>
        <translation>Spara den nya posten och visa den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and Ne&amp;w</source>
        <translation>Spara och n&amp;y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new record and start the next one (same organisation)</source>
        <translation>Spara den nya posten och börja på nästa (samma organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Record</source>
        <translation>Ö&amp;ppna post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen record&apos;s page and go to its first field</source>
        <translation>Visa den valda postens sida och gå till dess första fält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen records (Undo brings them back)</source>
        <translation>Ta bort de valda posterna (Ångra tar tillbaka dem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>Lägg till &amp;tagg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one tag to every chosen participant</source>
        <translation>Lägg till en tagg på alla valda deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &amp;Vocabulary…</source>
        <translation>&amp;Ordlistor för taggar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The background and competence words the participant form suggests</source>
        <translation>Orden för bakgrund och kompetens som deltagarformuläret föreslår</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+9"/>
        <source>deleting %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+28"/>
        <source>Delete Records</source>
        <translation>Ta bort poster</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Delete %1?</source>
        <translation>Vill du ta bort %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Edit → Undo brings them back.</source>
        <translation>Redigera → Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>Writing a backup before deleting…</source>
        <translation>Skapar en säkerhetskopia före borttagningen…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The backup before deleting could not be written.</source>
        <translation>Säkerhetskopian före borttagningen kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Anyway</source>
        <translation>Ta bort ändå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit → Undo still brings the records back.</source>
        <translation>Redigera → Ångra tar fortfarande tillbaka posterna.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+103"/>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>Klart: %1. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Choose the participants to tag in the list first.</source>
        <translation>Välj först deltagarna som ska taggas i listan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the chosen participant:</source>
        <translation>Lägg till en tagg på den valda deltagaren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tag to the %1 chosen participants:</source>
        <translation>Lägg till en tagg på de %1 valda deltagarna:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>They all have the tag “%1” already.</source>
        <translation>Alla har redan taggen ”%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tag “%1” on %2</source>
        <translation>taggen ”%1” på %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>change of the tag vocabulary</source>
        <translation>ändring av ordlistorna för taggar</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/record_editor.py" line="+68"/>
        <source>Record page</source>
        <extracomment>Wait this long after the last key before looking for duplicates. The section key of the records edited here (&quot;participants&quot;), which is also the store&apos;s attribute. The Designer form of the fields (``ui/&lt;form_name&gt;.ui``). Whether the page offers &quot;Add Tag…&quot;.</extracomment>
        <translation>Postsida</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>change of %1</source>
        <translation>ändring av %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>adding %1</source>
        <translation>tillägg av %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Ctrl+Enter (or Enter in the last field) saves and starts the next entry; Ctrl+S saves; Esc cancels.</source>
        <translation>Ctrl+Enter (eller Enter i sista fältet) sparar och börjar på nästa post; Ctrl+S sparar; Esc avbryter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes are saved as you leave each field; Ctrl+Z undoes them.</source>
        <translation>Ändringar sparas när du lämnar ett fält; Ctrl+Z ångrar dem.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Saved: %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved: %1 — %2</source>
        <translation>Inte sparat: %1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1. Ctrl+Z takes it back.</source>
        <translation>Sparade %1. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard the new entry?</source>
        <translation>Vill du slänga den nya posten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has not been saved.</source>
        <translation>”%1” har inte sparats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Keep Editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes?</source>
        <translation>Vill du slänga ändringarna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in %1 is not valid and has not been saved.</source>
        <translation>Det du skrev i %1 är ogiltigt och har inte sparats.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is as it was saved.</source>
        <translation>%1 visar det sparade värdet igen.</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/models/list_model.py" line="+56"/>
        <source>Women among the people present; people who have not stated a gender are counted too. The minimum is %1.</source>
        <extracomment>The record&apos;s id (UUID text), on every cell of its row. The value as the store keeps it (a code, a number, JSON text), before it is made readable.</extracomment>
        <translation>Andel kvinnor bland de närvarande; personer som inte har angett kön räknas också med. Minimigränsen är %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is checked in yet.</source>
        <translation>Ingen är incheckad än.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>%1
* An intersection case: it spans two or more areas.</source>
        <extracomment>After every reset: the numbers behind &quot;N of M&quot; changed. Whether ``_total`` is still the list&apos;s size: a search or a filter does not change it, only new data. The register&apos;s minimum share of women, read again with every reload (the setting may change).</extracomment>
        <translation>%1
* Skärningspunktscase: case i två eller fler områden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Women among the people present: ✓ at least %1, ? below unless people who have not stated a gender are women, ✗ below %1</source>
        <translation>Andel kvinnor bland de närvarande: ✓ minst %1, ? under om inte de som inte har angett kön är kvinnor, ✗ under %1</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Spara och ny</translation>
    </message>
    <message>
        <source>Cancel the new entry</source>
        <translation>Avbryt den nya posten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the new entry (Esc)</source>
        <translation>Avbryt den nya posten (Esc)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Lägg till tagg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <location filename="../../aiall_desktop/gui/record_pages.py" line="+41"/>
        <source>This record has been deleted.</source>
        <extracomment>The kinds of record each section&apos;s list shows something of: a change to any of them refreshes it (an organisation&apos;s name shows in the participants&apos; list, attendance in the activities&apos; &quot;Present&quot;).</extracomment>
        <translation>Posten har tagits bort.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a record in the list to see its details here.</source>
        <translation>Markera en post i listan för att se detaljerna här.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undone: %1.</source>
        <translation>Ångrat: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1.</source>
        <translation>Gjort om: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>The change was not made</source>
        <translation>Ändringen gjordes inte</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>“%1” could not be saved.</source>
        <translation>”%1” kunde inte sparas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register is as it was before. Another program may be using the file, or the record may have been deleted.</source>
        <translation>Registret är som det var innan. Ett annat program kanske använder filen, eller så har posten tagits bort.</translation>
    </message>
</context>
<context>
    <name>RecordPickers</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/record_pickers.py" line="+68"/>
        <source>Participants in the register</source>
        <extracomment>Between the names of several organisations (a name may hold a comma: &quot;Energi, Vatten &amp; Miljö AB&quot;).</extracomment>
        <translation>Deltagare i registret</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not in the register. Pick a participant from the list, or add them under Participants first.</source>
        <translation>”%1” finns inte i registret. Välj en deltagare i listan, eller lägg först till personen under Deltagare.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Organisations in the register</source>
        <translation>Organisationer i registret</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not in the register. Pick organisations from the list (separate them with “;”), or add them under Organisations first.</source>
        <translation>%1 finns inte i registret. Välj organisationer i listan (skilj dem åt med ”;”), eller lägg först till dem under Organisationer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../aiall_desktop/gui/reports_page.py" line="+27"/>
        <source>Reports</source>
        <extracomment>The dashboard asks to open an activity (from its table of activities below the minimum).</extracomment>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diversity dashboard</source>
        <translation>&amp;Mångfaldsöversikt</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/privacy.py" line="-231"/>
        <source>People Past Retention</source>
        <translation>Personer med passerad lagringstid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years to keep personal data after the project ends</source>
        <translation>Antal år som personuppgifter sparas efter projektets slut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s end date</source>
        <translation>Projektets slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Behåll personuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the project &amp;ends on</source>
        <translation>efter att projektet av&amp;slutas den</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People kept longer than the rule allows</source>
        <translation>Personer som sparats längre än regeln tillåter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nobody is kept longer than the rule allows.</source>
        <translation>Ingen har sparats längre än regeln tillåter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select &amp;All</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select everyone in the list</source>
        <translation>Markera alla i listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase Selected…</source>
        <translation>&amp;Radera markerade…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the selected people</source>
        <translation>Radera de markerade personerna</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Personal data is kept %1 years after the project ends (%2), or after a person&apos;s last activity if that is later. The people below are kept longer than that; erase them, or export their data first if they asked for it.</source>
        <translation>Personuppgifter sparas i %1 år efter att projektet avslutas (%2), eller efter personens senaste aktivitet om den är senare. Personerna nedan har sparats längre än så; radera dem, eller exportera först deras uppgifter om de har begärt det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location line="-164"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity or entry</source>
        <translation>Senaste aktivitet eller registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the register</source>
        <translation>I registret</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deleted, still stored</source>
        <translation>Borttagen, finns kvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>RunDisplay</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/projector.py" line="-129"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First: %1 (%2)</source>
        <translation>Först: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1 (%2)</source>
        <translation>Nästa: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: the end of the session</source>
        <translation>Nästa: passet avslutas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agenda yet</source>
        <translation>Ingen agenda än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you</source>
        <translation>Tack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is over</source>
        <translation>Passet är slut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block %1 of %2</source>
        <translation>Block %1 av %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over time</source>
        <translation>över tiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remaining</source>
        <translation>kvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · %1</source>
        <translation>Pausat · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 vote</source>
        <translation>%1 röst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 votes</source>
        <translation>%1 röster</translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/run_tab.py" line="+92"/>
        <source>Time left in this block</source>
        <translation>Tid kvar av blocket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the first block (F5)</source>
        <translation>Starta första blocket (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+210"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Pause or resume the timer (F6)</source>
        <translation>Pausa eller fortsätt tidtagningen (F6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 &amp;min</source>
        <translation>+&amp;1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the current block one more minute (Ctrl++)</source>
        <translation>Ge det pågående blocket en minut till (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious Block</source>
        <translation>Före&amp;gående block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous block (Ctrl+Left)</source>
        <translation>Gå tillbaka till föregående block (Ctrl+←)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+205"/>
        <source>&amp;Next Block</source>
        <translation>&amp;Nästa block</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>End this block and start the next (F8 or Ctrl+Right)</source>
        <translation>Avsluta blocket och starta nästa (F8 eller Ctrl+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End Session</source>
        <translation>&amp;Avsluta passet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session now; blocks not reached keep no times</source>
        <translation>Avsluta passet nu; block som inte har nåtts får inga tider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rese&amp;t…</source>
        <translation>Å&amp;terställ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this run&apos;s times, to run the session again</source>
        <translation>Glöm tiderna från den här körningen, för att köra passet igen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen for the projector view</source>
        <translation>Skärm för projektorvyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scr&amp;een:</source>
        <translation>Sk&amp;ärm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+273"/>
        <source>Show on Pro&amp;jector</source>
        <translation>Visa på pro&amp;jektor</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Open or close the projector view on the chosen screen (F7)</source>
        <translation>Öppna eller stäng projektorvyn på den valda skärmen (F7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;case board on projector</source>
        <translation>Visa case-ta&amp;vlan på projektorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show case board on projector</source>
        <translation>Visa case-tavlan på projektorn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys: F5 start · F6 pause or resume · Ctrl++ one more minute · F8 or Ctrl+→ next block · Ctrl+← previous block · F7 projector on or off · Esc on the projector closes it.</source>
        <translation>Tangenter: F5 starta · F6 pausa eller fortsätt · Ctrl++ en minut till · F8 eller Ctrl+→ nästa block · Ctrl+← föregående block · F7 projektor på eller av · Esc på projektorn stänger den.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or Resume</source>
        <translation>Pausa eller fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One More Minute</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Block</source>
        <translation>Nästa block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Block</source>
        <translation>Föregående block</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>Show on Projector</source>
        <translation>Visa på projektor</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Choose an activity to run.</source>
        <translation>Välj en aktivitet att köra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 gone of %2</source>
        <translation>%1 av %2 har gått</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min added</source>
        <translation>%1 min extra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This activity has no agenda yet: add its blocks in the Agenda tab.</source>
        <translation>Aktiviteten har ingen agenda än: lägg till dess block på fliken Agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned: %1 in %2 blocks</source>
        <translation>Planerat: %1 i %2 block</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min behind plan</source>
        <translation>%1 min efter planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ahead of plan</source>
        <translation>%1 min före planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on plan</source>
        <translation>enligt planen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session took %1 of %2 planned (%3).</source>
        <translation>Passet tog %1 av planerade %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session: %1 gone of %2 planned · expected %3</source>
        <translation>Passet: %1 av planerade %2 har gått · prognos: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fi&amp;nish Last Block</source>
        <translation>Avs&amp;luta sista blocket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session has started.</source>
        <translation>Passet har startat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One more minute for this block.</source>
        <translation>En minut till för blocket.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session has ended.</source>
        <translation>Passet är avslutat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset the Run</source>
        <translation>Återställ körningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget when each block started and ended in this run? The agenda itself stays.</source>
        <translation>Vill du glömma när varje block startade och slutade i den här körningen? Själva agendan finns kvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was reset.</source>
        <translation>Körningen har återställts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run Mode</source>
        <translation>Körläge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The timer could not be saved.</source>
        <translation>Tidtagningen kunde inte sparas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session goes on as before; try the button again.</source>
        <translation>Passet fortsätter som tidigare; försök med knappen igen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close Pro&amp;jector</source>
        <translation>Stäng pro&amp;jektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Projector</source>
        <translation>Stäng projektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projector view is on %1. Esc on it closes it.</source>
        <translation>Projektorvyn visas på %1. Esc i vyn stänger den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the screen</source>
        <translation>skärmen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Skärm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— this window</source>
        <translation>– det här fönstret</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/cases_tab.py" line="-345"/>
        <source>–  not scored</source>
        <translation>–  ej bedömt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/actions.py" line="+46"/>
        <source>&amp;Share</source>
        <translation>&amp;Dela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Exchange File…</source>
        <translation>&amp;Skriv utbytesfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a file for a colleague</source>
        <translation>Skriv den här datorns ändringar till en fil för en kollega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Exchange File…</source>
        <translation>S&amp;lå ihop utbytesfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what a colleague&apos;s exchange file changes, then merge it</source>
        <translation>Se vad en kollegas utbytesfil ändrar och slå sedan ihop den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conflicts to Review…</source>
        <translation>&amp;Konflikter att granska…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records changed on two laptops: choose the other version</source>
        <translation>Poster ändrade på två datorer: välj den andra versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Duplicates…</source>
        <translation>Slå ihop &amp;dubbletter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations or people entered on two laptops: join them</source>
        <translation>Organisationer eller personer registrerade på två datorer: slå ihop dem</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Everyone (all records; the first time with a colleague)</source>
        <extracomment>The optional shared folder: our file written there, the colleagues&apos; files offered for merging.</extracomment>
        <translation>Alla (alla poster; första gången med en kollega)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Write Exchange File</source>
        <translation>Skriv utbytesfil</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Write the changes a colleague does not have yet:</source>
        <translation>Skriv de ändringar som en kollega inte har än:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+30"/>
        <source>Exchange files (*%1)</source>
        <translation>Utbytesfiler (*%1)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Wrote %1 records to %2</source>
        <translation>Skrev %1 poster till %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange file was not written</source>
        <translation>Utbytesfilen skrevs inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge Exchange File</source>
        <translation>Slå ihop utbytesfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merging %1…</source>
        <translation>Slår ihop %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge</source>
        <translation>sammanslagning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged: %1 new, %2 changed, %3 deleted, %4 conflicts to review</source>
        <translation>Sammanslaget: %1 nya, %2 ändrade, %3 borttagna, %4 konflikter att granska</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Possible duplicates found: File → Share → Join Duplicates…</source>
        <translation>Möjliga dubbletter hittades: Arkiv → Dela → Slå ihop dubbletter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The exchange file was not merged</source>
        <translation>Utbytesfilen slogs inte ihop</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“%1” cannot be merged.</source>
        <translation>”%1” kan inte slås ihop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Nothing has been changed.</source>
        <translation>Ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that the file may be read and written, and try again.</source>
        <translation>Kontrollera att filen får läsas och skrivas och försök igen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>join</source>
        <translation>sammanslagning av dubbletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined. This cannot be undone from the Edit menu.</source>
        <translation>Sammanslaget. Det går inte att ångra från menyn Redigera.</translation>
    </message>
</context>
<context>
    <name>ShareTexts</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/texts.py" line="+15"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items</source>
        <translation>Agendapunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case stage changes</source>
        <translation>Stegändringar för case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team places</source>
        <translation>Platser i team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity templates</source>
        <translation>Aktivitetsmallar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backgrounds</source>
        <translation>Bakgrunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <location filename="../../aiall_desktop/gui/sharing/shared_folder.py" line="+111"/>
        <source>Shared &amp;Folder…</source>
        <translation>Delad &amp;mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange files with colleagues through a common folder</source>
        <translation>Utbyt filer med kollegor via en gemensam mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge &amp;Colleagues&apos; Changes…</source>
        <translation>Slå ihop &amp;kollegornas ändringar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the exchange files waiting in the shared folder</source>
        <translation>Slå ihop utbytesfilerna som väntar i den delade mappen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the colleagues&apos; changes</source>
        <translation>Slå ihop kollegornas ändringar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shared folder turned off.</source>
        <translation>Delad mapp avstängd.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writing to the shared folder…</source>
        <translation>Skriver till den delade mappen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange file written to the shared folder %1</source>
        <translation>Utbytesfilen skrevs till den delade mappen %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder could not be used: %1</source>
        <translation>Den delade mappen kunde inte användas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A colleague&apos;s changes are waiting</source>
        <translation>En kollegas ändringar väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 colleagues&apos; changes are waiting</source>
        <translation>%1 kollegors ändringar väntar</translation>
    </message>
</context>
<context>
    <name>SharedFolderDialog</name>
    <message>
        <location line="-190"/>
        <location line="+49"/>
        <source>Shared Folder</source>
        <translation>Delad mapp</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>A folder your colleagues also reach (a network drive or a synced folder). This laptop leaves its exchange file there and offers to merge the colleagues&apos; files it finds. Leave it empty to turn this off.</source>
        <translation>En mapp som dina kollegor också når (en nätverksenhet eller en synkroniserad mapp). Den här datorn lägger sin utbytesfil där och erbjuder att slå ihop kollegornas filer som finns där. Lämna fältet tomt för att stänga av.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared folder</source>
        <translation>Delad mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shared folder</source>
        <translation>Ingen delad mapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the shared folder</source>
        <translation>Välj den delade mappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn Off</source>
        <translation>&amp;Stäng av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the shared folder off</source>
        <translation>Stäng av den delade mappen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Problem: there is no folder “%1”. Choose an existing folder, or leave the field empty to turn the shared folder off.</source>
        <translation>Problem: det finns ingen mapp ”%1”. Välj en befintlig mapp, eller lämna fältet tomt för att stänga av den delade mappen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Every command of the window can be reached from the keyboard. Tab moves between the sections, the search box, the list and the details.</source>
        <translation>Alla kommandon i fönstret kan nås från tangentbordet. Tabb flyttar mellan avsnitten, sökrutan, listan och detaljerna.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <source>Each command and the keys that run it</source>
        <translation>Alla kommandon och tangenterna som utför dem</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/tables_model.py" line="+79"/>
        <source>%1 (locked)</source>
        <extracomment>What a dragged person travels as between the tables&apos; lists (this program only). The list of people present but at no table: a table number that no table has. Checked in; someone seated and later marked absent stays at their table until moved or re-balanced.</extracomment>
        <translation>%1 (låst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not present)</source>
        <translation>%1 (inte närvarande)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Backgrounds: %1</source>
        <translation>Bakgrunder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competences: %1</source>
        <translation>Kompetenser: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to this table: re-balancing leaves them here</source>
        <translation>Låst vid det här bordet: sitter kvar vid ombalansering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in (any more): re-balancing leaves them out</source>
        <translation>Inte incheckad (längre): tas inte med vid ombalansering</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nobody at this table</source>
        <translation>Ingen vid det här bordet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>W %1 ✓</source>
        <translation>K %1 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women %1, meets the %2 minimum</source>
        <translation>kvinnor %1, når minimigränsen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W %1 ? %2 not stated</source>
        <translation>K %1 ? %2 ej angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women %1, below the %2 minimum unless those who have not stated a gender are women</source>
        <translation>kvinnor %1, under minimigränsen %2 om inte de som inte har angett kön är kvinnor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W %1 ✗ below %2</source>
        <translation>K %1 ✗ under %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women %1, below the %2 minimum</source>
        <translation>kvinnor %1, under minimigränsen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 org</source>
        <translation>1 org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orgs</source>
        <translation>%1 org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 background</source>
        <translation>1 bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 kind of background</source>
        <translation>1 sorts bakgrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 backgrounds</source>
        <translation>%1 bakgrunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kinds of background</source>
        <translation>%1 olika bakgrunder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 woman cannot give the table %3: %4 are needed.</source>
        <translation>1 kvinna räcker inte för att bordet ska nå %3: %4 behövs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 women cannot give the table %3: %4 are needed.</source>
        <translation>%1 kvinnor räcker inte för att bordet ska nå %3: %4 behövs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 woman cannot give %2 tables %3 each: %4 are needed.</source>
        <translation>1 kvinna räcker inte för att %2 bord ska nå %3 vardera: %4 behövs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 women cannot give %2 tables %3 each: %4 are needed.</source>
        <translation>%1 kvinnor räcker inte för att %2 bord ska nå %3 vardera: %4 behövs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for %2 tables: 1 table stays empty.</source>
        <translation>%1 på %2 bord: 1 bord blir tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2 tables: %3 tables stay empty.</source>
        <translation>%1 på %2 bord: %3 bord blir tomma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locked people do not allow an even split: tables will have %1 to %2 people.</source>
        <translation>De låsta personerna gör att borden inte kan delas jämnt: borden får %1 till %2 personer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locks keep 1 table below %2 women, although the room has enough women: unlock someone or move a lock.</source>
        <translation>Låsningarna håller 1 bord under %2 kvinnor, fast rummet har tillräckligt många kvinnor: lås upp någon eller flytta en låsning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locks keep %1 tables below %2 women, although the room has enough women: unlock someone or move a lock.</source>
        <translation>Låsningarna håller %1 bord under %2 kvinnor, fast rummet har tillräckligt många kvinnor: lås upp någon eller flytta en låsning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 locked to a table that is no longer there (now %2 tables): seated freely.</source>
        <translation>%1 med låsning till ett bord som inte längre finns (nu %2 bord): placeras fritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 locked but not present: those locks are ignored.</source>
        <translation>%1 med låsning är inte närvarande: de låsningarna ignoreras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/tables_tab.py" line="+144"/>
        <source>Not at a table</source>
        <extracomment>The table size offered first: six around a table can all talk to each other. Proposals whose problems are kept for undo and redo; the undo history seldom goes back further. The narrowest a table&apos;s column may be, in average characters: fewer tables go side by side rather than names cut to nothing.</extracomment>
        <translation>Utan bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in after the tables were made, or taken off a table. Drag them to a table, or Re-balance the Rest.</source>
        <translation>Incheckade efter att borden skapades, eller flyttade från ett bord. Dra dem till ett bord, eller välj Balansera om resten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tables:</source>
        <extracomment>Another number gives another, equally balanced, proposal (Shuffle counts it up). The problems of each proposal, by its tables&apos; ids: they stay on screen while those tables do (moves and locks keep the ids), go with an undo and come back with the redo. After a move: the people to choose and the table whose list gets the focus.</extracomment>
        <translation>Bord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the number of tables</source>
        <translation>Välj antal bord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of tables</source>
        <translation>Antal bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per table:</source>
        <translation>Personer per bord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the number of people per table</source>
        <translation>Välj antal personer per bord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most people per table</source>
        <translation>Högsta antal personer per bord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balance</source>
        <translation>Balansera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make new tables for everyone present (locks are not kept); replaces the saved tables</source>
        <translation>Skapa nya bord för alla närvarande (låsningar behålls inte); ersätter de sparade borden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shuffle</source>
        <translation>Blanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another balanced proposal; locked people stay at their table</source>
        <translation>Ett annat balanserat förslag; låsta personer sitter kvar vid sina bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-balance the Rest</source>
        <translation>Balansera om resten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat everyone again except the people locked to their table</source>
        <translation>Placera om alla utom de som är låsta vid sina bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock / Unlock</source>
        <translation>Lås/lås upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the chosen people to their table, or unlock them (Space or L in a table)</source>
        <translation>Lås de valda personerna vid sitt bord, eller lås upp dem (Blanksteg eller L i ett bord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Previous Table</source>
        <translation>Flytta till föregående bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen people to the previous table (Alt+Left in a table)</source>
        <translation>Flytta de valda personerna till föregående bord (Alt+← i ett bord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Next Table</source>
        <translation>Flytta till nästa bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen people to the next table (Alt+Right in a table)</source>
        <translation>Flytta de valda personerna till nästa bord (Alt+→ i ett bord)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Drag people between tables, or choose someone and press Alt+← or Alt+→. Space or L locks them to their table. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Dra personer mellan borden, eller välj någon och tryck på Alt+← eller Alt+→. Blanksteg eller L låser personen vid sitt bord. Varje ändring sparas direkt; Ctrl+Z ångrar den.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Problems with these tables: %1</source>
        <translation>Problem med de här borden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+139"/>
        <source>Check people in first — tables are made from those present.</source>
        <translation>Checka in personer först – borden skapas utifrån de närvarande.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>No tables yet: choose how many, then press Balance (%1).</source>
        <translation>Inga bord än: välj hur många och tryck sedan på Balansera (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 present → %2 tables: 1 stays empty</source>
        <translation>%1 närvarande → %2 bord: 1 blir tomt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 present → %2 tables: %3 stay empty</source>
        <translation>%1 närvarande → %2 bord: %3 blir tomma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 present → 1 table</source>
        <translation>%1 närvarande → 1 bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 present → %2 tables of %3–%4</source>
        <translation>%1 närvarande → %2 bord med %3–%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 present → %2 tables of %3</source>
        <translation>%1 närvarande → %2 bord med %3</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Shuffle tables</source>
        <translation>Blanda borden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re-balance tables</source>
        <translation>Balansera om borden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance tables</source>
        <translation>Balansera borden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 tables for %2 present, saved as the activity&apos;s table groups.</source>
        <translation>%1 bord för %2 närvarande, sparade som aktivitetens bordsgrupper.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No number of tables lets every table reach %1 women with these people.</source>
        <translation>Inget antal bord gör att alla bord når %1 kvinnor med de här personerna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At 1 table the room reaches %2 women.</source>
        <translation>Med 1 bord når rummet %2 kvinnor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With %1 tables every table can reach %2 women.</source>
        <translation>Med %1 bord kan alla bord nå %2 kvinnor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no table</source>
        <translation>inget bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Move %1 to %2</source>
        <translation>Flytta %1 till %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no table further that way.</source>
        <translation>Det finns inget mer bord åt det hållet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock %1 to the table</source>
        <translation>Lås %1 vid bordet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Unlock %1</source>
        <translation>Lås upp %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock %1 to their tables</source>
        <translation>Lås %1 vid sina bord</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Add a tag</source>
        <translation>Lägg till tagg</translation>
    </message>
    <message>
        <source>Add tag to the selected participants:</source>
        <translation>Lägg till tagg för de markerade deltagarna:</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>Tagg att lägga till</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Lägg till taggen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Close the tag bar</source>
        <translation>Stäng taggfältet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/templates_dialog.py" line="+87"/>
        <source>New activity “%1” from a template</source>
        <translation>Ny aktivitet ”%1” från mall</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>comes with the program</source>
        <translation>följer med programmet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved by you</source>
        <translation>sparad av dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 block</source>
        <translation>1 block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocks</source>
        <translation>%1 block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3, %4.</source>
        <translation>%1, %2–%3, %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Apply Template</source>
        <translation>Använd mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Använd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Activity</source>
        <translation>&amp;Skapa aktivitet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>Välj en mall.</translation>
    </message>
    <message>
        <source>New Activity from Template</source>
        <translation>Ny aktivitet från mall</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mallar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>The plans that come with the program and the ones you saved</source>
        <translation>Mallarna som följer med programmet och de som du har sparat</translation>
    </message>
    <message>
        <source>About the chosen template</source>
        <translation>Om den valda mallen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the new activity</source>
        <translation>Datum för den nya aktiviteten</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title of the new activity</source>
        <translation>Titel för den nya aktiviteten</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Tag Vocabulary</source>
        <translation>Ordlistor för taggar</translation>
    </message>
    <message>
        <source>The words the participant form suggests, one on each line. Any other word may still be typed in the form; the words people already carry stay as they are.</source>
        <translation>Orden som deltagarformuläret föreslår, ett per rad. Andra ord går fortfarande att skriva in i formuläret, och de ord som personer redan har behålls som de är.</translation>
    </message>
    <message>
        <source>&amp;Backgrounds</source>
        <translation>&amp;Bakgrunder</translation>
    </message>
    <message>
        <source>Background vocabulary</source>
        <translation>Ordlista för bakgrunder</translation>
    </message>
    <message>
        <source>&amp;Competences</source>
        <translation>&amp;Kompetenser</translation>
    </message>
    <message>
        <source>Competence vocabulary</source>
        <translation>Ordlista för kompetenser</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
</context>
<context>
    <name>WalkInRow</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/checkin_tab.py" line="-562"/>
        <location line="+21"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Organisations in the register</source>
        <translation>Organisationer i registret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gender (optional)</source>
        <translation>Kön (valfritt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New walk-in — Enter saves and checks in, Esc cancels</source>
        <translation>Ny oanmäld deltagare – Enter sparar och checkar in, Esc avbryter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” is not in the register yet: it will be added as a new organisation.</source>
        <translation>”%1” finns inte i registret än: den läggs till som en ny organisation.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../aiall_desktop/gui/workshop/page.py" line="+45"/>
        <source>&amp;Agenda</source>
        <extracomment>The register changes that can change who is counted in the header&apos;s badge. In the order of the workshop: before, during, after. Mnemonics avoid the menus&apos; Alt+F/E/G/H.</extracomment>
        <translation>Ag&amp;enda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in</source>
        <translation>&amp;Incheckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;bles</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Körläge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>← Activities</source>
        <extracomment>The user asked to go back to the list of activities (with this activity chosen).</extracomment>
        <translation>← Aktiviteter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list of activities (%1)</source>
        <translation>Tillbaka till listan med aktiviteter (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list of activities</source>
        <translation>Tillbaka till listan med aktiviteter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Workshop</source>
        <extracomment>Where the activity&apos;s composition badge goes (the diversity figures). The warning while the activity is ahead or on and its group is below the minimum of women.</extracomment>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../aiall_desktop/gui/app.py" line="+70"/>
        <source>AI.ALL* Workshop Desk</source>
        <extracomment>The program&apos;s own translations: resources/translations/aiall_desktop_&lt;language&gt;.qm</extracomment>
        <translation>AI.ALL* Workshop Desk</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open Another File…</source>
        <translation>Öppna en annan fil…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Workshop Desk-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore the Backup of %1</source>
        <translation>Återställ säkerhetskopian från %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not take the place of the damaged file.</source>
        <translation>”%1” kunde inte ersätta den skadade filen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only: open in another copy</source>
        <translation>Skrivskyddad: öppen i en annan instans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is open in another copy of Workshop Desk, so changes cannot be saved here. Close the other copy and open the file again to make changes.</source>
        <translation>Filen är öppen i en annan instans av Workshop Desk, så ändringar kan inte sparas här. Stäng den andra instansen och öppna filen igen för att kunna göra ändringar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../aiall_desktop/gui/crash.py" line="+215"/>
        <source>Log file: %1</source>
        <extracomment>Quoted words that tell what went wrong without telling about anyone. A scrubbed report to show; queued, so that the box opens from the event loop on the UI thread.</extracomment>
        <translation>Loggfil: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program met a problem it did not expect. What you just did may not have been finished.</source>
        <translation>Programmet stötte på ett oväntat problem. Det du just gjorde kanske inte slutfördes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything saved before is safe, and you can go on working. If it happens again, use Copy Details and send them to whoever supports you: they hold no personal data.</source>
        <translation>Allt du har sparat tidigare finns kvar, och du kan fortsätta arbeta. Om det händer igen: använd Kopiera detaljer och skicka dem till den som ger dig support – de innehåller inga personuppgifter.</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/record_editor.py" line="-240"/>
        <location filename="../../aiall_desktop/gui/record_details.py" line="+73"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aiall_desktop/gui/record_details.py" line="+1"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../../aiall_desktop/gui/record_details.py" line="-27"/>
        <location line="+18"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+23"/>
        <location line="+28"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backgrounds</source>
        <translation>Bakgrunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not recorded</source>
        <translation>Ej registrerat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 present of %2 on the list</source>
        <translation>%1 närvarande av %2 på listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An intersection case: it spans two or more areas.</source>
        <translation>Ett skärningspunktscase: ett case i två eller fler områden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Genomförbarhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data readiness</source>
        <translation>Datamognad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From activity</source>
        <translation>Från aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of 5</source>
        <translation>%1 av 5</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../aiall_desktop/gui/errors.py" line="+68"/>
        <source>Copy Details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the details to the clipboard</source>
        <translation>Kopiera detaljerna till Urklipp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file has not been changed.</source>
        <translation>Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is already open in another copy of AI.ALL* Workshop Desk.</source>
        <translation>”%1” är redan öppen i en annan instans av AI.ALL* Workshop Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close it there to work on it here, or open it read-only: you can look at everything but change nothing.</source>
        <translation>Stäng den där för att arbeta med den här, eller öppna den skrivskyddad: då kan du se allt men inte ändra något.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” must be upgraded before it can be opened read-only.</source>
        <translation>”%1” måste uppgraderas innan den kan öppnas skrivskyddad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it once when no other copy of the program has it open; it is backed up before the upgrade.</source>
        <translation>Öppna den en gång när ingen annan instans av programmet har den öppen. En säkerhetskopia görs före uppgraderingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>“%1” cannot be opened.</source>
        <translation>”%1” kan inte öppnas.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The file or its folder cannot be written to, the disk is full, or the disk is no longer connected.</source>
        <translation>Det går inte att skriva till filen eller dess mapp, disken är full eller så är disken inte längre ansluten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was written by a newer version of AI.ALL* Workshop Desk.</source>
        <translation>”%1” har sparats med en nyare version av AI.ALL* Workshop Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer version to open it.</source>
        <translation>Installera den nyare versionen för att öppna den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is damaged.</source>
        <translation>”%1” är skadad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the newest backup from the “backups” folder beside it.</source>
        <translation>Återställ den senaste säkerhetskopian från mappen ”backups” bredvid filen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a Workshop Desk database.</source>
        <translation>”%1” är ingen Workshop Desk-databas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file.</source>
        <translation>Välj en annan fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file and its folder may be read and written.</source>
        <translation>Kontrollera att filen och dess mapp går att läsa och skriva till.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program may be using the file, or the disk may be full.</source>
        <translation>Ett annat program kanske använder filen, eller så är disken full.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It has been open on the computer “%2” since %1.</source>
        <translation>Den har varit öppen på datorn ”%2” sedan %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has been open on this computer since %1 (process %2).</source>
        <translation>Den har varit öppen på den här datorn sedan %1 (process %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been open on this computer since %1.</source>
        <translation>Den har varit öppen på den här datorn sedan %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is in use</source>
        <translation>Databasen används</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everything saved before is safe.</source>
        <translation>Allt du har sparat tidigare finns kvar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: the change was not saved.</source>
        <translation>Disken är full: ändringen sparades inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space on the disk (or move the database to another disk), then try again.</source>
        <translation>Frigör utrymme på disken (eller flytta databasen till en annan disk) och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was not saved: this database cannot be written to here.</source>
        <translation>Ändringen sparades inte: det går inte att skriva till databasen här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was opened read-only, because it is open in another copy of Workshop Desk. Close the other copy and open the file again to make changes.</source>
        <translation>Den öppnades skrivskyddad eftersom den är öppen i en annan instans av Workshop Desk. Stäng den andra instansen och öppna filen igen för att kunna göra ändringar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file or its folder is read-only: check its permissions, or copy the file to a folder you may write to.</source>
        <translation>Filen eller dess mapp är skrivskyddad: kontrollera behörigheterna, eller kopiera filen till en mapp där du får skriva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file could not be written: the change was not saved.</source>
        <translation>Det gick inte att skriva till databasfilen: ändringen sparades inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or USB stick holding the file is still connected, then try again.</source>
        <translation>Kontrollera att disken eller USB-minnet med filen fortfarande är anslutet och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../aiall_desktop/gui/labels.py" line="+21"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-described</source>
        <translation>Beskriver själv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academia</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-profit</source>
        <translation>Ideell sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small</source>
        <translation>Litet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium-sized</source>
        <translation>Medelstort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Stort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Micro: fewer than 10 staff, and turnover or balance sheet total of at most €2 million.</source>
        <extracomment>The EU definitions (Commission Recommendation 2003/361/EC), shown as help beside the size class.</extracomment>
        <translation>Mikro: färre än 10 anställda och en omsättning eller balansomslutning på högst 2 miljoner euro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small: fewer than 50 staff, and turnover or balance sheet total of at most €10 million.</source>
        <translation>Litet: färre än 50 anställda och en omsättning eller balansomslutning på högst 10 miljoner euro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium-sized: fewer than 250 staff, and turnover of at most €50 million or balance sheet total of at most €43 million.</source>
        <translation>Medelstort: färre än 250 anställda och en omsättning på högst 50 miljoner euro eller en balansomslutning på högst 43 miljoner euro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large: above the limits of a medium-sized enterprise.</source>
        <translation>Stort: över gränserna för ett medelstort företag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table group</source>
        <translation>Bordsgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case team</source>
        <translation>Case-team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case-identification workshop</source>
        <translation>Case-workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network meeting</source>
        <translation>Nätverksträff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company visit</source>
        <translation>Företagsbesök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case development session</source>
        <translation>Case-utveckling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Anmält förhinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identified</source>
        <translation>Identifierat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritised</source>
        <translation>Prioriterat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In development</source>
        <translation>Under utveckling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation &amp; business development</source>
        <translation>Innovation &amp; affärsutveckling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implemented</source>
        <translation>Implementerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Parkerat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smart industry</source>
        <translation>Smart industri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy solutions of tomorrow</source>
        <translation>Morgondagens energilösningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable food supply</source>
        <translation>Hållbar livsmedelsförsörjning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welfare and e-health</source>
        <translation>Välfärd och e-hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable development</source>
        <translation>Hållbar utveckling</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../aiall_desktop/gui/language.py" line="+75"/>
        <source>The language changes when the running job has finished; choose it again then.</source>
        <extracomment>The languages the program speaks (the first is the language of its source texts).</extracomment>
        <translation>Språket byts när det pågående jobbet är klart; välj det igen då.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The program now speaks English.</source>
        <translation>Programmet är nu på svenska.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../aiall_desktop/gui/dialogs/privacy.py" line="-320"/>
        <source>Export This Person&apos;s Data</source>
        <translation>Exportera personens uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The data was not exported</source>
        <translation>Uppgifterna exporterades inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be written.</source>
        <translation>”%1” kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder, or check that there is space on the disk.</source>
        <translation>Välj en annan mapp eller kontrollera att det finns utrymme på disken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>erasure</source>
        <translation>radering</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../aiall_desktop/gui/sections.py" line="+117"/>
        <source>Organisations</source>
        <extracomment>The women share among the people present, with the verdict&apos;s symbol: &quot;✓ 31 %&quot;. The column&apos;s share of the list&apos;s width at first start (beyond room for its heading); the user&apos;s own widths are remembered per list afterwards. A value as wide as the column&apos;s widest usual content (dates, times, counts): never cut below it. A choice for records without a value (&quot;Size not given&quot;); empty for none. The list in ``store.listing``; ``None`` for a section that is not a list of records. Count texts: one record, several records (&quot;%1&quot; is the number), and a search&apos;s share (&quot;%1 of %2&quot;). The command that starts a new record here (&quot;&amp;New Participant&quot;); empty where records are not entered yet.</extracomment>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 organisations</source>
        <translation>%1 av %2 organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, org. number or municipality</source>
        <translation>Sök på namn, org.nr eller kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisations yet</source>
        <translation>Inga organisationer ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sectors</source>
        <translation>Alla sektorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sizes</source>
        <translation>Alla storlekar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size not given</source>
        <translation>Storlek ej angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;New Organisation</source>
        <translation>&amp;Ny organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>1 participant</source>
        <translation>1 deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 participants</source>
        <translation>%1 deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 participants</source>
        <translation>%1 av %2 deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, e-mail, role or organisation</source>
        <translation>Sök på namn, e-post, roll eller organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants yet</source>
        <translation>Inga deltagare ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All genders</source>
        <translation>Alla kön</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Participant</source>
        <translation>&amp;Ny deltagare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 activity</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 activities</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 activities</source>
        <translation>%1 av %2 aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by title, place, facilitator or date</source>
        <translation>Sök på titel, plats, processledare eller datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activities yet</source>
        <translation>Inga aktiviteter ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Activity</source>
        <translation>&amp;Ny aktivitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Genomförbarhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From activity</source>
        <translation>Från aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases</source>
        <translation>%1 case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by title or problem</source>
        <translation>Sök på titel eller problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases yet</source>
        <translation>Inga case ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stages</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Case</source>
        <translation>&amp;Nytt case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../aiall_desktop/gui/editing/field_validation.py" line="+22"/>
        <location line="+24"/>
        <source>Remove the tab, line break or other control character.</source>
        <extracomment>The domain&apos;s message keys, as texts to translate; ``{value}`` etc. are the quoted values.</extracomment>
        <translation>Ta bort tabbtecknet, radbrytningen eller det andra styrtecknet.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>“{value}” is not an organisation number: write it as NNNNNN-NNNN.</source>
        <translation>”{value}” är inte ett organisationsnummer: skriv det som NNNNNN-NNNN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a valid organisation number: the last digit (the check digit) is wrong.</source>
        <translation>”{value}” är inte ett giltigt organisationsnummer: den sista siffran (kontrollsiffran) stämmer inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not an e-mail address, like name@example.se.</source>
        <translation>”{value}” är inte en e-postadress (till exempel name@example.se).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a phone number: use digits, spaces, +, - and brackets.</source>
        <translation>”{value}” är inte ett telefonnummer: använd siffror, mellanslag, +, - och parenteser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a phone number: it needs {minimum} to {maximum} digits.</source>
        <translation>”{value}” är inte ett telefonnummer: det ska ha {minimum} till {maximum} siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date: write it as YYYY-MM-DD.</source>
        <translation>”{value}” är inte ett datum: skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a time of day: write it as HH:MM.</source>
        <translation>”{value}” är inte en tid: skriv den som TT:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date and time: write it as YYYY-MM-DD HH:MM.</source>
        <translation>”{value}” är inte ett datum med tid: skriv det som ÅÅÅÅ-MM-DD TT:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Sluttiden {end} ligger inte efter starttiden {start}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This cell must be filled in.</source>
        <extracomment>The import&apos;s message keys (``exchange/problems.py``). Their values that are English words of the import (a field&apos;s name, a record kind) are left out: the problem&apos;s place already names the column.</extracomment>
        <translation>Cellen måste fyllas i.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not one of the choices; use one of: {choices}.</source>
        <translation>”{value}” är inte ett av alternativen; använd något av: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds nothing to import.</source>
        <translation>Filen innehåller inget att importera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot tell what this sheet holds: no row near the top names the columns of organisations, participants, activities or attendance (for example First name, Last name, E-mail).</source>
        <translation>Det går inte att avgöra vad bladet innehåller: ingen rad nära början anger kolumner för organisationer, deltagare, aktiviteter eller närvaro (till exempel Förnamn, Efternamn, E-post).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet of {kind} has no column for {columns}.</source>
        <translation>Bladet med {kind} saknar kolumn för {columns}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An attendance sheet needs columns naming the activity (Activity and Date, or Activity ID) and the participant (E-mail, First name and Last name, or Participant ID).</source>
        <translation>Ett närvaroblad behöver kolumner som anger aktiviteten (Aktivitet och Datum, eller Aktivitets-id) och deltagaren (E-post, Förnamn och Efternamn, eller Deltagar-id).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is also on {other}.</source>
        <translation>{value} finns också på {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This row and {other} are the same record ({value}).</source>
        <translation>Den här raden och {other} är samma post ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which activity? Fill in Activity and Date, or Activity ID.</source>
        <translation>Vilken aktivitet? Fyll i Aktivitet och Datum, eller Aktivitets-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which participant? Fill in E-mail, First name and Last name, or Participant ID.</source>
        <translation>Vilken deltagare? Fyll i E-post, Förnamn och Efternamn, eller Deltagar-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no activity “{title}” on {date} in the register or the file.</source>
        <translation>Det finns ingen aktivitet ”{title}” den {date} i registret eller i filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no activity with ID {value}.</source>
        <translation>Det finns ingen aktivitet med id {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} activities are called “{title}” on {date}; give the Activity ID.</source>
        <translation>{count} aktiviteter heter ”{title}” den {date}; ange Aktivitets-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no participant with e-mail {value} in the register or the file.</source>
        <translation>Det finns ingen deltagare med e-postadressen {value} i registret eller i filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no participant called {value} in the register or the file.</source>
        <translation>Det finns ingen deltagare som heter {value} i registret eller i filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no participant with ID {value}.</source>
        <translation>Det finns ingen deltagare med id {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} participants are called {value}; give the e-mail address.</source>
        <translation>{count} deltagare heter {value}; ange e-postadressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} participants in the register are called {value}; add the e-mail or organisation column.</source>
        <translation>{count} deltagare i registret heter {value}; lägg till en kolumn för e-post eller organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no organisation with org number {value}.</source>
        <translation>Det finns ingen organisation med organisationsnummer {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column “{header}” is not one the import knows; it is left out.</source>
        <translation>Importen känner inte igen kolumnen ”{header}”; den hoppas över.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column “{header}” repeats a column already read; it is left out.</source>
        <translation>Kolumnen ”{header}” upprepar en kolumn som redan har lästs in; den hoppas över.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet “{name}” is left out: {reason}</source>
        <translation>Bladet ”{name}” hoppas över: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds {kind}, not {wanted}.</source>
        <translation>det innehåller {kind}, inte {wanted}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row near its top names known columns.</source>
        <translation>ingen rad nära början anger kända kolumner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty.</source>
        <translation>det är tomt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet %1</source>
        <extracomment>How the import names a place in the file; ``exchange.problems.where`` writes &quot;row 3&quot; or &quot;sheet X, row 3&quot;.</extracomment>
        <translation>blad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a first name or a last name.</source>
        <extracomment>Texts of the forms&apos; own rules.</extracomment>
        <translation>Ange ett förnamn eller ett efternamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <extracomment>Put before a message, so that it does not rely on its colour.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
