<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountabilityPage</name>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="65"/>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="211"/>
        <source>Propose groups</source>
        <translation>Groepen voorstellen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="66"/>
        <source>Choose assessor…</source>
        <translation>Assessor kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="67"/>
        <source>Room…</source>
        <translation>Ruimte…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="68"/>
        <source>Print day plan…</source>
        <translation>Dagplanning afdrukken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="69"/>
        <source>Assessor&apos;s calendar (.ics)…</source>
        <translation>Agenda van de assessor (.ics)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="81"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="82"/>
        <source>Over an hour per participant: at least 60 minutes.</source>
        <translation>Ruim een uur per deelnemer: minstens 60 minuten.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="84"/>
        <source>Per participant:</source>
        <translation>Per deelnemer:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="89"/>
        <source>Groups of four (three or five only when the numbers force it), each with an assessor who coaches none of its members. The group attends all of its members&apos; conversations. Drag a participant onto another group to move them.</source>
        <translation>Groepen van vier (drie of vijf alleen als het aantal daartoe dwingt), elk met een assessor die geen van de leden coacht. De groep is bij alle gesprekken van haar leden. Sleep een deelnemer naar een andere groep om hem te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="107"/>
        <source>Half-days of the closing meeting to use:</source>
        <translation>Dagdelen van de slotbijeenkomst voor de gesprekken:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="109"/>
        <source>To solve:</source>
        <translation>Nog op te lossen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="161"/>
        <source>no assessor yet</source>
        <translation>nog geen assessor</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="162"/>
        <source>Group %1 — %2 (%3)</source>
        <translation>Groep %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="175"/>
        <source>The closing meeting is not planned yet: plan the programme first.</source>
        <translation>De slotbijeenkomst is nog niet gepland: plan eerst het programma.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="177"/>
        <source>No groups yet: press “Propose groups”.</source>
        <translation>Nog geen groepen: kies “Groepen voorstellen”.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="179"/>
        <source>Every rule is met.</source>
        <translation>Elke regel is gehaald.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="212"/>
        <source>Replace the current groups and times by a new proposal?</source>
        <translation>De huidige groepen en tijden vervangen door een nieuw voorstel?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="227"/>
        <source>Propose accountability groups</source>
        <translation>Groepen voor het verantwoordingsgesprek voorstellen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="269"/>
        <source>Move participant to another group</source>
        <translation>Deelnemer naar een andere groep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="274"/>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="280"/>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="288"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="274"/>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="300"/>
        <source>Choose a group first.</source>
        <translation>Kies eerst een groep.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="281"/>
        <source>No assessors among the staff yet: add them under Edit › Staff…</source>
        <translation>Nog geen assessoren onder de medewerkers: voeg ze toe via Bewerken › Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="288"/>
        <source>Assessor of this group:</source>
        <translation>Assessor van deze groep:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="294"/>
        <source>Choose assessor</source>
        <translation>Assessor kiezen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="300"/>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="305"/>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="306"/>
        <source>Room of this group (e.g. “Zaal Amersfoort”):</source>
        <translation>Ruimte van deze groep (bijvoorbeeld “Zaal Amersfoort”):</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="314"/>
        <source>Room of a group</source>
        <translation>Ruimte van een groep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="324"/>
        <source>Lay out the conversations again</source>
        <translation>Gesprekken opnieuw inplannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="330"/>
        <source>Half-days</source>
        <translation>Dagdelen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="331"/>
        <source>Choose at least one half-day of the closing meeting.</source>
        <translation>Kies minstens één dagdeel van de slotbijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="358"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="367"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="367"/>
        <source>Choose a group that has an assessor.</source>
        <translation>Kies een groep die een assessor heeft.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="384"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/accountability_page.py" line="388"/>
        <source>Accountability conversations</source>
        <translation>Verantwoordingsgesprekken</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="65"/>
        <source>Shared with the learning-team partner</source>
        <translation>Gedeeld met de leerteampartner</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="75"/>
        <source>not set</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="82"/>
        <source>no time</source>
        <translation>geen tijd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="91"/>
        <source>(within the closing meeting: keeps the accountability conversation clear)</source>
        <translation>(tijdens de slotbijeenkomst: het verantwoordingsgesprek houdt er rekening mee)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="98"/>
        <source>Save assignment</source>
        <translation>Organisatievraagstuk bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="101"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="102"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="103"/>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="104"/>
        <source>Client&apos;s role</source>
        <translation>Functie opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="105"/>
        <source>Client&apos;s organisation</source>
        <translation>Organisatie opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="106"/>
        <source>Client&apos;s e-mail</source>
        <translation>E-mail opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="107"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="111"/>
        <source>Client&apos;s feedback at the start</source>
        <translation>Feedback opdrachtgever bij de start</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="112"/>
        <source>Client&apos;s feedback midway</source>
        <translation>Feedback opdrachtgever halverwege</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="113"/>
        <source>Client&apos;s feedback at the end</source>
        <translation>Feedback opdrachtgever aan het eind</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="114"/>
        <source>Evaluation with the manager</source>
        <translation>Evaluatie met de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="115"/>
        <source>Final presentation</source>
        <translation>Eindpresentatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="116"/>
        <source>Presentation time</source>
        <translation>Tijd van de presentatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="141"/>
        <source>Together with %1</source>
        <translation>Samen met %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="196"/>
        <source>save the assignment</source>
        <translation>organisatievraagstuk bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/assignment_form.py" line="202"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="250"/>
        <source>Type A present, L late, M excused, X absent, Delete to clear; the cursor moves on by itself. Grey: not this participant&apos;s half-day.</source>
        <translation>Typ A aanwezig, L te laat, M afgemeld, X afwezig, Delete om te wissen; de cursor schuift vanzelf door. Grijs: geen dagdeel van deze deelnemer.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="270"/>
        <source>late counts as present</source>
        <translation>te laat telt als aanwezig</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="271"/>
        <source>excused leaves the half-day out</source>
        <translation>afgemeld telt niet mee</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="272"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="274"/>
        <source>Sign-in list of this meeting (PDF)…</source>
        <translation>Presentielijst van deze bijeenkomst (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="278"/>
        <source>Sufficient effort from:</source>
        <translation>Voldoende inspanning vanaf:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="333"/>
        <source>No meetings yet: plan the programme on the Programme tab first.</source>
        <translation>Nog geen bijeenkomsten: plan eerst het programma op het tabblad Programma.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="348"/>
        <source>Threshold for sufficient effort: %1%.</source>
        <translation>Drempel voor voldoende inspanning: %1%.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="350"/>
        <source>Below it: %1.</source>
        <translation>Daaronder: %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="352"/>
        <source>Can no longer reach it: %1.</source>
        <translation>Haalt de drempel niet meer: %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="402"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="359"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="387"/>
        <source>effort settings</source>
        <translation>inspanningsinstellingen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="409"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/attendance_view.py" line="410"/>
        <source>Sign-in list</source>
        <translation>Presentielijst</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="47"/>
        <source>Issue certificates</source>
        <translation>Certificaten uitreiken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="62"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="72"/>
        <source>One combined PDF for the printer</source>
        <translation>Eén gebundelde pdf voor de printer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="74"/>
        <source>Also a ZIP of all files</source>
        <translation>Ook een zip van alle bestanden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="76"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="77"/>
        <source>Date of issue:</source>
        <translation>Datum van uitreiking:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="94"/>
        <source>%1: already has %2</source>
        <translation>%1: heeft al %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="98"/>
        <source>Get a certificate (%1)</source>
        <translation>Krijgen een certificaat (%1)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="99"/>
        <source>No new certificate</source>
        <translation>Geen nieuw certificaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="110"/>
        <source>Issue and write</source>
        <translation>Uitreiken en wegschrijven</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="113"/>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="127"/>
        <source>Folder for the certificates</source>
        <translation>Map voor de certificaten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="141"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="144"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="179"/>
        <source>Issuing certificates…</source>
        <translation>Certificaten uitreiken…</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="93"/>
        <source>Issue certificates…</source>
        <translation>Certificaten uitreiken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="94"/>
        <source>Signatures…</source>
        <translation>Handtekeningen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="104"/>
        <source>Verification code, e.g. 7KQ2-M9XD-4TRB-H1CE</source>
        <translation>Verificatiecode, bijvoorbeeld 7KQ2-M9XD-4TRB-H1CE</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="106"/>
        <source>Verify</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="110"/>
        <source>Verify a certificate:</source>
        <translation>Certificaat controleren:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="142"/>
        <source>— no verdict yet —</source>
        <translation>— nog geen oordeel —</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="153"/>
        <source>A short motivation of the verdict</source>
        <translation>Een korte motivering van het oordeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="158"/>
        <source>from the attendance</source>
        <translation>uit de aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="161"/>
        <source>Only for a cohort whose attendance was not kept in Sioo Desk.</source>
        <translation>Alleen voor een leergang waarvan de aanwezigheid niet in Sioo Desk is bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="166"/>
        <source>Record verdict</source>
        <translation>Oordeel vastleggen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="170"/>
        <source>Final result</source>
        <translation>Eindoordeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="172"/>
        <source>Result:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="173"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="174"/>
        <source>Assessor:</source>
        <translation>Assessor:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="175"/>
        <source>Motivation:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="176"/>
        <source>Effort:</source>
        <translation>Inzet:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="183"/>
        <source>Exactly as it goes on the certificate, e.g. “J.H. (Jan) van der Berg”.</source>
        <translation>Precies zoals het op het certificaat komt, bijvoorbeeld “J.H. (Jan) van der Berg”.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="185"/>
        <source>Save name</source>
        <translation>Naam opslaan</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="195"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="197"/>
        <source>Name as printed:</source>
        <translation>Naam op het certificaat:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="202"/>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="203"/>
        <source>Open issued PDF</source>
        <translation>Uitgereikte pdf openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="204"/>
        <source>Re-issue…</source>
        <translation>Opnieuw uitreiken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="205"/>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="239"/>
        <source>%1 of %2 participants qualify for a certificate; %3 issued.</source>
        <translation>%1 van %2 deelnemers komen in aanmerking voor een certificaat; %3 uitgereikt.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="247"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="285"/>
        <source>Choose a participant.</source>
        <translation>Kies een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="304"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Vastgelegd door %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="309"/>
        <source>No verdict recorded yet.</source>
        <translation>Nog geen oordeel vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="320"/>
        <source>The recorded effort (%1%) does not count: attendance was kept here.</source>
        <translation>Het vastgelegde inzetcijfer (%1%) telt niet: de aanwezigheid is hier bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="328"/>
        <source>Qualifies; no certificate issued yet.</source>
        <translation>Komt in aanmerking; nog geen certificaat uitgereikt.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="330"/>
        <source>No certificate: %1.</source>
        <translation>Geen certificaat: %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="334"/>
        <source>Certificate %1, version %2, issued %3 to “%4”. Code %5.</source>
        <translation>Certificaat %1, versie %2, uitgereikt op %3 aan “%4”. Code %5.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="343"/>
        <source>Revoked on %1: %2</source>
        <translation>Ingetrokken op %1: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="346"/>
        <source>The name has changed since: re-issue to print it.</source>
        <translation>De naam is sindsdien gewijzigd: reik opnieuw uit om hem te drukken.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="376"/>
        <source>Verdict for %1</source>
        <translation>Eindoordeel voor %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="390"/>
        <source>Name on the certificate of %1</source>
        <translation>Naam op het certificaat van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="412"/>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="425"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="445"/>
        <source>%1 certificates issued and written to %2.</source>
        <translation>%1 certificaten uitgereikt en weggeschreven naar %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="464"/>
        <source>Re-issue</source>
        <translation>Opnieuw uitreiken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="466"/>
        <source>Why is certificate %1 re-issued (same number, a new version)?</source>
        <translation>Waarom wordt certificaat %1 opnieuw uitgereikt (zelfde nummer, nieuwe versie)?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="474"/>
        <source>Folder for the certificate</source>
        <translation>Map voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="495"/>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="497"/>
        <source>Why is certificate %1 of %2 revoked? This cannot be undone.</source>
        <translation>Waarom wordt certificaat %1 van %2 ingetrokken? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificates_page.py" line="522"/>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../sioo_desk/ui/closing_view.py" line="36"/>
        <source>Accountability conversations</source>
        <translation>Verantwoordingsgesprekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/closing_view.py" line="37"/>
        <source>Verdicts and certificates</source>
        <translation>Eindoordeel en certificaten</translation>
    </message>
</context>
<context>
    <name>CoachView</name>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="59"/>
        <source>No coaches yet — add them under Edit › Staff…</source>
        <translation>Nog geen coaches — voeg ze toe via Bewerken › Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="62"/>
        <source>I am:</source>
        <translation>Ik ben:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="77"/>
        <source>Record for the chosen meeting</source>
        <translation>Vastleggen voor de gekozen bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="88"/>
        <source>A progress note after a meeting…</source>
        <translation>Een voortgangsnotitie na een bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="90"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="93"/>
        <source>Replace the chosen note with this text</source>
        <translation>Gekozen notitie vervangen door deze tekst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="103"/>
        <source>Attendance at the group&apos;s meetings:</source>
        <translation>Aanwezigheid bij de bijeenkomsten van de groep:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="107"/>
        <source>Notes (only coaches and the participant&apos;s own record show them):</source>
        <translation>Notities (alleen zichtbaar voor coaches en in het eigen dossier van de deelnemer):</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="209"/>
        <source>Choose a participant in one of your groups.</source>
        <translation>Kies een deelnemer uit een van uw groepen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="220"/>
        <source>not agreed yet</source>
        <translation>nog niet afgesproken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="222"/>
        <source>Meeting %1, %2: %3</source>
        <translation>Bijeenkomst %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="231"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="249"/>
        <source>add a note</source>
        <translation>notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="267"/>
        <source>edit a note</source>
        <translation>notitie bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/coach_view.py" line="285"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
</context>
<context>
    <name>CohortActions</name>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="34"/>
        <source>new cohort %1</source>
        <translation>nieuw cohort %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="53"/>
        <source>&amp;Edit cohort…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="55"/>
        <source>&amp;Delete cohort</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="57"/>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="73"/>
        <source>&amp;Archive cohort</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="71"/>
        <source>Bring back from the &amp;archive</source>
        <translation>Uit het &amp;archief halen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="101"/>
        <source>edit cohort %1</source>
        <translation>cohort %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="126"/>
        <source>Delete cohort</source>
        <translation>Cohort verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="129"/>
        <source>Delete %1, with its schedule and groups? You can undo this with Ctrl+Z.</source>
        <translation>%1 verwijderen, met het programma en de groepen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="138"/>
        <source>delete cohort %1</source>
        <translation>cohort %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="154"/>
        <source>archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_actions.py" line="154"/>
        <source>bring back %1 from the archive</source>
        <translation>%1 uit het archief halen</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="65"/>
        <source>New cohort</source>
        <translation>Nieuw cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="65"/>
        <source>Edit cohort</source>
        <translation>Cohort bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="81"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="87"/>
        <source>e.g. HRM-2027</source>
        <translation>bijv. HRM-2027</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="93"/>
        <source>e.g. Kaap Doorn Conferentiecentrum, Doorn</source>
        <translation>bijv. Kaap Doorn Conferentiecentrum, Doorn</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="96"/>
        <source>street, postcode and town</source>
        <translation>straat, postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="123"/>
        <source>Certificates carry this code in their numbers, so it can no longer change.</source>
        <translation>Deze code staat in de nummers van uitgereikte certificaten; daarom kan hij niet meer veranderen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="131"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="133"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="134"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="136"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="137"/>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="142"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="144"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="145"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="146"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="149"/>
        <source>Programme manager:</source>
        <translation>Programmamanager:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="151"/>
        <source>Secretary:</source>
        <translation>Secretariaat:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="153"/>
        <source>Signatory:</source>
        <translation>Ondertekenaar:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="189"/>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="196"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="202"/>
        <source>person %1</source>
        <translation>medewerker %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="207"/>
        <source>Nobody holds the role %1 yet; give it to someone under Edit ▸ Staff…</source>
        <translation>Nog niemand heeft de rol %1; geef die iemand via Bewerken&#xa0;▸&#xa0;Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="227"/>
        <source>Follows the dates (now: %1)</source>
        <translation>Volgt de data (nu: %1)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="243"/>
        <source>The certificate numbers start with it: %1-001.</source>
        <translation>De certificaatnummers beginnen ermee: %1-001.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="139"/>
        <source>Intakes from:</source>
        <translation>Intakes vanaf:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="140"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_dialog.py" line="141"/>
        <source>End:</source>
        <translation>Einde:</translation>
    </message>
</context>
<context>
    <name>CohortHeader</name>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="49"/>
        <source>No cohort</source>
        <translation>Geen cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="52"/>
        <source>Every cohort of this database is archived; View ▸ Show archived cohorts shows them again, Cohort ▸ New cohort… makes another.</source>
        <translation>Alle cohorten van deze database zijn gearchiveerd; Beeld ▸ Gearchiveerde cohorten tonen laat ze weer zien, Cohort ▸ Nieuw cohort… maakt een nieuw.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="57"/>
        <source>This database holds no cohorts yet. Make the first one with Cohort ▸ New cohort… (its programme manager and signatory first, under Edit ▸ Staff…). To look around first, File ▸ Load demo data opens a separate demo database.</source>
        <translation>Deze database bevat nog geen cohorten. Maak het eerste met Cohort ▸ Nieuw cohort… (eerst de programmamanager en de ondertekenaar, bij Bewerken ▸ Medewerkers…). Wilt u eerst rondkijken: Bestand ▸ Demogegevens laden opent een aparte demodatabase.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="71"/>
        <source>no dates yet</source>
        <translation>nog geen datums</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="84"/>
        <source>%1 of %2–%3 places taken</source>
        <translation>%1 van %2–%3 plaatsen bezet</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="90"/>
        <source>below the minimum of %1</source>
        <translation>onder het minimum van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="92"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="94"/>
        <source>over the maximum of %1</source>
        <translation>boven het maximum van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="101"/>
        <source>%1 half-days contact time, %2 outside working hours · %3 hours study load</source>
        <translation>%1 dagdelen contacttijd, %2 buiten werktijd · %3 uur studiebelasting</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_header.py" line="115"/>
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
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="59"/>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/cohort_list_model.py" line="80"/>
        <source>no dates yet</source>
        <translation>nog geen datums</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="468"/>
        <source>The first cohort</source>
        <translation>Het eerste cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="471"/>
        <source>Optional: the cohort to start with. Its meetings are planned afterwards, on its Programme tab; all of this can be changed later (Cohort ▸ Edit cohort…).</source>
        <translation>Niet verplicht: het cohort waarmee u begint. De bijeenkomsten plant u daarna, op het tabblad Programma; dit alles kunt u later wijzigen (Cohort ▸ Cohort bewerken…).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="476"/>
        <source>Make the first cohort now</source>
        <translation>Nu het eerste cohort aanmaken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="485"/>
        <source>The start of every certificate number of the cohort, e.g. HRM-2027-001.</source>
        <translation>Het begin van elk certificaatnummer van het cohort, bijvoorbeeld HRM-2027-001.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="493"/>
        <source>e.g. Kaap Doorn Conferentiecentrum, Doorn</source>
        <translation>bijv. Kaap Doorn Conferentiecentrum, Doorn</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="507"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="508"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="511"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="514"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="515"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="516"/>
        <source>Programme manager:</source>
        <translation>Programmamanager:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="517"/>
        <source>Signatory:</source>
        <translation>Ondertekenaar:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="518"/>
        <source>Secretary:</source>
        <translation>Secretariaat:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="555"/>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="576"/>
        <source>Nobody is %1 yet: letters and certificates of the cohort cannot be signed until someone is (Edit ▸ Staff…, then Cohort ▸ Edit cohort…).</source>
        <translation>Nog niemand is %1: brieven en certificaten van het cohort kunnen pas worden ondertekend als iemand dat is (Bewerken ▸ Medewerkers…, daarna Cohort ▸ Cohort bewerken…).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="579"/>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="42"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="60"/>
        <source>This is the demo database. Start it afresh with new demo data? What was changed in it is lost.</source>
        <translation>Dit is de demodatabase. Opnieuw beginnen met verse demogegevens? Wat erin is veranderd, gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="65"/>
        <location filename="../../sioo_desk/ui/demo_database.py" line="81"/>
        <source>Start afresh</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="72"/>
        <source>There is a demo database already:
%1

Open it, or start it afresh with new demo data (what was changed in it is lost)?</source>
        <translation>Er is al een demodatabase:
%1

Deze openen, of opnieuw beginnen met verse demogegevens (wat erin is veranderd, gaat verloren)?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="80"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="104"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/demo_database.py" line="144"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
</context>
<context>
    <name>FirstUseWizard</name>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="627"/>
        <source>Welcome to Sioo Desk</source>
        <translation>Welkom bij Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="627"/>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="646"/>
        <source>Welcome. Sioo Desk keeps everything of the programme in one database file; this assistant makes it, in four short steps, in %1. Nothing is saved before Finish.</source>
        <translation>Welkom. Sioo Desk bewaart alles van het programma in één databasebestand; deze assistent maakt het in vier korte stappen, in %1. Er wordt niets opgeslagen vóór Voltooien.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="654"/>
        <source>A new, empty database in %1. Nothing is saved before Finish.</source>
        <translation>Een nieuwe, lege database in %1. Er wordt niets opgeslagen vóór Voltooien.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="657"/>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="661"/>
        <source>Look at the demo first</source>
        <translation>Eerst de demo bekijken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="665"/>
        <source>Opens a separate demo database with invented cohorts and people; this assistant comes back at the next start.</source>
        <translation>Opent een aparte demodatabase met verzonnen cohorten en mensen; deze assistent komt bij de volgende start terug.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="695"/>
        <source>%1 cannot be made: %2.</source>
        <translation>%1 kan niet worden gemaakt: %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="717"/>
        <location filename="../../sioo_desk/ui/first_use.py" line="726"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
</context>
<context>
    <name>FramesDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="44"/>
        <source>Competence frames</source>
        <translation>Competentiekaders</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="50"/>
        <source>New frame…</source>
        <translation>Nieuw kader…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="53"/>
        <source>Frame:</source>
        <translation>Kader:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="66"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="69"/>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="154"/>
        <source>Add as new competence</source>
        <translation>Toevoegen als nieuwe competentie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="70"/>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="71"/>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="173"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="163"/>
        <source>change a competence</source>
        <translation>competentie wijzigen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="179"/>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="192"/>
        <source>New frame</source>
        <translation>Nieuw kader</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/frames_dialog.py" line="179"/>
        <source>Name of the frame:</source>
        <translation>Naam van het kader:</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="114"/>
        <source>Propose groups</source>
        <extracomment>What the groups tab shows: the groups, their members (names, towns, status), the meetings of the chosen group (sessions), the coaches (staff) and the wishes and the coach maximum (settings).</extracomment>
        <translation>Groepen voorstellen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="115"/>
        <source>Lock / unlock</source>
        <translation>Vastzetten / losmaken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="116"/>
        <source>Choose coach…</source>
        <translation>Coach kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="117"/>
        <source>Keep apart from…</source>
        <translation>Uit elkaar houden van…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="118"/>
        <source>Keep together with…</source>
        <translation>Bij elkaar houden met…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="129"/>
        <source>Groups per coach at most:</source>
        <translation>Groepen per coach hoogstens:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="133"/>
        <source>Drag a participant onto another group to move them. A locked participant stays where they are when groups are proposed.</source>
        <translation>Sleep een deelnemer naar een andere groep om hem of haar te verplaatsen. Een vastgezette deelnemer blijft staan als er groepen worden voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="152"/>
        <source>Agreed date for the chosen meeting</source>
        <translation>Afgesproken datum voor de gekozen bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="158"/>
        <source>Rules:</source>
        <translation>Regels:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="163"/>
        <source>Drop the chosen wish</source>
        <translation>Gekozen wens laten vallen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="165"/>
        <source>Wishes for proposals:</source>
        <translation>Wensen voor voorstellen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="168"/>
        <source>Meetings of the chosen group:</source>
        <translation>Bijeenkomsten van de gekozen groep:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="267"/>
        <source>coach %1</source>
        <translation>coach %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="267"/>
        <source>no coach</source>
        <translation>geen coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="274"/>
        <source>locked</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="289"/>
        <source>No consultation groups yet: press “Propose groups”.</source>
        <translation>Nog geen consultatiegroepen: kies “Groepen voorstellen”.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="291"/>
        <source>Every rule is met.</source>
        <translation>Elke regel is gehaald.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="300"/>
        <source>%1 and %2 apart</source>
        <translation>%1 en %2 uit elkaar</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="303"/>
        <source>%1 and %2 together</source>
        <translation>%1 en %2 bij elkaar</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="336"/>
        <source>not agreed yet</source>
        <translation>nog niet afgesproken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="337"/>
        <source>Meeting %1: %2</source>
        <translation>Bijeenkomst %1: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="354"/>
        <source>propose groups</source>
        <translation>groepen voorstellen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="365"/>
        <source>move a participant</source>
        <translation>deelnemer verplaatsen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="377"/>
        <source>lock in a group</source>
        <translation>vastzetten in een groep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="395"/>
        <location filename="../../sioo_desk/ui/groups_view.py" line="400"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="396"/>
        <source>No coaches yet — add them under Edit › Staff…</source>
        <translation>Nog geen coaches — voeg ze toe via Bewerken › Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="406"/>
        <source>coach of %1</source>
        <translation>coach van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="423"/>
        <source>There is nobody else in this cohort to wish for.</source>
        <translation>Er is niemand anders in dit cohort om een wens voor op te geven.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="427"/>
        <source>Wish</source>
        <translation>Wens</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="438"/>
        <source>a wish for the groups</source>
        <translation>een wens voor de groepen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="456"/>
        <source>drop a wish</source>
        <translation>wens laten vallen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="461"/>
        <source>groups per coach</source>
        <translation>groepen per coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/groups_view.py" line="480"/>
        <source>meeting %1 of %2</source>
        <translation>bijeenkomst %1 van %2</translation>
    </message>
</context>
<context>
    <name>GuestsView</name>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="50"/>
        <location filename="../../sioo_desk/ui/guests_view.py" line="261"/>
        <source>Set capacity</source>
        <translation>Capaciteit instellen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="53"/>
        <source>Masterclass:</source>
        <translation>Masterclass:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="55"/>
        <source>Capacity:</source>
        <translation>Capaciteit:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="66"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="67"/>
        <source>Invited by</source>
        <translation>Uitgenodigd door</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="68"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="69"/>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="85"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="86"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="87"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="88"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="89"/>
        <source>Invited by:</source>
        <translation>Uitgenodigd door:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="92"/>
        <source>Register guest</source>
        <translation>Gast aanmelden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="93"/>
        <source>Cancel registration</source>
        <translation>Aanmelding intrekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="94"/>
        <source>Attended / not</source>
        <translation>Aanwezig / niet</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="95"/>
        <source>Guest list (PDF)…</source>
        <translation>Gastenlijst (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="96"/>
        <source>Name badges (PDF)…</source>
        <translation>Naambadges (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="132"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="142"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="161"/>
        <source>This cohort has no masterclasses yet.</source>
        <translation>Dit cohort heeft nog geen masterclasses.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="171"/>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="173"/>
        <source>waiting list %1</source>
        <translation>wachtlijst %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="175"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="175"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="192"/>
        <source>%1 of %2 places taken, %3 on the waiting list.</source>
        <translation>%1 van %2 plaatsen bezet, %3 op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="217"/>
        <source>register %1</source>
        <translation>%1 aanmelden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="239"/>
        <source>cancel %1</source>
        <translation>%1 afmelden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="250"/>
        <source>guest attendance</source>
        <translation>aanwezigheid van een gast</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/guests_view.py" line="267"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="114"/>
        <source>Import participants into %1</source>
        <translation>Deelnemers importeren in %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="125"/>
        <source>An .xlsx or .csv file with one candidate per row</source>
        <translation>Een .xlsx- of .csv-bestand met één kandidaat per rij</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="126"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="128"/>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="142"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="142"/>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="168"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="184"/>
        <source>Choose a registration list</source>
        <translation>Kies een lijst met aanmeldingen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="186"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="210"/>
        <source>Reading %1 was stopped; choose the file again to read it.</source>
        <translation>Het lezen van %1 is afgebroken; kies het bestand opnieuw om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="215"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="248"/>
        <source>%1 Choose, under “Imported as”, which column holds what.</source>
        <translation>%1 Kies onder “Importeren als” welke kolom wat bevat.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="260"/>
        <source>%1 rows, %2 with problems. Nothing is imported until every row is right: correct the file and read it again, or change the column mapping.</source>
        <translation>%1 rijen, %2 met fouten. Er wordt niets geïmporteerd tot elke rij klopt: verbeter het bestand en lees het opnieuw, of pas de koppeling van de kolommen aan.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="270"/>
        <source>%1 rows, all correct. Import adds them as registered candidates.</source>
        <translation>%1 rijen, alle in orde. Importeren voegt ze toe als aangemelde kandidaten.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="280"/>
        <source>(no heading)</source>
        <translation>(geen kop)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="283"/>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../sioo_desk/ui/import_dialog.py" line="76"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="73"/>
        <source>Add document…</source>
        <translation>Document toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="75"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="84"/>
        <source>What does the candidate want to learn?</source>
        <translation>Wat wil de kandidaat leren?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="90"/>
        <source>Admission criterion</source>
        <translation>Toelatingsvoorwaarde</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="90"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="90"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="105"/>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="106"/>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="107"/>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="121"/>
        <source>no decision yet</source>
        <translation>nog geen besluit</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="135"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="137"/>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="138"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="139"/>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="151"/>
        <source>Letter (PDF)…</source>
        <translation>Brief (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="160"/>
        <source>Learning questions:</source>
        <translation>Leervragen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="179"/>
        <source>Intake of %1</source>
        <translation>Intake van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="181"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="197"/>
        <source>No intake document yet.</source>
        <translation>Nog geen intakedocument.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="201"/>
        <source>Intake document: %1 (%2 kB)</source>
        <translation>Intakedocument: %1 (%2 kB)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="221"/>
        <source>intake of %1</source>
        <translation>intake van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="231"/>
        <source>Intake document</source>
        <translation>Intakedocument</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="233"/>
        <source>Documents (*.pdf *.docx *.odt);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.odt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="245"/>
        <source>document of %1</source>
        <translation>document van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="290"/>
        <source>Save letter</source>
        <translation>Brief bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_dialog.py" line="289"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IntakePlanningDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="83"/>
        <source>Plan intakes — %1</source>
        <translation>Intakes plannen — %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="110"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="113"/>
        <source>Make slots</source>
        <translation>Plekken maken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="119"/>
        <source>There are no staff members yet to hold the intakes. Add them first (Edit ▸ Staff…); anyone on the staff can be the interviewer.</source>
        <translation>Er zijn nog geen medewerkers die de intakegesprekken kunnen voeren. Voeg ze eerst toe (Bewerken ▸ Medewerkers…); iedere medewerker kan interviewer zijn.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="126"/>
        <source>A series of slots</source>
        <translation>Een reeks intakeplekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="128"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="129"/>
        <source>Until:</source>
        <translation>Tot en met:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="130"/>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="131"/>
        <source>Start times:</source>
        <translation>Begintijden:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="132"/>
        <source>Length:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="133"/>
        <source>Interviewer:</source>
        <translation>Gesprek met:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="139"/>
        <source>Candidates without an intake</source>
        <translation>Kandidaten zonder intake</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="152"/>
        <source>Put candidate in slot</source>
        <translation>Kandidaat inplannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="153"/>
        <source>First free slot</source>
        <translation>Eerste vrije plek</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="154"/>
        <source>Free the slot</source>
        <translation>Plek vrijmaken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="155"/>
        <source>Delete slot</source>
        <translation>Plek verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="156"/>
        <source>Calendar file (.ics)…</source>
        <translation>Agendabestand (.ics)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="226"/>
        <source>free</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="231"/>
        <source>%1, %2–%3, with %4</source>
        <translation>%1, %2–%3, met %4</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="251"/>
        <source>%1 slots, %2 free; %3 candidates without an intake.</source>
        <translation>%1 plekken, %2 vrij; %3 kandidaten zonder intake.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="309"/>
        <source>make %1 intake slots</source>
        <translation>%1 intakeplekken maken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="316"/>
        <source>Choose a slot in the grid and a candidate in the list.</source>
        <translation>Kies een plek in het rooster en een kandidaat in de lijst.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="322"/>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="339"/>
        <source>plan an intake</source>
        <translation>intake plannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="332"/>
        <source>Choose a candidate in the list.</source>
        <translation>Kies een kandidaat in de lijst.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="347"/>
        <source>There is no free slot left; make new slots first.</source>
        <translation>Er is geen vrije plek meer; maak eerst nieuwe plekken.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="363"/>
        <source>free an intake slot</source>
        <translation>intakeplek vrijmaken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="371"/>
        <source>delete an intake slot</source>
        <translation>intakeplek verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="386"/>
        <source>Choose a slot in the grid.</source>
        <translation>Kies een plek in het rooster.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="400"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="398"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/intake_planning_dialog.py" line="403"/>
        <source>Saved %1; open it to add it to Outlook.</source>
        <translation>%1 bewaard; open het om het aan Outlook toe te voegen.</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="46"/>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="49"/>
        <source>&amp;Export participant list…</source>
        <translation>Deelnemerslijst &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="52"/>
        <source>&amp;New cohort…</source>
        <translation>&amp;Nieuw cohort…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="54"/>
        <source>&amp;Plan intakes…</source>
        <translation>&amp;Intakes plannen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="56"/>
        <source>&amp;Letters for all decisions…</source>
        <translation>&amp;Brieven voor alle besluiten…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="59"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="61"/>
        <source>Copy addresses of the selection</source>
        <translation>Adressen van de selectie kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="68"/>
        <source>Copy addresses of the list as filtered</source>
        <translation>Adressen van de gefilterde lijst kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="72"/>
        <source>Copy addresses of the whole cohort</source>
        <translation>Adressen van het hele cohort kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="75"/>
        <source>Copy addresses of a consultation group</source>
        <translation>Adressen van een consultatiegroep kopiëren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="79"/>
        <source>New e-mail to the selection (BCC)…</source>
        <translation>Nieuwe e-mail aan de selectie (BCC)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="88"/>
        <source>Make a cohort first: Cohort ▸ New cohort…</source>
        <translation>Maak eerst een cohort: Cohort ▸ Nieuw cohort…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="126"/>
        <source>import %1 participants</source>
        <translation>%1 deelnemers importeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="129"/>
        <location filename="../../sioo_desk/ui/list_actions.py" line="146"/>
        <source>%1 participants imported.</source>
        <translation>%1 deelnemers geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="150"/>
        <source>Importing %1 participants…</source>
        <translation>%1 deelnemers importeren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="169"/>
        <source>Export participant list</source>
        <translation>Deelnemerslijst exporteren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="168"/>
        <source>Excel workbook (*.xlsx);;CSV for Dutch Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Nederlandse Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="178"/>
        <source>%1 participants exported to %2.</source>
        <translation>%1 deelnemers geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="218"/>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="229"/>
        <source>%1 letters written to %2.</source>
        <translation>%1 brieven opgeslagen in %2.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="236"/>
        <source>Writing letters…</source>
        <translation>Brieven schrijven…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="268"/>
        <source>(no consultation groups yet)</source>
        <translation>(nog geen consultatiegroepen)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="284"/>
        <source>No e-mail addresses to copy.</source>
        <translation>Geen e-mailadressen om te kopiëren.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="288"/>
        <source>%1 addresses copied; paste them into Outlook&apos;s BCC field.</source>
        <translation>%1 adressen gekopieerd; plak ze in het BCC-veld van Outlook.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/list_actions.py" line="294"/>
        <source>Select participants first.</source>
        <translation>Kies eerst deelnemers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="391"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="471"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="502"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="521"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="615"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="185"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="190"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="192"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demogegevens laden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="205"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="209"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="221"/>
        <source>&amp;Participant</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="236"/>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="107"/>
        <location filename="../../sioo_desk/ui/main_window.py" line="253"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="108"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="109"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="111"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="113"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="114"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="116"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="118"/>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="304"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="307"/>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="262"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="148"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="150"/>
        <source>A demo database: its cohorts and people are invented.</source>
        <translation>Een demodatabase: de cohorten en mensen erin zijn verzonnen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="187"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="217"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="264"/>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="267"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="269"/>
        <source>Participant &amp;details</source>
        <translation>&amp;Gegevens van deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="276"/>
        <source>Show &amp;archived cohorts</source>
        <translation>&amp;Gearchiveerde cohorten tonen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="282"/>
        <source>Open &amp;log file</source>
        <translation>&amp;Logbestand openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="285"/>
        <source>&amp;About Sioo Desk</source>
        <translation>&amp;Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="341"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="343"/>
        <source>1 cohort</source>
        <translation>1 cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="343"/>
        <source>%1 cohorts</source>
        <translation>%1 cohorten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="391"/>
        <source>%1 — Sioo Desk</source>
        <translation>%1 — Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="393"/>
        <source>%1 — DEMO</source>
        <translation>%1 — DEMO</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="461"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="463"/>
        <source>Sioo Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sioo Desk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="507"/>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="508"/>
        <source>New database.sqlite</source>
        <translation>Nieuwe database.sqlite</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="509"/>
        <source>Sioo Desk databases (*.sqlite)</source>
        <translation>Sioo Desk-databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="523"/>
        <source>%1 is the database open now; choose another file name.</source>
        <translation>%1 is de database die nu open is; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="545"/>
        <source>New database made and opened: %1</source>
        <translation>Nieuwe database gemaakt en geopend: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="587"/>
        <source>The demo data was there already; nothing was added.</source>
        <translation>De demogegevens waren er al; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="590"/>
        <source>Demo data loaded: %1 cohorts with %2 participants (%3).</source>
        <translation>Demogegevens geladen: %1 cohorten met %2 deelnemers (%3).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="592"/>
        <source>Demo data loaded: 1 cohort with %2 participants (%3).</source>
        <translation>Demogegevens geladen: 1 cohort met %2 deelnemers (%3).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="601"/>
        <source>About Sioo Desk</source>
        <translation>Over Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="604"/>
        <source>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Runs the programme “De gemeentelijke HRM-adviseur als partner in business” from the first intake to the last certificate.&lt;/p&gt;&lt;p&gt;What goes wrong unexpectedly is written to the log file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sioo Desk %1&lt;/h3&gt;&lt;p&gt;Voert de leergang “De gemeentelijke HRM-adviseur als partner in business” uit, van de eerste intake tot het laatste certificaat.&lt;/p&gt;&lt;p&gt;Wat onverwacht misgaat, wordt bijgehouden in het logbestand:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/main_window.py" line="654"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>MidtermForm</name>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="73"/>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="80"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="81"/>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="87"/>
        <source>not held yet</source>
        <translation>nog niet gehouden</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="95"/>
        <source>Save record</source>
        <translation>Verslag bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="97"/>
        <source>Summary for the participant (PDF)…</source>
        <translation>Samenvatting voor de deelnemer (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="102"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="103"/>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="104"/>
        <source>What the programme has yielded so far</source>
        <translation>Wat het programma tot nu toe heeft opgeleverd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="106"/>
        <source>Agreements on the learning route for the second half</source>
        <translation>Afspraken over de leerroute voor de tweede helft</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="115"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="115"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="115"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="115"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="123"/>
        <source>Plan everyone else</source>
        <translation>De rest inplannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="126"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="127"/>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="129"/>
        <source>All tussengesprekken of the cohort</source>
        <translation>Alle tussengesprekken van het cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="162"/>
        <source>After atelier 3: from %1.</source>
        <translation>Na werkatelier 3: vanaf %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="164"/>
        <source>Atelier 3 is not planned yet.</source>
        <translation>Werkatelier 3 is nog niet gepland.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="193"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="213"/>
        <source>&apos;%1&apos; are not times; write them as 09:30, 11:00, 13:30.</source>
        <translation>&apos;%1&apos; zijn geen tijden; schrijf ze als 09:30, 11:00, 13:30.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="222"/>
        <source>Everyone already has a tussengesprek.</source>
        <translation>Iedereen heeft al een tussengesprek.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="227"/>
        <source>plan the tussengesprekken</source>
        <translation>tussengesprekken plannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="233"/>
        <source>%1 tussengesprekken planned.</source>
        <translation>%1 tussengesprekken gepland.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="242"/>
        <source>Choose a date first.</source>
        <translation>Kies eerst een datum.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="248"/>
        <source>plan the tussengesprek</source>
        <translation>tussengesprek plannen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="254"/>
        <source>Planned on %1.</source>
        <translation>Gepland op %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="265"/>
        <source>record the tussengesprek</source>
        <translation>tussengesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="271"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/midterm_form.py" line="282"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="96"/>
        <source>The organisation</source>
        <translation>De organisatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="99"/>
        <source>Who runs the programme. Letters and certificates print the name, the address and the logo.</source>
        <translation>Wie het programma uitvoert. Brieven en certificaten drukken de naam, het adres en het logo af.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="105"/>
        <source>e.g. Academie Noord</source>
        <translation>bijv. Academie Noord</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="109"/>
        <source>street and number
postcode and town</source>
        <translation>straat en huisnummer
postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="118"/>
        <location filename="../../sioo_desk/ui/first_use.py" line="185"/>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="123"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="125"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="138"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="139"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="140"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="141"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="142"/>
        <source>Logo (optional):</source>
        <translation>Logo (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="173"/>
        <source>Logo of the organisation</source>
        <translation>Logo van de organisatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="175"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="194"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="56"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Nieuwe deelnemer…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="59"/>
        <source>&amp;Edit participant…</source>
        <translation>Deelnemer &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="62"/>
        <source>&amp;Delete participant</source>
        <translation>Deelnemer &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="65"/>
        <source>&amp;Intake and admission…</source>
        <translation>&amp;Intake en toelating…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="68"/>
        <source>Participant&apos;s &amp;calendar (.ics)…</source>
        <translation>&amp;Agenda van de deelnemer (.ics)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="72"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="128"/>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="136"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="157"/>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="166"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="207"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="205"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="210"/>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="224"/>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="280"/>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="225"/>
        <source>Why does %1 withdraw?</source>
        <translation>Waarom trekt %1 zich terug?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="231"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="246"/>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="275"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="249"/>
        <source>Delete %1 and everything recorded about them? You can undo this with Ctrl+Z.</source>
        <translation>%1 verwijderen, met alles wat over deze deelnemer is vastgelegd? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_actions.py" line="259"/>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="42"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="44"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="45"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="46"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="47"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="48"/>
        <source>Experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="49"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="51"/>
        <source>Learning team</source>
        <translation>Lerend team</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="52"/>
        <source>Consultation group</source>
        <translation>Consultatiegroep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="53"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="54"/>
        <source>Final result</source>
        <translation>Slotresultaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="64"/>
        <source>No participant selected</source>
        <translation>Geen deelnemer gekozen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="78"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="85"/>
        <source>%1 years, of which %2 in HR</source>
        <translation>%1 jaar, waarvan %2 in P&amp;O</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="99"/>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="100"/>
        <location filename="../../sioo_desk/ui/participant_detail.py" line="101"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="50"/>
        <source>Ms (mevrouw)</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="51"/>
        <source>Mr (heer)</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="52"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="58"/>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="78"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="108"/>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="109"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="110"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="111"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="112"/>
        <source>Surname *</source>
        <translation>Achternaam *</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="113"/>
        <source>E-mail *</source>
        <translation>E-mail *</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="114"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="115"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="116"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="117"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="118"/>
        <source>Manager&apos;s e-mail</source>
        <translation>E-mail leidinggevende</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="119"/>
        <source>Years of experience</source>
        <translation>Jaren werkervaring</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="120"/>
        <source>Years in HR</source>
        <translation>Jaren in P&amp;O</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="121"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="122"/>
        <source>Learning team with</source>
        <translation>Lerend team met</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_dialog.py" line="123"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="121"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="122"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="123"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="125"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="126"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="127"/>
        <source>Learning team</source>
        <translation>Lerend team</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participant_table_model.py" line="128"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../sioo_desk/ui/participants_view.py" line="64"/>
        <source>Search by name, municipality, status or e-mail…</source>
        <translation>Zoek op naam, gemeente, status of e-mail…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participants_view.py" line="66"/>
        <source>All cohorts</source>
        <translation>Alle cohorten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participants_view.py" line="68"/>
        <source>Search the participants of every cohort</source>
        <translation>Zoek in de deelnemers van alle cohorten</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/participants_view.py" line="71"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="86"/>
        <source>Search title and text…</source>
        <translation>Zoeken in titel en tekst…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="90"/>
        <source>Portfolio as PDF…</source>
        <translation>Portfolio als pdf…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="124"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="125"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="126"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="127"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="128"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="129"/>
        <source>Competences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="141"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="144"/>
        <source>New entry</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="145"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="134"/>
        <source>Attach document…</source>
        <translation>Document toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="135"/>
        <source>Remove attachment</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="146"/>
        <source>Delete entry</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="166"/>
        <source>Competence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="168"/>
        <source>Evidence (entries)</source>
        <translation>Bewijs (onderdelen)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="181"/>
        <source>Frame:</source>
        <translation>Kader:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="183"/>
        <source>Edit frames…</source>
        <translation>Kaders bewerken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="196"/>
        <source>Entries</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="197"/>
        <source>Self-ratings</source>
        <translation>Zelfbeoordeling</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="199"/>
        <source>Organisational assignment</source>
        <translation>Organisatievraagstuk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="201"/>
        <source>Tussengesprek</source>
        <translation>Tussengesprek</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="363"/>
        <source>Not following the programme.</source>
        <translation>Volgt het programma niet.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="366"/>
        <source>In order.</source>
        <translation>In orde.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="373"/>
        <source>%1 of %2 in order on %3.</source>
        <translation>%1 van %2 in orde op %3.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="390"/>
        <source>In order: intake, learning questions, portfolio, assignment and tussengesprek.</source>
        <translation>In orde: intake, leervragen, portfolio, organisatievraagstuk en tussengesprek.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="404"/>
        <source>Choose a participant.</source>
        <translation>Kies een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="502"/>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="651"/>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="669"/>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="726"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="503"/>
        <source>The entry being edited has changes that are not saved. Save them?</source>
        <translation>Het onderdeel dat u bewerkt heeft wijzigingen die nog niet zijn bewaard. Bewaren?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="617"/>
        <source>add a portfolio entry</source>
        <translation>portfolio-onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="619"/>
        <source>change a portfolio entry</source>
        <translation>portfolio-onderdeel wijzigen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="642"/>
        <source>delete a portfolio entry</source>
        <translation>portfolio-onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="651"/>
        <source>Save the entry first, then attach to it.</source>
        <translation>Sla het onderdeel eerst op en voeg er dan een document aan toe.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="657"/>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="676"/>
        <source>Attach document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="659"/>
        <source>Documents (*.pdf *.docx *.odt)</source>
        <translation>Documenten (*.pdf *.docx *.odt)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="670"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="689"/>
        <source>remove an attachment</source>
        <translation>bijlage verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="709"/>
        <source>rate a competence</source>
        <translation>competentie beoordelen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="729"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/portfolio_view.py" line="731"/>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="222"/>
        <source>The programme</source>
        <translation>Het programma</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="224"/>
        <source>Every new database starts with the programme as the brochure describes it.</source>
        <translation>Elke nieuwe database begint met het programma zoals de brochure het beschrijft.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="229"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="230"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="231"/>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="233"/>
        <source>Contact time</source>
        <translation>Contacttijd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="235"/>
        <source>%1 half-days, %2 of them outside working hours</source>
        <translation>%1 dagdelen, waarvan %2 buiten werktijd</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="240"/>
        <source>Study load</source>
        <translation>Studiebelasting</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="240"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="242"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="244"/>
        <source>%1 to %2 participants; consultation groups of %3 to %4</source>
        <translation>%1 tot %2 deelnemers; intervisiegroepen van %3 tot %4</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="252"/>
        <source>Fee</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="255"/>
        <source>%1 per participant for the municipality, after %2 from the funder (at a group of %3)</source>
        <translation>%1 per deelnemer voor de gemeente, na %2 van de financier (bij een groep van %3)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="264"/>
        <source>Admission</source>
        <translation>Toelating</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="265"/>
        <source>%1 criteria, weighed at the intake</source>
        <translation>%1 criteria, gewogen bij de intake</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="268"/>
        <source>Ateliers</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="272"/>
        <source>Competence frames</source>
        <translation>Competentiekaders</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="287"/>
        <source>What can be changed later: the effort threshold and how attendance counts under File ▸ Settings, a cohort&apos;s meetings on its Programme tab, the competence frames on the Portfolio tab.</source>
        <translation>Later aan te passen: de drempel voor voldoende inzet en hoe aanwezigheid telt bij Bestand ▸ Instellingen, de bijeenkomsten van een cohort op het tabblad Programma, de competentiekaders op het tabblad Portfolio.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../../sioo_desk/ui/save_file.py" line="48"/>
        <source>Save</source>
        <translation>Opslaan als</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="76"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="77"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="78"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="79"/>
        <source>Teachers / coach</source>
        <translation>Docenten / coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="80"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="81"/>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_model.py" line="131"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="70"/>
        <source>Generate programme…</source>
        <extracomment>What the programme tab shows of its cohort: the sessions, the staff in them (by name, and a coach&apos;s or teacher&apos;s other meetings for the checks) and the participants of individual meetings.</extracomment>
        <translation>Programma genereren…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="71"/>
        <source>Edit meeting…</source>
        <translation>Bijeenkomst bewerken…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="72"/>
        <source>Move…</source>
        <translation>Verschuiven…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="73"/>
        <source>Calendar file (.ics)…</source>
        <translation>Agendabestand (.ics)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="74"/>
        <source>Printable programme (PDF)…</source>
        <translation>Programma afdrukken (pdf)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="109"/>
        <source>Checks:</source>
        <translation>Controles:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="133"/>
        <source>No cohort.</source>
        <translation>Geen cohort.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="159"/>
        <source>%1 meetings · %2 half-days contact time, %3 outside working hours · %4 hours study load · %5 problems</source>
        <translation>%1 bijeenkomsten · %2 dagdelen contacttijd, %3 buiten werktijd · %4 uur studiebelasting · %5 problemen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="171"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="376"/>
        <source>Sioo Desk</source>
        <translation>Sioo Desk</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="251"/>
        <source>Generate programme</source>
        <translation>Programma genereren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="75"/>
        <source>Staff…</source>
        <translation>Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="153"/>
        <source>No meetings yet: Generate programme… plans them all from the date of the start meeting, after the programme&apos;s template.</source>
        <translation>Nog geen bijeenkomsten: Programma genereren… plant ze alle vanaf de datum van de startbijeenkomst, volgens het sjabloon van het programma.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="252"/>
        <source>Date of the start meeting:</source>
        <translation>Datum van de startbijeenkomst:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="259"/>
        <source>generate the programme</source>
        <translation>programma genereren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="280"/>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="292"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="312"/>
        <source>Move %1</source>
        <translation>%1 verschuiven</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="313"/>
        <source>New first day (the shape stays the same):</source>
        <translation>Nieuwe eerste dag (de vorm blijft gelijk):</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="320"/>
        <source>move %1</source>
        <translation>%1 verschuiven</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="354"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="367"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/schedule_view.py" line="380"/>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="63"/>
        <source>the cohort&apos;s location</source>
        <translation>de locatie van het cohort</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="67"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="68"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="69"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="70"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="75"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="75"/>
        <source>Part of day</source>
        <translation>Dagdeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="75"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="75"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="83"/>
        <source>Add half-day</source>
        <translation>Dagdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="85"/>
        <source>Remove half-day</source>
        <translation>Dagdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="117"/>
        <source>Half-days:</source>
        <translation>Dagdelen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/session_dialog.py" line="120"/>
        <source>Teachers:</source>
        <translation>Docenten:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="134"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="162"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="229"/>
        <source>Admission letter</source>
        <translation>Toelatingsbrief</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="230"/>
        <source>Non-admission letter</source>
        <translation>Afwijzingsbrief</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="252"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="254"/>
        <source>Back to the default value (saved with Apply or OK).</source>
        <translation>Terug naar de standaardwaarde (opgeslagen met Toepassen of OK).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="264"/>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="536"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="273"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="275"/>
        <source>A PNG or JPEG image of at most 2 MB.</source>
        <translation>Een PNG- of JPEG-afbeelding van hoogstens 2 MB.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="277"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="303"/>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="330"/>
        <source>Double-click to put the placeholder in the letter text.</source>
        <translation>Dubbelklik om de plaatshouder in de brieftekst te zetten.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="341"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>Plaatshouders (dubbelklik om in te voegen):</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="351"/>
        <source>Preview, for a made-up candidate:</source>
        <translation>Voorbeeld, voor een verzonnen kandidaat:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="536"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="547"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 is niet te lezen: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="577"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/settings_dialog.py" line="601"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="194"/>
        <source>Signatures on the certificate</source>
        <translation>Handtekeningen op het certificaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="202"/>
        <source>Programme manager</source>
        <translation>Programmamanager</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="203"/>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="207"/>
        <source>nobody chosen yet: choose one at Cohort ▸ Edit</source>
        <translation>nog niemand gekozen: kies iemand bij Cohort ▸ Bewerken</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="216"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="218"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="227"/>
        <source>Without an image the certificate has an empty line to sign by hand.</source>
        <translation>Zonder afbeelding staat er een lege regel op het certificaat om met de hand te tekenen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="240"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="255"/>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="265"/>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="274"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="255"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/certificate_dialogs.py" line="266"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 is niet te lezen: %2</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="78"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="84"/>
        <source>Show archived staff</source>
        <translation>Gearchiveerde medewerkers tonen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="90"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="90"/>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="120"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="90"/>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="121"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="101"/>
        <source>No staff members yet. Fill in the form and save to add the first one: the programme manager, the secretary, whoever signs the certificates, the teachers, coaches and assessors.</source>
        <translation>Nog geen medewerkers. Vul het formulier in en bewaar het om de eerste toe te voegen: de programmamanager, de secretaris, wie de certificaten ondertekent, de docenten, coaches en assessoren.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="115"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="116"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="117"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="118"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="119"/>
        <source>Surname *</source>
        <translation>Achternaam *</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="122"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="123"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="124"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="126"/>
        <source>e.g. drs., prof. dr.</source>
        <translation>bijv. drs., prof. dr.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="128"/>
        <source>as printed under the signature, e.g. rector</source>
        <translation>zoals gedrukt onder de handtekening, bijv. rector</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="139"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="146"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="148"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="157"/>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="159"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="161"/>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="366"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="165"/>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="319"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="168"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="171"/>
        <source>Calendar file (.ics)…</source>
        <translation>Agendabestand (.ics)…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="194"/>
        <source>Dates across all cohorts:</source>
        <translation>Data in alle cohorten:</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="229"/>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="284"/>
        <source>No dates yet.</source>
        <translation>Nog geen data.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="297"/>
        <source>no signature</source>
        <translation>geen handtekening</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="316"/>
        <source>Save the staff member first.</source>
        <translation>Bewaar de medewerker eerst.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="319"/>
        <source>Bring back</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="375"/>
        <source>archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="375"/>
        <source>bring back %1</source>
        <translation>%1 terughalen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="384"/>
        <source>%1 is archived: kept wherever named, offered for nothing new.</source>
        <translation>%1 is gearchiveerd: blijft staan waar genoemd, wordt voor niets nieuws meer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="395"/>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="406"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="408"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="418"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="424"/>
        <source>signature of %1</source>
        <translation>handtekening van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="433"/>
        <source>remove the signature of %1</source>
        <translation>handtekening van %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="459"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="461"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/staff_dialog.py" line="464"/>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="324"/>
        <source>The first staff members</source>
        <translation>De eerste medewerkers</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="327"/>
        <source>Who works on the programme, with their roles; one person may hold several. More can be added later (Edit ▸ Staff…).</source>
        <translation>Wie aan het programma werken, met hun rollen; één persoon kan er meer hebben. Later kunt u er meer toevoegen (Bewerken ▸ Medewerkers…).</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="334"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="335"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="336"/>
        <source>Function (as printed)</source>
        <translation>Functie (zoals afgedrukt)</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="337"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="353"/>
        <source>Add staff member</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="356"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="365"/>
        <source>Letters and certificates are signed by the cohort&apos;s programme manager, and certificates also by a signatory (the rector, for instance): enter at least those two. Rows left empty are skipped.</source>
        <translation>Brieven en certificaten worden ondertekend door de programmamanager van het cohort, certificaten ook door een ondertekenaar (bijvoorbeeld de rector): vul ten minste die twee in. Lege rijen worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="383"/>
        <source>Programme
manager</source>
        <translation>Programma-
manager</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="384"/>
        <source>Secretary</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="385"/>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="386"/>
        <source>Teacher</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="387"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/first_use.py" line="388"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="56"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="57"/>
        <source>Effort</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="58"/>
        <source>Final result</source>
        <translation>Eindoordeel</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="59"/>
        <source>Certificate?</source>
        <translation>Certificaat?</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="99"/>
        <source>no: %1</source>
        <translation>nee: %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="60"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="74"/>
        <source>Recorded with the verdict: attendance was not kept here.</source>
        <translation>Vastgelegd bij het oordeel: de aanwezigheid is hier niet bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="98"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="104"/>
        <source>%1 revoked %2</source>
        <translation>%1 ingetrokken %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/standings_model.py" line="105"/>
        <source> (version %1)</source>
        <translation> (versie %1)</translation>
    </message>
</context>
<context>
    <name>ViewContext</name>
    <message>
        <location filename="../../sioo_desk/ui/context.py" line="90"/>
        <source>undoing %1</source>
        <translation>het ongedaan maken van %1</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/context.py" line="96"/>
        <source>redoing %1</source>
        <translation>het opnieuw uitvoeren van %1</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="203"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="232"/>
        <source>Stopping; undoing what was done…</source>
        <translation>Bezig met stoppen; wat al gedaan was wordt teruggedraaid…</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="251"/>
        <source>%1 of %2 — %3</source>
        <translation>%1 van %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="251"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="343"/>
        <source>A task is still running: %1. Wait until it has finished, or cancel it.</source>
        <translation>Er loopt al een taak: %1. Wacht tot die klaar is, of breek die af.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/worker.py" line="354"/>
        <source>Finished in %1, which has been closed meanwhile; nothing was updated here.</source>
        <translation>Klaar in %1, dat intussen is gesloten; hier is niets bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sioo_desk/app.py" line="114"/>
        <source>Sioo Desk cannot start</source>
        <translation>Sioo Desk kan niet starten</translation>
    </message>
</context>
<context>
    <name>failure</name>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="139"/>
        <source>Something went wrong in %1.</source>
        <translation>Er ging iets mis bij %1.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="145"/>
        <source>Sioo Desk carries on. What you were doing may not have been finished: check it before you go on.

Reference: %1. Please mention it when you report this; the details are in the log file.</source>
        <translation>Sioo Desk werkt gewoon door. Wat u aan het doen was, is misschien niet afgemaakt: kijk het na voordat u verdergaat.

Referentie: %1. Noem die als u dit meldt; de details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="239"/>
        <source>showing the window</source>
        <translation>het tonen van het venster</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="246"/>
        <source>this action</source>
        <translation>deze handeling</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="259"/>
        <source>Open log file</source>
        <translation>Logbestand openen</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/failure.py" line="440"/>
        <source>the window system (Qt)</source>
        <translation>het venstersysteem (Qt)</translation>
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
        <translation>Lopend</translation>
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
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="55"/>
        <source>programme manager</source>
        <translation>programmamanager</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="56"/>
        <source>secretary</source>
        <translation>secretariaat</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="57"/>
        <source>teacher</source>
        <translation>docent</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="58"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="59"/>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <location filename="../../sioo_desk/ui/labels.py" line="60"/>
        <source>signatory</source>
        <translation>ondertekenaar</translation>
    </message>
</context>
</TS>
