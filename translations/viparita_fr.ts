<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>Une pratique guidée des jambes au mur, avec un journal de tension artérielle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>Consigner les messages de débogage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>Utiliser le journal situé à PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>Démarrer tout de suite une séance de la séquence SEQUENCE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>Avec --start&#xa0;: adapter la séance à N minutes (de 3 à 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>Mesurer tout de suite votre tension, avec guidage&#xa0;: cinq minutes de repos, puis deux mesures.</translation>
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
        <translation>Viparita&#xa0;: le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

Viparita s&apos;ouvre sans le journal&#xa0;: rien ne sera enregistré.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>l&apos;importation a été annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>ligne %1&#xa0;: le XML déclare des entités (%2), ce que ne fait pas un export Apple Health&#xa0;; il n&apos;est pas lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>ligne %1&#xa0;: le XML fait référence à l&apos;entité «&#xa0;%2&#xa0;»&#xa0;; il n&apos;est pas lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>ce XML n&apos;est pas un export Apple Health (sa racine est &lt;%1&gt;, et non &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>le XML s&apos;interrompt à la ligne %1&#xa0;: le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate&#xa0;: ce n&apos;est pas une date de la forme 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>systolique&#xa0;: valeur absente ou qui n&apos;est pas un nombre de mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>diastolique&#xa0;: valeur absente ou qui n&apos;est pas un nombre de mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>l&apos;archive zip ne peut pas être lue (%1)&#xa0;: elle est peut-être endommagée ou tronquée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>l&apos;archive zip ne contient pas apple_health_export/export.xml&#xa0;: ce n&apos;est pas un export Apple Health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>l&apos;archive zip ne peut pas être décompressée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>l&apos;archive zip est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>l&apos;archive zip est endommagée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données (contrôle d&apos;intégrité&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>%1 n&apos;est pas un journal Viparita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>%1 a été écrit par une version plus récente de Viparita (version du journal&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être mise en place.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: le dossier de sauvegarde %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: le journal actuel n&apos;a pas pu être d&apos;abord sauvegardé dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1 n&apos;a pas pu être copié à côté du journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: le journal %1 n&apos;a pas pu être remplacé.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>Hypertension de stade 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>Hypertension de stade 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>Hypertension sévère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>Non élevée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>Optimale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>Normale haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>Hypertension de grade 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>Hypertension de grade 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>Hypertension de grade 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>Sous le seuil à domicile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (systolique isolée)</translation>
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
        <translation>une respiration doit durer au plus %1 secondes, et non %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>le rythme respiratoire personnalisé est impossible à suivre (%1)&#xa0;; le rythme propre à la séquence est utilisé à la place</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1&#xa0;: doit être un nombre de secondes de %2 à %3, et non %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>Écriture du CSV&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>Écriture du CSV&#xa0;: le périphérique n&apos;est pas ouvert en écriture</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>est absente&#xa0;; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>la ligne %1 n&apos;est pas une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas refermé</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>compte %1 champs, alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>ce n&apos;est pas un CSV de mesures Viparita&#xa0;: il manque %1 dans l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>doit être une date au format AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>doit être une heure au format HH:MM:SS, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>doit être un décalage horaire tel que +01:00, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>doit valoir standalone, before, during, after ou standing, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>doit valoir left ou right, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>doit valoir sitting, lying ou standing, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>doit valoir 0 ou 1, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>la correspondance des colonnes doit indiquer systolic et diastolic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>la correspondance des colonnes doit indiquer datetime, ou date (et time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>la correspondance des colonnes accepte datetime, ou date et time, mais pas les deux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>l&apos;en-tête ne contient pas de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure qui existe sur l&apos;horloge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>doit valoir yes ou no (1 ou 0), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>l&apos;encodage «&#xa0;%1&#xa0;» ne fait pas partie de ceux que Viparita lit (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>le fichier n&apos;est pas du texte %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>le fichier n&apos;est pas du texte&#xa0;: la ligne %1 contient un octet NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>le fichier n&apos;est pas du texte&#xa0;: la ligne %1 contient le caractère de contrôle %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>Temps Unix en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>Temps Unix en millisecondes</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>doit être une date au format %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>le décalage horaire doit s&apos;écrire +01:00, UTC+0100 ou sous la forme d&apos;un fuseau horaire comme Europe/Paris, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>l&apos;heure doit s&apos;écrire HH:MM, HH:MM:SS ou 7:12 am, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>la colonne de date est vide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>chaque date est un nombre entier de secondes depuis 1970</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>chaque date est un nombre entier de millisecondes depuis 1970</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>la date «&#xa0;%1&#xa0;» à la ligne %2 n&apos;a aucune forme connue de Viparita&#xa0;; indiquez --date-format (par exemple dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>les mois sont écrits en toutes lettres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>l&apos;année vient en premier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>les dates mélangent deux ordres&#xa0;: «&#xa0;%1&#xa0;» à la ligne %2 commence par le jour, «&#xa0;%3&#xa0;» à la ligne %4 par le mois&#xa0;; indiquez --date-format %5 ou %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>jour en premier&#xa0;: «&#xa0;%1&#xa0;» à la ligne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>mois en premier&#xa0;: «&#xa0;%1&#xa0;» à la ligne %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>jour en premier, comme pour les dates écrites avec des points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>le jour et le mois sont identiques dans chaque date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>jour en premier&#xa0;: c&apos;est seulement ainsi que les dates sont dans l&apos;ordre et dans le passé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>mois en premier&#xa0;: c&apos;est seulement ainsi que les dates sont dans l&apos;ordre et dans le passé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>chaque date peut se lire jour en premier comme mois en premier&#xa0;; lues comme %1, à la manière de l&apos;application qui a écrit le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>chaque date peut se lire jour en premier ou mois en premier (par exemple «&#xa0;%1&#xa0;» à la ligne %2)&#xa0;; indiquez --date-format %3 ou %4</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>les rapports PDF ne peuvent pas être créés ici</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>le disque est plein (plus d&apos;espace libre sur le périphérique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>seuls les %1 premiers octets ont pu être écrits (une limite de taille de fichier ou un quota de disque a été atteint)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>seuls %1 octets sur %2 ont pu être écrits (une limite de taille de fichier ou un quota de disque a été atteint)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>1 jour de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>%1 jours de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>1 mesure de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>%1 mesures de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>une mesure du matin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>une mesure du soir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>Pas encore de mesures à domicile. Mesurez en position assise, après cinq minutes de repos&#xa0;: deux mesures le matin et deux le soir, pendant une semaine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>1 mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>sur 1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>sur %1 jours</translation>
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
        <translation>%1&#xa0;: %2 selon les seuils à domicile de %3&#xa0;; d&apos;après %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>Pas encore assez de données pour conclure&#xa0;: il faut %1. Jusqu&apos;ici %2, d&apos;après %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>écartée&#xa0;: le premier jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>écartée&#xa0;: prise pendant ou après une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>écartée&#xa0;: pas prise en position assise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>écartée&#xa0;: hors des jours de la semaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>La semaine commence le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>%1 mesures sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>La semaine est terminée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>Jour %1 sur %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>une page web (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>un document XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>un document XML (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>un document FHIR JSON (Viparita exporte ce format&#xa0;; il importe du CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>un document JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>un tableau dont l&apos;en-tête ne nomme aucune colonne de date ni de tension (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>du texte qui n&apos;est pas un tableau de mesures (sa première ligne&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>une base de données SQLite (un journal se restaure avec «&#xa0;viparita-cli restore&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>un ancien document Excel ou Word (enregistrez-le au format CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>des données binaires, pas du texte (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>ce n&apos;est pas un export de %1&#xa0;: aucune de ses lignes n&apos;est l&apos;en-tête de cette application (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>ce n&apos;est pas un fichier de la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>les colonnes de la date, de la systolique et de la diastolique ne figurent pas toutes dans l&apos;en-tête (%1)&#xa0;; indiquez-les avec --map</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>ce n&apos;est pas un tableau de mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>ce n&apos;est pas un fichier de mesures&#xa0;: on dirait %1</translation>
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
        <translation>Lecture du journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>La lecture du journal %1 a échoué&#xa0;: la base de données a renvoyé une erreur. Rien n&apos;a été modifié&#xa0;; la sortie détaillée (viparita-cli --verbose) donne les détails.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>%1&#xa0;: échec dans le journal %2, la base de données a refusé l&apos;opération. Rien n&apos;a été modifié&#xa0;; la sortie détaillée (viparita-cli --verbose) donne les détails.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>le disque qui le contient est plein&#xa0;: plus d&apos;espace libre sur le périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>%1&#xa0;: échec, le disque qui contient le journal %2 est plein (plus d&apos;espace libre sur le périphérique). Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>la limite de taille de fichier de ce programme a été atteinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>le quota de disque a été atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>une limite de taille de fichier ou un quota de disque a été atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>%1&#xa0;: échec, le journal %2 n&apos;a pas la place de s&apos;agrandir&#xa0;: %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>%1&#xa0;: échec, le journal %2 est utilisé par un autre programme (il est resté verrouillé). Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>%1&#xa0;: échec, le journal %2 ne peut pas être écrit (fichier ou dossier en lecture seule). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>%1&#xa0;: échec, le journal %2 est endommagé. Il n&apos;a pas été modifié&#xa0;; une sauvegarde peut être restaurée (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>%1&#xa0;: échec, le journal %2 n&apos;a pas pu être lu ou écrit (le disque ou le fichier a renvoyé une erreur). Rien n&apos;a été modifié&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>Le journal %1 est ouvert en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>Sauvegarde dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>%1&#xa0;: échec, le fichier existe déjà.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>Recherche des mesures dans le journal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>Mesure %1 de l&apos;importation&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>Importation des mesures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>L&apos;importation a été interrompue&#xa0;; rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>Suppression du médicament %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>Restauration du médicament %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>Il n&apos;y a pas de médicament %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>Le médicament %1 n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>Enregistrement du médicament %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>Enregistrement d&apos;une modification de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>%1 n&apos;a aucune modification à annuler après son début&#xa0;: supprimez plutôt le médicament</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>Annulation d&apos;une modification de %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>Modification du médicament %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>first_day&#xa0;: une semaine d&apos;automesure a besoin de son premier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>reason&#xa0;: au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>Début de la semaine d&apos;automesure du %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>Suppression de la semaine d&apos;automesure %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>Il n&apos;y a pas de semaine d&apos;automesure %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>La dernière sauvegarde est %1&#xa0;; «&#xa0;viparita-cli restore %1&#xa0;» la remet en place.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>Vérification du journal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>Ouverture du journal</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>Mise à niveau du journal</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>Aucun fichier de journal n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>Le dossier %1 du journal n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>Le dossier %1 du journal n&apos;existe pas et n&apos;a pas pu être créé (vérifiez que son dossier parent existe et qu&apos;il est accessible en écriture).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>Le journal %1 n&apos;a pas pu être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>Le journal %1 ne peut pas être lu (pas d&apos;autorisation).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>Le journal %1 est endommagé, ou ce n&apos;est pas un journal Viparita&#xa0;: il ne peut pas être lu. Il n&apos;a pas été modifié. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 est une base de données SQLite, mais pas un journal Viparita. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>il a été écrit par une version plus récente de Viparita (version du journal %1, cette version connaît la %2)&#xa0;; il est ouvert en lecture seule et rien n&apos;y est écrit. Mettez Viparita à jour pour le modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>Le journal %1 est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>il n&apos;y a pas de place pour y écrire (%1). Il peut être lu&#xa0;; libérez de l&apos;espace pour le modifier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>son dossier %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>le fichier n&apos;est pas accessible en écriture (pas d&apos;autorisation).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>Enregistrement de la mesure</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>Le journal %1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>Enregistrement des mesures</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>Modification de la mesure</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>Il n&apos;y a pas de mesure %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>Suppression de la mesure %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>Restauration de la mesure %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>Il n&apos;y a pas de mesure %1 à supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>Il n&apos;y a pas de mesure supprimée %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>Purge des mesures supprimées</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>Une séance a besoin de sa séquence et de son heure de début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>feeling&#xa0;: doit être un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>note&#xa0;: doit compter au plus %1 caractères (celle-ci en compte %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>Enregistrement de la séance</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>Enregistrement d&apos;une étape de la séance %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>Enregistrement d&apos;une étape</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>Clôture de la séance %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>Il n&apos;y a pas de séance %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>note&#xa0;: au plus %1 caractères, et non %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>Modification de la séance %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>Suppression de la séance %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>Restauration de la séance %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>Il n&apos;y a pas de séance terminée %1 à supprimer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>Il n&apos;y a pas de séance supprimée %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>Mesurer ma tension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>Cinq minutes de repos au calme, puis deux mesures à une minute d&apos;intervalle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>Reposez-vous au calme pendant cinq minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>Asseyez-vous sur une chaise, le dos contre le dossier et les deux pieds à plat sur le sol, sans croiser les jambes. Placez le brassard sur le haut de votre bras nu et posez ce bras sur une table, le brassard à la hauteur du cœur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>Maintenant, restez au calme&#xa0;: sans parler, sans téléphone. Laissez votre respiration aller comme elle vient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>Laissez vos épaules descendre et vos mains se détendre. Rien d&apos;autre à faire que rester sur votre chaise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>Bientôt cinq minutes. Restez immobile&#xa0;; au signal sonore, démarrez le tensiomètre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>Une minute avant la deuxième mesure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>Restez comme vous êtes, le bras posé, et gardez le silence. La deuxième mesure aura lieu dans une minute.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1, la moyenne de %2 et %3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>midi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>coucher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>au plus %1 caractères, et non %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>l&apos;historique d&apos;un médicament commence par le jour où il a été commencé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>chaque modification a besoin de sa date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 est après aujourd&apos;hui&#xa0;: enregistrez une modification une fois qu&apos;elle est faite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 est avant la modification qui le précède (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>il faut une quantité et une unité, par exemple 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>%1 était déjà pris le %2&#xa0;: modifiez sa dose, ou arrêtez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>%1 n&apos;était pas pris le %2&#xa0;: reprenez-le plutôt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 est déjà la dose au %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>%1 était déjà arrêté le %2</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>un rapport PDF nécessite une QGuiApplication</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>Rapport de tension artérielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>Rapport de tension artérielle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>Semaine d&apos;automesure à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>Semaine d&apos;automesure à partir du %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>impossible de commencer le document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>impossible d&apos;ajouter une page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>impossible de terminer le document</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>le périphérique n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>rien d&apos;enregistré pour cette période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (arrêté)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 à la fin de la période&#xa0;; ses modifications ci-dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 à la fin de la période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>Médicaments pendant cette période</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>dose modifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(pas pour la tension)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>Doses et modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/report/report_sections.cpp" line="-158"/>
        <source>systolic</source>
        <translation>systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+1"/>
        <source>diastolic</source>
        <translation>diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this period.</source>
        <translation>Aucune mesure pendant cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>Moyenne de chaque jour, mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1, soit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n prise de tension</numerusform>
            <numerusform>%n prises de tension</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1&#xa0;; %2 avec des mesures avant et après</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>Moyenne générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>Matin (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>Soir (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>Moyenne à domicile (en position assise, une semaine au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>aucune séance n&apos;a de mesures à la fois avant et après</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1&#xa0;; sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>; la systolique a baissé lors de %1 séances sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>; pas encore fiable&#xa0;: moins de %1 séances avec des mesures avant et après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>Variation au fil des séances (après moins avant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>Ce que la variation ne peut pas montrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>Passage debout après les séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1&#xa0;; %2 (systolique inférieure de 20 ou diastolique inférieure de 10 par rapport à la position allongée ou assise, ou systolique sous 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n a baissé au passage debout</numerusform>
            <numerusform>%n ont baissé au passage debout</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>Prises de tension par catégorie (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>Comment les mesures ont été prises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>En général&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>Tel qu&apos;indiqué avec les mesures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>Non précisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>Plusieurs mesures d&apos;un même moment forment une prise de tension, dont la valeur est leur moyenne&#xa0;; chaque mesure est listée ci-dessous, avec la date sur la première mesure de chaque jour et la séance laissée vide pour une mesure prise en dehors d&apos;une séance&#xa0;; un bras ou une position identique pour toutes les mesures est indiqué ici plutôt que sur chaque ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>Avant et après les séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>Aucune séance n&apos;a de mesures pendant cette période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>Les graphiques sont omis&#xa0;: ils nécessitent l&apos;application graphique.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita informe&#xa0;; il ne pose pas de diagnostic et ne donne aucun conseil sur les médicaments. Les catégories et les seuils à domicile suivent %1&#xa0;; les sources figurent à la dernière page.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>Catégories et seuils à domicile&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>Moyenne à domicile&#xa0;: le protocole d&apos;automesure de %1 (mesures en position assise après cinq minutes de repos, deux le matin et deux le soir, jusqu&apos;à sept jours, le premier jour étant écarté&#xa0;; au moins 3 jours et 12 mesures pour conclure).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>Basse&#xa0;: systolique sous 90 ou diastolique sous 60, la limite habituelle de l&apos;information des patients&#xa0;; aucune recommandation ne définit de catégorie basse.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>non comparées&#xa0;: mesurées dans des positions différentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>irrégulier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>Semaine d&apos;automesure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>Du %1 au %2 (matin et soir, deux mesures à chaque fois)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>Moyenne des jours 2 à 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 matin et soir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 soir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 matin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>aucune mesure&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>1 créneau avec une seule mesure sur deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>%1 créneaux avec une seule mesure sur deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>Créneaux manqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>La semaine n&apos;est pas terminée&#xa0;: voici où elle en est.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>%1 arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>%1 commencé, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>%1 passé à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>Modifications pendant la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>Méthode&#xa0;: en position assise, le dos appuyé, les pieds à plat, le bras posé à hauteur du cœur, après cinq minutes de repos au calme&#xa0;; deux mesures à une minute d&apos;intervalle chaque matin (avant les médicaments) et chaque soir. Le premier jour est écarté de la moyenne, tout comme les mesures prises en position allongée ou debout, ou pendant ou après une séance.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>%1 comptées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>Jour %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>Aucune mesure n&apos;a été prise pendant les jours de la semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>Les mesures de la semaine (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>À d&apos;autres moments, ou pas en position assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>Dans la moyenne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita informe&#xa0;; il ne pose pas de diagnostic et ne donne aucun conseil sur les médicaments. Les seuils à domicile suivent %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>hors séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <translation>assise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>allongée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>aucune prise de tension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2), %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC à 95&#xa0;%&#xa0;: %1 à %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (all)</source>
        <translation>%1 (toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arm: %1.</source>
        <translation>Bras&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>Position&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>doit être un nombre entier de mmHg de %1 à %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>La valeur systolique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>La valeur diastolique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>Le pouls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>L&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>La position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>doit être supérieure à la valeur diastolique (les avez-vous inversées&#xa0;?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>se situe plus de %1 minutes dans le futur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>doit avoir un décalage UTC de -%1:00 à +%1:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>doit être «&#xa0;debout&#xa0;» (ou non renseignée) pour une mesure au passage debout, et non %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>doit compter au plus %1 caractères (celle-ci en compte %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>doit être un nombre entier de battements par minute de %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>doit être une date et une heure valides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>C&apos;est l&apos;heure de votre pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>Votre prise de tension du matin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>Votre prise de tension du soir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>Dix minutes au calme, les jambes au mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>Jour %1 sur 7 de votre semaine d&apos;automesure&#xa0;: avant tout médicament, asseyez-vous cinq minutes, puis prenez deux mesures à une minute d&apos;intervalle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>Jour %1 sur 7 de votre semaine d&apos;automesure&#xa0;: asseyez-vous cinq minutes, puis prenez deux mesures à une minute d&apos;intervalle.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita affiche vos chiffres&#xa0;; il ne pose pas de diagnostic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>Pliez les genoux, roulez sur le côté et restez-y quelques minutes&#xa0;; seulement ensuite, asseyez-vous, lentement. Si vous vous sentez défaillir ou mal, appelez à l&apos;aide. Si vous prenez un médicament pour la tension, parlez à votre médecin des mesures comme celle-ci.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>Tension basse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>Le petit chiffre est bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>Le petit chiffre (diastolique) est inférieur à 60. Seul, et si vous vous sentez bien, ce n&apos;est généralement pas inquiétant. Si vous avez des vertiges ou si vous vous sentez défaillir, pliez les genoux, roulez sur le côté et reposez-vous avant de vous asseoir, lentement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>La tension a beaucoup baissé depuis avant la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>Votre tension a beaucoup baissé par rapport à la mesure d&apos;avant la séance, prise de la même façon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>La tension a baissé au passage debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>Votre tension a baissé au passage debout&#xa0;: c&apos;est ce qu&apos;on appelle une hypotension orthostatique. Asseyez-vous ou allongez-vous maintenant et reposez-vous jusqu&apos;à vous sentir stable&#xa0;; levez-vous lentement, par étapes, pour le reste de la journée. Parlez-en à votre médecin, surtout si cela se reproduit ou si vous prenez un médicament pour la tension.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>Tension très élevée</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>Ne commencez pas la pratique maintenant. Asseyez-vous au calme, le dos appuyé, pendant %1 minutes, puis mesurez de nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>Arrêtez la pratique pour aujourd&apos;hui. Sortez doucement de la posture&#xa0;: pliez les genoux, roulez sur le côté et asseyez-vous lentement. Reposez-vous au calme, en position assise, pendant %1 minutes, puis mesurez de nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>En cas de douleur dans la poitrine, d&apos;essoufflement, de douleur dans le dos, d&apos;engourdissement ou de faiblesse, de trouble de la vue, de difficulté à parler ou de mal de tête soudain et intense, appelez le numéro d&apos;urgence maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>Si elle est toujours aussi élevée et que vous vous sentez bien par ailleurs, contactez votre médecin ou votre soignant aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>douleur dans la poitrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>essoufflement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>douleur dans le dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>engourdissement ou faiblesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>trouble de la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>difficulté à parler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>mal de tête soudain et intense</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>la séquence n&apos;a aucune étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>l&apos;installation et la pause entre les côtés ne peuvent pas être négatives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>le rythme respiratoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>la respiration de la séquence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>la respiration de l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>la durée doit être de %1 à %2 minutes, et non %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>%1 étapes d&apos;au moins %2 s chacune ne tiennent pas en %3 minutes&#xa0;; choisissez %4 minutes ou plus</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>il n&apos;y a pas de groupe de comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>une partie de toute baisse vient du repos et du fait de mesurer à nouveau&#xa0;: une deuxième mesure est souvent plus basse de toute façon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>les mesures prises en position allongée et en position assise diffèrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>les séances d&apos;une même personne ne sont pas indépendantes les unes des autres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>Ce que ces chiffres ne peuvent pas montrer&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>Systolique, avant et après chaque séance (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>Diastolique, avant et après chaque séance (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>Seuil à domicile %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>Changement de médicament</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>Avant (moyennes au fil du temps)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>Après (moyennes au fil du temps)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>Variation par séance, après moins avant (mmHg), les %1 dernières</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>Variation par séance, après moins avant (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>Pouls (battements par minute)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>Nuit&#xa0;: sombre et tamisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>Le thème de nuit garde l&apos;écran sombre pour une pratique du soir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>Celle du système : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>Les textes de la fenêtre, des séquences, des indications dites à voix haute et des rapports. Une nouvelle langue s’affiche au prochain démarrage de Viparita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>Guide respiratoire</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>inspirez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>retenez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>expirez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>repos</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita&#xa0;: précautions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>Avant votre première séance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>J&apos;ai lu ces informations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>S&apos;allonger sur le dos, les jambes reposant contre un mur, est une pratique douce, mais elle ne convient pas à tout le monde. Veuillez lire ceci avant de commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>Ne pratiquez pas, ou demandez d&apos;abord l&apos;avis de votre médecin, si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>vous êtes dans les derniers mois de grossesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>vous avez un glaucome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>votre tension est très élevée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>vous avez une hernie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>rester longtemps sur le dos présente un risque pour vous, quelle qu&apos;en soit la raison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>un afflux de sang plus important vers la tête pose problème dans votre cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>Certains enseignants conseillent aussi de ne pas pratiquer les jours de règles abondantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>Hypertension et médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>Si vous avez de l&apos;hypertension, ou si vous prenez un médicament pour la tension, parlez-en à votre médecin avant de commencer cette pratique. Surélever les jambes peut faire baisser la tension et le pouls&#xa0;; avec les médicaments, elle risque de baisser trop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>Viparita peut vous demander une mesure pendant la séance, en plus d&apos;avant et d&apos;après&#xa0;: cochez «&#xa0;Je prends un médicament pour la tension&#xa0;» dans les Paramètres, rubrique Santé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>Si vous vous sentez défaillir, ou si votre tension chute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>Pliez les genoux.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>Roulez sur le côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>Restez ainsi, en respirant calmement, jusqu&apos;à vous sentir stable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>Seulement ensuite, asseyez-vous, lentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>Sortez de toute position qui fait mal ou qui force&#xa0;: la pratique doit rester confortable. Si vous vous sentez défaillir plus d&apos;une fois, parlez-en à votre médecin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>Ce que fait Viparita, et ce qu&apos;il ne fait pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>Viparita guide la pratique et conserve vos mesures. Il informe&#xa0;; il ne pose pas de diagnostic et ne donne pas de conseils sur les médicaments. Les catégories de tension qu&apos;il affiche proviennent de recommandations publiées, pour que vous les regardiez ensemble, vous et votre médecin. Ne commencez, n&apos;arrêtez ni ne modifiez jamais un médicament à cause de ce que vous voyez ici&#xa0;: demandez à votre médecin.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>Temps restant dans cette étape</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>Le tensiomètre refuse d&apos;envoyer ses mesures&#xa0;: associez-le d&apos;abord dans les paramètres Bluetooth de l&apos;ordinateur (avec le code qu&apos;il affiche), puis réessayez.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>Le Bluetooth n&apos;est pas disponible&#xa0;: BlueZ, le service Bluetooth du système, ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>Le Bluetooth n&apos;est pas disponible&#xa0;: cet ordinateur n&apos;a pas d&apos;adaptateur Bluetooth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>Le Bluetooth est désactivé. Activez-le dans les paramètres Bluetooth de l&apos;ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>La recherche de tensiomètres a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Aucun tensiomètre ne s&apos;est signalé en %n seconde. Appuyez sur le bouton de démarrage ou Bluetooth du tensiomètre pour qu&apos;il se signale, et gardez-le à proximité.</numerusform>
            <numerusform>Aucun tensiomètre ne s&apos;est signalé en %n secondes. Appuyez sur le bouton de démarrage ou Bluetooth du tensiomètre pour qu&apos;il se signale, et gardez-le à proximité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>Le tensiomètre %1 ne s&apos;est pas signalé en %n seconde. Appuyez sur son bouton de démarrage ou Bluetooth pour qu&apos;il se signale, et gardez-le à proximité.</numerusform>
            <numerusform>Le tensiomètre %1 ne s&apos;est pas signalé en %n secondes. Appuyez sur son bouton de démarrage ou Bluetooth pour qu&apos;il se signale, et gardez-le à proximité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>Le tensiomètre n&apos;a pas pu être connecté&#xa0;: il n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>Le tensiomètre n&apos;a pas pu être connecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>%1 ne propose pas le service standard de tension artérielle (Blood Pressure Service)&#xa0;; il nécessite peut-être l&apos;application de son fabricant.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>Le service de tension artérielle du tensiomètre n&apos;offre aucune mesure à écouter.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>Le service de tension artérielle du tensiomètre n&apos;a pas pu être lu (erreur %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>%1 a disparu avant d&apos;être prêt. Appuyez de nouveau sur son bouton et gardez-le à proximité.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>Un tensiomètre Bluetooth qui utilise le service standard de tension artérielle (Blood Pressure Service) envoie ses mesures ici&#xa0;: celles de sa mémoire chaque fois qu&apos;il se connecte et, pendant une séance, celle qu&apos;il vient de prendre, annoncée à voix haute. Appuyez sur le bouton Bluetooth ou de démarrage du tensiomètre pour qu&apos;il se signale, puis lancez la recherche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>Votre tensiomètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>&amp;Rechercher des tensiomètres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>Appareils trouvés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>&amp;Utiliser ce tensiomètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>&amp;Oublier ce tensiomètre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>Tous (une seule personne utilise le tensiomètre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>Utilisateur </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>&amp;Mon numéro d&apos;utilisateur sur le tensiomètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>Un tensiomètre partagé par plusieurs personnes garde une mémoire pour chacune (utilisateur 1, utilisateur 2…). Choisissez la vôtre&#xa0;: les mesures des autres ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>Un tensiomètre qui demande un code d&apos;association doit d&apos;abord être associé dans les paramètres Bluetooth de l&apos;ordinateur (le code s&apos;affiche sur le tensiomètre ou figure dans sa notice)&#xa0;; choisissez-le ensuite ici. Les tensiomètres qui ne fonctionnent qu&apos;avec l&apos;application de leur fabricant ne peuvent pas être utilisés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>Tensiomètre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>Votre tensiomètre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>Le Bluetooth n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1&#xa0;: tensiomètre (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1&#xa0;: pas un tensiomètre (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>Rien n&apos;a été trouvé. Appuyez sur le bouton du tensiomètre pour qu&apos;il se signale, gardez-le à proximité et relancez la recherche.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>%n appareil trouvé.</numerusform>
            <numerusform>%n appareils trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>Tensiomètre&#xa0;: aucun choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>Tensiomètre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>Tensiomètre&#xa0;: dernière mesure %1/%2 à %3&#xa0;; en attente de %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>Tensiomètre&#xa0;: en attente de %1 (appuyez sur son bouton)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>Tensiomètre&#xa0;: %1 connecté&#xa0;; dernière mesure %2/%3 à %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>Tensiomètre&#xa0;: %1 connecté</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>Le Bluetooth n&apos;est pas disponible dans cette installation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>Le Bluetooth est désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>pas de Bluetooth sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>%1 doit d&apos;abord être associé (paramètres Bluetooth de l&apos;ordinateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>%1 ne propose pas le service standard</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>Cette mesure était celle de l&apos;utilisateur %1 du tensiomètre, pas la vôtre (utilisateur %2)&#xa0;: non enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>Le tensiomètre n&apos;a pas pu mesurer&#xa0;: restez immobile et réessayez.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>Modifier une mesure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>Prise &amp;le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Systolic (mmHg)</source>
        <translation>&amp;Systolique (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diastolic (mmHg)</source>
        <translation>&amp;Diastolique (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (a minute)</source>
        <translation>&amp;Pouls (par minute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not noted</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>&amp;Bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Allongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Le tensiomètre a signalé un rythme cardiaque &amp;irrégulier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>au passage debout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>hors séance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>Modifier une séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>Votre ressenti après la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>Votre &amp;ressenti après la séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;Mesures de cette séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>Mesures de cette séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>Mo&amp;difier la mesure…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1, %2&#xa0;: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>, pouls %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (modifiée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>Aucune mesure n&apos;a été prise.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>Un résumé, les graphiques de tendance et chaque mesure, que votre médecin peut lire en une minute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>Une ligne par mesure, pour un tableur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>Une ligne par séance, avec les mesures d&apos;avant et d&apos;après et la variation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>Observations de signes vitaux et déclarations de médicaments FHIR R4, pour un système de dossiers médicaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>Une ligne par modification de chaque médicament&#xa0;: début, changement de dose, arrêt, avec la date et la raison.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>bras droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>bras gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>allongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>Exporter pour votre médecin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>Mesures en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>Séances en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>Médicaments en CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>Votre nom, tel que votre médecin vous connaît</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>Inclure mes notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>Les notes peuvent être personnelles&#xa0;: laissez-les de côté si vous préférez que votre médecin ne les lise pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>La première date ne doit pas être postérieure à la dernière.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>Le journal ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>1 mesure</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>%1 mesures</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>La semaine d&apos;automesure à partir du %1&#xa0;: %2, sur une page à part.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Rien n&apos;a été enregistré du %1 au %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, du %2 au %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>Page 1 sur %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>Le rapport ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>Le rapport a été envoyé à %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>L&apos;export n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>Le rapport n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 Choisissez un autre format ou une autre période pour exporter de nouveau, ou Fermer.</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>Rapport de tension artérielle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Aperçu de la première page du rapport</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… et %1 lignes de plus</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>&amp;Recommandations&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>Les catégories de tension dans lesquelles vos mesures sont classées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>Je prends un &amp;médicament pour la tension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>Viparita demande alors une mesure pendant chaque séance (à l&apos;étape indiquée par la séquence, ou à sa moitié) et après&#xa0;: la pratique peut faire baisser la tension et, avec des médicaments, elle ne doit pas baisser trop. Ce réglage suit votre liste de la page Médicaments chaque fois que la liste change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>Vérifier ma tension au passage &amp;debout après une séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>Après les mesures qui suivent une séance, levez-vous lentement et prenez une mesure au bout d&apos;1 minute et au bout de 3 minutes&#xa0;; une minuterie vous indique quand. Une tension qui baisse au passage debout peut donner des vertiges&#xa0;; les médicaments rendent cela plus probable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>&amp;Bras habituel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>Assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>Allongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>&amp;Position habituelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>Les nouvelles mesures commencent avec ces valeurs. Mesurer sur le même bras, dans la même position, permet de comparer les mesures entre elles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>Aide de Viparita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>Ajouter une mesure de tension</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>Pratique, Historique, Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>Exporter pour votre médecin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>Plein écran, activer et désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>Quitter (pendant une séance, demande d&apos;abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>Pause, puis reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>30 secondes de plus dans cette étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>Prendre une mesure maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop the session (asks first); Esc again goes on</source>
        <translation>Arrêter la séance (demande d&apos;abord)&#xa0;; Échap une seconde fois pour continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop, when asked</source>
        <translation>Arrêter, quand la question est posée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>Fenêtres de saisie des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>Systolique, diastolique, pouls, la mesure suivante, puis le bras et la position, puis les boutons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>Enregistrer (avant une séance&#xa0;: enregistrer et commencer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>Annuler&#xa0;; avant une séance, aucune séance ne commence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>Modifier la séance ou la mesure sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Touche Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>La même chose, dans un menu</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>Mesure avant une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>Mesure pendant une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>Mesure après une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>Mesure au passage debout après une séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (arrêtée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (interrompue)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>, pouls %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>non comparées</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>Séances et mesures hors séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>Mesures hors séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>Mesures avant les séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>Mesures pendant les séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>Mesures après les séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>Mesures au passage debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>Séances et mesures</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>Hypertension sévère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>La séance n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>Séance du %1 supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>Séance du %1 supprimée, avec sa mesure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>Séance du %1 supprimée, avec ses %2 mesures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>Mesure du %1 supprimée (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>La mesure n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>La séance n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>La mesure n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>La séance n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>La séance n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>Une mesure n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>La mesure n&apos;a pas été modifiée</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 de chaque côté</translation>
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
        <translation>Séquences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>Une mesure de tension en dehors d&apos;une séance (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>Mesurer ma &amp;tension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>Avec guidage&#xa0;: cinq minutes de repos au calme, puis deux mesures à une minute d&apos;intervalle, enregistrées comme une seule prise de tension</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>À propos de la séquence</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>telle que prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>Réglage personnalisé (dans les paramètres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>allonger au fil de la séance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>Le journal n&apos;est pas disponible&#xa0;: les séances ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>Le journal n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>Dernière séance&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>Avant %1, après %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>Vous avez pratiqué aujourd&apos;hui ou hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>%1 jours de pratique d&apos;affilée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>Aucune séance terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>Aucune séquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>Placez des fichiers de séquence dans le dossier sequences du dossier de données de Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>Ce fichier n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>Corrigez le fichier et redémarrez Viparita&#xa0;; «&#xa0;viparita-cli validate FICHIER&#xa0;» le vérifie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 en faisant les deux côtés)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>Matériel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>&amp;Date (ou date et heure)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Systolic:</source>
        <translation>&amp;Systolique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iastolic:</source>
        <translation>D&amp;iastolique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pouls&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>&amp;Rythme irrégulier&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>Dates écrites sous la forme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>Année en premier (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>Temps Unix en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>Temps Unix en millisecondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>Comment les dates sont écrites&#xa0;: d pour le jour, M pour le mois (MMM pour son nom), yyyy ou yy pour l&apos;année. L&apos;heure, après la date ou dans sa propre colonne, se lit sous la forme 7:30, 07:30:15 ou 7:30 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>&amp;Format de date&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>choisissez la colonne de la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>choisissez les colonnes des valeurs systolique et diastolique</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>Comment le fichier est lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>Une autre application (colonnes ci-dessous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>&amp;Exporté par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>Champs séparés par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>Virgules ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>Points-virgules (&#xa0;; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>Tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>Champs séparés &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>En-tête à la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>En-tête à la &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>Les premières lignes, telles qu&apos;elles seront lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>Les lignes qui ne peuvent pas être lues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>I&amp;gnorer les lignes en erreur et importer les autres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>Les premières lignes, telles qu&apos;elles seront lues&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>Mesures (*.csv *.txt *.tsv *.zip *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>%1 est trop volumineux pour être un tableau de mesures (%2 Mo&#xa0;; 64 Mo au plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>%1 n&apos;est pas un fichier de mesures&#xa0;: on dirait %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>Un fichier de mesures exporté par Viparita&#xa0;: toutes les colonnes sont connues.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>Un tableau provenant d&apos;une autre application. Ses colonnes sont devinées d&apos;après son en-tête&#xa0;: vérifiez les lignes ci-dessous, et corrigez ce qui est mal lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>Reconnu comme un export de %1. Vérifiez les lignes ci-dessous, et corrigez ce qui est mal lu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;: il est lu comme du Windows-1252. Vérifiez ses lettres accentuées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>Le fichier ne peut pas être lu tel quel&#xa0;: %1. Choisissez le format de date ou les colonnes ci-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>Dates&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>Un export Apple Health&#xa0;: lecture de ses mesures de tension. Un gros export prend du temps&#xa0;; rien n&apos;est importé tant que vous n&apos;avez pas choisi Importer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>La lecture de %1 a été interrompue&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>Un export Apple Health&#xa0;: ses mesures de tension, chacune avec le pouls enregistré par la même application à ce moment-là.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>Rythme cardiaque irrégulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(écartée&#xa0;: un pouls seul, ou pas une ligne de mesures)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>Le fichier ne peut pas être lu de cette façon&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n ligne — à importer : %1, erronées : %2.</numerusform>
            <numerusform>%n lignes — à importer : %1, erronées : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n ligne ne contient qu’un pouls : elle est ignorée.</numerusform>
            <numerusform>%n lignes ne contiennent qu’un pouls : elles sont ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>%1 d&apos;entre elles sont déjà dans le journal et seront ignorées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>Rien n&apos;est importé tant qu&apos;une ligne est en erreur, sauf si vous ignorez les lignes en erreur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>Le fichier ne contient aucune mesure à importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>Les mesures n&apos;ont pas été importées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>Importation terminée&#xa0;: %1 depuis %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 mesures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>%1 déjà dans le journal ont été ignorées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>1 ligne en erreur a été écartée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>%1 lignes en erreur ont été écartées.</translation>
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
            <numerusform>%n nouvelle mesure du tensiomètre enregistrée.</numerusform>
            <numerusform>%n nouvelles mesures du tensiomètre enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>%n nouvelle mesure du tensiomètre enregistrée&#xa0;; %1 déjà dans le journal.</numerusform>
            <numerusform>%n nouvelles mesures du tensiomètre enregistrées&#xa0;; %1 déjà dans le journal.</numerusform>
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
        <translation>Rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>&amp;Pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>&amp;Semaine d&apos;automesure</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>&amp;Ajouter une mesure…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>&amp;Exporter pour votre médecin…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>Im&amp;primer le rapport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>&amp;Importer des mesures…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>Thème de &amp;nuit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>Paramètr&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>&amp;Précautions, et qui ne devrait pas pratiquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>À propos de &amp;Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>Aucune pratique ne commence tant que les précautions n&apos;ont pas été lues&#xa0;: Commencer les affiche de nouveau.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>La mesure n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>À propos de Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;Une pratique guidée des jambes au mur, avec un journal de tension artérielle.&lt;/p&gt;&lt;p&gt;Viparita informe&#xa0;; il ne pose pas de diagnostic et ne donne pas de conseils sur les médicaments. Parlez de votre tension à votre médecin.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>Démarrez le tensiomètre maintenant, et restez immobile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>Relancez le tensiomètre, et restez immobile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>Cinq minutes. Démarrez le tensiomètre maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>Une minute. Relancez le tensiomètre.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>La prise de tension s&apos;est terminée sans mesure&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>Le journal n&apos;est pas ouvert&#xa0;: les mesures n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>Les mesures n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>Une mesure enregistrée&#xa0;: %1. Une deuxième, une minute plus tard, forme une prise de tension utilisable par votre médecin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>Prise de tension enregistrée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>&amp;Matin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>Mid&amp;i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>&amp;Soir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>&amp;Coucher</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>Modifier la dose de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>Modifier les informations sur %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>comme sur la boîte, par ex. Amlodipine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>par ex. 5 mg, ou 1 comprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>Une quantité et une unité&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>actuellement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>Nouvelle &amp;dose&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>Commencé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>A&amp;rrêté le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;À partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>Pris le matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>Pris à midi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>Pris le soir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>Pris au coucher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>Moment de prise&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>Pris pour la &amp;tension</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>facultatif, par ex. sur avis du médecin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>indiquez la quantité et son unité, par exemple 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une quantité avec une unité, comme 5 mg ou 1 comprimé</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>le journal n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>Commencé, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>Dose passée à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>Les médicaments que vous prenez et chaque changement de dose, avec sa date, pour le rapport destiné à votre médecin et les graphiques de tendance. Viparita tient la liste&#xa0;; il ne donne jamais de conseils sur les médicaments.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>Médicaments et leurs modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>Dose actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>Moment de prise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>Aucun médicament pour l&apos;instant. Ajoutez chacun de ceux que vous prenez, avec le jour où vous l&apos;avez commencé&#xa0;: le rapport montre alors votre tension en regard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;Ajouter un médicament…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>Son nom, les moments de la journée, s&apos;il est pour la tension (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>&amp;Changer la dose…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>A&amp;rrêter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>A&amp;nnuler la dernière modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>Supprimer %1 et tout son historique&#xa0;? Ne le faites que pour un médicament saisi par erreur&#xa0;; un médicament que vous ne prenez plus doit plutôt être arrêté.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(pas pour la tension)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1, %2 actuellement, depuis le %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1, arrêté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>Re&amp;prendre…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>inspirez %1 s, expirez %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>Rythme de la séquence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 respirations par minute (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 respirations par minute (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>Doux (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · côté gauche</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Gauche</translation>
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
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop the session? What you have done so far is kept.</source>
        <translation>Arrêter la séance&#xa0;? Ce que vous avez fait jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>Installez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>Asseyez-vous de côté près du mur, puis allongez-vous et mettez-vous à l&apos;aise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>Passez au côté gauche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>La séance est terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>La séance a été arrêtée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>Roulez sur le côté, restez-y quelques respirations, puis asseyez-vous lentement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>Image de la posture</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;Avant de commencer&lt;/b&gt;&lt;br&gt;Asseyez-vous, le dos appuyé et les pieds à plat, pendant cinq minutes, puis prenez deux mesures à une ou deux minutes d&apos;intervalle, sur votre bras habituel. Ou passez cette étape et commencez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;Une mesure pendant la pratique&lt;/b&gt;&lt;br&gt;La séance est en pause. Prenez votre mesure sans changer de position&#xa0;; elle reprendra quand vous aurez terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;Après la pratique&lt;/b&gt;&lt;br&gt;Roulez sur le côté et asseyez-vous lentement. Reposez-vous quelques minutes en position assise, puis prenez vos mesures dans cette position, sur le même bras qu&apos;avant, pour qu&apos;elles soient comparables aux mesures d&apos;avant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;Démarrez le tensiomètre maintenant&lt;/b&gt;&lt;br&gt;Restez immobile, le bras posé à hauteur du cœur, et ne parlez pas pendant la mesure. Ensuite, saisissez ce qu&apos;il affiche, ou laissez le tensiomètre l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;Une mesure de tension&lt;/b&gt;&lt;br&gt;Asseyez-vous, le dos appuyé, pendant cinq minutes, puis prenez deux mesures à une ou deux minutes d&apos;intervalle&#xa0;; elles comptent comme une seule prise de tension.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>Tension avant la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>Tension après la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>Tension pendant la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>Votre mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arm:</source>
        <translation>&amp;Bras&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting</source>
        <translation>Assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>Allongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>Ajouter une &amp;autre mesure</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>Prise &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>Facultatif&#xa0;: ce que vous avez fait ou ressenti avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>Le tensiomètre a signalé un rythme cardiaque &amp;irrégulier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>Prendre une mesure avec le &amp;tensiomètre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>Attend la mesure prise par le tensiomètre, et l&apos;inscrit dans la prochaine ligne vide.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Pression du brassard&#xa0;: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Je me sens &amp;défaillir ou j&apos;ai des vertiges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Enregistrer et commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>&amp;Passer et commencer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>Ter&amp;miner la prise de tension</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>Mesure %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;Relancez le tensiomètre&lt;/b&gt;&lt;br&gt;Restez comme vous êtes, le bras posé à hauteur du cœur&#xa0;; ne parlez pas pendant la mesure.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>En attente de %1&#xa0;: appuyez sur son bouton de démarrage.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>Mesure %1 du tensiomètre&#xa0;: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>, pouls %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>Une mesure&#xa0;: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>Moyenne de %1 mesures&#xa0;: %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · variation par rapport à avant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>&amp;Fermer sans commencer</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingEntryRow</name>
    <message>
        <location filename="../src/app/readings/reading_entry_row.cpp" line="+61"/>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>%1&#xa0;: trois chiffres au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>%1 n&apos;accepte que les chiffres de 0 à 9&#xa0;: «&#xa0;%2&#xa0;» a été retiré. Vérifiez le nombre.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>Saisissez la valeur systolique et la valeur diastolique.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>Ajouter les mesures et la terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>La marquer comme arrêtée</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>La séance %1 du %2 a été interrompue. Vous pouvez ajouter vos mesures d&apos;après et la terminer, ou la garder comme arrêtée.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>%1 n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>Rappels de Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>Rappels pour pratiquer et pour mesurer, sous forme de notifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>%1 n&apos;a pas pu être démarré</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>Me rappeler de &amp;pratiquer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>Jours de pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>Heure de pratique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>Me rappeler les prises de tension de ma semaine d&apos;a&amp;utomesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>&amp;Matin à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>&amp;Soir à&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>Les rappels arrivent sous forme de notifications du bureau, avec Commencer et Plus tard, même quand Viparita est fermé&#xa0;: un petit assistant démarre quand vous vous connectez à l&apos;ordinateur et reste en veille jusqu&apos;au prochain rappel. Désactiver les deux rappels le supprime. Les créneaux d&apos;une semaine ne sont rappelés que pendant les sept jours d&apos;une semaine que vous avez commencée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>Votre nom, tel que votre médecin le connaît</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;Nom sur les rapports&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>Imprimé en haut des rapports que vous exportez pour votre médecin. Laissez vide pour ne pas l&apos;afficher.</translation>
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
        <translation>La séance est en pause</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>La séance attend. Ne continuez que lorsque vous vous sentez stable&#xa0;; sinon, arrêtez-la ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;Continuer quand vous êtes prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>&amp;Terminer la séance</translation>
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
        <translation>1 étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
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
N&apos;a pas pu être chargée</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1, côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1, côté gauche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>Installez-vous près du mur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>Passez au côté gauche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>Changez de côté, lentement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>Encore dix secondes. Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Encore dix secondes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>La moitié de la séance est passée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>La séance est terminée. Pliez les genoux, roulez sur le côté et reposez-vous un moment avant de vous asseoir, lentement.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>C&apos;est le moment de mesurer votre tension. La séance est en pause.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>Une séance guidée est en cours</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>La mesure du tensiomètre, enregistrée avec cette séance&#xa0;: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>Aucune sortie audio n&apos;a été trouvée&#xa0;: cette séance est silencieuse. Suivez-la les yeux ouverts, ou branchez des haut-parleurs ou un casque (Paramètres &gt; Son et voix propose un test).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>Aucune voix ne parle %1 ici : les indications sont affichées, pas dites. Des voix dans d’autres langues viennent avec speech-dispatcher et espeak-ng (le paquet Debian speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>Aucune voix n&apos;est disponible&#xa0;: les consignes sont affichées, pas lues à voix haute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>Aucune voix n&apos;est disponible&#xa0;: les consignes sont affichées et signalées par un tintement, pas lues à voix haute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée pour les tintements&#xa0;: seule la voix vous guidera.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>30 secondes de plus dans cette étape.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>&amp;Adapter chaque séance à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Durée de la séance en minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>Sinon, chaque séquence garde sa propre durée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>&amp;Rythme respiratoire&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;Inspirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>puis re&amp;tenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>&amp;Expirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>puis rete&amp;nir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>Rétention après l’inspiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Rétention après l’expiration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>A&amp;llonger la respiration d&apos;une seconde dans chaque sens au fil de la séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>Respirez par le nez, lentement et pleinement, à l&apos;inspiration comme à l&apos;expiration. Environ six respirations par minute, c&apos;est l&apos;objectif habituel&#xa0;; au fil des semaines, les respirations s&apos;allongent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>Une respiration peut durer au plus %1 secondes&#xa0;: raccourcissez la respiration ou une retenue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>Chaque étape suit le rythme respiratoire donné par sa séquence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>Environ %1 respirations par minute au début, en ralentissant jusqu&apos;à environ %2 à la fin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>Environ %1 respirations par minute.</translation>
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
        <translation>Viparita&#xa0;: paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>Affiche les valeurs par défaut&#xa0;; elles ne sont conservées que si vous appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>Voici la voix de votre pratique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>Un tintement a retenti et la voix a parlé. Si vous n&apos;avez entendu ni l&apos;un ni l&apos;autre, vérifiez le volume de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>Un tintement a retenti, mais il n&apos;y a pas de voix&#xa0;: les consignes seront affichées et signalées par un tintement, pas lues à voix haute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>La voix a parlé, mais aucune sortie audio n&apos;a été trouvée pour les tintements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>Aucune sortie audio et aucune voix n&apos;ont été trouvées&#xa0;: les séances seront silencieuses. Gardez les yeux ouverts, ou branchez des haut-parleurs ou un casque.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>Tension très élevée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>Signes d&apos;alerte&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>J&apos;ai l&apos;un de ces signes d&apos;alerte &amp;maintenant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>Reposez-vous %1 minutes, puis mesurez de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>Mesurer de nouveau maintenant</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>Tension très élevée&#xa0;: arrêtez la pratique pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Sortez doucement de la posture&#xa0;: pliez les genoux, roulez sur le côté et asseyez-vous lentement. Reposez-vous au calme, en position assise, pendant %1 minutes, puis mesurez de nouveau. Votre mesure est conservée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>Tension très élevée&#xa0;: ne commencez pas la pratique maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>Asseyez-vous au calme, le dos appuyé et les pieds à plat, pendant %1 minutes, puis mesurez de nouveau. Votre mesure est conservée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>Toujours très élevée après le repos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>Ne commencez pas la pratique aujourd&apos;hui. Vos mesures sont conservées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>Reposez-vous au calme&#xa0;: encore %1. Puis mesurez de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>Le repos est terminé&#xa0;: mesurez de nouveau maintenant, et saisissez la nouvelle mesure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Mesurer de nouveau</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;Tintements à chaque étape et à chaque côté, une cloche à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>&amp;Voix&#xa0;: noms des étapes et consignes lues à voix haute</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>Sons de &amp;respiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>&amp;Yeux fermés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>Un son qui monte quand vous inspirez et descend quand vous expirez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>Annonce aussi l&apos;étape suivante, et le moment où il reste dix secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>Les yeux fermés, vous entendez chaque changement&#xa0;: gardez les tintements ou la voix activés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>V&amp;olume&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>&amp;Essai&#xa0;: un tintement et la voix</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sound &amp;&amp; voice</source>
        <translation>Son &amp;&amp; voix</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>Tension au passage debout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;Se lever après la pratique&lt;/b&gt;&lt;br&gt;Gardez le brassard. Levez-vous lentement, à côté d&apos;un appui stable auquel vous pouvez vous tenir. Restez immobile, le bras posé à la hauteur du cœur. Lancez la minuterie dès que vous êtes debout&#xa0;: elle vous indique quand mesurer, au bout de %1 minute et au bout de %2 minutes. Si vous avez des vertiges, asseyez-vous ou allongez-vous immédiatement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>Je suis &amp;debout&#xa0;: lancer la minuterie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>Après %1 minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>Après %1 minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>Par rapport à votre dernière mesure en position allongée ou assise&#xa0;: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>Il n&apos;y a pas de mesure en position allongée ou assise à laquelle comparer&#xa0;; une systolique inférieure à 90 est tout de même signalée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>Je me sens dé&amp;faillir ou j&apos;ai des vertiges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>&amp;Passer le contrôle debout</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>&amp;Relancer la minuterie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>Une minute. Prenez maintenant la première mesure debout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>Trois minutes. Prenez maintenant la deuxième mesure debout.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>Debout depuis %1. Première mesure dans %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>Mesurez maintenant&#xa0;: la mesure au bout de %1 minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>Debout depuis %1. Deuxième mesure dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>Mesurez maintenant&#xa0;: la mesure au bout de %1 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>Les deux mesures sont saisies&#xa0;: enregistrez-les, puis asseyez-vous et reposez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>Saisissez les mesures et enregistrez-les&#xa0;; puis asseyez-vous.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 percent</source>
        <translation>%1 pour cent</translation>
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
        <translation>, pouls %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>Votre séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1, arrêtée avant la fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1, terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>Temps de pratique&#xa0;: %1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>Étapes faites&#xa0;: %1 sur %2&#xa0;; passées&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>Avant&#xa0;: aucune mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>Après&#xa0;: aucune mesure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>Variation&#xa0;: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>Variation&#xa0;: non comparée, car les mesures d&apos;avant et d&apos;après ont été prises dans des positions différentes.</translation>
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
        <translation>Pendant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>Au passage debout&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>Votre tension a baissé au passage debout&#xa0;: levez-vous lentement aujourd&apos;hui, et parlez-en à votre médecin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>Comment vous sentez-vous maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>Une note (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>Comment s&apos;est passée la pratique, ce qu&apos;il faut retenir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>&amp;Écarter cette séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>La séance et ses mesures sont écartées de votre historique, de vos tendances et de vos exports.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · moins bien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · un peu moins bien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · pareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · beaucoup mieux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>Note&#xa0;: au plus %1 caractères (celle-ci en compte %2). Raccourcissez-la pour enregistrer la séance.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1 : %n point, premier %2, dernier %3, plus bas %4, plus haut %5</numerusform>
            <numerusform>%1 : %n points, premier %2, dernier %3, plus bas %4, plus haut %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1&#xa0;: %2 le %3</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>pas encore connu</translation>
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
            <numerusform>Sur %n séance, votre systolique a baissé de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique a baissé de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a baissé de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique a baissé de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique a augmenté de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique a augmenté de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a augmenté de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique a augmenté de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique n&apos;a pas varié en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique n&apos;a pas varié en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique n&apos;a pas varié en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique n&apos;a pas varié en moyenne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC à 95&#xa0;%&#xa0;: %1 à %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>Du…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>Graphique : systolique avant et après chaque séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>Graphique : diastolique avant et après chaque séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>Graphique : la variation à chaque séance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>Graphique : pouls</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>Afficher les données en tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>Afficher les données en tableau : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>Les graphiques ne peuvent pas être affichés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>Résumé et graphiques</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Aucune séance n&apos;a encore de mesures à la fois avant et après&#xa0;: il n&apos;y a donc pas de variation à montrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> La systolique a baissé lors de cette séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> La systolique n&apos;a pas baissé lors de cette séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> La systolique a baissé lors de %1 des %2 séances.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> Pas encore fiable&#xa0;: moins de %1 séances avec des mesures avant et après.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>Moyenne à domicile&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>1 prise de tension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>%1 prises de tension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>Matins&#xa0;: %1 (%2).
Soirs&#xa0;: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>Avant vos séances, la systolique a évolué de %1 mmHg par 30 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>, d&apos;après 1 prise de tension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>, d&apos;après %1 prises de tension.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>La tendance avant vos séances nécessite des prises de tension sur des jours différents.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>Fait, %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>Fait, %1 mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>Maintenant, %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>Manqué, %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>Semaine d&apos;automesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>Pendant sept jours, mesurez comme le demandent les médecins&#xa0;: chaque matin (avant tout médicament) et chaque soir, asseyez-vous cinq minutes, le dos appuyé, puis prenez deux mesures à une minute d&apos;intervalle. Le premier jour est écarté&#xa0;; la moyenne des six autres est celle qu&apos;utilise votre médecin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>Avant une consultation médicale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>Après un changement de médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>Pour savoir où j&apos;en suis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>&amp;Commencer la semaine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>Les créneaux de prise de tension de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>&amp;Mesurer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>&amp;Rapport de la semaine pour le médecin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>Ou&amp;blier cette semaine…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>&amp;Vos semaines&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>Vos semaines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>Moyenne, jours 2 à 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>Aucune semaine commencée pour l&apos;instant. Choisissez son premier jour et commencez&#xa0;: la page suit alors chaque matin et chaque soir pendant sept jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>La semaine du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>%n créneau manqué jusqu&apos;ici.</numerusform>
            <numerusform>%n créneaux manqués jusqu&apos;ici.</numerusform>
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
        <translation>Jour %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>Le premier jour est écarté de la moyenne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>La semaine n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>Jusqu&apos;ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>pas encore assez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>Oublier cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>Oublier la semaine du %1&#xa0;? Ses mesures restent dans votre journal.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>Écrire une copie du journal dans FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>La copie à écrire (elle ne doit pas déjà exister).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>indiquez un seul FILE</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>Journal %1 sauvegardé dans %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>Remplacer le journal par une sauvegarde (le journal actuel est conservé comme sauvegarde).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>Journal %1 restauré à partir de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>Journal %1 restauré à partir de %2. Le journal tel qu&apos;il était est conservé dans %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>Consigner les messages de débogage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>Utiliser le journal situé à PATH (par défaut&#xa0;: $VIPARITA_DATABASE, sinon celui du dossier de données).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: n&apos;est pas un texte UTF-8 valide (indiquez-le en UTF-8)&#xa0;; rien n&apos;a été fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: ne doit pas être vide&#xa0;; rien n&apos;a été fait</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: est trop long pour un chemin (%n octet&#xa0;; au plus %2)&#xa0;; rien n&apos;a été fait</numerusform>
            <numerusform>%1: est trop long pour un chemin (%n octets&#xa0;; au plus %2)&#xa0;; rien n&apos;a été fait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: est trop long (%n caractère&#xa0;; au plus %2)&#xa0;; rien n&apos;a été fait</numerusform>
            <numerusform>%1: est trop long (%n caractères&#xa0;; au plus %2)&#xa0;; rien n&apos;a été fait</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>Vos médicaments et leurs modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>Sous-commandes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Utilisation&#xa0;: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita en ligne de commande&#xa0;: séquences, plans et journal de tension artérielle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2.</source>
        <extracomment>A group of commands in the overview. %1: what they are for (&quot;Your medicines and their changes&quot;); %2: the names of its sub-commands, listed.</extracomment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <extracomment>%1: the program&apos;s name. COMMAND stands for a command&apos;s name; --help is typed as is.</extracomment>
        <translation>Lancez &apos;%1 COMMAND --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 saisie refusée, 2 erreur d&apos;utilisation, 3 erreur de fichier ou de stockage.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>Utilisation&#xa0;: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>Lancez &apos;%1 %2 SUB-COMMAND --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>commande inconnue «&#xa0;%1&#xa0;». Vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>laquelle&#xa0;? Indiquez une sous-commande.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>Lancez &apos;%1 --help&apos; pour voir la liste des commandes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un nombre négatif n&apos;est pas accepté ici (%2)</translation>
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
        <translation>Lancez &apos;%1 %2 --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--seconds doit être un nombre entier de 1 à 3600, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>Les tensiomètres Bluetooth ne sont pas disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>Lister les appareils Bluetooth à portée, en indiquant lesquels sont des tensiomètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>Durée de la recherche (10 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>Afficher les appareils sous forme de tableau JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>Aucun appareil Bluetooth à portée. Appuyez sur le bouton de démarrage ou Bluetooth du tensiomètre pour qu&apos;il se signale, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>tensiomètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>autre appareil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>Connecter un tensiomètre Bluetooth et enregistrer les mesures qu&apos;il envoie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>L&apos;adresse du tensiomètre (donnée par &apos;cuff scan&apos;)&#xa0;; par défaut, le premier tensiomètre qui se signale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>Durée d&apos;attente du tensiomètre et de ses mesures (60 par défaut)&#xa0;; l&apos;attente prend fin plus tôt quand le tensiomètre s&apos;éteint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>Votre numéro d&apos;utilisateur sur le tensiomètre (1 à 254)&#xa0;: les mesures de ses autres utilisateurs ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>Afficher les mesures&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>Afficher ce qui a été reçu au format JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--device doit être une adresse telle que C0:FF:EE:00:18:10, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--user doit être un nombre entier de 1 à 254, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>Donnée refusée, car ce n&apos;est pas une mesure&#xa0;: %1 (octets %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>Le tensiomètre n&apos;a pas pu mesurer (%1)&#xa0;: réessayez.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>pouls %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>pouls irrégulier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>utilisateur %1 du tensiomètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>déjà dans le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>non enregistrée (simulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>non enregistrée&#xa0;: autre utilisateur du tensiomètre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>lue malgré l&apos;écart du tensiomètre par rapport à la norme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>pression du brassard %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>l&apos;horloge du tensiomètre a été réglée sur celle de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>le tensiomètre garde sa propre horloge (il n&apos;accepte pas de réglage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>Connecté à %1&#xa0;; en attente de ses mesures.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Aucun tensiomètre ne s&apos;est signalé en %1 secondes. Appuyez sur le bouton de démarrage ou Bluetooth du tensiomètre pour qu&apos;il se signale, et gardez-le à proximité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>Le tensiomètre %1 ne s&apos;est pas signalé en %2 secondes. Appuyez sur son bouton de démarrage ou Bluetooth pour qu&apos;il se signale, et gardez-le à proximité.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>Le tensiomètre n&apos;a envoyé aucune mesure en %1 secondes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>Simulation, rien n&apos;a été écrit&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n mesure pour vous</numerusform>
            <numerusform>%n mesures pour vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n échec de mesure</numerusform>
            <numerusform>%n échecs de mesure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>Nouvelles&#xa0;: %1, déjà dans le journal&#xa0;: %2, refusées&#xa0;: %3, échecs de mesure&#xa0;: %n.</numerusform>
            <numerusform>Nouvelles&#xa0;: %1, déjà dans le journal&#xa0;: %2, refusées&#xa0;: %3, échecs de mesure&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>Exporter des mesures ou des séances&#xa0;: en CSV, en rapport PDF, ou en FHIR R4 pour le système d&apos;un médecin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (une ligne par mesure, par défaut), sessions-csv (une ligne par séance), pdf (le rapport pour le médecin), fhir (un ensemble FHIR R4 d&apos;observations de signes vitaux et de déclarations de médicaments) ou medication-csv (une ligne par modification d&apos;un médicament).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>Le fichier à écrire&#xa0;; &apos;-&apos; pour la sortie standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>Ne pas inclure les notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>Le nom de la personne (PDF&#xa0;: dans l&apos;en-tête&#xa0;; FHIR&#xa0;: la ressource Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>Uniquement les sept jours de la semaine d&apos;automesure&#xa0;; avec --format pdf, le rapport d&apos;une page sur cette semaine.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: doit valoir csv, sessions-csv, pdf, fhir ou medication-csv, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>--output FILE est obligatoire (&apos;-&apos; pour la sortie standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: un PDF est un fichier binaire&#xa0;; indiquez un fichier à --output, et non &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week donne la période&#xa0;: n&apos;indiquez ni --from ni --to</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: «&#xa0;%1&#xa0;» doit être de la forme KEY=COLUMN, où KEY est l&apos;une des clés date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: les numéros de colonne commencent à 1, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>instants précis, affichés en heure locale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>UTC, affichées avec le décalage de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>l&apos;heure locale selon le décalage ou le fuseau horaire de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>UTC, affichées en heure locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>heure locale, sauf si une heure indique son décalage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>rythme cardiaque irrégulier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 n&apos;est pas en UTF-8&#xa0;; il a été lu comme du Windows-1252 (vérifiez ses lettres accentuées)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n ligne en erreur&#xa0;; une importation n&apos;importerait rien (utilisez --skip-bad-rows pour importer les autres)</numerusform>
            <numerusform>%n lignes en erreur&#xa0;; une importation n&apos;importerait rien (utilisez --skip-bad-rows pour importer les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n ligne en erreur&#xa0;; rien n&apos;a été importé (utilisez --skip-bad-rows pour importer les autres)</numerusform>
            <numerusform>%n lignes en erreur&#xa0;; rien n&apos;a été importé (utilisez --skip-bad-rows pour importer les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>mesures importées&#xa0;: %1, déjà dans le journal&#xa0;: %2, ligne en erreur ignorée&#xa0;: %n</numerusform>
            <numerusform>mesures importées&#xa0;: %1, déjà dans le journal&#xa0;: %2, lignes en erreur ignorées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, ligne ne contenant qu&apos;un pouls écartée&#xa0;: %n</numerusform>
            <numerusform>%1, lignes ne contenant qu&apos;un pouls écartées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>Simulation, rien n&apos;a été écrit (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>Importer des mesures depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>Le fichier&#xa0;: le CSV de Viparita, l&apos;export CSV d&apos;une autre application, ou le fichier export.zip ou export.xml d&apos;Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>Afficher ce qui a été détecté et les premières mesures telles qu&apos;elles seront lues, et les compter&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Importer les lignes correctes même si certaines sont en erreur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>Lire le fichier comme l&apos;export de cette application au lieu de le reconnaître&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>Les colonnes, au lieu de celles détectées&#xa0;: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL étant un nom d&apos;en-tête ou un numéro à partir de 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>Le format de la date (ou de la date et de l&apos;heure) au lieu de celui détecté, par exemple dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, ou unix / unix-ms pour les temps Unix.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: ne doit pas être vide (omettez-le pour qu&apos;il soit détecté)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: doit indiquer le jour, le mois et l&apos;année (d, M et y, comme dans dd.MM.yyyy), ou valoir unix ou unix-ms, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: «&#xa0;%1&#xa0;» n&apos;est pas une source connue de Viparita&#xa0;; valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>avec %1 MB, il est trop volumineux pour un tableau de mesures (%2 MB au plus sont lus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>ce n&apos;est pas un fichier de mesures&#xa0;: on dirait %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>Source&#xa0;: un tableau d&apos;une application inconnue (colonnes devinées d&apos;après son en-tête)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>Source&#xa0;: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>Encodage&#xa0;: %1 (pas de l&apos;UTF-8&#xa0;: c&apos;est une supposition)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>Encodage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>Séparateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>En-tête&#xa0;: ligne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>Dates&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>Dates&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>Heures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>Premières mesures, telles qu&apos;elles seront lues&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>il n&apos;y a pas de journal à %1 (rien n&apos;a été créé). Indiquez le chemin d&apos;un journal existant avec --database, ou ajoutez d&apos;abord une mesure ou une séance.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>Catégories selon &apos;aha2025&apos; (AHA/ACC 2025, par défaut), &apos;esc2024&apos; (ESC 2024) ou &apos;esh2023&apos; (ESH 2023)&#xa0;; &apos;aha&apos; et &apos;esh&apos; désignent la première et la dernière.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: doit valoir aha2025, esc2024 ou esh2023, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 LAST désigne la dernière semaine commencée (&apos;viparita-cli week start&apos;)&#xa0;; une date (YYYY-MM-DD) désigne le premier jour de n&apos;importe quelle semaine.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: aucune semaine d&apos;automesure n&apos;a été commencée&#xa0;; commencez-en une avec &apos;viparita-cli week start&apos;, ou indiquez son premier jour (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: doit valoir LAST ou une date telle que 2026-11-02, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>Le médicament&#xa0;: son identifiant ou son nom (tel que l&apos;affiche &apos;medication list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>Le médicament désigné par son nom, au lieu de MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: doit être une date telle que 2026-11-01, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: doit être une quantité et une unité, par exemple &apos;5 mg&apos; ou &apos;1 tablet&apos; (unités&#xa0;: %1), et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>indiquez un MEDICINE (son identifiant ou son nom), ou utilisez --name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: il n&apos;y a pas de médicament «&#xa0;%1&#xa0;»&#xa0;; la liste est vide&#xa0;: ajoutez-en un avec &apos;viparita-cli medication add&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: il n&apos;y a pas de médicament «&#xa0;%1&#xa0;»&#xa0;; la liste contient %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n médicament s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: indiquez l&apos;identifiant de l&apos;un d&apos;eux (voir &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n médicaments s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: indiquez l&apos;identifiant de l&apos;un d&apos;eux (voir &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>commencé, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>dose passée à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>%1 commencé, %2 le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>%1&#xa0;: dose passée à %2 le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>%1 arrêté le %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>Ajouter un médicament que vous prenez, à partir du jour où vous l&apos;avez commencé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>Le nom du médicament, tel qu&apos;il figure sur sa boîte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>Sa dose&#xa0;: une quantité et une unité, par exemple &apos;5 mg&apos; ou &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>Le jour où vous l&apos;avez commencé (YYYY-MM-DD)&#xa0;; aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>Les moments de la journée où vous le prenez&#xa0;: morning, midday, evening, bedtime, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>Il n&apos;est pas pris pour la tension (il figure tout de même dans le rapport pour le médecin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>La raison pour laquelle il a été commencé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>indiquez --name NAME et --dose DOSE (options uniquement)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: doit valoir morning, midday, evening ou bedtime, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>Médicament %1 enregistré&#xa0;: %2, %3 depuis le %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>Enregistrer une nouvelle dose d&apos;un médicament (ou sa reprise après un arrêt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>La nouvelle dose, par exemple &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>Le jour du changement (YYYY-MM-DD)&#xa0;; aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>La raison du changement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>indiquez la nouvelle dose avec --dose DOSE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>Enregistrer l&apos;arrêt d&apos;un médicament.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>Le jour de l&apos;arrêt (YYYY-MM-DD)&#xa0;; aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>La raison de l&apos;arrêt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>Annuler la dernière modification d&apos;un médicament (enregistrée par erreur).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>Supprimer un médicament saisi par erreur, avec son historique.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>Médicament %1 (%2) supprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>Lister les médicaments, chacun avec son historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>Indiquer lesquels étaient pris, et à quelle dose, ce jour-là (YYYY-MM-DD)&#xa0;; aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>n&apos;accepte que des options, aucun argument</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>non pris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(pas pour la tension)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n médicament&#xa0;; médicament pour la tension pris le %1</numerusform>
            <numerusform>%n médicaments&#xa0;; médicament pour la tension pris le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n médicament&#xa0;; aucun médicament pour la tension pris le %1</numerusform>
            <numerusform>%n médicaments&#xa0;; aucun médicament pour la tension pris le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>Afficher une séquence telle qu&apos;elle sera jouée&#xa0;: le début et la durée de chaque étape.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>Un identifiant de séquence, ou le chemin d&apos;un fichier de séquence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>Adapter toute la séance, installation comprise, à N minutes (%1 à %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>indiquez une SEQUENCE (un identifiant ou un fichier)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>--minutes doit être un nombre entier de %1 à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1&#xa0;: %2 au total, dont %3 d&apos;installation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1&#xa0;: %2 au total</translation>
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
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>Enregistrer une mesure de tension.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>Le moment de la mesure (ISO 8601&#xa0;; heure locale si aucun décalage n&apos;est indiqué). Maintenant par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (par défaut, hors séance)&#xa0;; before, during ou after (avant, pendant ou après une séance)&#xa0;; ou standing (au passage debout après une séance).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>La séance à laquelle appartient une mesure before, during, after ou standing.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: doit être une date et heure ISO 8601 telle que 2026-11-20T20:00:00+01:00, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: doit valoir standalone, before, during, after ou standing, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: doit être un identifiant de séance, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: une mesure %1 appartient à une séance&#xa0;: indiquez --session ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: une mesure de séance est before, during, after ou standing (au passage debout après la séance)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: il n&apos;y a pas de séance %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>Mesure %1 enregistrée&#xa0;: %2/%3 mmHg, pouls %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>Mesure %1 enregistrée&#xa0;: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>Catégorie (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>Supprimer une mesure (conservée comme supprimée jusqu&apos;à la purge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>L&apos;identifiant de la mesure.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>indiquez un ID de mesure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: doit être l&apos;identifiant d&apos;une mesure (un nombre entier à partir de 1), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>Mesure %1 supprimée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>Lister les mesures de tension.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau en texte.</translation>
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
        <translation>DATE</translation>
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
        <translation>POULS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>NOTE</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>Pression systolique, en mmHg (50 à 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>Pression diastolique, en mmHg (25 à 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>Pouls, en battements par minute (25 à 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>Le bras mesuré&#xa0;: left ou right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting, lying ou standing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>Le tensiomètre a signalé un rythme cardiaque irrégulier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: doit valoir left ou right, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: doit valoir sitting, lying ou standing, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: doit être de la forme SYSTOLIC/DIASTOLIC ou SYSTOLIC/DIASTOLIC/PULSE, comme 135/85/70, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>aucune séquence n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;» (identifiants existants&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>Lister les séquences intégrées et les vôtres.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TITLE</source>
        <extracomment>A column title of the table of sequences.</extracomment>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEPS</source>
        <extracomment>A column title of the table of sequences: how many steps.</extracomment>
        <translation>ÉTAPES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>intégrée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être chargé&#xa0;:</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être chargés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>indiquez un ID de séance (voir &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: doit être l&apos;identifiant d&apos;une séance (un nombre entier à partir de 1), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>Enregistrer une séance faite en dehors de l&apos;application, avec ses mesures.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>Le début de la séance (ISO 8601&#xa0;; heure locale si aucun décalage n&apos;est indiqué).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>Sa durée en minutes (3 à 60)&#xa0;; par défaut, la durée de la séquence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>Une mesure avant la séance, SYSTOLIC/DIASTOLIC[/PULSE]&#xa0;; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>Une mesure pendant la séance&#xa0;; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>Une mesure après la séance&#xa0;; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>Une mesure au passage debout après la séance (la première à 1 minute, la suivante à 3)&#xa0;; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>Votre ressenti après la séance, de 1 (moins bien) à 5 (beaucoup mieux).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>indiquez une SEQUENCE et --at TIME</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: doit être une date et heure ISO 8601 telle que 2026-11-20T20:00:00+01:00, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: doit être un nombre entier de 1 à 5, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: doit compter au plus %n caractère (celle-ci en compte %1)</numerusform>
            <numerusform>note: doit compter au plus %n caractères (celle-ci en compte %1)</numerusform>
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
            <numerusform>Séance %1 enregistrée&#xa0;: %2, %3 min, %n mesure.</numerusform>
            <numerusform>Séance %1 enregistrée&#xa0;: %2, %3 min, %n mesures.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>Lister les séances avec leurs mesures d&apos;avant et d&apos;après.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>SÉQUENCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <extracomment>A column title: completed, stopped...</extracomment>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE</source>
        <extracomment>A column title: the mean of the readings before the session.</extracomment>
        <translation>AVANT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>APRÈS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>VARIATION</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>Afficher une séance&#xa0;: ses étapes, ses mesures, le ressenti et la note.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>L&apos;identifiant de la séance (voir &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Afficher un objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>Voir &apos;viparita-cli sessions&apos; pour les identifiants.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>Séance %1&#xa0;: %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <extracomment>A label: when the session started.</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>A label: when the session ended.</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>Durée pratiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 (prévu&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>Ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>Étapes (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>passée, prolongée de %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>passée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 (prévu&#xa0;: %2), prolongée de %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 (prévu&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>Seule une séance supprimée peut être restaurée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>Séance %1 et ses mesures supprimées. &apos;viparita-cli session restore %1&apos; les rétablit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>Séance %1 et ses mesures restaurées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>Supprimer une séance et ses mesures (&apos;session restore&apos; annule la suppression).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>Restaurer une séance supprimée et ses mesures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>L&apos;identifiant de la séance supprimée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (pas encore fiable&#xa0;: moins de %n séance avec des mesures avant et après)</numerusform>
            <numerusform>%1 (pas encore fiable&#xa0;: moins de %n séances avec des mesures avant et après)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique a baissé de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique a baissé de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique a baissé de %1 mmHg</numerusform>
            <numerusform>Sur %n séances, votre systolique a baissé de %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique a augmenté de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique a augmenté de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique a augmenté de %1 mmHg</numerusform>
            <numerusform>Sur %n séances, votre systolique a augmenté de %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique n&apos;a pas varié en moyenne</numerusform>
            <numerusform>Sur %n séances, votre systolique n&apos;a pas varié en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>Sur %n séance, votre systolique n&apos;a pas varié</numerusform>
            <numerusform>Sur %n séances, votre systolique n&apos;a pas varié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a baissé de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique a baissé de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a baissé de %1 mmHg</numerusform>
            <numerusform>Sur %n séances, votre diastolique a baissé de %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a augmenté de %1 mmHg en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique a augmenté de %1 mmHg en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique a augmenté de %1 mmHg</numerusform>
            <numerusform>Sur %n séances, votre diastolique a augmenté de %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique n&apos;a pas varié en moyenne</numerusform>
            <numerusform>Sur %n séances, votre diastolique n&apos;a pas varié en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>Sur %n séance, votre diastolique n&apos;a pas varié</numerusform>
            <numerusform>Sur %n séances, votre diastolique n&apos;a pas varié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls a baissé de %1 battements par minute en moyenne</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls a baissé de %1 battements par minute en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls a baissé de %1 battements par minute</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls a baissé de %1 battements par minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls a augmenté de %1 battements par minute en moyenne</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls a augmenté de %1 battements par minute en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls a augmenté de %1 battements par minute</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls a augmenté de %1 battements par minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls n&apos;a pas varié en moyenne</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls n&apos;a pas varié en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>Sur %n séance avec un pouls avant et après, votre pouls n&apos;a pas varié</numerusform>
            <numerusform>Sur %n séances avec un pouls avant et après, votre pouls n&apos;a pas varié</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (IC à 95&#xa0;%&#xa0;: %2 à %3, qui inclut l&apos;absence de variation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (IC à 95&#xa0;%&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (un intervalle de confiance demande au moins 2 séances)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1&#xa0;: aucune prise de tension.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2/%3 mmHg en moyenne, sur %n prise de tension.</numerusform>
            <numerusform>%1&#xa0;: %2/%3 mmHg en moyenne, sur %n prises de tension.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>systolique %1 mmHg par 30 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>diastolique %1 mmHg par 30 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>systolique %1 mmHg par 30 jours (IC à 95&#xa0;%&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>diastolique %1 mmHg par 30 jours (IC à 95&#xa0;%&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>Aucune séance n&apos;a encore de mesures à la fois avant et après&#xa0;: il n&apos;y a donc pas de variation à montrer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>Aucune séance n&apos;a de pouls à la fois avant et après&#xa0;: il n&apos;y a donc pas de variation du pouls à montrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Votre systolique a baissé lors de %1 séance sur %n (%2&#xa0;%)</numerusform>
            <numerusform>Votre systolique a baissé lors de %1 des %n séances (%2&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>Matin (de 04:00 à 11:59, heure locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>Soir (de 18:00 à 23:59, heure locale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>Moyenne à domicile (mesures en position assise, hors séance ou avant une séance, sur la dernière semaine au plus)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>Au passage debout après les séances&#xa0;: %n mesure, dont %1 en baisse au passage debout (systolique inférieure de 20 ou diastolique inférieure de 10 par rapport à la position allongée ou assise, ou systolique sous 90).</numerusform>
            <numerusform>Au passage debout après les séances&#xa0;: %n mesures, dont %1 en baisse au passage debout (systolique inférieure de 20 ou diastolique inférieure de 10 par rapport à la position allongée ou assise, ou systolique sous 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Tendance avant les séances&#xa0;: il faut des prises de tension avant séance sur au moins 2 jours différents (%n prise de tension jusqu&apos;ici).</numerusform>
            <numerusform>Tendance avant les séances&#xa0;: il faut des prises de tension avant séance sur au moins 2 jours différents (%n prises de tension jusqu&apos;ici).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Tendance avant les séances, d&apos;après %n prise de tension&#xa0;: %1, %2.</numerusform>
            <numerusform>Tendance avant les séances, d&apos;après %n prises de tension&#xa0;: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Tendance avant les séances, d&apos;après %n prise de tension&#xa0;: %1, %2 (un intervalle de confiance en demande au moins 3).</numerusform>
            <numerusform>Tendance avant les séances, d&apos;après %n prises de tension&#xa0;: %1, %2 (un intervalle de confiance en demande au moins 3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>Aucune prise de tension pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>Prises de tension par catégorie (%1), %2 au total&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (%3%)</source>
        <extracomment>A category&apos;s line: %1: its name; %2: how many measurements; %3: their share in percent.</extracomment>
        <translation>%1&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Statistics: change over sessions, home average, trend, categories.</source>
        <translation>Statistiques&#xa0;: variation au fil des séances, moyenne à domicile, tendance, catégories.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>Afficher un objet JSON au lieu de phrases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Inclure aussi la semaine d&apos;automesure commencée le DATE (YYYY-MM-DD)&#xa0;: son avancement, les créneaux manqués et la moyenne de ses jours 2 à 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>Inclure aussi la semaine d&apos;automesure (comme --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>--week-from doit être une date telle que 2026-11-02, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>indiquez --week ou --week-from, mais pas les deux</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>Semaine d&apos;automesure à partir du %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>Créneaux manqués jusqu&apos;ici&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>Sa moyenne (jours 2 à 7, le premier jour étant écarté)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>Uniquement à partir de ce jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>Uniquement jusqu&apos;à ce jour inclus (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: doit être une date au format YYYY-MM-DD, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: ne doit pas être postérieur à --to</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>Vérifier des fichiers de séquence&#xa0;; afficher chaque erreur avec son emplacement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>Les fichiers de séquence (JSON) à vérifier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1&#xa0;: valide (%2 étapes, %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>Fichiers valides&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>Commencer une semaine d&apos;automesure&#xa0;: deux mesures chaque matin et chaque soir pendant 7 jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>Son premier jour (YYYY-MM-DD)&#xa0;; aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>Le motif&#xa0;: avant une consultation médicale, après un changement de médicament…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: doit être une date telle que 2026-11-02, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>Semaine d&apos;automesure du %1 au %2&#xa0;: chaque matin (avant tout médicament) et chaque soir, asseyez-vous cinq minutes, puis prenez deux mesures à une minute d&apos;intervalle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>Lister les semaines d&apos;automesure commencées, chacune avec son avancement et sa moyenne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Afficher un tableau JSON au lieu de texte.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>Oublier la semaine qui commence le DATE (ses mesures restent dans le journal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>Le premier jour de la semaine (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>indiquez la DATE du premier jour de la semaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: doit être une date telle que 2026-11-02, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>La semaine à partir du %1 est oubliée&#xa0;; ses mesures restent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: aucune semaine d&apos;automesure ne commence le %1 (voir &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>l&apos;enregistrement fait %1 octets&#xa0;; une mesure en compte au moins %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>l&apos;enregistrement fait %1 octets&#xa0;; ses indicateurs (0x%2) en exigent %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>la systolique vaut %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>la diastolique vaut %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>une systolique de %1 et une diastolique de %2 %3 ne peuvent pas correspondre à une tension artérielle</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>un pouls de %1 n&apos;est pas possible</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>un mouvement du corps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>un brassard mal serré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>un pouls irrégulier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>un pouls au-dessus de sa plage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>un pouls en dessous de sa plage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>un pouls hors de sa plage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>une position de mesure incorrecte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1, pouls %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>Enregistrée à l&apos;heure de son arrivée&#xa0;: l&apos;horloge du tensiomètre indiquait %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>Enregistrée à l&apos;heure de son arrivée&#xa0;: le tensiomètre n&apos;a envoyé aucune heure.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>Le tensiomètre a détecté %1.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
</TS>
