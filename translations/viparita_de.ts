<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>Eine angeleitete Übung „Beine an der Wand“ mit Blutdrucktagebuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>Das Tagebuch unter PATH verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>Sofort eine Übungseinheit mit SEQUENCE starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>Mit --start: die Übungseinheit auf N Minuten anpassen (3 bis 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>Sofort den Blutdruck messen, angeleitet: fünf Minuten Ruhe, dann zwei Messwerte.</translation>
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
        <translation>Viparita: das Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

Viparita öffnet ohne das Tagebuch: Es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>Zeile %1: Das XML deklariert Entitäten (%2), was ein Export aus Apple Health nie tut; es wird nicht gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>Zeile %1: Das XML verweist auf die Entität &apos;%2&apos;; es wird nicht gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>dieses XML ist kein Export aus Apple Health (sein Wurzelelement ist &lt;%1&gt;, nicht &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>das XML endet vorzeitig in Zeile %1: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate: kein Datum der Form 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>systolischer Wert: fehlt oder ist keine Zahl in mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>diastolischer Wert: fehlt oder ist keine Zahl in mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>das ZIP-Archiv kann nicht gelesen werden (%1): Es ist vielleicht beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>das ZIP-Archiv enthält keine apple_health_export/export.xml: Es ist kein Export aus Apple Health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>das ZIP-Archiv kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>das ZIP-Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>das ZIP-Archiv ist beschädigt (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>%1 ist beschädigt oder keine Datenbank (Integritätsprüfung: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>%1 ist kein Viparita-Tagebuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>%1 wurde von einer neueren Version von Viparita geschrieben (Tagebuchversion %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>Die Sicherung %1 konnte nicht eingesetzt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>Es wurde nichts wiederhergestellt: Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>Es wurde nichts wiederhergestellt: Das aktuelle Tagebuch konnte nicht vorher unter %1 gesichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>Es wurde nichts wiederhergestellt: %1 konnte nicht neben das Tagebuch kopiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>Es wurde nichts wiederhergestellt: Das Tagebuch %1 konnte nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>Hypertonie Stadium 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>Hypertonie Stadium 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>Schwere Hypertonie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>Nicht erhöht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>Hypertonie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>Hochnormal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>Hypertonie Grad 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>Hypertonie Grad 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>Hypertonie Grad 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>Unter dem häuslichen Grenzwert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (isoliert systolisch)</translation>
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
        <translation>ein Atemzug darf höchstens %1 Sekunden dauern, nicht %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>das eigene Atemtempo lässt sich so nicht atmen (%1); stattdessen gilt das Tempo der Sequenz</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1: muss eine Zahl von Sekunden von %2 bis %3 sein, nicht %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>Schreiben der CSV-Datei: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>Schreiben der CSV-Datei: Das Gerät ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>fehlt; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>Zeile %1 ist keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>keine Viparita-CSV mit Messwerten: In der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>muss ein Datum der Form JJJJ-MM-TT sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>muss eine Uhrzeit der Form HH:MM:SS sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>muss ein UTC-Versatz wie +01:00 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>muss &apos;standalone&apos;, &apos;before&apos;, &apos;during&apos;, &apos;after&apos; oder &apos;standing&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>muss &apos;left&apos; oder &apos;right&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>muss &apos;sitting&apos;, &apos;lying&apos; oder &apos;standing&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>muss 0 oder 1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>die Spaltenzuordnung braucht Spalten für den systolischen und den diastolischen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>die Spaltenzuordnung braucht Datum mit Uhrzeit oder Datum (und Uhrzeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>die Spaltenzuordnung nimmt Datum mit Uhrzeit oder Datum und Uhrzeit, nicht beides</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>die Kopfzeile hat keine %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit, die es auf der Uhr gibt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>muss &apos;yes&apos; oder &apos;no&apos; (1 oder 0) sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>die Zeichenkodierung &apos;%1&apos; kann Viparita nicht lesen (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>die Datei ist kein %1-Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>die Datei ist kein Text: Zeile %1 enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>die Datei ist kein Text: Zeile %1 enthält das Steuerzeichen %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>Unix-Zeit in Millisekunden</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>muss ein Datum der Form %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>der UTC-Versatz muss als +01:00, UTC+0100 oder als Zeitzone wie Europe/Berlin geschrieben sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>die Uhrzeit muss als HH:MM, HH:MM:SS oder 7:12 am geschrieben sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>die Datumsspalte ist leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>jedes Datum ist eine ganze Zahl von Sekunden seit 1970</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>jedes Datum ist eine ganze Zahl von Millisekunden seit 1970</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>das Datum &apos;%1&apos; in Zeile %2 hat keine Form, die Viparita kennt; geben Sie --date-format an (etwa dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>die Monate sind als Namen geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>das Jahr steht vorn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>die Daten mischen zwei Reihenfolgen: &apos;%1&apos; in Zeile %2 hat den Tag vorn, &apos;%3&apos; in Zeile %4 den Monat; geben Sie --date-format %5 oder %6 an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>Tag zuerst: &apos;%1&apos; in Zeile %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>Monat zuerst: &apos;%1&apos; in Zeile %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>Tag zuerst, wie bei Daten mit Punkten üblich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>Tag und Monat sind in jedem Datum gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>Tag zuerst: Nur so sind die Daten geordnet und liegen in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>Monat zuerst: Nur so sind die Daten geordnet und liegen in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>jedes Datum lässt sich mit Tag oder mit Monat zuerst lesen; gelesen als %1, so wie die App schreibt, die die Datei erstellt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>jedes Datum lässt sich mit Tag oder mit Monat zuerst lesen (etwa &apos;%1&apos; in Zeile %2); geben Sie --date-format %3 oder %4 an</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>PDF-Berichte können hier nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>der Datenträger ist voll (kein Platz mehr auf dem Gerät)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>nur die ersten %1 Bytes konnten geschrieben werden (eine Dateigrößengrenze oder ein Speicherkontingent wurde erreicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (eine Dateigrößengrenze oder ein Speicherkontingent wurde erreicht)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>noch 1 Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>noch %1 Messwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>ein Messwert am Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>ein Messwert am Abend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>Noch keine häuslichen Messwerte. Messen Sie im Sitzen nach fünf Minuten Ruhe: morgens zwei Messwerte und abends zwei, eine Woche lang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>über 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>über %1 Tage</translation>
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
        <translation>%1: %2 nach den häuslichen Grenzwerten von %3; Grundlage: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>Noch nicht genug für eine Einstufung: %1. Bisher %2, Grundlage: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>nicht gezählt: der erste Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>nicht gezählt: während oder nach einer Übungseinheit gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>nicht gezählt: nicht im Sitzen gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>nicht gezählt: kein Tag der Messwoche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>Die Woche beginnt am %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>%1 von %2 Messwerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>Die Woche ist vorbei: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>Tag %1 von %2: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>eine Webseite (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>ein XML-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>ein XML-Dokument (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>ein FHIR-JSON-Dokument (Viparita exportiert solche; importiert wird CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>ein JSON-Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>eine Tabelle, deren Kopfzeile keine Datums- und Blutdruckspalten nennt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>Text, der keine Tabelle mit Messwerten ist (seine erste Zeile: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>eine SQLite-Datenbank (ein Tagebuch wird mit &apos;viparita-cli restore&apos; wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>ein altes Excel- oder Word-Dokument (speichern Sie es als CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>Binärdaten, kein Text (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>kein Export von %1: Keine Zeile darin ist die Kopfzeile dieser App (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>keine Datei der Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>die Spalten für Datum, systolischen und diastolischen Wert stehen nicht alle in der Kopfzeile (%1); geben Sie sie mit --map an</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>keine Tabelle mit Messwerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>keine Datei mit Messwerten: Sie sieht aus wie %1</translation>
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
        <translation>Lesen des Tagebuchs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>Das Lesen des Tagebuchs %1 ist fehlgeschlagen: Die Datenbank hat einen Fehler gemeldet. Es wurde nichts geändert; Einzelheiten stehen im Protokoll (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>%1 ist im Tagebuch %2 fehlgeschlagen: Die Datenbank hat den Vorgang abgelehnt. Es wurde nichts geändert; Einzelheiten stehen im Protokoll (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>der Datenträger, auf dem es liegt, ist voll: kein Platz mehr auf dem Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>%1 ist fehlgeschlagen: Der Datenträger mit dem Tagebuch %2 ist voll (kein Platz mehr auf dem Gerät). Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>die Dateigrößengrenze dieses Programms wurde erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>das Speicherkontingent wurde erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>eine Dateigrößengrenze oder ein Speicherkontingent wurde erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch %2 hat keinen Platz zum Wachsen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch %2 wird von einem anderen Programm verwendet (es blieb gesperrt). Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch %2 kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch %2 ist beschädigt. Es wurde nicht verändert; eine Sicherung kann wiederhergestellt werden (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>%1 ist fehlgeschlagen: Das Tagebuch %2 konnte nicht gelesen oder geschrieben werden (der Datenträger oder die Datei hat einen Fehler gemeldet). Es wurde nichts geändert; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>Das Tagebuch %1 ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>Sichern nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>%1 ist fehlgeschlagen: Die Datei existiert bereits.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>Suchen der Messwerte im Tagebuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>Messwert %1 des Imports: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>Importieren der Messwerte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>Der Import wurde angehalten; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>Löschen des Medikaments %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>Wiederherstellen des Medikaments %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>Es gibt kein Medikament %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>Das Medikament %1 ist nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>Speichern des Medikaments %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>Speichern einer Änderung von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>%1 hat nach seinem Beginn keine Änderung, die sich zurücknehmen lässt: Löschen Sie stattdessen das Medikament</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>Zurücknehmen einer Änderung von %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>Ändern des Medikaments %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>Erster Tag: Eine Messwoche braucht ihren ersten Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>Grund: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>Beginnen der Messwoche ab %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>Löschen der Messwoche %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>Es gibt keine Messwoche %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>In %1 wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>dem Sicherungsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>Die neueste Sicherung ist %1; &apos;viparita-cli restore %1&apos; stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>Prüfen des Tagebuchs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>Öffnen des Tagebuchs</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>Aktualisieren des Tagebuchs</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>Es wurde keine Tagebuchdatei angegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>Der Ordner %1 des Tagebuchs existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>Der Ordner %1 des Tagebuchs existiert nicht und konnte nicht angelegt werden (prüfen Sie, ob sein übergeordneter Ordner existiert und beschreibbar ist).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>Das Tagebuch %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>Das Tagebuch %1 kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>Das Tagebuch %1 ist beschädigt oder kein Viparita-Tagebuch: Es kann nicht gelesen werden. Es wurde nicht verändert. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Viparita-Tagebuch. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>es wurde von einer neueren Version von Viparita geschrieben (Tagebuchversion %1, diese Version kennt %2); es wird schreibgeschützt geöffnet, und es wird nichts hineingeschrieben. Aktualisieren Sie Viparita, um es zu ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>Das Tagebuch %1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>es ist kein Platz zum Schreiben da (%1). Es kann gelesen werden; schaffen Sie Platz, um es zu ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>sein Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>die Datei ist nicht beschreibbar (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>Speichern des Messwerts</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>Das Tagebuch %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>Speichern der Messwerte</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>Ändern des Messwerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>Es gibt keinen Messwert %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>Löschen des Messwerts %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>Wiederherstellen des Messwerts %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>Es gibt keinen Messwert %1 zum Löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>Es gibt keinen gelöschten Messwert %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>Endgültiges Entfernen gelöschter Messwerte</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>Eine Übungseinheit braucht ihre Sequenz und ihre Startzeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>Befinden: muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>Notiz: darf höchstens %1 Zeichen lang sein (diese hat %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>Speichern der Übungseinheit</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>Speichern eines Schritts der Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>Speichern eines Schritts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>Abschließen der Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Übungseinheit %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>Notiz: höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>Ändern der Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>Löschen der Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>Wiederherstellen der Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>Es gibt keine abgeschlossene Übungseinheit %1 zum Löschen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>Es gibt keine gelöschte Übungseinheit %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>Meinen Blutdruck messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>Fünf Minuten Ruhe, dann zwei Messwerte im Abstand von einer Minute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>Fünf Minuten still ausruhen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>Setzen Sie sich auf einen Stuhl, den Rücken angelehnt, beide Füße flach auf dem Boden, die Beine nicht übereinandergeschlagen. Legen Sie die Manschette am nackten Oberarm an und legen Sie diesen Arm auf einen Tisch, die Manschette auf Herzhöhe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>Bleiben Sie jetzt ruhig: nicht sprechen, kein Telefon. Lassen Sie den Atem kommen, wie er kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>Lassen Sie die Schultern sinken und die Hände weich werden. Es gibt nichts zu tun, als zu sitzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>Fast fünf Minuten. Bleiben Sie still; beim Ton starten Sie das Messgerät.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>Noch eine Minute bis zum zweiten Messwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>Bleiben Sie so, mit aufgelegtem Arm, und sprechen Sie nicht. Der zweite Messwert folgt in einer Minute.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1, der Mittelwert aus %2 und %3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>mittags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>zur Nacht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>der Verlauf eines Medikaments beginnt mit dem Tag, an dem Sie es begonnen haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>jede Änderung braucht ihren Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 liegt nach heute: Tragen Sie eine Änderung erst ein, wenn sie erfolgt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 liegt vor der Änderung, auf die sie folgt (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>braucht eine Menge und eine Einheit, etwa 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>%1 wurde am %2 bereits eingenommen: Ändern Sie die Dosis, oder setzen Sie es zuerst ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>%1 wurde am %2 nicht eingenommen: Beginnen Sie es stattdessen erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 ist am %2 bereits die Dosis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>%1 wurde am %2 bereits abgesetzt</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>ein PDF-Bericht braucht eine QGuiApplication</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>Blutdruckbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>Blutdruckbericht: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>Häusliche Blutdruck-Messwoche ab %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>Häusliche Blutdruck-Messwoche ab %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>das Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>es kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>das Dokument kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>das Gerät ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>für diesen Zeitraum nichts erfasst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (abgesetzt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 am Ende des Zeitraums; Änderungen siehe unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 am Ende des Zeitraums</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>Medikation in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>Dosis geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(nicht für den Blutdruck)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>Dosen und Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <translation>Keine Messwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>Tagesmittelwert, mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1, die %2 bilden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n Messung</numerusform>
            <numerusform>%n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1; %2 mit Messwerten davor und danach</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Übungseinheit</numerusform>
            <numerusform>%n Übungseinheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>Mittelwert, alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>Morgens (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>Abends (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>Häuslicher Mittelwert (im Sitzen, höchstens eine Woche)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>keine Übungseinheit hat Messwerte sowohl davor als auch danach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1; über %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>; der systolische Wert sank in %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>; noch nicht verlässlich: weniger als %1 Übungseinheiten mit Messwerten davor und danach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>Veränderung über die Übungseinheiten (danach minus davor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>Was die Veränderung nicht zeigen kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>Beim Aufstehen nach Übungseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1; %2 (systolisch 20 oder diastolisch 10 niedriger als im Liegen oder Sitzen, oder systolisch unter 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n sank beim Aufstehen</numerusform>
            <numerusform>%n sanken beim Aufstehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>Messungen nach Kategorie (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>Wie die Messwerte erhoben wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>Meist: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>Wie bei den Messwerten vermerkt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>Mehrere Messwerte eines Zeitpunkts bilden eine Messung, ihren Mittelwert. Jeder Messwert ist unten aufgeführt: das Datum beim ersten Messwert jedes Tages, die Übungseinheit leer bei einem Messwert außerhalb einer Übungseinheit; ein Arm oder eine Position, die für alle gleich ist, steht hier statt in jeder Zeile.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>Vor und nach Übungseinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>In diesem Zeitraum hat keine Übungseinheit Messwerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>Die Diagramme fehlen: Sie brauchen die grafische Anwendung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita informiert; es stellt keine Diagnose und gibt keinen Rat zur Medikation. Die Kategorien und die häuslichen Grenzwerte richten sich nach %1; die Quellen stehen auf der letzten Seite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>Kategorien und häusliche Grenzwerte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>Häuslicher Mittelwert: das Protokoll der häuslichen Messung nach %1 (Messwerte im Sitzen nach fünf Minuten Ruhe, zwei am Morgen und zwei am Abend, bis zu sieben Tage, ohne den ersten Tag; mindestens 3 Tage und 12 Messwerte für eine Einstufung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>Niedrig: systolisch unter 90 oder diastolisch unter 60, die übliche Grenze in Patienteninformationen; keine Leitlinie nennt eine Kategorie für niedrigen Blutdruck.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>nicht verglichen: in unterschiedlichen Positionen gemessen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
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
        <translation>Sequenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>unregelmäßig</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>Häusliche Blutdruck-Messwoche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>%1 bis %2 (morgens und abends, je zwei Messwerte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>Mittelwert der Tage 2 bis 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 morgens und abends</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 abends</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 morgens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>kein Messwert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>1 Messtermin mit nur einem von zwei Messwerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>%1 Messtermine mit nur einem von zwei Messwerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>Verpasste Messtermine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>Die Woche ist noch nicht vorbei: Dies ist der aktuelle Stand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>%1 abgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>%1 begonnen, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>%1 geändert auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>In der Woche geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>So gemessen: im Sitzen mit angelehntem Rücken, die Füße flach, der Arm auf Herzhöhe aufgelegt, nach fünf Minuten Ruhe; jeden Morgen (vor der Medikamenteneinnahme) und jeden Abend zwei Messwerte im Abstand von einer Minute. Der erste Tag zählt nicht zum Mittelwert, ebenso wenig Messwerte im Liegen, im Stehen oder während oder nach einer Übungseinheit.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>%1 gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>Tag %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>An den Tagen der Woche wurden keine Messwerte erhoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>Die Messwerte der Woche (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>Zu anderen Zeiten oder nicht im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>Im Mittelwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita informiert; es stellt keine Diagnose und gibt keinen Rat zur Medikation. Die häuslichen Grenzwerte richten sich nach %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>während</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>stehend</translation>
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
        <translation>sitzend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>liegend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>keine Messungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2), %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95-%-KI %1 bis %2)</translation>
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
        <translation>%1 (%2 von %3)</translation>
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
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>Position: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 mmHg sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>Der systolische Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>Der diastolische Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>Der Puls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>Der Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>Die Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>muss höher sein als der diastolische Wert (haben Sie die Werte vertauscht?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>liegt mehr als %1 Minuten in der Zukunft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>muss einen UTC-Versatz von -%1:00 bis +%1:00 haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>muss bei einem Messwert nach dem Aufstehen „stehend“ sein (oder fehlen), nicht %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (diese hat %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 Schlägen pro Minute sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>muss ein gültiges Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>Zeit für Ihre Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>Ihre Morgenmessung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>Ihre Abendmessung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>Zehn ruhige Minuten mit den Beinen an der Wand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>Tag %1 von 7 Ihrer Messwoche: Sitzen Sie vor jeder Medikamenteneinnahme fünf Minuten ruhig, dann messen Sie zweimal im Abstand von einer Minute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>Tag %1 von 7 Ihrer Messwoche: Sitzen Sie fünf Minuten ruhig, dann messen Sie zweimal im Abstand von einer Minute.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita zeigt Ihre Werte; es stellt keine Diagnose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>Beugen Sie die Knie, rollen Sie sich auf eine Seite und ruhen Sie dort einige Minuten; erst dann setzen Sie sich auf, langsam. Wenn Sie sich einer Ohnmacht nahe oder unwohl fühlen, rufen Sie Hilfe. Wenn Sie Blutdruckmedikamente nehmen, berichten Sie Ihrer Ärztin oder Ihrem Arzt von Messwerten wie diesem.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>Niedriger Blutdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>Der untere Wert ist niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>Der untere (diastolische) Wert liegt unter 60. Für sich allein, und wenn Sie sich wohlfühlen, ist das meist kein Grund zur Sorge. Wenn Ihnen schwindlig ist oder Sie sich einer Ohnmacht nahe fühlen, beugen Sie die Knie, rollen Sie sich auf eine Seite und ruhen Sie, bevor Sie sich langsam aufsetzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>Der Blutdruck ist seit vorher stark gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>Ihr Blutdruck ist seit dem Messwert vor der Übungseinheit stark gesunken, auf die gleiche Weise gemessen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>Der Blutdruck ist beim Aufstehen gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>Ihr Blutdruck ist beim Aufstehen gesunken: Das nennt man orthostatische Hypotonie. Setzen oder legen Sie sich jetzt hin und ruhen Sie, bis Sie sich stabil fühlen; stehen Sie für den Rest des Tages langsam und in Etappen auf. Sagen Sie es Ihrer Ärztin oder Ihrem Arzt, besonders wenn es wieder vorkommt oder wenn Sie Blutdruckmedikamente nehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>Sehr hoher Blutdruck</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>Beginnen Sie die Übung jetzt nicht. Sitzen Sie %1 Minuten ruhig, den Rücken angelehnt, dann messen Sie erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>Lassen Sie die Übung für heute sein. Kommen Sie behutsam aus der Haltung: Beugen Sie die Knie, rollen Sie sich auf eine Seite und setzen Sie sich langsam auf. Ruhen Sie %1 Minuten still im Sitzen, dann messen Sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>Bei Brustschmerzen, Atemnot, Rückenschmerzen, Taubheitsgefühl oder Schwäche, einer Veränderung des Sehens, Schwierigkeiten beim Sprechen oder plötzlichen starken Kopfschmerzen rufen Sie jetzt den Notruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>Wenn er immer noch so hoch ist und Sie sich sonst wohlfühlen, wenden Sie sich noch heute an Ihre Ärztin oder Ihren Arzt oder an eine andere behandelnde Fachperson.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>Taubheitsgefühl oder Schwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>eine Veränderung des Sehens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>Schwierigkeiten beim Sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>plötzliche starke Kopfschmerzen</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>die Sequenz hat keine Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>das Ankommen und die Pause zwischen den Seiten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>das Atemtempo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>der Atem der Sequenz: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>der Atem von Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>die Länge muss zwischen %1 und %2 Minuten liegen, nicht %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>%1 Schritte von je mindestens %2 s passen nicht in %3 Minuten; wählen Sie %4 Minuten oder mehr</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>es gibt keine Vergleichsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>ein Teil jedes Abfalls kommt vom Ausruhen und erneuten Messen: Ein zweiter Messwert ist oft ohnehin niedriger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>Messwerte im Liegen und im Sitzen unterscheiden sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>die Übungseinheiten einer Person sind nicht unabhängig voneinander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>Was diese Zahlen nicht zeigen können: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>Systolisch, vor und nach jeder Übungseinheit (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>Diastolisch, vor und nach jeder Übungseinheit (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>Häuslicher Grenzwert %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>Medikation geändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>Davor (Mittelwerte im Verlauf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>Danach (Mittelwerte im Verlauf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>Veränderung je Übungseinheit, danach minus davor (mmHg), die letzten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>Veränderung je Übungseinheit, danach minus davor (mmHg)</translation>
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
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>Puls (Schläge pro Minute)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>Nacht: dunkel und gedämpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>Das Nachtdesign hält den Bildschirm dunkel, für eine Übung am Abend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>Die des Systems: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>Die Texte des Fensters, der Sequenzen, der gesprochenen Ansagen und der Berichte. Eine neue Sprache erscheint, wenn Viparita das nächste Mal startet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>ruhen</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita: Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>Vor Ihrer ersten Übungseinheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>Auf dem Rücken zu liegen, die Beine an eine Wand gelehnt, ist eine sanfte Übung, aber sie ist nicht für alle geeignet. Bitte lesen Sie dies, bevor Sie beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>Üben Sie nicht, oder fragen Sie zuerst Ihre Ärztin oder Ihren Arzt, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>Sie in den späteren Monaten der Schwangerschaft sind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>Sie ein Glaukom (grünen Star) haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>Ihr Blutdruck sehr hoch ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>Sie einen Bruch (Hernie) haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>langes Liegen auf dem Rücken für Sie nicht sicher ist, aus welchem Grund auch immer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>ein stärkerer Blutfluss zum Kopf für Sie bedenklich ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>Manche Lehrende raten außerdem, an Tagen mit starker Menstruationsblutung auf die Übung zu verzichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>Bluthochdruck und Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>Wenn Sie Bluthochdruck haben oder Blutdruckmedikamente nehmen, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie mit dieser Übung beginnen. Das Hochlegen der Beine kann Blutdruck und Puls senken; zusammen mit Medikamenten kann der Blutdruck zu stark fallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>Viparita kann Sie nicht nur vor und nach der Übungseinheit, sondern auch währenddessen um einen Messwert bitten: Kreuzen Sie in den Einstellungen unter „Gesundheit“ das Feld „Ich nehme Blutdruckmedikamente“ an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>Wenn Sie sich einer Ohnmacht nahe fühlen oder Ihr Blutdruck abfällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>Beugen Sie die Knie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>Rollen Sie sich auf eine Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>Ruhen Sie dort und atmen Sie ruhig, bis Sie sich stabil fühlen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>Setzen Sie sich erst dann auf, langsam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>Kommen Sie aus jeder Haltung heraus, die schmerzt oder anstrengt: Die Übung soll angenehm bleiben. Wenn Sie sich mehr als einmal einer Ohnmacht nahe fühlen, sagen Sie es Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>Was Viparita tut und was nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>Viparita leitet die Übung an und bewahrt Ihre Messwerte auf. Es informiert; es stellt keine Diagnose und berät nicht zur Medikation. Die angezeigten Blutdruckkategorien stammen aus veröffentlichten Leitlinien, damit Sie sie gemeinsam mit Ihrer Ärztin oder Ihrem Arzt ansehen können. Beginnen, beenden oder ändern Sie nie ein Medikament wegen dessen, was Sie hier sehen: Fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>Das Messgerät hat seine Messwerte nicht gesendet: Koppeln Sie es zuerst in den Bluetooth-Einstellungen des Desktops (mit dem Code, den es anzeigt), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>Bluetooth ist nicht verfügbar: BlueZ, der Bluetooth-Dienst des Systems, läuft nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>Bluetooth ist nicht verfügbar: Dieser Computer hat keinen Bluetooth-Adapter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>Bluetooth ist ausgeschaltet. Schalten Sie es in den Bluetooth-Einstellungen des Desktops ein, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>Die Suche nach Messgeräten ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde hat sich kein Messgerät gemeldet. Drücken Sie die Start- oder Bluetooth-Taste des Messgeräts, damit es sich meldet, und halten Sie es in der Nähe.</numerusform>
            <numerusform>Innerhalb von %n Sekunden hat sich kein Messgerät gemeldet. Drücken Sie die Start- oder Bluetooth-Taste des Messgeräts, damit es sich meldet, und halten Sie es in der Nähe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Das Messgerät %1 hat sich innerhalb von %n Sekunde nicht gemeldet. Drücken Sie seine Start- oder Bluetooth-Taste, damit es sich meldet, und halten Sie es in der Nähe.</numerusform>
            <numerusform>Das Messgerät %1 hat sich innerhalb von %n Sekunden nicht gemeldet. Drücken Sie seine Start- oder Bluetooth-Taste, damit es sich meldet, und halten Sie es in der Nähe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>Das Messgerät konnte nicht verbunden werden: Es hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>Das Messgerät konnte nicht verbunden werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>%1 bietet den Standarddienst „Blood Pressure Service“ nicht an; vielleicht braucht es die eigene App seines Herstellers.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>Der Blood Pressure Service des Messgeräts bietet keine Messung, die sich empfangen lässt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>Der Blood Pressure Service des Messgeräts konnte nicht gelesen werden (Fehler %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>%1 war nicht mehr erreichbar, bevor es bereit war. Drücken Sie seine Taste erneut und halten Sie es in der Nähe.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>Ein Bluetooth-Blutdruckmessgerät, das den Standarddienst „Blood Pressure Service“ beherrscht, sendet seine Messwerte hierher: bei jeder Verbindung die Werte aus seinem Speicher und während einer Übungseinheit den gerade gemessenen Wert, der laut angesagt wird. Drücken Sie die Bluetooth- oder Start-Taste des Messgeräts, damit es sich meldet, und suchen Sie dann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>Ihr Messgerät:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>Nach Messgeräten &amp;suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>Gefundene Geräte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>Dieses Messgerät &amp;verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>Dieses Messgerät ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>Beliebig (eine Person nutzt das Messgerät)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>Benutzer </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>Ich bin am Messgerät &amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>Ein Messgerät, das sich mehrere Personen teilen, hat für jede einen eigenen Speicher (Benutzer 1, Benutzer 2, ...). Wählen Sie Ihren: Die Messwerte der anderen werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>Ein Messgerät, das einen Kopplungscode verlangt, wird zuerst in den Bluetooth-Einstellungen Ihres Desktops gekoppelt (der Code steht auf dem Messgerät oder in seiner Anleitung); wählen Sie es dann hier aus. Messgeräte, die nur mit der App ihres Herstellers funktionieren, können nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>Messgerät</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>keines gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>Ihr Messgerät: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>Bluetooth ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1: Blutdruckmessgerät (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1: kein Blutdruckmessgerät (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>Nichts gefunden. Drücken Sie die Taste des Messgeräts, damit es sich meldet, halten Sie es in der Nähe und suchen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>%n Gerät gefunden.</numerusform>
            <numerusform>%n Geräte gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>Messgerät: keines gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>Messgerät: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>Messgerät: letzter Messwert %1/%2, %3; wartet auf %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>Messgerät: wartet auf %1 (Taste drücken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>Messgerät: %1 verbunden; letzter Messwert %2/%3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>Messgerät: %1 verbunden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>Bluetooth ist in dieser Installation nicht verfügbar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>Bluetooth ist ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>kein Bluetooth auf diesem Computer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>%1 muss zuerst gekoppelt werden (Bluetooth-Einstellungen des Desktops)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>%1 bietet den Standarddienst nicht an</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>Dieser Messwert gehörte Benutzer %1 des Messgeräts, nicht Ihnen (Benutzer %2): nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>Das Messgerät konnte nicht messen: Sitzen Sie still und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>Messwert ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>&amp;Gemessen am</translation>
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
        <translation>&amp;Puls (pro Minute)</translation>
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
        <translation>Nicht vermerkt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>&amp;Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Das Messgerät zeigte einen &amp;unregelmäßigen Herzschlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>während</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>nach dem Aufstehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>Übungseinheit ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>Wie Sie sich danach gefühlt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>Wie Sie sich danach &amp;gefühlt haben:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;Messwerte dieser Übungseinheit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>Messwerte dieser Übungseinheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>Messwert &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1, %2: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>, Puls %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>Es wurden keine Messwerte erhoben.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>Eine Zusammenfassung, die Verlaufsdiagramme und alle Messwerte, sodass Ihre Ärztin oder Ihr Arzt alles in einer Minute lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>Eine Zeile pro Messwert, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>Eine Zeile pro Übungseinheit, mit den Messwerten davor und danach und der Veränderung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>FHIR R4: Beobachtungen der Vitalwerte und Angaben zur Medikation, für ein System für Patientenakten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>Eine Zeile pro Änderung jedes Medikaments: begonnen, Dosis geändert, abgesetzt, mit Tag und Grund.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>rechter Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>linker Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>liegend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>Export für die Arztpraxis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>Messwerte als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>Übungseinheiten als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>Medikation als CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>Ihr Name, wie Ihre Arztpraxis Sie kennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>Meine Notizen einschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>Notizen können persönlich sein: Lassen Sie sie weg, wenn Ihre Ärztin oder Ihr Arzt sie lieber nicht lesen soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsbereich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>Bericht d&amp;rucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>Das erste Datum darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>Das Tagebuch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>1 Übungseinheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 Übungseinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>Die Messwoche ab %1: %2, auf einer eigenen Seite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Vom %1 bis %2 wurde nichts erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, %2 bis %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>Seite 1 von %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>Der Bericht kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>Der Bericht wurde an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>Der Export wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>Der Bericht wurde nicht gedruckt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 Wählen Sie ein anderes Format oder einen anderen Zeitraum, um erneut zu exportieren, oder „Schließen“.</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>Blutdruckbericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Die letzten 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Gewählte Daten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Vorschau der ersten Seite des Berichts</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… und %1 weitere Zeilen</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>&amp;Leitlinie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>Die Blutdruckkategorien, in die Ihre Messwerte eingeordnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>Ich nehme Blutdruck&amp;medikamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>Viparita bittet dann während jeder Übungseinheit (bei dem Schritt, den die Sequenz markiert, oder in ihrer Mitte) und danach um einen Messwert: Die Übung kann den Blutdruck senken, und mit Medikamenten darf er nicht zu stark fallen. Diese Einstellung folgt Ihrer Liste auf der Seite „Medikation“, jedes Mal, wenn sich die Liste ändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>Meinen Blutdruck nach einer Übungseinheit beim &amp;Aufstehen prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>Stehen Sie nach den Messwerten im Anschluss an eine Übungseinheit langsam auf und messen Sie nach 1 Minute und nach 3 Minuten; ein Timer sagt Ihnen, wann. Ein Blutdruckabfall beim Aufstehen kann schwindlig machen; Medikamente machen das wahrscheinlicher.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>Üblicher A&amp;rm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>Übliche &amp;Position:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>Neue Messwerte beginnen mit diesen Angaben. Am selben Arm und in derselben Position gemessen, bleiben Messwerte vergleichbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>Viparita-Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>Einen Blutdruck-Messwert hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>Übung, Verlauf, Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>Export für die Arztpraxis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>Vollbild ein und aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>Beenden (fragt während einer Übungseinheit zuerst nach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>Während einer Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>Pause und weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>30 Sekunden mehr in diesem Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>Jetzt einen Messwert erheben</translation>
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
        <translation>Übungseinheit abbrechen (fragt zuerst nach); erneut Esc macht weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop, when asked</source>
        <translation>Abbrechen, wenn gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>Messwert-Dialoge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>Systolisch, diastolisch, Puls, der nächste Messwert, dann Arm und Position, dann die Schaltflächen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>Speichern (vor einer Übungseinheit: speichern und starten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>Abbrechen; vor einer Übungseinheit startet dann keine Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>Die ausgewählte Übungseinheit oder den ausgewählten Messwert ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Menütaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>Dasselbe, in einem Menü</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>Messwert vor einer Übungseinheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>Messwert während einer Übungseinheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>Messwert nach einer Übungseinheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>Messwert beim Aufstehen nach einer Übungseinheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (unterbrochen)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>, Puls %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>Übungseinheiten und einzelne Messwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>Einzelne Messwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>Alle Messwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>Messwerte vor Übungseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>Messwerte während Übungseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>Messwerte nach Übungseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>Messwerte nach dem Aufstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>Messwert hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>Übungseinheiten und Messwerte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>Schwere Hypertonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>Die Übungseinheit wurde nicht gelöscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>Übungseinheit vom %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>Übungseinheit vom %1 gelöscht, mit ihrem Messwert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>Übungseinheit vom %1 gelöscht, mit ihren %2 Messwerten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>Messwert vom %1 gelöscht (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>Der Messwert wurde nicht gelöscht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>Die Übungseinheit wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>Der Messwert wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>Die Übungseinheit konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>Die Übungseinheit wurde nicht geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>Ein Messwert wurde nicht geändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>Der Messwert wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 pro Seite</translation>
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
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>Messwert hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>Ein Blutdruck-Messwert außerhalb einer Übungseinheit (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>Meinen &amp;Blutdruck messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>Angeleitet: fünf Minuten Ruhe, dann zwei Messwerte im Abstand von einer Minute, gespeichert als eine Messung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>Über die Sequenz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>wie vorgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>Eigene (aus den Einstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>im Lauf der Übungseinheit verlängern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>Das Tagebuch ist nicht verfügbar: Übungseinheiten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>Das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>Letzte Übungseinheit: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>Davor %1, danach %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>Sie haben heute oder gestern geübt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>%1 Tage in Folge geübt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>Noch keine abgeschlossenen Übungseinheiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>Keine Sequenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>Legen Sie Sequenzdateien in den Ordner „sequences“ im Datenordner von Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>Diese Datei konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>Korrigieren Sie die Datei und starten Sie Viparita neu; „viparita-cli validate FILE“ prüft sie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 mit beiden Seiten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>Sie brauchen: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>&amp;Datum (oder Datum und Uhrzeit):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
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
        <translation>&amp;Puls:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>Unre&amp;gelmäßiger Herzschlag:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>Schreibweise der Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>Jahr zuerst (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>Unix-Zeit in Millisekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>Wie die Daten geschrieben sind: d Tag, M Monat (MMM sein Name), yyyy oder yy das Jahr. Die Uhrzeit nach dem Datum oder in einer eigenen Spalte wird als 7:30, 07:30:15 oder 7:30 pm gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>wählen Sie die Spalte mit dem Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>wählen Sie die Spalten mit dem systolischen und dem diastolischen Wert</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>Eine andere App (Spalten unten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>&amp;Exportiert von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>Felder getrennt durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>Kommas ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>Semikolons ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>Felder getrennt &amp;durch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>Kopfzeile in Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>Kopf&amp;zeile in Zeile:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>Lesen der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>Lesen a&amp;nhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>Die ersten Zeilen, so wie sie gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>Die Zeilen, die nicht gelesen werden können</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und die anderen importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>Die ersten Zeilen, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>Messwerte (*.csv *.txt *.tsv *.zip *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>%1 ist zu groß für eine Tabelle mit Messwerten (%2 MB; höchstens 64 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>%1 ist keine Datei mit Messwerten: Sie sieht aus wie %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>Eine von Viparita exportierte Datei mit Messwerten: Jede Spalte ist bekannt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>Eine Tabelle aus einer anderen App. Ihre Spalten werden aus der Kopfzeile erraten: Prüfen Sie die Zeilen unten und ändern Sie, was falsch gelesen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>Als Export von %1 erkannt. Prüfen Sie die Zeilen unten und ändern Sie, was falsch gelesen wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>Die Datei ist nicht in UTF-8: Sie wird als Windows-1252 gelesen. Prüfen Sie ihre Umlaute und Buchstaben mit Akzent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>Die Datei kann so nicht gelesen werden: %1. Wählen Sie oben das Datumsformat oder die Spalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>Datumsangaben: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>Ein Export aus Apple Health: Die Blutdruckwerte werden gelesen. Ein großer Export braucht eine Weile; importiert wird erst, wenn Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>Das Lesen von %1 wurde angehalten: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>Ein Export aus Apple Health: seine Blutdruck-Messwerte, jeweils mit dem Puls, den dieselbe App zu diesem Zeitpunkt erfasst hat.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>Unregelmäßiger Herzschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(ausgelassen: nur ein Puls oder keine Zeile mit Messwerten)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>Die Datei kann so nicht gelesen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n Zeile: %1 importierbar, %2 fehlerhaft.</numerusform>
            <numerusform>%n Zeilen: %1 importierbar, %2 fehlerhaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n Zeile enthält nur einen Puls: ausgelassen.</numerusform>
            <numerusform>%n Zeilen enthalten nur einen Puls: ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>%1 davon sind schon im Tagebuch und werden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>Solange eine Zeile fehlerhaft ist, wird nichts importiert, es sei denn, Sie überspringen die fehlerhaften Zeilen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>Die Datei enthält keine Messwerte zum Importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>Die Messwerte wurden nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>%1 schon im Tagebuch vorhandene wurden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>1 fehlerhafte Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>%1 fehlerhafte Zeilen wurden ausgelassen.</translation>
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
            <numerusform>%n neuer Messwert vom Messgerät gespeichert.</numerusform>
            <numerusform>%n neue Messwerte vom Messgerät gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>%n neuer Messwert vom Messgerät gespeichert; %1 schon im Tagebuch.</numerusform>
            <numerusform>%n neue Messwerte vom Messgerät gespeichert; %1 schon im Tagebuch.</numerusform>
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
        <translation>Erinnerungen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>Mess&amp;woche</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>Messwert &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>&amp;Export für die Arztpraxis…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>Messwerte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>&amp;Nachtdesign</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Viparita &amp;einrichten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>&amp;Vorsichtshinweise und wer nicht üben sollte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;Über Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>Keine Übung beginnt, bevor die Vorsichtshinweise gelesen sind: „Starten“ zeigt sie erneut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>Der Messwert wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>Über Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;Eine angeleitete Übung „Beine an der Wand“ mit Blutdrucktagebuch.&lt;/p&gt;&lt;p&gt;Viparita informiert; es stellt keine Diagnose und berät nicht zur Medikation. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihren Blutdruck.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>Starten Sie jetzt das Messgerät und halten Sie still.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>Starten Sie das Messgerät erneut und halten Sie still.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>Fünf Minuten. Starten Sie jetzt das Messgerät.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>Eine Minute. Starten Sie das Messgerät erneut.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>Die Messung endete ohne Messwert: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>Das Tagebuch ist nicht geöffnet: Die Messwerte wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>Die Messwerte wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>Ein Messwert gespeichert: %1. Ein zweiter, eine Minute später, ergibt eine Messung, mit der Ihre Ärztin oder Ihr Arzt arbeiten kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>Messung gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>&amp;Morgens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>M&amp;ittags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>&amp;Abends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>&amp;Zur Nacht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>Dosis von %1 ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>%1 wieder beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>Angaben zu %1 ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>wie auf der Packung, z. B. Amlodipin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>z. B. 5 mg oder 1 Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>Eine Menge und eine Einheit: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>derzeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>Neue &amp;Dosis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>Abge&amp;setzt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>Morgens eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>Mittags eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>Abends eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>Zur Nacht eingenommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>Einnahme:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>&amp;Für den Blutdruck eingenommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>optional, z. B. auf ärztlichen Rat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>geben Sie die Menge und ihre Einheit an, etwa 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>&apos;%1&apos; ist keine Menge mit Einheit wie 5 mg oder 1 Tablette</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>das Tagebuch ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>Begonnen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>Dosis geändert auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>Die Medikamente, die Sie nehmen, und jede Änderung der Dosis mit ihrem Tag, für den Bericht an Ihre Arztpraxis und die Verlaufsdiagramme. Viparita führt die Liste; es berät nie zur Medikation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>Medikamente und ihre Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>Aktuelle Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>Noch kein Medikament. Fügen Sie jedes hinzu, das Sie nehmen, mit dem Tag, an dem Sie damit begonnen haben: Der Bericht zeigt dann Ihren Blutdruck daneben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>Medikament &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>Name, Tageszeiten, ob es für den Blutdruck ist (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>Dosis ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Absetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>Letzte Änderung &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>%1 mit seinem ganzen Verlauf löschen? Tun Sie das nur bei einem versehentlich eingetragenen Medikament; ein Medikament, das Sie nicht mehr nehmen, wird stattdessen abgesetzt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(nicht für den Blutdruck)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>abgesetzt am %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1, jetzt %2, seit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1, abgesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>&amp;Wieder beginnen…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s ein, %2 s aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>Wie in der Sequenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 Atemzüge pro Minute (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 Atemzüge pro Minute (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>Sanft (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>Taste: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · linke Seite</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
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
        <translation>Übungseinheit abbrechen? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>Setzen Sie sich seitlich an die Wand, legen Sie sich dann hin und machen Sie es sich bequem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>Wechseln Sie zur linken Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>Die Übungseinheit ist zu Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>Die Übungseinheit wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>Rollen Sie sich auf eine Seite, ruhen Sie dort einige Atemzüge lang und setzen Sie sich dann langsam auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>Bild der Haltung</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;Bevor Sie beginnen&lt;/b&gt;&lt;br&gt;Sitzen Sie fünf Minuten mit angelehntem Rücken und flachen Füßen, dann messen Sie zweimal im Abstand von ein bis zwei Minuten, am gewohnten Arm. Oder überspringen Sie das und beginnen Sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;Ein Messwert während der Übung&lt;/b&gt;&lt;br&gt;Die Übungseinheit ist pausiert. Messen Sie im Liegen, so wie Sie gerade liegen; wenn Sie fertig sind, geht es weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;Nach der Übung&lt;/b&gt;&lt;br&gt;Rollen Sie sich auf eine Seite und setzen Sie sich langsam auf. Ruhen Sie einige Minuten im Sitzen, dann messen Sie im Sitzen, am selben Arm wie vorher, damit sich die Messwerte mit denen von vorher vergleichen lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;Starten Sie jetzt das Messgerät&lt;/b&gt;&lt;br&gt;Halten Sie still, den Arm auf Herzhöhe aufgelegt, und sprechen Sie nicht, während es misst. Tippen Sie dann ein, was es anzeigt, oder lassen Sie das Messgerät den Wert senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;Ein Blutdruck-Messwert&lt;/b&gt;&lt;br&gt;Sitzen Sie fünf Minuten mit angelehntem Rücken, dann messen Sie zweimal im Abstand von ein bis zwei Minuten; die beiden Messwerte zählen als eine Messung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>Blutdruck vor der Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>Blutdruck nach der Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>Blutdruck während der Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>Ihr Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>Messwert hinzufügen</translation>
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
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
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
        <translation>Sitzend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>Weiteren Messwert &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;Gemessen am:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>Optional: was Sie davor getan oder gespürt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Das Messgerät zeigte einen &amp;unregelmäßigen Herzschlag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>Messwert über das Messgerät &amp;erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>Wartet auf den Messwert, den das Messgerät misst, und trägt ihn in die nächste leere Zeile ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Manschettendruck: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>&amp;Ich fühle mich einer Ohnmacht nahe oder schwindlig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Speichern und starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>&amp;Überspringen und starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>Messung &amp;beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>Messwert %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;Starten Sie das Messgerät erneut&lt;/b&gt;&lt;br&gt;Bleiben Sie so, den Arm auf Herzhöhe aufgelegt; sprechen Sie nicht, während es misst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>Warten auf %1: Drücken Sie seine Start-Taste.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>Messwert %1 vom Messgerät: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>, Puls %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>Messwert %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>Ein Messwert: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>Mittelwert aus %1 Messwerten: %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · Veränderung gegenüber vorher: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>S&amp;chließen, nicht starten</translation>
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
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>%1: höchstens drei Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>%1: nur die Ziffern 0 bis 9; „%2“ wurde weggelassen. Prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>Geben Sie den systolischen und den diastolischen Wert ein.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>Messwerte hinzufügen und abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>Als abgebrochen markieren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>Eine Übungseinheit „%1“ am %2 wurde unterbrochen. Sie können die Messwerte danach nachtragen und sie abschließen oder sie als abgebrochen behalten.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>Viparita-Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>Erinnerungen an Übung und Messung, als Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>An das &amp;Üben erinnern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>An die Messungen meiner Mess&amp;woche erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>&amp;Morgens um:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>&amp;Abends um:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>Erinnerungen kommen als Desktop-Benachrichtigungen mit „Starten“ und „Später“, auch wenn Viparita geschlossen ist: Ein kleines Hilfsprogramm startet bei der Anmeldung und ruht bis zur nächsten fälligen Erinnerung. Wenn Sie beide ausschalten, wird es entfernt. An die Messtermine wird nur an den sieben Tagen einer Messwoche erinnert, die Sie begonnen haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>Ihr Name, wie Ihre Arztpraxis ihn kennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;Name in Berichten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>Wird oben auf die Berichte gedruckt, die Sie für Ihre Arztpraxis exportieren. Lassen Sie das Feld leer, um ihn wegzulassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>viparita::app::SafetyPauseDialog</name>
    <message>
        <location filename="../src/app/session/safety_pause_dialog.cpp" line="+16"/>
        <source>The session is paused</source>
        <translation>Die Übungseinheit ist pausiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun sollten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>Die Übungseinheit wartet. Machen Sie erst weiter, wenn Sie sich stabil fühlen; oder beenden Sie sie hier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;Weitermachen, wenn Sie bereit sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>Übungseinheit &amp;beenden</translation>
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
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
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
Konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>Richten Sie sich an der Wand ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>Wechseln Sie zur linken Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>Wechseln Sie die Seite, langsam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>Noch zehn Sekunden. Als Nächstes: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>Die Hälfte ist geschafft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>Die Übungseinheit ist zu Ende. Beugen Sie die Knie, rollen Sie sich auf eine Seite und ruhen Sie einen Moment, bevor Sie sich langsam aufsetzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>Zeit für einen Blutdruck-Messwert. Die Übungseinheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>Eine angeleitete Übungseinheit läuft</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>Der Messwert des Messgeräts, mit dieser Übungseinheit gespeichert: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>Es wurde keine Tonausgabe gefunden: Diese Übungseinheit bleibt stumm. Folgen Sie ihr mit offenen Augen, oder schließen Sie Lautsprecher oder Kopfhörer an (unter Einstellungen &gt; Ton gibt es einen Test).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>Hier spricht keine Stimme %1: Die Ansagen werden angezeigt, nicht gesprochen. Stimmen in weiteren Sprachen bringen speech-dispatcher und espeak-ng mit (das Debian-Paket speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>Keine Stimme verfügbar: Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>Keine Stimme verfügbar: Ansagen werden angezeigt und mit Klängen begleitet, nicht gesprochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>Für die Klänge wurde keine Tonausgabe gefunden: Nur die Stimme leitet Sie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>30 Sekunden mehr in diesem Schritt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>Übungseinheit beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>Übungseinheit abgebrochen</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>&amp;Jede Übungseinheit anpassen auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Länge der Übungseinheit in Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>Sonst läuft jede Sequenz in ihrer eigenen Länge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>&amp;Atemtempo:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>dann &amp;halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>A&amp;usatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>dann hal&amp;ten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>Ein- und Ausatmen im Lauf der Übungseinheit um je eine Sekunde &amp;verlängern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>Atmen Sie durch die Nase, langsam und voll, ein und aus. Etwa sechs Atemzüge pro Minute sind das übliche Ziel; über Wochen werden die Atemzüge länger.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>Ein Atemzug darf höchstens %1 Sekunden dauern: Verkürzen Sie das Ein- oder Ausatmen oder ein Halten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>Jeder Schritt folgt dem Atemtempo, das seine Sequenz vorgibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>Zu Beginn etwa %1 Atemzüge pro Minute, gegen Ende langsamer, etwa %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>Etwa %1 Atemzüge pro Minute.</translation>
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
        <translation>Viparita: Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>Zeigt die Standardwerte; sie werden erst übernommen, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>Dies ist die Stimme Ihrer Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>Ein Klang wurde gespielt, und die Stimme hat gesprochen. Wenn Sie beides nicht gehört haben, prüfen Sie die Lautstärke dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>Ein Klang wurde gespielt, aber es gibt keine Stimme: Ansagen werden angezeigt und mit Klängen begleitet, nicht gesprochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>Die Stimme hat gesprochen, aber für die Klänge wurde keine Tonausgabe gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>Es wurden weder Tonausgabe noch Stimme gefunden: Übungseinheiten bleiben stumm. Lassen Sie die Augen offen, oder schließen Sie Lautsprecher oder Kopfhörer an.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>Sehr hoher Blutdruck</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>Warnzeichen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>Ich habe &amp;jetzt eines dieser Warnzeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>%1 Minuten ruhen, dann erneut messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>Jetzt erneut messen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>Sehr hoher Blutdruck: Lassen Sie die Übung für heute sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Kommen Sie behutsam aus der Haltung: Beugen Sie die Knie, rollen Sie sich auf eine Seite und setzen Sie sich langsam auf. Ruhen Sie %1 Minuten still im Sitzen, dann messen Sie erneut. Ihr Messwert bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>Sehr hoher Blutdruck: Beginnen Sie die Übung jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Sitzen Sie %1 Minuten ruhig, den Rücken angelehnt und die Füße flach, dann messen Sie erneut. Ihr Messwert bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>Nach dem Ruhen immer noch sehr hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>Beginnen Sie die Übung heute nicht. Ihre Messwerte bleiben gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>Ruhen Sie still: noch %1. Dann messen Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>Die Ruhezeit ist vorbei: Messen Sie jetzt erneut und geben Sie den neuen Messwert ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;Klänge bei jedem Schritt und jeder Seite, eine Glocke am Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>&amp;Stimme: Schrittnamen und Ansagen werden vorgelesen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>&amp;Atemtöne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>Mit &amp;geschlossenen Augen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>Steigend beim Einatmen, fallend beim Ausatmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>Sagt auch den nächsten Schritt an und wann noch zehn Sekunden bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>Mit geschlossenen Augen hören Sie jeden Wechsel: Lassen Sie die Klänge oder die Stimme eingeschaltet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>&amp;Test: ein Klang und die Stimme</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sound &amp;&amp; voice</source>
        <translation>Ton &amp;&amp; Stimme</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>Blutdruck nach dem Aufstehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;Aufstehen nach der Übung&lt;/b&gt;&lt;br&gt;Lassen Sie die Manschette angelegt. Stehen Sie langsam auf, neben etwas Stabilem, an dem Sie sich festhalten können. Stehen Sie still, den Arm auf Herzhöhe gestützt. Starten Sie den Timer, sobald Sie stehen: Er sagt Ihnen, wann Sie messen sollen, nach %1 Minute und nach %2 Minuten. Wenn Ihnen schwindlig wird, setzen oder legen Sie sich sofort hin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>Ich stehe: &amp;Timer starten</translation>
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
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>Nach %1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>Nach %1 Minuten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>Im Vergleich zu Ihrem letzten Messwert im Liegen oder Sitzen: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>Es gibt keinen Messwert im Liegen oder Sitzen zum Vergleich; ein systolischer Wert unter 90 wird trotzdem markiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>&amp;Ich fühle mich einer Ohnmacht nahe oder schwindlig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>Messung im Stehen &amp;überspringen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>Timer &amp;neu starten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>Eine Minute. Erheben Sie jetzt den ersten Messwert im Stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>Drei Minuten. Erheben Sie jetzt den zweiten Messwert im Stehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>Sie stehen seit %1. Erster Messwert in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>Messen Sie jetzt: der Messwert nach %1 Minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>Sie stehen seit %1. Zweiter Messwert in %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>Messen Sie jetzt: der Messwert nach %1 Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>Beide Messwerte sind da: Speichern Sie sie, dann setzen Sie sich und ruhen Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>Geben Sie die Messwerte ein und speichern Sie sie; dann setzen Sie sich.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>Fortschritt der Übungseinheit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 percent</source>
        <translation>%1 Prozent</translation>
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
        <translation>, Puls %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>Ihre Übungseinheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1, vorzeitig abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1, abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>Geübt: %1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>Schritte erledigt: %1 von %2; übersprungen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>Davor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>Davor: kein Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>Danach: kein Messwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>Veränderung: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>Veränderung: nicht verglichen, da die Messwerte davor und danach in unterschiedlichen Positionen erhoben wurden.</translation>
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
        <translation>Während: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>Nach dem Aufstehen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>Ihr Blutdruck ist beim Aufstehen gesunken: Stehen Sie heute langsam auf und sagen Sie es Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>Eine Notiz (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>Wie die Übung war, alles, was Sie sich merken möchten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>Diese Übungseinheit &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>Die Übungseinheit und ihre Messwerte erscheinen nicht in Verlauf, Trends und Exporten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · schlechter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · etwas schlechter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · gleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · viel besser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>Notiz: höchstens %1 Zeichen (diese hat %2). Kürzen Sie sie, um die Übungseinheit zu speichern.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n Punkt, erster %2, letzter %3, niedrigster %4, höchster %5</numerusform>
            <numerusform>%1: %n Punkte, erster %2, letzter %3, niedrigster %4, höchster %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 am %3</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
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
            <numerusform>In %n Übungseinheit sank Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit sank Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr systolischer Wert im Mittel nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr systolischer Wert im Mittel nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr diastolischer Wert im Mittel nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr diastolischer Wert im Mittel nicht verändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95-%-KI %1 bis %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>Von…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>Diagramm: systolisch vor und nach jeder Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>Diagramm: diastolisch vor und nach jeder Übungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>Diagramm: die Veränderung in jeder Übungseinheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>Diagramm: Puls</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>Daten als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>Daten als Tabelle zeigen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>Die Diagramme können nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>Zusammenfassung und Diagramme</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Noch keine Übungseinheit hat Messwerte sowohl davor als auch danach, daher gibt es keine Veränderung zu zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> Der systolische Wert sank in dieser Übungseinheit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> Der systolische Wert sank in dieser Übungseinheit nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> Der systolische Wert sank in %1 der %2 Übungseinheiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> Noch nicht verlässlich: weniger als %1 Übungseinheiten mit Messwerten davor und danach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>Häuslicher Mittelwert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>1 Messung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>%1 Messungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>Morgens: %1 (%2).
Abends: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>Vor Ihren Übungseinheiten hat sich der systolische Wert um %1 mmHg pro 30 Tage verändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>, aus 1 Messung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>, aus %1 Messungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>Für den Trend vor Ihren Übungseinheiten braucht es Messungen an verschiedenen Tagen.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>Erledigt, %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>Erledigt, %1 Messwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>Jetzt, %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>Verpasst, %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>Steht noch aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>Messwoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>Messen Sie sieben Tage lang so, wie es Ärztinnen und Ärzte erbitten: Sitzen Sie jeden Morgen (vor jeder Medikamenteneinnahme) und jeden Abend fünf Minuten mit angelehntem Rücken, dann messen Sie zweimal im Abstand von einer Minute. Der erste Tag zählt nicht; mit dem Mittelwert der anderen sechs Tage arbeitet Ihre Ärztin oder Ihr Arzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>Vor einem Arzttermin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>Nach einer Änderung der Medikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>Um zu sehen, wo ich stehe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>Woche &amp;beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>Die Messtermine der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>&amp;Jetzt messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>&amp;Wochenbericht für die Arztpraxis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>Diese Woche &amp;vergessen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>&amp;Ihre Wochen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>Ihre Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>Mittelwert, Tage 2 bis 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>Noch keine Woche begonnen. Wählen Sie ihren ersten Tag und beginnen Sie: Die Seite begleitet Sie dann sieben Tage lang jeden Morgen und jeden Abend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>Die Woche vom %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>Bisher %n Messtermin verpasst.</numerusform>
            <numerusform>Bisher %n Messtermine verpasst.</numerusform>
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
        <translation>Tag %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>Der erste Tag zählt nicht zum Mittelwert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>Die Woche hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>Bisher: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>noch nicht genug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>Diese Woche vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>Die Woche ab %1 vergessen? Ihre Messwerte bleiben in Ihrem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Eine Kopie des Tagebuchs in FILE schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>Die zu schreibende Kopie (darf noch nicht existieren).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Geben Sie genau eine Datei (FILE) an</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>%1 in %2 gesichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>Das Tagebuch durch eine Sicherung ersetzen (das aktuelle wird als Sicherung aufbewahrt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>%1 aus %2 wiederhergestellt. Das bisherige Tagebuch wird in %3 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>Das Tagebuch unter PATH verwenden (Standard: $VIPARITA_DATABASE, sonst das im Datenordner).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: ist kein gültiger UTF-8-Text (geben Sie ihn in UTF-8 an); es wurde nichts getan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: darf nicht leer sein; es wurde nichts getan</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: ist zu lang für einen Pfad (%n Byte; höchstens %2); es wurde nichts getan</numerusform>
            <numerusform>%1: ist zu lang für einen Pfad (%n Bytes; höchstens %2); es wurde nichts getan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: ist zu lang (%n Zeichen; höchstens %2); es wurde nichts getan</numerusform>
            <numerusform>%1: ist zu lang (%n Zeichen; höchstens %2); es wurde nichts getan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>Ihre Medikamente und ihre Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Aufruf: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita auf der Kommandozeile: Sequenzen, Pläne und das Blutdrucktagebuch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
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
        <translation>Die Optionen eines Befehls zeigt &apos;%1 COMMAND --help&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Eingabe abgelehnt, 2 Aufruffehler, 3 Datei- oder Speicherfehler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Aufruf: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>Die Optionen eines Unterbefehls zeigt &apos;%1 %2 SUB-COMMAND --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>unbekannter Befehl &apos;%1&apos;. Meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>Welcher? Geben Sie einen Unterbefehl an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>Die Liste der Befehle zeigt &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>&apos;%1&apos;: Eine negative Zahl ist hier nicht zulässig (%2)</translation>
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
        <translation>Die Optionen zeigt &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--seconds muss eine ganze Zahl von 1 bis 3600 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>Bluetooth-Messgeräte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>Die Bluetooth-Geräte in Reichweite auflisten und zeigen, welche davon Messgeräte sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>Wie lange gesucht wird (Standard: 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>Die Geräte als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>nimmt keine Argumente an</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>Keine Bluetooth-Geräte in Reichweite. Drücken Sie die Start- oder Bluetooth-Taste des Messgeräts, damit es sich meldet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>Blutdruckmessgerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>anderes Gerät</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>Ein Bluetooth-Messgerät verbinden und die Messwerte speichern, die es sendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>Die Adresse des Messgeräts (aus &apos;cuff scan&apos;); standardmäßig das erste Messgerät, das sich meldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>Wie lange auf das Messgerät und seine Messwerte gewartet wird (Standard: 60); es endet früher, wenn sich das Messgerät selbst ausschaltet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>Welcher Benutzer des Messgeräts Sie sind (1 bis 254): Die Messwerte seiner anderen Benutzer werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>Die Messwerte ausgeben; nichts speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>Das Empfangene als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--device muss eine Adresse wie C0:FF:EE:00:18:10 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--user muss eine ganze Zahl von 1 bis 254 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>Ein Datensatz, der keine Messung ist, wurde abgelehnt: %1 (Bytes %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>Das Messgerät konnte nicht messen (%1): Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>Puls %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>unregelmäßiger Puls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>Benutzer %1 des Messgeräts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>schon im Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>nicht gespeichert (Probelauf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>nicht gespeichert: ein anderer Benutzer des Messgeräts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>trotz Abweichung des Messgeräts vom Standard gelesen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>Manschettendruck %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>Die Uhr des Messgeräts wurde auf die Uhrzeit dieses Computers gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>Das Messgerät behält seine eigene Uhrzeit (es übernimmt keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>Mit %1 verbunden; es wird auf seine Messwerte gewartet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Innerhalb von %1 Sekunden hat sich kein Messgerät gemeldet. Drücken Sie die Start- oder Bluetooth-Taste des Messgeräts, damit es sich meldet, und halten Sie es in der Nähe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>Das Messgerät %1 hat sich innerhalb von %2 Sekunden nicht gemeldet. Drücken Sie seine Start- oder Bluetooth-Taste, damit es sich meldet, und halten Sie es in der Nähe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Das Messgerät hat innerhalb von %1 Sekunden keine Messwerte gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>Probelauf, nichts geschrieben: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n Messwert für Sie</numerusform>
            <numerusform>%n Messwerte für Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Messung</numerusform>
            <numerusform>%n fehlgeschlagene Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>%1 neu, %2 schon im Tagebuch, %3 abgelehnt, %n fehlgeschlagene Messung.</numerusform>
            <numerusform>%1 neu, %2 schon im Tagebuch, %3 abgelehnt, %n fehlgeschlagene Messungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>Messwerte oder Übungseinheiten exportieren: als CSV, als PDF-Bericht oder als FHIR R4 für das System einer Arztpraxis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (eine Zeile pro Messwert, der Standard), sessions-csv (eine Zeile pro Übungseinheit), pdf (der Bericht für die Arztpraxis), fhir (ein FHIR-R4-Bundle mit Observations der Vitalwerte und MedicationStatements) oder medication-csv (eine Zeile pro Änderung eines Medikaments).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>Die zu schreibende Datei; &apos;-&apos; für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Die Notizen weglassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>Der Name der Person (PDF: im Kopf des Berichts; FHIR: als Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>Nur die sieben Tage der Messwoche; mit --format pdf der einseitige Wochenbericht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: muss csv, sessions-csv, pdf, fhir oder medication-csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>--output FILE ist erforderlich (&apos;-&apos; für die Standardausgabe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: Ein PDF ist binär; geben Sie bei --output eine Datei an, nicht &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week gibt den Zeitraum vor: Lassen Sie --from und --to weg</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: &apos;%1&apos; muss KEY=COLUMN sein, mit KEY aus date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: Eine Spaltennummer zählt ab 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>Zeitpunkte, in Ortszeit angezeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>UTC, angezeigt mit dem UTC-Versatz aus der Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>die örtliche Uhrzeit beim UTC-Versatz oder in der Zeitzone aus der Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>UTC, in Ortszeit angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>örtliche Uhrzeit, sofern eine Zeitangabe nicht ihren UTC-Versatz nennt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>unregelmäßiger Herzschlag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 ist nicht in UTF-8; die Datei wurde als Windows-1252 gelesen (prüfen Sie ihre Umlaute und Buchstaben mit Akzent)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile; ein Import würde nichts importieren (mit --skip-bad-rows werden die anderen importiert)</numerusform>
            <numerusform>%n fehlerhafte Zeilen; ein Import würde nichts importieren (mit --skip-bad-rows werden die anderen importiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile; nichts importiert (mit --skip-bad-rows werden die anderen importiert)</numerusform>
            <numerusform>%n fehlerhafte Zeilen; nichts importiert (mit --skip-bad-rows werden die anderen importiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>%1 importiert, %2 schon im Tagebuch, %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%1 importiert, %2 schon im Tagebuch, %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, %n Zeile nur mit Puls ausgelassen</numerusform>
            <numerusform>%1, %n Zeilen nur mit Puls ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>Probelauf, nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>Messwerte aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>Die Datei: die eigene CSV von Viparita, der CSV-Export einer anderen App oder export.zip bzw. export.xml aus Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>Zeigen, was erkannt wurde und wie die ersten Messwerte gelesen werden, und die Messwerte zählen; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Die fehlerfreien Zeilen auch dann importieren, wenn einige fehlerhaft sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>Die Datei als Export dieser App lesen, statt sie zu erkennen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>Die Spalten statt der erkannten: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL ist ein Name aus der Kopfzeile oder eine Nummer ab 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>Das Format des Datums (oder von Datum und Uhrzeit) statt des erkannten, z. B. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, oder unix / unix-ms für Unix-Zeiten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: darf nicht leer sein (lassen Sie die Option weg, damit das Format erkannt wird)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: muss Tag, Monat und Jahr angeben (d, M und y, wie in dd.MM.yyyy) oder unix bzw. unix-ms sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: &apos;%1&apos; ist keine Quelle, die Viparita kennt; möglich ist eine von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>Mit %1 MB ist die Datei zu groß für eine Tabelle mit Messwerten (gelesen werden bis zu %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>keine Datei mit Messwerten: Sie sieht aus wie %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>Quelle: eine Tabelle, die zu keiner bekannten App gehört (Spalten aus ihrer Kopfzeile erraten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>Quelle: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>Zeichenkodierung: %1 (nicht UTF-8: eine Vermutung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>Zeichenkodierung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>Kopfzeile: Zeile %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>Datumsangaben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>Datumsangaben: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>Uhrzeiten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>Die ersten Messwerte, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>Unter %1 gibt es kein Tagebuch (es wurde nichts angelegt). Geben Sie mit --database den Pfad eines vorhandenen Tagebuchs an, oder fügen Sie zuerst einen Messwert oder eine Übungseinheit hinzu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>Kategorien nach &apos;aha2025&apos; (AHA/ACC 2025, der Standard), &apos;esc2024&apos; (ESC 2024) oder &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; und &apos;esh&apos; bezeichnen die erste und die letzte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: muss aha2025, esc2024 oder esh2023 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 LAST ist die zuletzt begonnene Woche (&apos;viparita-cli week start&apos;); ein Datum (YYYY-MM-DD) ist der erste Tag einer beliebigen Woche.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: Es wurde noch keine Messwoche begonnen; beginnen Sie eine mit &apos;viparita-cli week start&apos;, oder geben Sie ihren ersten Tag an (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: muss LAST oder ein Datum wie 2026-11-02 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>Das Medikament: seine ID oder sein Name (wie &apos;medication list&apos; sie zeigt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Das Medikament über seinen Namen statt über MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: muss ein Datum wie 2026-11-01 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: muss eine Menge mit Einheit sein, etwa &apos;5 mg&apos; oder &apos;1 tablet&apos; (Einheiten: %1), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Nennen Sie ein MEDICINE (seine ID oder seinen Namen), oder geben Sie --name an</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: Es gibt kein Medikament &apos;%1&apos;; die Liste ist leer: Fügen Sie eines mit &apos;viparita-cli medication add&apos; hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: Es gibt kein Medikament &apos;%1&apos;; die Liste enthält %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n Medikament heißt &apos;%1&apos;: Geben Sie die ID eines davon an (siehe &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n Medikamente heißen &apos;%1&apos;: Geben Sie die ID eines davon an (siehe &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>begonnen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>Dosis geändert auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>%1 am %3 begonnen, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>%1: Dosis am %3 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>%1 am %2 abgesetzt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>Ein Medikament hinzufügen, das Sie nehmen, ab dem Tag, an dem Sie damit begonnen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>Der Name des Medikaments, wie auf der Packung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>Seine Dosis: eine Menge mit Einheit, etwa &apos;5 mg&apos; oder &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>Der Tag, an dem Sie damit begonnen haben (YYYY-MM-DD); standardmäßig heute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>Wann am Tag Sie es nehmen: morning (morgens), midday (mittags), evening (abends), bedtime (zur Nacht), durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>Es wird nicht für den Blutdruck genommen (es steht trotzdem im Bericht für die Arztpraxis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>Warum Sie damit begonnen haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>Geben Sie --name NAME und --dose DOSE an (nur Optionen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: muss morning, midday, evening oder bedtime sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>Medikament %1 gespeichert: %2, %3 seit %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>Eine neue Dosis eines Medikaments eintragen (oder seinen erneuten Beginn nach dem Absetzen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>Die neue Dosis, etwa &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>Der Tag der Änderung (YYYY-MM-DD); standardmäßig heute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>Warum sie geändert wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>Geben Sie die neue --dose DOSE an</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>Eintragen, dass ein Medikament abgesetzt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>Der Tag, an dem es abgesetzt wurde (YYYY-MM-DD); standardmäßig heute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>Warum es abgesetzt wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>Die letzte Änderung eines Medikaments zurücknehmen (wenn sie versehentlich eingetragen wurde).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>Zurückgenommen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>Ein versehentlich eingetragenes Medikament mit seinem Verlauf löschen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>Medikament %1 (%2) gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>Die Medikamente auflisten, jedes mit seinem Verlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>Angeben, welche an diesem Tag eingenommen wurden und in welcher Dosis (YYYY-MM-DD); standardmäßig heute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>nimmt nur Optionen an, keine Argumente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>nicht eingenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(nicht für den Blutdruck)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n Medikament; am %1 wurden Blutdruckmedikamente eingenommen</numerusform>
            <numerusform>%n Medikamente; am %1 wurden Blutdruckmedikamente eingenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n Medikament; am %1 wurden keine Blutdruckmedikamente eingenommen</numerusform>
            <numerusform>%n Medikamente; am %1 wurden keine Blutdruckmedikamente eingenommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>Eine Sequenz so zeigen, wie sie abgespielt wird: Beginn und Dauer jedes Schritts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>Eine Sequenz-ID oder der Pfad einer Sequenzdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>Die ganze Übungseinheit einschließlich Ankommen auf N Minuten anpassen (%1 bis %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>Geben Sie genau eine SEQUENCE an (eine ID oder eine Datei)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>--minutes muss eine ganze Zahl von %1 bis %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1: insgesamt %2, davon %3 Ankommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1: insgesamt %2</translation>
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
        <translation>BEGINN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>Einen Blutdruck-Messwert speichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>Wann gemessen wurde (ISO 8601; ohne UTC-Versatz gilt die Ortszeit). Standardmäßig jetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (der Standard: ein einzelner Messwert); before, during oder after (vor, während oder nach einer Übungseinheit); oder standing (beim Aufstehen danach).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>Die Übungseinheit, zu der ein Messwert mit before, during, after oder standing gehört.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: muss eine ISO-8601-Zeit wie 2026-11-20T20:00:00+01:00 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: muss standalone, before, during, after oder standing sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: muss die ID einer Übungseinheit sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: Ein Messwert mit %1 gehört zu einer Übungseinheit: Geben Sie --session ID an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: Ein Messwert einer Übungseinheit ist before, during, after oder standing (beim Aufstehen danach)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: Es gibt keine Übungseinheit %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>Messwert %1 gespeichert: %2/%3 mmHg, Puls %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>Messwert %1 gespeichert: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>Kategorie (%1): %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>Einen Messwert löschen (er bleibt als gelöscht erhalten, bis er endgültig entfernt wird).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>Die ID des Messwerts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>Geben Sie genau eine ID eines Messwerts an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: muss die ID eines Messwerts sein (eine ganze Zahl ab 1), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>Messwert %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>Blutdruck-Messwerte auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
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
        <translation>GEMESSEN</translation>
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
        <translation>PULS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>NOTIZ</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>Systolischer Druck in mmHg (50 bis 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>Diastolischer Druck in mmHg (25 bis 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>Puls in Schlägen pro Minute (25 bis 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>Der Arm, an dem gemessen wurde: left (links) oder right (rechts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting (sitzend), lying (liegend) oder standing (stehend).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>Das Messgerät zeigte einen unregelmäßigen Herzschlag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: muss left oder right sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: muss sitting, lying oder standing sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: muss SYSTOLIC/DIASTOLIC oder SYSTOLIC/DIASTOLIC/PULSE sein, etwa 135/85/70, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>keine Sequenz mit der ID &apos;%1&apos; (vorhanden sind: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>Die mitgelieferten Sequenzen und Ihre eigenen auflisten.</translation>
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
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>mitgeliefert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n Datei konnte nicht geladen werden:</numerusform>
            <numerusform>%n Dateien konnten nicht geladen werden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>Geben Sie genau eine ID einer Übungseinheit an (siehe &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: muss die ID einer Übungseinheit sein (eine ganze Zahl ab 1), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>Eine Übungseinheit eintragen, die außerhalb der App stattfand, mit ihren Messwerten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>Wann die Übungseinheit begann (ISO 8601; ohne UTC-Versatz gilt die Ortszeit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>Wie lange sie dauerte (3 bis 60); standardmäßig die Länge der Sequenz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>Ein Messwert davor, SYSTOLIC/DIASTOLIC[/PULSE]; für weitere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>Ein Messwert währenddessen; für weitere wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>Ein Messwert danach; für weitere wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>Ein Messwert beim Aufstehen danach (der erste nach 1 Minute, der nächste nach 3); für weitere wiederholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>Wie Sie sich danach fühlten, von 1 (schlechter) bis 5 (viel besser).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>Geben Sie genau eine SEQUENCE und --at TIME an</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: muss eine ISO-8601-Zeit wie 2026-11-20T20:00:00+01:00 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: muss eine ganze Zahl von 1 bis 5 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: darf höchstens %n Zeichen lang sein (diese hat %1)</numerusform>
            <numerusform>note: darf höchstens %n Zeichen lang sein (diese hat %1)</numerusform>
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
            <numerusform>Übungseinheit %1 gespeichert: %2, %3 min, %n Messwert.</numerusform>
            <numerusform>Übungseinheit %1 gespeichert: %2, %3 min, %n Messwerte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>Übungseinheiten mit ihren Messwerten davor und danach auflisten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>SEQUENZ</translation>
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
        <translation>DAVOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>DANACH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>VERÄNDERUNG</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Übungseinheit</numerusform>
            <numerusform>%n Übungseinheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>Eine Übungseinheit zeigen: ihre Schritte, Messwerte, Befinden und Notiz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>Die ID der Übungseinheit (siehe &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>Die IDs zeigt &apos;viparita-cli sessions&apos;.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>Übungseinheit %1: %2 (%3), %4</translation>
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
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>Geübt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 von %2 geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>Befinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>Schritte (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>übersprungen, um %1 s verlängert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 von %2, um %3 s verlängert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>Messwerte (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>Nur eine gelöschte Übungseinheit kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>Übungseinheit %1 und ihre Messwerte gelöscht. &apos;viparita-cli session restore %1&apos; holt sie zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>Übungseinheit %1 und ihre Messwerte wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>Eine Übungseinheit und ihre Messwerte löschen (&apos;session restore&apos; macht das rückgängig).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>Eine gelöschte Übungseinheit und ihre Messwerte zurückholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>Die ID der gelöschten Übungseinheit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (noch nicht verlässlich: weniger als %n Übungseinheit mit Messwerten davor und danach)</numerusform>
            <numerusform>%1 (noch nicht verlässlich: weniger als %n Übungseinheiten mit Messwerten davor und danach)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit sank Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>In %n Übungseinheit sank Ihr systolischer Wert um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr systolischer Wert um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr systolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr systolischer Wert um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr systolischer Wert um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr systolischer Wert im Mittel nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr systolischer Wert im Mittel nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr systolischer Wert nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr systolischer Wert nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit sank Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>In %n Übungseinheit sank Ihr diastolischer Wert um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten sank Ihr diastolischer Wert um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr diastolischer Wert im Mittel um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>In %n Übungseinheit stieg Ihr diastolischer Wert um %1 mmHg</numerusform>
            <numerusform>In %n Übungseinheiten stieg Ihr diastolischer Wert um %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr diastolischer Wert im Mittel nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr diastolischer Wert im Mittel nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>In %n Übungseinheit hat sich Ihr diastolischer Wert nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten hat sich Ihr diastolischer Wert nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach sank Ihr Puls im Mittel um %1 Schläge pro Minute</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach sank Ihr Puls im Mittel um %1 Schläge pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach sank Ihr Puls um %1 Schläge pro Minute</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach sank Ihr Puls um %1 Schläge pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach stieg Ihr Puls im Mittel um %1 Schläge pro Minute</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach stieg Ihr Puls im Mittel um %1 Schläge pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach stieg Ihr Puls um %1 Schläge pro Minute</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach stieg Ihr Puls um %1 Schläge pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach hat sich Ihr Puls im Mittel nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach hat sich Ihr Puls im Mittel nicht verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>In %n Übungseinheit mit Puls davor und danach hat sich Ihr Puls nicht verändert</numerusform>
            <numerusform>In %n Übungseinheiten mit Puls davor und danach hat sich Ihr Puls nicht verändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95-%-KI %2 bis %3; das Intervall schließt auch den Wert 0 ein, also keine Veränderung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (ein Konfidenzintervall braucht mindestens 2 Übungseinheiten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1: keine Messungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: im Mittel %2/%3 mmHg, aus %n Messung.</numerusform>
            <numerusform>%1: im Mittel %2/%3 mmHg, aus %n Messungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>systolisch %1 mmHg pro 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>diastolisch %1 mmHg pro 30 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>systolisch %1 mmHg pro 30 Tage (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>diastolisch %1 mmHg pro 30 Tage (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Noch keine Übungseinheit hat Messwerte sowohl davor als auch danach, daher gibt es keine Veränderung zu zeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>Keine Übungseinheit hat einen Puls sowohl davor als auch danach, daher gibt es keine Veränderung des Pulses zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Ihr systolischer Wert sank in %1 von %n Übungseinheit (%2 %)</numerusform>
            <numerusform>Ihr systolischer Wert sank in %1 von %n Übungseinheiten (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>Morgens (04:00 bis 11:59 Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>Abends (18:00 bis 23:59 Ortszeit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>Häuslicher Mittelwert (Messwerte im Sitzen, einzeln oder vor einer Übungseinheit, höchstens aus der letzten Woche): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>Beim Aufstehen nach Übungseinheiten: %n Messwert, davon %1 mit einem Abfall beim Aufstehen (systolisch 20 oder diastolisch 10 niedriger als im Liegen oder Sitzen, oder systolisch unter 90).</numerusform>
            <numerusform>Beim Aufstehen nach Übungseinheiten: %n Messwerte, davon %1 mit einem Abfall beim Aufstehen (systolisch 20 oder diastolisch 10 niedriger als im Liegen oder Sitzen, oder systolisch unter 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Trend der Messungen vor den Übungseinheiten: Dafür braucht es Messungen davor an 2 oder mehr verschiedenen Tagen (bisher %n Messung).</numerusform>
            <numerusform>Trend der Messungen vor den Übungseinheiten: Dafür braucht es Messungen davor an 2 oder mehr verschiedenen Tagen (bisher %n Messungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend der Messungen vor den Übungseinheiten, aus %n Messung: %1, %2.</numerusform>
            <numerusform>Trend der Messungen vor den Übungseinheiten, aus %n Messungen: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend der Messungen vor den Übungseinheiten, aus %n Messung: %1, %2 (ein Konfidenzintervall braucht mindestens 3).</numerusform>
            <numerusform>Trend der Messungen vor den Übungseinheiten, aus %n Messungen: %1, %2 (ein Konfidenzintervall braucht mindestens 3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>Noch keine Messungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>Messungen nach Kategorie (%1), insgesamt %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (%3%)</source>
        <extracomment>A category&apos;s line: %1: its name; %2: how many measurements; %3: their share in percent.</extracomment>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Statistics: change over sessions, home average, trend, categories.</source>
        <translation>Statistik: Veränderung über die Übungseinheiten, häuslicher Mittelwert, Trend, Kategorien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>Ein JSON-Objekt statt Sätzen ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Auch die Messwoche, die am DATE (YYYY-MM-DD) begann: ihr Fortschritt, die verpassten Messtermine und der Mittelwert ihrer Tage 2 bis 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>Auch die Messwoche (wie --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--week-from muss ein Datum wie 2026-11-02 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>Geben Sie --week oder --week-from an, nicht beides</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>Messwoche ab %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>Bisher verpasste Messtermine: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>Ihr Mittelwert (Tage 2 bis 7, ohne den ersten Tag): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>Nur ab diesem Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>Nur bis zu diesem Tag, einschließlich (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: muss ein Datum der Form YYYY-MM-DD sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: darf nicht nach --to liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>Sequenzdateien prüfen; jeden Fehler mit seiner Stelle ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>Die zu prüfenden Sequenzdateien (JSON).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1: in Ordnung (%2 Schritte, %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>%1 von %2 Dateien gültig</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>Eine Messwoche beginnen: 7 Tage lang jeden Morgen und jeden Abend zwei Messwerte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>Ihr erster Tag (YYYY-MM-DD); standardmäßig heute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>Warum: vor einem Arzttermin, nach einer Änderung der Medikation ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: muss ein Datum wie 2026-11-02 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>Messwoche vom %1 bis %2: Sitzen Sie jeden Morgen (vor jeder Medikamenteneinnahme) und jeden Abend fünf Minuten ruhig, dann messen Sie zweimal im Abstand von einer Minute.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>Die begonnenen Messwochen auflisten, jede mit ihrem Fortschritt und Mittelwert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Ein JSON-Array statt Text ausgeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Die Woche vergessen, die am DATE beginnt (ihre Messwerte bleiben im Tagebuch).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>Der erste Tag der Woche (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Geben Sie den ersten Tag der Woche als DATE an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: muss ein Datum wie 2026-11-02 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>Die Woche ab %1 ist vergessen; ihre Messwerte bleiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: Am %1 beginnt keine Messwoche (siehe &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>der Datensatz hat %1 Bytes; eine Messung hat mindestens %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>der Datensatz hat %1 Bytes; seine Flags (0x%2) brauchen %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>systolisch ist %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>diastolisch ist %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>systolisch %1 und diastolisch %2 %3 kann kein Blutdruck sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>der Pulswert %1 kann kein Puls sein</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>eine Körperbewegung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>eine lockere Manschette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>einen unregelmäßigen Puls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>einen Puls über seinem Messbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>einen Puls unter seinem Messbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>einen Puls außerhalb seines Messbereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>eine ungeeignete Messposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1, Puls %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>Mit der Ankunftszeit gespeichert: Die Uhr des Messgeräts zeigte %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>Mit der Ankunftszeit gespeichert: Das Messgerät hat keine Uhrzeit gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>Das Messgerät hat %1 festgestellt.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
</TS>
