<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>Een begeleide oefening &apos;benen tegen de muur&apos; met een bloeddrukdagboek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>Debugberichten vastleggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>Het dagboek in PATH gebruiken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>Meteen een sessie van SEQUENCE starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>Met --start: de sessie aanpassen aan N minuten (3 tot 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>Meteen uw bloeddruk meten, met begeleiding: vijf minuten rust, dan twee metingen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../src/reminders/reminder_service.cpp" line="+190"/>
        <source>Viparita</source>
        <translation>Viparita</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Viparita: the journal</source>
        <translation>Viparita: het dagboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

Viparita opent zonder het dagboek: er wordt niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>het importeren is geannuleerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>regel %1: de XML declareert entiteiten (%2), wat een Apple Health-export niet doet; het bestand wordt niet gelezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>regel %1: de XML verwijst naar de entiteit &apos;%2&apos;; het bestand wordt niet gelezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>deze XML is geen Apple Health-export (de hoofdtag is &lt;%1&gt;, niet &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>de XML houdt te vroeg op, op regel %1: het bestand is afgebroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>het bestand bevat geen XML-element</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate: geen datum in de vorm 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>systolic: ontbreekt of is geen getal in mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>diastolic: ontbreekt of is geen getal in mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>het zip-archief kan niet worden gelezen (%1): het is misschien beschadigd of afgebroken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>het zip-archief bevat geen apple_health_export/export.xml: het is geen Apple Health-export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>het zip-archief kan niet worden uitgepakt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>het zip-archief is beschadigd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>het zip-archief is beschadigd (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>%1 is beschadigd of is geen database (integriteitscontrole: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>%1 is geen Viparita-dagboek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>%1 is geschreven door een nieuwere versie van Viparita (dagboekversie %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>De back-upmap %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>De back-up %1 kon niet op zijn plaats worden gezet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>Er is niets teruggezet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>Er is niets teruggezet: de back-upmap %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>Er is niets teruggezet: het huidige dagboek kon niet eerst in %1 worden bewaard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>Er is niets teruggezet: %1 kon niet naast het dagboek worden gekopieerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>Er is niets teruggezet: het dagboek %1 kon niet worden vervangen.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>Hypertensie stadium 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>Hypertensie stadium 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>Ernstige hypertensie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>Niet verhoogd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>Hypertensie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>Optimaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>Hoog-normaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>Hypertensie graad 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>Hypertensie graad 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>Hypertensie graad 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>Onder de grenswaarde voor thuismeting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (geïsoleerd systolisch)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ESC 2024</source>
        <translation>ESC 2024</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESH 2023</source>
        <translation>ESH 2023</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AHA/ACC 2025</source>
        <translation>AHA/ACC 2025</translation>
    </message>
</context>
<context>
    <name>viparita::BreathChoice</name>
    <message>
        <location filename="../src/core/breath_choice.cpp" line="+78"/>
        <source>one breath must last at most %1 seconds, not %2</source>
        <translation>één ademhaling mag hoogstens %1 seconden duren, niet %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>het eigen ademtempo is niet haalbaar (%1); in plaats daarvan wordt het tempo van de reeks gebruikt</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1: moet een aantal seconden van %2 tot %3 zijn, niet %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>Schrijven van de CSV: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>Schrijven van de CSV: het apparaat is niet geopend om te schrijven</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>ontbreekt; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>regel %1 is geen kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>het bestand heeft geen kopregel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>heeft %1 velden, de kopregel heeft er %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>geen Viparita-CSV met metingen: in de kopregel ontbreekt %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>moet een tijd zijn in de vorm UU:MM:SS, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>moet een tijdverschil zijn zoals +01:00, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>moet standalone, before, during, after of standing zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>moet left of right zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>moet sitting, lying of standing zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>moet 0 of 1 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>de kolomtoewijzing heeft systolic en diastolic nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>de kolomtoewijzing heeft datetime nodig, of date (en time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>de kolomtoewijzing neemt datetime, of date en time, niet allebei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>de kopregel heeft geen %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>&apos;%1&apos; is geen tijd die op de klok voorkomt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>moet yes of no (1 of 0) zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>de codering &apos;%1&apos; kan Viparita niet lezen (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>het bestand is geen %1-tekst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>het bestand is geen tekst: regel %1 bevat een NUL-byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>het bestand is geen tekst: regel %1 bevat het stuurteken %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>Unix-tijd in seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>Unix-tijd in milliseconden</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>moet een datum zijn in de vorm %1, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>het tijdverschil moet geschreven zijn als +01:00, UTC+0100 of een tijdzone zoals Europe/Berlin, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>de tijd moet geschreven zijn als UU:MM, UU:MM:SS of 7:12 am, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>de datumkolom is leeg</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>elke datum is een geheel aantal seconden sinds 1970</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>elke datum is een geheel aantal milliseconden sinds 1970</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>de datum &apos;%1&apos; op regel %2 heeft geen vorm die Viparita kent; geef --date-format op (zoals dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>de maanden zijn als namen geschreven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>het jaar staat voorop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>de datums hebben twee volgordes door elkaar: &apos;%1&apos; op regel %2 begint met de dag, &apos;%3&apos; op regel %4 met de maand; geef --date-format %5 of %6 op</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>dag eerst: &apos;%1&apos; op regel %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>maand eerst: &apos;%1&apos; op regel %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>dag eerst, zoals bij datums met punten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>de dag en de maand zijn in elke datum gelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>dag eerst: alleen dan staan de datums op volgorde en in het verleden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>maand eerst: alleen dan staan de datums op volgorde en in het verleden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>elke datum is te lezen met de dag eerst en met de maand eerst; gelezen als %1, zoals de app die het bestand schreef ze schrijft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>elke datum is te lezen met de dag eerst of met de maand eerst (zoals &apos;%1&apos; op regel %2); geef --date-format %3 of %4 op</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>PDF-rapporten kunnen hier niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>de schijf is vol (geen ruimte meer op het apparaat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>alleen de eerste %1 bytes konden worden geschreven (een limiet voor de bestandsgrootte of een schijfquotum is bereikt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>slechts %1 van %2 bytes konden worden geschreven (een limiet voor de bestandsgrootte of een schijfquotum is bereikt)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>nog 1 meting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>nog %1 metingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>een ochtendmeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>een avondmeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>Nog geen thuismetingen. Meet zittend, na vijf minuten rust: twee metingen &apos;s ochtends en twee &apos;s avonds, een week lang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>1 meting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>over 1 dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 by the home thresholds of %3; from %4.</source>
        <translation>%1: %2 volgens de grenswaarden voor thuismeting van %3; op basis van %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>Nog niet genoeg voor een oordeel: %1 nodig. Tot nu toe %2, op basis van %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>niet meegeteld: de eerste dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>niet meegeteld: gemeten tijdens of na een sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>niet meegeteld: niet zittend gemeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>niet meegeteld: niet op een dag van de meetweek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>De week begint op %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>%1 van %2 metingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>De week is voorbij: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>Dag %1 van %2: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>een webpagina (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>een XML-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>een XML-document (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>een FHIR-JSON-document (Viparita exporteert die; het importeert CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>een JSON-document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>een leeg bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>een tabel waarvan de kopregel geen datum- en bloeddrukkolommen noemt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>tekst die geen tabel met metingen is (de eerste regel: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>een zip-archief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>een PDF-document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>een afbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>een SQLite-database (een dagboek zet u terug met &apos;viparita-cli restore&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>een gzip-archief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>een oud Excel- of Word-document (sla het op als CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>binaire gegevens, geen tekst (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>geen export van %1: geen enkele regel erin is de kopregel van die app (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>geen bestand van de bron &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>de kolommen voor datum, systolisch en diastolisch staan niet allemaal in de kopregel (%1); geef ze op met --map</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>geen tabel met metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>geen bestand met metingen: het lijkt op %1</translation>
    </message>
</context>
<context>
    <name>viparita::Journal</name>
    <message>
        <location filename="../src/storage/journal.cpp" line="+47"/>
        <location filename="../src/storage/journal_open.cpp" line="+69"/>
        <location filename="../src/storage/journal_readings.cpp" line="+499"/>
        <location filename="../src/storage/journal_sessions.cpp" line="+365"/>
        <location line="+30"/>
        <source>Reading the journal</source>
        <translation>Het lezen van het dagboek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>Het lezen van het dagboek %1 is mislukt: de database gaf een fout. Er is niets gewijzigd; het logboek (viparita-cli --verbose) bevat de details.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>%1 is mislukt in het dagboek %2: de database weigerde het. Er is niets gewijzigd; het logboek (viparita-cli --verbose) bevat de details.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>de schijf waarop het staat is vol: geen ruimte meer op het apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>%1 is mislukt: de schijf met het dagboek %2 is vol (geen ruimte meer op het apparaat). Er is niets gewijzigd; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>de limiet voor de bestandsgrootte van dit programma is bereikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>het schijfquotum is bereikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>een limiet voor de bestandsgrootte of een schijfquotum is bereikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>%1 is mislukt: het dagboek %2 heeft geen ruimte om te groeien: %3. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>%1 is mislukt: het dagboek %2 is in gebruik door een ander programma (het bleef vergrendeld). Er is niets gewijzigd; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>%1 is mislukt: er kan niet in het dagboek %2 worden geschreven (alleen-lezen bestand of map). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>%1 is mislukt: het dagboek %2 is beschadigd. Het is niet gewijzigd; een back-up kan worden teruggezet (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>%1 is mislukt: het dagboek %2 kon niet worden gelezen of geschreven (de schijf of het bestand gaf een fout). Er is niets gewijzigd; controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>Het dagboek %1 is alleen-lezen geopend: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>Het maken van een back-up in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>%1 is mislukt: het bestand bestaat al.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>Het zoeken naar de metingen in het dagboek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>Meting %1 van de import: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>Het importeren van de metingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>Het importeren is gestopt; er is niets van opgeslagen.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>Het verwijderen van medicijn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>Het terugzetten van medicijn %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>Er is geen medicijn %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>Medicijn %1 is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>Het opslaan van het medicijn %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>Het opslaan van een wijziging van %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>%1 heeft na de start geen wijziging om terug te draaien: verwijder in plaats daarvan het medicijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>Het terugdraaien van een wijziging van %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>Het wijzigen van het medicijn %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>first_day: een thuismeetweek heeft een eerste dag nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>reden: hoogstens %1 tekens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>Het beginnen van de thuismeetweek van %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>Het verwijderen van thuismeetweek %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>Er is geen thuismeetweek %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>Er is geen back-up gevonden in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>de back-upmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>De nieuwste back-up is %1; &apos;viparita-cli restore %1&apos; zet die terug.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>Het controleren van het dagboek</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Het SQLite-stuurprogramma van Qt ontbreekt (installeer libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>Het openen van het dagboek</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>Het bijwerken van het dagboek</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>Er is geen dagboekbestand opgegeven.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>De map %1 van het dagboek bestaat niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>De map %1 van het dagboek bestaat niet en kon niet worden aangemaakt (controleer of de bovenliggende map bestaat en of erin kan worden geschreven).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>Het dagboek %1 kon niet worden aangemaakt: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>Het dagboek %1 kan niet worden gelezen (geen toestemming).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>Het dagboek %1 is beschadigd of is geen Viparita-dagboek: het kan niet worden gelezen. Het is niet gewijzigd. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 is een SQLite-database, maar geen Viparita-dagboek. Het is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>het is geschreven door een nieuwere versie van Viparita (dagboekversie %1, deze versie kent %2); het wordt alleen-lezen geopend en er wordt niets in geschreven. Werk Viparita bij om het te wijzigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>Het dagboek %1 is alleen-lezen: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>er is geen ruimte om erin te schrijven (%1). Het kan worden gelezen; maak ruimte vrij om het te wijzigen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>er kan niet in de map %1 worden geschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>er kan niet in het bestand worden geschreven (geen toestemming).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>Het opslaan van de meting</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>Het dagboek %1 is niet geopend.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>Het opslaan van de metingen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>Het wijzigen van de meting</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>Er is geen meting %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>Het verwijderen van meting %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>Het terugzetten van meting %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>Er is geen meting %1 om te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>Er is geen verwijderde meting %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>Het definitief wissen van verwijderde metingen</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>Een sessie heeft een reeks en een begintijd nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>gevoel: moet een geheel getal van 1 tot 5 zijn</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>notitie: mag hoogstens %1 tekens lang zijn (deze heeft er %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>Het opslaan van de sessie</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>Het opslaan van een stap van sessie %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>Het opslaan van een stap</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>Het afronden van sessie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>Er is geen sessie %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>notitie: hoogstens %1 tekens, niet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>Het wijzigen van sessie %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>Het verwijderen van sessie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>Het terugzetten van sessie %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>Er is geen afgeronde sessie %1 om te verwijderen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>Er is geen verwijderde sessie %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>Mijn bloeddruk meten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>Vijf minuten rustig zitten, dan twee metingen met een minuut ertussen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>Rust vijf minuten rustig uit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>Ga op een stoel zitten met uw rug tegen de leuning en beide voeten plat op de grond, benen niet over elkaar. Doe de manchet om uw blote bovenarm en leg die arm op een tafel, met de manchet op de hoogte van uw hart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>Blijf nu stil: niet praten, geen telefoon. Laat uw adem gaan zoals die gaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>Laat uw schouders zakken en uw handen zacht worden. U hoeft niets te doen, alleen te zitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>Bijna vijf minuten. Blijf stil zitten; start de bloeddrukmeter bij de toon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>Nog een minuut tot de tweede meting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>Blijf zitten zoals u zit, met uw arm op de tafel, en blijf stil. De tweede meting volgt over een minuut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1, het gemiddelde van %2 en %3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>middag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>bedtijd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>hoogstens %1 tekens, niet %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>het gebruik van een medicijn begint op de dag dat het is gestart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>elke wijziging heeft een datum nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 ligt na vandaag: leg een wijziging pas vast als die is ingegaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 ligt vóór de wijziging waar die op volgt (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>heeft een hoeveelheid en een eenheid nodig, zoals 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>%1 werd op %2 al gebruikt: wijzig de dosis, of stop er eerst mee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>%1 werd op %2 niet gebruikt: start het in plaats daarvan opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 is op %2 al de dosis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>%1 was op %2 al gestopt</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>een PDF-rapport heeft een QGuiApplication nodig</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>Bloeddrukrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>Bloeddrukrapport: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>Thuismeetweek vanaf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>Thuismeetweek vanaf %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>kan het document niet beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>kan geen pagina toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>kan het document niet afronden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>het apparaat is niet geopend om te schrijven</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>niets vastgelegd in deze periode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (gestopt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 aan het eind van de periode; de wijzigingen staan hieronder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 aan het eind van de periode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>Medicijnen in deze periode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>dosis gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(niet voor de bloeddruk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>Doses en wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medicijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/report/report_sections.cpp" line="-158"/>
        <source>systolic</source>
        <translation>systolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+1"/>
        <source>diastolic</source>
        <translation>diastolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this period.</source>
        <translation>Geen metingen in deze periode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>Gemiddelde per dag, mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1, samen %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n meting</numerusform>
            <numerusform>%n metingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n meetmoment</numerusform>
            <numerusform>%n meetmomenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1; %2 met metingen ervoor en erna</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>Gemiddelde, alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>Ochtend (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>Avond (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>Thuisgemiddelde (zittend, hoogstens een week)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>geen enkele sessie heeft metingen zowel ervoor als erna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1; over %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>; systolisch daalde bij %1 van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>; nog niet betrouwbaar: minder dan %1 sessies met metingen ervoor en erna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>Verandering over de sessies (erna min ervoor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>Wat de verandering niet kan laten zien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>Bij het opstaan na sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1; %2 (systolisch 20 of diastolisch 10 lager dan liggend of zittend, of een systolische waarde onder 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n daalde bij het opstaan</numerusform>
            <numerusform>%n daalden bij het opstaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>Meetmomenten per categorie (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>Medicijnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>Hoe de metingen zijn gedaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>Meestal: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>Zoals vastgelegd bij de metingen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>Niet vermeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>Meerdere metingen op één moment vormen samen één meetmoment: hun gemiddelde. Elke meting staat hieronder; de datum staat bij de eerste meting van elke dag, de sessie blijft leeg bij een meting buiten een sessie, en een arm of lichaamshouding die voor alle metingen gelijk is, staat hier vermeld in plaats van op elke regel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>Voor en na sessies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>Geen enkele sessie heeft metingen in deze periode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>De grafieken zijn weggelaten: daarvoor is de grafische toepassing nodig.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita informeert; het stelt geen diagnose en geeft geen advies over medicijnen. De categorieën en de grenswaarden voor thuismeting volgen %1; de bronnen staan op de laatste pagina.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>Categorieën en grenswaarden voor thuismeting: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>Thuisgemiddelde: het protocol voor thuismeting van %1 (zittend gemeten na vijf minuten rust, twee metingen &apos;s ochtends en twee &apos;s avonds, hoogstens zeven dagen, de eerste dag niet meegeteld; minstens 3 dagen en 12 metingen voor een oordeel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>Laag: systolisch onder 90 of diastolisch onder 60, de gebruikelijke grens in patiëntenvoorlichting; geen enkele richtlijn noemt een categorie laag.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>niet vergeleken: gemeten in verschillende lichaamshoudingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sequence</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Gevoel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>onregelmatig</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Lichaamshouding</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>Thuismeetweek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>%1 tot %2 (&apos;s ochtends en &apos;s avonds, telkens twee metingen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>Gemiddelde van dag 2 tot en met 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 &apos;s ochtends en &apos;s avonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 &apos;s avonds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 &apos;s ochtends</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>geen meting: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>1 meetbeurt met één van de twee metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>%1 meetbeurten met één van de twee metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>Gemiste meetbeurten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>De week is nog niet voorbij: zo staat het nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>%1 gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>%1 gestart, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>%1 gewijzigd naar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>Gewijzigd in de week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>Hoe: zittend met de rug ondersteund, de voeten plat, de arm rustend op hartshoogte, na vijf minuten rustig zitten; elke ochtend (vóór de medicijnen) en elke avond twee metingen met een minuut ertussen. De eerste dag telt niet mee voor het gemiddelde, en evenmin metingen die liggend, staand, of tijdens of na een sessie zijn gedaan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>%1 meegeteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>Dag %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>Op de dagen van de week zijn geen metingen gedaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>De metingen van de week (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>Op andere tijden, of niet zittend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>In het gemiddelde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita informeert; het stelt geen diagnose en geeft geen advies over medicijnen. De grenswaarden voor thuismeting volgen %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>ervoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>tijdens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>erna</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>staand</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <translation>zittend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>geen metingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>geen meetmomenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2), %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95%-BI %1 tot %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (all)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arm: %1.</source>
        <translation>Arm: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>Lichaamshouding: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>moet een geheel aantal mmHg van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>De systolische waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>De diastolische waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>De hartslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>De tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>De lichaamshouding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>moet hoger zijn dan de diastolische waarde (hebt u ze verwisseld?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>ligt meer dan %1 minuten in de toekomst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>moet een UTC-tijdverschil hebben van -%1:00 tot +%1:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>moet staand zijn (of leeg blijven) bij een meting bij het opstaan, niet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>mag hoogstens %1 tekens lang zijn (deze heeft er %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>moet een geheel aantal slagen per minuut van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>moet een geldige datum en tijd zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>mag hoogstens %1 tekens lang zijn</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>Tijd voor uw oefening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>Uw ochtendmeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>Uw avondmeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>Tien rustige minuten met uw benen tegen de muur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>Dag %1 van 7 van uw thuismeetweek: ga vóór het innemen van medicijnen vijf minuten zitten en doe dan twee metingen met een minuut ertussen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>Dag %1 van 7 van uw thuismeetweek: ga vijf minuten zitten en doe dan twee metingen met een minuut ertussen.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita laat uw getallen zien; het stelt geen diagnose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>Buig uw knieën, rol op één zij en blijf daar een paar minuten liggen; ga pas daarna rechtop zitten, langzaam. Als u zich flauw of niet goed voelt, roep dan hulp in. Als u medicijnen voor uw bloeddruk gebruikt, vertel uw arts dan over metingen zoals deze.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>Lage bloeddruk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>Het onderste getal is laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>Het onderste getal (de onderdruk, diastolisch) is lager dan 60. Op zichzelf, en als u zich goed voelt, is dit meestal geen reden tot zorg. Als u zich duizelig of flauw voelt, buig dan uw knieën, rol op één zij en rust uit voordat u rechtop gaat zitten, langzaam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>De bloeddruk is sterk gedaald sinds de meting ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>Uw bloeddruk is sterk gedaald sinds de meting vóór de sessie, op dezelfde manier gemeten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>De bloeddruk daalde toen u opstond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>Uw bloeddruk daalde bij het opstaan: dit heet orthostatische hypotensie. Ga nu zitten of liggen en rust uit tot u zich stabiel voelt; sta de rest van de dag langzaam op, in stappen. Vertel het uw arts, vooral als het opnieuw gebeurt of als u medicijnen voor uw bloeddruk gebruikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>Zeer hoge bloeddruk</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>Begin nu niet aan de oefening. Zit %1 minuten rustig, met uw rug ondersteund, en meet dan opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>Stop voor vandaag met de oefening. Kom rustig uit de houding: buig uw knieën, rol op één zij en ga langzaam rechtop zitten. Rust %1 minuten stil zittend uit en meet dan opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>Bij pijn op de borst, kortademigheid, rugpijn, gevoelloosheid of krachtverlies, een verandering in het zien, moeite met praten of een plotselinge hevige hoofdpijn: bel nu het alarmnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>Als uw bloeddruk nog steeds zo hoog is en u zich verder goed voelt, neem dan vandaag contact op met uw arts of behandelaar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>pijn op de borst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>kortademigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>rugpijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>gevoelloosheid of krachtverlies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>een verandering in het zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>moeite met praten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>een plotselinge hevige hoofdpijn</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>de reeks heeft geen stappen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>het tot rust komen en de pauze tussen de kanten kunnen niet negatief zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>het ademtempo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>de ademhaling van de reeks: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>de ademhaling van stap %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>de lengte moet van %1 tot %2 minuten zijn, niet %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>%1 stappen van elk minstens %2 s passen niet in %3 minuten; kies %4 minuten of meer</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>er is geen vergelijkingsgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>een deel van elke daling komt door het rusten en opnieuw meten: een tweede meting is vaak sowieso lager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>liggend en zittend gedane metingen verschillen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>de sessies van één persoon zijn niet onafhankelijk van elkaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>Wat deze getallen niet kunnen laten zien: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>Systolisch, voor en na elke sessie (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>Diastolisch, voor en na elke sessie (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>Grenswaarde thuis %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>Medicijnen gewijzigd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>Ervoor (gemiddelden door de tijd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>Erna (gemiddelden door de tijd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>Verandering per sessie, erna min ervoor (mmHg), de laatste %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>Verandering per sessie, erna min ervoor (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic</source>
        <translation>Diastolisch</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>Hartslag (slagen per minuut)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>Nacht: donker en gedimd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>Het nachtthema houdt het scherm donker voor een oefening in de avond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>Die van het systeem: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>De teksten van het venster, de reeksen, de gesproken aanwijzingen en de rapporten. Een nieuwe taal verschijnt wanneer Viparita opnieuw start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>Ademgids</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>vasthouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>rust</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita: voorzorgen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>Voor uw eerste sessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>Voorzorgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>Ik heb dit gelezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>Ik begrijp het</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>Op uw rug liggen met uw benen omhoog tegen een muur is een zachte oefening, maar niet voor iedereen geschikt. Lees dit voordat u begint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>Oefen niet, of vraag het eerst aan uw arts, als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>u in de laatste maanden van uw zwangerschap bent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>u glaucoom hebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>uw bloeddruk erg hoog is</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>u een hernia hebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>lang op uw rug liggen om welke reden dan ook niet veilig voor u is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>meer bloed dat naar uw hoofd stroomt voor u een probleem is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>Sommige leraren raden ook aan de oefening over te slaan op dagen dat u hevig menstrueert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>Hoge bloeddruk en medicijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>Als u een hoge bloeddruk hebt, of medicijnen voor uw bloeddruk gebruikt, overleg dan met uw arts voordat u met deze oefening begint. Het omhoog leggen van de benen kan de bloeddruk en de hartslag verlagen; samen met medicijnen kan de bloeddruk te ver dalen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>Viparita kan u ook tijdens de sessie om een meting vragen, naast ervoor en erna: vink “Ik gebruik bloeddrukmedicijnen” aan in Instellingen, onder Gezondheid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>Als u zich flauw voelt, of als uw bloeddruk daalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>Buig uw knieën.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>Rol op één zij.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>Blijf daar liggen en adem rustig, tot u zich stabiel voelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>Ga pas daarna rechtop zitten, langzaam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>Kom uit elke houding die pijn doet of spanning geeft: de oefening moet comfortabel blijven. Als u zich meer dan eens flauw voelt, vertel het dan uw arts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>Wat Viparita wel doet, en wat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>Viparita begeleidt de oefening en bewaart uw metingen. Het informeert; het stelt geen diagnose en geeft geen advies over medicijnen. De bloeddrukcategorieën die het laat zien, komen uit gepubliceerde richtlijnen, zodat u en uw arts er samen naar kunnen kijken. Begin, stop of wijzig nooit een medicijn vanwege wat u hier ziet: vraag het uw arts.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>Resterende tijd in deze stap</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>De bloeddrukmeter stuurde zijn metingen niet: koppel hem eerst in de Bluetooth-instellingen van uw computer (met de code die hij toont) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>Bluetooth is niet beschikbaar: BlueZ, de Bluetooth-dienst van het systeem, draait niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>Bluetooth is niet beschikbaar: deze computer heeft geen Bluetooth-adapter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>Bluetooth staat uit. Zet het aan in de Bluetooth-instellingen van uw computer en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>Het zoeken naar bloeddrukmeters is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Binnen %n seconde heeft zich geen bloeddrukmeter gemeld. Druk op de start- of Bluetooth-knop van de bloeddrukmeter zodat hij zich meldt, en houd hem dichtbij.</numerusform>
            <numerusform>Binnen %n seconden heeft zich geen bloeddrukmeter gemeld. Druk op de start- of Bluetooth-knop van de bloeddrukmeter zodat hij zich meldt, en houd hem dichtbij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>De bloeddrukmeter %1 heeft zich binnen %n seconde niet gemeld. Druk op de start- of Bluetooth-knop zodat hij zich meldt, en houd hem dichtbij.</numerusform>
            <numerusform>De bloeddrukmeter %1 heeft zich binnen %n seconden niet gemeld. Druk op de start- of Bluetooth-knop zodat hij zich meldt, en houd hem dichtbij.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>Er kon geen verbinding met de bloeddrukmeter worden gemaakt: hij antwoordde niet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>Er kon geen verbinding met de bloeddrukmeter worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>%1 biedt de standaard Blood Pressure Service niet; misschien is de eigen app van de fabrikant nodig.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>De Blood Pressure Service van de bloeddrukmeter heeft geen meting waarnaar kan worden geluisterd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>De Blood Pressure Service van de bloeddrukmeter kon niet worden gelezen (fout %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>%1 verdween voordat hij klaar was. Druk opnieuw op de knop en houd hem dichtbij.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>Een Bluetooth-bloeddrukmeter die de standaard Blood Pressure Service gebruikt, stuurt zijn metingen hierheen: de metingen in zijn geheugen telkens als hij verbinding maakt, en tijdens een sessie de meting die hij doet, hardop voorgelezen. Druk op de Bluetooth- of startknop van de bloeddrukmeter zodat hij zich meldt, en zoek dan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>Uw bloeddrukmeter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>&amp;Zoeken naar bloeddrukmeters</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>Gevonden apparaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>Deze bloeddrukmeter &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>Deze bloeddrukmeter &amp;vergeten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>Maakt niet uit (één persoon gebruikt de bloeddrukmeter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>Gebruiker </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>Mijn ge&amp;bruiker op de bloeddrukmeter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>Een bloeddrukmeter die door meerdere mensen wordt gedeeld, heeft voor ieder een eigen geheugen (gebruiker 1, gebruiker 2, ...). Kies de uwe: de metingen van de anderen worden niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>Een bloeddrukmeter die om een koppelcode vraagt, koppelt u eerst in de Bluetooth-instellingen van uw computer (de code staat op de bloeddrukmeter of in de handleiding); kies hem daarna hier. Bloeddrukmeters die alleen met de app van de fabrikant werken, kunnen niet worden gebruikt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>Bloeddrukmeter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>geen gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>Uw bloeddrukmeter: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>Bluetooth is in deze installatie niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1: bloeddrukmeter (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1: geen bloeddrukmeter (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>Niets gevonden. Druk op de knop van de bloeddrukmeter zodat hij zich meldt, houd hem dichtbij en zoek opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>%n apparaat gevonden.</numerusform>
            <numerusform>%n apparaten gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>Bloeddrukmeter: geen gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>Bloeddrukmeter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>Bloeddrukmeter: laatste meting %1/%2 om %3; wacht op %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>Bloeddrukmeter: wacht op %1 (druk op de knop)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>Bloeddrukmeter: %1 verbonden; laatste meting %2/%3 om %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>Bloeddrukmeter: %1 verbonden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>Bluetooth is in deze installatie niet beschikbaar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>Bluetooth staat uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>geen Bluetooth op deze computer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>%1 moet eerst worden gekoppeld (in de Bluetooth-instellingen van uw computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>%1 biedt de standaarddienst niet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>Die meting was van gebruiker %1 van de bloeddrukmeter, niet van u (gebruiker %2): niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>De bloeddrukmeter kon niet meten: zit stil en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>Een meting wijzigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>&amp;Gemeten op</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Systolic (mmHg)</source>
        <translation>&amp;Systolisch (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diastolic (mmHg)</source>
        <translation>&amp;Diastolisch (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (a minute)</source>
        <translation>&amp;Hartslag (per minuut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not noted</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>&amp;Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Lichaamshouding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>&amp;Lichaamshouding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>De bloeddrukmeter toonde een &amp;onregelmatige hartslag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>ervoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>tijdens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>erna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>bij het opstaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>los</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>Een sessie wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>Hoe u zich erna voelde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>Hoe u zich erna &amp;voelde:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;Metingen van deze sessie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>Metingen van deze sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>Meting &amp;wijzigen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1, %2: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>, hartslag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (gewijzigd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>Er zijn geen metingen gedaan.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>Een samenvatting, de trendgrafieken en elke meting, zodat uw arts het in een minuut kan lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>Eén regel per meting, voor een spreadsheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>Eén regel per sessie, met de metingen ervoor en erna en de verandering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>FHIR R4-observaties van vitale functies en medicatiegebruik, voor een systeem voor medische dossiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>Eén regel per wijziging van elk medicijn: gestart, dosis gewijzigd, gestopt, met de datum en de reden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>rechterarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>linkerarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>staand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>zittend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>Exporteren voor uw arts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>Metingen als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>Sessies als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>Medicijnen als CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>Uw naam, zoals uw arts u kent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>Mijn notities meenemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>Notities kunnen persoonlijk zijn: laat ze weg als u liever niet hebt dat uw arts ze leest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>Rapport &amp;afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>De eerste datum mag niet na de laatste liggen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>Het dagboek kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>1 meting</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>%1 metingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 sessies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>De thuismeetweek vanaf %1: %2, op een eigen pagina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Van %1 tot %2 is niets vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, %2 tot %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>Pagina 1 van %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>Het rapport kan niet worden getoond: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>Het rapport kon niet worden afgedrukt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>Het rapport is naar %1 gestuurd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>De export is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>Het rapport is niet afgedrukt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 Kies een ander formaat of een andere periode om opnieuw te exporteren, of Sluiten.</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>Bloeddrukrapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>De afgelopen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>De afgelopen 90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>De afgelopen 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Gekozen datums</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Voorbeeld van de eerste pagina van het rapport</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… en nog %1 regels</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>&amp;Richtlijn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>De bloeddrukcategorieën waarin uw metingen worden ingedeeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>Ik gebruik &amp;bloeddrukmedicijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>Viparita vraagt dan om een meting tijdens elke sessie (bij de stap die de reeks aangeeft, of halverwege) en erna: de oefening kan de bloeddruk verlagen, en met medicijnen mag die niet te ver dalen. Dit vinkje volgt uw lijst op de pagina Medicijnen, telkens als de lijst verandert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>Mijn bloeddruk controleren bij het &amp;opstaan na een sessie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>Sta na de metingen die op een sessie volgen langzaam op en doe een meting na 1 minuut en na 3 minuten; een timer geeft aan wanneer. Een bloeddruk die bij het opstaan daalt, kan u duizelig maken; met medicijnen is dat waarschijnlijker.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>Gebruikelijke &amp;arm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>Gebruikelijke &amp;lichaamshouding:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>Nieuwe metingen beginnen met deze waarden. Meten aan dezelfde arm, in dezelfde lichaamshouding, houdt metingen vergelijkbaar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>Hulp bij Viparita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>De handleiding ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>Een bloeddrukmeting toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>Oefenen, Geschiedenis, Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>Exporteren voor uw arts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>Metingen importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>Volledig scherm, aan en uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>Deze hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>Afsluiten (vraagt het eerst tijdens een sessie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>Tijdens een sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>Pauzeren en verdergaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>30 seconden langer in deze stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>Nu een meting doen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop the session (asks first); Esc again goes on</source>
        <translation>De sessie stoppen (vraagt het eerst); nogmaals Esc gaat verder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop, when asked</source>
        <translation>Stoppen, als erom wordt gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>Meetvensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>Systolisch, diastolisch, hartslag, de volgende meting, dan de arm en de lichaamshouding, dan de knoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>Opslaan (vóór een sessie: opslaan en starten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>Annuleren; vóór een sessie start er dan geen sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>De geselecteerde sessie of meting wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Het verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Menutoets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>Hetzelfde, in een menu</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>Meting vóór een sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>Meting tijdens een sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>Meting na een sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>Meting bij het opstaan na een sessie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (gestopt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (onderbroken)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>Bloeddruk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>Gevoel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>, hartslag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>niet vergeleken</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>Sessies en losse metingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>Losse metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>Alle metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>Metingen vóór sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>Metingen tijdens sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>Metingen na sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>Metingen bij het opstaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>Meting toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>Sessies en metingen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>Ernstige hypertensie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Gevoel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>De sessie is niet verwijderd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>Sessie van %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>Sessie van %1 verwijderd, met de meting ervan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>Sessie van %1 verwijderd, met de %2 metingen ervan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>Meting van %1 verwijderd (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>De meting is niet verwijderd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>De sessie is niet teruggezet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>De meting is niet teruggezet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>De sessie kon niet worden gelezen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>De sessie is niet gewijzigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>Een meting is niet gewijzigd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>De meting is niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 per kant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Sequences</source>
        <translation>Reeksen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>Meting toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>Een bloeddrukmeting buiten een sessie (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>Mijn &amp;bloeddruk meten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>Met begeleiding: vijf minuten rustig zitten, dan twee metingen met een minuut ertussen, opgeslagen als één meetmoment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>Over de reeks</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>zoals opgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>Eigen (uit de instellingen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>langer worden in de loop van de sessie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>Het dagboek is niet beschikbaar: sessies worden niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>Het dagboek kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>Laatste sessie: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>Ervoor %1, erna %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>U hebt vandaag of gisteren geoefend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>%1 dagen achter elkaar geoefend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>Nog geen afgeronde sessies.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>Geen reeksen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>Zet reeksbestanden in de map sequences in de gegevensmap van Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>Dit bestand kon niet worden geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>Herstel het bestand en start Viparita opnieuw; “viparita-cli validate FILE” controleert het.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 als elke kant wordt gedaan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>U hebt nodig: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>&amp;Datum (of datum en tijd):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Systolic:</source>
        <translation>&amp;Systolisch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iastolic:</source>
        <translation>D&amp;iastolisch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Hartslag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>Onre&amp;gelmatige hartslag:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>Welke kolom wat bevat</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>Datums geschreven als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>Jaar eerst (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>Unix-tijd in seconden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>Unix-tijd in milliseconden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>Hoe de datums zijn geschreven: d dag, M maand (MMM de naam), yyyy of yy het jaar. De tijd na de datum, of in een eigen kolom, wordt gelezen als 7:30, 07:30:15 of 7:30 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>Datumn&amp;otatie:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>kies de kolom met de datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>kies de kolommen met de systolische en diastolische waarden</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>Metingen importeren</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>Hoe het bestand wordt gelezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>Geëxporteerd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>Een andere app (kolommen hieronder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>&amp;Geëxporteerd door:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>Tekstcodering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>Velden gescheiden door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>Komma&apos;s ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>Puntkomma&apos;s ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>Velden ge&amp;scheiden door:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>Kopregel op regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>&amp;Kopregel op regel:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>Lezen s&amp;toppen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>De eerste regels, zoals ze worden gelezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>De regels die niet kunnen worden gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Ongeldige regels overslaan en de andere importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>De eerste regels, zoals ze worden gelezen:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>Metingen (*.csv *.txt *.tsv *.zip *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>%1 is te groot voor een tabel met metingen (%2 MB; hoogstens 64 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>%1 is geen bestand met metingen: het lijkt op %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>Een bestand met metingen, geëxporteerd door Viparita: elke kolom is bekend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>Een tabel uit een andere app. De kolommen zijn geraden aan de hand van de kopregel: controleer de regels hieronder en wijzig wat ze verkeerd leest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>Herkend als een export van %1. Controleer de regels hieronder en wijzig wat ze verkeerd leest.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>Het bestand is geen UTF-8: het wordt gelezen als Windows-1252. Controleer de letters met accenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>Het bestand kan niet worden gelezen zoals het is: %1. Kies hierboven de datumnotatie of de kolommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>Datums: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>Een Apple Health-export: de bloeddruk wordt eruit gelezen. Een grote export duurt even; er wordt niets geïmporteerd tot u Importeren kiest.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>Het lezen van %1 is gestopt: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>Een Apple Health-export: de bloeddrukmetingen, elk met de hartslag die dezelfde app op dat moment vastlegde.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>Onregelmatige hartslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(weggelaten: alleen een hartslag, of geen regel met metingen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>Het bestand kan zo niet worden gelezen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n rij: te importeren %1, fout %2.</numerusform>
            <numerusform>%n rijen: te importeren %1, fout %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n rij bevat alleen een hartslag: die wordt overgeslagen.</numerusform>
            <numerusform>%n rijen bevatten alleen een hartslag: die worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>%1 daarvan staan al in het dagboek en worden overgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>Er wordt niets geïmporteerd zolang een regel ongeldig is, tenzij u de ongeldige regels overslaat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>Het bestand bevat geen metingen om te importeren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>De metingen zijn niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>%1 geïmporteerd uit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 meting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 metingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>%1 die al in het dagboek stonden, zijn overgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>1 ongeldige regel is weggelaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>%1 ongeldige regels zijn weggelaten.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MainWindow</name>
    <message>
        <location filename="../src/app/shell/main_window.cpp" line="+75"/>
        <location line="+37"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+361"/>
        <source>Viparita</source>
        <translation>Viparita</translation>
    </message>
    <message numerus="yes">
        <location line="-384"/>
        <source>%n new reading(s) from the cuff saved.</source>
        <translation>
            <numerusform>%n nieuwe meting van de bloeddrukmeter opgeslagen.</numerusform>
            <numerusform>%n nieuwe metingen van de bloeddrukmeter opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>%n nieuwe meting van de bloeddrukmeter opgeslagen; %1 al in het dagboek.</numerusform>
            <numerusform>%n nieuwe metingen van de bloeddrukmeter opgeslagen; %1 al in het dagboek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1 · Viparita</source>
        <translation>%1 · Viparita</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reminders: %1</source>
        <translation>Herinneringen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>&amp;Oefenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medicijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>Thuismeet&amp;week</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>Meting toe&amp;voegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>&amp;Exporteren voor uw arts…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>Het &amp;rapport afdrukken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>Metingen im&amp;porteren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>&amp;Nachtthema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>&amp;Voorzorgen en wie niet moet oefenen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;Over Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>Er start geen oefening voordat de voorzorgen zijn gelezen: Start laat ze opnieuw zien.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>De meting is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>Over Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;Een begeleide oefening &apos;benen tegen de muur&apos; met een bloeddrukdagboek.&lt;/p&gt;&lt;p&gt;Viparita informeert; het stelt geen diagnose en geeft geen advies over medicijnen. Praat met uw arts over uw bloeddruk.&lt;/p&gt;&lt;p&gt;Uitgebracht onder de MIT-licentie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>Start nu de bloeddrukmeter en beweeg niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>Start de bloeddrukmeter opnieuw en beweeg niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>Vijf minuten. Start nu de bloeddrukmeter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>Eén minuut. Start de bloeddrukmeter opnieuw.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>Het meten is gestopt zonder meting: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>Het dagboek is niet geopend: de metingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>De metingen zijn niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>Eén meting opgeslagen: %1. Een tweede, een minuut later, levert een meetmoment op waar uw arts iets aan heeft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>Meetmoment opgeslagen: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>&amp;Ochtend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>&amp;Middag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>&amp;Avond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>&amp;Bedtijd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>Een medicijn toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>De dosis van %1 wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>%1 opnieuw starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>De gegevens van %1 wijzigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>zoals op de verpakking, bijv. Amlodipine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>bijv. 5 mg, of 1 tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>Een hoeveelheid en een eenheid: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>nu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>Nieuwe &amp;dosis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Gestart op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>Gestopt o&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>&apos;s Ochtends ingenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>&apos;s Middags ingenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>&apos;s Avonds ingenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>Bij bedtijd ingenomen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>Ingenomen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>Gebr&amp;uikt voor de bloeddruk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>optioneel, bijv. op advies van de arts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Wat er niet klopt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>geef de hoeveelheid en de eenheid op, zoals 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>&apos;%1&apos; is geen hoeveelheid met een eenheid, zoals 5 mg of 1 tablet</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>het dagboek is niet geopend</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>Gestart, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>Dosis gewijzigd naar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>Medicijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>De medicijnen die u gebruikt en elke wijziging van de dosis, met de datum, voor het rapport voor uw arts en de trendgrafieken. Viparita houdt de lijst bij; het geeft nooit advies over medicijnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>Medicijnen en hun wijzigingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Medicijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>Dosis nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>Ingenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>Nog geen medicijnen. Voeg elk medicijn toe dat u gebruikt, met de dag waarop u ermee begon: het rapport toont dan uw bloeddruk ernaast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>Medicijn &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>De naam, de momenten van de dag, of het voor de bloeddruk is (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>&amp;Dosis wijzigen…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Stoppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>&amp;Laatste wijziging terugdraaien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>%1 verwijderen, met het hele verloop? Doe dit alleen voor een medicijn dat per vergissing is ingevoerd; een medicijn dat u niet meer gebruikt, zet u in plaats daarvan op gestopt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(niet voor de bloeddruk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>gestopt op %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1, nu %2, sinds %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1, gestopt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>&amp;Opnieuw starten…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s in, %2 s uit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>Die van de reeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 ademhalingen per minuut (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 ademhalingen per minuut (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>Zacht (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>Toets: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · rechterkant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · linkerkant</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop the session? What you have done so far is kept.</source>
        <translation>De sessie stoppen? Wat u tot nu toe hebt gedaan, blijft bewaard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>Tot rust komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>Ga zijwaarts naast de muur zitten, ga dan liggen en maak het uzelf gemakkelijk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>Wissel naar de linkerkant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>De sessie is afgelopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>De sessie is gestopt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>Rol op één zij, blijf daar een paar ademhalingen liggen en ga dan langzaam rechtop zitten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>Afbeelding van de houding</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;Voordat u begint&lt;/b&gt;&lt;br&gt;Zit vijf minuten met uw rug ondersteund en uw voeten plat, en doe dan twee metingen met een minuut of twee ertussen, aan uw gebruikelijke arm. Of sla dit over en begin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;Een meting tijdens de oefening&lt;/b&gt;&lt;br&gt;De sessie is gepauzeerd. Doe uw meting liggend, zoals u nu ligt; de sessie gaat verder als u klaar bent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;Na de oefening&lt;/b&gt;&lt;br&gt;Rol op één zij en ga langzaam rechtop zitten. Rust een paar minuten zittend uit en doe dan uw metingen zittend, aan dezelfde arm als ervoor, zodat ze te vergelijken zijn met de metingen ervoor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;Start nu de bloeddrukmeter&lt;/b&gt;&lt;br&gt;Beweeg niet, houd uw arm rustend op hartshoogte en praat niet terwijl hij meet. Typ daarna over wat hij aangeeft, of laat de bloeddrukmeter het doorsturen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;Een bloeddrukmeting&lt;/b&gt;&lt;br&gt;Zit vijf minuten met uw rug ondersteund en doe dan twee metingen met een minuut of twee ertussen; samen tellen ze als één meetmoment.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>Bloeddruk vóór de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>Bloeddruk na de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>Bloeddruk tijdens de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>Uw meting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arm:</source>
        <translation>&amp;Arm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>&amp;Lichaamshouding:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Lichaamshouding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>Nog een meting toe&amp;voegen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;Gemeten op:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>Optioneel: wat u ervoor deed of voelde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>De bloeddrukmeter toonde een onregelmatige &amp;hartslag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>Meten met de &amp;bloeddrukmeter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>Wacht op de meting die de bloeddrukmeter doet, en vult daarmee de volgende lege regel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Manchetdruk: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Ik voel me &amp;flauw of duizelig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Opslaan en starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>Over&amp;slaan en starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>Meten b&amp;eëindigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>Meting %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;Start de bloeddrukmeter opnieuw&lt;/b&gt;&lt;br&gt;Blijf zoals u bent, met uw arm rustend op hartshoogte; praat niet terwijl hij meet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>Wacht op %1: druk op de startknop.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>Meting %1 van de bloeddrukmeter: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>, hartslag %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>Meting %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>Eén meting: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>Gemiddelde van %1 metingen: %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · verandering ten opzichte van ervoor: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>Slui&amp;ten, niet starten</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingEntryRow</name>
    <message>
        <location filename="../src/app/readings/reading_entry_row.cpp" line="+61"/>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>In %1 passen hoogstens drie cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>In %1 passen alleen de cijfers 0 tot en met 9: “%2” is weggelaten. Controleer het getal.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>Vul zowel de systolische als de diastolische waarde in.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>Metingen toevoegen en afronden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>Als gestopt markeren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>Een sessie van %1 op %2 is onderbroken. U kunt uw metingen erna toevoegen en de sessie afronden, of de sessie bewaren als gestopt.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>%1 kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>Viparita-herinneringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>Herinneringen om te oefenen en te meten, als meldingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>%1 kon niet worden gestart</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>&amp;Herinner mij eraan te oefenen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>Oefendagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>Om:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>Oefentijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>Herinner mij aan de metingen van mijn thuismeet&amp;week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>&apos;s &amp;Ochtends om:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>&apos;s &amp;Avonds om:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>Herinneringen komen als bureaubladmeldingen met Start en Later, ook als Viparita gesloten is: een klein hulpprogramma start wanneer u zich aanmeldt en slaapt tot de volgende herinnering aan de beurt is. Als u beide uitzet, wordt het verwijderd. De meetbeurten van een week worden alleen herinnerd op de zeven dagen van een week die u bent begonnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>Uw naam, zoals uw arts die kent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;Naam op rapporten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>Wordt bovenaan de rapporten gezet die u voor uw arts exporteert. Laat het leeg om het weg te laten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>viparita::app::SafetyPauseDialog</name>
    <message>
        <location filename="../src/app/session/safety_pause_dialog.cpp" line="+16"/>
        <source>The session is paused</source>
        <translation>De sessie is gepauzeerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>Wat u nu moet doen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>De sessie wacht. Ga alleen verder als u zich stabiel voelt, of beëindig de sessie hier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;Verdergaan als u klaar bent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>De sessie &amp;beëindigen</translation>
    </message>
</context>
<context>
    <name>viparita::app::SequenceListModel</name>
    <message>
        <location filename="../src/app/practice/sequence_list_model.cpp" line="+28"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 stappen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Could not be loaded</source>
        <translation>%1
Kon niet worden geladen</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1, rechterkant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1, linkerkant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>Kom tot rust bij de muur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>Wissel naar de linkerkant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>Wissel langzaam van kant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>Nog tien seconden. Hierna: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Nog tien seconden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>Halverwege.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>De sessie is klaar. Buig uw knieën, rol op één zij en rust even uit voordat u rechtop gaat zitten, langzaam.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>Tijd voor een bloeddrukmeting. De sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>Gepauzeerd.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>Er loopt een begeleide sessie</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>De meting van de bloeddrukmeter, opgeslagen bij deze sessie: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>Er is geen geluidsuitvoer gevonden: deze sessie is stil. Volg de sessie met open ogen, of sluit luidsprekers of een koptelefoon aan (Instellingen &gt; Geluid en stem heeft een test).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>Geen stem hier spreekt %1: de aanwijzingen worden getoond, niet uitgesproken. Stemmen in meer talen komen met speech-dispatcher en espeak-ng (het Debian-pakket speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>Er is geen stem beschikbaar: aanwijzingen worden getoond, niet uitgesproken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>Er is geen stem beschikbaar: aanwijzingen worden getoond en met een klank aangegeven, niet uitgesproken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>Er is geen geluidsuitvoer gevonden voor de klanken: alleen de stem begeleidt u.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>30 seconden langer in deze stap.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>Sessie afgelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>Sessie gestopt</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>Elke sessie &amp;aanpassen aan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Sessielengte in minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>Lengte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>Anders heeft elke reeks haar eigen lengte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>Adem&amp;tempo:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;Inademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>dan &amp;vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>&amp;Uitademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>dan vast&amp;houden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>Vasthouden na het inademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Vasthouden na het uitademen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>In- en uitademing in de loop van de sessie elk een seconde &amp;langer maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>Adem door de neus, langzaam en volledig, in en uit. Ongeveer zes ademhalingen per minuut is het gebruikelijke doel; in de loop van weken worden de ademhalingen langer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>Eén ademhaling mag hoogstens %1 seconden duren: maak de ademhaling of het vasthouden korter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>Elke stap volgt het ademtempo dat de reeks aangeeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>Ongeveer %1 ademhalingen per minuut aan het begin, vertragend tot ongeveer %2 aan het eind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>Ongeveer %1 ademhalingen per minuut.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settings/settings_form.cpp" line="+84"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/app/settings/settings_dialog.cpp" line="+52"/>
        <source>Viparita: settings</source>
        <translation>Viparita: instellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Pagina’s van de instellingen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>Toont de standaardwaarden; ze worden pas bewaard als u op OK drukt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>Dit is de stem van uw oefening.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>Er klonk een klank en de stem sprak. Als u geen van beide hoorde, controleer dan het volume van deze computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>Er klonk een klank, maar er is geen stem: aanwijzingen worden getoond en met een klank aangegeven, niet uitgesproken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>De stem sprak, maar er is geen geluidsuitvoer gevonden voor de klanken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>Er is geen geluidsuitvoer en geen stem gevonden: sessies zijn stil. Houd uw ogen open, of sluit luidsprekers of een koptelefoon aan.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>Zeer hoge bloeddruk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>Waarschuwingssignalen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>Ik heb &amp;nu een van deze waarschuwingssignalen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>Rust %1 minuten en meet dan opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>Nu opnieuw meten</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>Zeer hoge bloeddruk: stop voor vandaag met de oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Kom rustig uit de houding: buig uw knieën, rol op één zij en ga langzaam rechtop zitten. Rust %1 minuten stil zittend uit en meet dan opnieuw. Uw meting blijft bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>Zeer hoge bloeddruk: begin nu niet aan de oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Zit %1 minuten rustig met uw rug ondersteund en uw voeten plat, en meet dan opnieuw. Uw meting blijft bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>Nog steeds zeer hoog na het rusten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>Begin vandaag niet aan de oefening. Uw metingen blijven bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>Rust stil uit: nog %1. Meet daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>De rusttijd is voorbij: meet nu opnieuw en voer de nieuwe meting in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Opnieuw meten</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;Klanken bij elke stap en kant, een bel aan het eind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>&amp;Stem: namen van stappen en aanwijzingen hardop voorgelezen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>&amp;Ademtonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>&amp;Ogen dicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>Stijgend als u inademt, dalend als u uitademt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>Noemt ook de volgende stap, en meldt wanneer er nog tien seconden over zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>Met uw ogen dicht hoort u elke verandering: laat de klanken of de stem aan staan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>&amp;Test: een klank en de stem</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sound &amp;&amp; voice</source>
        <translation>Geluid en stem</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>Bloeddruk bij het opstaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;Opstaan na de oefening&lt;/b&gt;&lt;br&gt;Houd de manchet om. Sta langzaam op, naast iets stevigs waaraan u zich kunt vasthouden. Sta stil, met uw arm rustend op de hoogte van uw hart. Start de timer zodra u staat: die geeft aan wanneer u moet meten, na %1 minuut en na %2 minuten. Als u zich duizelig voelt, ga dan meteen zitten of liggen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>Ik &amp;sta: start de timer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>Na %1 minuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>Na %1 minuten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>Vergeleken met uw laatste meting liggend of zittend: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>Er is geen meting liggend of zittend om mee te vergelijken; een systolische waarde onder 90 wordt toch gemarkeerd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Ik voel me &amp;flauw of duizelig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>Controle bij het opstaan overs&amp;laan</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>Timer opnieuw s&amp;tarten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>Eén minuut. Doe nu de eerste meting staand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>Drie minuten. Doe nu de tweede meting staand.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>U staat al %1. Eerste meting over %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>Meet nu: de meting na %1 minuut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>U staat al %1. Tweede meting over %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>Meet nu: de meting na %1 minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>Beide metingen zijn ingevoerd: sla ze op, ga dan zitten en rust uit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>Voer de metingen in en sla ze op; ga daarna zitten.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>Voortgang door de sessie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 percent</source>
        <translation>%1 procent</translation>
    </message>
</context>
<context>
    <name>viparita::app::SummaryDialog</name>
    <message>
        <location filename="../src/app/session/summary_dialog.cpp" line="+25"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pulse %1</source>
        <translation>, hartslag %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>Uw sessie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1, vroegtijdig gestopt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1, voltooid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>Geoefende tijd: %1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>Gedane stappen: %1 van %2; overgeslagen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>Ervoor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>Ervoor: geen meting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Erna: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>Erna: geen meting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>Verandering: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>Verandering: niet vergeleken, omdat de metingen ervoor en erna in verschillende lichaamshoudingen zijn gedaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 mmHg</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>During: %1</source>
        <translation>Tijdens: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>, daarna </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>Bij het opstaan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>Uw bloeddruk daalde toen u opstond: sta vandaag langzaam op, en vertel het uw arts.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>Hoe voelt u zich nu?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>Een notitie (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>Hoe de oefening ging, iets om te onthouden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>Deze sessie &amp;weggooien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>De sessie en haar metingen worden weggelaten uit uw geschiedenis, trends en exports.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · slechter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · iets slechter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · hetzelfde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · veel beter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>Notitie: hoogstens %1 tekens (deze heeft er %2). Maak de notitie korter om de sessie op te slaan.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n punt, eerste %2, laatste %3, laagste %4, hoogste %5</numerusform>
            <numerusform>%1: %n punten, eerste %2, laatste %3, laagste %4, hoogste %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>Geen gegevens in deze periode.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 op %3</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie daalde uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie daalde uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie steeg uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie steeg uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw systolische bloeddruk gemiddeld niet</numerusform>
            <numerusform>Over %n sessies veranderde uw systolische bloeddruk gemiddeld niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw diastolische bloeddruk gemiddeld niet</numerusform>
            <numerusform>Over %n sessies veranderde uw diastolische bloeddruk gemiddeld niet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95%-BI %1 tot %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>Vanaf…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>Eerste getoonde dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Laatste getoonde dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>Grafiek: systolisch voor en na elke sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>Grafiek: diastolisch voor en na elke sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>Grafiek: de verandering in elke sessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>Grafiek: hartslag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>Gegevens als tabel tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>Gegevens als tabel tonen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>De grafieken kunnen niet worden getoond: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>Samenvatting en grafieken</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Er is nog geen sessie met metingen zowel ervoor als erna, dus er is geen verandering te tonen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> De systolische bloeddruk daalde in die sessie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> De systolische bloeddruk daalde niet in die sessie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> De systolische bloeddruk daalde in %1 van de %2 sessies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> Nog niet betrouwbaar: minder dan %1 sessies met metingen ervoor en erna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>Thuisgemiddelde: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>1 meetmoment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>%1 meetmomenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>&apos;s Ochtends: %1 (%2).
&apos;s Avonds: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>Vóór uw sessies is de systolische bloeddruk %1 mmHg per 30 dagen veranderd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>, op basis van 1 meetmoment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>, op basis van %1 meetmomenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>Voor de trend vóór uw sessies zijn meetmomenten op verschillende dagen nodig.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>Gedaan, %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>Gedaan, %1 metingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>Nu, %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>Gemist, %1 van %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>Nog te gaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>Thuismeetweek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>Meet zeven dagen lang zoals artsen het vragen: ga elke ochtend (vóór het innemen van medicijnen) en elke avond vijf minuten zitten met uw rug ondersteund, en doe dan twee metingen met een minuut ertussen. De eerste dag telt niet mee; het gemiddelde van de andere zes is wat uw arts gebruikt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>Vóór een bezoek aan de arts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>Na een wijziging van medicijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>Om te zien hoe ik ervoor sta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>De week &amp;beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>De meetbeurten van de week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>Nu &amp;meten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>Week&amp;rapport voor de arts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>Deze week &amp;vergeten…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>&amp;Uw weken:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>Uw weken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>Gemiddelde, dag 2 tot en met 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>Nog geen week begonnen. Kies de eerste dag en begin: de pagina volgt dan zeven dagen lang elke ochtend en avond.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>De week van %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>%n meetbeurt tot nu toe gemist.</numerusform>
            <numerusform>%n meetbeurten tot nu toe gemist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day %1, %2</source>
        <translation>Dag %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>De eerste dag telt niet mee voor het gemiddelde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>De week is nog niet begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>Tot nu toe: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>nog niet genoeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>Deze week vergeten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>De week vanaf %1 vergeten? De metingen ervan blijven in uw dagboek.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Een kopie van het dagboek naar FILE schrijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>De kopie die wordt geschreven (mag nog niet bestaan).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>geef één FILE op</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>Back-up van %1 gemaakt in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>Het dagboek vervangen door een back-up (het huidige wordt als back-up bewaard).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>De back-up die wordt teruggezet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>%1 teruggezet uit %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>%1 teruggezet uit %2. Het dagboek zoals het was, is bewaard in %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>Debugberichten vastleggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>Het dagboek in PATH gebruiken (standaard: $VIPARITA_DATABASE, anders dat in de gegevensmap).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: is geen geldige UTF-8-tekst (geef het op in UTF-8); er is niets gedaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: mag niet leeg zijn; er is niets gedaan</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: is te lang voor een pad (%n byte; hoogstens %2); er is niets gedaan</numerusform>
            <numerusform>%1: is te lang voor een pad (%n bytes; hoogstens %2); er is niets gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: is te lang (%n teken; hoogstens %2); er is niets gedaan</numerusform>
            <numerusform>%1: is te lang (%n tekens; hoogstens %2); er is niets gedaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>Uw medicijnen en hun wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>Subcommando&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Gebruik: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita vanaf de opdrachtregel: reeksen, schema&apos;s en het bloeddrukdagboek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commando&apos;s:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2.</source>
        <extracomment>A group of commands in the overview. %1: what they are for (&quot;Your medicines and their changes&quot;); %2: the names of its sub-commands, listed.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <extracomment>%1: the program&apos;s name. COMMAND stands for a command&apos;s name; --help is typed as is.</extracomment>
        <translation>Voer &apos;%1 COMMAND --help&apos; uit voor de opties van een commando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>Afsluitstatus: 0 gelukt, 1 invoer geweigerd, 2 gebruiksfout, 3 fout met bestand of opslag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Gebruik: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>Voer &apos;%1 %2 SUB-COMMAND --help&apos; uit voor de opties ervan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>Subcommando&apos;s:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>onbekend commando &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>onbekend commando &apos;%1&apos;. Bedoelt u &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>Het commando dat wordt uitgevoerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>geen commando opgegeven</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>welk subcommando? Geef er een op.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>Voer &apos;%1 --help&apos; uit voor de lijst met commando&apos;s.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>&apos;%1&apos;: een negatief getal wordt hier niet geaccepteerd (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/import_command.cpp" line="+4"/>
        <location filename="../src/cli/medication_commands.cpp" line="+260"/>
        <location line="+70"/>
        <location filename="../src/cli/plan_command.cpp" line="+81"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <location filename="../src/cli/validate_command.cpp" line="+37"/>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the command (&quot;reading add&quot;); --help is typed as is.</extracomment>
        <translation>Voer &apos;%1 %2 --help&apos; uit voor de opties ervan.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--seconds moet een geheel getal van 1 tot 3600 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>Bluetooth-bloeddrukmeters zijn niet beschikbaar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>De Bluetooth-apparaten binnen bereik tonen, en welke daarvan bloeddrukmeters zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>Hoelang er wordt gezocht (standaard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>De apparaten als JSON-array tonen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>accepteert geen argumenten</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>Geen Bluetooth-apparaten binnen bereik. Druk op de start- of Bluetooth-knop van de bloeddrukmeter zodat hij zich meldt, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>bloeddrukmeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>ander apparaat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>Verbinding maken met een Bluetooth-bloeddrukmeter en de metingen opslaan die hij stuurt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>Het adres van de bloeddrukmeter (uit &apos;cuff scan&apos;); standaard de eerste bloeddrukmeter die zich meldt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>Hoelang er wordt gewacht op de bloeddrukmeter en zijn metingen (standaard 60); het stopt eerder als de bloeddrukmeter zichzelf uitschakelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>Welke gebruiker van de bloeddrukmeter u bent (1 tot 254): de metingen van de andere gebruikers worden niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>De metingen tonen; niets wegschrijven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>Tonen wat er is ontvangen, als JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--device moet een adres zijn zoals C0:FF:EE:00:18:10, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--user moet een geheel getal van 1 tot 254 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>Een record dat geen meting is, is geweigerd: %1 (bytes %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>De bloeddrukmeter kon niet meten (%1): probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>hartslag %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>onregelmatige hartslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>gebruiker %1 op de bloeddrukmeter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>al in het dagboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>niet opgeslagen (proefrun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>niet opgeslagen: een andere gebruiker van de bloeddrukmeter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>gelezen ondanks de afwijking van de bloeddrukmeter van de standaard: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>manchetdruk %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>de klok van de bloeddrukmeter is gelijkgezet met die van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>de bloeddrukmeter houdt zijn eigen klok aan (hij neemt geen tijd over)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>Verbonden met %1; wachten op de metingen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Er heeft zich in %1 seconden geen bloeddrukmeter gemeld. Druk op de start- of Bluetooth-knop van de bloeddrukmeter zodat hij zich meldt, en houd hem dichtbij.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>De bloeddrukmeter %1 heeft zich in %2 seconden niet gemeld. Druk op de start- of Bluetooth-knop zodat hij zich meldt, en houd hem dichtbij.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>De bloeddrukmeter heeft in %1 seconden geen metingen gestuurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>Proefrun, er is niets weggeschreven: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n meting voor u</numerusform>
            <numerusform>%n metingen voor u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n mislukte meting</numerusform>
            <numerusform>%n mislukte metingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>Nieuw: %1, al in het dagboek: %2, geweigerd: %3, mislukte metingen: %n.</numerusform>
            <numerusform>Nieuw: %1, al in het dagboek: %2, geweigerd: %3, mislukte metingen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>Metingen of sessies exporteren: CSV, een PDF-rapport, of FHIR R4 voor het systeem van een arts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (één regel per meting, de standaard), sessions-csv (één regel per sessie), pdf (het rapport voor de arts), fhir (een FHIR R4-Bundle met Observations van vitale functies en MedicationStatements) of medication-csv (één regel per wijziging van een medicijn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>Het bestand dat wordt geschreven; &apos;-&apos; voor de standaarduitvoer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>De notities weglaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>De naam van de persoon (PDF: in de kop; FHIR: de Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>Alleen de zeven dagen van de thuismeetweek; met --format pdf het weekrapport van één pagina.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: moet csv, sessions-csv, pdf, fhir of medication-csv zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>--output FILE is verplicht (&apos;-&apos; voor de standaarduitvoer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: een PDF is binair; geef een bestand op bij --output, niet &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week bepaalt de periode: laat --from en --to weg</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: &apos;%1&apos; moet KEY=COLUMN zijn, met als KEY een van date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: een kolomnummer telt vanaf 1, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>puntkomma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>komma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>tijdstippen, getoond in lokale tijd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>UTC, getoond met het tijdverschil in de kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>de kloktijd bij het tijdverschil of de tijdzone in de kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>UTC, getoond in lokale tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>lokale kloktijd, tenzij een tijd zijn tijdverschil vermeldt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>onregelmatige hartslag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 is geen UTF-8; het is gelezen als Windows-1252 (controleer de letters met accenten)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n ongeldige regel; een import zou niets importeren (gebruik --skip-bad-rows om de andere te importeren)</numerusform>
            <numerusform>%n ongeldige regels; een import zou niets importeren (gebruik --skip-bad-rows om de andere te importeren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n ongeldige regel; er is niets geïmporteerd (gebruik --skip-bad-rows om de andere te importeren)</numerusform>
            <numerusform>%n ongeldige regels; er is niets geïmporteerd (gebruik --skip-bad-rows om de andere te importeren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>%1 geïmporteerd, %2 al in het dagboek, %n ongeldige regel overgeslagen</numerusform>
            <numerusform>%1 geïmporteerd, %2 al in het dagboek, %n ongeldige regels overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, %n regel met alleen een hartslag weggelaten</numerusform>
            <numerusform>%1, %n regels met alleen een hartslag weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>Proefrun, er is niets weggeschreven: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>Metingen importeren uit een CSV-bestand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>Het bestand: een CSV van Viparita zelf, een CSV-export van een andere app, of export.zip of export.xml van Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>Tonen wat er is herkend en de eerste metingen zoals ze worden gelezen, en ze tellen; niets wegschrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>De goede regels importeren, ook als sommige ongeldig zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>Het bestand lezen als export van deze app in plaats van het te herkennen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>De kolommen, in plaats van de herkende: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL is een naam uit de kopregel of een nummer vanaf 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>De notatie van de datum (of datum en tijd) in plaats van de herkende, bijv. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, of unix / unix-ms voor Unix-tijden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: mag niet leeg zijn (laat het weg om de notatie te laten herkennen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: moet de dag, de maand en het jaar bevatten (d, M en y, zoals in dd.MM.yyyy), of unix of unix-ms zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: &apos;%1&apos; is geen bron die Viparita kent; kies een van %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>met %1 MB is het te groot voor een tabel met metingen (er wordt tot %2 MB gelezen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>geen bestand met metingen: het lijkt op %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>Bron: een tabel van een onbekende app (kolommen geraden aan de hand van de kopregel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>Bron: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>Codering: %1 (geen UTF-8: een gok)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>Codering: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>Scheidingsteken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>Kopregel: regel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>Kolommen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>Datums: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>Datums: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>Tijden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>De eerste metingen, zoals ze worden gelezen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>er is geen dagboek in %1 (er is niets aangemaakt). Geef met --database het pad van een bestaand dagboek op, of voeg eerst een meting of een sessie toe.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>Categorieën volgens &apos;aha2025&apos; (AHA/ACC 2025, de standaard), &apos;esc2024&apos; (ESC 2024) of &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; en &apos;esh&apos; staan voor de eerste en de laatste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: moet aha2025, esc2024 of esh2023 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 LAST is de laatst begonnen week (&apos;viparita-cli week start&apos;); een datum (YYYY-MM-DD) is de eerste dag van een willekeurige week.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: er is nog geen thuismeetweek begonnen; begin er een met &apos;viparita-cli week start&apos;, of geef de eerste dag op (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: moet LAST of een datum zoals 2026-11-02 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>Het medicijn: de id of de naam (zoals &apos;medication list&apos; die toont).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Het medicijn bij naam, in plaats van MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: moet een datum zijn zoals 2026-11-01, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: moet een hoeveelheid met een eenheid zijn, zoals &apos;5 mg&apos; of &apos;1 tablet&apos; (eenheden: %1), niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>noem één MEDICINE (de id of de naam), of geef --name op</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: er is geen medicijn &apos;%1&apos;; de lijst is leeg: voeg er een toe met &apos;viparita-cli medication add&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: er is geen medicijn &apos;%1&apos;; de lijst bevat %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n medicijn heet &apos;%1&apos;: geef de id van een ervan op (zie &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n medicijnen heten &apos;%1&apos;: geef de id van een ervan op (zie &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>gestart, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>dosis gewijzigd naar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>gestopt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>%1 gestart, %2 op %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>%1, dosis gewijzigd naar %2 op %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>%1 gestopt op %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>Een medicijn toevoegen dat u gebruikt, vanaf de dag waarop u ermee begon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>De naam van het medicijn, zoals op de verpakking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>De dosis: een hoeveelheid met een eenheid, zoals &apos;5 mg&apos; of &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>De dag waarop u ermee begon (YYYY-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>Wanneer u het op de dag inneemt: morning, midday, evening, bedtime, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>Het wordt niet voor de bloeddruk ingenomen (het staat wel op het rapport voor de arts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>Waarom ermee is begonnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>geef --name NAME en --dose DOSE op (alleen als opties)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: moet morning, midday, evening of bedtime zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>Medicijn %1 opgeslagen: %2, %3 sinds %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>Een nieuwe dosis van een medicijn vastleggen (of een nieuwe start na een stop).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>De nieuwe dosis, zoals &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>De dag van de wijziging (YYYY-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>Waarom de dosis is gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>geef de nieuwe --dose DOSE op</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>Vastleggen dat een medicijn is gestopt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>De dag waarop het is gestopt (YYYY-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>Waarom het is gestopt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>De laatste wijziging van een medicijn terugdraaien (een die per vergissing is vastgelegd).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>Teruggedraaid: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>Een medicijn verwijderen dat per vergissing is ingevoerd, met het hele verloop.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>Medicijn %1 (%2) verwijderd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>De medicijnen tonen, elk met zijn verloop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>Aangeven welke op deze dag (YYYY-MM-DD) zijn ingenomen, en in welke dosis; standaard vandaag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON tonen in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>accepteert alleen opties, geen argumenten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>niet ingenomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(niet voor de bloeddruk)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n medicijn; op %1 bloeddrukmedicijnen ingenomen</numerusform>
            <numerusform>%n medicijnen; op %1 bloeddrukmedicijnen ingenomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n medicijn; op %1 geen bloeddrukmedicijnen ingenomen</numerusform>
            <numerusform>%n medicijnen; op %1 geen bloeddrukmedicijnen ingenomen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>Een reeks tonen zoals die wordt afgespeeld: het begin en de duur van elke stap.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>De id van een reeks, of het pad van een reeksbestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>De hele sessie, het tot rust komen inbegrepen, aanpassen aan N minuten (%1 tot %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON tonen in plaats van een tabel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>geef één SEQUENCE op (een id of een bestand)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>--minutes moet een geheel getal van %1 tot %2 zijn, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1: %2 in totaal, waarvan %3 tot rust komen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1: %2 in totaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <extracomment>A column title: the step&apos;s number.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>START</source>
        <extracomment>A column title: when the step starts.</extracomment>
        <translation>BEGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>DUUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>STAP</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>Een bloeddrukmeting opslaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>Wanneer de meting is gedaan (ISO 8601; lokale tijd zonder tijdverschil). Standaard nu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (losse meting, de standaard); before, during of after (vóór, tijdens of na een sessie); of standing (bij het opstaan na een sessie).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>De sessie waarbij een meting before, during, after of standing hoort.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: moet een ISO 8601-tijd zijn zoals 2026-11-20T20:00:00+01:00, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: moet standalone, before, during, after of standing zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: moet de id van een sessie zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: een meting %1 hoort bij een sessie: geef --session ID op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: een meting van een sessie is before, during, after of standing (bij het opstaan erna)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: er is geen sessie %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>Meting %1 opgeslagen: %2/%3 mmHg, hartslag %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>Meting %1 opgeslagen: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>Categorie (%1): %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>Een meting verwijderen (bewaard als verwijderd tot ze definitief wordt gewist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>De id van de meting.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>geef één ID van een meting op</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: moet de id van een meting zijn (een geheel getal vanaf 1), niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>Meting %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>Bloeddrukmetingen tonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Een JSON-array tonen in plaats van een tabel.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <location filename="../src/cli/session_commands.cpp" line="+23"/>
        <source>ID</source>
        <extracomment>A column title.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TAKEN</source>
        <extracomment>A column title: when the reading was taken.</extracomment>
        <translation>GEMETEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMHG</source>
        <extracomment>A column title: the unit of the blood pressure.</extracomment>
        <translation>MMHG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PULSE</source>
        <extracomment>A column title.</extracomment>
        <translation>HARTSLAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>CONTEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>CATEGORIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>NOTITIE</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n meting</numerusform>
            <numerusform>%n metingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>Systolische bloeddruk, mmHg (50 tot 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>Diastolische bloeddruk, mmHg (25 tot 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>Hartslag, slagen per minuut (25 tot 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>De gemeten arm: left (links) of right (rechts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting (zittend), lying (liggend) of standing (staand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>De bloeddrukmeter gaf een onregelmatige hartslag aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>Een notitie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: moet left of right zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: moet sitting, lying of standing zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: moet SYSTOLIC/DIASTOLIC of SYSTOLIC/DIASTOLIC/PULSE zijn, zoals 135/85/70, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3, niet &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>er is geen reeks met de id &apos;%1&apos; (er zijn: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>De meegeleverde reeksen en uw eigen reeksen tonen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TITLE</source>
        <extracomment>A column title of the table of sequences.</extracomment>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEPS</source>
        <extracomment>A column title of the table of sequences: how many steps.</extracomment>
        <translation>STAPPEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>BRON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>meegeleverd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n bestand kon niet worden geladen:</numerusform>
            <numerusform>%n bestanden konden niet worden geladen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>geef één ID van een sessie op (zie &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: moet de id van een sessie zijn (een geheel getal vanaf 1), niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>Een sessie vastleggen die buiten de app is gedaan, met de metingen ervan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>Wanneer de sessie begon (ISO 8601; lokale tijd zonder tijdverschil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>Hoelang de sessie duurde (3 tot 60); standaard de duur van de reeks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>Een meting ervoor, SYSTOLIC/DIASTOLIC[/PULSE]; herhaal voor meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>Een meting tijdens de sessie; herhaal voor meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>Een meting erna; herhaal voor meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>Een meting bij het opstaan erna (de eerste na 1 minuut, de volgende na 3); herhaal voor meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>Hoe u zich erna voelde, van 1 (slechter) tot 5 (veel beter).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>geef één SEQUENCE en --at TIME op</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: moet een ISO 8601-tijd zijn zoals 2026-11-20T20:00:00+01:00, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: moet een geheel getal van 1 tot 5 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: mag hoogstens %n teken lang zijn (deze heeft er %1)</numerusform>
            <numerusform>note: mag hoogstens %n tekens lang zijn (deze heeft er %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--%1 %2: %3</source>
        <extracomment>%1: the option (before, after); %2: the reading typed; %3: what is wrong.</extracomment>
        <translation>--%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Saved session %1: %2, %3 min, %n reading(s).</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: how many minutes it lasted.</extracomment>
        <translation>
            <numerusform>Sessie %1 opgeslagen: %2, %3 min, %n meting.</numerusform>
            <numerusform>Sessie %1 opgeslagen: %2, %3 min, %n metingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>Sessies tonen met hun metingen ervoor en erna.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>GESTART</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>REEKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <extracomment>A column title: completed, stopped...</extracomment>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE</source>
        <extracomment>A column title: the mean of the readings before the session.</extracomment>
        <translation>ERVOOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>ERNA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>VERANDERING</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>Eén sessie tonen: de stappen, de metingen, het gevoel en de notitie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>De id van de sessie (zie &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>Zie &apos;viparita-cli sessions&apos; voor de id&apos;s.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>Sessie %1: %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <extracomment>A label: when the session started.</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>A label: when the session ended.</extracomment>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>Geoefend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 van %2 gepland</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>Gevoel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>Stappen (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>overgeslagen, verlengd met %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 van %2, verlengd met %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>Metingen (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>Alleen een verwijderde sessie kan worden teruggezet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>Sessie %1 en de metingen ervan verwijderd. &apos;viparita-cli session restore %1&apos; zet ze terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>Sessie %1 en de metingen ervan teruggezet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>Een sessie en de metingen ervan verwijderen (&apos;session restore&apos; maakt dit ongedaan).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>Een verwijderde sessie en de metingen ervan terugzetten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>De id van de verwijderde sessie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (nog niet betrouwbaar: minder dan %n sessie met metingen ervoor en erna)</numerusform>
            <numerusform>%1 (nog niet betrouwbaar: minder dan %n sessies met metingen ervoor en erna)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie daalde uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Over %n sessie daalde uw systolische bloeddruk met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw systolische bloeddruk met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie steeg uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw systolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Over %n sessie steeg uw systolische bloeddruk met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw systolische bloeddruk met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw systolische bloeddruk gemiddeld niet</numerusform>
            <numerusform>Over %n sessies veranderde uw systolische bloeddruk gemiddeld niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw systolische bloeddruk niet</numerusform>
            <numerusform>Over %n sessies veranderde uw systolische bloeddruk niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie daalde uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Over %n sessie daalde uw diastolische bloeddruk met %1 mmHg</numerusform>
            <numerusform>Over %n sessies daalde uw diastolische bloeddruk met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n sessie steeg uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw diastolische bloeddruk gemiddeld met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Over %n sessie steeg uw diastolische bloeddruk met %1 mmHg</numerusform>
            <numerusform>Over %n sessies steeg uw diastolische bloeddruk met %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw diastolische bloeddruk gemiddeld niet</numerusform>
            <numerusform>Over %n sessies veranderde uw diastolische bloeddruk gemiddeld niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>Over %n sessie veranderde uw diastolische bloeddruk niet</numerusform>
            <numerusform>Over %n sessies veranderde uw diastolische bloeddruk niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna daalde uw hartslag gemiddeld met %1 slagen per minuut</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna daalde uw hartslag gemiddeld met %1 slagen per minuut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna daalde uw hartslag met %1 slagen per minuut</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna daalde uw hartslag met %1 slagen per minuut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna steeg uw hartslag gemiddeld met %1 slagen per minuut</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna steeg uw hartslag gemiddeld met %1 slagen per minuut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna steeg uw hartslag met %1 slagen per minuut</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna steeg uw hartslag met %1 slagen per minuut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna veranderde uw hartslag gemiddeld niet</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna veranderde uw hartslag gemiddeld niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>Over %n sessie met een hartslag ervoor en erna veranderde uw hartslag niet</numerusform>
            <numerusform>Over %n sessies met een hartslag ervoor en erna veranderde uw hartslag niet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95%-BI %2 tot %3, waarbinnen ook geen verandering valt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (voor een betrouwbaarheidsinterval zijn minstens 2 sessies nodig)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1: geen meetmomenten.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: gemiddeld %2/%3 mmHg, op basis van %n meetmoment.</numerusform>
            <numerusform>%1: gemiddeld %2/%3 mmHg, op basis van %n meetmomenten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>systolisch %1 mmHg per 30 dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>diastolisch %1 mmHg per 30 dagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>systolisch %1 mmHg per 30 dagen (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>diastolisch %1 mmHg per 30 dagen (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Er is nog geen sessie met metingen zowel ervoor als erna, dus er is geen verandering te tonen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>Er is geen sessie met een hartslag zowel ervoor als erna, dus er is geen verandering van de hartslag te tonen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Uw systolische bloeddruk daalde in %1 van %n sessie (%2%)</numerusform>
            <numerusform>Uw systolische bloeddruk daalde in %1 van de %n sessies (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>Ochtend (04:00 tot 11:59 lokale tijd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>Avond (18:00 tot 23:59 lokale tijd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>Thuisgemiddelde (zittende metingen, los of vóór een sessie, hoogstens de laatste week): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>Bij het opstaan na sessies: %n meting, waarvan %1 met een daling bij het opstaan (20 systolisch of 10 diastolisch lager dan liggend of zittend, of systolisch onder 90).</numerusform>
            <numerusform>Bij het opstaan na sessies: %n metingen, waarvan %1 met een daling bij het opstaan (20 systolisch of 10 diastolisch lager dan liggend of zittend, of systolisch onder 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Trend van de meetmomenten vóór de sessies: daarvoor zijn meetmomenten vóór sessies op 2 of meer verschillende dagen nodig (tot nu toe %n meetmoment).</numerusform>
            <numerusform>Trend van de meetmomenten vóór de sessies: daarvoor zijn meetmomenten vóór sessies op 2 of meer verschillende dagen nodig (tot nu toe %n meetmomenten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend van de meetmomenten vóór de sessies, op basis van %n meetmoment: %1, %2.</numerusform>
            <numerusform>Trend van de meetmomenten vóór de sessies, op basis van %n meetmomenten: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend van de meetmomenten vóór de sessies, op basis van %n meetmoment: %1, %2 (voor een betrouwbaarheidsinterval zijn er minstens 3 nodig).</numerusform>
            <numerusform>Trend van de meetmomenten vóór de sessies, op basis van %n meetmomenten: %1, %2 (voor een betrouwbaarheidsinterval zijn er minstens 3 nodig).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>Nog geen meetmomenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>Meetmomenten per categorie (%1), %2 in totaal:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (%3%)</source>
        <extracomment>A category&apos;s line: %1: its name; %2: how many measurements; %3: their share in percent.</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Statistics: change over sessions, home average, trend, categories.</source>
        <translation>Statistieken: verandering over sessies, thuisgemiddelde, trend, categorieën.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>Een JSON-object tonen in plaats van zinnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Ook de thuismeetweek die begon op DATE (YYYY-MM-DD): de voortgang, de gemiste meetbeurten en het gemiddelde van dag 2 tot en met 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>Ook de thuismeetweek (zoals --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--week-from moet een datum zijn zoals 2026-11-02, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>geef --week of --week-from op, niet allebei</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>Thuismeetweek vanaf %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>Tot nu toe gemiste meetbeurten: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>Het gemiddelde (dag 2 tot en met 7, de eerste dag niet meegeteld): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>Alleen vanaf deze dag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>Alleen tot en met deze dag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: moet een datum zijn in de vorm YYYY-MM-DD, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: mag niet na --to liggen</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>Reeksbestanden controleren; elke fout tonen met de plaats waar die staat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>De reeksbestanden (JSON) die worden gecontroleerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>geen bestand opgegeven</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1: ok (%2 stappen, %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>%1 van %2 bestanden geldig</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>Een thuismeetweek beginnen: 7 dagen lang elke ochtend en avond twee metingen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>De eerste dag (YYYY-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>Waarom: vóór een bezoek aan de arts, na een wijziging van medicijnen...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: moet een datum zijn zoals 2026-11-02, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>Thuismeetweek van %1 tot %2: ga elke ochtend (vóór het innemen van medicijnen) en elke avond vijf minuten zitten, en doe dan twee metingen met een minuut ertussen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>De begonnen thuismeetweken tonen, elk met de voortgang en het gemiddelde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Een JSON-array tonen in plaats van tekst.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>De week vergeten die begint op DATE (de metingen ervan blijven in het dagboek).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>De eerste dag van de week (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>geef de eerste DATE van de week op</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: moet een datum zijn zoals 2026-11-02, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>De week vanaf %1 is vergeten; de metingen ervan blijven bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: er begint geen thuismeetweek op %1 (zie &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>het record is %1 bytes; een meting heeft er minstens %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>het record is %1 bytes; de vlaggen (0x%2) vereisen er %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>systolisch is %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>diastolisch is %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>systolisch %1 en diastolisch %2 %3 kan geen bloeddruk zijn</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>de hartslag %1 kan geen hartslag zijn</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>lichaamsbeweging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>een losse manchet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>een onregelmatige hartslag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>een hartslag boven het meetbereik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>een hartslag onder het meetbereik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>een hartslag buiten het meetbereik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>een verkeerde meethouding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1, hartslag %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>Opgeslagen op het tijdstip van aankomst: de klok van de bloeddrukmeter gaf %1 aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>Opgeslagen op het tijdstip van aankomst: de bloeddrukmeter stuurde geen tijd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>De bloeddrukmeter signaleerde %1.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
</TS>
