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
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="49"/>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="51"/>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="71"/>
        <source>no dates yet</source>
        <translation>nog geen data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="57"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="311"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="75"/>
        <source>Search by name, municipality or status…</source>
        <translation>Zoek op naam, gemeente of status…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="144"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="146"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demogegevens laden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="152"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="154"/>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="159"/>
        <source>Participant &amp;details</source>
        <translation>&amp;Gegevens van deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="168"/>
        <source>&amp;About Sioo Desk</source>
        <translation>&amp;Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="189"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="191"/>
        <source>1 cohort</source>
        <translation>1 cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="191"/>
        <source>%1 cohorts</source>
        <translation>%1 cohorten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="228"/>
        <source>%1 — Sioo Desk</source>
        <translation>%1 — Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="257"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="259"/>
        <source>Sioo Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sioo Desk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="294"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="300"/>
        <source>About Sioo Desk</source>
        <translation>Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="303"/>
        <source>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Runs the programme “De gemeentelijke HRM-adviseur als partner in business” from the first intake to the last certificate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Voert de leergang “De gemeentelijke HRM-adviseur als partner in business” uit, van de eerste intake tot het laatste certificaat.&lt;/p&gt;</translation>
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
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="68"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="69"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="70"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="72"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="73"/>
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
