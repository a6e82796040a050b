<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CohortHeader</name>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="48"/>
        <source>No cohort</source>
        <translation>Geen cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="51"/>
        <source>This database holds no cohorts yet. Load the demo data with File ▸ Load demo data, or run “sioo-desk demo”.</source>
        <translation>Deze database bevat nog geen cohorten. Laad de demogegevens via Bestand ▸ Demogegevens laden, of met “sioo-desk demo”.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="64"/>
        <source>no dates yet</source>
        <translation>nog geen data</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="74"/>
        <source>%1 of %2–%3 places taken</source>
        <translation>%1 van %2–%3 plaatsen bezet</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="80"/>
        <source>below the minimum of %1</source>
        <translation>onder het minimum van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="82"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="84"/>
        <source>over the maximum of %1</source>
        <translation>boven het maximum van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="91"/>
        <source>%1 half-days contact time, %2 outside working hours · %3 hours study load</source>
        <translation>%1 dagdelen contacttijd, %2 buiten werktijd · %3 uur studiebelasting</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="105"/>
        <source>As the programme promises.</source>
        <translation>Zoals het programma belooft.</translation>
    </message>
</context>
<context>
    <name>CohortListModel</name>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="55"/>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="57"/>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="77"/>
        <source>no dates yet</source>
        <translation>nog geen data</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="97"/>
        <source>Import participants into %1</source>
        <translation>Deelnemers importeren in %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="107"/>
        <source>An .xlsx or .csv file with one candidate per row</source>
        <translation>Een .xlsx- of .csv-bestand met één kandidaat per rij</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="108"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="110"/>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="119"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="120"/>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="144"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="159"/>
        <source>Choose a registration list</source>
        <translation>Kies een lijst met aanmeldingen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="160"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="183"/>
        <source>%1 rows, %2 with problems. Nothing is imported until every row is right: correct the file and read it again, or change the column mapping.</source>
        <translation>%1 rijen, %2 met fouten. Er wordt niets geïmporteerd tot elke rij klopt: verbeter het bestand en lees het opnieuw, of pas de koppeling van de kolommen aan.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="186"/>
        <source>%1 rows, all correct. Import adds them as registered candidates.</source>
        <translation>%1 rijen, alle in orde. Importeren voegt ze toe als aangemelde kandidaten.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="194"/>
        <source>(no heading)</source>
        <translation>(geen kop)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="197"/>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="65"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="31"/>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="34"/>
        <source>&amp;Export participant list…</source>
        <translation>Deelnemerslijst &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="37"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="39"/>
        <source>Copy addresses of the selection</source>
        <translation>Adressen van de selectie kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="43"/>
        <source>Copy addresses of the list as filtered</source>
        <translation>Adressen van de gefilterde lijst kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="46"/>
        <source>Copy addresses of the whole cohort</source>
        <translation>Adressen van het hele cohort kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="48"/>
        <source>Copy addresses of a consultation group</source>
        <translation>Adressen van een consultatiegroep kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="52"/>
        <source>New e-mail to the selection (BCC)…</source>
        <translation>Nieuwe e-mail aan de selectie (BCC)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="78"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="89"/>
        <source>import %1 participants</source>
        <translation>%1 deelnemers importeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="92"/>
        <source>%1 participants imported.</source>
        <translation>%1 deelnemers geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="100"/>
        <source>Export participant list</source>
        <translation>Deelnemerslijst exporteren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="102"/>
        <source>Excel workbook (*.xlsx);;CSV for Dutch Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Nederlandse Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="109"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="112"/>
        <source>%1 participants exported to %2.</source>
        <translation>%1 deelnemers geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="119"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="147"/>
        <source>(no consultation groups yet)</source>
        <translation>(nog geen consultatiegroepen)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="155"/>
        <source>No e-mail addresses to copy.</source>
        <translation>Geen e-mailadressen om te kopiëren.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="159"/>
        <source>%1 addresses copied; paste them into Outlook&apos;s BCC field.</source>
        <translation>%1 adressen gekopieerd; plak ze in het BCC-veld van Outlook.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="164"/>
        <source>Select participants first.</source>
        <translation>Kies eerst deelnemers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="67"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="401"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="85"/>
        <source>Search by name, municipality or status…</source>
        <translation>Zoek op naam, gemeente of status…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="89"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="168"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="170"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demogegevens laden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="181"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="186"/>
        <source>&amp;Participant</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="194"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="203"/>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="206"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="208"/>
        <source>Participant &amp;details</source>
        <translation>&amp;Gegevens van deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="217"/>
        <source>&amp;About Sioo Desk</source>
        <translation>&amp;Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="238"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="240"/>
        <source>1 cohort</source>
        <translation>1 cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="240"/>
        <source>%1 cohorts</source>
        <translation>%1 cohorten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="320"/>
        <source>%1 — Sioo Desk</source>
        <translation>%1 — Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="346"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="348"/>
        <source>Sioo Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sioo Desk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="384"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="390"/>
        <source>About Sioo Desk</source>
        <translation>Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="393"/>
        <source>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Runs the programme “De gemeentelijke HRM-adviseur als partner in business” from the first intake to the last certificate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Voert de leergang “De gemeentelijke HRM-adviseur als partner in business” uit, van de eerste intake tot het laatste certificaat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="33"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Nieuwe deelnemer…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="35"/>
        <source>&amp;Edit participant…</source>
        <translation>Deelnemer &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="37"/>
        <source>&amp;Delete participant</source>
        <translation>Deelnemer &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="39"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="74"/>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="146"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="97"/>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="101"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="115"/>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="121"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="138"/>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="139"/>
        <source>Why does %1 withdraw?</source>
        <translation>Waarom trekt %1 zich terug?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="149"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="160"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="161"/>
        <source>Delete %1 and everything recorded about them? You can undo this with Ctrl+Z.</source>
        <translation>%1 verwijderen, met alles wat over deze deelnemer is vastgelegd? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="174"/>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="40"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="42"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="43"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="44"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="45"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="46"/>
        <source>Experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="47"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="49"/>
        <source>Learning team</source>
        <translation>Lerend team</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="50"/>
        <source>Consultation group</source>
        <translation>Consultatiegroep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="51"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="52"/>
        <source>Final result</source>
        <translation>Slotresultaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="61"/>
        <source>No participant selected</source>
        <translation>Geen deelnemer gekozen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="73"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="80"/>
        <source>%1 years, of which %2 in HR</source>
        <translation>%1 jaar, waarvan %2 in P&amp;O</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="94"/>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="95"/>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="96"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="42"/>
        <source>Ms (mevrouw)</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="43"/>
        <source>Mr (heer)</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="44"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="49"/>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="69"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="90"/>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="90"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="91"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="91"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="92"/>
        <source>Surname *</source>
        <translation>Achternaam *</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="92"/>
        <source>E-mail *</source>
        <translation>E-mail *</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="93"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="94"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="94"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="95"/>
        <source>Manager&apos;s e-mail</source>
        <translation>E-mail leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="96"/>
        <source>Years of experience</source>
        <translation>Jaren werkervaring</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="97"/>
        <source>Years in HR</source>
        <translation>Jaren in P&amp;O</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="97"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="98"/>
        <source>Learning team with</source>
        <translation>Lerend team met</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="74"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="75"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="76"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="79"/>
        <source>Learning team</source>
        <translation>Lerend team</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sioo_desk/app.py" line="60"/>
        <source>Sioo Desk cannot start</source>
        <translation>Sioo Desk kan niet starten</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="12"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="13"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="14"/>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="15"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="22"/>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="23"/>
        <source>Intake planned</source>
        <translation>Intake gepland</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="24"/>
        <source>Admitted</source>
        <translation>Toegelaten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="25"/>
        <source>Not admitted</source>
        <translation>Niet toegelaten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="26"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="28"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="36"/>
        <source>HBO</source>
        <translation>HBO</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="37"/>
        <source>WO (university)</source>
        <translation>WO</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="38"/>
        <source>Equivalent level</source>
        <translation>Vergelijkbaar niveau</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="39"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="45"/>
        <source>no verdict yet</source>
        <translation>nog geen oordeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="47"/>
        <source>onvoldoende</source>
        <translation>onvoldoende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="48"/>
        <source>voldoende</source>
        <translation>voldoende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="49"/>
        <source>goed</source>
        <translation>goed</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="53"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
