<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>Prowadzona praktyka z nogami na ścianie i dziennik ciśnienia krwi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>Zapisuj komunikaty diagnostyczne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>Użyj dziennika z lokalizacji PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>Od razu rozpocznij sesję sekwencji SEQUENCE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>Z --start: dopasuj sesję do N minut (od 3 do 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>Od razu zmierz ciśnienie krwi z prowadzeniem: pięć minut odpoczynku, potem dwa pomiary.</translation>
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
        <translation>Viparita: dziennik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

Viparita otworzy się bez dziennika: nic nie zostanie zapisane.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>import został anulowany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>wiersz %1: plik XML deklaruje encje (%2), czego eksport z Apple Health nie robi; plik nie zostanie wczytany</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>wiersz %1: plik XML odwołuje się do encji &apos;%2&apos;; plik nie zostanie wczytany</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>ten plik XML nie jest eksportem z Apple Health (jego elementem głównym jest &lt;%1&gt;, a nie &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>plik XML kończy się przedwcześnie w wierszu %1: plik jest niekompletny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>plik nie zawiera żadnego elementu XML</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate: to nie jest data w formacie 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>ciśnienie skurczowe: brak wartości lub nie jest to liczba w mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>ciśnienie rozkurczowe: brak wartości lub nie jest to liczba w mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>nie można odczytać archiwum zip (%1): może być uszkodzone lub niekompletne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>archiwum zip nie zawiera pliku apple_health_export/export.xml: to nie jest eksport z Apple Health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>nie można rozpakować archiwum zip: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>archiwum zip jest uszkodzone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>archiwum zip jest uszkodzone (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>Plik %1 jest uszkodzony lub nie jest bazą danych (kontrola integralności: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>Plik %1 nie jest dziennikiem aplikacji Viparita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>Plik %1 został zapisany przez nowszą wersję aplikacji Viparita (wersja dziennika %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>Nie udało się utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>Nie udało się umieścić kopii zapasowej %1 na miejscu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>Nic nie zostało przywrócone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>Nic nie zostało przywrócone: nie udało się utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>Nic nie zostało przywrócone: nie udało się najpierw zapisać bieżącego dziennika w %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>Nic nie zostało przywrócone: nie udało się skopiować %1 obok dziennika.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>Nic nie zostało przywrócone: nie udało się zastąpić dziennika %1.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>Niskie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Prawidłowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>Podwyższone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>Nadciśnienie tętnicze w stadium 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>Nadciśnienie tętnicze w stadium 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>Ciężkie nadciśnienie tętnicze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>Niepodwyższone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>Nadciśnienie tętnicze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>Optymalne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>Wysokie prawidłowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>Nadciśnienie tętnicze 1. stopnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>Nadciśnienie tętnicze 2. stopnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>Nadciśnienie tętnicze 3. stopnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>Poniżej progu dla pomiarów domowych</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (izolowane skurczowe)</translation>
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
        <translation>jeden oddech może trwać najwyżej %1 s, a nie %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>własnego tempa oddechu nie da się utrzymać (%1); zamiast niego używane jest tempo sekwencji</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1: musi być liczbą sekund od %2 do %3, a nie %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>Zapisywanie pliku CSV: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>Zapisywanie pliku CSV: urządzenie nie jest otwarte do zapisu</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>kolumna %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>kolumna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>nie ma wartości; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>wiersz %1 nie jest wierszem nagłówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>plik nie ma wiersza nagłówka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>pole w cudzysłowie nie jest zamknięte</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>ma pól: %1, a nagłówek ma ich %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>to nie jest plik CSV z pomiarami aplikacji Viparita: w nagłówku brakuje: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>musi być datą w formacie RRRR-MM-DD, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>musi być godziną w formacie GG:MM:SS, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>musi być przesunięciem strefy czasowej, np. +01:00, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>musi mieć wartość standalone, before, during, after lub standing, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>musi mieć wartość left lub right, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>musi mieć wartość sitting, lying lub standing, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>musi mieć wartość 0 lub 1, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>mapa kolumn musi zawierać systolic i diastolic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>mapa kolumn musi zawierać datetime albo date (i time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>mapa kolumn przyjmuje datetime albo date i time, a nie oba naraz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>w nagłówku brakuje: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>&apos;%1&apos; nie jest godziną, którą da się wskazać na zegarze</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>musi mieć wartość yes lub no (1 lub 0), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>kodowanie &apos;%1&apos; nie jest obsługiwane przez aplikację Viparita (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>plik nie jest tekstem w kodowaniu %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>plik nie jest tekstowy: wiersz %1 zawiera bajt NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>plik nie jest tekstowy: wiersz %1 zawiera znak sterujący %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>Czas uniksowy w sekundach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>Czas uniksowy w milisekundach</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>musi być datą w formacie %1, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>przesunięcie musi mieć postać +01:00, UTC+0100 lub nazwy strefy czasowej, np. Europe/Berlin, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>godzina musi mieć postać GG:MM, GG:MM:SS lub 7:12 am, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>kolumna daty jest pusta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>każda data jest całkowitą liczbą sekund od 1970 roku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>każda data jest całkowitą liczbą milisekund od 1970 roku</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>data &apos;%1&apos; w wierszu %2 nie ma formatu znanego aplikacji Viparita; podaj --date-format (np. dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>miesiące są zapisane nazwami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>rok jest na początku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>daty mają dwie różne kolejności: &apos;%1&apos; w wierszu %2 ma najpierw dzień, a &apos;%3&apos; w wierszu %4 najpierw miesiąc; podaj --date-format %5 lub %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>najpierw dzień: &apos;%1&apos; w wierszu %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>najpierw miesiąc: &apos;%1&apos; w wierszu %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>najpierw dzień, jak w datach zapisanych z kropkami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>dzień i miesiąc są takie same w każdej dacie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>najpierw dzień: tylko wtedy daty są uporządkowane i leżą w przeszłości</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>najpierw miesiąc: tylko wtedy daty są uporządkowane i leżą w przeszłości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>każdą datę można odczytać z dniem albo z miesiącem na początku; odczytano je jako %1, tak jak zapisuje je aplikacja, która utworzyła plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>każdą datę można odczytać z dniem albo z miesiącem na początku (np. &apos;%1&apos; w wierszu %2); podaj --date-format %3 lub %4</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>tutaj nie można tworzyć raportów PDF</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>dysk jest pełny (brak miejsca na urządzeniu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>udało się zapisać tylko początkowe %1 B (osiągnięto limit rozmiaru pliku lub przydział miejsca na dysku)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>udało się zapisać tylko %1 z %2 B (osiągnięto limit rozmiaru pliku lub przydział miejsca na dysku)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>1 dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>1 pomiaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>%1 pomiarów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>pomiaru porannego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>pomiaru wieczornego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>Brak pomiarów domowych. Mierz ciśnienie na siedząco, po pięciu minutach odpoczynku: dwa pomiary rano i dwa wieczorem, przez tydzień.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>1 pomiaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 pomiarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>z 1 dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>z %1 dni</translation>
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
        <translation>%1: %2 według progów domowych %3; na podstawie %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>Za mało danych do oceny: potrzeba jeszcze %1. Na razie %2, na podstawie %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>pominięto: pierwszy dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>pominięto: pomiar w trakcie sesji lub po niej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>pominięto: pomiar nie na siedząco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>pominięto: poza dniami tego tygodnia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>Początek tygodnia: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>%1 z %2 pomiarów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>Tydzień się zakończył: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>Dzień %1 z %2: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>strona internetowa (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>dokument XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>dokument XML (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>dokument FHIR JSON (Viparita eksportuje takie pliki, a importuje CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>dokument JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>pusty plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>tabela, której nagłówek nie wskazuje kolumn daty i ciśnienia krwi (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>tekst, który nie jest tabelą pomiarów (jego pierwszy wiersz: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>archiwum zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>obraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>baza danych SQLite (dziennik przywraca się poleceniem &apos;viparita-cli restore&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>archiwum gzip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>stary dokument Excel lub Word (zapisz go jako CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>dane binarne, a nie tekst (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>to nie jest eksport z %1: żaden wiersz nie jest nagłówkiem tej aplikacji (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>to nie jest plik ze źródła &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>w nagłówku nie ma wszystkich kolumn: daty, ciśnienia skurczowego i rozkurczowego (%1); wskaż je za pomocą --map</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>to nie jest tabela pomiarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>to nie jest plik z pomiarami; wygląda to na: %1</translation>
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
        <translation>Odczytywanie dziennika</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>Odczytywanie dziennika %1 nie powiodło się: baza danych zgłosiła błąd. Nic nie zostało zmienione; szczegóły są w logu (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>%1 w dzienniku %2 nie powiodło się: baza danych odrzuciła tę operację. Nic nie zostało zmienione; szczegóły są w logu (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>dysk, na którym się znajduje, jest pełny: brak miejsca na urządzeniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>%1 nie powiodło się: dysk z dziennikiem %2 jest pełny (brak miejsca na urządzeniu). Nic nie zostało zmienione; zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>osiągnięto limit rozmiaru pliku dla tego programu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>osiągnięto przydział miejsca na dysku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>osiągnięto limit rozmiaru pliku lub przydział miejsca na dysku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>%1 nie powiodło się: dziennik %2 nie ma miejsca, aby się powiększyć: %3. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>%1 nie powiodło się: dziennik %2 jest używany przez inny program (pozostał zablokowany). Nic nie zostało zmienione; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>%1 nie powiodło się: nie można zapisać dziennika %2 (plik lub folder tylko do odczytu). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>%1 nie powiodło się: dziennik %2 jest uszkodzony. Nie został zmieniony; można przywrócić kopię zapasową (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>%1 nie powiodło się: nie udało się odczytać ani zapisać dziennika %2 (błąd dysku lub pliku). Nic nie zostało zmienione; sprawdź dysk i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>Dziennik %1 jest otwarty tylko do odczytu: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>Tworzenie kopii zapasowej w %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>%1 nie powiodło się: plik już istnieje.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>Wyszukiwanie pomiarów w dzienniku</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>Pomiar %1 z importu: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>Importowanie pomiarów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>Import został przerwany; nic z niego nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>Usuwanie leku %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>Przywracanie leku %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>Nie ma leku %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>Lek %1 nie jest usunięty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>Zapisywanie leku %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>Zapisywanie zmiany leku %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>%1 nie ma po rozpoczęciu żadnej zmiany do cofnięcia: zamiast tego usuń lek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>Cofanie zmiany leku %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>Zmienianie leku %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>first_day: tydzień pomiarów domowych musi mieć pierwszy dzień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>reason: maksymalna liczba znaków to %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>Rozpoczynanie tygodnia pomiarów domowych (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>Usuwanie tygodnia pomiarów domowych %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>Nie ma tygodnia pomiarów domowych %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>Nie znaleziono kopii zapasowej (miejsce: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>folder kopii zapasowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>Najnowsza kopia zapasowa to %1; polecenie &apos;viparita-cli restore %1&apos; ją przywróci.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>Sprawdzanie dziennika</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Brak sterownika SQLite dla Qt (zainstaluj libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>Otwieranie dziennika</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>Aktualizowanie dziennika</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>Nie podano pliku dziennika.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>Folder dziennika %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>Folder dziennika %1 nie istnieje i nie udało się go utworzyć (sprawdź, czy istnieje folder nadrzędny i czy można w nim zapisywać).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>Nie udało się utworzyć dziennika %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>Nie można odczytać dziennika %1 (brak uprawnień).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>Dziennik %1 jest uszkodzony lub nie jest dziennikiem aplikacji Viparita: nie można go odczytać. Nie został zmieniony. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 to baza danych SQLite, ale nie dziennik aplikacji Viparita. Nie została zmieniona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>został zapisany przez nowszą wersję aplikacji Viparita (wersja dziennika %1, ta wersja zna %2); jest otwarty tylko do odczytu i nic nie zostanie w nim zapisane. Zaktualizuj aplikację Viparita, aby go zmieniać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>Dziennik %1 jest tylko do odczytu: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>brak miejsca na zapis (%1). Można go odczytać; zwolnij miejsce, aby go zmieniać.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>nie można zapisywać w jego folderze %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>nie można zapisać pliku (brak uprawnień).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>Zapisywanie pomiaru</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>Dziennik %1 nie jest otwarty.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>Zapisywanie pomiarów</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>Zmienianie pomiaru</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>Nie ma pomiaru %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>Usuwanie pomiaru %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>Przywracanie pomiaru %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>Nie ma pomiaru %1 do usunięcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>Nie ma usuniętego pomiaru %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>Trwałe usuwanie usuniętych pomiarów</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>Sesja wymaga sekwencji i godziny rozpoczęcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>feeling: musi być liczbą całkowitą od 1 do 5</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>note: maksymalna liczba znaków to %1 (ta notatka ma ich %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>Zapisywanie sesji</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>Zapisywanie kroku sesji %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>Zapisywanie kroku</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>Kończenie sesji %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>Nie ma sesji %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>note: maksymalna liczba znaków to %1, a nie %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>Zmienianie sesji %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>Usuwanie sesji %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>Przywracanie sesji %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>Nie ma zakończonej sesji %1 do usunięcia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>Nie ma usuniętej sesji %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>Zmierz ciśnienie krwi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>Pięć minut spokojnego odpoczynku, potem dwa pomiary w odstępie minuty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>Odpocznij spokojnie przez pięć minut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>Usiądź na krześle, oprzyj plecy, postaw obie stopy płasko na podłodze i nie zakładaj nogi na nogę. Załóż mankiet na odsłonięte ramię i oprzyj tę rękę na stole, tak aby mankiet był na wysokości serca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>Teraz zachowaj spokój: bez rozmów, bez telefonu. Pozwól oddechowi płynąć tak, jak płynie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>Opuść barki i rozluźnij dłonie. Nic nie musisz robić, tylko siedzieć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>Prawie pięć minut. Nie ruszaj się; po sygnale włącz ciśnieniomierz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>Minuta do drugiego pomiaru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>Zostań tak, jak jesteś, z opartą ręką, i nie rozmawiaj. Drugi pomiar za minutę.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1, średnia z %2 i %3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>rano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>w południe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>wieczorem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>przed snem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>maksymalna liczba znaków to %1, a nie %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>przyjmowanie leku zaczyna się od dnia jego rozpoczęcia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>każda zmiana musi mieć datę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 to data późniejsza niż dziś: zapisz zmianę dopiero wtedy, gdy zostanie wprowadzona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 to data wcześniejsza niż poprzednia zmiana (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>wymaga ilości i jednostki, np. 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>lek %1 był już przyjmowany w dniu %2: zmień jego dawkę albo najpierw go odstaw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>lek %1 nie był przyjmowany w dniu %2: zamiast tego rozpocznij go ponownie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 to już dawka obowiązująca w dniu %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>lek %1 został już odstawiony w dniu %2</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>raport PDF wymaga QGuiApplication</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>Raport ciśnienia krwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>Raport ciśnienia krwi: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>Tydzień domowych pomiarów ciśnienia od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>Tydzień domowych pomiarów ciśnienia od %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>nie można rozpocząć dokumentu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>nie można dodać strony</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>nie można zakończyć dokumentu</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>urządzenie nie jest otwarte do zapisu</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>brak wpisów w tym okresie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (odstawiony)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 na koniec okresu; ich zmiany poniżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 na koniec okresu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>Leki w tym okresie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>rozpoczęto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>zmieniono dawkę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>nadal przyjmowany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>odstawiono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(nie na ciśnienie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>Dawki i zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/report/report_sections.cpp" line="-158"/>
        <source>systolic</source>
        <translation>skurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+1"/>
        <source>diastolic</source>
        <translation>rozkurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this period.</source>
        <translation>Brak pomiarów w tym okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>Średnia dzienna, mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (ciąg dalszy)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1 (serie pomiarów: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n pomiar</numerusform>
            <numerusform>%n pomiary</numerusform>
            <numerusform>%n pomiarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n seria pomiarów</numerusform>
            <numerusform>%n serie pomiarów</numerusform>
            <numerusform>%n serii pomiarów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1; w tym z pomiarami przed i po: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>Średnia, wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>Rano (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>Wieczorem (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>Średnia domowa (na siedząco, najwyżej tydzień)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>żadna sesja nie ma pomiarów zarówno przed, jak i po</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1; z %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>; ciśnienie skurczowe spadło w %1 z %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>; jeszcze niemiarodajne: sesji z pomiarami przed i po jest mniej niż %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>Zmiana w sesjach (po minus przed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>Czego ta zmiana nie pokazuje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>Przy wstawaniu po sesjach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1; %2 (skurczowe niższe o 20 lub rozkurczowe niższe o 10 niż na leżąco lub na siedząco albo skurczowe poniżej 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n spadł po wstaniu</numerusform>
            <numerusform>%n spadły po wstaniu</numerusform>
            <numerusform>%n spadło po wstaniu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>Serie pomiarów według kategorii (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>Jak wykonywano pomiary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>Zwykle: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>Jak zapisano przy pomiarach: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>Nie podano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>Kilka pomiarów z jednego momentu tworzy jedną serię pomiarów (ich średnią). Poniżej wymieniono każdy pomiar; data stoi przy pierwszym pomiarze każdego dnia, kolumna sesji jest pusta przy pomiarze wykonanym poza sesją, a ramię lub pozycję wspólne dla wszystkich pomiarów podano tutaj, a nie w każdym wierszu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>Przed sesjami i po nich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>Żadna sesja w tym okresie nie ma pomiarów.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>Wykresy pominięto: wymagają aplikacji graficznej.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita informuje; nie stawia diagnozy i nie doradza w sprawie leków. Kategorie i progi domowe są zgodne z %1; źródła podano na ostatniej stronie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>Kategorie i progi domowe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>Średnia domowa: protokół pomiarów domowych %1 (pomiary na siedząco po pięciu minutach odpoczynku, dwa rano i dwa wieczorem, do siedmiu dni, z pominięciem pierwszego dnia; do oceny potrzeba co najmniej 3 dni i 12 pomiarów).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>Niskie: skurczowe poniżej 90 lub rozkurczowe poniżej 60, zwykła granica w informacjach dla pacjentów; żadne wytyczne nie wyróżniają kategorii niskiego ciśnienia.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>nie porównano: pomiary w różnych pozycjach</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 z 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sequence</source>
        <translation>Sekwencja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>nieregularny rytm</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Ramię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>Tydzień domowych pomiarów ciśnienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>%1 – %2 (rano i wieczorem, po dwa pomiary)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>Średnia z dni od 2 do 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 rano i wieczorem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 wieczorem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 rano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>brak pomiaru: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>1 pora z jednym pomiarem zamiast dwóch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>pory z jednym pomiarem zamiast dwóch: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>Pominięte pory pomiaru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>Tydzień jeszcze trwa: oto stan na teraz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>%1: odstawiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>%1: rozpoczęto, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>%1: zmiana na %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>Zmiany w tygodniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>Jak: na siedząco, z podpartymi plecami, stopami płasko na podłodze i ręką opartą na wysokości serca, po pięciu minutach spokojnego odpoczynku; dwa pomiary w odstępie minuty każdego ranka (przed lekami) i każdego wieczoru. Pierwszy dzień nie wchodzi do średniej, podobnie jak pomiary wykonane na leżąco, na stojąco albo w trakcie sesji lub po niej.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>uwzględniono: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>Dzień %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>W dniach tego tygodnia nie wykonano żadnych pomiarów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>Pomiary z tygodnia (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Wieczorem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>O innych porach lub nie na siedząco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>W średniej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita informuje; nie stawia diagnozy i nie doradza w sprawie leków. Progi domowe są zgodne z %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>poza sesją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>przed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>w trakcie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>po</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>po wstaniu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>left</source>
        <translation>lewe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>prawe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <translation>na siedząco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>na leżąco</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>brak pomiarów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>brak serii pomiarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2), %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95% CI: od %1 do %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (all)</source>
        <translation>%1 (wszystkie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 z %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arm: %1.</source>
        <translation>Ramię: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>Pozycja: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>musi być liczbą całkowitą mmHg od %1 do %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>Wartość skurczowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>Wartość rozkurczowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>musi być wyższa niż wartość rozkurczowa (czy nie zamieniono ich miejscami?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>wykracza w przyszłość o ponad %1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>musi mieć przesunięcie UTC od -%1:00 do +%1:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>musi mieć wartość „na stojąco” (albo zostać pominięta) przy pomiarze po wstaniu, a nie %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>może mieć najwyżej %1 znaków (ta ma ich %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>musi być liczbą całkowitą uderzeń na minutę od %1 do %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>musi być prawidłową datą i godziną</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>może mieć najwyżej %1 znaków</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>Pora na praktykę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>Poranny pomiar ciśnienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>Wieczorny pomiar ciśnienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>Dziesięć spokojnych minut z nogami na ścianie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>Dzień %1 z 7 twojego tygodnia pomiarów domowych: przed przyjęciem leków usiądź na pięć minut, potem wykonaj dwa pomiary w odstępie minuty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>Dzień %1 z 7 twojego tygodnia pomiarów domowych: usiądź na pięć minut, potem wykonaj dwa pomiary w odstępie minuty.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita pokazuje twoje wyniki; nie stawia diagnozy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>Zegnij kolana, przetocz się na bok i poleż tak kilka minut; dopiero wtedy powoli usiądź. Jeśli robi ci się słabo lub źle się czujesz, wezwij pomoc. Jeśli przyjmujesz leki na ciśnienie, powiedz lekarzowi o takich pomiarach jak ten.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>Niskie ciśnienie krwi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>Dolna wartość jest niska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>Dolna (rozkurczowa) wartość wynosi poniżej 60. Sama w sobie, jeśli dobrze się czujesz, zwykle nie jest powodem do niepokoju. Jeśli masz zawroty głowy lub robi ci się słabo, zegnij kolana, przetocz się na bok i odpocznij, zanim powoli usiądziesz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>Ciśnienie krwi znacznie spadło od pomiaru sprzed sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>Twoje ciśnienie krwi znacznie spadło od pomiaru sprzed sesji, wykonanego w ten sam sposób.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>Ciśnienie krwi spadło po wstaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>Twoje ciśnienie krwi spadło po wstaniu: to tak zwane niedociśnienie ortostatyczne. Teraz usiądź lub się połóż i odpoczywaj, aż poczujesz się stabilnie; przez resztę dnia wstawaj powoli, etapami. Powiedz o tym lekarzowi, zwłaszcza jeśli to się powtórzy lub przyjmujesz leki na ciśnienie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>Bardzo wysokie ciśnienie krwi</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>Nie zaczynaj teraz praktyki. Usiądź spokojnie, z podpartymi plecami, na %1 min, potem zmierz ciśnienie ponownie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>Zakończ praktykę na dziś. Łagodnie wyjdź z pozycji: zegnij kolana, przetocz się na bok i powoli usiądź. Odpoczywaj spokojnie na siedząco przez %1 min, potem zmierz ciśnienie ponownie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>Jeśli pojawi się ból w klatce piersiowej, duszność, ból pleców, drętwienie lub osłabienie, zmiana widzenia, trudności z mówieniem albo nagły silny ból głowy, od razu zadzwoń na numer alarmowy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>Jeśli ciśnienie nadal jest tak wysokie, a poza tym czujesz się dobrze, skontaktuj się jeszcze dziś z lekarzem lub innym pracownikiem ochrony zdrowia, który cię leczy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>ból w klatce piersiowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>duszność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>ból pleców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>drętwienie lub osłabienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>zmiana widzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>trudności z mówieniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>nagły silny ból głowy</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>sekwencja nie ma żadnych kroków</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>czas na ułożenie się i przerwa między stronami nie mogą być ujemne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>tempo oddechu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>oddech sekwencji: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>oddech kroku %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>długość musi wynosić od %1 do %2 min, a nie %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>kroki (%1), każdy po co najmniej %2 s, nie zmieszczą się w %3 min; wybierz co najmniej %4 min</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>brak grupy porównawczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>część każdego spadku wynika z odpoczynku i ponownego pomiaru: drugi pomiar często i tak jest niższy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>pomiary na leżąco i na siedząco się różnią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>sesje jednej osoby nie są od siebie niezależne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>Czego te liczby nie mogą pokazać: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>Skurczowe, przed każdą sesją i po niej (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>Rozkurczowe, przed każdą sesją i po niej (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>Próg domowy %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>Zmiana leków</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>Przed (średnie w czasie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>Po (średnie w czasie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>Zmiana w każdej sesji, po minus przed (mmHg), ostatnie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>Zmiana w każdej sesji, po minus przed (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Skurczowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic</source>
        <translation>Rozkurczowe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>Tętno (uderzenia na minutę)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>Nocny: ciemny i przygaszony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>Motyw nocny utrzymuje ciemny ekran podczas wieczornej praktyki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>Systemowy: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>Teksty okna, sekwencji, wypowiadanych wskazówek i raportów. Nowy język pojawi się po ponownym uruchomieniu Viparity.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>Rytm oddechu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>wdech</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>zatrzymanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>wydech</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>pauza</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita: środki ostrożności</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>Przed pierwszą sesją</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>Środki ostrożności</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>Przeczytane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>Leżenie na plecach z nogami opartymi o ścianę to łagodna praktyka, ale nie jest odpowiednia dla każdego. Przeczytaj to, zanim zaczniesz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>Nie ćwicz albo najpierw zapytaj lekarza, jeśli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>jesteś w późnych miesiącach ciąży</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>masz jaskrę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>twoje ciśnienie krwi jest bardzo wysokie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>masz przepuklinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>długie leżenie na plecach z jakiegokolwiek powodu nie jest dla ciebie bezpieczne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>zwiększony napływ krwi do głowy jest dla ciebie problemem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>Niektórzy nauczyciele radzą też pomijać praktykę w dni obfitego krwawienia miesiączkowego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>Wysokie ciśnienie krwi i leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>Jeśli masz wysokie ciśnienie krwi albo przyjmujesz leki na ciśnienie, porozmawiaj z lekarzem, zanim zaczniesz tę praktykę. Uniesienie nóg może obniżyć ciśnienie krwi i tętno; w połączeniu z lekami ciśnienie może spaść za bardzo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>Viparita może prosić cię o pomiar w trakcie sesji, a także przed nią i po niej: zaznacz „Przyjmuję leki na ciśnienie” w Ustawieniach, w sekcji Zdrowie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>Jeśli robi ci się słabo albo ciśnienie spada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>Zegnij kolana.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>Przetocz się na bok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>Zostań tak, oddychając spokojnie, aż poczujesz się stabilnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>Dopiero wtedy powoli usiądź.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>Wyjdź z każdej pozycji, która boli lub nadmiernie obciąża: praktyka ma pozostać wygodna. Jeśli robi ci się słabo więcej niż raz, powiedz o tym lekarzowi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>Co robi Viparita, a czego nie robi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>Viparita prowadzi praktykę i przechowuje twoje pomiary. Informuje; nie stawia diagnozy i nie doradza w sprawie leków. Pokazywane kategorie ciśnienia krwi pochodzą z opublikowanych wytycznych, aby można je było przejrzeć razem z lekarzem. Nigdy nie zaczynaj, nie odstawiaj ani nie zmieniaj leku z powodu tego, co tu widzisz: zapytaj lekarza.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>Czas pozostały w tym kroku</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>Ciśnieniomierz nie chce wysłać pomiarów: najpierw sparuj go w systemowych ustawieniach Bluetooth (kodem, który wyświetla), potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>Bluetooth jest niedostępny: BlueZ, systemowa usługa Bluetooth, nie działa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>Bluetooth jest niedostępny: ten komputer nie ma adaptera Bluetooth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>Bluetooth jest wyłączony. Włącz go w systemowych ustawieniach Bluetooth, potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>Wyszukiwanie ciśnieniomierzy nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>W ciągu %n sekundy nie pojawił się żaden ciśnieniomierz. Naciśnij na ciśnieniomierzu przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
            <numerusform>W ciągu %n sekund nie pojawił się żaden ciśnieniomierz. Naciśnij na ciśnieniomierzu przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
            <numerusform>W ciągu %n sekund nie pojawił się żaden ciśnieniomierz. Naciśnij na ciśnieniomierzu przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Ciśnieniomierz %1 nie pojawił się w ciągu %n sekundy. Naciśnij jego przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
            <numerusform>Ciśnieniomierz %1 nie pojawił się w ciągu %n sekund. Naciśnij jego przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
            <numerusform>Ciśnieniomierz %1 nie pojawił się w ciągu %n sekund. Naciśnij jego przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>Nie udało się połączyć z ciśnieniomierzem: nie odpowiedział.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>Nie udało się połączyć z ciśnieniomierzem: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>%1 nie oferuje standardowej usługi Blood Pressure Service; może wymagać własnej aplikacji producenta.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>Usługa Blood Pressure Service ciśnieniomierza nie udostępnia pomiaru, który można odbierać.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>Nie udało się odczytać usługi Blood Pressure Service ciśnieniomierza (błąd %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>Urządzenie %1 rozłączyło się, zanim było gotowe. Naciśnij ponownie jego przycisk i trzymaj je w pobliżu.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>Ciśnieniomierz Bluetooth obsługujący standardową usługę Blood Pressure Service przesyła tu swoje pomiary: te z pamięci przy każdym połączeniu, a w trakcie sesji bieżący pomiar, który zostaje odczytany na głos. Naciśnij przycisk Bluetooth lub start na ciśnieniomierzu, aby stał się widoczny, a potem wyszukaj.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>Twój ciśnieniomierz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>&amp;Szukaj ciśnieniomierzy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>Znalezione urządzenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>&amp;Użyj tego ciśnieniomierza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>&amp;Zapomnij ten ciśnieniomierz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>Dowolny (z ciśnieniomierza korzysta jedna osoba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>Użytkownik </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>Mój &amp;numer użytkownika w ciśnieniomierzu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>Ciśnieniomierz, z którego korzysta kilka osób, ma osobną pamięć dla każdej z nich (użytkownik 1, użytkownik 2, ...). Wybierz swój numer: pomiary pozostałych osób nie są zapisywane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>Ciśnieniomierz, który prosi o kod parowania, najpierw sparuj w systemowych ustawieniach Bluetooth (kod jest wyświetlany na ciśnieniomierzu lub podany w jego instrukcji); potem wybierz go tutaj. Ciśnieniomierzy działających tylko z aplikacją producenta nie można używać.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>Ciśnieniomierz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>nie wybrano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>Twój ciśnieniomierz: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>Bluetooth jest niedostępny w tej instalacji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1: ciśnieniomierz (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1: to nie jest ciśnieniomierz (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>Nic nie znaleziono. Naciśnij przycisk na ciśnieniomierzu, aby stał się widoczny, trzymaj go w pobliżu i wyszukaj ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>Znaleziono %n urządzenie.</numerusform>
            <numerusform>Znaleziono %n urządzenia.</numerusform>
            <numerusform>Znaleziono %n urządzeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>Ciśnieniomierz: nie wybrano</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>Ciśnieniomierz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>Ciśnieniomierz: ostatni pomiar %1/%2 o %3; oczekiwanie na %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>Ciśnieniomierz: oczekiwanie na %1 (naciśnij jego przycisk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>Ciśnieniomierz: %1 połączony; ostatni pomiar %2/%3 o %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>Ciśnieniomierz: %1 połączony</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>Bluetooth jest niedostępny w tej instalacji</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>Bluetooth jest wyłączony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>brak Bluetooth w tym komputerze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>%1 trzeba najpierw sparować (systemowe ustawienia Bluetooth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>%1 nie oferuje standardowej usługi</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>Ten pomiar należał do użytkownika %1 ciśnieniomierza, nie do ciebie (użytkownik %2): nie został zapisany.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>Ciśnieniomierz nie mógł wykonać pomiaru: siedź nieruchomo i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>Zmień pomiar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>&amp;Godzina pomiaru</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Systolic (mmHg)</source>
        <translation>&amp;Skurczowe (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diastolic (mmHg)</source>
        <translation>&amp;Rozkurczowe (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (a minute)</source>
        <translation>&amp;Tętno (na minutę)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not noted</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>Lewe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Prawe ramię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>R&amp;amię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Na leżąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>&amp;Pozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Ciśnieniomierz wykrył nieregularne &amp;bicie serca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>przed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>w trakcie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>po</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>po wstaniu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>poza sesją</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>Zmień sesję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>Samopoczucie po sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>&amp;Samopoczucie po sesji:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;Pomiary z tej sesji:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>Pomiary z tej sesji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>&amp;Zmień pomiar…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1, %2: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>, tętno %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (zmieniony)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>Nie wykonano pomiarów.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>Podsumowanie, wykresy trendów i każdy pomiar: lekarz przeczyta to w minutę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>Jeden wiersz na pomiar, do arkusza kalkulacyjnego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>Jeden wiersz na sesję, z pomiarami przed nią i po niej oraz zmianą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>Obserwacje parametrów życiowych i informacje o lekach w formacie FHIR R4, dla systemu dokumentacji medycznej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>Jeden wiersz na każdą zmianę leku: rozpoczęcie, zmiana dawki, odstawienie, z datą i powodem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>prawe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>lewe ramię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>na leżąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>na stojąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>na siedząco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>Eksport dla lekarza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>Raport PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>Pomiary jako CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>Sesje jako CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>Leki jako CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>Twoje imię i nazwisko, tak jak zna je lekarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>Dołącz moje notatki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>Notatki mogą być osobiste: pomiń je, jeśli wolisz, żeby lekarz ich nie czytał.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Daty:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>Dru&amp;kuj raport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>Pierwsza data nie może być późniejsza niż ostatnia.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>Nie można odczytać dziennika: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>1 pomiar</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>pomiary: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>1 sesja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>sesje: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>Tydzień pomiarów domowych od %1: %2, na osobnej stronie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Nic nie zapisano w okresie od %1 do %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, %2 – %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>Strona 1 z %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>Nie można wyświetlić raportu: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>Nie udało się wydrukować raportu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>Raport wysłano do: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>Eksport nie został zapisany</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>Raport nie został wydrukowany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 Wybierz inny format lub okres, aby wyeksportować ponownie, albo zamknij okno.</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>Raport ciśnienia krwi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>Drukuj raport</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Wybrane daty</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Podgląd pierwszej strony raportu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… i więcej wierszy: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>&amp;Wytyczne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>Kategorie ciśnienia krwi, do których przypisywane są twoje pomiary.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>Przyjmuję &amp;leki na ciśnienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>Viparita prosi wtedy o pomiar w trakcie każdej sesji (w kroku wskazanym przez sekwencję albo w jej połowie) i po niej: praktyka może obniżyć ciśnienie krwi, a przy lekach nie może ono spaść za bardzo. To ustawienie zmienia się zgodnie z twoją listą na stronie Leki przy każdej jej zmianie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>&amp;Sprawdzaj ciśnienie po wstaniu po sesji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>Po pomiarach, które następują po sesji, wstań powoli i wykonaj pomiar po 1 minucie i po 3 minutach; minutnik powie ci, kiedy. Ciśnienie krwi, które spada po wstaniu, może wywołać zawroty głowy; leki zwiększają to ryzyko.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>Lewe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Prawe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>Zwykłe &amp;ramię:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>Na leżąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>Zwykła p&amp;ozycja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>Nowe pomiary zaczynają się od tych ustawień. Pomiar na tym samym ramieniu i w tej samej pozycji pozwala porównywać wyniki.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>Pomoc aplikacji Viparita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>W tej instalacji brakuje podręcznika użytkownika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>Dodaj pomiar ciśnienia krwi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>Praktyka, Historia, Trendy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>Eksport dla lekarza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Drukuj raport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>Importuj pomiary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>Pełny ekran: włączanie i wyłączanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>Ta pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>Zakończ (w trakcie sesji najpierw pyta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>W trakcie sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>Pauza i wznowienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Strzałka w prawo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Strzałka w lewo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Poprzedni krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>Jeszcze 30 sekund w tym kroku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>Wykonaj pomiar teraz</translation>
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
        <translation>Zatrzymaj sesję (najpierw pyta); ponowne Esc wznawia</translation>
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
        <translation>Zatrzymaj, gdy pojawi się pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>Okna pomiarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>Skurczowe, rozkurczowe, tętno, następny pomiar, potem ramię i pozycja, potem przyciski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>Zapisz (przed sesją: zapisz i zacznij)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>Anuluj; przed sesją: sesja się nie zacznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>Zmień zaznaczoną sesję lub pomiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Klawisz menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>To samo w menu</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>Pomiar przed sesją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>Pomiar w trakcie sesji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>Pomiar po sesji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>Pomiar po wstaniu po sesji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (zatrzymana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (przerwana)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>Ciśnienie krwi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>, tętno %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>nie porównano</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>Sesje i pomiary poza sesjami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>Pomiary poza sesjami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>Wszystkie pomiary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>Pomiary przed sesjami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>Pomiary w trakcie sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>Pomiary po sesjach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>Pomiary po wstaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>Dodaj pomiar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>Sesje i pomiary</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>Ciężkie nadciśnienie tętnicze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>Sesja nie została usunięta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>Usunięto sesję z dnia %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>Usunięto sesję z dnia %1 wraz z jej pomiarem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>Usunięto sesję z dnia %1 wraz z jej pomiarami (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>Usunięto pomiar z dnia %1 (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>Pomiar nie został usunięty</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>Sesja nie została przywrócona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>Pomiar nie został przywrócony</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>Nie udało się odczytać sesji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>Sesja nie została zmieniona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>Jeden z pomiarów nie został zmieniony</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>Pomiar nie został zmieniony</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 na każdą stronę</translation>
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
        <translation>Sekwencje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>Dodaj pomiar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>Pomiar ciśnienia krwi poza sesją (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>Zmierz &amp;ciśnienie krwi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>Z prowadzeniem: pięć minut spokojnego odpoczynku, potem dwa pomiary w odstępie minuty, zapisane jako jedna seria pomiarów</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>O sekwencji</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>jak w sekwencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>Własne (z ustawień)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>Oddech</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>wydłużaj w trakcie sesji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>Dziennik jest niedostępny: sesje nie zostaną zapisane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>Nie udało się odczytać dziennika.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>Ostatnia sesja: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>Przed %1, po %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>Ostatnia praktyka: dziś lub wczoraj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>Dni praktyki z rzędu: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>Nie ma jeszcze ukończonych sesji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>Brak sekwencji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>Umieść pliki sekwencji w folderze sequences w folderze danych aplikacji Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>Nie udało się wczytać tego pliku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>Popraw plik i uruchom ponownie aplikację Viparita; polecenie „viparita-cli validate FILE” go sprawdzi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 z obiema stronami)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>Potrzebne będą: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>&amp;Data (lub data i godzina):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Godzina:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Systolic:</source>
        <translation>&amp;Skurczowe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iastolic:</source>
        <translation>&amp;Rozkurczowe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Tętno:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>Nieregularne &amp;bicie serca:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>Która kolumna co zawiera</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>Zapis dat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>Najpierw rok (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>Czas uniksowy w sekundach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>Czas uniksowy w milisekundach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>Jak zapisano daty: d to dzień, M miesiąc (MMM jego nazwa), yyyy lub yy rok. Godzina po dacie albo w osobnej kolumnie jest odczytywana w postaci 7:30, 07:30:15 lub 7:30 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>&amp;Format daty:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>wybierz kolumnę z datą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>wybierz kolumny z wartościami skurczowymi i rozkurczowymi</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>Importuj pomiary</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>Nie wybrano pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>Jak odczytać plik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>Eksport z aplikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>Inna aplikacja (kolumny poniżej)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>&amp;Eksport z aplikacji:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>Kodowanie tekstu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>Separator pól</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>Przecinki ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>Średniki ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>Tabulatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>&amp;Separator pól:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>Nagłówek w wierszu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>&amp;Nagłówek w wierszu:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>Odczytywanie pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>&amp;Przerwij odczytywanie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>Pierwsze wiersze tak, jak zostaną odczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>Wiersze, których nie można odczytać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>P&amp;omiń błędne wiersze i zaimportuj pozostałe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>Pierwsze wiersze tak, jak zostaną odczytane:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>Pomiary (*.csv *.txt *.tsv *.zip *.xml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>Plik %1 jest za duży, aby był tabelą pomiarów (%2 MB; najwyżej 64 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>Plik %1 nie jest plikiem z pomiarami; wygląda to na: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>Plik z pomiarami wyeksportowany z aplikacji Viparita: wszystkie kolumny są znane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>Tabela z innej aplikacji. Kolumny odgadnięto na podstawie nagłówka: sprawdź wiersze poniżej i popraw to, co jest odczytywane błędnie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>Rozpoznano eksport z %1. Sprawdź wiersze poniżej i popraw to, co jest odczytywane błędnie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>Plik nie jest w kodowaniu UTF-8: jest odczytywany jako Windows-1252. Sprawdź litery ze znakami diakrytycznymi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>Nie można odczytać pliku w obecnej postaci: %1. Wybierz format daty lub kolumny powyżej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>Daty: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>Eksport z Apple Health: odczytywanie ciśnienia krwi. Duży eksport wymaga czasu; nic nie zostanie zaimportowane, dopóki nie wybierzesz Importuj.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>Odczytywanie %1 zostało przerwane: nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Nie można odczytać %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>Eksport z Apple Health: pomiary ciśnienia krwi, każdy z tętnem zapisanym przez tę samą aplikację w tej samej chwili.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>Nieregularne bicie serca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(pominięto: samo tętno lub nie jest to wiersz z pomiarami)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>Nie można odczytać pliku w ten sposób: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n wiersz — do zaimportowania: %1, błędne: %2.</numerusform>
            <numerusform>%n wiersze — do zaimportowania: %1, błędne: %2.</numerusform>
            <numerusform>%n wierszy — do zaimportowania: %1, błędne: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n wiersz zawiera tylko tętno: zostaje pominięty.</numerusform>
            <numerusform>%n wiersze zawierają tylko tętno: zostają pominięte.</numerusform>
            <numerusform>%n wierszy zawiera tylko tętno: zostają pominięte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>Już w dzienniku, zostaną pominięte: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>Nic nie zostanie zaimportowane, dopóki jakiś wiersz jest błędny, chyba że pominiesz błędne wiersze.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>Plik nie zawiera pomiarów do zaimportowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>Pomiary nie zostały zaimportowane: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>Zaimportowano z %2 (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 pomiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>pomiary: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>Pominięto pomiary, które już były w dzienniku: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>Pominięto 1 błędny wiersz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>Pominięto błędne wiersze: %1.</translation>
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
            <numerusform>Zapisano %n nowy pomiar z ciśnieniomierza.</numerusform>
            <numerusform>Zapisano %n nowe pomiary z ciśnieniomierza.</numerusform>
            <numerusform>Zapisano %n nowych pomiarów z ciśnieniomierza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>Zapisano %n nowy pomiar z ciśnieniomierza; już w dzienniku: %1.</numerusform>
            <numerusform>Zapisano %n nowe pomiary z ciśnieniomierza; już w dzienniku: %1.</numerusform>
            <numerusform>Zapisano %n nowych pomiarów z ciśnieniomierza; już w dzienniku: %1.</numerusform>
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
        <translation>Przypomnienia: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>Prakty&amp;ka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>&amp;Trendy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>Tydzień pomiarów &amp;domowych</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>Dodaj &amp;pomiar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>&amp;Eksport dla lekarza…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>&amp;Drukuj raport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>&amp;Importuj pomiary…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>Motyw &amp;nocny</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>Ś&amp;rodki ostrożności: kto nie powinien ćwiczyć…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;O aplikacji Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>Żadna praktyka się nie zacznie, dopóki nie przeczytasz środków ostrożności: przycisk Rozpocznij pokaże je ponownie.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>Pomiar nie został zapisany</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>O aplikacji Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;Prowadzona praktyka z nogami na ścianie i dziennik ciśnienia krwi.&lt;/p&gt;&lt;p&gt;Viparita informuje; nie stawia diagnozy i nie doradza w sprawie leków. Porozmawiaj z lekarzem o swoim ciśnieniu krwi.&lt;/p&gt;&lt;p&gt;Udostępniono na licencji MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>Zostało: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>Włącz teraz ciśnieniomierz i nie ruszaj się.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>Włącz ponownie ciśnieniomierz i nie ruszaj się.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>Pięć minut. Włącz teraz ciśnieniomierz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>Minuta. Włącz ponownie ciśnieniomierz.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>Seria pomiarów zakończyła się bez żadnego pomiaru: nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>Dziennik nie jest otwarty: pomiary nie zostały zapisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>Pomiary nie zostały zapisane: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>Zapisano jeden pomiar: %1. Drugi, minutę później, utworzy serię pomiarów, z której może skorzystać lekarz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>Zapisano serię pomiarów: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>&amp;Rano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>W &amp;południe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>Wi&amp;eczorem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>Przed &amp;snem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>Zmień dawkę leku %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>Odstaw lek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>Rozpocznij ponownie lek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>Zmień opis leku %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>tak jak na opakowaniu, np. Amlodypina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>np. 5 mg albo 1 tabletka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>Ilość i jednostka: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>obecnie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>Nowa &amp;dawka:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dawka:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>Data ro&amp;zpoczęcia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>Data &amp;odstawienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>Przyjmowany rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>Przyjmowany w południe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>Przyjmowany wieczorem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>Przyjmowany przed snem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>Pora przyjmowania:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>Przyjmowany na &amp;ciśnienie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>opcjonalnie, np. z zalecenia lekarza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>Po&amp;wód:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>podaj ilość i jednostkę, np. 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>&apos;%1&apos; to nie jest ilość z jednostką, np. 5 mg lub 1 tabletka</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>dziennik nie jest otwarty</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>Rozpoczęto, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>Zmiana dawki na %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Odstawiono</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>Leki, które przyjmujesz, i każda zmiana dawki wraz z datą, do raportu dla lekarza i wykresów trendów. Viparita prowadzi listę; nigdy nie doradza w sprawie leków.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>Leki i ich zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>Obecna dawka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>Pora przyjmowania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>Nie ma jeszcze żadnych leków. Dodaj każdy, który przyjmujesz, z datą rozpoczęcia: raport pokaże wtedy obok niego twoje ciśnienie krwi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;Dodaj lek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>Nazwa, pory dnia, czy lek jest na ciśnienie (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>&amp;Zmień dawkę…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Odstaw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>&amp;Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>Usunąć %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>Usunąć %1 wraz z całą historią przyjmowania? Rób to tylko w przypadku leku wpisanego przez pomyłkę; lek, którego już nie przyjmujesz, należy zamiast tego odstawić.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(nie na ciśnienie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>odstawiony %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1, obecnie %2, od %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1, odstawiony</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>Rozpocznij &amp;ponownie…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s wdech, %2 s wydech</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>Własne tempo sekwencji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 oddechów na minutę (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 oddechów na minutę (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>Łagodne (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>Klawisz: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · prawa strona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · lewa strona</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Strzałka w lewo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Strzałka w prawo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
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
        <translation>Zatrzymać sesję? To, co już zostało zrobione, zostanie zachowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>Ułóż się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>Usiądź bokiem przy ścianie, potem połóż się i ułóż wygodnie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>Zmień stronę na lewą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Ostatni krok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>Zostało: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>Sesja się zakończyła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>Sesja została zatrzymana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>Przetocz się na bok, zostań tak przez kilka oddechów, potem powoli usiądź.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Zatrzymana</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>Ilustracja pozycji</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;Zanim zaczniesz&lt;/b&gt;&lt;br&gt;Posiedź pięć minut z podpartymi plecami i stopami płasko na podłodze, potem wykonaj dwa pomiary w odstępie minuty lub dwóch, na ramieniu, na którym zwykle mierzysz. Możesz też to pominąć i zacząć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;Pomiar w trakcie praktyki&lt;/b&gt;&lt;br&gt;Sesja jest wstrzymana. Zmierz ciśnienie, leżąc tak, jak leżysz; sesja wznowi się, gdy skończysz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;Po praktyce&lt;/b&gt;&lt;br&gt;Przetocz się na bok i powoli usiądź. Odpocznij kilka minut na siedząco, potem wykonaj pomiary na siedząco, na tym samym ramieniu co wcześniej, aby można je było porównać z pomiarami sprzed sesji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;Włącz teraz ciśnieniomierz&lt;/b&gt;&lt;br&gt;Nie ruszaj się, trzymaj rękę opartą na wysokości serca i nie mów w trakcie pomiaru. Potem wpisz wynik z wyświetlacza albo pozwól, by ciśnieniomierz go przesłał.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;Pomiar ciśnienia krwi&lt;/b&gt;&lt;br&gt;Posiedź pięć minut z podpartymi plecami, potem wykonaj dwa pomiary w odstępie minuty lub dwóch; liczą się jako jedna seria pomiarów.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>Ciśnienie krwi przed sesją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>Ciśnienie krwi po sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>Ciśnienie krwi w trakcie sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>Twój pomiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>Dodaj pomiar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Systolic</source>
        <translation>Skurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Rozkurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>Lewe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Prawe ramię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arm:</source>
        <translation>&amp;Ramię:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Ramię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Na leżąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>&amp;Pozycja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>Dodaj &amp;kolejny pomiar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;Godzina pomiaru:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>Opcjonalnie: aktywność lub samopoczucie przed pomiarem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Ciśnieniomierz wykrył nieregularne &amp;bicie serca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>Wykonaj pomiar &amp;ciśnieniomierzem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>Czeka na pomiar z ciśnieniomierza i wpisuje go w następnym pustym wierszu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Ciśnienie w mankiecie: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Czuję &amp;osłabienie lub zawroty głowy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Zapisz i zacznij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>Po&amp;miń i zacznij</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>Zakończ &amp;serię pomiarów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>Pomiar %1 z %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;Włącz ponownie ciśnieniomierz&lt;/b&gt;&lt;br&gt;Zostań tak, jak jesteś, z ręką opartą na wysokości serca; nie mów w trakcie pomiaru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>Oczekiwanie na %1: naciśnij jego przycisk start.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>Pomiar %1 z ciśnieniomierza: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>, tętno %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>Pomiar %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>Jeden pomiar: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>Średnia z %1 pomiarów: %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · zmiana względem wartości sprzed sesji: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>Zamknij bez s&amp;tartu</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingEntryRow</name>
    <message>
        <location filename="../src/app/readings/reading_entry_row.cpp" line="+61"/>
        <source>Systolic</source>
        <translation>Skurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Rozkurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>Pole %1 przyjmuje najwyżej trzy cyfry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>Pole %1 przyjmuje tylko cyfry od 0 do 9: pominięto „%2”. Sprawdź liczbę.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>Wpisz wartość skurczową i rozkurczową.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>Dodaj pomiary i zakończ sesję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>Oznacz jako zatrzymaną</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>Sesja %1 z dnia %2 została przerwana. Możesz dodać pomiary po niej i ją zakończyć albo zachować ją jako zatrzymaną.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>Nie udało się usunąć %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>Przypomnienia aplikacji Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>Przypomnienia o praktyce i pomiarach w formie powiadomień</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>Nie udało się uruchomić %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>Przypominaj mi o &amp;praktyce</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>W dni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>Dni praktyki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>O godzinie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>Godzina praktyki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>Przypominaj mi o pomiarach w &amp;tygodniu pomiarów domowych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>&amp;Rano o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>&amp;Wieczorem o:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>Przypomnienia pojawiają się jako powiadomienia systemowe z przyciskami Rozpocznij i Później, także gdy Viparita jest zamknięta: po zalogowaniu uruchamia się mały program pomocniczy, który czeka do następnego przypomnienia. Wyłączenie obu rodzajów przypomnień go usuwa. O porach pomiarów przypomina się tylko przez siedem dni rozpoczętego tygodnia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>Twoje imię i nazwisko, tak jak zna je lekarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;Imię i nazwisko w raportach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>Drukowane na górze raportów eksportowanych dla lekarza. Zostaw puste, aby je pominąć.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
</context>
<context>
    <name>viparita::app::SafetyPauseDialog</name>
    <message>
        <location filename="../src/app/session/safety_pause_dialog.cpp" line="+16"/>
        <source>The session is paused</source>
        <translation>Sesja jest wstrzymana</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>Co teraz zrobić</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>Sesja czeka. Kontynuuj dopiero wtedy, gdy poczujesz się stabilnie; albo zakończ ją tutaj.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;Kontynuuj, gdy poczujesz się na siłach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>&amp;Zakończ sesję</translation>
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
        <translation>1 krok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>kroki: %1</translation>
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
Nie udało się wczytać</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1, prawa strona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1, lewa strona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>Ułóż się przy ścianie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>Zmień stronę na lewą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>Powoli zmień stronę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>Jeszcze dziesięć sekund. Dalej: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Jeszcze dziesięć sekund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>Połowa za tobą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>Sesja dobiegła końca. Zegnij kolana, przetocz się na bok i odpocznij chwilę, zanim powoli usiądziesz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>Czas na pomiar ciśnienia krwi. Sesja jest wstrzymana.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>Trwa sesja z prowadzeniem</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>Pomiar z ciśnieniomierza zapisany z tą sesją: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>Nie znaleziono wyjścia dźwięku: ta sesja będzie cicha. Śledź ją z otwartymi oczami albo podłącz głośniki lub słuchawki (w Ustawieniach &gt; Dźwięk i głos jest test).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>Żaden głos nie mówi tu w języku: %1. Wskazówki są wyświetlane, a nie wypowiadane. Głosy w innych językach zapewniają speech-dispatcher i espeak-ng (pakiet Debiana speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>Brak dostępnego głosu: wskazówki są wyświetlane, a nie czytane na głos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>Brak dostępnego głosu: wskazówki są wyświetlane i sygnalizowane dźwiękiem, a nie czytane na głos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>Nie znaleziono wyjścia dźwięku dla sygnałów: prowadzić cię będzie tylko głos.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>Zostało: %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>Jeszcze 30 sekund w tym kroku.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>Sesja zakończona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>Sesja zatrzymana</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>&amp;Dopasuj każdą sesję do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Długość sesji w minutach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>Długość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>W przeciwnym razie każda sekwencja trwa tyle, ile przewiduje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Własne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>&amp;Tempo oddechu:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;Wdech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>potem &amp;zatrzymanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>W&amp;ydech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>potem zatrzy&amp;manie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>Zatrzymanie po wdechu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Zatrzymanie po wydechu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>&amp;Stopniowo wydłużaj wdech i wydech o sekundę w trakcie sesji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>Oddychaj przez nos, powoli i pełnym oddechem. Zwykle celem jest około sześciu oddechów na minutę; z tygodniami oddechy stają się dłuższe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>Jeden oddech może trwać najwyżej %1 s: skróć oddech lub zatrzymanie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>Każdy krok ma tempo oddechu podane przez jego sekwencję.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>Na początku około %1 oddechów na minutę, pod koniec około %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>Około %1 oddechów na minutę.</translation>
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
        <translation>Viparita: ustawienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>Pokazuje wartości domyślne; zostaną zachowane dopiero po naciśnięciu OK.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>To jest głos twojej praktyki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>Odtworzono sygnał i odezwał się głos. Jeśli nic nie było słychać, sprawdź głośność tego komputera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>Odtworzono sygnał, ale brak głosu: wskazówki będą wyświetlane i sygnalizowane dźwiękiem, a nie czytane na głos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>Głos się odezwał, ale nie znaleziono wyjścia dźwięku dla sygnałów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>Nie znaleziono wyjścia dźwięku ani głosu: sesje będą ciche. Nie zamykaj oczu albo podłącz głośniki lub słuchawki.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>Bardzo wysokie ciśnienie krwi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>Objawy alarmowe: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>Mam &amp;teraz jeden z tych objawów alarmowych</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>Odpocznij %1 min, potem zmierz ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>Zmierz ponownie teraz</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>Bardzo wysokie ciśnienie krwi: zakończ praktykę na dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Łagodnie wyjdź z pozycji: zegnij kolana, przetocz się na bok i powoli usiądź. Odpoczywaj spokojnie na siedząco przez %1 min, potem zmierz ciśnienie ponownie. Twój pomiar został zachowany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>Bardzo wysokie ciśnienie krwi: nie zaczynaj teraz praktyki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Posiedź spokojnie przez %1 min z podpartymi plecami i stopami płasko na podłodze, potem zmierz ciśnienie ponownie. Twój pomiar został zachowany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>Nadal bardzo wysokie po odpoczynku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>Nie zaczynaj dziś praktyki. Twoje pomiary zostały zachowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>Odpoczywaj spokojnie: zostało %1. Potem zmierz ciśnienie ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>Odpoczynek się skończył: zmierz teraz ciśnienie ponownie i wpisz nowy pomiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Zmierz ponownie</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;Sygnały przy każdym kroku i stronie, dzwonek na końcu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>&amp;Głos: nazwy kroków i wskazówki czytane na głos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>&amp;Dźwięki oddechu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>Z &amp;zamkniętymi oczami</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>Wznoszą się przy wdechu, opadają przy wydechu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>Zapowiada też następny krok i moment, gdy zostaje dziesięć sekund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>Z zamkniętymi oczami słyszysz każdą zmianę: pozostaw włączone sygnały lub głos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Poziom głośności:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>&amp;Test: sygnał i głos</translation>
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
        <translation>Dźwięk i głos</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>Ciśnienie krwi po wstaniu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;Wstawanie po praktyce&lt;/b&gt;&lt;br&gt;Nie zdejmuj mankietu. Wstań powoli obok czegoś stabilnego, czego możesz się przytrzymać. Stój nieruchomo, z ręką opartą na wysokości serca. Włącz minutnik, gdy już staniesz: powie ci, kiedy zmierzyć ciśnienie, po %1 min i po %2 min. Jeśli masz zawroty głowy, od razu usiądź lub się połóż.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>&amp;Stoję: włącz minutnik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systolic</source>
        <translation>Skurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Rozkurczowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>Po %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>Po %1 min</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>Ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Lewe ramię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Prawe ramię</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>W porównaniu z ostatnim pomiarem na leżąco lub na siedząco: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>Brak pomiaru na leżąco lub na siedząco do porównania; skurczowe poniżej 90 i tak zostanie oznaczone.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Czuję &amp;osłabienie lub zawroty głowy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>Po&amp;miń sprawdzenie po wstaniu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>&amp;Włącz minutnik ponownie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>Minuta. Wykonaj teraz pierwszy pomiar na stojąco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>Trzy minuty. Wykonaj teraz drugi pomiar na stojąco.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>Czas na stojąco: %1. Pierwszy pomiar za %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>Zmierz teraz: pomiar po %1 min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>Czas na stojąco: %1. Drugi pomiar za %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>Zmierz teraz: pomiar po %1 min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>Oba pomiary są wpisane: zapisz je, potem usiądź i odpocznij.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>Wpisz pomiary i zapisz je; potem usiądź.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>Postęp sesji</translation>
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
        <translation>, tętno %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>Twoja sesja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1: zatrzymano przed końcem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1: ukończono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>Czas praktyki: %1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>Wykonane kroki: %1 z %2; pominięte: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>Przed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>Przed: brak pomiaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Po: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>Po: brak pomiaru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>Zmiana: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>Zmiana: nie porównano, ponieważ pomiary przed sesją i po niej wykonano w różnych pozycjach.</translation>
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
        <translation>W trakcie: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>, potem </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>Po wstaniu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>Twoje ciśnienie krwi spadło po wstaniu: wstawaj dziś powoli i powiedz o tym lekarzowi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>Jak się teraz czujesz?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>Jak przebiegła praktyka, co warto zapamiętać</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>&amp;Odrzuć tę sesję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>Sesja i jej pomiary nie trafią do historii, trendów ani eksportów.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · gorzej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · trochę gorzej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · tak samo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · lepiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · dużo lepiej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>Notatka: maksymalna liczba znaków to %1 (ta ma ich %2). Skróć ją, aby zapisać sesję.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n punkt, pierwszy %2, ostatni %3, najniższy %4, najwyższy %5</numerusform>
            <numerusform>%1: %n punkty, pierwszy %2, ostatni %3, najniższy %4, najwyższy %5</numerusform>
            <numerusform>%1: %n punktów, pierwszy %2, ostatni %3, najniższy %4, najwyższy %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>Brak danych w tym okresie.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>jeszcze nieznane</translation>
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
            <numerusform>W %n sesji twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (95% CI: od %1 do %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>Od…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>Pierwszy pokazany dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Ostatni pokazany dzień</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>Wykres: skurczowe przed każdą sesją i po niej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>Wykres: rozkurczowe przed każdą sesją i po niej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>Wykres: zmiana w każdej sesji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>Wykres: tętno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>Pokaż dane w tabeli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>Pokaż dane w tabeli: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>Nie można wyświetlić wykresów: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>Podsumowanie i wykresy</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Żadna sesja nie ma jeszcze pomiarów zarówno przed, jak i po, więc nie ma zmiany do pokazania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> Ciśnienie skurczowe spadło w tej sesji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> Ciśnienie skurczowe nie spadło w tej sesji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> Ciśnienie skurczowe spadło w %1 z %2 sesji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> Jeszcze niemiarodajne: sesji z pomiarami przed i po jest mniej niż %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>Średnia domowa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>1 seria pomiarów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>serie pomiarów: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>Rano: %1 (%2).
Wieczorem: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>Przed sesjami ciśnienie skurczowe zmieniało się o %1 mmHg na 30 dni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>, na podstawie 1 serii pomiarów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>, na podstawie %1 serii pomiarów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>Trend przed sesjami wymaga serii pomiarów z różnych dni.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>Wykonano, %1 z %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>Wykonano, pomiary: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>Teraz, %1 z %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>Pominięto, %1 z %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>Do wykonania</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>Tydzień pomiarów domowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>Przez siedem dni mierz ciśnienie tak, jak zalecają lekarze: każdego ranka (przed lekami) i każdego wieczoru usiądź na pięć minut z podpartymi plecami, potem wykonaj dwa pomiary w odstępie minuty. Pierwszy dzień jest pomijany; lekarz korzysta ze średniej z pozostałych sześciu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>Przed wizytą u lekarza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>Po zmianie leków</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>Aby sprawdzić, jak jest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>Po&amp;wód:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>&amp;Rozpocznij tydzień</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>Pory pomiarów w tym tygodniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Wieczorem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>&amp;Zmierz teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>Rap&amp;ort tygodnia dla lekarza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>Z&amp;apomnij ten tydzień…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>&amp;Twoje tygodnie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>Twoje tygodnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>Średnia, dni od 2 do 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>Nie rozpoczęto jeszcze żadnego tygodnia. Wybierz jego pierwszy dzień i rozpocznij: strona będzie potem śledzić każdy ranek i wieczór przez siedem dni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>Tydzień od %1 do %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>Dotąd pominięto %n porę pomiaru.</numerusform>
            <numerusform>Dotąd pominięto %n pory pomiaru.</numerusform>
            <numerusform>Dotąd pominięto %n pór pomiaru.</numerusform>
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
        <translation>Dzień %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>wieczorem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>rano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>Pierwszy dzień nie wchodzi do średniej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>Tydzień jeszcze się nie zaczął.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>Na razie: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>na razie za mało</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>Zapomnieć ten tydzień?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>Zapomnieć tydzień od %1? Jego pomiary pozostaną w dzienniku.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Zapisz kopię dziennika do pliku FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>Kopia do zapisania (plik nie może jeszcze istnieć).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>podaj jeden plik FILE</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>Zapisano kopię zapasową dziennika %1 w pliku %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>Zastąp dziennik kopią zapasową (bieżący dziennik zostaje zachowany jako kopia zapasowa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>Kopia zapasowa do przywrócenia.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>Przywrócono dziennik %1 z kopii %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>Przywrócono dziennik %1 z kopii %2. Dziennik w poprzednim stanie zachowano w %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>Zapisuj komunikaty diagnostyczne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>Użyj dziennika z lokalizacji PATH (domyślnie: $VIPARITA_DATABASE, a jeśli nie jest ustawiona, dziennik z folderu danych).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: to nie jest prawidłowy tekst UTF-8 (podaj go w UTF-8); nic nie zrobiono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: wartość nie może być pusta; nic nie zrobiono</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: wartość jest za długa jak na ścieżkę (%n bajt; najwyżej %2); nic nie zrobiono</numerusform>
            <numerusform>%1: wartość jest za długa jak na ścieżkę (%n bajty; najwyżej %2); nic nie zrobiono</numerusform>
            <numerusform>%1: wartość jest za długa jak na ścieżkę (%n bajtów; najwyżej %2); nic nie zrobiono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: wartość jest za długa (%n znak; najwyżej %2); nic nie zrobiono</numerusform>
            <numerusform>%1: wartość jest za długa (%n znaki; najwyżej %2); nic nie zrobiono</numerusform>
            <numerusform>%1: wartość jest za długa (%n znaków; najwyżej %2); nic nie zrobiono</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>Twoje leki i ich zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>Podpolecenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Użycie: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita w wierszu poleceń: sekwencje, plany i dziennik ciśnienia krwi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
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
        <translation>Uruchom &apos;%1 COMMAND --help&apos;, aby zobaczyć opcje polecenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>Kod wyjścia: 0 – powodzenie, 1 – odrzucone dane, 2 – błąd użycia, 3 – błąd pliku lub zapisu danych.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Użycie: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>Uruchom &apos;%1 %2 SUB-COMMAND --help&apos;, aby zobaczyć opcje podpolecenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>Podpolecenia:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>nieznane polecenie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>nieznane polecenie &apos;%1&apos;. Czy chodziło o &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Pokaż wersję.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>Polecenie do uruchomienia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>nie podano polecenia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>które? Podaj podpolecenie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>Uruchom &apos;%1 --help&apos;, aby zobaczyć listę poleceń.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>&apos;%1&apos;: liczba ujemna nie jest tu przyjmowana (%2)</translation>
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
        <translation>Uruchom &apos;%1 %2 --help&apos;, aby zobaczyć opcje tego polecenia.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--seconds musi być liczbą całkowitą od 1 do 3600, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>Ciśnieniomierze Bluetooth są niedostępne: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>Wyświetl urządzenia Bluetooth w zasięgu i wskaż, które z nich to ciśnieniomierze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>Jak długo szukać (domyślnie 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>Wypisz urządzenia jako tablicę JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>nie przyjmuje argumentów</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>Brak urządzeń Bluetooth w zasięgu. Naciśnij na ciśnieniomierzu przycisk start lub Bluetooth, aby stał się widoczny, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>ciśnieniomierz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>inne urządzenie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>Połącz się z ciśnieniomierzem Bluetooth i zapisz przesłane przez niego pomiary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>Adres ciśnieniomierza (z &apos;cuff scan&apos;); domyślnie pierwszy ciśnieniomierz, który stanie się widoczny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>Jak długo czekać na ciśnieniomierz i jego pomiary (domyślnie 60); kończy się wcześniej, gdy ciśnieniomierz sam się wyłączy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>Którym użytkownikiem ciśnieniomierza jesteś (od 1 do 254): pomiary pozostałych użytkowników nie są zapisywane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>Wypisz pomiary; niczego nie zapisuj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>Wypisz odebrane dane jako JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--device musi być adresem, np. C0:FF:EE:00:18:10, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--user musi być liczbą całkowitą od 1 do 254, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>Odrzucono rekord, który nie jest pomiarem: %1 (bajty: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>Ciśnieniomierz nie mógł wykonać pomiaru (%1): spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>tętno %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>nieregularne tętno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>użytkownik ciśnieniomierza %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>nowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>już w dzienniku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>nie zapisano (tryb próbny)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>nie zapisano: inny użytkownik ciśnieniomierza</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>odczytano pomimo odstępstw ciśnieniomierza od standardu: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>ciśnienie w mankiecie %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>zegar ciśnieniomierza ustawiono według zegara tego komputera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>ciśnieniomierz ma własny zegar (nie przyjmuje ustawienia czasu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>Połączono z %1; oczekiwanie na pomiary.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>W ciągu %1 s nie pojawił się żaden ciśnieniomierz. Naciśnij na ciśnieniomierzu przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>Ciśnieniomierz %1 nie pojawił się w ciągu %2 s. Naciśnij jego przycisk start lub Bluetooth, aby stał się widoczny, i trzymaj go w pobliżu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Ciśnieniomierz nie przesłał żadnych pomiarów w ciągu %1 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>Tryb próbny, nic nie zapisano: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n pomiar dla ciebie</numerusform>
            <numerusform>%n pomiary dla ciebie</numerusform>
            <numerusform>%n pomiarów dla ciebie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucony</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n nieudany pomiar</numerusform>
            <numerusform>%n nieudane pomiary</numerusform>
            <numerusform>%n nieudanych pomiarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>Nowe: %1, już w dzienniku: %2, odrzucone: %3, nieudane pomiary: %n.</numerusform>
            <numerusform>Nowe: %1, już w dzienniku: %2, odrzucone: %3, nieudane pomiary: %n.</numerusform>
            <numerusform>Nowe: %1, już w dzienniku: %2, odrzucone: %3, nieudane pomiary: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>Eksportuj pomiary lub sesje: CSV, raport PDF albo FHIR R4 dla systemu lekarza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (jeden wiersz na pomiar, domyślnie), sessions-csv (jeden wiersz na sesję), pdf (raport dla lekarza), fhir (pakiet FHIR R4 Bundle: obserwacje parametrów życiowych i informacje o lekach) lub medication-csv (jeden wiersz na zmianę leku).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>Plik do zapisania; &apos;-&apos; oznacza standardowe wyjście.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Pomiń notatki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>Imię i nazwisko osoby (PDF: w nagłówku; FHIR: zasób Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>Tylko siedem dni tygodnia pomiarów domowych; z --format pdf jednostronicowy raport tygodnia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: musi mieć wartość csv, sessions-csv, pdf, fhir lub medication-csv, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>opcja --output FILE jest wymagana (&apos;-&apos; oznacza standardowe wyjście)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: PDF jest plikiem binarnym; podaj plik w --output, a nie &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week określa okres: pomiń --from i --to</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: &apos;%1&apos; musi mieć postać KEY=COLUMN, gdzie KEY to jedno z: date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: kolumny są numerowane od 1, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>średnik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>przecinek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>znaczniki czasu, pokazane w czasie lokalnym</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>UTC, pokazane z przesunięciem z kolumny &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>czas na zegarze według przesunięcia lub strefy czasowej z kolumny &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>UTC, pokazane w czasie lokalnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>czas lokalny, chyba że godzina ma podane przesunięcie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>nieregularne bicie serca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>Plik %1 nie jest zakodowany w UTF-8; odczytano go jako Windows-1252 (sprawdź litery ze znakami diakrytycznymi)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n błędny wiersz; import nie zaimportowałby niczego (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
            <numerusform>%n błędne wiersze; import nie zaimportowałby niczego (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
            <numerusform>%n błędnych wierszy; import nie zaimportowałby niczego (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n błędny wiersz; nic nie zaimportowano (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
            <numerusform>%n błędne wiersze; nic nie zaimportowano (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
            <numerusform>%n błędnych wierszy; nic nie zaimportowano (użyj --skip-bad-rows, aby zaimportować pozostałe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>Zaimportowane: %1, już w dzienniku: %2, pominięto %n błędny wiersz</numerusform>
            <numerusform>Zaimportowane: %1, już w dzienniku: %2, pominięto %n błędne wiersze</numerusform>
            <numerusform>Zaimportowane: %1, już w dzienniku: %2, pominięto %n błędnych wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, pominięto %n wiersz z samym tętnem</numerusform>
            <numerusform>%1, pominięto %n wiersze z samym tętnem</numerusform>
            <numerusform>%1, pominięto %n wierszy z samym tętnem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>Tryb próbny, nic nie zapisano. %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>Importuj pomiary z pliku CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>Plik: własny plik CSV aplikacji Viparita, eksport CSV z innej aplikacji albo plik export.zip lub export.xml z Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>Pokaż, co wykryto, i pierwsze pomiary tak, jak zostaną odczytane, oraz policz je; niczego nie zapisuj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Zaimportuj poprawne wiersze, nawet jeśli niektóre są błędne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>Odczytaj plik jako eksport z tej aplikacji zamiast go rozpoznawać: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>Kolumny zamiast wykrytych: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL to nazwa z nagłówka lub numer od 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>Format daty (lub daty i godziny) zamiast wykrytego, np. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, albo unix / unix-ms dla czasu uniksowego.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: nie może być puste (pomiń tę opcję, aby format został wykryty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: musi zawierać dzień, miesiąc i rok (d, M i y, jak w dd.MM.yyyy) albo mieć wartość unix lub unix-ms, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: &apos;%1&apos; nie jest źródłem znanym aplikacji Viparita; dostępne źródła: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>przy rozmiarze %1 MB plik jest za duży jak na tabelę pomiarów (odczytywane jest najwyżej %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>to nie jest plik z pomiarami; wygląda to na: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>Źródło: tabela nieznanej aplikacji (kolumny odgadnięte na podstawie nagłówka)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>Źródło: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>Kodowanie: %1 (nie UTF-8, więc odgadnięte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>Kodowanie: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>Separator: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>Nagłówek: wiersz %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>Kolumny: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>Daty: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>Daty: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>Godziny: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>Pierwsze pomiary tak, jak zostaną odczytane:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>brak dziennika w lokalizacji %1 (niczego nie utworzono). Podaj ścieżkę istniejącego dziennika za pomocą --database albo najpierw dodaj pomiar lub sesję.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>Kategorie według &apos;aha2025&apos; (AHA/ACC 2025, domyślnie), &apos;esc2024&apos; (ESC 2024) lub &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; i &apos;esh&apos; to skróty pierwszej i ostatniej z tych wartości.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: musi mieć wartość aha2025, esc2024 lub esh2023, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 LAST to ostatnio rozpoczęty tydzień (&apos;viparita-cli week start&apos;); data (YYYY-MM-DD) to pierwszy dzień dowolnego tygodnia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: nie rozpoczęto żadnego tygodnia pomiarów domowych; rozpocznij go poleceniem &apos;viparita-cli week start&apos; albo podaj jego pierwszy dzień (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: musi mieć wartość LAST lub być datą, np. 2026-11-02, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>Lek: jego identyfikator lub nazwa (tak jak pokazuje &apos;medication list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Lek wskazany nazwą, zamiast MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: musi być datą, np. 2026-11-01, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: musi być ilością z jednostką, np. &apos;5 mg&apos; lub &apos;1 tablet&apos; (jednostki: %1), a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>wskaż jeden lek MEDICINE (identyfikator lub nazwę) albo podaj --name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: nie ma leku &apos;%1&apos;; lista jest pusta: dodaj lek poleceniem &apos;viparita-cli medication add&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: nie ma leku &apos;%1&apos;; na liście są: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n lek ma nazwę &apos;%1&apos;: podaj identyfikator jednego z nich (zobacz &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n leki mają nazwę &apos;%1&apos;: podaj identyfikator jednego z nich (zobacz &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n leków ma nazwę &apos;%1&apos;: podaj identyfikator jednego z nich (zobacz &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>rozpoczęto, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>zmiana dawki na %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>odstawiono</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>%1: rozpoczęto w dniu %3, dawka %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>%1: zmiana dawki na %2 w dniu %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>%1: odstawiono w dniu %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>Dodaj lek, który przyjmujesz, od dnia jego rozpoczęcia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>Nazwa leku, tak jak na opakowaniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>Dawka: ilość i jednostka, np. &apos;5 mg&apos; lub &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>Dzień rozpoczęcia (YYYY-MM-DD); domyślnie dzisiaj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>Pory dnia, w których go przyjmujesz: morning (rano), midday (w południe), evening (wieczorem), bedtime (przed snem), rozdzielone przecinkami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>Lek nie jest przyjmowany na ciśnienie (mimo to pojawia się w raporcie dla lekarza).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>Powód rozpoczęcia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>podaj --name NAME i --dose DOSE (tylko jako opcje)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: musi mieć wartość morning, midday, evening lub bedtime, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>Zapisano lek %1: %2, %3 od %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>Zapisz nową dawkę leku (lub jego ponowne rozpoczęcie po odstawieniu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>Nowa dawka, np. &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>Dzień zmiany (YYYY-MM-DD); domyślnie dzisiaj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>Powód zmiany.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>podaj nową dawkę: --dose DOSE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>Zapisz odstawienie leku.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>Dzień odstawienia (YYYY-MM-DD); domyślnie dzisiaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>Powód odstawienia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>Cofnij ostatnią zmianę leku (zapisaną przez pomyłkę).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>Usuń lek wpisany przez pomyłkę wraz z całą historią przyjmowania.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>Usunięto lek %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>Wyświetl leki, każdy z historią przyjmowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>Pokaż, które leki były przyjmowane w danym dniu i w jakiej dawce (YYYY-MM-DD); domyślnie dzisiaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>Wypisz JSON zamiast tekstu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>przyjmuje tylko opcje, bez argumentów</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>nieprzyjmowany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(nie na ciśnienie)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n lek; w dniu %1 przyjmowano leki na ciśnienie</numerusform>
            <numerusform>%n leki; w dniu %1 przyjmowano leki na ciśnienie</numerusform>
            <numerusform>%n leków; w dniu %1 przyjmowano leki na ciśnienie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n lek; w dniu %1 nie przyjmowano leków na ciśnienie</numerusform>
            <numerusform>%n leki; w dniu %1 nie przyjmowano leków na ciśnienie</numerusform>
            <numerusform>%n leków; w dniu %1 nie przyjmowano leków na ciśnienie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>Pokaż sekwencję tak, jak zostanie odtworzona: początek i długość każdego kroku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>Identyfikator sekwencji lub ścieżka pliku sekwencji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>Dopasuj całą sesję, łącznie z czasem na ułożenie się, do N minut (od %1 do %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>Wypisz JSON zamiast tabeli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>podaj jedną sekwencję SEQUENCE (identyfikator lub plik)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>--minutes musi być liczbą całkowitą od %1 do %2, a nie &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1: łącznie %2, w tym %3 na ułożenie się</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1: łącznie %2</translation>
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
        <translation>POCZ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>CZAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>KROK</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>Zapisz pomiar ciśnienia krwi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>Kiedy wykonano pomiar (ISO 8601; bez przesunięcia to czas lokalny). Domyślnie teraz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (domyślnie); before, during lub after – przed sesją, w jej trakcie lub po niej; albo standing (po wstaniu po sesji).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>Sesja, do której należy pomiar before, during, after lub standing.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: musi być czasem w formacie ISO 8601, np. 2026-11-20T20:00:00+01:00, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: musi mieć wartość standalone, before, during, after lub standing, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: musi być identyfikatorem sesji, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: pomiar %1 należy do sesji: podaj --session ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: pomiar z sesji ma wartość before, during, after lub standing (po wstaniu po sesji)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: nie ma sesji %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>Zapisano pomiar %1: %2/%3 mmHg, tętno %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>Zapisano pomiar %1: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>Kategoria (%1): %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>Usuń pomiar (pozostaje oznaczony jako usunięty do czasu trwałego usunięcia).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>Identyfikator pomiaru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>podaj identyfikator jednego pomiaru jako ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: musi być identyfikatorem pomiaru (liczbą całkowitą od 1), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>Usunięto pomiar %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>Wyświetl pomiary ciśnienia krwi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Wypisz tablicę JSON zamiast tabeli.</translation>
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
        <translation>CZAS POMIARU</translation>
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
        <translation>TĘTNO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>KONTEKST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>KATEGORIA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>NOTATKA</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n pomiar</numerusform>
            <numerusform>%n pomiary</numerusform>
            <numerusform>%n pomiarów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>Ciśnienie skurczowe, mmHg (od 50 do 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>Ciśnienie rozkurczowe, mmHg (od 25 do 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>Tętno, uderzenia na minutę (od 25 do 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>Ramię, na którym mierzono: left (lewe) lub right (prawe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting (na siedząco), lying (na leżąco) lub standing (na stojąco).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>Ciśnieniomierz wykazał nieregularne bicie serca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>Notatka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>opcja --%1 jest wymagana</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2, a nie &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: musi mieć wartość left lub right, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: musi mieć wartość sitting, lying lub standing, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: musi mieć postać SYSTOLIC/DIASTOLIC lub SYSTOLIC/DIASTOLIC/PULSE, np. 135/85/70, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3, a nie &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>nie ma sekwencji o identyfikatorze &apos;%1&apos; (dostępne: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>Wyświetl wbudowane sekwencje i twoje własne.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TITLE</source>
        <extracomment>A column title of the table of sequences.</extracomment>
        <translation>TYTUŁ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEPS</source>
        <extracomment>A column title of the table of sequences: how many steps.</extracomment>
        <translation>KROKI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>ŹRÓDŁO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>wbudowana</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n plik nie mógł zostać wczytany:</numerusform>
            <numerusform>%n pliki nie mogły zostać wczytane:</numerusform>
            <numerusform>%n plików nie mogło zostać wczytanych:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>podaj identyfikator jednej sesji jako ID (zobacz &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: musi być identyfikatorem sesji (liczbą całkowitą od 1), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>Zapisz sesję wykonaną poza aplikacją, wraz z jej pomiarami.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>Kiedy sesja się rozpoczęła (ISO 8601; bez przesunięcia to czas lokalny).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>Ile minut trwała (od 3 do 60); domyślnie długość sekwencji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>Pomiar przed sesją, SYSTOLIC/DIASTOLIC[/PULSE]; powtórz opcję, aby dodać kolejne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>Pomiar w trakcie sesji; powtórz opcję, aby dodać kolejne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>Pomiar po sesji; powtórz opcję, aby dodać kolejne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>Pomiar po wstaniu po sesji (pierwszy po 1 minucie, następny po 3); powtórz opcję, aby dodać kolejne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>Samopoczucie po sesji, od 1 (gorzej) do 5 (znacznie lepiej).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>podaj jedną sekwencję SEQUENCE i --at TIME</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: musi być czasem w formacie ISO 8601, np. 2026-11-20T20:00:00+01:00, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: musi być liczbą całkowitą od 1 do 5, a nie &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: może mieć najwyżej %n znak (ta notatka ma ich %1)</numerusform>
            <numerusform>note: może mieć najwyżej %n znaki (ta notatka ma ich %1)</numerusform>
            <numerusform>note: może mieć najwyżej %n znaków (ta notatka ma ich %1)</numerusform>
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
            <numerusform>Zapisano sesję %1: %2, %3 min, %n pomiar.</numerusform>
            <numerusform>Zapisano sesję %1: %2, %3 min, %n pomiary.</numerusform>
            <numerusform>Zapisano sesję %1: %2, %3 min, %n pomiarów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>Wyświetl sesje z pomiarami przed nimi i po nich.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>POCZĄTEK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>SEKWENCJA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <extracomment>A column title: completed, stopped...</extracomment>
        <translation>STAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE</source>
        <extracomment>A column title: the mean of the readings before the session.</extracomment>
        <translation>PRZED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>PO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>ZMIANA</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>Pokaż jedną sesję: jej kroki, pomiary, samopoczucie i notatkę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>Identyfikator sesji (zobacz &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Wypisz obiekt JSON zamiast tekstu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>Identyfikatory pokazuje &apos;viparita-cli sessions&apos;.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>Sesja %1: %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <extracomment>A label: when the session started.</extracomment>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>A label: when the session ended.</extracomment>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>Praktyka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 z planowanych %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 z 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>Kroki (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>pominięty, wydłużony o %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>pominięty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 z %2, wydłużony o %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>Pomiary (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>Przywrócić można tylko usuniętą sesję.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>Usunięto sesję %1 i jej pomiary. Polecenie &apos;viparita-cli session restore %1&apos; je przywróci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>Przywrócono sesję %1 i jej pomiary.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>Usuń sesję i jej pomiary (&apos;session restore&apos; to cofa).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>Przywróć usuniętą sesję i jej pomiary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>Identyfikator usuniętej sesji.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (jeszcze niemiarodajne: sesji z pomiarami przed i po jest mniej niż %n)</numerusform>
            <numerusform>%1 (jeszcze niemiarodajne: sesji z pomiarami przed i po jest mniej niż %n)</numerusform>
            <numerusform>%1 (jeszcze niemiarodajne: sesji z pomiarami przed i po jest mniej niż %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe spadło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe spadło o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe wzrosło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe wzrosło o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe średnio się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie skurczowe się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie skurczowe się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe spadło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe spadło o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło średnio o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe wzrosło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło o %1 mmHg</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe wzrosło o %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe średnio się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>W %n sesji twoje ciśnienie rozkurczowe się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe się nie zmieniło</numerusform>
            <numerusform>W %n sesjach twoje ciśnienie rozkurczowe się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno spadło średnio o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno spadło średnio o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno spadło średnio o %1 ud./min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno spadło o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno spadło o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno spadło o %1 ud./min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno wzrosło średnio o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno wzrosło średnio o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno wzrosło średnio o %1 ud./min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno wzrosło o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno wzrosło o %1 ud./min</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno wzrosło o %1 ud./min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno średnio się nie zmieniło</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno średnio się nie zmieniło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>W %n sesji z tętnem zmierzonym przed i po twoje tętno się nie zmieniło</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno się nie zmieniło</numerusform>
            <numerusform>W %n sesjach z tętnem zmierzonym przed i po twoje tętno się nie zmieniło</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95% CI: od %2 do %3; przedział obejmuje brak zmiany)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (95% CI: od %2 do %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (przedział ufności wymaga co najmniej 2 sesji)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1: brak serii pomiarów.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: średnio %2/%3 mmHg na podstawie %n serii pomiarów.</numerusform>
            <numerusform>%1: średnio %2/%3 mmHg na podstawie %n serii pomiarów.</numerusform>
            <numerusform>%1: średnio %2/%3 mmHg na podstawie %n serii pomiarów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>skurczowe %1 mmHg na 30 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>rozkurczowe %1 mmHg na 30 dni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>skurczowe %1 mmHg na 30 dni (95% CI: od %2 do %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>rozkurczowe %1 mmHg na 30 dni (95% CI: od %2 do %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Żadna sesja nie ma jeszcze pomiarów zarówno przed, jak i po, więc nie ma zmiany do pokazania.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>Żadna sesja nie ma tętna zmierzonego zarówno przed, jak i po, więc nie ma zmiany tętna do pokazania.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Twoje ciśnienie skurczowe spadło w %1 z %n sesji (%2%)</numerusform>
            <numerusform>Twoje ciśnienie skurczowe spadło w %1 z %n sesji (%2%)</numerusform>
            <numerusform>Twoje ciśnienie skurczowe spadło w %1 z %n sesji (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>Rano (od 04:00 do 11:59 czasu lokalnego)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>Wieczorem (od 18:00 do 23:59 czasu lokalnego)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>Średnia domowa (pomiary na siedząco poza sesją lub przed sesją, najwyżej z ostatniego tygodnia): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>Po wstaniu po sesjach: %n pomiar, w tym ze spadkiem ciśnienia po wstaniu: %1 (skurczowe niższe o 20 lub rozkurczowe niższe o 10 niż na leżąco lub na siedząco albo skurczowe poniżej 90).</numerusform>
            <numerusform>Po wstaniu po sesjach: %n pomiary, w tym ze spadkiem ciśnienia po wstaniu: %1 (skurczowe niższe o 20 lub rozkurczowe niższe o 10 niż na leżąco lub na siedząco albo skurczowe poniżej 90).</numerusform>
            <numerusform>Po wstaniu po sesjach: %n pomiarów, w tym ze spadkiem ciśnienia po wstaniu: %1 (skurczowe niższe o 20 lub rozkurczowe niższe o 10 niż na leżąco lub na siedząco albo skurczowe poniżej 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Trend serii pomiarów przed sesjami: potrzeba serii pomiarów przed sesjami z co najmniej 2 różnych dni (na razie %n seria pomiarów).</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami: potrzeba serii pomiarów przed sesjami z co najmniej 2 różnych dni (na razie %n serie pomiarów).</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami: potrzeba serii pomiarów przed sesjami z co najmniej 2 różnych dni (na razie %n serii pomiarów).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2.</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2.</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2 (przedział ufności wymaga co najmniej 3).</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2 (przedział ufności wymaga co najmniej 3).</numerusform>
            <numerusform>Trend serii pomiarów przed sesjami, na podstawie %n serii pomiarów: %1, %2 (przedział ufności wymaga co najmniej 3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>Nie ma jeszcze serii pomiarów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>Serie pomiarów według kategorii (%1), łącznie %2:</translation>
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
        <translation>Statystyki: zmiana w sesjach, średnia domowa, trend, kategorie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>Wypisz obiekt JSON zamiast zdań.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Dodatkowo tydzień pomiarów domowych rozpoczęty w dniu DATE (YYYY-MM-DD): jego postęp, pominięte pory pomiaru i średnia z dni od 2 do 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>Dodatkowo tydzień pomiarów domowych (jak --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--week-from musi być datą, np. 2026-11-02, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>podaj --week albo --week-from, nie obie opcje naraz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>Tydzień pomiarów domowych od %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>Dotąd pominięte pory pomiaru: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>Jego średnia (dni od 2 do 7, bez pierwszego dnia): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>Tylko od tego dnia (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>Tylko do tego dnia włącznie (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: musi być datą w formacie YYYY-MM-DD, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: nie może być późniejsze niż --to</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>Sprawdź pliki sekwencji; wypisz każdy błąd wraz z miejscem jego wystąpienia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>Pliki sekwencji (JSON) do sprawdzenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>nie podano pliku</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1: OK (kroki: %2, %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>Poprawne pliki: %1 z %2</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>Rozpocznij tydzień pomiarów domowych: dwa pomiary każdego ranka i wieczoru przez 7 dni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>Pierwszy dzień tygodnia (YYYY-MM-DD); domyślnie dzisiaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>Powód: przed wizytą u lekarza, po zmianie leków...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: musi być datą, np. 2026-11-02, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>Tydzień pomiarów domowych od %1 do %2: każdego ranka (przed lekami) i każdego wieczoru usiądź na pięć minut, potem wykonaj dwa pomiary w odstępie minuty.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>Wyświetl rozpoczęte tygodnie pomiarów domowych, każdy z postępem i średnią.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Wypisz tablicę JSON zamiast tekstu.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Zapomnij tydzień, który zaczyna się w dniu DATE (jego pomiary pozostaną w dzienniku).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>Pierwszy dzień tygodnia (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>podaj pierwszy dzień tygodnia (DATE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: musi być datą, np. 2026-11-02, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>Tydzień od %1 został zapomniany; jego pomiary pozostają.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: żaden tydzień pomiarów domowych nie zaczyna się w dniu %1 (zobacz &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>rekord ma rozmiar %1 B; pomiar wymaga co najmniej %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>rekord ma rozmiar %1 B; jego flagi (0x%2) wymagają %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>wartość skurczowa wynosi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>wartość rozkurczowa wynosi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>skurczowe %1 i rozkurczowe %2 %3 nie mogą być ciśnieniem krwi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>%1 nie może być wartością tętna</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>ruch ciała</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>luźno założony mankiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>nieregularne tętno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>tętno powyżej zakresu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>tętno poniżej zakresu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>tętno poza zakresem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>nieprawidłowa pozycja podczas pomiaru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1, tętno %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>Zapisano z czasem odbioru: zegar ciśnieniomierza wskazywał %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>Zapisano z czasem odbioru: ciśnieniomierz nie przesłał czasu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>Ciśnieniomierz wykrył: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
</context>
</TS>
