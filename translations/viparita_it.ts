<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>Una pratica guidata con le gambe al muro e un diario della pressione arteriosa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>Registra i messaggi di diagnostica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>Usa il diario in PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>Avvia subito una sessione di SEQUENCE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>Con --start: adatta la sessione a N minuti (da 3 a 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>Misura subito la pressione, con la guida: cinque minuti di riposo, poi due rilevazioni.</translation>
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
        <translation>Viparita: il diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

Viparita si apre senza il diario: non verrà salvato nulla.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>l&apos;importazione è stata annullata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>riga %1: l&apos;XML dichiara delle entità (%2), cosa che un&apos;esportazione di Apple Health non fa; non viene letto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>riga %1: l&apos;XML fa riferimento all&apos;entità &apos;%2&apos;; non viene letto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>questo XML non è un&apos;esportazione di Apple Health (la sua radice è &lt;%1&gt;, non &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>l&apos;XML finisce prima del previsto alla riga %1: il file è troncato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>il file non contiene alcun elemento XML</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate: non è una data nel formato 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>sistolica: mancante o non è un numero di mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>diastolica: mancante o non è un numero di mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>l&apos;archivio zip non si può leggere (%1): potrebbe essere danneggiato o troncato</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>l&apos;archivio zip non contiene apple_health_export/export.xml: non è un&apos;esportazione di Apple Health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>l&apos;archivio zip non si può estrarre: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>l&apos;archivio zip è danneggiato: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>l&apos;archivio zip è danneggiato (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 non si può aprire: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>%1 è danneggiato o non è un database (controllo di integrità: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>%1 non è un diario di Viparita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>%1 è stato scritto da una versione più recente di Viparita (versione del diario %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>Non è stato possibile creare la cartella delle copie di sicurezza %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>Non è stato possibile mettere al suo posto la copia di sicurezza %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>Non è stato ripristinato nulla: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>Non è stato ripristinato nulla: non è stato possibile creare la cartella delle copie di sicurezza %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>Non è stato ripristinato nulla: prima non è stato possibile salvare il diario attuale in %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>Non è stato ripristinato nulla: non è stato possibile copiare %1 accanto al diario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>Non è stato ripristinato nulla: non è stato possibile sostituire il diario %1.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>Elevata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>Ipertensione di stadio 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>Ipertensione di stadio 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>Ipertensione severa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>Non elevata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>Ipertensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>Ottimale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>Normale-alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>Ipertensione di grado 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>Ipertensione di grado 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>Ipertensione di grado 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>Sotto la soglia domiciliare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (sistolica isolata)</translation>
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
        <translation>un respiro deve durare al massimo %1 secondi, non %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>il ritmo del respiro personalizzato non si può seguire (%1); si usa invece il ritmo proprio della sequenza</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1: deve essere un numero di secondi da %2 a %3, non %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>Scrittura del CSV: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>Scrittura del CSV: il dispositivo non è aperto in scrittura</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>colonna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>manca; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1, non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>la riga %1 non è una riga di intestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>il file non ha una riga di intestazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>un campo tra virgolette non è chiuso</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>ha %1 campi, l&apos;intestazione ne ha %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>non è un CSV di rilevazioni di Viparita: nell&apos;intestazione manca %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>deve essere una data nel formato AAAA-MM-GG, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>deve essere un&apos;ora nel formato HH:MM:SS, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>deve essere uno scarto da UTC come +01:00, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>deve essere standalone, before, during, after o standing, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>deve essere left o right, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>deve essere sitting, lying o standing, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>deve essere 0 o 1, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>la mappa delle colonne richiede systolic e diastolic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>la mappa delle colonne richiede datetime, oppure date (e time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>la mappa delle colonne accetta datetime, oppure date e time, non entrambi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>l&apos;intestazione non contiene %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>&apos;%1&apos; non è un orario che esista sull&apos;orologio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>deve essere sì o no (1 o 0), non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>la codifica &apos;%1&apos; non è tra quelle che Viparita legge (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>il file non è testo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>il file non è testo: la riga %1 contiene un byte NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>il file non è testo: la riga %1 contiene il carattere di controllo %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>Tempo Unix in secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>Tempo Unix in millisecondi</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>deve essere una data nel formato %1, non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>lo scarto da UTC va scritto come +01:00, UTC+0100 o come fuso orario, per esempio Europe/Berlin, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>l&apos;ora va scritta come HH:MM, HH:MM:SS o 7:12 am, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>la colonna della data è vuota</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>ogni data è un numero intero di secondi dal 1970</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>ogni data è un numero intero di millisecondi dal 1970</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>la data &apos;%1&apos; alla riga %2 non è in nessun formato noto a Viparita; indica --date-format (per esempio dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>i mesi sono scritti per nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>l&apos;anno viene per primo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>le date mescolano due ordini: &apos;%1&apos; alla riga %2 ha prima il giorno, &apos;%3&apos; alla riga %4 prima il mese; indica --date-format %5 o %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>prima il giorno: &apos;%1&apos; alla riga %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>prima il mese: &apos;%1&apos; alla riga %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>prima il giorno, come nelle date scritte con i punti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>il giorno e il mese coincidono in ogni data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>prima il giorno: solo così le date sono in ordine e nel passato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>prima il mese: solo così le date sono in ordine e nel passato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>ogni data si legge sia con prima il giorno sia con prima il mese; si leggono come %1, come le scrive l&apos;app che ha creato il file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>ogni data si può leggere con prima il giorno o con prima il mese (per esempio &apos;%1&apos; alla riga %2); indica --date-format %3 o %4</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>qui non si possono creare resoconti PDF</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>il disco è pieno (non c&apos;è più spazio sul dispositivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>si sono potuti scrivere solo i primi %1 byte (è stato raggiunto un limite di dimensione dei file o una quota del disco)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>si sono potuti scrivere solo %1 byte su %2 (è stato raggiunto un limite di dimensione dei file o una quota del disco)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>un altro giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>altri %1 giorni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>un&apos;altra rilevazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>altre %1 rilevazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>una rilevazione del mattino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>una rilevazione della sera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>Ancora nessuna rilevazione domiciliare. Misura la pressione in posizione seduta, dopo cinque minuti di riposo: due rilevazioni al mattino e due alla sera, per una settimana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>1 rilevazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 rilevazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>in 1 giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>in %1 giorni</translation>
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
        <translation>%1: %2 secondo le soglie domiciliari di %3; da %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>Dati ancora insufficienti per un giudizio (da aggiungere: %1). Finora %2, da %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>fuori dalla media: il primo giorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>fuori dalla media: durante o dopo una sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>fuori dalla media: non in posizione seduta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>fuori dalla media: fuori dai giorni della settimana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>La settimana inizia il %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>%1 rilevazioni su %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>La settimana è finita: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>Giorno %1 di %2: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>una pagina web (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>un documento XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>un documento XML (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>un documento FHIR JSON (Viparita li esporta, ma importa i CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>un documento JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>un file vuoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>una tabella la cui intestazione non nomina colonne di data e di pressione (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>un testo che non è una tabella di rilevazioni (la sua prima riga: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>un archivio zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>un database SQLite (un diario si ripristina con &apos;viparita-cli restore&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>un archivio gzip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>un vecchio documento di Excel o Word (salvalo come CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>dati binari, non testo (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>non è un&apos;esportazione di %1: nessuna sua riga è l&apos;intestazione di quell&apos;app (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>non è un file della fonte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>le colonne della data, della sistolica e della diastolica non sono tutte nell&apos;intestazione (%1); indicale con --map</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>non è una tabella di rilevazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>non è un file di rilevazioni: sembra %1</translation>
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
        <translation>Lettura del diario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>La lettura del diario %1 non è riuscita: il database ha dato un errore. Non è stato cambiato nulla; i dettagli sono nel registro (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>%1: operazione non riuscita nel diario %2, il database l&apos;ha rifiutata. Non è stato cambiato nulla; i dettagli sono nel registro (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>il disco che lo contiene è pieno: non c&apos;è più spazio sul dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>%1: operazione non riuscita, il disco che contiene il diario %2 è pieno (non c&apos;è più spazio sul dispositivo). Non è stato cambiato nulla; libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>è stato raggiunto il limite di dimensione dei file di questo programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>è stata raggiunta la quota del disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>è stato raggiunto un limite di dimensione dei file o una quota del disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>%1: operazione non riuscita, il diario %2 non ha spazio per crescere: %3. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>%1: operazione non riuscita, il diario %2 è in uso da parte di un altro programma (è rimasto bloccato). Non è stato cambiato nulla; riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>%1: operazione non riuscita, il diario %2 non si può scrivere (file o cartella in sola lettura). Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>%1: operazione non riuscita, il diario %2 è danneggiato. Non è stato modificato; si può ripristinare una copia di sicurezza (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>%1: operazione non riuscita, non è stato possibile leggere o scrivere il diario %2 (il disco o il file hanno dato un errore). Non è stato cambiato nulla; controlla il disco e riprova.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>Il diario %1 è aperto in sola lettura: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>Copia di sicurezza in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>%1: operazione non riuscita, il file esiste già.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>Ricerca delle rilevazioni nel diario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>Rilevazione %1 dell&apos;importazione: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>Importazione delle rilevazioni</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>L&apos;importazione è stata interrotta; non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>Eliminazione del farmaco %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>Ripristino del farmaco %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>Non esiste alcun farmaco %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>Il farmaco %1 non è eliminato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>Salvataggio del farmaco %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>Salvataggio di una modifica di %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>%1 non ha modifiche successive all&apos;inizio da annullare: elimina invece il farmaco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>Annullamento di una modifica di %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>Modifica del farmaco %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>primo giorno: una settimana di misurazione domiciliare richiede il suo primo giorno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>motivo: al massimo %1 caratteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>Inizio della settimana di misurazione domiciliare del %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>Eliminazione della settimana di misurazione domiciliare %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>Non esiste alcuna settimana di misurazione domiciliare %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>Nessuna copia di sicurezza trovata in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>la cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>La copia di sicurezza più recente è %1; &apos;viparita-cli restore %1&apos; la ripristina.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>Controllo del diario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Manca il driver SQLite di Qt (installa libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>Apertura del diario</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>Aggiornamento del diario</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>Non è stato indicato alcun file del diario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>La cartella %1 del diario non esiste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>La cartella %1 del diario non esiste e non è stato possibile crearla (controlla che la cartella superiore esista e sia scrivibile).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>Non è stato possibile creare il diario %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>Il diario %1 non si può leggere (permessi insufficienti).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>Il diario %1 è danneggiato, oppure non è un diario di Viparita: non si può leggere. Non è stato modificato. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 è un database SQLite, ma non un diario di Viparita. Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>è stato scritto da una versione più recente di Viparita (versione del diario %1, questa versione conosce la %2); viene aperto in sola lettura e non vi si scrive nulla. Aggiorna Viparita per modificarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>Il diario %1 è in sola lettura: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>non c&apos;è spazio per scriverci (%1). Si può leggere; libera spazio per modificarlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>la sua cartella %1 non è scrivibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>il file non si può scrivere (permessi insufficienti).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>Salvataggio della rilevazione</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>Il diario %1 non è aperto.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>Salvataggio delle rilevazioni</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>Modifica della rilevazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>Non esiste alcuna rilevazione %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>Eliminazione della rilevazione %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>Ripristino della rilevazione %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>Non esiste alcuna rilevazione %1 da eliminare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>Non esiste alcuna rilevazione eliminata %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>Rimozione definitiva delle rilevazioni eliminate</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>Una sessione richiede la sua sequenza e l&apos;ora di inizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>sensazione: deve essere un numero intero da 1 a 5</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>nota: deve avere al massimo %1 caratteri (questa ne ha %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>Salvataggio della sessione</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>Salvataggio di una fase della sessione %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>Salvataggio di una fase</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>Conclusione della sessione %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>Non esiste alcuna sessione %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>nota: al massimo %1 caratteri, non %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>Modifica della sessione %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>Eliminazione della sessione %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>Ripristino della sessione %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>Non esiste alcuna sessione conclusa %1 da eliminare.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>Non esiste alcuna sessione eliminata %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>Misura la mia pressione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>Cinque minuti di riposo tranquillo, poi due rilevazioni a un minuto di distanza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>Riposa tranquillamente per cinque minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>Siediti su una sedia con la schiena appoggiata allo schienale e i piedi ben appoggiati a terra, senza accavallare le gambe. Metti il bracciale sulla parte alta del braccio nudo e appoggia quel braccio su un tavolo, con il bracciale all&apos;altezza del cuore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>Ora resta in silenzio: niente parole, niente telefono. Lascia che il respiro venga come viene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>Lascia scendere le spalle e rilassa le mani. Non c&apos;è altro da fare che restare seduti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>Quasi cinque minuti. Non muoverti; al segnale acustico, avvia il misuratore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>Un minuto alla seconda rilevazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>Resta come sei, con il braccio appoggiato, e in silenzio. La seconda rilevazione arriva tra un minuto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1, la media di %2 e %3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>mattino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>mezzogiorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>sera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>prima di dormire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>al massimo %1 caratteri, non %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>la storia di un farmaco comincia dal giorno in cui è stato iniziato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>ogni modifica richiede il suo giorno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 è una data futura: registra una modifica solo dopo averla fatta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 è precedente alla modifica a cui fa seguito (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>serve una quantità con la sua unità, per esempio 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>%1 era già assunto il %2: cambiane la dose, oppure prima sospendilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>%1 non era assunto il %2: riprendilo, invece</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 è già la dose del %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>%1 era già sospeso il %2</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>un resoconto PDF richiede una QGuiApplication</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>Resoconto della pressione arteriosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>Resoconto della pressione arteriosa: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>Settimana di misurazione domiciliare dal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>Settimana di misurazione domiciliare dal %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>impossibile avviare il documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>impossibile aggiungere una pagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>impossibile completare il documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>il dispositivo non è aperto in scrittura</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>nessun farmaco registrato in questo periodo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (sospeso)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 alla fine del periodo; le modifiche sono qui sotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 alla fine del periodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>Farmaci in questo periodo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>iniziato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>dose modificata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(non per la pressione)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>Dosi e modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/report/report_sections.cpp" line="-158"/>
        <source>systolic</source>
        <translation>sistolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+1"/>
        <source>diastolic</source>
        <translation>diastolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this period.</source>
        <translation>Nessuna rilevazione in questo periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>Media di ogni giorno, mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (continua)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>Rilevazioni</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1, che formano %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n rilevazione</numerusform>
            <numerusform>%n rilevazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n misurazione</numerusform>
            <numerusform>%n misurazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1; %2 con rilevazioni prima e dopo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessione</numerusform>
            <numerusform>%n sessioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>Media complessiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>Mattino (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>Sera (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>Media domiciliare (da seduti, al massimo una settimana)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>nessuna sessione ha rilevazioni sia prima sia dopo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1; su %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>; la sistolica è scesa in %1 su %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>; non ancora affidabile: meno di %1 sessioni con rilevazioni prima e dopo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>Variazione nelle sessioni (dopo meno prima)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>Cosa la variazione non può mostrare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>In piedi dopo le sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1; %2 (sistolica più bassa di 20 o diastolica più bassa di 10 rispetto a sdraiati o seduti, oppure sistolica sotto 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n è scesa in piedi</numerusform>
            <numerusform>%n sono scese in piedi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>Misurazioni per categoria (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>Come sono state fatte le rilevazioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>Di solito: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>Come registrato con le rilevazioni: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>Non indicato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>Più rilevazioni dello stesso momento formano una misurazione, la loro media; ogni rilevazione è elencata qui sotto, con la data sulla prima rilevazione di ogni giorno e la sessione vuota per una rilevazione fatta fuori da una sessione; il braccio o la posizione, se sono gli stessi per tutte, sono indicati qui anziché su ogni riga.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>Prima e dopo le sessioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>Nessuna sessione ha rilevazioni in questo periodo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>I grafici sono omessi: richiedono l&apos;applicazione grafica.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita informa; non fa diagnosi e non dà consigli sui farmaci. Le categorie e le soglie domiciliari seguono le linee guida %1; le fonti sono nell&apos;ultima pagina.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>Categorie e soglie domiciliari: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>Media domiciliare: il protocollo di misurazione domiciliare di %1 (rilevazioni da seduti dopo cinque minuti di riposo, due al mattino e due alla sera, fino a sette giorni, escluso il primo giorno; per un giudizio servono almeno 3 giorni e 12 rilevazioni).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>Bassa: sistolica sotto 90 o diastolica sotto 60, il limite abituale nelle informazioni per i pazienti; nessuna linea guida definisce una categoria bassa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>nessun confronto: misure in posizioni diverse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 su 5</translation>
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
        <translation>Sequenza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Sensazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>irregolare</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Braccio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>Settimana di misurazione domiciliare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>dal %1 al %2 (mattino e sera, due rilevazioni ciascuno)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>Media dei giorni dal 2 al 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 mattino e sera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 sera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 mattino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>nessuna rilevazione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>1 fascia con una sola rilevazione su due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>%1 fasce con una sola rilevazione su due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>Fasce mancate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>La settimana non è finita: ecco a che punto è.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>%1 sospeso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>%1 iniziato, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>%1 portato a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>Modifiche nella settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>Come: da seduti con la schiena appoggiata, i piedi a terra e il braccio appoggiato all&apos;altezza del cuore, dopo cinque minuti di riposo tranquillo; due rilevazioni a un minuto di distanza ogni mattina (prima dei farmaci) e ogni sera. Il primo giorno è escluso dalla media, come pure le rilevazioni fatte da sdraiati, in piedi, o durante o dopo una sessione.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>%1 nella media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>Giorno %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>Nei giorni della settimana non è stata fatta alcuna rilevazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>Le rilevazioni della settimana (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Mattino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>In altri momenti, o non da seduti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>Nella media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita informa; non fa diagnosi e non dà consigli sui farmaci. Le soglie domiciliari seguono le linee guida %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>fuori sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>durante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>sdraiato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>nessuna rilevazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>nessuna misurazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2), %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC 95%: da %1 a %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (all)</source>
        <translation>%1 (in tutte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 su %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arm: %1.</source>
        <translation>Braccio: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>Posizione: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>deve essere un numero intero di mmHg da %1 a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>Il valore sistolico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>Il valore diastolico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>Il polso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>L&apos;ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>La posizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>deve essere più alto del valore diastolico (li hai scambiati?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>è più di %1 minuti nel futuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>deve avere uno scarto da UTC tra -%1:00 e +%1:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>deve essere «in piedi» (o non indicata) per una rilevazione in piedi, non %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>deve avere al massimo %1 caratteri (questa ne ha %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>deve essere un numero intero di battiti al minuto da %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>deve essere una data e un&apos;ora valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>deve avere al massimo %1 caratteri</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>È l&apos;ora della tua pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>La tua misurazione del mattino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>La tua misurazione della sera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>Dieci minuti tranquilli con le gambe al muro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>Giorno %1 di 7 della tua settimana domiciliare: prima di qualsiasi farmaco, siediti per cinque minuti, poi fai due rilevazioni a un minuto di distanza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>Giorno %1 di 7 della tua settimana domiciliare: siediti per cinque minuti, poi fai due rilevazioni a un minuto di distanza.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita mostra i tuoi valori; non fa diagnosi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>Piega le ginocchia, girati su un fianco e resta lì a riposare per qualche minuto; solo dopo tirati su a sedere, lentamente. Se ti senti svenire o stai male, chiama aiuto. Se prendi farmaci per la pressione, parla al tuo medico di rilevazioni come questa.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>Pressione bassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>La minima è bassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>La minima (pressione diastolica) è sotto 60. Da sola, e se ti senti bene, di solito non è motivo di preoccupazione. Se hai capogiri o ti senti svenire, piega le ginocchia, girati su un fianco e riposa prima di tirarti su a sedere, lentamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>La pressione è scesa molto rispetto a prima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>La tua pressione è scesa molto rispetto alla rilevazione prima della sessione, misurata nello stesso modo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>La pressione è scesa alzandoti in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>La tua pressione è scesa alzandoti in piedi: si chiama ipotensione ortostatica. Siediti o sdraiati ora e riposa finché non ti senti stabile; per il resto della giornata alzati lentamente, per gradi. Dillo al tuo medico, soprattutto se succede di nuovo o se prendi farmaci per la pressione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>Pressione molto alta</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>Non iniziare la pratica adesso. Siediti tranquillamente, con la schiena appoggiata, per %1 minuti, poi misura di nuovo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>Per oggi lascia stare la pratica. Esci dalla posizione con delicatezza: piega le ginocchia, girati su un fianco e tirati su a sedere lentamente. Riposa tranquillamente, in posizione seduta, per %1 minuti, poi misura di nuovo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>In caso di dolore al petto, mancanza di fiato, mal di schiena, intorpidimento o debolezza, un cambiamento della vista, difficoltà a parlare o un mal di testa improvviso e forte, chiama subito il numero di emergenza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>Se è ancora così alta e per il resto ti senti bene, contatta oggi stesso il tuo medico o un altro professionista sanitario che ti segue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>dolore al petto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>mancanza di fiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>mal di schiena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>intorpidimento o debolezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>un cambiamento della vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>difficoltà a parlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>un mal di testa improvviso e forte</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>la sequenza non ha fasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>il tempo per sistemarsi e la pausa tra i lati non possono essere negativi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>il ritmo del respiro: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>il respiro della sequenza: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>il respiro della fase %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>la durata deve essere da %1 a %2 minuti, non %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>%1 fasi di almeno %2 s ciascuna non stanno in %3 minuti; scegli %4 minuti o più</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>non c&apos;è un gruppo di confronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>una parte di ogni calo viene dal riposare e misurare di nuovo: una seconda rilevazione spesso è comunque più bassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>le rilevazioni fatte da sdraiati e da seduti differiscono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>le sessioni di una stessa persona non sono indipendenti tra loro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>Cosa questi numeri non possono mostrare: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>Sistolica, prima e dopo ogni sessione (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>Diastolica, prima e dopo ogni sessione (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>Soglia domiciliare %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>Farmaci modificati</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>Prima (medie nel tempo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>Dopo (medie nel tempo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>Variazione per sessione, dopo meno prima (mmHg), le ultime %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>Variazione per sessione, dopo meno prima (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic</source>
        <translation>Diastolica</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>Polso (battiti al minuto)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>Notte: scuro e attenuato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>Il tema notturno mantiene lo schermo scuro per una pratica serale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>Quella del sistema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>I testi della finestra, delle sequenze, delle indicazioni parlate e dei resoconti. Una nuova lingua compare al prossimo avvio di Viparita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>Guida del respiro</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>inspira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>trattieni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>espira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>pausa</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita: avvertenze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>Prima della tua prima sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>Ho letto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>Stare sdraiati sulla schiena con le gambe appoggiate a un muro è una pratica delicata, ma non è adatta a tutti. Per favore, leggi questo testo prima di iniziare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>Non praticare, o chiedi prima al tuo medico, se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>sei negli ultimi mesi di gravidanza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>hai il glaucoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>la tua pressione è molto alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>hai un&apos;ernia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>stare a lungo sulla schiena non è sicuro per te, per qualsiasi motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>un maggiore afflusso di sangue verso la testa è un problema per te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>Alcuni insegnanti consigliano anche di evitare la pratica nei giorni di flusso mestruale abbondante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>Pressione alta e farmaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>Se hai la pressione alta, o prendi farmaci per la pressione, parla con il tuo medico prima di iniziare questa pratica. Sollevare le gambe può abbassare la pressione e il polso; insieme ai farmaci, la pressione potrebbe scendere troppo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>Viparita può chiederti una rilevazione anche durante la sessione, oltre che prima e dopo: spunta “Prendo farmaci per la pressione” in Impostazioni, alla voce Salute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>Se ti senti svenire, o la pressione scende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>Piega le ginocchia.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>Girati su un fianco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>Resta lì, respirando con calma, finché non ti senti stabile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>Solo dopo tirati su a sedere, lentamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>Esci da qualsiasi posizione che provochi dolore o tensione: la pratica deve restare comoda. Se ti senti svenire più di una volta, dillo al tuo medico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>Che cosa fa Viparita, e che cosa non fa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>Viparita guida la pratica e conserva le tue rilevazioni. Informa; non fa diagnosi e non dà consigli sui farmaci. Le categorie di pressione che mostra vengono da linee guida pubblicate, perché tu e il tuo medico le possiate guardare insieme. Non iniziare, sospendere o cambiare mai un farmaco per quello che vedi qui: chiedi al tuo medico.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>Tempo rimasto in questa fase</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>Il misuratore non ha inviato le sue rilevazioni: prima associalo nelle impostazioni Bluetooth del desktop (con il codice che mostra), poi riprova.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>Il Bluetooth non è disponibile: BlueZ, il servizio Bluetooth del sistema, non è in esecuzione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>Il Bluetooth non è disponibile: questo computer non ha un adattatore Bluetooth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>Il Bluetooth è spento. Accendilo nelle impostazioni Bluetooth del desktop, poi riprova.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>La ricerca dei misuratori non è riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Nessun misuratore si è reso visibile in %n secondo. Premi il pulsante di avvio o il pulsante Bluetooth del misuratore perché si renda visibile, e tienilo vicino.</numerusform>
            <numerusform>Nessun misuratore si è reso visibile in %n secondi. Premi il pulsante di avvio o il pulsante Bluetooth del misuratore perché si renda visibile, e tienilo vicino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Il misuratore %1 non si è reso visibile in %n secondo. Premi il suo pulsante di avvio o il pulsante Bluetooth perché si renda visibile, e tienilo vicino.</numerusform>
            <numerusform>Il misuratore %1 non si è reso visibile in %n secondi. Premi il suo pulsante di avvio o il pulsante Bluetooth perché si renda visibile, e tienilo vicino.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>Impossibile collegare il misuratore: non ha risposto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>Impossibile collegare il misuratore: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>%1 non offre il servizio standard per la pressione arteriosa (Blood Pressure Service); potrebbe servire l&apos;app del suo produttore.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>Il servizio per la pressione arteriosa del misuratore non ha alcuna misurazione che si possa ricevere.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>Impossibile leggere il servizio per la pressione arteriosa del misuratore (errore %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>%1 si è scollegato prima di essere pronto. Premi di nuovo il suo pulsante e tienilo vicino.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>Un misuratore di pressione Bluetooth che usa il servizio standard per la pressione arteriosa (Blood Pressure Service) invia qui le sue rilevazioni: quelle in memoria ogni volta che si collega e, durante una sessione, quella che misura, letta ad alta voce. Premi il pulsante Bluetooth o di avvio del misuratore perché si renda visibile, poi avvia la ricerca.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>Il tuo misuratore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>&amp;Cerca misuratori</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>Dispositivi trovati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>&amp;Usa questo misuratore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>&amp;Dimentica questo misuratore</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>Qualsiasi (il misuratore lo usa una sola persona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>Utente </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>Sono l&apos;u&amp;tente del misuratore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>Un misuratore condiviso da più persone tiene una memoria per ciascuna (utente 1, utente 2, ...). Scegli la tua: le rilevazioni degli altri non vengono salvate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>Un misuratore che chiede un codice di associazione va prima associato nelle impostazioni Bluetooth del desktop (il codice è indicato sul misuratore o nel suo manuale); poi sceglilo qui. I misuratori che funzionano solo con l&apos;app del produttore non si possono usare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>Misuratore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>nessuno scelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>Il tuo misuratore: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>Il Bluetooth non è disponibile in questa installazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1: misuratore di pressione (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1: non è un misuratore di pressione (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>Non è stato trovato nulla. Premi il pulsante del misuratore perché si renda visibile, tienilo vicino e cerca di nuovo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>Trovato %n dispositivo.</numerusform>
            <numerusform>Trovati %n dispositivi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>Misuratore: nessuno scelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>Misuratore: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>Misuratore: ultima rilevazione %1/%2 alle %3; in attesa di %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>Misuratore: in attesa di %1 (premi il suo pulsante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>Misuratore: %1 collegato; ultima rilevazione %2/%3 alle %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>Misuratore: %1 collegato</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>Il Bluetooth non è disponibile in questa installazione</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>Il Bluetooth è spento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>nessun Bluetooth su questo computer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>%1 va prima associato (nelle impostazioni Bluetooth del desktop)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>%1 non offre il servizio standard</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>Quella rilevazione era dell&apos;utente %1 del misuratore, non tua (utente %2): non è stata salvata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>Il misuratore non è riuscito a misurare: non muoverti e riprova.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>Modifica una rilevazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>&amp;Data e ora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Systolic (mmHg)</source>
        <translation>&amp;Sistolica (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diastolic (mmHg)</source>
        <translation>Di&amp;astolica (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (a minute)</source>
        <translation>&amp;Polso (al minuto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Braccio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not noted</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>&amp;Braccio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Sdraiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Il misuratore ha segnalato un battito &amp;irregolare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>durante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>fuori sessione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>Modifica una sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>Come stavi dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>Come &amp;stavi dopo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;Rilevazioni di questa sessione:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>Rilevazioni di questa sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>&amp;Modifica la rilevazione…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1, %2: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>, polso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (modificata)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>Non è stata fatta alcuna rilevazione.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>Un riepilogo, i grafici dell&apos;andamento e ogni rilevazione, che il tuo medico può leggere in un minuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>Una riga per rilevazione, per un foglio di calcolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>Una riga per sessione, con le rilevazioni prima e dopo e la variazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>Osservazioni dei parametri vitali e dichiarazioni sui farmaci in FHIR R4, per un sistema di cartelle cliniche elettroniche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>Una riga per ogni modifica di ciascun farmaco: iniziato, dose modificata, sospeso, con il giorno e il motivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>braccio destro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>braccio sinistro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>sdraiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>Esporta per il medico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>Resoconto PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>Rilevazioni in CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>Sessioni in CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>Farmaci in CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>Il tuo nome, come ti conosce il tuo medico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>Includi le mie note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>Le note possono essere personali: lasciale fuori se preferisci che il tuo medico non le legga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>S&amp;tampa il resoconto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>La prima data non deve essere successiva all&apos;ultima.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>Impossibile leggere il diario: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>1 rilevazione</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>%1 rilevazioni</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>1 sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 sessioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>La settimana di misurazione domiciliare dal %1: %2, su una pagina a sé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Non è stato registrato nulla dal %1 al %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, dal %2 al %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>Pagina 1 di %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>Impossibile mostrare il resoconto: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>Salvato: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>Impossibile stampare il resoconto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>Il resoconto è stato inviato a %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>L&apos;esportazione non è stata salvata</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>Il resoconto non è stato stampato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 Scegli un altro formato o periodo per esportare di nuovo, oppure Chiudi.</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>Resoconto della pressione arteriosa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>Stampa il resoconto</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Gli ultimi 30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Gli ultimi 90 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Gli ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Anteprima della prima pagina del resoconto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… e altre %1 righe</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>&amp;Linee guida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>Le categorie di pressione in cui vengono collocate le tue rilevazioni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>Prendo &amp;farmaci per la pressione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>In questo caso Viparita chiede una rilevazione durante ogni sessione (nella fase indicata dalla sequenza, o a metà) e dopo: la pratica può abbassare la pressione e, con i farmaci, non deve scendere troppo. Segue il tuo elenco nella pagina Farmaci ogni volta che l&apos;elenco cambia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>Controlla la mia pressione quando mi alzo in &amp;piedi dopo una sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>Dopo le rilevazioni che seguono una sessione, alzati lentamente e fai una rilevazione dopo 1 minuto e dopo 3 minuti; un timer ti dice quando. La pressione che scende quando ci si alza può dare capogiri; i farmaci lo rendono più probabile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>&amp;Braccio abituale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>Sdraiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>P&amp;osizione abituale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>Le nuove rilevazioni partono da queste scelte. Misurare sullo stesso braccio, nella stessa posizione, rende le rilevazioni confrontabili.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>Guida di Viparita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Guida utente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>In questa installazione manca la guida utente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>Aggiungi una rilevazione della pressione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>Pratica, Storico, Andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>Esporta per il medico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Stampa il resoconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>Importa rilevazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>Schermo intero, attiva e disattiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>Questa guida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>Esci (durante una sessione, chiede conferma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>Durante una sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>Pausa, e riprendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Fase successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Fase precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>30 secondi in più in questa fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>Fai una rilevazione ora</translation>
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
        <translation>Ferma la sessione (chiede conferma); di nuovo Esc per continuare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop, when asked</source>
        <translation>Ferma, quando viene chiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>Finestre delle rilevazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>Sistolica, diastolica, polso, la rilevazione successiva, poi il braccio e la posizione, poi i pulsanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>Salva (prima di una sessione: salva e inizia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>Annulla; se è prima di una sessione, la sessione non inizia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>Modifica la sessione o la rilevazione selezionata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>Eliminala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Annulla l&apos;eliminazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Tasto Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>Le stesse azioni, in un menu</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>Rilevazione prima di una sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>Rilevazione durante una sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>Rilevazione dopo una sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>Rilevazione in piedi dopo una sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>Rilevazione</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (fermata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (interrotta)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>Sensazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>, polso %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>nessun confronto</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>Sessioni e rilevazioni fuori sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>Rilevazioni fuori sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>Tutte le rilevazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>Rilevazioni prima delle sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>Rilevazioni durante le sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>Rilevazioni dopo le sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>Rilevazioni in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>Aggiungi una rilevazione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>Sessioni e rilevazioni</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>Ipertensione severa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Sensazione</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>Annulla l&apos;eliminazione</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>La sessione non è stata eliminata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>Sessione del %1 eliminata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>Sessione del %1 eliminata, con la sua rilevazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>Sessione del %1 eliminata, con le sue %2 rilevazioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>Rilevazione del %1 eliminata (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>La rilevazione non è stata eliminata</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>La sessione non è stata ripristinata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>La rilevazione non è stata ripristinata</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>Impossibile leggere la sessione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>La sessione non è stata modificata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>Una rilevazione non è stata modificata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>La rilevazione non è stata modificata</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 per lato</translation>
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
        <translation>Sequenze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>Aggiungi una rilevazione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>Una rilevazione della pressione fuori da una sessione (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>Misura la mia &amp;pressione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>Con la guida: cinque minuti di riposo tranquillo, poi due rilevazioni a un minuto di distanza, salvate come un&apos;unica misurazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>Informazioni sulla sequenza</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>come da sequenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>Personalizzato (dalle impostazioni)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>Respiro</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>allunga nel corso della sessione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>Il diario non è disponibile: le sessioni non verranno salvate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>Impossibile leggere il diario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>Ultima sessione: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>Prima %1, dopo %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>Hai praticato oggi o ieri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>%1 giorni di pratica di fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>Ancora nessuna sessione completata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>Nessuna sequenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>Metti i file delle sequenze nella cartella «sequences» dentro la cartella dei dati di Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>Impossibile caricare questo file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>Correggi il file e riavvia Viparita; “viparita-cli validate FILE” lo controlla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 contando entrambi i lati)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>Ti serviranno: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>&amp;Data (o data e ora):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Systolic:</source>
        <translation>&amp;Sistolica:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iastolic:</source>
        <translation>D&amp;iastolica:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Polso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>Battito irre&amp;golare:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>Quale colonna contiene cosa</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>Date scritte come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>Prima l&apos;anno (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>Tempo Unix in secondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>Tempo Unix in millisecondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>Come sono scritte le date: d il giorno, M il mese (MMM il suo nome), yyyy o yy l&apos;anno. L&apos;ora dopo la data, o in una colonna a sé, si legge come 7:30, 07:30:15 o 7:30 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>Formato della da&amp;ta:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>scegli la colonna con la data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>scegli le colonne con i valori sistolico e diastolico</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>Importa rilevazioni</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Scegli un file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>Come viene letto il file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>Esportato da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>Un&apos;altra app (colonne qui sotto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>&amp;Esportato da:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>Codifica del testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>Campi separati da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>Virgole ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>Punti e virgola ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>Tabulazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>Campi separati &amp;da:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>Intestazione alla riga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>Intestazione alla ri&amp;ga:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>Lettura del file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>Interrompi la le&amp;ttura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>Le prime righe, come verranno lette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>Le righe che non si possono leggere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>Sa&amp;lta le righe non valide e importa le altre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>Le prime righe, come verranno lette:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>Rilevazioni (*.csv *.txt *.tsv *.zip *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>%1 è troppo grande per essere una tabella di rilevazioni (%2 MB; al massimo 64 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>%1 non è un file di rilevazioni: sembra %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>Un file di rilevazioni esportato da Viparita: tutte le colonne sono note.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>Una tabella di un&apos;altra app. Le colonne sono dedotte dalla sua intestazione: controlla le righe qui sotto e correggi ciò che le legge in modo sbagliato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>Riconosciuto come esportazione di %1. Controlla le righe qui sotto e correggi ciò che le legge in modo sbagliato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>Il file non è in UTF-8: viene letto come Windows-1252. Controlla le lettere accentate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>Il file non si può leggere così com&apos;è: %1. Scegli il formato della data o le colonne qui sopra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>Date: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>Un&apos;esportazione di Apple Health: lettura dei dati sulla pressione. Un&apos;esportazione grande richiede un po&apos; di tempo; non viene importato nulla finché non scegli Importa.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>La lettura di %1 è stata interrotta: non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>Un&apos;esportazione di Apple Health: le sue rilevazioni della pressione, ognuna con il polso registrato dalla stessa app in quel momento.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>Battito irregolare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(esclusa: solo il polso, o non è una riga di rilevazioni)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>Il file non si può leggere in questo modo: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n riga: importabili %1, con errori %2.</numerusform>
            <numerusform>%n righe: importabili %1, con errori %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n riga contiene solo il polso: viene esclusa.</numerusform>
            <numerusform>%n righe contengono solo il polso: vengono escluse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>%1 di queste sono già nel diario e verranno saltate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>Non viene importato nulla finché c&apos;è una riga non valida, a meno che tu non salti le righe non valide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>Il file non contiene rilevazioni da importare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>Le rilevazioni non sono state importate: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>Importato da %2: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 rilevazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 rilevazioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>Saltate perché già nel diario: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>1 riga non valida è stata esclusa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>%1 righe non valide sono state escluse.</translation>
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
            <numerusform>Salvata %n nuova rilevazione dal misuratore.</numerusform>
            <numerusform>Salvate %n nuove rilevazioni dal misuratore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>Salvata %n nuova rilevazione dal misuratore; %1 già nel diario.</numerusform>
            <numerusform>Salvate %n nuove rilevazioni dal misuratore; %1 già nel diario.</numerusform>
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
        <translation>Promemoria: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>&amp;Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>A&amp;ndamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>Far&amp;maci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>Settimana &amp;domiciliare</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>Aggiungi una &amp;rilevazione…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>Es&amp;porta per il medico…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>S&amp;tampa il resoconto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>&amp;Importa rilevazioni…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>Tema &amp;notturno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>Imposta&amp;zioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>&amp;Avvertenze e chi non deve praticare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;Informazioni su Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>Nessuna pratica inizia finché non hai letto le avvertenze: Inizia le mostra di nuovo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>La rilevazione non è stata salvata</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>Informazioni su Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;Una pratica guidata con le gambe al muro e un diario della pressione arteriosa.&lt;/p&gt;&lt;p&gt;Viparita informa; non fa diagnosi e non dà consigli sui farmaci. Parla con il tuo medico della tua pressione.&lt;/p&gt;&lt;p&gt;Distribuito con licenza MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>Avvia ora il misuratore, e non muoverti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>Avvia di nuovo il misuratore, e non muoverti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>Cinque minuti. Avvia ora il misuratore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>Un minuto. Avvia di nuovo il misuratore.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>La misurazione è terminata senza una rilevazione: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>Il diario non è aperto: le rilevazioni non sono state salvate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>Le rilevazioni non sono state salvate: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>Una rilevazione salvata: %1. Una seconda, un minuto dopo, forma una misurazione che il tuo medico può usare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>Misurazione salvata: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>&amp;Mattino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>Me&amp;zzogiorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>&amp;Sera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>Prima di dormi&amp;re</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>Aggiungi un farmaco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>Cambia la dose di %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>Sospendi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>Riprendi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>Modifica le informazioni su %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>come sulla confezione, per es. Amlodipina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>per es. 5 mg, o 1 compressa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>Una quantità con la sua unità: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>ora %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>Nuova &amp;dose:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Iniziato il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>S&amp;ospeso il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>D&amp;al:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>Preso al mattino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>Preso a mezzogiorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>Preso alla sera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>Preso prima di dormire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>Momento di assunzione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>Preso per la &amp;pressione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>facoltativo, per es. su consiglio del medico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Cosa non va</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>indica la quantità e la sua unità, per esempio 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>&apos;%1&apos; non è una quantità con unità come 5 mg o 1 compressa</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>il diario non è aperto</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>Iniziato, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>Dose portata a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>I farmaci che prendi e ogni cambio di dose, con il suo giorno, per il resoconto per il medico e i grafici dell&apos;andamento. Viparita tiene l&apos;elenco; non dà mai consigli sui farmaci.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>Farmaci e modifiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>Dose attuale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>Momento di assunzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>Ancora nessun farmaco. Aggiungi ciascuno di quelli che prendi, con il giorno in cui hai iniziato: il resoconto mostrerà la tua pressione accanto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;Aggiungi un farmaco…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>Il nome, i momenti della giornata, se è per la pressione (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>&amp;Cambia la dose…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Sospendi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>A&amp;nnulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>Eliminare %1 e tutta la sua storia? Fallo solo per un farmaco inserito per errore; un farmaco che non prendi più va invece sospeso.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(non per la pressione)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>sospeso il %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1, ora %2, dal %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1, sospeso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>&amp;Riprendi…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>inspira %1 s, espira %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>Quello della sequenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 respiri al minuto (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 respiri al minuto (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>Delicato (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>Tasto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · lato destro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · lato sinistro</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Successiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Rilevazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Ferma</translation>
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
        <translation>Fermare la sessione? Quello che hai fatto finora viene conservato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>Sistemati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>Siediti di lato vicino al muro, poi sdraiati e mettiti a tuo agio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>Passa al lato sinistro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>A seguire: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Ultima fase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>La sessione è terminata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>La sessione è stata fermata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>Girati su un fianco, resta lì per qualche respiro, poi tirati su a sedere lentamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Fermata</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>Immagine della posizione</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;Prima di iniziare&lt;/b&gt;&lt;br&gt;Siediti con la schiena appoggiata e i piedi a terra per cinque minuti, poi fai due rilevazioni a uno o due minuti di distanza, sul braccio che usi di solito. Oppure salta questo passaggio e inizia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;Una rilevazione durante la pratica&lt;/b&gt;&lt;br&gt;La sessione è in pausa. Fai la rilevazione senza alzarti, così come sei; la sessione riprenderà quando hai finito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;Dopo la pratica&lt;/b&gt;&lt;br&gt;Girati su un fianco e tirati su a sedere lentamente. Riposa in posizione seduta per qualche minuto, poi, sempre in posizione seduta, fai le rilevazioni sullo stesso braccio di prima, così da poterle confrontare con quelle fatte prima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;Avvia ora il misuratore&lt;/b&gt;&lt;br&gt;Non muoverti, tieni il braccio appoggiato all&apos;altezza del cuore e non parlare mentre misura. Poi scrivi quello che mostra, oppure lascia che il misuratore lo invii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;Una rilevazione della pressione&lt;/b&gt;&lt;br&gt;Siediti con la schiena appoggiata per cinque minuti, poi fai due rilevazioni a uno o due minuti di distanza; contano come un&apos;unica misurazione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>Pressione prima della sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>Pressione dopo la sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>Pressione durante la sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>La tua rilevazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>Aggiungi una rilevazione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arm:</source>
        <translation>&amp;Braccio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Braccio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Sdraiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>P&amp;osizione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>Aggiungi un&apos;altra rileva&amp;zione</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;Data e ora:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>Facoltativa: cosa hai fatto o sentito prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Il misuratore ha segnalato un battito &amp;irregolare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>Fai una rilevazione con il &amp;misuratore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>Attende la rilevazione del misuratore e la inserisce nella prossima riga vuota.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Pressione nel bracciale: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Mi sento s&amp;venire o ho capogiri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Salva e inizia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>Sal&amp;ta e inizia</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>Sal&amp;ta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>T&amp;ermina la misurazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>Rilevazione %1 di %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;Avvia di nuovo il misuratore&lt;/b&gt;&lt;br&gt;Resta come sei, con il braccio appoggiato all&apos;altezza del cuore; non parlare mentre misura.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>In attesa di %1: premi il suo pulsante di avvio.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>Rilevazione %1 dal misuratore: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>, polso %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>Rilevazione %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>Una rilevazione: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>Media di %1 rilevazioni: %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · variazione rispetto a prima: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>&amp;Chiudi, non iniziare</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingEntryRow</name>
    <message>
        <location filename="../src/app/readings/reading_entry_row.cpp" line="+61"/>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>Il campo %1 accetta al massimo tre cifre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>Il campo %1 accetta solo le cifre da 0 a 9: “%2” è stato tolto. Controlla il numero.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>Inserisci sia il valore sistolico sia quello diastolico.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>Aggiungi le rilevazioni e concludila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>Segnala come fermata</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>Una sessione di %1 del %2 è stata interrotta. Puoi aggiungere le rilevazioni di dopo e concluderla, oppure conservarla come fermata.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>Impossibile rimuovere %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>Promemoria di Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>Promemoria per praticare e per misurare, come notifiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>Impossibile avviare %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>Ricordami di &amp;praticare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Nei giorni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>Giorni di pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>Ora della pratica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>Ricordami le misurazioni della mia settimana &amp;domiciliare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>&amp;Mattino alle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>&amp;Sera alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>I promemoria arrivano come notifiche del desktop con Inizia e Più tardi, anche quando Viparita è chiuso: un piccolo programma di supporto parte quando accedi e resta inattivo fino al promemoria successivo. Se li disattivi entrambi, viene rimosso. Le fasce di una settimana vengono ricordate solo nei sette giorni di una settimana che hai iniziato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>Il tuo nome, come lo conosce il tuo medico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;Nome nei resoconti:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>Stampato in cima ai resoconti che esporti per il tuo medico. Lascialo vuoto per ometterlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Resoconto</translation>
    </message>
</context>
<context>
    <name>viparita::app::SafetyPauseDialog</name>
    <message>
        <location filename="../src/app/session/safety_pause_dialog.cpp" line="+16"/>
        <source>The session is paused</source>
        <translation>La sessione è in pausa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>La sessione aspetta. Continua solo quando ti senti stabile; oppure terminala qui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;Continua quando te la senti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>&amp;Termina la sessione</translation>
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
        <translation>1 fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 fasi</translation>
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
Impossibile caricarla</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1, lato destro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1, lato sinistro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>Sistemati vicino al muro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>Passa al lato sinistro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>Cambia lato, lentamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>Mancano dieci secondi. A seguire: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Mancano dieci secondi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>Sei a metà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>La sessione è completa. Piega le ginocchia, girati su un fianco e riposa un momento prima di tirarti su a sedere, lentamente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>È il momento di una rilevazione della pressione. La sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>Una sessione guidata è in corso</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>La rilevazione del misuratore, salvata con questa sessione: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>Non è stata trovata alcuna uscita audio: questa sessione è silenziosa. Seguila con gli occhi aperti, oppure collega altoparlanti o cuffie (in Impostazioni &gt; Suono e voce c&apos;è una prova).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>Qui nessuna voce parla %1: le indicazioni sono mostrate, non dette. Le voci in altre lingue arrivano con speech-dispatcher ed espeak-ng (il pacchetto Debian speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>Nessuna voce disponibile: le indicazioni vengono mostrate, non lette ad alta voce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>Nessuna voce disponibile: le indicazioni vengono mostrate e accompagnate da un rintocco, non lette ad alta voce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>Non è stata trovata alcuna uscita audio per i rintocchi: ti guiderà solo la voce.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>30 secondi in più in questa fase.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>Sessione terminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>Sessione fermata</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>&amp;Adatta ogni sessione a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Durata della sessione in minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>Altrimenti ogni sequenza si svolge con la sua durata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>&amp;Ritmo del respiro:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;Inspira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>poi &amp;trattieni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>&amp;Espira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>poi trattie&amp;ni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>Pausa dopo l’inspirazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Pausa dopo l’espirazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>A&amp;llunga il respiro di un secondo, in entrata e in uscita, nel corso della sessione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>Respira con il naso, lentamente e a fondo, dentro e fuori. L&apos;obiettivo abituale è circa sei respiri al minuto; con le settimane i respiri si allungano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>Un respiro può durare al massimo %1 secondi: accorcia il respiro o una pausa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>Ogni fase segue il ritmo del respiro indicato dalla sua sequenza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>Circa %1 respiri al minuto all&apos;inizio, che rallentano fino a circa %2 alla fine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>Circa %1 respiri al minuto.</translation>
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
        <translation>Viparita: impostazioni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>Mostra i valori predefiniti; vengono conservati solo quando premi OK.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>Questa è la voce della tua pratica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>È stato suonato un rintocco e la voce ha parlato. Se non hai sentito nessuno dei due, controlla il volume di questo computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>È stato suonato un rintocco, ma non c&apos;è una voce: le indicazioni verranno mostrate e accompagnate da un rintocco, non lette ad alta voce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>La voce ha parlato, ma non è stata trovata alcuna uscita audio per i rintocchi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>Non sono state trovate né un&apos;uscita audio né una voce: le sessioni saranno silenziose. Tieni gli occhi aperti, oppure collega altoparlanti o cuffie.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>Pressione molto alta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>Segnali di allarme: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>Ho uno di questi segnali di allarme &amp;adesso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>Riposa %1 minuti, poi misura di nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>Misura di nuovo ora</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>Pressione molto alta: per oggi lascia stare la pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Esci dalla posizione con delicatezza: piega le ginocchia, girati su un fianco e tirati su a sedere lentamente. Riposa tranquillamente, in posizione seduta, per %1 minuti, poi misura di nuovo. La tua rilevazione è conservata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>Pressione molto alta: non iniziare la pratica adesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Siediti tranquillamente con la schiena appoggiata e i piedi a terra per %1 minuti, poi misura di nuovo. La tua rilevazione è conservata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>Ancora molto alta dopo il riposo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>Non iniziare la pratica oggi. Le tue rilevazioni sono conservate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>Riposa tranquillamente: mancano %1. Poi misura di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>Il riposo è finito: misura di nuovo ora e inserisci la nuova rilevazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Misura di nuovo</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;Rintocchi a ogni fase e a ogni lato, una campana alla fine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>&amp;Voce: nomi delle fasi e indicazioni lette ad alta voce</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>&amp;Toni del respiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>&amp;Occhi chiusi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>Salgono quando inspiri, scendono quando espiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>Annuncia anche la fase successiva e quando mancano dieci secondi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>Con gli occhi chiusi senti ogni cambiamento: lascia attivi i rintocchi o la voce.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>Vol&amp;ume:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>&amp;Prova: un rintocco e la voce</translation>
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
        <translation>Suono &amp;&amp; voce</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>Pressione in piedi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;In piedi dopo la pratica&lt;/b&gt;&lt;br&gt;Tieni il bracciale al braccio. Alzati lentamente, vicino a qualcosa di stabile a cui tenerti. Stai in piedi senza muoverti, con il braccio appoggiato all&apos;altezza del cuore. Avvia il timer appena sei in piedi: ti dice quando misurare, dopo %1 minuto e dopo %2 minuti. Se hai capogiri, siediti o sdraiati subito.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>Sono in &amp;piedi: avvia il timer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>Dopo %1 minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>Dopo %1 minuti</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>Braccio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>Rispetto alla tua ultima rilevazione in posizione sdraiata o seduta: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>Non c&apos;è una rilevazione in posizione sdraiata o seduta con cui confrontare; una sistolica sotto 90 viene comunque segnalata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Mi sento s&amp;venire o ho capogiri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>Sal&amp;ta il controllo in piedi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>&amp;Riavvia il timer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>Un minuto. Fai ora la prima rilevazione in piedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>Tre minuti. Fai ora la seconda rilevazione in piedi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>Non avviato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>In piedi da %1. Prima rilevazione tra %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>Misura ora: la rilevazione dopo %1 minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>In piedi da %1. Seconda rilevazione tra %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>Misura ora: la rilevazione dopo %1 minuti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>Entrambe le rilevazioni ci sono: salvale, poi siediti e riposa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>Inserisci le rilevazioni e salvale; poi siediti.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>Avanzamento nella sessione</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 percent</source>
        <translation>%1 per cento</translation>
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
        <translation>, polso %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>La tua sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1: sessione fermata prima della fine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1: sessione completata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>Tempo di pratica: %1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>Fasi svolte: %1 di %2; saltate: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>Prima: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>Prima: nessuna rilevazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Dopo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>Dopo: nessuna rilevazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>Variazione: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>Variazione: nessun confronto, perché le rilevazioni prima e dopo sono state fatte in posizioni diverse.</translation>
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
        <translation>Durante: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>, poi </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>In piedi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>La tua pressione è scesa alzandoti in piedi: oggi alzati lentamente, e dillo al tuo medico.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>Come ti senti ora?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>Una nota (facoltativa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>Com&apos;è andata la pratica, qualcosa da ricordare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>&amp;Scarta questa sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>La sessione e le sue rilevazioni vengono escluse dallo storico, dall&apos;andamento e dalle esportazioni.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · peggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · un po&apos; peggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · uguale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · meglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · molto meglio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>Nota: al massimo %1 caratteri (questa ne ha %2). Accorciala per salvare la sessione.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n punto, primo %2, ultimo %3, minimo %4, massimo %5</numerusform>
            <numerusform>%1: %n punti, primo %2, ultimo %3, minimo %4, massimo %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>Nessun dato in questo periodo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 il %3</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>non ancora noto</translation>
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
            <numerusform>In %n sessione la tua pressione sistolica è scesa in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è scesa in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è scesa in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è scesa in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica è salita in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è salita in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è salita in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è salita in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica in media non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica in media non è cambiata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica in media non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica in media non è cambiata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC 95%: da %1 a %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>Da…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>Primo giorno mostrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Ultimo giorno mostrato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>Grafico: sistolica prima e dopo ogni sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>Grafico: diastolica prima e dopo ogni sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>Grafico: la variazione in ogni sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>Grafico: polso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>Mostra i dati in una tabella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>Mostra i dati in una tabella: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>Impossibile mostrare i grafici: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>Riepilogo e grafici</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Nessuna sessione ha ancora rilevazioni sia prima sia dopo, quindi non c&apos;è una variazione da mostrare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> In quella sessione la sistolica è scesa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> In quella sessione la sistolica non è scesa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> La sistolica è scesa in %1 sessioni su %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> Non ancora affidabile: meno di %1 sessioni con rilevazioni prima e dopo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>Media domiciliare: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>1 misurazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>%1 misurazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>Al mattino: %1 (%2).
Alla sera: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>Prima delle tue sessioni, la sistolica è variata di %1 mmHg ogni 30 giorni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>, da 1 misurazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>, da %1 misurazioni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>L&apos;andamento prima delle tue sessioni richiede misurazioni in giorni diversi.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>Fatto, %1 su %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>Fatto, %1 rilevazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>Ora, %1 su %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Mancato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>Mancato, %1 su %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>Settimana di misurazione domiciliare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>Per sette giorni, misura come chiedono i medici: ogni mattina (prima di qualsiasi farmaco) e ogni sera, siediti per cinque minuti con la schiena appoggiata, poi fai due rilevazioni a un minuto di distanza. Il primo giorno è escluso; il tuo medico usa la media degli altri sei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>&amp;Primo giorno:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>Prima di una visita medica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>Dopo un cambio di farmaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>Per vedere a che punto sono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>&amp;Inizia la settimana</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>Le fasce di misurazione della settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Mattino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>&amp;Misura ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>&amp;Resoconto della settimana per il medico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>&amp;Dimentica questa settimana…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>Le &amp;tue settimane:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>Le tue settimane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>Rilevazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>Media, giorni dal 2 al 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>Ancora nessuna settimana iniziata. Scegli il primo giorno e inizia: la pagina seguirà poi ogni mattina e ogni sera per sette giorni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>La settimana dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>%n fascia mancata finora.</numerusform>
            <numerusform>%n fasce mancate finora.</numerusform>
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
        <translation>Giorno %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>sera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>mattino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>Il primo giorno è escluso dalla media.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>La settimana non è ancora iniziata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>Finora: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>non ancora abbastanza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>Dimenticare questa settimana?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>Dimenticare la settimana dal %1? Le sue rilevazioni restano nel tuo diario.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Scrive una copia del diario in FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>La copia da scrivere (non deve esistere).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>indica un solo FILE</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>Copia di sicurezza di %1 salvata in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>Sostituisce il diario con una copia di sicurezza (quello attuale viene conservato come copia di sicurezza).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>La copia di sicurezza da ripristinare.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>Diario %1 ripristinato da %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>Diario %1 ripristinato da %2. Il diario com&apos;era prima è conservato in %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>Registra i messaggi di diagnostica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>Usa il diario in PATH (predefinito: $VIPARITA_DATABASE, altrimenti quello della cartella dei dati).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: non è testo UTF-8 valido (indicalo in UTF-8); non è stato fatto nulla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: non deve essere vuoto; non è stato fatto nulla</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: è troppo lungo per un percorso (%n byte; al massimo %2); non è stato fatto nulla</numerusform>
            <numerusform>%1: è troppo lungo per un percorso (%n byte; al massimo %2); non è stato fatto nulla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: è troppo lungo (%n carattere; al massimo %2); non è stato fatto nulla</numerusform>
            <numerusform>%1: è troppo lungo (%n caratteri; al massimo %2); non è stato fatto nulla</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>I tuoi farmaci e le loro modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>Sottocomandi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Uso: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita dalla riga di comando: sequenze, piani e il diario della pressione arteriosa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandi:</translation>
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
        <translation>Esegui &apos;%1 COMMAND --help&apos; per le opzioni di un comando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>Stato di uscita: 0 riuscito, 1 dati rifiutati, 2 errore di utilizzo, 3 errore di file o di archiviazione.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Uso: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>Esegui &apos;%1 %2 SUB-COMMAND --help&apos; per le opzioni di un sottocomando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>Sottocomandi:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>comando sconosciuto &apos;%1&apos;. Forse intendevi &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>Il comando da eseguire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>quale? Indica un sottocomando.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>Esegui &apos;%1 --help&apos; per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>&apos;%1&apos;: qui non è accettato un numero negativo (%2)</translation>
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
        <translation>Esegui &apos;%1 %2 --help&apos; per le sue opzioni.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--seconds deve essere un numero intero da 1 a 3600, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>I misuratori Bluetooth non sono disponibili: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>Elenca i dispositivi Bluetooth nelle vicinanze e indica quali sono misuratori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>Per quanto tempo cercare, in secondi (predefinito: 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>Stampa i dispositivi come array JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>non accetta argomenti</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>Nessun dispositivo Bluetooth nelle vicinanze. Premi il pulsante di avvio o Bluetooth del misuratore perché si renda visibile, e riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>misuratore di pressione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>altro dispositivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>Collega un misuratore Bluetooth e salva le rilevazioni che invia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>L&apos;indirizzo del misuratore (da &apos;cuff scan&apos;); se manca, il primo misuratore che si rende visibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>Per quanto tempo attendere il misuratore e le sue rilevazioni, in secondi (predefinito: 60); termina prima quando il misuratore si spegne da solo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>Quale degli utenti del misuratore sei (da 1 a 254): le rilevazioni degli altri utenti non vengono salvate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>Stampa le rilevazioni senza scrivere nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>Stampa in JSON ciò che è stato ricevuto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--device deve essere un indirizzo come C0:FF:EE:00:18:10, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--user deve essere un numero intero da 1 a 254, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>Rifiutato un dato ricevuto che non è una misurazione: %1 (byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>Il misuratore non è riuscito a misurare (%1): riprova.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>polso %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>polso irregolare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>utente %1 del misuratore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>nuova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>già nel diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>non salvata (simulazione)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>non salvata: un altro utente del misuratore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>letta tenendo conto di come il misuratore si discosta dallo standard: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>pressione nel bracciale %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>l&apos;orologio del misuratore è stato regolato su quello di questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>il misuratore tiene il proprio orologio (non accetta che venga regolato)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>Collegato a %1; in attesa delle sue rilevazioni.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Nessun misuratore si è reso visibile in %1 secondi. Premi il pulsante di avvio o Bluetooth del misuratore perché si renda visibile, e tienilo vicino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>Il misuratore %1 non si è reso visibile in %2 secondi. Premi il suo pulsante di avvio o Bluetooth perché si renda visibile, e tienilo vicino.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Il misuratore non ha inviato rilevazioni in %1 secondi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>Simulazione, non è stato scritto nulla: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n rilevazione per te</numerusform>
            <numerusform>%n rilevazioni per te</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutata</numerusform>
            <numerusform>%n rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n misurazione non riuscita</numerusform>
            <numerusform>%n misurazioni non riuscite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>Nuove: %1, già nel diario: %2, rifiutate: %3, misurazioni non riuscite: %n.</numerusform>
            <numerusform>Nuove: %1, già nel diario: %2, rifiutate: %3, misurazioni non riuscite: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>Esporta rilevazioni o sessioni: CSV, un resoconto PDF o FHIR R4 per il sistema informatico di un medico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (una riga per rilevazione, il predefinito), sessions-csv (una riga per sessione), pdf (il resoconto per il medico), fhir (un Bundle FHIR R4 di osservazioni dei parametri vitali (Observation) e di dichiarazioni sui farmaci (MedicationStatement)) o medication-csv (una riga per ogni modifica di un farmaco).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>Il file da scrivere; &apos;-&apos; per l&apos;uscita standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Ometti le note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>Il nome della persona (PDF: nell&apos;intestazione; FHIR: la risorsa Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>Solo i sette giorni della settimana di misurazione domiciliare; con --format pdf, il resoconto della settimana su una pagina.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: deve essere csv, sessions-csv, pdf, fhir o medication-csv, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>--output FILE è obbligatorio (&apos;-&apos; per l&apos;uscita standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: un PDF è un file binario; indica un file a --output, non &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week indica già il periodo: ometti --from e --to</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: &apos;%1&apos; deve essere KEY=COLUMN, con KEY tra date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: i numeri di colonna partono da 1, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>tabulazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>virgola</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>istanti precisi, mostrati nell&apos;ora locale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>ore UTC, mostrate con lo scarto da UTC della colonna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>l&apos;ora dell&apos;orologio, con lo scarto da UTC o il fuso orario della colonna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>ore UTC, mostrate nell&apos;ora locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>ora locale dell&apos;orologio, a meno che un orario indichi il proprio scarto da UTC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>battito irregolare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 non è in UTF-8; è stato letto come Windows-1252 (controlla le lettere accentate)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n riga non valida; un&apos;importazione non importerebbe nulla (usa --skip-bad-rows per importare le altre)</numerusform>
            <numerusform>%n righe non valide; un&apos;importazione non importerebbe nulla (usa --skip-bad-rows per importare le altre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n riga non valida; non è stato importato nulla (usa --skip-bad-rows per importare le altre)</numerusform>
            <numerusform>%n righe non valide; non è stato importato nulla (usa --skip-bad-rows per importare le altre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>importate: %1, già nel diario: %2, righe non valide saltate: %n</numerusform>
            <numerusform>importate: %1, già nel diario: %2, righe non valide saltate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, righe con il solo polso escluse: %n</numerusform>
            <numerusform>%1, righe con il solo polso escluse: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>Simulazione, non è stato scritto nulla (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>Importa rilevazioni da un file CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>Il file: il CSV di Viparita, l&apos;esportazione CSV di un&apos;altra app, oppure export.zip o export.xml di Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>Mostra cosa è stato riconosciuto e le prime rilevazioni come verranno lette, e le conta; non scrive nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Importa le righe valide anche quando alcune non lo sono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>Legge il file come esportazione di questa app, invece di riconoscerlo: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>Le colonne, al posto di quelle riconosciute: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL è il nome nell&apos;intestazione o un numero a partire da 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>Il formato della data (o di data e ora) al posto di quello riconosciuto, per es. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, oppure unix / unix-ms per i tempi Unix.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: non deve essere vuoto (ometti l&apos;opzione per riconoscere il formato automaticamente)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: deve indicare il giorno, il mese e l&apos;anno (d, M e y, come in dd.MM.yyyy), oppure essere unix o unix-ms, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: &apos;%1&apos; non è una fonte nota a Viparita; indica una tra %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>con %1 MB è troppo grande per una tabella di rilevazioni (se ne leggono al massimo %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>non è un file di rilevazioni: sembra %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>Fonte: una tabella di un&apos;app non nota (colonne dedotte dalla sua intestazione)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>Fonte: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>Codifica: %1 (non UTF-8: un&apos;ipotesi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>Codifica: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>Separatore: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>Intestazione: riga %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>Colonne: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>Date: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>Orari: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>Le prime rilevazioni, come verranno lette:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>non c&apos;è alcun diario in %1 (non è stato creato nulla). Indica con --database il percorso di un diario esistente, oppure aggiungi prima una rilevazione o una sessione.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>Categorie secondo &apos;aha2025&apos; (AHA/ACC 2025, il predefinito), &apos;esc2024&apos; (ESC 2024) o &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; ed &apos;esh&apos; indicano la prima e l&apos;ultima.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: deve essere aha2025, esc2024 o esh2023, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 LAST è la settimana iniziata per ultima (&apos;viparita-cli week start&apos;); una data (YYYY-MM-DD) è il primo giorno di una settimana qualsiasi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: non è stata iniziata alcuna settimana di misurazione domiciliare; iniziane una con &apos;viparita-cli week start&apos;, oppure indica il suo primo giorno (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: deve essere LAST o una data come 2026-11-02, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>Il farmaco: il suo id o il suo nome (come li mostra &apos;medication list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Il farmaco indicato per nome, al posto di MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: deve essere una data come 2026-11-01, non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: deve essere una quantità con la sua unità, come &apos;5 mg&apos; o &apos;1 tablet&apos; (unità: %1), non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>indica un solo MEDICINE (il suo id o il suo nome), oppure usa --name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: non esiste alcun farmaco &apos;%1&apos;; l&apos;elenco è vuoto: aggiungine uno con &apos;viparita-cli medication add&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: non esiste alcun farmaco &apos;%1&apos;; l&apos;elenco contiene %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n farmaco si chiama &apos;%1&apos;: indica il suo id (vedi &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n farmaci si chiamano &apos;%1&apos;: indica l&apos;id di uno di essi (vedi &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>iniziato, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>dose portata a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>sospeso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>%1 iniziato, %2 il %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>%1, dose portata a %2 il %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>%1 sospeso il %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>Aggiunge un farmaco che prendi, dal giorno in cui hai iniziato a prenderlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>Il nome del farmaco, come sulla confezione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>La sua dose: una quantità con la sua unità, come &apos;5 mg&apos; o &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>Il giorno in cui hai iniziato a prenderlo (YYYY-MM-DD); predefinito: oggi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>In quali momenti della giornata lo prendi: morning, midday, evening, bedtime, separati da virgole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>Non viene preso per la pressione (compare comunque nel resoconto per il medico).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>Perché è stato iniziato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>indica --name NAME e --dose DOSE (solo come opzioni)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: deve essere morning, midday, evening o bedtime, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>Farmaco %1 salvato: %2, %3 dal %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>Registra una nuova dose di un farmaco (o la sua ripresa dopo una sospensione).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>La nuova dose, per esempio &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>Il giorno della modifica (YYYY-MM-DD); predefinito: oggi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>Perché è cambiata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>indica la nuova dose con --dose DOSE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>Registra che un farmaco è stato sospeso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>Il giorno in cui è stato sospeso (YYYY-MM-DD); predefinito: oggi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>Perché è stato sospeso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>Annulla l&apos;ultima modifica di un farmaco (registrata per errore).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>Annullata: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>Elimina un farmaco inserito per errore, con tutta la sua storia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>Farmaco %1 (%2) eliminato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>Elenca i farmaci, ciascuno con la sua storia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>Indica quali erano assunti, e a quale dose, in questo giorno (YYYY-MM-DD); predefinito: oggi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>Stampa JSON invece del testo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>accetta solo opzioni, nessun argomento</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>non assunto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(non per la pressione)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n farmaco; farmaci per la pressione assunti il %1</numerusform>
            <numerusform>%n farmaci; farmaci per la pressione assunti il %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n farmaco; nessun farmaco per la pressione assunto il %1</numerusform>
            <numerusform>%n farmaci; nessun farmaco per la pressione assunto il %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>Mostra una sequenza come verrà svolta: l&apos;inizio e la durata di ogni fase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>L&apos;id di una sequenza, o il percorso di un file di sequenza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>Adatta l&apos;intera sessione, compreso il tempo per sistemarsi, a N minuti (da %1 a %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>Stampa JSON invece di una tabella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>indica una sola SEQUENCE (un id o un file)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>--minutes deve essere un numero intero da %1 a %2, non &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1: %2 in tutto, di cui %3 per sistemarsi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1: %2 in tutto</translation>
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
        <translation>INIZIO</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>DURATA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>FASE</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>Salva una rilevazione della pressione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>Quando è stata fatta (ISO 8601; ora locale se manca lo scarto da UTC). Predefinito: adesso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (fuori sessione, il predefinito); before, during o after (prima, durante o dopo una sessione); oppure standing (in piedi dopo una sessione).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>La sessione a cui appartiene una rilevazione before, during, after o standing.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: deve essere una data e ora ISO 8601 come 2026-11-20T20:00:00+01:00, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: deve essere standalone, before, during, after o standing, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: deve essere l&apos;id di una sessione, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: una rilevazione %1 appartiene a una sessione: indica --session ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: una rilevazione di una sessione è before, during, after o standing (in piedi dopo la sessione)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: non esiste alcuna sessione %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>Rilevazione %1 salvata: %2/%3 mmHg, polso %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>Rilevazione %1 salvata: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>Categoria (%1): %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>Elimina una rilevazione (resta segnata come eliminata finché non viene rimossa definitivamente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>L&apos;id della rilevazione.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>indica un solo ID di rilevazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: deve essere l&apos;id di una rilevazione (un numero intero da 1 in su), non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>Rilevazione %1 eliminata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>Elenca le rilevazioni della pressione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Stampa un array JSON invece di una tabella.</translation>
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
        <translation>QUANDO</translation>
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
        <translation>POLSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>CONTESTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>CATEGORIA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>NOTA</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n rilevazione</numerusform>
            <numerusform>%n rilevazioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>Pressione sistolica, in mmHg (da 50 a 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>Pressione diastolica, in mmHg (da 25 a 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>Polso, in battiti al minuto (da 25 a 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>Il braccio misurato: left o right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting, lying o standing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>Il misuratore ha segnalato un battito irregolare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>Una nota.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>--%1 è obbligatorio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2, non &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: deve essere left o right, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: deve essere sitting, lying o standing, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: deve essere SYSTOLIC/DIASTOLIC o SYSTOLIC/DIASTOLIC/PULSE, come 135/85/70, non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3, non &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>nessuna sequenza con l&apos;id &apos;%1&apos; (quelle disponibili: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>Elenca le sequenze incluse e le tue.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TITLE</source>
        <extracomment>A column title of the table of sequences.</extracomment>
        <translation>TITOLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEPS</source>
        <extracomment>A column title of the table of sequences: how many steps.</extracomment>
        <translation>FASI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>inclusa</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>Impossibile caricare %n file:</numerusform>
            <numerusform>Impossibile caricare %n file:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>indica un solo ID di sessione (vedi &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: deve essere l&apos;id di una sessione (un numero intero da 1 in su), non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>Registra una sessione fatta senza l&apos;app, con le sue rilevazioni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>Quando è iniziata la sessione (ISO 8601; ora locale se manca lo scarto da UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>Quanto è durata, in minuti (da 3 a 60); predefinito: la durata della sequenza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>Una rilevazione prima della sessione, SYSTOLIC/DIASTOLIC[/PULSE]; ripeti l&apos;opzione per aggiungerne altre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>Una rilevazione durante la sessione; ripeti l&apos;opzione per aggiungerne altre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>Una rilevazione dopo la sessione; ripeti l&apos;opzione per aggiungerne altre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>Una rilevazione in piedi dopo la sessione (la prima dopo 1 minuto, la successiva dopo 3); ripeti l&apos;opzione per aggiungerne altre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>Come ti sentivi dopo, da 1 (peggio) a 5 (molto meglio).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>indica una SEQUENCE e --at TIME</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: deve essere una data e ora ISO 8601 come 2026-11-20T20:00:00+01:00, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: deve essere un numero intero da 1 a 5, non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: deve avere al massimo %n carattere (questa ne ha %1)</numerusform>
            <numerusform>note: deve avere al massimo %n caratteri (questa ne ha %1)</numerusform>
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
            <numerusform>Sessione %1 salvata: %2, %3 min, %n rilevazione.</numerusform>
            <numerusform>Sessione %1 salvata: %2, %3 min, %n rilevazioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>Elenca le sessioni con le rilevazioni prima e dopo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>INIZIO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>SEQUENZA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <extracomment>A column title: completed, stopped...</extracomment>
        <translation>STATO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE</source>
        <extracomment>A column title: the mean of the readings before the session.</extracomment>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>DOPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>VARIAZIONE</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessione</numerusform>
            <numerusform>%n sessioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>Mostra una sessione: le sue fasi, le rilevazioni, la sensazione e la nota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>L&apos;id della sessione (vedi &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Stampa un oggetto JSON invece del testo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>Vedi &apos;viparita-cli sessions&apos; per gli id.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>Sessione %1: %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <extracomment>A label: when the session started.</extracomment>
        <translation>Iniziata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>A label: when the session ended.</extracomment>
        <translation>Terminata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>Tempo di pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 su %2 previsti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>Sensazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 su 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>Fasi (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>saltata, allungata di %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>saltata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 su %2, allungata di %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>Rilevazioni (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>Si può ripristinare solo una sessione eliminata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>Sessione %1 eliminata con le sue rilevazioni. &apos;viparita-cli session restore %1&apos; le ripristina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>Sessione %1 ripristinata con le sue rilevazioni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>Elimina una sessione e le sue rilevazioni (&apos;session restore&apos; annulla l&apos;operazione).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>Ripristina una sessione eliminata e le sue rilevazioni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>L&apos;id della sessione eliminata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (non ancora affidabile: meno di %n sessione con rilevazioni prima e dopo)</numerusform>
            <numerusform>%1 (non ancora affidabile: meno di %n sessioni con rilevazioni prima e dopo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica è scesa in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è scesa in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica è scesa di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è scesa di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica è salita in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è salita in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica è salita di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica è salita di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica in media non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica in media non è cambiata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>In %n sessione la tua pressione sistolica non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione sistolica non è cambiata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è scesa in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è scesa in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è scesa di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è scesa di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è salita in media di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è salita in media di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica è salita di %1 mmHg</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica è salita di %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica in media non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica in media non è cambiata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>In %n sessione la tua pressione diastolica non è cambiata</numerusform>
            <numerusform>Su %n sessioni la tua pressione diastolica non è cambiata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso è sceso in media di %1 battiti al minuto</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso è sceso in media di %1 battiti al minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso è sceso di %1 battiti al minuto</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso è sceso di %1 battiti al minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso è salito in media di %1 battiti al minuto</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso è salito in media di %1 battiti al minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso è salito di %1 battiti al minuto</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso è salito di %1 battiti al minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso in media non è cambiato</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso in media non è cambiato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>In %n sessione con il polso prima e dopo, il tuo polso non è cambiato</numerusform>
            <numerusform>Su %n sessioni con il polso prima e dopo, il tuo polso non è cambiato</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (IC 95%: da %2 a %3, un intervallo che include l&apos;assenza di variazione)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (IC 95%: da %2 a %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (per un intervallo di confidenza servono almeno 2 sessioni)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1: nessuna misurazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: %2/%3 mmHg in media, su %n misurazione.</numerusform>
            <numerusform>%1: %2/%3 mmHg in media, su %n misurazioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>sistolica %1 mmHg ogni 30 giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>diastolica %1 mmHg ogni 30 giorni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>sistolica %1 mmHg ogni 30 giorni (IC 95%: da %2 a %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>diastolica %1 mmHg ogni 30 giorni (IC 95%: da %2 a %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Nessuna sessione ha ancora rilevazioni sia prima sia dopo, quindi non c&apos;è una variazione da mostrare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>Nessuna sessione ha il polso sia prima sia dopo, quindi non c&apos;è una variazione del polso da mostrare.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Sessioni in cui la tua pressione sistolica è scesa: %1 su %n (%2%)</numerusform>
            <numerusform>Sessioni in cui la tua pressione sistolica è scesa: %1 su %n (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>Mattino (dalle 04:00 alle 11:59, ora locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>Sera (dalle 18:00 alle 23:59, ora locale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>Media domiciliare (rilevazioni in posizione seduta, fuori sessione o prima di una sessione, al massimo dell&apos;ultima settimana): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>In piedi dopo le sessioni: %n rilevazione, di cui %1 con un calo in piedi (sistolica più bassa di 20 o diastolica più bassa di 10 rispetto a sdraiati o seduti, oppure sistolica sotto 90).</numerusform>
            <numerusform>In piedi dopo le sessioni: %n rilevazioni, di cui %1 con un calo in piedi (sistolica più bassa di 20 o diastolica più bassa di 10 rispetto a sdraiati o seduti, oppure sistolica sotto 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Andamento delle misurazioni prima delle sessioni: servono misurazioni prima delle sessioni in 2 o più giorni diversi (finora %n misurazione).</numerusform>
            <numerusform>Andamento delle misurazioni prima delle sessioni: servono misurazioni prima delle sessioni in 2 o più giorni diversi (finora %n misurazioni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Andamento delle misurazioni prima delle sessioni, su %n misurazione: %1, %2.</numerusform>
            <numerusform>Andamento delle misurazioni prima delle sessioni, su %n misurazioni: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Andamento delle misurazioni prima delle sessioni, su %n misurazione: %1, %2 (per un intervallo di confidenza ne servono almeno 3).</numerusform>
            <numerusform>Andamento delle misurazioni prima delle sessioni, su %n misurazioni: %1, %2 (per un intervallo di confidenza ne servono almeno 3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>Ancora nessuna misurazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>Misurazioni per categoria (%1), %2 in tutto:</translation>
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
        <translation>Statistiche: variazione nelle sessioni, media domiciliare, andamento, categorie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>Stampa un oggetto JSON invece delle frasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Include anche la settimana di misurazione domiciliare iniziata il DATE (YYYY-MM-DD): il suo avanzamento, le fasce mancate e la media dei giorni dal 2 al 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>Include anche la settimana di misurazione domiciliare (come --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--week-from deve essere una data come 2026-11-02, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>indica --week o --week-from, non entrambi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>Settimana di misurazione domiciliare dal %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>Fasce mancate finora: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>La sua media (giorni dal 2 al 7, escluso il primo giorno): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>Solo da questo giorno in poi (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>Solo fino a questo giorno, incluso (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: deve essere una data nel formato YYYY-MM-DD, non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: non deve essere successivo a --to</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>Controlla i file delle sequenze; stampa ogni errore con la sua posizione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>I file delle sequenze (JSON) da controllare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>nessun file indicato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1: ok (%2 fasi, %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>File validi: %1 su %2</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>Inizia una settimana di misurazione domiciliare: due rilevazioni ogni mattina e ogni sera per 7 giorni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>Il suo primo giorno (YYYY-MM-DD); predefinito: oggi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>Il motivo: prima di una visita medica, dopo un cambio di farmaci...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: deve essere una data come 2026-11-02, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>Settimana di misurazione domiciliare dal %1 al %2: ogni mattina (prima di qualsiasi farmaco) e ogni sera, siediti per cinque minuti, poi fai due rilevazioni a un minuto di distanza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>Elenca le settimane di misurazione domiciliare iniziate, ciascuna con il suo avanzamento e la sua media.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Stampa un array JSON invece del testo.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Dimentica la settimana che inizia il DATE (le sue rilevazioni restano nel diario).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>Il primo giorno della settimana (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>indica il primo giorno della settimana (DATE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: deve essere una data come 2026-11-02, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>La settimana dal %1 è stata dimenticata; le sue rilevazioni restano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: nessuna settimana di misurazione domiciliare inizia il %1 (vedi &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>il dato ricevuto è lungo %1 byte; una misurazione ne ha almeno %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>il dato ricevuto è lungo %1 byte; i suoi indicatori (0x%2) ne richiedono %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>la sistolica è %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>la diastolica è %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>sistolica %1 e diastolica %2 %3 non possono essere una pressione</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>%1 non è un valore possibile per il polso</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>un movimento del corpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>un bracciale allentato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>un polso irregolare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>un polso sopra l&apos;intervallo previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>un polso sotto l&apos;intervallo previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>un polso fuori dall&apos;intervallo previsto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>una posizione di misurazione non corretta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1, polso %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>Registrata all&apos;ora di arrivo: l&apos;orologio del misuratore indicava %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>Registrata all&apos;ora di arrivo: il misuratore non ha inviato l&apos;ora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>Il misuratore ha rilevato %1.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
</TS>
