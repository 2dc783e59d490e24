<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+78"/>
        <source>A guided legs-up-the-wall practice with a blood-pressure journal.</source>
        <translation>تمرين موجَّه في وضعية الساقين على الحائط، مع سجل لضغط الدم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages.</source>
        <translation>اكتب رسائل التصحيح في سجل الأحداث.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the journal at PATH.</source>
        <translation>استخدم السجل الموجود في PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session of SEQUENCE at once.</source>
        <translation>ابدأ فورًا جلسة من السلسلة SEQUENCE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --start: fit the session to N minutes (3 to 60).</source>
        <translation>مع --start: اجعل مدة الجلسة N دقيقة (من 3 إلى 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure your blood pressure at once, guided: five minutes&apos; rest, then two readings.</source>
        <translation>قِس ضغط دمك فورًا بإرشاد: خمس دقائق من الراحة، ثم قراءتان.</translation>
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
        <translation>Viparita: السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Viparita opens without the journal: nothing will be saved.</source>
        <translation>%1

سيُفتح Viparita دون السجل: لن يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>viparita::AppleHealthImport</name>
    <message>
        <location filename="../src/report/apple_health_import.cpp" line="+120"/>
        <source>the import was cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: the XML declares entities (%2), which an Apple Health export does not; it is not read</source>
        <translation>السطر %1: يعرّف ملف XML كيانات (%2)، وتصدير Apple Health لا يفعل ذلك؛ لن يُقرأ الملف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the XML refers to the entity &apos;%2&apos;; it is not read</source>
        <translation>السطر %1: يشير ملف XML إلى الكيان &apos;%2&apos;؛ لن يُقرأ الملف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this XML is not an Apple Health export (its root is &lt;%1&gt;, not &lt;HealthData&gt;)</source>
        <translation>ملف XML هذا ليس تصديرًا من Apple Health (جذره &lt;%1&gt; وليس &lt;HealthData&gt;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML ends early at line %1: the file is cut short</source>
        <translation>ينتهي ملف XML قبل أوانه في السطر %1: الملف مبتور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>السطر %1، العمود %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds no XML element</source>
        <translation>لا يحتوي الملف على أي عنصر XML</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>startDate: not a date as 2026-03-14 07:12:00 +0100</source>
        <translation>startDate: ليس تاريخًا بالشكل 2026-03-14 07:12:00 +0100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic: missing or not a number of mmHg</source>
        <translation>الانقباضي: مفقود أو ليس عددًا بوحدة mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic: missing or not a number of mmHg</source>
        <translation>الانبساطي: مفقود أو ليس عددًا بوحدة mmHg</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the zip archive cannot be read (%1): it may be damaged or cut short</source>
        <translation>تتعذر قراءة أرشيف zip (%1): ربما يكون تالفًا أو مبتورًا</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the zip archive holds no apple_health_export/export.xml: it is not an Apple Health export</source>
        <translation>لا يحتوي أرشيف zip على apple_health_export/export.xml: ليس تصديرًا من Apple Health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip archive cannot be unpacked: %1</source>
        <translation>يتعذر فك ضغط أرشيف zip: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zip archive is damaged: %1</source>
        <translation>أرشيف zip تالف: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged (%1): %2</source>
        <translation>أرشيف zip تالف (%1): %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>viparita::Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="+38"/>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged or not a database (integrity check: %2).</source>
        <translation>%1 تالف أو ليس قاعدة بيانات (فحص السلامة: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Viparita journal.</source>
        <translation>%1 ليس سجلًا من سجلات Viparita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Viparita (journal version %2).</source>
        <translation>كُتب %1 بإصدار أحدث من Viparita (إصدار السجل %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup folder %1 could not be made.</source>
        <translation>تعذر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>تعذر وضع النسخة الاحتياطية %1 في مكانها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: %1</source>
        <translation>لم يُستعَد أي شيء: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored: the backup folder %1 could not be made.</source>
        <translation>لم يُستعَد أي شيء: تعذر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was restored: the current journal could not be saved to %1 first.</source>
        <translation>لم يُستعَد أي شيء: تعذر أولًا حفظ السجل الحالي في %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was restored: %1 could not be copied next to the journal.</source>
        <translation>لم يُستعَد أي شيء: تعذر نسخ %1 إلى جانب السجل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: the journal %1 could not be replaced.</source>
        <translation>لم يُستعَد أي شيء: تعذر استبدال السجل %1.</translation>
    </message>
</context>
<context>
    <name>viparita::BpClassifier</name>
    <message>
        <location filename="../src/core/bp_classifier.cpp" line="+270"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevated</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 1 hypertension</source>
        <translation>ارتفاع ضغط الدم من المرحلة الأولى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage 2 hypertension</source>
        <translation>ارتفاع ضغط الدم من المرحلة الثانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe hypertension</source>
        <translation>ارتفاع ضغط الدم الشديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-elevated</source>
        <translation>غير مرتفع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypertension</source>
        <translation>ارتفاع ضغط الدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal</source>
        <translation>مثالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High normal</source>
        <translation>طبيعي مرتفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 1 hypertension</source>
        <translation>ارتفاع ضغط الدم من الدرجة الأولى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 hypertension</source>
        <translation>ارتفاع ضغط الدم من الدرجة الثانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 hypertension</source>
        <translation>ارتفاع ضغط الدم من الدرجة الثالثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the home threshold</source>
        <translation>دون حدّ القياس المنزلي</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (isolated systolic)</source>
        <translation>%1 (انقباضي معزول)</translation>
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
        <translation>يجب ألا تزيد مدة النَّفَس الواحد على %1 ثانية، وليس %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the custom breathing pace cannot be breathed (%1); the sequence&apos;s own pace is used instead</source>
        <translation>لا يمكن التنفس بإيقاع التنفس المخصص (%1)؛ سيُستخدم إيقاع السلسلة نفسها بدلًا منه</translation>
    </message>
</context>
<context>
    <name>viparita::BreathPattern</name>
    <message>
        <location filename="../src/core/breath_pattern.cpp" line="+21"/>
        <source>%1: must be a number of seconds from %2 to %3, not %4</source>
        <translation>%1: يجب أن يكون عدد ثوانٍ من %2 إلى %3، وليس %4</translation>
    </message>
</context>
<context>
    <name>viparita::CsvExport</name>
    <message>
        <location filename="../src/report/csv_export.cpp" line="+36"/>
        <location line="+207"/>
        <source>Writing the CSV: %1</source>
        <translation>كتابة ملف CSV: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Writing the CSV: the device is not open for writing</source>
        <translation>كتابة ملف CSV: الجهاز غير مفتوح للكتابة</translation>
    </message>
</context>
<context>
    <name>viparita::CsvImport</name>
    <message>
        <location filename="../src/report/csv_import.cpp" line="+47"/>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;</source>
        <translation>العمود &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>is missing; %1</source>
        <translation>مفقود؛ %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, not &apos;%2&apos;</source>
        <translation>%1، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>line %1 is not a header row</source>
        <translation>السطر %1 ليس صف عناوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>لا يحتوي الملف على صف عناوين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is not closed</source>
        <translation>حقل بين علامتي اقتباس لم يُغلق</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has %1 fields, the header has %2</source>
        <translation>عدد حقوله %1، وعدد حقول صف العناوين %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>not a Viparita readings CSV: the header lacks %1</source>
        <translation>ليس ملف CSV لقراءات Viparita: ينقص صفَّ العناوين %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>يجب أن يكون تاريخًا بالشكل YYYY-MM-DD، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a time as HH:MM:SS, not &apos;%1&apos;</source>
        <translation>يجب أن يكون وقتًا بالشكل HH:MM:SS، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an offset such as +01:00, not &apos;%1&apos;</source>
        <translation>يجب أن يكون فرقًا زمنيًا مثل +01:00، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <translation>يجب أن يكون standalone أو before أو during أو after أو standing، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be left or right, not &apos;%1&apos;</source>
        <translation>يجب أن يكون left أو right، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be sitting, lying or standing, not &apos;%1&apos;</source>
        <translation>يجب أن يكون sitting أو lying أو standing، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or 1, not &apos;%1&apos;</source>
        <translation>يجب أن يكون 0 أو 1، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the column map needs systolic and diastolic</source>
        <translation>تحتاج خريطة الأعمدة إلى الانقباضي (systolic) والانبساطي (diastolic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column map needs datetime, or date (and time)</source>
        <translation>تحتاج خريطة الأعمدة إلى التاريخ والوقت معًا (datetime)، أو إلى التاريخ (date) ومعه الوقت (time) إن وُجد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column map takes datetime, or date and time, not both</source>
        <translation>تقبل خريطة الأعمدة التاريخ والوقت معًا (datetime)، أو التاريخ (date) والوقت (time)، لا كليهما</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has no %1</source>
        <translation>لا يحتوي صف العناوين على %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a time that can be placed on the clock</source>
        <translation>&apos;%1&apos; وقت لا وجود له على الساعة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be yes or no (1 or 0), not &apos;%1&apos;</source>
        <translation>يجب أن يكون yes أو no (1 أو 0)، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the encoding &apos;%1&apos; is not one Viparita reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252)</source>
        <translation>الترميز &apos;%1&apos; ليس من الترميزات التي يقرؤها Viparita (UTF-8، UTF-16LE، UTF-16BE، Windows-1252)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not %1 text</source>
        <translation>الملف ليس نصًّا بترميز %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is not text: line %1 holds a NUL byte</source>
        <translation>الملف ليس نصًّا: يحتوي السطر %1 على بايت NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not text: line %1 holds the control character %2</source>
        <translation>الملف ليس نصًّا: يحتوي السطر %1 على محرف التحكم %2</translation>
    </message>
    <message>
        <location filename="../src/report/import_time.cpp" line="+314"/>
        <source>Unix time in seconds</source>
        <translation>وقت Unix بالثواني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time in milliseconds</source>
        <translation>وقت Unix بالمللي ثانية</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>must be a date as %1, not &apos;%2&apos;</source>
        <translation>يجب أن يكون تاريخًا بالشكل %1، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offset must be written as +01:00, UTC+0100 or a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>يجب أن يُكتب الفرق الزمني بالشكل +01:00 أو UTC+0100 أو منطقة زمنية مثل Europe/Berlin، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the time must be written as HH:MM, HH:MM:SS or 7:12 am, not &apos;%1&apos;</source>
        <translation>يجب أن يُكتب الوقت بالشكل HH:MM أو HH:MM:SS أو 7:12 am، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date column is empty</source>
        <translation>عمود التاريخ فارغ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every date is a whole number of seconds since 1970</source>
        <translation>كل تاريخ عدد صحيح من الثواني منذ عام 1970</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every date is a whole number of milliseconds since 1970</source>
        <translation>كل تاريخ عدد صحيح من المللي ثانية منذ عام 1970</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date &apos;%1&apos; on line %2 is in no form Viparita knows; give --date-format (such as dd.MM.yyyy)</source>
        <translation>التاريخ &apos;%1&apos; في السطر %2 ليس بأي شكل يعرفه Viparita؛ حدّد الشكل بالخيار --date-format (مثل dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the months are written as names</source>
        <translation>الأشهر مكتوبة بأسمائها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year comes first</source>
        <translation>السنة تأتي أولًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the dates mix two orders: &apos;%1&apos; on line %2 is day first, &apos;%3&apos; on line %4 month first; give --date-format %5 or %6</source>
        <translation>تخلط التواريخ بين ترتيبين: &apos;%1&apos; في السطر %2 يبدأ باليوم، و&apos;%3&apos; في السطر %4 يبدأ بالشهر؛ حدّد --date-format %5 أو %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day first: &apos;%1&apos; on line %2</source>
        <translation>اليوم أولًا: &apos;%1&apos; في السطر %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first: &apos;%1&apos; on line %2</source>
        <translation>الشهر أولًا: &apos;%1&apos; في السطر %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>day first, as dates written with dots are</source>
        <translation>اليوم أولًا، كما في التواريخ المكتوبة بالنقاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day and the month are the same in every date</source>
        <translation>اليوم والشهر متساويان في كل تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first: only then are the dates in order and in the past</source>
        <translation>اليوم أولًا: بهذا وحده تأتي التواريخ مرتبة وفي الماضي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month first: only then are the dates in order and in the past</source>
        <translation>الشهر أولًا: بهذا وحده تأتي التواريخ مرتبة وفي الماضي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date reads day first and month first; read as %1, as the app that wrote the file writes them</source>
        <translation>كل تاريخ يصح أن يُقرأ باليوم أولًا وبالشهر أولًا؛ سيُقرأ بالشكل %1، كما يكتبه التطبيق الذي أنشأ الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date can be read day first or month first (such as &apos;%1&apos; on line %2); give --date-format %3 or %4</source>
        <translation>كل تاريخ يمكن أن يُقرأ باليوم أولًا أو بالشهر أولًا (مثل &apos;%1&apos; في السطر %2)؛ حدّد --date-format %3 أو %4</translation>
    </message>
</context>
<context>
    <name>viparita::Exporter</name>
    <message>
        <location filename="../src/report/export.cpp" line="+225"/>
        <source>PDF reports cannot be made here</source>
        <translation>لا يمكن إنشاء تقارير PDF هنا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full (no space left on the device)</source>
        <translation>القرص ممتلئ (لم تبقَ مساحة على الجهاز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>لم يُكتب سوى أول %1 بايت (بُلغ حدٌّ لحجم الملفات أو حصةُ القرص)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes could be written (a file size limit or a disk quota was reached)</source>
        <translation>لم يُكتب سوى %1 من أصل %2 بايت (بُلغ حدٌّ لحجم الملفات أو حصةُ القرص)</translation>
    </message>
</context>
<context>
    <name>viparita::HomeAverage</name>
    <message>
        <location filename="../src/core/home_average.cpp" line="+91"/>
        <source>1 more day</source>
        <translation>يوم واحد إضافي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more days</source>
        <translation>%1 أيام إضافية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more reading</source>
        <translation>قراءة واحدة إضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more readings</source>
        <translation>%1 قراءات إضافية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a morning reading</source>
        <translation>قراءة صباحية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an evening reading</source>
        <translation>قراءة مسائية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No home readings yet. Measure sitting, after five minutes&apos; rest: two readings in the morning and two in the evening, for a week.</source>
        <translation>لا توجد قراءات منزلية بعد. قِس ضغطك وأنت جالس، بعد خمس دقائق من الراحة: قراءتان في الصباح وقراءتان في المساء، لمدة أسبوع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 reading</source>
        <translation>قراءة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 readings</source>
        <translation>%1 قراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 1 day</source>
        <translation>على مدى يوم واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 days</source>
        <translation>على مدى %1 أيام</translation>
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
        <translation>%1: %2 وفق حدود القياس المنزلي في %3؛ من %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough yet for a verdict: %1. So far %2, from %3.</source>
        <translation>لا يكفي هذا بعدُ لإصدار حكم: يلزم %1. حتى الآن %2، من %3.</translation>
    </message>
</context>
<context>
    <name>viparita::HomeWeek</name>
    <message>
        <location filename="../src/core/home_week.cpp" line="+117"/>
        <source>left out: the first day</source>
        <translation>مستبعدة: اليوم الأول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: taken during or after a session</source>
        <translation>مستبعدة: أُخذت أثناء جلسة أو بعدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not taken seated</source>
        <translation>مستبعدة: لم تُؤخذ في وضعية الجلوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: not a day of the week</source>
        <translation>مستبعدة: ليست في أحد أيام الأسبوع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week begins on %1.</source>
        <translation>يبدأ الأسبوع في %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 readings</source>
        <translation>القراءات: %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week is over: %1.</source>
        <translation>انتهى الأسبوع: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of %2: %3.</source>
        <translation>اليوم %1 من %2: %3.</translation>
    </message>
</context>
<context>
    <name>viparita::ImportDetect</name>
    <message>
        <location filename="../src/report/import_detect.cpp" line="+131"/>
        <source>a web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document</source>
        <translation>مستند XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML document (&lt;%1&gt;)</source>
        <translation>مستند XML (&lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a FHIR JSON document (Viparita exports those; it imports CSV)</source>
        <translation>مستند FHIR JSON (يصدّر Viparita هذا النوع، ويستورد CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON document</source>
        <translation>مستند JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a table whose header names no date and blood-pressure columns (%1)</source>
        <translation>جدول لا يسمّي صفُّ عناوينه أعمدةً للتاريخ وضغط الدم (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not a table of readings (its first line: &apos;%1&apos;)</source>
        <translation>نص ليس جدولًا للقراءات (سطره الأول: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a zip archive</source>
        <translation>أرشيف zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database (a journal is restored with &apos;viparita-cli restore&apos;)</source>
        <translation>قاعدة بيانات SQLite (يُستعاد السجل بالأمر &apos;viparita-cli restore&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel or Word document (save it as CSV)</source>
        <translation>مستند Excel أو Word قديم (احفظه بصيغة CSV)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>binary data, not text (%1)</source>
        <translation>بيانات ثنائية، وليست نصًّا (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an export of %1: no line in it is that app&apos;s header (%2)</source>
        <translation>ليس تصديرًا من %1: لا يوجد فيه سطر يطابق صف عناوين ذلك التطبيق (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file of the source &apos;%1&apos;</source>
        <translation>ليس ملفًا من المصدر &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the columns of the date, systolic and diastolic are not all in the header (%1); give them with --map</source>
        <translation>أعمدة التاريخ والانقباضي والانبساطي ليست كلها في صف العناوين (%1)؛ حدّدها بالخيار --map</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not a table of readings</source>
        <translation>ليس جدولًا للقراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readings file: it looks like %1</source>
        <translation>ليس ملف قراءات: يبدو أنه %1</translation>
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
        <translation>قراءة السجل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal %1 failed: the database gave an error. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>تعذّرت قراءة السجل %1: أبلغت قاعدة البيانات عن خطأ. لم يتغير أي شيء؛ التفاصيل في سجل الأحداث (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 failed in the journal %2: the database refused it. Nothing was changed; the log (viparita-cli --verbose) has the details.</source>
        <translation>تعذّر %1 في السجل %2: رفضته قاعدة البيانات. لم يتغير أي شيء؛ التفاصيل في سجل الأحداث (viparita-cli --verbose).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the disk holding it is full: no space left on the device</source>
        <translation>القرص الذي يحمله ممتلئ: لم تبقَ مساحة على الجهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the disk holding the journal %2 is full (no space left on the device). Nothing was changed; free some space and try again.</source>
        <translation>تعذّر %1: القرص الذي يحمل السجل %2 ممتلئ (لم تبقَ مساحة على الجهاز). لم يتغير أي شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file size limit of this program was reached</source>
        <translation>بُلغ الحد الأقصى لحجم الملفات في هذا البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota was reached</source>
        <translation>بُلغت حصة القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file size limit or a disk quota was reached</source>
        <translation>بُلغ حدٌّ لحجم الملفات أو حصةُ القرص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: there is no room for the journal %2 to grow: %3. Nothing was changed.</source>
        <translation>تعذّر %1: لا توجد مساحة ليكبر السجل %2: %3. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: the journal %2 is in use by another program (it stayed locked). Nothing was changed; try again in a moment.</source>
        <translation>تعذّر %1: السجل %2 يستخدمه برنامج آخر (بقي مقفلًا). لم يتغير أي شيء؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 cannot be written (read-only file or folder). Nothing was changed.</source>
        <translation>تعذّر %1: لا يمكن الكتابة في السجل %2 (الملف أو المجلد للقراءة فقط). لم يتغير أي شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: the journal %2 is damaged. It has not been changed; a backup can be restored (viparita-cli restore).</source>
        <translation>تعذّر %1: السجل %2 تالف. لم يُغيَّر؛ يمكن استعادة نسخة احتياطية (viparita-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the journal %2 could not be read or written (the disk or the file gave an error). Nothing was changed; check the disk and try again.</source>
        <translation>تعذّر %1: تعذّرت قراءة السجل %2 أو الكتابة فيه (أبلغ القرص أو الملف عن خطأ). لم يتغير أي شيء؛ افحص القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal %1 is open read-only: %2</source>
        <translation>السجل %1 مفتوح للقراءة فقط: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Backing up to %1</source>
        <translation>النسخ الاحتياطي إلى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the file already exists.</source>
        <translation>تعذّر %1: الملف موجود مسبقًا.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_import.cpp" line="+99"/>
        <location line="+4"/>
        <source>Looking for the readings in the journal</source>
        <translation>البحث عن القراءات في السجل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 of the import: %2</source>
        <translation>القراءة %1 من الاستيراد: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+20"/>
        <source>Importing the readings</source>
        <translation>استيراد القراءات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was stopped; nothing of it was saved.</source>
        <translation>أُوقف الاستيراد؛ لم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_medications.cpp" line="+127"/>
        <source>Deleting medicine %1</source>
        <translation>حذف الدواء %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring medicine %1</source>
        <translation>استعادة الدواء %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+138"/>
        <source>There is no medicine %1.</source>
        <translation>لا يوجد دواء %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Medicine %1 is not deleted.</source>
        <translation>الدواء %1 غير محذوف.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the medicine %1</source>
        <translation>حفظ الدواء %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving a change of %1</source>
        <translation>حفظ تغيير في %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no change after its start to take back: delete the medicine instead</source>
        <translation>لا يوجد في %1 تغيير بعد بدئه يمكن التراجع عنه: احذف الدواء بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking back a change of %1</source>
        <translation>التراجع عن تغيير في %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changing the medicine %1</source>
        <translation>تعديل الدواء %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first_day: a home-monitoring week needs its first day</source>
        <translation>اليوم الأول: يحتاج أسبوع القياس المنزلي إلى تحديد يومه الأول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: at most %1 characters</source>
        <translation>السبب: %1 حرفًا على الأكثر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beginning the home-monitoring week of %1</source>
        <translation>بدء أسبوع القياس المنزلي في %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleting home-monitoring week %1</source>
        <translation>حذف أسبوع القياس المنزلي %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no home-monitoring week %1.</source>
        <translation>لا يوجد أسبوع قياس منزلي %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_open.cpp" line="-11"/>
        <source>No backup was found in %1.</source>
        <translation>لم يُعثر على نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backups folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is %1; &apos;viparita-cli restore %1&apos; puts it back.</source>
        <translation>أحدث نسخة احتياطية هي %1؛ الأمر &apos;viparita-cli restore %1&apos; يعيدها.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the journal</source>
        <translation>فحص السجل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt مفقود (ثبّت libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the journal</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the journal</source>
        <translation>ترقية السجل</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No journal file was given.</source>
        <translation>لم يُحدَّد ملف للسجل.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 of the journal does not exist.</source>
        <translation>مجلد السجل %1 غير موجود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 of the journal does not exist and could not be made (check that its parent folder exists and can be written).</source>
        <translation>مجلد السجل %1 غير موجود، وتعذّر إنشاؤه (تحقق من وجود المجلد الذي يحتويه ومن إمكان الكتابة فيه).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal %1 could not be created: %2.</source>
        <translation>تعذّر إنشاء السجل %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 cannot be read (no permission).</source>
        <translation>تتعذر قراءة السجل %1 (لا توجد صلاحية).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The journal %1 is damaged, or is not a Viparita journal: it cannot be read. It has not been changed. %2</source>
        <translation>السجل %1 تالف، أو ليس سجلًا من سجلات Viparita: تتعذر قراءته. لم يُغيَّر. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an SQLite database, but not a Viparita journal. It has not been changed.</source>
        <translation>%1 قاعدة بيانات SQLite، لكنه ليس سجلًا من سجلات Viparita. لم يُغيَّر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was written by a newer version of Viparita (journal version %1, this version knows %2); it is opened read-only and nothing is written to it. Update Viparita to change it.</source>
        <translation>كُتب بإصدار أحدث من Viparita (إصدار السجل %1، وهذا الإصدار يعرف حتى %2)؛ لذا يُفتح للقراءة فقط ولا يُكتب فيه شيء. حدّث Viparita لتتمكن من تعديله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The journal %1 is read-only: %2</source>
        <translation>السجل %1 للقراءة فقط: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no room to write to it (%1). It can be read; make room to change it.</source>
        <translation>لا توجد مساحة للكتابة فيه (%1). يمكن قراءته؛ وفّر مساحة لتتمكن من تعديله.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its folder %1 cannot be written.</source>
        <translation>لا يمكن الكتابة في مجلده %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be written (no permission).</source>
        <translation>لا يمكن الكتابة في الملف (لا توجد صلاحية).</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_readings.cpp" line="-405"/>
        <location line="+112"/>
        <source>Saving the reading</source>
        <translation>حفظ القراءة</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+231"/>
        <location filename="../src/storage/journal_sessions.cpp" line="-348"/>
        <source>The journal %1 is not open.</source>
        <translation>السجل %1 غير مفتوح.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Saving the readings</source>
        <translation>حفظ القراءات</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Changing the reading</source>
        <translation>تعديل القراءة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>There is no reading %1.</source>
        <translation>لا توجد قراءة %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deleting reading %1</source>
        <translation>حذف القراءة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring reading %1</source>
        <translation>استعادة القراءة %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reading %1 to delete.</source>
        <translation>لا توجد قراءة %1 لحذفها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deleted reading %1.</source>
        <translation>لا توجد قراءة محذوفة %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Purging deleted readings</source>
        <translation>إزالة القراءات المحذوفة نهائيًا</translation>
    </message>
    <message>
        <location filename="../src/storage/journal_sessions.cpp" line="+56"/>
        <source>A session needs its sequence and its start time.</source>
        <translation>تحتاج الجلسة إلى سلسلتها ووقت بدئها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>feeling: must be a whole number from 1 to 5</source>
        <translation>الشعور: يجب أن يكون عددًا صحيحًا من 1 إلى 5</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>note: must be at most %1 characters long (this one has %2)</source>
        <translation>الملاحظة: يجب ألا تزيد على %1 حرفًا (وهذه فيها %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <location line="+253"/>
        <source>Saving the session</source>
        <translation>حفظ الجلسة</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Saving a step of session %1</source>
        <translation>حفظ خطوة من الجلسة %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving a step</source>
        <translation>حفظ خطوة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finishing session %1</source>
        <translation>إنهاء الجلسة %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>There is no session %1.</source>
        <translation>لا توجد جلسة %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>note: at most %1 characters, not %2</source>
        <translation>الملاحظة: %1 حرفًا على الأكثر، وليس %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing session %1</source>
        <translation>تعديل الجلسة %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deleting session %1</source>
        <translation>حذف الجلسة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring session %1</source>
        <translation>استعادة الجلسة %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no finished session %1 to delete.</source>
        <translation>لا توجد جلسة منتهية %1 لحذفها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no deleted session %1.</source>
        <translation>لا توجد جلسة محذوفة %1.</translation>
    </message>
</context>
<context>
    <name>viparita::MeasurementGuide</name>
    <message>
        <location filename="../src/core/measurement_guide.cpp" line="+28"/>
        <source>Measure my blood pressure</source>
        <translation>قِس ضغط دمي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes of quiet rest, then two readings a minute apart.</source>
        <translation>خمس دقائق من الراحة الهادئة، ثم قراءتان بينهما دقيقة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest quietly for five minutes</source>
        <translation>استرح بهدوء لمدة خمس دقائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit on a chair with your back against it and both feet flat on the floor, legs uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the cuff at the height of your heart.</source>
        <translation>اجلس على كرسي وظهرك مستند إليه، وقدماك مستويتان على الأرض، دون أن تضع ساقًا على ساق. ضع سوار جهاز قياس الضغط على أعلى ذراعك العاري، وأرح هذه الذراع على طاولة، بحيث يكون السوار بمستوى قلبك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now stay quiet: no talking, no phone. Let your breath come as it does.</source>
        <translation>ابقَ الآن هادئًا: لا كلام ولا هاتف. دع نَفَسك يأتي كما هو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let your shoulders drop and your hands soften. Nothing to do but sit.</source>
        <translation>أرخِ كتفيك ودع يديك تلينان. لا شيء عليك سوى الجلوس.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearly five minutes. Keep still; at the tone, start the cuff.</source>
        <translation>اقتربت الدقائق الخمس من نهايتها. ابقَ ساكنًا؛ وعند سماع النغمة، شغّل جهاز قياس الضغط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute until the second reading</source>
        <translation>دقيقة واحدة حتى القراءة الثانية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay as you are, arm resting, and keep quiet. The second reading comes in a minute.</source>
        <translation>ابقَ كما أنت، وذراعك مستريحة، والزم الهدوء. القراءة الثانية بعد دقيقة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, the mean of %2 and %3</source>
        <translation>%1، متوسط %2 و%3</translation>
    </message>
</context>
<context>
    <name>viparita::Medication</name>
    <message>
        <location filename="../src/core/medication.cpp" line="+209"/>
        <source>morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>midday</source>
        <translation>الظهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evening</source>
        <translation>المساء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bedtime</source>
        <translation>وقت النوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <extracomment>A list of times of day: &quot;morning, midday and evening&quot;.</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>at most %1 characters, not %2</source>
        <translation>%1 حرفًا على الأكثر، وليس %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a medicine&apos;s course begins with the day it was started</source>
        <translation>يبدأ مسار الدواء باليوم الذي بدأت فيه تناوله</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every change needs its day</source>
        <translation>يحتاج كل تغيير إلى يومه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is after today: record a change once it is made</source>
        <translation>%1 بعد اليوم: سجّل التغيير بعد أن يحدث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the change it follows (%2)</source>
        <translation>%1 يقع قبل التغيير السابق له (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs an amount and a unit, such as 5 mg</source>
        <translation>يحتاج إلى كمية ووحدة، مثل 5 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already being taken on %2: change its dose, or stop it first</source>
        <translation>كان %1 قيد التناول بالفعل في %2: غيّر جرعته، أو أوقفه أولًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not being taken on %2: start it again instead</source>
        <translation>لم يكن %1 قيد التناول في %2: ابدأه من جديد بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already the dose on %2</source>
        <translation>%1 هي الجرعة بالفعل في %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was already stopped on %2</source>
        <translation>كان %1 متوقفًا بالفعل في %2</translation>
    </message>
</context>
<context>
    <name>viparita::PdfReport</name>
    <message>
        <location filename="../src/report/pdf_report.cpp" line="+79"/>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>يحتاج تقرير PDF إلى QGuiApplication</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../src/report/report_sections.cpp" line="+67"/>
        <source>Blood pressure report</source>
        <translation>تقرير ضغط الدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure report: %1</source>
        <translation>تقرير ضغط الدم: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Home blood-pressure week from %1</source>
        <translation>أسبوع القياس المنزلي لضغط الدم بدءًا من %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home blood-pressure week from %1: %2</source>
        <translation>أسبوع القياس المنزلي لضغط الدم بدءًا من %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the document</source>
        <translation>يتعذر بدء المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add a page</source>
        <translation>تتعذر إضافة صفحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot finish the document</source>
        <translation>يتعذر إنهاء المستند</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>the device is not open for writing</source>
        <translation>الجهاز غير مفتوح للكتابة</translation>
    </message>
    <message>
        <location filename="../src/report/report_medication.cpp" line="+75"/>
        <source>none recorded for this period</source>
        <translation>لم يُسجَّل شيء لهذه الفترة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (stopped)</source>
        <translation>%1 (متوقف)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at the end of the period; its changes below</source>
        <extracomment>The medicines at the end of the report&apos;s period: &quot;Amlodipine 2.5 mg, Ramipril (stopped); its changes below&quot;.</extracomment>
        <translation>%1 في نهاية الفترة؛ تغييراته أدناه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the end of the period</source>
        <translation>%1 في نهاية الفترة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication in this period</source>
        <translation>الأدوية في هذه الفترة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose changed</source>
        <translation>تغيّرت الجرعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ongoing</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not for blood pressure)</source>
        <translation>(ليس لضغط الدم)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses and changes</source>
        <translation>الجرعات والتغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+208"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/report/report_sections.cpp" line="-158"/>
        <source>systolic</source>
        <translation>الانقباضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_sections.cpp" line="+1"/>
        <source>diastolic</source>
        <translation>الانبساطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this period.</source>
        <translation>لا توجد قراءات في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s mean, mmHg</source>
        <translation>متوسط كل يوم، mmHg</translation>
    </message>
    <message>
        <location filename="../src/report/report_page_layout.cpp" line="+362"/>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <location filename="../src/report/report_sections.cpp" line="-48"/>
        <location filename="../src/report/report_week.cpp" line="+20"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/report_week.cpp" line="+4"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+278"/>
        <location filename="../src/report/report_week.cpp" line="+7"/>
        <source>Readings</source>
        <translation>القراءات</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1, forming %2</source>
        <translation>%1، تشكّل %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>القراءات: %n</numerusform>
            <numerusform>قراءة واحدة (%n)</numerusform>
            <numerusform>قراءتان (%n)</numerusform>
            <numerusform>%n قراءات</numerusform>
            <numerusform>%n قراءة</numerusform>
            <numerusform>%n قراءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>القياسات: %n</numerusform>
            <numerusform>قياس واحد (%n)</numerusform>
            <numerusform>قياسان (%n)</numerusform>
            <numerusform>%n قياسات</numerusform>
            <numerusform>%n قياسًا</numerusform>
            <numerusform>%n قياس</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>%1; %2 with readings before and after</source>
        <translation>%1؛ منها %2 بقراءات قبلها وبعدها</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>الجلسات: %n</numerusform>
            <numerusform>جلسة واحدة (%n)</numerusform>
            <numerusform>جلستان (%n)</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Average, all</source>
        <translation>المتوسط، الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (04:00-11:59)</source>
        <translation>الصباح (04:00-11:59)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening (18:00-23:59)</source>
        <translation>المساء (18:00-23:59)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home average (seated, a week at most)</source>
        <translation>المتوسط المنزلي (جلوسًا، أسبوع على الأكثر)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no session has readings both before and after</source>
        <translation>لا توجد جلسة لها قراءات قبلها وبعدها معًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; over %2</source>
        <translation>%1؛ على مدى %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; systolic fell in %1 of %2</source>
        <translation>؛ انخفض الانقباضي في %1 من %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; not yet reliable: fewer than %1 sessions with readings before and after</source>
        <translation>؛ غير موثوق بعد: عدد الجلسات ذات القراءات قبلها وبعدها أقل من %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change across sessions (after minus before)</source>
        <translation>التغيّر عبر الجلسات (بعد ناقص قبل)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the change cannot show</source>
        <translation>ما لا يستطيع التغيّر إظهاره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On standing up after sessions</source>
        <translation>عند الوقوف بعد الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90)</source>
        <translation>%1؛ %2 (انقباضي أقل بمقدار 20 أو انبساطي أقل بمقدار 10 مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>انخفضت عند الوقوف: %n</numerusform>
            <numerusform>انخفضت واحدة عند الوقوف (%n)</numerusform>
            <numerusform>انخفضت اثنتان عند الوقوف (%n)</numerusform>
            <numerusform>انخفضت %n عند الوقوف</numerusform>
            <numerusform>انخفضت %n عند الوقوف</numerusform>
            <numerusform>انخفضت %n عند الوقوف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measurements by category (%1)</source>
        <translation>القياسات حسب الفئة (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/report_week.cpp" line="+34"/>
        <source>Medication</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the readings were taken</source>
        <translation>كيف أُخذت القراءات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually: %1.</source>
        <translation>عادةً: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As recorded with the readings: %1</source>
        <translation>كما سُجّل مع القراءات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated.</source>
        <translation>غير مذكور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several readings of one moment form one measurement, their mean; every reading is listed below, the date on the first reading of each day, the session blank for a reading taken outside one, and an arm or position that is the same for all of them said here rather than on each row.</source>
        <translation>القراءات المتعددة المأخوذة في وقت واحد تشكّل قياسًا واحدًا هو متوسطها؛ وكل قراءة مدرجة أدناه: التاريخ على أول قراءة في كل يوم، وخانة الجلسة فارغة للقراءة المأخوذة خارج أي جلسة، والذراع أو الوضعية إذا كانت واحدة في القراءات كلها تُذكر هنا بدلًا من ذكرها في كل صف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after sessions</source>
        <translation>قبل الجلسات وبعدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session has readings in this period.</source>
        <translation>لا توجد جلسة لها قراءات في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts are left out: they need the graphical application.</source>
        <translation>الرسوم البيانية غير مضمّنة: تحتاج إلى التطبيق الرسومي.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The categories and the home thresholds follow %1; the sources are on the last page.</source>
        <translation>Viparita يقدّم معلومات؛ لا يشخّص ولا يقدّم نصائح بشأن الأدوية. تتبع الفئات وحدود القياس المنزلي %1؛ والمصادر في الصفحة الأخيرة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and home thresholds: %1</source>
        <translation>الفئات وحدود القياس المنزلي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home average: the home-monitoring protocol of %1 (seated readings after five minutes&apos; rest, two in the morning and two in the evening, up to seven days, the first day left out; at least 3 days and 12 readings for a verdict).</source>
        <translation>المتوسط المنزلي: بروتوكول القياس المنزلي في %1 (قراءات جلوسًا بعد خمس دقائق من الراحة، اثنتان في الصباح واثنتان في المساء، لمدة تصل إلى سبعة أيام، مع استبعاد اليوم الأول؛ ويلزم 3 أيام و12 قراءة على الأقل لإصدار حكم).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low: under 90 systolic or under 60 diastolic, the usual limit of patient information; no guideline names a low category.</source>
        <translation>منخفض: انقباضي دون 90 أو انبساطي دون 60، وهو الحد المعتاد في معلومات المرضى؛ لا يسمّي أي دليل إرشادي فئةً للضغط المنخفض.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not compared: measured in different positions</source>
        <translation>لم تُقارَن: قيست في وضعيات مختلفة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of 5</source>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sequence</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>irregular</source>
        <translation>غير منتظم</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>الذراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../src/report/report_week.cpp" line="-48"/>
        <source>Home blood-pressure week</source>
        <translation>أسبوع القياس المنزلي لضغط الدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (morning and evening, two readings each)</source>
        <translation>من %1 إلى %2 (صباحًا ومساءً، قراءتان في كل مرة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of days 2 to 7</source>
        <translation>متوسط الأيام من 2 إلى 7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 morning and evening</source>
        <translation>%1 صباحًا ومساءً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evening</source>
        <translation>%1 مساءً</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 morning</source>
        <translation>%1 صباحًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reading: %1</source>
        <translation>لا قراءة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot with one reading of two</source>
        <translation>موعد واحد فيه قراءة واحدة من اثنتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slots with one reading of two</source>
        <translation>%1 مواعيد فيها قراءة واحدة من اثنتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots missed</source>
        <translation>المواعيد الفائتة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week is not over: this is where it stands.</source>
        <translation>لم ينتهِ الأسبوع بعد: هذا ما وصل إليه حتى الآن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped</source>
        <translation>أُوقف %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 started, %2</source>
        <translation>بدأ %1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed to %2</source>
        <translation>تغيّر %1 إلى %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the week</source>
        <translation>تغييرات خلال الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How: seated with the back supported, feet flat, the arm resting at heart level, after five minutes&apos; quiet rest; two readings a minute apart each morning (before medication) and each evening. The first day is left out of the average, and so are readings taken lying, standing, or during or after a session.</source>
        <translation>الطريقة: جلوسًا مع إسناد الظهر، والقدمان مستويتان، والذراع مستريحة بمستوى القلب، بعد خمس دقائق من الراحة الهادئة؛ قراءتان بينهما دقيقة كل صباح (قبل الأدوية) وكل مساء. يُستبعد اليوم الأول من المتوسط، وكذلك القراءات المأخوذة استلقاءً أو وقوفًا، أو أثناء جلسة أو بعدها.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 counted</source>
        <translation>احتُسب منها %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1, %2</source>
        <translation>اليوم %1، %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readings were taken on the week&apos;s days.</source>
        <translation>لم تُؤخذ قراءات في أيام الأسبوع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week&apos;s readings (mmHg)</source>
        <translation>قراءات الأسبوع (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>المساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At other times, or not seated</source>
        <translation>في أوقات أخرى، أو في غير وضعية الجلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the average</source>
        <translation>ضمن المتوسط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita informs; it does not diagnose and gives no advice on medication. The home thresholds follow %1.</source>
        <translation>Viparita يقدّم معلومات؛ لا يشخّص ولا يقدّم نصائح بشأن الأدوية. تتبع حدود القياس المنزلي %1.</translation>
    </message>
    <message>
        <location filename="../src/report/report_wording.cpp" line="-63"/>
        <source>standalone</source>
        <translation>مستقلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>أثناء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>left</source>
        <translation>اليسرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>اليمنى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying</source>
        <translation>استلقاء</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings</source>
        <translation>لا توجد قراءات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no measurements</source>
        <translation>لا توجد قياسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mmHg (%2), %3</source>
        <translation>%1 mmHg (%2)، %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (فاصل الثقة 95%: من %1 إلى %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (all)</source>
        <translation>%1 (الكل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 من %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arm: %1.</source>
        <translation>الذراع: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position: %1.</source>
        <translation>الوضعية: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::ReadingValidator</name>
    <message>
        <location filename="../src/core/reading_validator.cpp" line="+19"/>
        <source>must be a whole number of mmHg from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا بوحدة mmHg من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The systolic value</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diastolic value</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position</source>
        <translation>وضع الجسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be higher than the diastolic value (did you swap them?)</source>
        <translation>يجب أن يكون أعلى من الضغط الانبساطي (هل بدّلت بينهما؟)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is more than %1 minutes in the future</source>
        <translation>يقع في المستقبل بأكثر من %1 دقيقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must have a UTC offset from -%1:00 to +%1:00</source>
        <translation>يجب أن يكون فرقه عن UTC من -%1:00 إلى +%1:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be standing (or left out) for a reading on standing up, not %1</source>
        <translation>يجب أن يكون وقوفًا (أو غير محدد) في قراءة عند الوقوف، وليس %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be at most %1 characters long (this one has %2)</source>
        <translation>يجب ألا يزيد على %1 حرفًا (وفيه %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a whole number of beats a minute from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من النبضات في الدقيقة من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid date and time</source>
        <translation>يجب أن يكون تاريخًا ووقتًا صالحين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters long</source>
        <translation>يجب ألا يزيد على %1 حرفًا</translation>
    </message>
</context>
<context>
    <name>viparita::ReminderSchedule</name>
    <message>
        <location filename="../src/core/reminder_schedule.cpp" line="+53"/>
        <source>Time for your practice</source>
        <translation>حان وقت تمرينك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your morning measurement</source>
        <translation>قياسك الصباحي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evening measurement</source>
        <translation>قياسك المسائي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten quiet minutes with your legs up the wall.</source>
        <translation>عشر دقائق هادئة وساقاك مرفوعتان على الحائط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 of 7 of your home week: before any medicine, sit for five minutes, then take two readings a minute apart.</source>
        <translation>اليوم %1 من 7 في أسبوع القياس المنزلي: قبل تناول أي دواء، اجلس خمس دقائق، ثم خذ قراءتين بينهما دقيقة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1 of 7 of your home week: sit for five minutes, then take two readings a minute apart.</source>
        <translation>اليوم %1 من 7 في أسبوع القياس المنزلي: اجلس خمس دقائق، ثم خذ قراءتين بينهما دقيقة.</translation>
    </message>
</context>
<context>
    <name>viparita::SafetyRules</name>
    <message>
        <location filename="../src/core/safety_rules.cpp" line="+21"/>
        <source>Viparita shows your numbers; it does not diagnose.</source>
        <translation>Viparita يعرض أرقامك؛ ولا يشخّص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bend your knees, roll onto one side and rest there for a few minutes; only then sit up, slowly. If you feel faint or unwell, call for help. If you take medicine for your blood pressure, tell your doctor about readings like this one.</source>
        <translation>اثنِ ركبتيك، واستدر على أحد جانبيك، واسترح على هذا الجانب بضع دقائق؛ ولا تجلس إلا بعد ذلك، ببطء. إذا شعرت بالإغماء أو بتوعّك، فاطلب المساعدة. إذا كنت تتناول دواءً لضغط الدم، فأخبر طبيبك بالقراءات التي تشبه هذه القراءة.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Low blood pressure</source>
        <translation>ضغط دم منخفض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lower number is low</source>
        <translation>الرقم الأصغر منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lower (diastolic) number is under 60. On its own, and if you feel well, this is usually no cause for worry. If you feel dizzy or faint, bend your knees, roll onto one side and rest before you sit up, slowly.</source>
        <translation>الرقم الأصغر (الانبساطي) دون 60. إذا كان هذا وحده وكنت تشعر بأنك بخير، فهو لا يدعو عادةً إلى القلق. إذا شعرت بالدوار أو الإغماء، فاثنِ ركبتيك، واستدر على أحد جانبيك، واسترح قبل أن تجلس، ببطء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blood pressure has fallen a lot since before</source>
        <translation>انخفض ضغط الدم كثيرًا عمّا كان عليه قبل الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure has fallen a lot since the reading before the session, measured the same way.</source>
        <translation>انخفض ضغط دمك كثيرًا مقارنةً بالقراءة التي سبقت الجلسة، وقد قيس بالطريقة نفسها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood pressure fell when you stood up</source>
        <translation>انخفض ضغط الدم عند وقوفك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blood pressure fell on standing: this is called orthostatic hypotension. Sit or lie down now and rest until you feel steady; stand up slowly, in stages, for the rest of the day. Tell your doctor, especially if it happens again or you take medicine for your blood pressure.</source>
        <translation>انخفض ضغط دمك عند الوقوف: يُسمّى هذا هبوط الضغط الانتصابي. اجلس أو استلقِ الآن واسترح حتى تشعر بالثبات؛ وطوال بقية اليوم، قف ببطء وعلى مراحل. أخبر طبيبك، خاصةً إذا تكرر ذلك أو كنت تتناول دواءً لضغط الدم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Very high blood pressure</source>
        <translation>ضغط دم مرتفع جدًا</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not start the practice now. Sit quietly, back supported, for %1 minutes, then measure again.</source>
        <translation>لا تبدأ التمرين الآن. اجلس بهدوء، وظهرك مسنود، لمدة %1 دقائق، ثم قِس مرة أخرى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the practice for today. Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again.</source>
        <translation>اترك التمرين لهذا اليوم. اخرج من الوضعية برفق: اثنِ ركبتيك، واستدر على أحد جانبيك، واجلس ببطء. استرح بهدوء، جالسًا، لمدة %1 دقائق، ثم قِس مرة أخرى.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With chest pain, shortness of breath, back pain, numbness or weakness, a change in vision, difficulty speaking or a sudden severe headache, call the emergency number now.</source>
        <translation>إذا كان لديك ألم في الصدر، أو ضيق في التنفس، أو ألم في الظهر، أو خدر أو ضعف، أو تغيّر في الرؤية، أو صعوبة في الكلام، أو صداع شديد مفاجئ، فاتصل برقم الطوارئ الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it is still this high and you feel well otherwise, contact your doctor or clinician today.</source>
        <translation>إذا بقي بهذا الارتفاع وكنت تشعر بأنك بخير فيما عدا ذلك، فتواصل مع طبيبك أو مقدّم الرعاية الصحية اليوم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chest pain</source>
        <translation>ألم في الصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortness of breath</source>
        <translation>ضيق في التنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back pain</source>
        <translation>ألم في الظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness or weakness</source>
        <translation>خدر أو ضعف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change in vision</source>
        <translation>تغيّر في الرؤية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty speaking</source>
        <translation>صعوبة في الكلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sudden severe headache</source>
        <translation>صداع شديد مفاجئ</translation>
    </message>
</context>
<context>
    <name>viparita::SessionPlan</name>
    <message>
        <location filename="../src/core/session_plan.cpp" line="+90"/>
        <source>the sequence has no steps</source>
        <translation>لا تحتوي السلسلة على خطوات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle-in and the pause between sides cannot be negative</source>
        <translation>لا يمكن أن تكون مدة الاستقرار أو الاستراحة بين الجانبين سالبة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the breathing pace: %1</source>
        <translation>إيقاع التنفس: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence&apos;s breath: %1</source>
        <translation>تنفس السلسلة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the breath of step %1: %2</source>
        <translation>تنفس الخطوة %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the length must be from %1 to %2 minutes, not %3</source>
        <translation>يجب أن تكون المدة من %1 إلى %2 دقيقة، وليس %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps of at least %2 s each do not fit into %3 minutes; choose %4 minutes or more</source>
        <translation>لا تتسع %3 دقيقة لـ %1 خطوات مدة كل منها %2 ث على الأقل؛ اختر %4 دقيقة أو أكثر</translation>
    </message>
</context>
<context>
    <name>viparita::Statistics</name>
    <message>
        <location filename="../src/core/statistics.cpp" line="+139"/>
        <source>there is no comparison group</source>
        <translation>لا توجد مجموعة مقارنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of any fall comes from resting and measuring again: a second reading is often lower anyway</source>
        <translation>جزء من أي انخفاض يأتي من الراحة وإعادة القياس: فالقراءة الثانية كثيرًا ما تكون أقل على أي حال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings taken lying and sitting differ</source>
        <translation>القراءات المأخوذة استلقاءً تختلف عن المأخوذة جلوسًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions of one person are not independent of each other</source>
        <translation>جلسات الشخص الواحد ليست مستقلة بعضها عن بعض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these numbers cannot show: %1.</source>
        <translation>ما لا تستطيع هذه الأرقام إظهاره: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::TrendCharts</name>
    <message>
        <location filename="../src/report/trend_charts.cpp" line="+163"/>
        <source>Systolic, before and after each session (mmHg)</source>
        <translation>الانقباضي، قبل كل جلسة وبعدها (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic, before and after each session (mmHg)</source>
        <translation>الانبساطي، قبل كل جلسة وبعدها (mmHg)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Home threshold %1</source>
        <translation>حدّ القياس المنزلي %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Medication changed</source>
        <translation>تغيّرت الأدوية</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before (means over time)</source>
        <translation>قبل (المتوسطات عبر الزمن)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After (means over time)</source>
        <translation>بعد (المتوسطات عبر الزمن)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change per session, after minus before (mmHg), the last %1</source>
        <translation>التغيّر في كل جلسة، بعد ناقص قبل (mmHg)، آخر %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change per session, after minus before (mmHg)</source>
        <translation>التغيّر في كل جلسة، بعد ناقص قبل (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>الانقباضي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic</source>
        <translation>الانبساطي</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pulse (beats a minute)</source>
        <translation>النبض (نبضة في الدقيقة)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
</context>
<context>
    <name>viparita::app::AppearanceSettingsPage</name>
    <message>
        <location filename="../src/app/settings/appearance_settings_page.cpp" line="+22"/>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dark and dim</source>
        <translation>ليلي: داكن وخافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;المظهر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The night theme keeps the screen dark for an evening practice.</source>
        <translation>المظهر الليلي يُبقي الشاشة داكنة لتمرين المساء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s: %1</source>
        <translation>لغة النظام: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the window, the sequences, the spoken cues and the reports. A new language shows when Viparita starts again.</source>
        <translation>نصوص النافذة والسلاسل والتوجيهات المنطوقة والتقارير. تظهر اللغة الجديدة عند تشغيل Viparita من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
</context>
<context>
    <name>viparita::app::BreathPacerWidget</name>
    <message>
        <location filename="../src/app/player/breath_pacer_widget.cpp" line="+14"/>
        <source>Breath pacer</source>
        <translation>منظّم التنفس</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>حبس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>زفير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest</source>
        <translation>راحة</translation>
    </message>
</context>
<context>
    <name>viparita::app::CautionsDialog</name>
    <message>
        <location filename="../src/app/practice/cautions_dialog.cpp" line="+49"/>
        <source>Viparita: cautions</source>
        <translation>Viparita: تحذيرات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before your first session</source>
        <translation>قبل جلستك الأولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Cautions</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have read this</source>
        <translation>قرأت هذا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lying on your back with your legs resting up a wall is a gentle practice, but it is not right for everyone. Please read this before you begin.</source>
        <translation>الاستلقاء على ظهرك وساقاك مستندتان إلى الحائط تمرين لطيف، لكنه لا يناسب الجميع. يُرجى قراءة هذا قبل أن تبدأ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not practise, or ask your doctor first, if</source>
        <translation>لا تمارس هذا التمرين، أو اسأل طبيبك أولًا، إذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are in the later months of pregnancy</source>
        <translation>كنتِ في الأشهر الأخيرة من الحمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have glaucoma</source>
        <translation>كنت مصابًا بالزَّرَق (الجلوكوما)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blood pressure is very high</source>
        <translation>كان ضغط دمك مرتفعًا جدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you have a hernia</source>
        <translation>كان لديك فتق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lying on your back for a long time is not safe for you, for whatever reason</source>
        <translation>كان الاستلقاء على ظهرك مدة طويلة غير آمن لك، لأي سبب كان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more blood flowing toward your head is a concern for you</source>
        <translation>كان تدفق مزيد من الدم نحو رأسك يشكّل مصدر قلق في حالتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some teachers also advise leaving the practice out on days of heavy menstrual bleeding.</source>
        <translation>ينصح بعض المعلمين أيضًا بترك التمرين في أيام غزارة الدورة الشهرية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High blood pressure and medication</source>
        <translation>ارتفاع ضغط الدم والأدوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have high blood pressure, or take medicine for your blood pressure, talk to your doctor before you take up this practice. Raising the legs can lower blood pressure and pulse; together with medication, it may fall too far.</source>
        <translation>إذا كان ضغط دمك مرتفعًا، أو كنت تتناول دواءً لضغط الدم، فتحدّث إلى طبيبك قبل أن تبدأ هذا التمرين. رفع الساقين قد يخفض ضغط الدم والنبض؛ ومع الأدوية قد ينخفض أكثر من اللازم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viparita can ask you for a reading during the session as well as before and after it: tick “I take blood-pressure medication” in Settings, under Health.</source>
        <translation>يستطيع Viparita أن يطلب منك قراءة أثناء الجلسة، إلى جانب القراءات قبلها وبعدها: حدّد «أتناول أدوية لضغط الدم» في الإعدادات، ضمن «الصحة».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you feel faint, or your blood pressure drops</source>
        <translation>إذا شعرت بالإغماء، أو انخفض ضغط دمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your knees.</source>
        <translation>اثنِ ركبتيك.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll onto one side.</source>
        <translation>استدر على أحد جانبيك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest there, breathing quietly, until you feel steady.</source>
        <translation>استرح على هذا الجانب، وتنفّس بهدوء، حتى تشعر بالثبات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only then sit up, slowly.</source>
        <translation>ولا تجلس إلا بعد ذلك، ببطء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of any position that hurts or strains: the practice should stay comfortable. If you feel faint more than once, tell your doctor.</source>
        <translation>اخرج من أي وضعية تسبب ألمًا أو إجهادًا: يجب أن يبقى التمرين مريحًا. إذا شعرت بالإغماء أكثر من مرة، فأخبر طبيبك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Viparita does, and what it does not</source>
        <translation>ما يفعله Viparita، وما لا يفعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viparita guides the practice and keeps your readings. It informs; it does not diagnose, and it does not advise on medication. The blood-pressure categories it shows come from published guidelines, for you and your doctor to look at together. Never start, stop or change a medicine because of what you see here: ask your doctor.</source>
        <translation>يرشدك Viparita في التمرين ويحفظ قراءاتك. إنه يقدّم معلومات؛ لا يشخّص، ولا يقدّم نصائح بشأن الأدوية. فئات ضغط الدم التي يعرضها مأخوذة من أدلة إرشادية منشورة، لتطّلع عليها أنت وطبيبك معًا. لا تبدأ دواءً أو توقفه أو تغيّره أبدًا بسبب ما تراه هنا: اسأل طبيبك.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CountdownRing</name>
    <message>
        <location filename="../src/app/player/countdown_ring.cpp" line="+18"/>
        <source>Time left in this step</source>
        <translation>الوقت المتبقي في هذه الخطوة</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message>
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+45"/>
        <source>The cuff would not send its readings: pair it first in the desktop&apos;s Bluetooth settings (with the code it shows), then try again.</source>
        <translation>لم يُرسل جهاز قياس الضغط قراءاته: اقرنه أولًا من إعدادات البلوتوث لسطح المكتب (بالرمز الذي يعرضه)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bluetooth is not available: BlueZ, the system&apos;s Bluetooth service, is not running.</source>
        <translation>البلوتوث غير متاح: BlueZ، خدمة البلوتوث في النظام، لا تعمل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is not available: this computer has no Bluetooth adapter.</source>
        <translation>البلوتوث غير متاح: لا يوجد في هذا الحاسوب محوّل بلوتوث.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bluetooth is switched off. Switch it on in the desktop&apos;s Bluetooth settings, then try again.</source>
        <translation>البلوتوث مُطفأ. شغّله من إعدادات البلوتوث لسطح المكتب، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search for cuffs failed: %1</source>
        <translation>فشل البحث عن أجهزة قياس الضغط: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثانيتين. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثوانٍ. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر أي جهاز لقياس الضغط خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثانيتين. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثوانٍ. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
            <numerusform>لم يظهر جهاز قياس الضغط %1 خلال %n ثانية. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cuff could not be connected: it did not answer.</source>
        <translation>تعذّر الاتصال بجهاز قياس الضغط: لم يستجب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff could not be connected: %1</source>
        <translation>تعذّر الاتصال بجهاز قياس الضغط: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not offer the standard Blood Pressure Service; it may need its maker&apos;s own app.</source>
        <translation>لا يوفّر %1 خدمة ضغط الدم القياسية (Blood Pressure Service)؛ قد يحتاج إلى التطبيق الخاص بالشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cuff&apos;s Blood Pressure Service has no measurement that can be listened to.</source>
        <translation>لا تحتوي خدمة ضغط الدم في جهاز قياس الضغط على قياس يمكن تلقّيه.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cuff&apos;s Blood Pressure Service could not be read (error %1).</source>
        <translation>تعذّرت قراءة خدمة ضغط الدم في جهاز قياس الضغط (الخطأ %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 went away before it was ready. Press its button again and keep it near.</source>
        <translation>انقطع %1 قبل أن يصبح جاهزًا. اضغط زره مرة أخرى وأبقِه قريبًا.</translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message>
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+31"/>
        <source>A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service sends its readings here: the ones in its memory whenever it connects, and during a session the one it measures, said aloud. Press the cuff&apos;s Bluetooth or start button so it shows itself, then search.</source>
        <translation>جهاز قياس الضغط العامل بالبلوتوث الذي يدعم خدمة ضغط الدم القياسية (Blood Pressure Service) يرسل قراءاته إلى هنا: القراءات المخزّنة في ذاكرته كلما اتصل، وأثناء الجلسة القراءة التي يقيسها، وتُقرأ بصوت مسموع. اضغط زر البلوتوث أو زر التشغيل في الجهاز ليظهر، ثم ابحث.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your cuff:</source>
        <translation>جهاز قياس الضغط الخاص بك:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search for cuffs</source>
        <translation>ا&amp;بحث عن أجهزة قياس الضغط</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices found</source>
        <translation>الأجهزة التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this cuff</source>
        <translation>&amp;استخدم هذا الجهاز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget this cuff</source>
        <translation>ان&amp;سَ هذا الجهاز</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any (one person uses the cuff)</source>
        <translation>أي مستخدم (شخص واحد يستخدم الجهاز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User </source>
        <translation>المستخدم </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am cuff &amp;user:</source>
        <translation>أنا &amp;مستخدم الجهاز رقم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cuff that several people share keeps a memory for each (user 1, user 2, ...). Choose yours: the readings of the others are not saved.</source>
        <translation>جهاز قياس الضغط الذي يتشاركه عدة أشخاص يحتفظ بذاكرة لكل منهم (المستخدم 1، المستخدم 2، ...). اختر رقمك: قراءات الآخرين لا تُحفظ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cuff that asks for a pairing code is paired in your desktop&apos;s Bluetooth settings first (the code is shown on the cuff or in its manual); then choose it here. Cuffs that only work with their maker&apos;s app cannot be used.</source>
        <translation>جهاز قياس الضغط الذي يطلب رمز اقتران يُقرن أولًا من إعدادات البلوتوث لسطح المكتب (يظهر الرمز على الجهاز أو في دليله)؛ ثم اختره هنا. لا يمكن استخدام الأجهزة التي لا تعمل إلا مع تطبيق الشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cuff</source>
        <translation>جهاز قياس الضغط</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none chosen</source>
        <translation>لم يُختر أي جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cuff: %1</source>
        <translation>جهاز قياس الضغط الخاص بك: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bluetooth is not available in this installation.</source>
        <translation>البلوتوث غير متاح في هذا التثبيت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: blood-pressure cuff (%2)</source>
        <translation>%1: جهاز قياس ضغط (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a blood-pressure cuff (%2)</source>
        <translation>%1: ليس جهاز قياس ضغط (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found. Press the cuff&apos;s button so it shows itself, keep it near, and search again.</source>
        <translation>لم يُعثر على شيء. اضغط زر جهاز قياس الضغط ليظهر، وأبقِه قريبًا، وابحث مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>عُثر على %n جهاز.</numerusform>
            <numerusform>عُثر على %n جهاز.</numerusform>
            <numerusform>عُثر على %n جهازين.</numerusform>
            <numerusform>عُثر على %n أجهزة.</numerusform>
            <numerusform>عُثر على %n جهازًا.</numerusform>
            <numerusform>عُثر على %n جهاز.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffWatch</name>
    <message>
        <location filename="../src/app/cuff/cuff_watch.cpp" line="+78"/>
        <source>Cuff: none chosen</source>
        <translation>جهاز قياس الضغط: لم يُختر أي جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cuff: %1</source>
        <translation>جهاز قياس الضغط: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuff: last reading %1/%2 at %3; waiting for %4</source>
        <translation>جهاز قياس الضغط: آخر قراءة %1/%2 في %3؛ في انتظار %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuff: waiting for %1 (press its button)</source>
        <translation>جهاز قياس الضغط: في انتظار %1 (اضغط زره)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cuff: %1 connected; last reading %2/%3 at %4</source>
        <translation>جهاز قياس الضغط: %1 متصل؛ آخر قراءة %2/%3 في %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cuff: %1 connected</source>
        <translation>جهاز قياس الضغط: %1 متصل</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Bluetooth is not available in this installation</source>
        <translation>البلوتوث غير متاح في هذا التثبيت</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bluetooth is switched off</source>
        <translation>البلوتوث مُطفأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bluetooth on this computer</source>
        <translation>لا يوجد بلوتوث في هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be paired first (the desktop&apos;s Bluetooth settings)</source>
        <translation>يجب إقران %1 أولًا (من إعدادات البلوتوث لسطح المكتب)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the standard service</source>
        <translation>لا يوفّر %1 الخدمة القياسية</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That reading was cuff user %1&apos;s, not yours (user %2): not saved.</source>
        <translation>تلك القراءة تخص المستخدم %1 في جهاز قياس الضغط، لا أنت (المستخدم %2): لم تُحفظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure: sit still and try again.</source>
        <translation>لم يتمكن جهاز قياس الضغط من القياس: اجلس دون حركة وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditReadingDialog</name>
    <message>
        <location filename="../src/app/readings/edit_reading_dialog.cpp" line="+28"/>
        <source>Change a reading</source>
        <translation>تعديل قراءة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Taken at</source>
        <translation>&amp;وقت القراءة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Systolic (mmHg)</source>
        <translation>الان&amp;قباضي (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diastolic (mmHg)</source>
        <translation>الان&amp;بساطي (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (a minute)</source>
        <translation>ال&amp;نبض (في الدقيقة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>الذراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not noted</source>
        <translation>غير مُسجّلة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Left arm</source>
        <translation>الذراع اليسرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>الذراع اليمنى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arm</source>
        <translation>ال&amp;ذراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>استلقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;osition</source>
        <translation>الو&amp;ضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>أظهر الجهاز ضربات قلب &amp;غير منتظمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>viparita::app::EditSessionDialog</name>
    <message>
        <location filename="../src/app/history/edit_session_dialog.cpp" line="+27"/>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during</source>
        <translation>أثناء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on standing up</source>
        <translation>عند الوقوف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its own</source>
        <translation>مستقلة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a session</source>
        <translation>تعديل جلسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How you felt after it</source>
        <translation>شعورك بعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you &amp;felt after it:</source>
        <translation>&amp;شعورك بعدها:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Readings of this session:</source>
        <translation>&amp;قراءات هذه الجلسة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings of this session</source>
        <translation>قراءات هذه الجلسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change the reading…</source>
        <translation>&amp;تعديل القراءة…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, %2: %3/%4 mmHg</source>
        <translation>%1، %2: %3/%4 mmHg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, pulse %1</source>
        <translation>، النبض %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (changed)</source>
        <translation> (معدّلة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings were taken.</source>
        <translation>لم تُؤخذ قراءات.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportDialog</name>
    <message>
        <location filename="../src/app/exchange/export_dialog.cpp" line="+43"/>
        <source>A summary, the trend charts and every reading, for your doctor to read in a minute.</source>
        <translation>ملخص، ورسوم الاتجاهات، وكل القراءات، ليقرأها طبيبك في دقيقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a reading, for a spreadsheet.</source>
        <translation>صف لكل قراءة، لجدول بيانات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a session, with the readings before and after it and the change.</source>
        <translation>صف لكل جلسة، مع القراءات قبلها وبعدها والتغيّر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 vital-sign observations and medication statements, for a health-records system.</source>
        <translation>ملاحظات العلامات الحيوية وبيانات الأدوية بصيغة FHIR R4، لنظام السجلات الصحية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a change of each medicine: started, dose changed, stopped, with the day and the reason.</source>
        <translation>صف لكل تغيير في كل دواء: بدء، أو تغيير الجرعة، أو إيقاف، مع اليوم والسبب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>right arm</source>
        <translation>الذراع اليمنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left arm</source>
        <translation>الذراع اليسرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lying down</source>
        <translation>استلقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for your doctor</source>
        <translation>التصدير لطبيبك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings as CSV</source>
        <translation>القراءات بصيغة CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions as CSV</source>
        <translation>الجلسات بصيغة CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON)</source>
        <translation>FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication as CSV</source>
        <translation>الأدوية بصيغة CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name, as your doctor knows you</source>
        <translation>اسمك، كما يعرفك طبيبك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my notes</source>
        <translation>تضمين ملاحظاتي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can be personal: leave them out if you would rather your doctor did not read them.</source>
        <translation>قد تكون الملاحظات شخصية: استبعدها إذا كنت تفضّل ألا يقرأها طبيبك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>ال&amp;تواريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>تصدي&amp;ر…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first date must not be after the last.</source>
        <translation>يجب ألا يكون التاريخ الأول بعد الأخير.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+92"/>
        <source>The journal cannot be read: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>1 reading</source>
        <translation>قراءة واحدة</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>%1 readings</source>
        <translation>%1 قراءات</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 session</source>
        <translation>جلسة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 جلسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home-monitoring week from %1: %2, on a page of its own.</source>
        <translation>أسبوع القياس المنزلي بدءًا من %1: %2، في صفحة مستقلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>لم يُسجَّل شيء من %1 إلى %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 to %3.</source>
        <translation>%1، من %2 إلى %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page 1 of %1, %2</source>
        <translation>الصفحة الأولى من %1، %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be shown: %1</source>
        <translation>يتعذر عرض التقرير: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed: %1</source>
        <translation>تعذّرت طباعة التقرير: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was sent to %1.</source>
        <translation>أُرسل التقرير إلى %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was not saved</source>
        <translation>لم يُحفظ التصدير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not printed</source>
        <translation>لم يُطبع التقرير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Choose another format or period to export again, or Close.</source>
        <translation>%1 اختر صيغة أو فترة أخرى لتصدّر مرة أخرى، أو اضغط «إغلاق».</translation>
    </message>
    <message>
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+241"/>
        <source>Blood pressure report</source>
        <translation>تقرير ضغط الدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPeriod</name>
    <message>
        <location filename="../src/app/exchange/export_period.cpp" line="+24"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>تواريخ مختارة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>viparita::app::ExportPreview</name>
    <message>
        <location filename="../src/app/exchange/export_preview.cpp" line="+14"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>معاينة الصفحة الأولى من التقرير</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>… and %1 more lines</source>
        <translation>… و%1 أسطر أخرى</translation>
    </message>
</context>
<context>
    <name>viparita::app::HealthSettingsPage</name>
    <message>
        <location filename="../src/app/settings/health_settings_page.cpp" line="+28"/>
        <source>&amp;Guideline:</source>
        <translation>ال&amp;دليل الإرشادي:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood-pressure categories your readings are placed in.</source>
        <translation>فئات ضغط الدم التي تُصنَّف فيها قراءاتك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I take blood-pressure &amp;medication</source>
        <translation>أتناول &amp;أدوية لضغط الدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viparita then asks for a reading during each session (at the step the sequence marks, or at its middle) and after it: the practice can lower blood pressure, and with medication it must not fall too far. It follows your list on the Medication page each time the list changes.</source>
        <translation>عندها يطلب Viparita قراءة أثناء كل جلسة (عند الخطوة التي تحددها السلسلة، أو في منتصفها) وبعدها: فالتمرين قد يخفض ضغط الدم، ومع الأدوية يجب ألا ينخفض أكثر من اللازم. ويتبع هذا الخيار قائمتك في صفحة «الأدوية» كلما تغيّرت القائمة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my blood pressure on &amp;standing up after a session</source>
        <translation>افحص ضغط دمي عند ال&amp;وقوف بعد الجلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the readings that follow a session, stand up slowly and take a reading after 1 minute and after 3 minutes; a timer tells you when. Blood pressure that falls on standing can make you dizzy; medication makes it more likely.</source>
        <translation>بعد القراءات التي تلي الجلسة، قف ببطء وخذ قراءة بعد دقيقة واحدة وبعد ثلاث دقائق؛ ويُعلمك مؤقّت بالوقت. انخفاض ضغط الدم عند الوقوف قد يسبب لك الدوار؛ والأدوية تزيد احتمال حدوثه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left arm</source>
        <translation>الذراع اليسرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>الذراع اليمنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;arm:</source>
        <translation>ال&amp;ذراع المعتادة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying down</source>
        <translation>استلقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual p&amp;osition:</source>
        <translation>الو&amp;ضعية المعتادة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New readings start with these. Measuring on the same arm, in the same position, keeps readings comparable.</source>
        <translation>تبدأ القراءات الجديدة بهذه القيم. القياس على الذراع نفسها، وفي الوضعية نفسها، يُبقي القراءات قابلة للمقارنة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
</context>
<context>
    <name>viparita::app::HelpDialog</name>
    <message>
        <location filename="../src/app/shell/help_dialog.cpp" line="+36"/>
        <source>Viparita help</source>
        <translation>مساعدة Viparita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a blood-pressure reading</source>
        <translation>إضافة قراءة لضغط الدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice, History, Trends</source>
        <translation>التمرين، المحفوظات، الاتجاهات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for your doctor</source>
        <translation>التصدير لطبيبك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings</source>
        <translation>استيراد القراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, on and off</source>
        <translation>ملء الشاشة، تشغيل وإيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This help</source>
        <translation>هذه المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (during a session, asks first)</source>
        <translation>إنهاء البرنامج (أثناء الجلسة، يسأل أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>أثناء الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, and go on</source>
        <translation>إيقاف مؤقت، ثم متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 more seconds in this step</source>
        <translation>30 ثانية إضافية في هذه الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a reading now</source>
        <translation>أخذ قراءة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Esc</source>
        <translation>الخروج (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop the session (asks first); Esc again goes on</source>
        <translation>إيقاف الجلسة (يسأل أولًا)؛ والضغط على Esc مرة أخرى يتابعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>الإدخال (Enter)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop, when asked</source>
        <translation>الإيقاف، عند السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading dialogs</source>
        <translation>نوافذ القراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>الجدولة (Tab)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Systolic, diastolic, pulse, the next reading, then the arm and the position, then the buttons</source>
        <translation>الانقباضي، الانبساطي، النبض، القراءة التالية، ثم الذراع والوضعية، ثم الأزرار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (before a session: save and start)</source>
        <translation>حفظ (قبل الجلسة: حفظ وبدء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; before a session, no session starts</source>
        <translation>إلغاء؛ وقبل الجلسة، لا تبدأ أي جلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>المحفوظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected session or reading</source>
        <translation>تعديل الجلسة أو القراءة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>حذفها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>مفتاح القائمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same, in a menu</source>
        <translation>الأمر نفسه، في قائمة</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryModel</name>
    <message>
        <location filename="../src/app/history/history_model.cpp" line="+20"/>
        <source>Reading before a session</source>
        <translation>قراءة قبل جلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading during a session</source>
        <translation>قراءة أثناء جلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading after a session</source>
        <translation>قراءة بعد جلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading on standing up after a session</source>
        <translation>قراءة عند الوقوف بعد جلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> (stopped)</source>
        <translation> (أُوقفت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (interrupted)</source>
        <translation> (انقطعت)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure</source>
        <translation>ضغط الدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, pulse %1</source>
        <translation>، النبض %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not compared</source>
        <translation>لم تُقارَن</translation>
    </message>
</context>
<context>
    <name>viparita::app::HistoryPage</name>
    <message>
        <location filename="../src/app/history/history_page.cpp" line="+51"/>
        <source>Sessions and readings on their own</source>
        <translation>الجلسات والقراءات المستقلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on their own</source>
        <translation>القراءات المستقلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readings</source>
        <translation>كل القراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings before sessions</source>
        <translation>القراءات قبل الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings during sessions</source>
        <translation>القراءات أثناء الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings after sessions</source>
        <translation>القراءات بعد الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings on standing up</source>
        <translation>القراءات عند الوقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a reading…</source>
        <translation>إضافة قراءة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Change…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+106"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions and readings</source>
        <translation>الجلسات والقراءات</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe hypertension</source>
        <translation>ارتفاع ضغط الدم الشديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The session was not deleted</source>
        <translation>لم تُحذف الجلسة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of %1 deleted.</source>
        <translation>حُذفت جلسة %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its reading.</source>
        <translation>حُذفت جلسة %1، مع قراءتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session of %1 deleted, with its %2 readings.</source>
        <translation>حُذفت جلسة %1، مع قراءاتها (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading of %1 deleted (%2/%3).</source>
        <translation>حُذفت قراءة %1 (%2/%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading was not deleted</source>
        <translation>لم تُحذف القراءة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session was not restored</source>
        <translation>لم تُستعد الجلسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reading was not restored</source>
        <translation>لم تُستعد القراءة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be read</source>
        <translation>تعذّرت قراءة الجلسة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session was not changed</source>
        <translation>لم تُعدَّل الجلسة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reading was not changed</source>
        <translation>لم تُعدَّل إحدى القراءات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reading was not changed</source>
        <translation>لم تُعدَّل القراءة</translation>
    </message>
</context>
<context>
    <name>viparita::app::HomePage</name>
    <message>
        <location filename="../src/app/practice/home_page.cpp" line="+63"/>
        <source>%1 each side</source>
        <translation>%1 لكل جانب</translation>
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
        <translation>السلاسل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reading…</source>
        <translation>إضافة قراءة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blood-pressure reading outside a session (Ctrl+N)</source>
        <translation>قراءة لضغط الدم خارج الجلسات (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure my &amp;blood pressure</source>
        <translation>قِس &amp;ضغط دمي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided: five minutes of quiet rest, then two readings a minute apart, saved as one measurement</source>
        <translation>بإرشاد: خمس دقائق من الراحة الهادئة، ثم قراءتان بينهما دقيقة، تُحفظان قياسًا واحدًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the sequence</source>
        <translation>عن السلسلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>as written</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (from the settings)</source>
        <translation>مخصص (من الإعدادات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Breathing</source>
        <translation>التنفس</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lengthen over the session</source>
        <translation>يطول على مدى الجلسة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The journal is not available: sessions will not be saved.</source>
        <translation>السجل غير متاح: لن تُحفظ الجلسات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal could not be read.</source>
        <translation>تعذّرت قراءة السجل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last session: %1, %2</source>
        <translation>آخر جلسة: %1، %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before %1, after %2 mmHg</source>
        <translation>قبلها %1، وبعدها %2 mmHg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You practised today or yesterday.</source>
        <translation>تمرّنت اليوم أو أمس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days in a row of practice.</source>
        <translation>أيام التمرين المتتالية: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed sessions yet.</source>
        <translation>لا توجد جلسات مكتملة بعد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sequences</source>
        <translation>لا توجد سلاسل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put sequence files in the sequences folder of Viparita&apos;s data folder.</source>
        <translation>ضع ملفات السلاسل في مجلد sequences داخل مجلد بيانات Viparita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file could not be loaded</source>
        <translation>تعذّر تحميل هذا الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the file and start Viparita again; “viparita-cli validate FILE” checks it.</source>
        <translation>أصلح الملف وشغّل Viparita من جديد؛ الأمر «viparita-cli validate FILE» يفحصه.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 with each side played)</source>
        <translation> (%1 عند أداء كل جانب)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You will need: %1</source>
        <translation>ستحتاج إلى: %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportColumns</name>
    <message>
        <location filename="../src/app/exchange/import_columns.cpp" line="+26"/>
        <source>&amp;Date (or date and time):</source>
        <translation>ال&amp;تاريخ (أو التاريخ والوقت):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Systolic:</source>
        <translation>الان&amp;قباضي:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iastolic:</source>
        <translation>الان&amp;بساطي:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pulse:</source>
        <translation>ال&amp;نبض:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>ال&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irre&amp;gular heartbeat:</source>
        <translation>ضربات قلب &amp;غير منتظمة:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which column holds what</source>
        <translation>أي عمود يحتوي على ماذا</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Dates written as</source>
        <translation>التواريخ مكتوبة بالشكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026-11-21)</source>
        <translation>السنة أولًا (2026-11-21)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unix time in seconds</source>
        <translation>وقت Unix بالثواني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time in milliseconds</source>
        <translation>وقت Unix بالمللي ثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dates are written: d day, M month (MMM its name), yyyy or yy the year. The time after the date, or in its own column, is read as 7:30, 07:30:15 or 7:30 pm.</source>
        <translation>طريقة كتابة التواريخ: d لليوم، وM للشهر (وMMM لاسمه)، وyyyy أو yy للسنة. الوقت بعد التاريخ، أو في عمود مستقل، يُقرأ بالشكل 7:30 أو 07:30:15 أو 7:30 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date &amp;format:</source>
        <translation>&amp;شكل التاريخ:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>choose the column with the date</source>
        <translation>اختر العمود الذي يحتوي على التاريخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the columns with the systolic and diastolic values</source>
        <translation>اختر العمودين اللذين يحتويان على قيمتي الانقباضي والانبساطي</translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message>
        <location filename="../src/app/exchange/import_dialog.cpp" line="+62"/>
        <location line="+180"/>
        <source>Import readings</source>
        <translation>استيراد القراءات</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No file chosen.</source>
        <translation>لم يُختر أي ملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;اختر ملفًا…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the file is read</source>
        <translation>كيف يُقرأ الملف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported by</source>
        <translation>صُدِّر من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app (columns below)</source>
        <translation>تطبيق آخر (الأعمدة أدناه)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Exported by:</source>
        <translation>صُدِّر &amp;من:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields separated by</source>
        <translation>الحقول مفصولة بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commas ( , )</source>
        <translation>فواصل ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolons ( ; )</source>
        <translation>فواصل منقوطة ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabs</source>
        <translation>علامات الجدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields separated &amp;by:</source>
        <translation>الحقول مف&amp;صولة بـ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header on line</source>
        <translation>صف العناوين في السطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header on line:</source>
        <translation>صف ال&amp;عناوين في السطر:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top reading</source>
        <translation>أو&amp;قف القراءة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read</source>
        <translation>الصفوف الأولى، كما ستُقرأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rows that cannot be read</source>
        <translation>الصفوف التي تتعذر قراءتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>ت&amp;جاوز الصفوف التالفة واستورد الباقي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد أي شيء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first rows, as they will be read:</source>
        <translation>الصفوف الأولى، كما ستُقرأ:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)</source>
        <translation>القراءات (*.csv *.txt *.tsv *.zip *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is too large to be a table of readings (%2 MB; at most 64 MB).</source>
        <translation>%1 أكبر من أن يكون جدولًا للقراءات (%2 ميغابايت؛ والحد الأقصى 64 ميغابايت).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>%1 is not a file of readings: it looks like %2.</source>
        <translation>%1 ليس ملف قراءات: يبدو أنه %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file of readings exported by Viparita: every column is known.</source>
        <translation>ملف قراءات صدّره Viparita: كل أعمدته معروفة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A table from another app. Its columns are guessed from its header: check the rows below, and change what reads them wrong.</source>
        <translation>جدول من تطبيق آخر. خُمِّنت أعمدته من صف عناوينه: تحقق من الصفوف أدناه، وغيّر ما يقرؤها خطأً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised as an export of %1. Check the rows below, and change what reads them wrong.</source>
        <translation>تم التعرف عليه على أنه تصدير من %1. تحقق من الصفوف أدناه، وغيّر ما يقرؤها خطأً.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not UTF-8: it is read as Windows-1252. Check its accented letters.</source>
        <translation>الملف ليس بترميز UTF-8: سيُقرأ بترميز Windows-1252. تحقق من الحروف ذات العلامات فيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as it stands: %1. Choose the date format or the columns above.</source>
        <translation>تتعذر قراءة الملف كما هو: %1. اختر شكل التاريخ أو الأعمدة أعلاه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates: %1.</source>
        <translation>التواريخ: %1.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An Apple Health export: reading its blood pressure. A large export takes a while; nothing is imported until you choose Import.</source>
        <translation>تصدير من Apple Health: جارٍ قراءة ضغط الدم فيه. التصدير الكبير يستغرق بعض الوقت؛ لن يُستورد شيء حتى تختار «استيراد».</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 was stopped: nothing was imported.</source>
        <translation>أُوقفت قراءة %1: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Apple Health export: its blood-pressure readings, each with the pulse the same app recorded at that moment.</source>
        <translation>تصدير من Apple Health: قراءات ضغط الدم فيه، كلٌّ منها مع النبض الذي سجّله التطبيق نفسه في تلك اللحظة.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Irregular heartbeat</source>
        <translation>ضربات قلب غير منتظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left out: a pulse alone, or not a row of readings)</source>
        <translation>(مستبعد: نبض وحده، أو ليس صف قراءات)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read this way: %1.</source>
        <translation>تتعذر قراءة الملف بهذه الطريقة: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
            <numerusform>عدد الصفوف: %n؛ يمكن استيراد: %1؛ بها أخطاء: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
            <numerusform>صفوف لا تحوي إلا النبض: %n؛ تُستبعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are already in the journal and will be skipped.</source>
        <translation>منها %1 موجودة بالفعل في السجل وستُتجاوز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while a row is bad, unless you skip the bad rows.</source>
        <translation>لن يُستورد شيء ما دام هناك صف تالف، إلا إذا تجاوزت الصفوف التالفة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no readings to import.</source>
        <translation>لا يحتوي الملف على قراءات لاستيرادها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings were not imported: %1</source>
        <translation>لم تُستورد القراءات: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2.</source>
        <translation>استُورد %1 من %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>قراءة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 قراءات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already in the journal were skipped.</source>
        <translation>تم تجاوز %1 موجودة بالفعل في السجل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 bad row was left out.</source>
        <translation>استُبعد صف تالف واحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bad rows were left out.</source>
        <translation>عدد الصفوف التالفة المستبعدة: %1.</translation>
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
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط.</numerusform>
            <numerusform>حُفظت %n قراءتان جديدتان من جهاز قياس الضغط.</numerusform>
            <numerusform>حُفظت %n قراءات جديدة من جهاز قياس الضغط.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
            <numerusform>حُفظت %n قراءتان جديدتان من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
            <numerusform>حُفظت %n قراءات جديدة من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
            <numerusform>حُفظت %n قراءة جديدة من جهاز قياس الضغط؛ و%1 موجودة بالفعل في السجل.</numerusform>
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
        <translation>التذكيرات: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practice</source>
        <translation>التم&amp;رين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>المحفو&amp;ظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>الات&amp;جاهات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>الأ&amp;دوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;week</source>
        <translation>أسبوع القياس المن&amp;زلي</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;File</source>
        <translation>مل&amp;ف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;reading…</source>
        <translation>إضافة &amp;قراءة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for your doctor…</source>
        <translation>&amp;تصدير لطبيبك…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import readings…</source>
        <translation>ا&amp;ستيراد القراءات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Night theme</source>
        <translation>المظ&amp;هر الليلي</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>دل&amp;يل المستخدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اخت&amp;صارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cautions and who should not practise…</source>
        <translation>تح&amp;ذيرات ومن لا ينبغي له التمرين…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;حول Viparita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>حو&amp;ل Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No practice starts until the cautions are read: Start shows them again.</source>
        <translation>لا يبدأ أي تمرين قبل قراءة التحذيرات: زر «ابدأ» يعرضها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reading was not saved</source>
        <translation>لم تُحفظ القراءة</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Viparita</source>
        <translation>حول Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;A guided legs-up-the-wall practice with a blood-pressure journal.&lt;/p&gt;&lt;p&gt;Viparita informs; it does not diagnose or advise on medication. Talk to your doctor about your blood pressure.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Viparita %1&lt;/h3&gt;&lt;p&gt;تمرين موجَّه في وضعية الساقين على الحائط، مع سجل لضغط الدم.&lt;/p&gt;&lt;p&gt;Viparita يقدّم معلومات؛ لا يشخّص ولا يقدّم نصائح بشأن الأدوية. تحدّث إلى طبيبك عن ضغط دمك.&lt;/p&gt;&lt;p&gt;صدر بموجب ترخيص MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>viparita::app::MeasurementController</name>
    <message>
        <location filename="../src/app/measure/measurement_controller.cpp" line="+161"/>
        <source>%1 left</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start the cuff now, and keep still.</source>
        <translation>شغّل جهاز قياس الضغط الآن، وابقَ ساكنًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cuff again, and keep still.</source>
        <translation>شغّل جهاز قياس الضغط مرة أخرى، وابقَ ساكنًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes. Start the cuff now.</source>
        <translation>مرّت خمس دقائق. شغّل جهاز قياس الضغط الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute. Start the cuff again.</source>
        <translation>مرّت دقيقة. شغّل جهاز قياس الضغط مرة أخرى.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The measurement ended without a reading: nothing was saved.</source>
        <translation>انتهى القياس دون قراءة: لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is not open: the readings were not saved.</source>
        <translation>السجل غير مفتوح: لم تُحفظ القراءات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings were not saved: %1</source>
        <translation>لم تُحفظ القراءات: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One reading saved: %1. A second, a minute later, makes a measurement your doctor can use.</source>
        <translation>حُفظت قراءة واحدة: %1. قراءة ثانية بعد دقيقة تُكوّن قياسًا يستطيع طبيبك الاعتماد عليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement saved: %1.</source>
        <translation>حُفظ القياس: %1.</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationDialog</name>
    <message>
        <location filename="../src/app/medication/medication_dialog.cpp" line="+31"/>
        <source>&amp;Morning</source>
        <translation>ال&amp;صباح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;idday</source>
        <translation>ال&amp;ظهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening</source>
        <translation>ال&amp;مساء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime</source>
        <translation>وقت ال&amp;نوم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a medicine</source>
        <translation>إضافة دواء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dose of %1</source>
        <translation>تغيير جرعة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop %1</source>
        <translation>إيقاف %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1 again</source>
        <translation>استئناف %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what is said of %1</source>
        <translation>تعديل بيانات %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as on the box, e.g. Amlodipine</source>
        <translation>كما على العلبة، مثل أملوديبين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 5 mg, or 1 tablet</source>
        <translation>مثل 5 mg، أو 1 قرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount and a unit: %1.</source>
        <translation>كمية ووحدة: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>الآن %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;dose:</source>
        <translation>ال&amp;جرعة الجديدة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dose:</source>
        <translation>الجر&amp;عة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Started on:</source>
        <translation>بدأ &amp;في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stopped on:</source>
        <translation>&amp;توقف في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;اعتبارًا من:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken in the morning</source>
        <translation>يُؤخذ في الصباح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at midday</source>
        <translation>يُؤخذ في الظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in the evening</source>
        <translation>يُؤخذ في المساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at bedtime</source>
        <translation>يُؤخذ وقت النوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken in the:</source>
        <translation>يُؤخذ في:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken for blood &amp;pressure</source>
        <translation>يُؤخذ ل&amp;ضغط الدم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. on the doctor&apos;s advice</source>
        <translation>اختياري، مثل: بنصيحة الطبيب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>السب&amp;ب:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong</source>
        <translation>ما الخطأ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the amount and its unit, such as 5 mg</source>
        <translation>اكتب الكمية ووحدتها، مثل 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount and a unit such as 5 mg or 1 tablet</source>
        <translation>&apos;%1&apos; ليس كمية ووحدة مثل 5 mg أو 1 قرص</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>the journal is not open</source>
        <translation>السجل غير مفتوح</translation>
    </message>
</context>
<context>
    <name>viparita::app::MedicationPage</name>
    <message>
        <location filename="../src/app/medication/medication_page.cpp" line="+31"/>
        <source>Started, %1</source>
        <translation>بدأ، %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose changed to %1</source>
        <translation>تغيّرت الجرعة إلى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medication</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medicines you take and each change of dose, with its day, for your doctor&apos;s report and the trend charts. Viparita keeps the list; it never advises on medication.</source>
        <translation>الأدوية التي تتناولها وكل تغيير في الجرعة، مع يومه، لتقرير طبيبك ورسوم الاتجاهات. يحتفظ Viparita بالقائمة؛ ولا يقدّم أبدًا نصائح بشأن الأدوية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicines and their changes</source>
        <translation>الأدوية وتغييراتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose now</source>
        <translation>الجرعة الحالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in the</source>
        <translation>يُؤخذ في</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No medicine yet. Add each one you take, with the day you started it: the report then shows your blood pressure beside it.</source>
        <translation>لا توجد أدوية بعد. أضف كل دواء تتناوله، مع اليوم الذي بدأته فيه: عندها يعرض التقرير ضغط دمك إلى جانبه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;إضافة دواء…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, the times of day, whether it is for blood pressure (F2)</source>
        <translation>اسمه، وأوقات تناوله في اليوم، وهل هو لضغط الدم (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>&amp;Change the dose…</source>
        <translation>تغيير ال&amp;جرعة…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Stop…</source>
        <translation>إي&amp;قاف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;back the last change</source>
        <translation>التراجع عن آ&amp;خر تغيير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and its whole course? Do this only for a medicine entered by mistake; a medicine you no longer take is stopped instead.</source>
        <translation>هل تريد حذف %1 ومساره كاملًا؟ لا تفعل ذلك إلا لدواء أُدخل خطأً؛ أما الدواء الذي لم تعد تتناوله فيُوقف بدلًا من حذفه.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not for blood pressure)</source>
        <translation>(ليس لضغط الدم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped on %1</source>
        <translation>أُوقف في %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 now, since %3</source>
        <translation>%1، %2 حاليًا، منذ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stopped</source>
        <translation>%1، أُوقف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;tart again…</source>
        <translation>استئنا&amp;ف…</translation>
    </message>
</context>
<context>
    <name>viparita::app::PaceCombo</name>
    <message>
        <location filename="../src/app/settings/pace_combo.cpp" line="+15"/>
        <source>%1 s in, %2 s out</source>
        <translation>شهيق %1 ث، زفير %2 ث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sequence&apos;s own</source>
        <translation>إيقاع السلسلة نفسها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 breaths a minute (%1)</source>
        <translation>6 أنفاس في الدقيقة (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 breaths a minute (%1)</source>
        <translation>5 أنفاس في الدقيقة (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentle (%1)</source>
        <translation>لطيف (%1)</translation>
    </message>
</context>
<context>
    <name>viparita::app::PlayerPage</name>
    <message>
        <location filename="../src/app/player/player_page.cpp" line="+40"/>
        <source>Key: %1</source>
        <translation>المفتاح: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · right side</source>
        <translation>%1 · الجانب الأيمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · left side</source>
        <translation>%1 · الجانب الأيسر</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Space</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Esc</source>
        <translation>الخروج (Esc)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop the session? What you have done so far is kept.</source>
        <translation>هل تريد إيقاف الجلسة؟ سيُحفظ ما أنجزته حتى الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>الإدخال (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settle in</source>
        <translation>استقر في مكانك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit sideways by the wall, then lie down and get comfortable.</source>
        <translation>اجلس بجانبك إلى الحائط، ثم استلقِ واتخذ وضعًا مريحًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the left side</source>
        <translation>انتقل إلى الجانب الأيسر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>الخطوة الأخيرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session was stopped</source>
        <translation>أُوقفت الجلسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll onto one side, rest there a few breaths, then sit up slowly.</source>
        <translation>استدر على أحد جانبيك، واسترح على هذا الجانب بضعة أنفاس، ثم اجلس ببطء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>أُوقفت</translation>
    </message>
</context>
<context>
    <name>viparita::app::PoseView</name>
    <message>
        <location filename="../src/app/widgets/pose_view.cpp" line="+17"/>
        <source>Picture of the pose</source>
        <translation>صورة الوضعية</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingDialog</name>
    <message>
        <location filename="../src/app/readings/reading_dialog.cpp" line="+40"/>
        <source>&lt;b&gt;Before you begin&lt;/b&gt;&lt;br&gt;Sit with your back supported and your feet flat for five minutes, then take two readings a minute or two apart, on your usual arm. Or skip this and start.</source>
        <translation>&lt;b&gt;قبل أن تبدأ&lt;/b&gt;&lt;br&gt;اجلس وظهرك مسنود وقدماك مستويتان على الأرض لمدة خمس دقائق، ثم خذ قراءتين يفصل بينهما دقيقة أو دقيقتان، على ذراعك المعتادة. أو تجاوز هذا وابدأ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A reading during the practice&lt;/b&gt;&lt;br&gt;The session is paused. Take your reading lying as you are; it will resume when you are done.</source>
        <translation>&lt;b&gt;قراءة أثناء التمرين&lt;/b&gt;&lt;br&gt;الجلسة متوقفة مؤقتًا. خذ قراءتك وأنت مستلقٍ كما أنت؛ ستُستأنف الجلسة عندما تنتهي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;After the practice&lt;/b&gt;&lt;br&gt;Roll onto one side and sit up slowly. Rest seated for a few minutes, then take your readings sitting, on the same arm as before, so that they compare with the readings before.</source>
        <translation>&lt;b&gt;بعد التمرين&lt;/b&gt;&lt;br&gt;استدر على أحد جانبيك واجلس ببطء. استرح جالسًا بضع دقائق، ثم خذ قراءاتك وأنت جالس، على الذراع نفسها التي استخدمتها من قبل، لتكون قابلة للمقارنة بالقراءات السابقة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Start the cuff now&lt;/b&gt;&lt;br&gt;Keep still with your arm resting at heart level, and do not talk while it measures. Then type what it shows, or let the cuff send it.</source>
        <translation>&lt;b&gt;شغّل جهاز قياس الضغط الآن&lt;/b&gt;&lt;br&gt;ابقَ ساكنًا وذراعك مستريحة بمستوى القلب، ولا تتكلم أثناء القياس. ثم اكتب ما يعرضه، أو دع الجهاز يرسله.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;A blood-pressure reading&lt;/b&gt;&lt;br&gt;Sit with your back supported for five minutes, then take two readings a minute or two apart; they count as one measurement.</source>
        <translation>&lt;b&gt;قراءة لضغط الدم&lt;/b&gt;&lt;br&gt;اجلس وظهرك مسنود لمدة خمس دقائق، ثم خذ قراءتين يفصل بينهما دقيقة أو دقيقتان؛ تُحسبان قياسًا واحدًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blood pressure before the session</source>
        <translation>ضغط الدم قبل الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure after the session</source>
        <translation>ضغط الدم بعد الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure during the session</source>
        <translation>ضغط الدم أثناء الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reading</source>
        <translation>قراءتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reading</source>
        <translation>إضافة قراءة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Systolic</source>
        <translation>الانقباضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>الانبساطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left arm</source>
        <translation>الذراع اليسرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>الذراع اليمنى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arm:</source>
        <translation>ال&amp;ذراع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>الذراع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying</source>
        <translation>استلقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;osition:</source>
        <translation>الو&amp;ضعية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd another reading</source>
        <translation>أضف قراءة أ&amp;خرى</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;وقت القراءة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what you did or felt before it</source>
        <translation>اختياري: ما فعلته أو شعرت به قبلها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an &amp;irregular heartbeat</source>
        <translation>أظهر الجهاز ضربات قلب &amp;غير منتظمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a reading with the c&amp;uff</source>
        <translation>خذ قراءة بجهاز &amp;قياس الضغط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for the reading the cuff measures, and fills the next empty row with it.</source>
        <translation>ينتظر القراءة التي يقيسها جهاز قياس الضغط، ويملأ بها الصف الفارغ التالي.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>ضغط السوار: %1 mmHg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>أشعر &amp;بالإغماء أو الدوار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and start</source>
        <translation>&amp;احفظ وابدأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip and start</source>
        <translation>&amp;تجاوز وابدأ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+344"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>S&amp;kip</source>
        <translation>ت&amp;جاوز</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;End the measurement</source>
        <translation>أ&amp;نهِ القياس</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 of %2</source>
        <translation>القراءة %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Start the cuff again&lt;/b&gt;&lt;br&gt;Stay as you are, arm resting at heart level; do not talk while it measures.</source>
        <translation>&lt;b&gt;شغّل جهاز قياس الضغط مرة أخرى&lt;/b&gt;&lt;br&gt;ابقَ كما أنت، وذراعك مستريحة بمستوى القلب؛ ولا تتكلم أثناء القياس.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1: press its start button.</source>
        <translation>في انتظار %1: اضغط زر التشغيل فيه.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1 from the cuff: %2/%3 mmHg%4.</source>
        <translation>القراءة %1 من جهاز قياس الضغط: %2/%3 mmHg%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pulse %1</source>
        <translation>، النبض %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1</source>
        <translation>القراءة %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>One reading: %1 mmHg</source>
        <translation>قراءة واحدة: %1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of %1 readings: %2 mmHg</source>
        <translation>متوسط القراءات (%1): %2 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · change from before: %1</source>
        <translation> · التغيّر عمّا قبل الجلسة: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Close, do not start</source>
        <translation>أغ&amp;لق دون بدء</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReadingEntryRow</name>
    <message>
        <location filename="../src/app/readings/reading_entry_row.cpp" line="+61"/>
        <source>Systolic</source>
        <translation>الانقباضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>الانبساطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes at most three digits.</source>
        <translation>يقبل %1 ثلاثة أرقام على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes only the digits 0 to 9: “%2” was left out. Check the number.</source>
        <translation>يقبل %1 الأرقام من 0 إلى 9 فقط: حُذف «%2». تحقق من الرقم.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Enter both the systolic and the diastolic value.</source>
        <translation>أدخل قيمتي الانقباضي والانبساطي كلتيهما.</translation>
    </message>
</context>
<context>
    <name>viparita::app::RecoveryBanner</name>
    <message>
        <location filename="../src/app/shell/recovery_banner.cpp" line="+27"/>
        <source>Add readings and finish it</source>
        <translation>أضف القراءات وأنهِ الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it stopped</source>
        <translation>اعتبرها متوقفة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A session of %1 on %2 was interrupted. You can add your readings after it and finish it, or keep it as stopped.</source>
        <translation>انقطعت جلسة %1 في %2. يمكنك إضافة قراءاتك بعدها وإنهاؤها، أو إبقاؤها متوقفة.</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderAutostart</name>
    <message>
        <location filename="../src/app/settings/reminder_autostart.cpp" line="+85"/>
        <source>%1 could not be removed</source>
        <translation>تعذّرت إزالة %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viparita reminders</source>
        <translation>تذكيرات Viparita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders to practise and to measure, as notifications</source>
        <translation>تذكيرات بالتمرين والقياس، على شكل إشعارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started</source>
        <translation>تعذّر تشغيل %1</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReminderSettingsPage</name>
    <message>
        <location filename="../src/app/settings/reminder_settings_page.cpp" line="+37"/>
        <source>Remind me to &amp;practise</source>
        <translation>ذكّرني بال&amp;تمرين</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>في الأيام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days</source>
        <translation>أيام التمرين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>في الساعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice time</source>
        <translation>وقت التمرين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of my home &amp;week&apos;s measurements</source>
        <translation>ذكّرني بقياسات &amp;أسبوع القياس المنزلي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Morning at:</source>
        <translation>ال&amp;صباح في الساعة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening at:</source>
        <translation>ال&amp;مساء في الساعة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come as desktop notifications with Start and Later, also while Viparita is closed: a small helper starts when you log in and sleeps until the next one is due. Turning both off removes it. A week&apos;s slots are reminded only on the seven days of a week you began.</source>
        <translation>تصل التذكيرات إشعاراتٍ على سطح المكتب فيها «ابدأ» و«لاحقًا»، حتى عندما يكون Viparita مغلقًا: يبدأ برنامج مساعد صغير عند تسجيل دخولك ويبقى خاملًا حتى يحين التذكير التالي. إيقاف التذكيرين كليهما يزيله. لا يُذكَّر بمواعيد الأسبوع إلا في الأيام السبعة لأسبوع بدأته.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
</context>
<context>
    <name>viparita::app::ReportSettingsPage</name>
    <message>
        <location filename="../src/app/settings/report_settings_page.cpp" line="+19"/>
        <source>Your name, as your doctor knows it</source>
        <translation>اسمك، كما يعرفه طبيبك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name on reports:</source>
        <translation>&amp;الاسم في التقارير:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the top of the reports you export for your doctor. Leave it empty to leave it out.</source>
        <translation>يُطبع في أعلى التقارير التي تصدّرها لطبيبك. اتركه فارغًا إذا لم ترد ظهوره.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>viparita::app::SafetyPauseDialog</name>
    <message>
        <location filename="../src/app/session/safety_pause_dialog.cpp" line="+16"/>
        <source>The session is paused</source>
        <translation>الجلسة متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to do now</source>
        <translation>ما يجب فعله الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session waits. Go on only when you feel steady; or end it here.</source>
        <translation>الجلسة في انتظارك. لا تتابع إلا عندما تشعر بالثبات؛ أو أنهِها هنا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go on when ready</source>
        <translation>&amp;تابع عندما تكون مستعدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the session</source>
        <translation>أ&amp;نهِ الجلسة</translation>
    </message>
</context>
<context>
    <name>viparita::app::SequenceListModel</name>
    <message>
        <location filename="../src/app/practice/sequence_list_model.cpp" line="+28"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 دقيقة %2 ث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 step</source>
        <translation>خطوة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 خطوات</translation>
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
تعذّر تحميلها</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionAnnouncer</name>
    <message>
        <location filename="../src/app/session/session_announcer.cpp" line="+46"/>
        <source>%1, right side</source>
        <translation>%1، الجانب الأيمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, left side</source>
        <translation>%1، الجانب الأيسر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle in by the wall.</source>
        <translation>استقر في مكانك بجانب الحائط.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch to the left side.</source>
        <translation>انتقل إلى الجانب الأيسر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides, slowly.</source>
        <translation>بدّل الجانب، ببطء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten seconds left. Next: %1.</source>
        <translation>بقيت عشر ثوانٍ. التالي: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>بقيت عشر ثوانٍ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Halfway through.</source>
        <translation>وصلت إلى المنتصف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is complete. Bend your knees, roll onto one side and rest for a moment before you sit up, slowly.</source>
        <translation>اكتملت الجلسة. اثنِ ركبتيك، واستدر على أحد جانبيك، واسترح لحظة قبل أن تجلس، ببطء.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time for a blood-pressure reading. The session is paused.</source>
        <translation>حان وقت قراءة ضغط الدم. الجلسة متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused.</source>
        <translation>متوقف مؤقتًا.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionController</name>
    <message>
        <location filename="../src/app/session/session_controller.cpp" line="+163"/>
        <location line="+195"/>
        <location line="+30"/>
        <source>A guided session is playing</source>
        <translation>جلسة موجَّهة قيد التشغيل</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The cuff&apos;s reading, saved with this session: %1/%2 mmHg.</source>
        <translation>قراءة جهاز قياس الضغط، محفوظة مع هذه الجلسة: %1/%2 mmHg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sound output was found: this session is silent. Follow it with your eyes open, or connect speakers or headphones (Settings &gt; Sound has a test).</source>
        <translation>لم يُعثر على مخرج صوت: هذه الجلسة صامتة. تابعها وعيناك مفتوحتان، أو صِل مكبرات صوت أو سماعات (في الإعدادات &gt; الأصوات والنطق يوجد اختبار).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No voice here speaks %1: cues are shown, not spoken. Voices in more languages come with speech-dispatcher and espeak-ng (the Debian package speech-dispatcher-espeak-ng).</source>
        <translation>لا يوجد هنا صوت يتحدث %1: تُعرض التوجيهات ولا تُنطق. تأتي أصوات بلغات أخرى مع speech-dispatcher وespeak-ng (حزمة دبيان speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voice is available: cues are shown, not spoken.</source>
        <translation>لا يتوفر صوت ناطق: تُعرض الإرشادات ولا تُنطق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice is available: cues are shown and chimed, not spoken.</source>
        <translation>لا يتوفر صوت ناطق: تُعرض الإرشادات مع رنين، ولا تُنطق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output was found for the chimes: only the voice will guide you.</source>
        <translation>لم يُعثر على مخرج صوت للرنين: سيرشدك الصوت الناطق وحده.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 left</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>30 more seconds in this step.</source>
        <translation>30 ثانية إضافية في هذه الخطوة.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped</source>
        <translation>أُوقفت الجلسة</translation>
    </message>
</context>
<context>
    <name>viparita::app::SessionSettingsPage</name>
    <message>
        <location filename="../src/app/settings/session_settings_page.cpp" line="+36"/>
        <source>&amp;Fit each session to</source>
        <translation>اضبط &amp;مدة كل جلسة على</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>مدة الجلسة بالدقائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise each sequence plays at its own length.</source>
        <translation>وإلا فتُؤدّى كل سلسلة بمدتها الأصلية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing &amp;pace:</source>
        <translation>إي&amp;قاع التنفس:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breathe &amp;in</source>
        <translation>&amp;شهيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then &amp;hold</source>
        <translation>ثم &amp;حبس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out</source>
        <translation>&amp;زفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then hol&amp;d</source>
        <translation>ثم حب&amp;س</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold after breathing in</source>
        <translation>حبس النفس بعد الشهيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>حبس النفس بعد الزفير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lengthen the breath by a second each way over the session</source>
        <translation>أ&amp;طِل الشهيق والزفير ثانيةً لكل منهما على مدى الجلسة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe through the nose, slowly and fully, in and out. Around six breaths a minute is the usual aim; over weeks the breaths grow longer.</source>
        <translation>تنفّس من أنفك، ببطء وعمق، شهيقًا وزفيرًا. الهدف المعتاد نحو ستة أنفاس في الدقيقة؛ ومع مرور الأسابيع تطول الأنفاس.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One breath may last at most %1 seconds: shorten the breath or a hold.</source>
        <translation>لا يجوز أن تزيد مدة النَّفَس الواحد على %1 ثانية: قصّر الشهيق أو الزفير أو فترة الحبس.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each step breathes at the pace its sequence gives.</source>
        <translation>تتنفس في كل خطوة بالإيقاع الذي تحدده سلسلتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute at the start, slowing to about %2 by the end.</source>
        <translation>نحو %1 أنفاس في الدقيقة في البداية، تتباطأ إلى نحو %2 في النهاية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About %1 breaths a minute.</source>
        <translation>نحو %1 أنفاس في الدقيقة.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settings/settings_form.cpp" line="+84"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../src/app/settings/settings_dialog.cpp" line="+52"/>
        <source>Viparita: settings</source>
        <translation>Viparita: الإعدادات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows the default values; they are kept only when you press OK.</source>
        <translation>يعرض القيم الافتراضية؛ ولا تُحفظ إلا عند الضغط على «موافق».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the voice of your practice.</source>
        <translation>هذا هو صوت تمرينك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chime played and the voice spoke. If you heard neither, check the volume of this computer.</source>
        <translation>صدر رنين ونطق الصوت. إذا لم تسمع أيًّا منهما، فتحقق من مستوى الصوت في هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chime played, but there is no voice: cues will be shown and chimed, not spoken.</source>
        <translation>صدر رنين، لكن لا يوجد صوت ناطق: ستُعرض الإرشادات مع رنين، ولن تُنطق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice spoke, but no sound output was found for the chimes.</source>
        <translation>نطق الصوت، لكن لم يُعثر على مخرج صوت للرنين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound output and no voice were found: sessions will be silent. Keep your eyes open, or connect speakers or headphones.</source>
        <translation>لم يُعثر على مخرج صوت ولا على صوت ناطق: ستكون الجلسات صامتة. أبقِ عينيك مفتوحتين، أو صِل مكبرات صوت أو سماعات.</translation>
    </message>
</context>
<context>
    <name>viparita::app::SevereReadingPanel</name>
    <message>
        <location filename="../src/app/readings/severe_reading_panel.cpp" line="+31"/>
        <source>Very high blood pressure</source>
        <translation>ضغط دم مرتفع جدًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning signs: %1.</source>
        <translation>علامات الخطر: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have one of these warning signs &amp;now</source>
        <translation>لديّ إحدى علامات الخطر هذه ال&amp;آن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rest %1 minutes, then measure again</source>
        <translation>استرح %1 دقائق، ثم قِس مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Measure again now</source>
        <translation>قِس مرة أخرى الآن</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Very high blood pressure: leave the practice for today</source>
        <translation>ضغط دم مرتفع جدًا: اترك التمرين لهذا اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come out of the pose gently: bend your knees, roll onto one side and sit up slowly. Rest quietly, seated, for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>اخرج من الوضعية برفق: اثنِ ركبتيك، واستدر على أحد جانبيك، واجلس ببطء. استرح بهدوء، جالسًا، لمدة %1 دقائق، ثم قِس مرة أخرى. قراءتك محفوظة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very high blood pressure: do not start the practice now</source>
        <translation>ضغط دم مرتفع جدًا: لا تبدأ التمرين الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit quietly with your back supported and your feet flat for %1 minutes, then measure again. Your reading is kept.</source>
        <translation>اجلس بهدوء وظهرك مسنود وقدماك مستويتان على الأرض لمدة %1 دقائق، ثم قِس مرة أخرى. قراءتك محفوظة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still very high after resting</source>
        <translation>ما زال مرتفعًا جدًا بعد الراحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not start the practice today. Your readings are kept.</source>
        <translation>لا تبدأ التمرين اليوم. قراءاتك محفوظة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest quietly: %1 left. Then measure again.</source>
        <translation>استرح بهدوء: المتبقي %1. ثم قِس مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest is over: measure again now, and enter the new reading.</source>
        <translation>انتهت الراحة: قِس مرة أخرى الآن، وأدخل القراءة الجديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>قِس مرة أخرى</translation>
    </message>
</context>
<context>
    <name>viparita::app::SoundSettingsPage</name>
    <message>
        <location filename="../src/app/settings/sound_settings_page.cpp" line="+22"/>
        <source>&amp;Chimes at each step and side, a bell at the end</source>
        <translation>&amp;رنين عند كل خطوة وجانب، وجرس في النهاية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;oice: step names and cues read aloud</source>
        <translation>ال&amp;صوت الناطق: قراءة أسماء الخطوات والإرشادات بصوت مسموع</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Breath tones</source>
        <translation>&amp;نغمات التنفس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eyes closed</source>
        <translation>&amp;بعينين مغمضتين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rising as you breathe in, falling as you breathe out.</source>
        <translation>ترتفع مع الشهيق، وتنخفض مع الزفير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announces the next step, and when ten seconds are left.</source>
        <translation>يُعلن الصوت الناطق أيضًا الخطوة التالية، ويُنبّهك حين تبقى عشر ثوانٍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With your eyes closed you hear every change: keep the chimes or the voice on.</source>
        <translation>حين تكون عيناك مغمضتين تسمع كل تغيير: أبقِ الرنين أو الصوت الناطق مفعّلًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>&amp;مستوى الصوت:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test: a chime and the voice</source>
        <translation>ا&amp;ختبار: رنين والصوت الناطق</translation>
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
        <translation>الأصوات والنطق</translation>
    </message>
</context>
<context>
    <name>viparita::app::StandingCheckDialog</name>
    <message>
        <location filename="../src/app/readings/standing_check_dialog.cpp" line="+50"/>
        <source>Blood pressure on standing up</source>
        <translation>ضغط الدم عند الوقوف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Standing up after the practice&lt;/b&gt;&lt;br&gt;Keep the cuff on. Stand up slowly, next to something steady you can hold. Stand still, with your arm resting at the height of your heart. Start the timer once you are on your feet: it tells you when to measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down at once.</source>
        <translation>&lt;b&gt;الوقوف بعد التمرين&lt;/b&gt;&lt;br&gt;أبقِ سوار جهاز قياس الضغط على ذراعك. قف ببطء، بجانب شيء ثابت يمكنك الإمساك به. قف دون حركة، وذراعك مستريحة بمستوى قلبك. شغّل المؤقّت بمجرد أن تقف على قدميك: سيُعلمك متى تقيس، بعد %1 دقيقة وبعد %2 دقائق. إذا شعرت بالدوار، فاجلس أو استلقِ فورًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am &amp;standing: start the timer</source>
        <translation>أنا &amp;واقف: شغّل المؤقّت</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systolic</source>
        <translation>الانقباضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>الانبساطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minute</source>
        <translation>بعد %1 دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes</source>
        <translation>بعد %1 دقائق</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arm</source>
        <translation>الذراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>الذراع اليسرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>الذراع اليمنى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with your last reading lying or sitting: %1 mmHg.</source>
        <translation>مقارنةً بآخر قراءة لك استلقاءً أو جلوسًا: %1 mmHg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no reading lying or sitting to compare with; a systolic under 90 is still flagged.</source>
        <translation>لا توجد قراءة استلقاءً أو جلوسًا للمقارنة بها؛ ومع ذلك يُنبَّه إلى أي انقباضي دون 90.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I feel &amp;faint or dizzy</source>
        <translation>أشعر &amp;بالإغماء أو الدوار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip the standing check</source>
        <translation>&amp;تجاوز فحص الوقوف</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start the timer again</source>
        <translation>&amp;شغّل المؤقّت مرة أخرى</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One minute. Take the first standing reading now.</source>
        <translation>مرّت دقيقة. خذ قراءة الوقوف الأولى الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three minutes. Take the second standing reading now.</source>
        <translation>مرّت ثلاث دقائق. خذ قراءة الوقوف الثانية الآن.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your feet %1. First reading in %2.</source>
        <translation>واقف منذ %1. القراءة الأولى بعد %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure now: the reading after %1 minute.</source>
        <translation>قِس الآن: القراءة بعد %1 دقيقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On your feet %1. Second reading in %2.</source>
        <translation>واقف منذ %1. القراءة الثانية بعد %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure now: the reading after %1 minutes.</source>
        <translation>قِس الآن: القراءة بعد %1 دقائق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both readings are in: save them, then sit down and rest.</source>
        <translation>اكتملت القراءتان: احفظهما، ثم اجلس واسترح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the readings and save them; then sit down.</source>
        <translation>أدخل القراءات واحفظها؛ ثم اجلس.</translation>
    </message>
</context>
<context>
    <name>viparita::app::StepProgressBar</name>
    <message>
        <location filename="../src/app/player/step_progress_bar.cpp" line="+15"/>
        <source>Progress through the session</source>
        <translation>التقدم في الجلسة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 percent</source>
        <translation>%1 بالمئة</translation>
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
        <translation>، النبض %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session</source>
        <translation>جلستك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, stopped early.</source>
        <translation>%1، أُوقفت مبكرًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, completed.</source>
        <translation>%1، اكتملت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time practised: %1 min %2 s</source>
        <translation>مدة التمرين: %1 دقيقة %2 ث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done: %1 of %2; skipped: %3</source>
        <translation>الخطوات المنجزة: %1 من %2؛ المتجاوزة: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1</source>
        <translation>قبل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: no reading</source>
        <translation>قبل: لا قراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>بعد: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: no reading</source>
        <translation>بعد: لا قراءة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: %1 mmHg</source>
        <translation>التغيّر: %1 mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: not compared, as the readings before and after were taken in different positions.</source>
        <translation>التغيّر: لم تُجرَ مقارنة، لأن القراءات قبل الجلسة وبعدها أُخذت في وضعيات مختلفة.</translation>
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
        <translation>أثناء: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>, then </source>
        <translation>، ثم </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On standing up: %1</source>
        <translation>عند الوقوف: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your blood pressure fell when you stood up: stand up slowly today, and tell your doctor.</source>
        <translation>انخفض ضغط دمك عند وقوفك: قف ببطء اليوم، وأخبر طبيبك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How do you feel now?</source>
        <translation>كيف تشعر الآن؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the practice went, anything to remember</source>
        <translation>كيف سار التمرين، وأي شيء تريد تذكّره</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Discard this session</source>
        <translation>ا&amp;ستبعد هذه الجلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session and its readings are left out of your history, trends and exports.</source>
        <translation>تُستبعد الجلسة وقراءاتها من المحفوظات والاتجاهات والتصديرات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 · worse</source>
        <translation>1 · أسوأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · a little worse</source>
        <translation>2 · أسوأ قليلًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · the same</source>
        <translation>3 · كما كنت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 · better</source>
        <translation>4 · أفضل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · much better</source>
        <translation>5 · أفضل بكثير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: at most %1 characters (this one has %2). Shorten it to save the session.</source>
        <translation>الملاحظة: %1 حرفًا على الأكثر (وهذه فيها %2). اختصرها لتحفظ الجلسة.</translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="-192"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
            <numerusform>%1: النقاط: %n، الأولى %2، الأخيرة %3، الأدنى %4، الأعلى %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/app/trends/trends_page.cpp" line="+406"/>
        <source>No data in this period.</source>
        <translation>لا توجد بيانات في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 في %3</translation>
    </message>
    <message>
        <location filename="../src/app/trends/trends_page.cpp" line="-358"/>
        <source>not yet known</source>
        <translation>غير معروف بعد</translation>
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
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+262"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (فاصل الثقة 95%: من %1 إلى %2)</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From…</source>
        <translation>من…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day shown</source>
        <translation>أول يوم معروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>آخر يوم معروض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chart: systolic before and after each session</source>
        <translation>رسم بياني: الانقباضي قبل كل جلسة وبعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: diastolic before and after each session</source>
        <translation>رسم بياني: الانبساطي قبل كل جلسة وبعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: the change in each session</source>
        <translation>رسم بياني: التغيّر في كل جلسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: pulse</source>
        <translation>رسم بياني: النبض</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data as a table</source>
        <translation>اعرض البيانات في جدول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data as a table: %1</source>
        <translation>اعرض البيانات في جدول: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts cannot be shown: %1.</source>
        <translation>يتعذر عرض الرسوم البيانية: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary and charts</source>
        <translation>الملخص والرسوم البيانية</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>لا توجد بعد جلسة فيها قراءات قبلها وبعدها، لذا لا يوجد تغيّر لعرضه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Systolic fell in that session.</source>
        <translation> انخفض الانقباضي في تلك الجلسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic did not fall in that session.</source>
        <translation> لم ينخفض الانقباضي في تلك الجلسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Systolic fell in %1 of the %2 sessions.</source>
        <translation> انخفض الانقباضي في %1 جلسة من أصل %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Not yet reliable: fewer than %1 sessions with readings before and after.</source>
        <translation> غير موثوق بعد: عدد الجلسات ذات القراءات قبلها وبعدها أقل من %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average: %1</source>
        <translation>المتوسط المنزلي: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 measurement</source>
        <translation>قياس واحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measurements</source>
        <translation>%1 قياسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mornings: %1 (%2).
Evenings: %3 (%4).</source>
        <translation>الصباح: %1 (%2).
المساء: %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before your sessions, systolic has moved %1 mmHg per 30 days</source>
        <translation>قبل جلساتك، تغيّر الانقباضي بمقدار %1 mmHg كل 30 يومًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, from 1 measurement.</source>
        <translation>، من قياس واحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from %1 measurements.</source>
        <translation>، من %1 قياسات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trend before your sessions needs measurements on different days.</source>
        <translation>يحتاج الاتجاه قبل جلساتك إلى قياسات في أيام مختلفة.</translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message>
        <location filename="../src/app/week/week_page.cpp" line="+52"/>
        <source>Done, %1 of %2</source>
        <translation>تم، %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, %1 readings</source>
        <translation>تم، القراءات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, %1 of %2</source>
        <translation>الآن، %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, %1 of %2</source>
        <translation>فائت، %1 من %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>قادم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home-monitoring week</source>
        <translation>أسبوع القياس المنزلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For seven days, measure the way doctors ask: each morning (before any medication) and each evening, sit for five minutes with your back supported, then take two readings a minute apart. The first day is left out; the average of the other six is what your doctor uses.</source>
        <translation>لمدة سبعة أيام، قِس ضغطك بالطريقة التي يطلبها الأطباء: كل صباح (قبل تناول أي دواء) وكل مساء، اجلس خمس دقائق وظهرك مسنود، ثم خذ قراءتين بينهما دقيقة. يُستبعد اليوم الأول؛ ومتوسط الأيام الستة الأخرى هو ما يعتمد عليه طبيبك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First day:</source>
        <translation>اليوم ال&amp;أول:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before a doctor&apos;s visit</source>
        <translation>قبل زيارة الطبيب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a change of medication</source>
        <translation>بعد تغيير في الأدوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To see where I stand</source>
        <translation>لأعرف وضعي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Begin the week</source>
        <translation>ا&amp;بدأ الأسبوع</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The week&apos;s measurement slots</source>
        <translation>مواعيد القياس في الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>المساء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measure now</source>
        <translation>&amp;قِس الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week &amp;report for the doctor…</source>
        <translation>&amp;تقرير الأسبوع للطبيب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this week…</source>
        <translation>ا&amp;نسَ هذا الأسبوع…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your weeks:</source>
        <translation>أساب&amp;يعك:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your weeks</source>
        <translation>أسابيعك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>القراءات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average, days 2 to 7</source>
        <translation>المتوسط، الأيام من 2 إلى 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No week begun yet. Choose its first day and begin: the page then follows each morning and evening for seven days.</source>
        <translation>لم يبدأ أي أسبوع بعد. اختر يومه الأول وابدأ: عندها تتابع الصفحة كل صباح وكل مساء لمدة سبعة أيام.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week from %1 to %2</source>
        <translation>الأسبوع من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>فات %n موعد حتى الآن.</numerusform>
            <numerusform>فات %n موعد حتى الآن.</numerusform>
            <numerusform>فات %n موعدان حتى الآن.</numerusform>
            <numerusform>فاتت %n مواعيد حتى الآن.</numerusform>
            <numerusform>فات %n موعدًا حتى الآن.</numerusform>
            <numerusform>فات %n موعد حتى الآن.</numerusform>
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
        <translation>اليوم %1، %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evening</source>
        <translation>المساء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is left out of the average.</source>
        <translation>يُستبعد اليوم الأول من المتوسط.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week has not begun yet.</source>
        <translation>لم يبدأ الأسبوع بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>حتى الآن: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough yet</source>
        <translation>غير كافٍ بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forget this week?</source>
        <translation>هل تريد نسيان هذا الأسبوع؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the week from %1? Its readings stay in your journal.</source>
        <translation>هل تريد نسيان الأسبوع الذي بدأ في %1؟ ستبقى قراءاته في سجلك.</translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message>
        <location filename="../src/cli/backup_commands.cpp" line="+18"/>
        <source>Write a copy of the journal to FILE.</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>اكتب نسخة من السجل في FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to write (must not exist).</source>
        <translation>النسخة المراد كتابتها (يجب ألا تكون موجودة).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <location filename="../src/cli/import_command.cpp" line="+293"/>
        <source>give one FILE</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>حدّد ملفًا واحدًا FILE</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the copy&apos;s.</extracomment>
        <translation>نُسخ %1 احتياطيًا إلى %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with a backup (the current one is kept as a backup).</source>
        <translation>ضع نسخة احتياطية مكان السجل (ويُحفظ السجل الحالي نسخةً احتياطية).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to restore.</source>
        <translation>النسخة الاحتياطية المراد استعادتها.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored %1 from %2.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s.</extracomment>
        <translation>استُعيد %1 من %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2. The journal as it was is kept in %3.</source>
        <extracomment>%1: the journal&apos;s path; %2: the backup&apos;s; %3: where the journal as it was is kept.</extracomment>
        <translation>استُعيد %1 من %2. السجل كما كان محفوظ في %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="+38"/>
        <source>Log debug messages.</source>
        <translation>اكتب رسائل التصحيح في سجل الأحداث.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder&apos;s).</source>
        <extracomment>PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.</extracomment>
        <translation>استخدم السجل الموجود في PATH (الافتراضي: $VIPARITA_DATABASE، وإلا فالسجل الموجود في مجلد البيانات).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: is not valid UTF-8 text (give it in UTF-8); nothing was done</source>
        <extracomment>%1: the option (--note) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: ليس نصًّا صالحًا بترميز UTF-8 (أدخله بترميز UTF-8)؛ لم يُنفَّذ أي شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must not be empty; nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE).</extracomment>
        <translation>%1: يجب ألا يكون فارغًا؛ لم يُنفَّذ أي شيء</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايت؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايت؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايتان؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايتات؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايتًا؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: أطول من أن يكون مسارًا (%n بايت؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: طويل جدًا (%n حرف؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: طويل جدًا (%n حرف؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: طويل جدًا (%n حرفان؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: طويل جدًا (%n أحرف؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: طويل جدًا (%n حرفًا؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
            <numerusform>%1: طويل جدًا (%n حرف؛ الحد الأقصى %2)؛ لم يُنفَّذ أي شيء</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your medicines and their changes</source>
        <translation>أدويتك وتغييراتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands</source>
        <translation>أوامر فرعية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [--help] [--version] COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name. COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>الاستخدام: %1 [--help] [--version] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viparita from the command line: sequences, plans and the blood-pressure journal.</source>
        <translation>Viparita من سطر الأوامر: السلاسل والخطط وسجل ضغط الدم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
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
        <translation>شغّل &apos;%1 COMMAND --help&apos; لعرض خيارات أحد الأوامر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.</source>
        <translation>رموز الخروج: 0 نجاح، 1 رُفض الإدخال، 2 خطأ في الاستخدام، 3 خطأ في ملف أو في التخزين.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1 %2 SUB-COMMAND [OPTIONS]</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;). SUB-COMMAND and OPTIONS stand for what is typed there.</extracomment>
        <translation>الاستخدام: %1 %2 SUB-COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 %2 SUB-COMMAND --help&apos; for its options.</source>
        <extracomment>%1: the program&apos;s name; %2: the first word of its commands (&quot;session&quot;).</extracomment>
        <translation>شغّل &apos;%1 %2 SUB-COMMAND --help&apos; لعرض خياراته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-commands:</source>
        <translation>الأوامر الفرعية:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1: what was typed as a command.</extracomment>
        <translation>أمر غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1: what was typed as a command; %2: the command nearest to it.</extracomment>
        <translation>أمر غير معروف &apos;%1&apos;. هل تقصد &apos;%2&apos;؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help.</source>
        <translation>اعرض هذه المساعدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>اعرض الإصدار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run.</source>
        <translation>الأمر المراد تشغيله.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>which one? Give a sub-command.</source>
        <translation>أيّها؟ حدّد أمرًا فرعيًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <extracomment>%1: the program&apos;s name; --help is typed as is.</extracomment>
        <translation>شغّل &apos;%1 --help&apos; لعرض قائمة الأوامر.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos;: a negative number is not accepted here (%2)</source>
        <extracomment>%1: the number typed; %2: the command-line parser&apos;s own message.</extracomment>
        <translation>&apos;%1&apos;: لا يُقبل عدد سالب هنا (%2)</translation>
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
        <translation>شغّل &apos;%1 %2 --help&apos; لعرض خياراته.</translation>
    </message>
    <message>
        <location filename="../src/cli/cuff_commands.cpp" line="+53"/>
        <source>--seconds must be a whole number from 1 to 3600, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>يجب أن تكون قيمة --seconds عددًا صحيحًا من 1 إلى 3600، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bluetooth cuffs are not available: %1</source>
        <extracomment>%1: why not.</extracomment>
        <translation>أجهزة قياس الضغط العاملة بالبلوتوث غير متاحة: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the Bluetooth devices in range and which are cuffs.</source>
        <translation>اعرض أجهزة البلوتوث الموجودة في النطاق، وأيّها أجهزة قياس ضغط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long to look (default 10).</source>
        <translation>مدة البحث بالثواني (الافتراضي 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the devices as a JSON array.</source>
        <translation>اطبع الأجهزة في مصفوفة JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <location filename="../src/cli/export_command.cpp" line="+45"/>
        <location filename="../src/cli/journal_access.cpp" line="+89"/>
        <location filename="../src/cli/sequences_command.cpp" line="+60"/>
        <location filename="../src/cli/session_commands.cpp" line="+145"/>
        <source>takes no arguments</source>
        <translation>لا يقبل أي وسائط</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No Bluetooth devices in range. Press the cuff&apos;s start or Bluetooth button so it shows itself, and try again.</source>
        <translation>لا توجد أجهزة بلوتوث في النطاق. اضغط زر التشغيل أو زر البلوتوث في جهاز قياس الضغط ليظهر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blood-pressure cuff</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>جهاز قياس ضغط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other device</source>
        <extracomment>What a device in range is, in a column of the list.</extracomment>
        <translation>جهاز آخر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect a Bluetooth cuff and save the readings it sends.</source>
        <translation>اتصل بجهاز قياس ضغط يعمل بالبلوتوث، واحفظ القراءات التي يرسلها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cuff&apos;s address (from &apos;cuff scan&apos;); the first cuff that shows itself by default.</source>
        <translation>عنوان جهاز قياس الضغط (من &apos;cuff scan&apos;)؛ الافتراضي أول جهاز قياس ضغط يظهر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait for the cuff and for its readings (default 60); it ends sooner when the cuff switches itself off.</source>
        <translation>مدة انتظار جهاز قياس الضغط وقراءاته بالثواني (الافتراضي 60)؛ وينتهي الانتظار قبل ذلك حين يُطفئ الجهاز نفسه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of the cuff&apos;s users you are (1 to 254): the readings of its other users are not saved.</source>
        <translation>رقمك بين مستخدمي جهاز قياس الضغط (من 1 إلى 254): قراءات مستخدميه الآخرين لا تُحفظ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the readings; write nothing.</source>
        <translation>اطبع القراءات، ولا تكتب شيئًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was received as JSON.</source>
        <translation>اطبع ما استُقبل بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--device must be an address such as C0:FF:EE:00:18:10, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>يجب أن تكون قيمة --device عنوانًا مثل C0:FF:EE:00:18:10، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--user must be a whole number from 1 to 254, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>يجب أن تكون قيمة --user عددًا صحيحًا من 1 إلى 254، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Refused a record that is not a measurement: %1 (bytes %2).</source>
        <extracomment>%1: what is wrong with it; %2: its bytes, in hexadecimal.</extracomment>
        <translation>رُفضت حزمة ليست قياسًا: %1 (البايتات: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cuff could not measure (%1): try again.</source>
        <extracomment>%1: the cuff&apos;s reason.</extracomment>
        <translation>لم يتمكن جهاز قياس الضغط من القياس (%1): حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../src/cli/import_command.cpp" line="-159"/>
        <location filename="../src/cli/session_commands.cpp" line="+242"/>
        <source>pulse %1</source>
        <translation>النبض %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>irregular pulse</source>
        <translation>نبض غير منتظم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuff user %1</source>
        <extracomment>%1: the number of the cuff&apos;s user the reading is of.</extracomment>
        <translation>مستخدم الجهاز %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <extracomment>A reading received from the cuff: saved now.</extracomment>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the journal</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>موجودة بالفعل في السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (dry run)</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>لم تُحفظ (تشغيل تجريبي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved: another user of the cuff</source>
        <extracomment>A reading received from the cuff.</extracomment>
        <translation>لم تُحفظ: تخص مستخدمًا آخر للجهاز</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read through the cuff&apos;s deviation from the standard: %1</source>
        <extracomment>%1: how the cuff&apos;s data differ from the Bluetooth standard, listed.</extracomment>
        <translation>قُرئت مع مراعاة خروج الجهاز عن المعيار: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cuff pressure %1 mmHg</source>
        <extracomment>%1: the pressure in the cuff as it measures.</extracomment>
        <translation>ضغط السوار %1 mmHg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cuff&apos;s clock was set to this computer&apos;s</source>
        <translation>ضُبطت ساعة جهاز قياس الضغط على ساعة هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cuff keeps its own clock (it does not take one)</source>
        <translation>يحتفظ جهاز قياس الضغط بساعته الخاصة (لا يقبل ضبطها)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; waiting for its readings.</source>
        <extracomment>%1: the cuff&apos;s name and address.</extracomment>
        <translation>تم الاتصال بـ %1؛ في انتظار قراءاته.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No cuff showed itself in %1 seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>لم يظهر أي جهاز لقياس الضغط خلال %1 ثانية. اضغط زر التشغيل أو زر البلوتوث في الجهاز ليظهر، وأبقِه قريبًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuff %1 did not show itself in %2 seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <extracomment>%1: the cuff&apos;s address; %2: how many seconds it waited.</extracomment>
        <translation>لم يظهر جهاز قياس الضغط %1 خلال %2 ثانية. اضغط زر التشغيل أو زر البلوتوث فيه ليظهر، وأبقِه قريبًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cuff sent no readings in %1 seconds.</source>
        <extracomment>%1: how many seconds it waited.</extracomment>
        <translation>لم يرسل جهاز قياس الضغط أي قراءات خلال %1 ثانية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1, %2, %3.</source>
        <extracomment>%1: the readings for you (&quot;2 readings for you&quot;); %2: those refused (&quot;1 refused&quot;); %3: the measurements that failed (&quot;0 failed measurements&quot;).</extracomment>
        <translation>تشغيل تجريبي، لم يُكتب شيء: %1، %2، %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n قراءة تخصك</numerusform>
            <numerusform>%n قراءة تخصك</numerusform>
            <numerusform>%n قراءتان تخصانك</numerusform>
            <numerusform>%n قراءات تخصك</numerusform>
            <numerusform>%n قراءة تخصك</numerusform>
            <numerusform>%n قراءة تخصك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n قياس فاشل</numerusform>
            <numerusform>%n قياس فاشل</numerusform>
            <numerusform>%n قياسان فاشلان</numerusform>
            <numerusform>%n قياسات فاشلة</numerusform>
            <numerusform>%n قياسًا فاشلًا</numerusform>
            <numerusform>%n قياس فاشل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
            <numerusform>جديدة: %1، موجودة بالفعل في السجل: %2، مرفوضة: %3، قياسات فاشلة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/export_command.cpp" line="-28"/>
        <source>Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor&apos;s system.</source>
        <translation>صدّر القراءات أو الجلسات: CSV، أو تقرير PDF، أو FHIR R4 لنظام الطبيب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv (one row a reading, the default), sessions-csv (one row a session), pdf (the report for the doctor), fhir (a FHIR R4 Bundle of vital-sign Observations and MedicationStatements) or medication-csv (one row a change of a medicine).</source>
        <extracomment>csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>csv (صف لكل قراءة، الافتراضي)، أو sessions-csv (صف لكل جلسة)، أو pdf (التقرير للطبيب)، أو fhir (حزمة Bundle بصيغة FHIR R4 تضم ملاحظات العلامات الحيوية وبيانات الأدوية)، أو medication-csv (صف لكل تغيير في دواء).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write; &apos;-&apos; for the standard output.</source>
        <translation>الملف المراد كتابته؛ &apos;-&apos; للإخراج القياسي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the notes out.</source>
        <translation>استبعد الملاحظات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s name (PDF: in the header; FHIR: the Patient).</source>
        <translation>اسم الشخص (في PDF: في رأس التقرير؛ في FHIR: بيانات المريض Patient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the home-monitoring week&apos;s seven days; with --format pdf, the one-page week report.</source>
        <translation>أيام أسبوع القياس المنزلي السبعة فقط؛ ومع --format pdf، تقرير الأسبوع في صفحة واحدة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: must be csv, sessions-csv, pdf, fhir or medication-csv, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.</extracomment>
        <translation>--format: يجب أن يكون csv أو sessions-csv أو pdf أو fhir أو medication-csv، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output FILE is required (&apos;-&apos; for the standard output)</source>
        <extracomment>FILE is the value name shown in the help.</extracomment>
        <translation>الخيار --output FILE مطلوب (&apos;-&apos; للإخراج القياسي)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format pdf: a PDF is binary; give a file to --output, not &apos;-&apos;</source>
        <translation>--format pdf: ملف PDF ملف ثنائي؛ حدّد ملفًا للخيار --output، وليس &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--week gives the period: leave out --from and --to</source>
        <translation>--week يحدد الفترة: لا تستخدم معه --from ولا --to</translation>
    </message>
    <message>
        <location filename="../src/cli/import_command.cpp" line="-77"/>
        <source>--map: &apos;%1&apos; must be KEY=COLUMN with KEY one of date, time, datetime, systolic, diastolic, pulse, note, offset, irregular</source>
        <extracomment>%1: the entry typed. KEY and COLUMN stand for what is typed; the keys (date, time...) are typed as they are.</extracomment>
        <translation>--map: يجب أن يكون &apos;%1&apos; بالشكل KEY=COLUMN حيث KEY أحد المفاتيح: date، time، datetime، systolic، diastolic، pulse، note، offset، irregular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--map: a column number counts from 1, not &apos;%1&apos;</source>
        <extracomment>%1: the column number typed.</extracomment>
        <translation>--map: يبدأ ترقيم الأعمدة من 1، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <extracomment>The delimiter of a table&apos;s columns.</extracomment>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>instants, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>لحظات زمنية، تُعرض بالتوقيت المحلي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC, shown at the offset in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>توقيت UTC، يُعرض بالفرق الزمني الوارد في العمود &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wall-clock time at the offset or zone in the column &apos;%1&apos;</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;). %1: a column&apos;s name.</extracomment>
        <translation>وقت الساعة المحلي بالفرق الزمني أو المنطقة الزمنية الواردة في العمود &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC, shown in local time</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>توقيت UTC، يُعرض بالتوقيت المحلي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local wall-clock time unless a time gives its offset</source>
        <extracomment>How the times of a table are read (&quot;Times: ...&quot;).</extracomment>
        <translation>وقت الساعة المحلي، ما لم يحدد الوقت فرقه الزمني</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>irregular heartbeat</source>
        <translation>ضربات قلب غير منتظمة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not UTF-8; it was read as Windows-1252 (check its accented letters)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 ليس بترميز UTF-8؛ قُرئ بترميز Windows-1252 (تحقق من الحروف ذات العلامات فيه)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n صف به أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صف به أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفان بهما أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفوف بها أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفًا به أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صف به أخطاء؛ لو جرى الاستيراد لما استُورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n صف به أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صف به أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفان بهما أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفوف بها أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صفًا به أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
            <numerusform>%n صف به أخطاء؛ لم يُستورد شيء (استخدم --skip-bad-rows لاستيراد الصفوف الأخرى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّي %n صف به أخطاء</numerusform>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّي %n صف به أخطاء</numerusform>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّي %n صفان بهما أخطاء</numerusform>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّيت %n صفوف بها أخطاء</numerusform>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّي %n صفًا به أخطاء</numerusform>
            <numerusform>استُورد %1، و%2 موجودة بالفعل في السجل، وتُخطّي %n صف به أخطاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1، واستُبعد %n صف لا يحوي إلا النبض</numerusform>
            <numerusform>%1، واستُبعد %n صف لا يحوي إلا النبض</numerusform>
            <numerusform>%1، واستُبعد %n صفان لا يحويان إلا النبض</numerusform>
            <numerusform>%1، واستُبعدت %n صفوف لا تحوي إلا النبض</numerusform>
            <numerusform>%1، واستُبعد %n صفًا لا يحوي إلا النبض</numerusform>
            <numerusform>%1، واستُبعد %n صف لا يحوي إلا النبض</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing written: %1</source>
        <extracomment>%1: what an import would import and skip (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>تشغيل تجريبي، لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import readings from a CSV file.</source>
        <translation>استورد القراءات من ملف CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file: Viparita&apos;s own CSV, another app&apos;s CSV export, or Apple Health&apos;s export.zip or export.xml.</source>
        <translation>الملف: ملف CSV الخاص بـ Viparita، أو تصدير CSV من تطبيق آخر، أو ملف export.zip أو export.xml من Apple Health.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what was detected and the first readings as they will be read, and count them; write nothing.</source>
        <translation>اعرض ما اكتُشف والقراءات الأولى كما ستُقرأ، وعُدّها، ولا تكتب شيئًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>استورد الصفوف السليمة حتى لو كان في بعض الصفوف أخطاء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the file as this app&apos;s export instead of recognising it: %1.</source>
        <extracomment>%1: the names of the apps&apos; exports that can be given, listed.</extracomment>
        <translation>اقرأ الملف على أنه تصدير من هذا التطبيق بدلًا من التعرّف عليه تلقائيًا: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns, instead of the detected ones: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (COL a header name or a number from 1).</source>
        <extracomment>COL stands for a column; the keys before each &apos;=&apos; are typed as they are.</extracomment>
        <translation>الأعمدة، بدلًا من الأعمدة المكتشفة: date=COL,time=COL,datetime=COL,systolic=COL,diastolic=COL,pulse=COL,note=COL,offset=COL,irregular=COL (حيث COL اسم عنوان عمود أو رقم يبدأ من 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date (or date and time) format instead of the detected one, e.g. dd.MM.yyyy, MM/dd/yy, &apos;d MMM yyyy&apos;, or unix / unix-ms for Unix times.</source>
        <extracomment>The formats are typed as they are: d for the day, M for the month, y for the year.</extracomment>
        <translation>شكل التاريخ (أو التاريخ والوقت) بدلًا من الشكل المكتشف، مثل dd.MM.yyyy أو MM/dd/yy أو &apos;d MMM yyyy&apos;، أو unix / unix-ms لأوقات Unix.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--date-format: must not be empty (leave it out to detect it)</source>
        <translation>--date-format: يجب ألا يكون فارغًا (احذفه ليُكتشف الشكل تلقائيًا)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-format: must give the day, the month and the year (d, M and y, as in dd.MM.yyyy), or be unix or unix-ms, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. d, M, y, unix and unix-ms are typed as they are.</extracomment>
        <translation>--date-format: يجب أن يحدد اليوم والشهر والسنة (d وM وy، كما في dd.MM.yyyy)، أو أن يكون unix أو unix-ms، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: &apos;%1&apos; is not a source Viparita knows; one of %2</source>
        <extracomment>%1: the value typed; %2: the names that can be given, listed.</extracomment>
        <translation>--format: &apos;%1&apos; ليس مصدرًا يعرفه Viparita؛ اختر أحد المصادر: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>at %1 MB it is too large for a table of readings (up to %2 MB are read)</source>
        <extracomment>%1: the file&apos;s size; %2: the largest read, both in MB.</extracomment>
        <translation>حجمه %1 MB، وهذا أكبر من أن يكون جدولًا للقراءات (يُقرأ حتى %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>not a readings file: it looks like %1</source>
        <extracomment>%1: the kind of file it seems to be (&quot;a ZIP archive&quot;).</extracomment>
        <translation>ليس ملف قراءات: يبدو أنه %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: a table no app is known by (columns guessed from its header)</source>
        <translation>المصدر: جدول لا يُعرف التطبيق الذي أنشأه (خُمّنت الأعمدة من صف العناوين)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 (--format %2)</source>
        <extracomment>%1: the app whose export it is; %2: the name to give --format for it.</extracomment>
        <translation>المصدر: %1 (--format %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding: %1 (not UTF-8: a guess)</source>
        <extracomment>%1: the encoding the file was read in (&quot;Windows-1252&quot;).</extracomment>
        <translation>الترميز: %1 (ليس UTF-8: تخمين)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <extracomment>%1: the encoding the file was read in (&quot;UTF-8&quot;).</extracomment>
        <translation>الترميز: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1</source>
        <extracomment>%1: the delimiter of its columns (comma, semicolon, tab).</extracomment>
        <translation>الفاصل: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header: line %1</source>
        <extracomment>%1: the number of the line that holds the columns&apos; names.</extracomment>
        <translation>صف العناوين: السطر %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <extracomment>%1: each key with its column: &quot;date=Date, systolic=SYS&quot;.</extracomment>
        <translation>الأعمدة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates: %1</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;).</extracomment>
        <translation>التواريخ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 (%2)</source>
        <extracomment>%1: the format the dates are read in (&quot;dd/MM/yyyy&quot;); %2: why it was chosen.</extracomment>
        <translation>التواريخ: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times: %1</source>
        <extracomment>%1: how the times are read.</extracomment>
        <translation>الأوقات: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First readings as they will be read:</source>
        <translation>القراءات الأولى كما ستُقرأ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <extracomment>In place of a list of readings that is empty.</extracomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../src/cli/journal_access.cpp" line="-65"/>
        <source>there is no journal at %1 (nothing was created). Give the path of an existing journal with --database, or add a reading or a session first.</source>
        <extracomment>%1: the journal&apos;s path.</extracomment>
        <translation>لا يوجد سجل في %1 (لم يُنشأ شيء). حدّد مسار سجل موجود بالخيار --database، أو أضف قراءة أو جلسة أولًا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Categories by &apos;aha2025&apos; (AHA/ACC 2025, the default), &apos;esc2024&apos; (ESC 2024) or &apos;esh2023&apos; (ESH 2023); &apos;aha&apos; and &apos;esh&apos; name the first and the last.</source>
        <extracomment>aha2025, esc2024, esh2023, aha and esh are typed as they are.</extracomment>
        <translation>الفئات وفق &apos;aha2025&apos; (AHA/ACC 2025، الافتراضي) أو &apos;esc2024&apos; (ESC 2024) أو &apos;esh2023&apos; (ESH 2023)؛ ويشير &apos;aha&apos; إلى الأول و&apos;esh&apos; إلى الأخير.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--guideline: must be aha2025, esc2024 or esh2023, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. aha2025, esc2024 and esh2023 are typed as they are.</extracomment>
        <translation>--guideline: يجب أن يكون aha2025 أو esc2024 أو esh2023، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 LAST is the week begun last (&apos;viparita-cli week start&apos;); a date (YYYY-MM-DD) is the first day of any week.</source>
        <extracomment>%1: what --week does for this command, a sentence of its own. LAST is typed as it is.</extracomment>
        <translation>%1 القيمة LAST تعني آخر أسبوع بُدئ (&apos;viparita-cli week start&apos;)؛ وأي تاريخ (YYYY-MM-DD) يعني الأسبوع الذي يبدأ في ذلك اليوم.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--week LAST: no home-monitoring week has been begun; begin one with &apos;viparita-cli week start&apos;, or give its first day (YYYY-MM-DD)</source>
        <extracomment>LAST is typed as it is.</extracomment>
        <translation>--week LAST: لم يُبدأ أي أسبوع قياس منزلي؛ ابدأ أسبوعًا بالأمر &apos;viparita-cli week start&apos;، أو حدّد يومه الأول (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--week: must be LAST or a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. LAST is typed as it is.</extracomment>
        <translation>--week: يجب أن يكون LAST أو تاريخًا مثل 2026-11-02، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/medication_commands.cpp" line="-305"/>
        <source>The medicine: its id or its name (as &apos;medication list&apos; shows).</source>
        <translation>الدواء: معرّفه أو اسمه (كما يعرضه &apos;medication list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine by its name, instead of MEDICINE.</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>الدواء باسمه، بدلًا من MEDICINE.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: must be a date such as 2026-11-01, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (on, since); %2: the value typed.</extracomment>
        <translation>%1: يجب أن يكون تاريخًا مثل 2026-11-01، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dose: must be an amount and a unit such as &apos;5 mg&apos; or &apos;1 tablet&apos; (units: %1), not &apos;%2&apos;</source>
        <extracomment>%1: the units there are, listed; %2: the value typed.</extracomment>
        <translation>dose: يجب أن تكون كمية ووحدة مثل &apos;5 mg&apos; أو &apos;1 tablet&apos; (الوحدات: %1)، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>name one MEDICINE (its id or name), or give --name</source>
        <extracomment>MEDICINE is the value name shown in the help.</extracomment>
        <translation>حدّد دواءً واحدًا MEDICINE (معرّفه أو اسمه)، أو استخدم --name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list is empty: add one with &apos;viparita-cli medication add&apos;</source>
        <extracomment>%1: the medicine named.</extracomment>
        <translation>medicine: لا يوجد دواء &apos;%1&apos;؛ القائمة فارغة: أضف دواءً بالأمر &apos;viparita-cli medication add&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>medicine: there is no medicine &apos;%1&apos;; the list has %2</source>
        <extracomment>%1: the medicine named; %2: the medicines there are, listed.</extracomment>
        <translation>medicine: لا يوجد دواء &apos;%1&apos;؛ في القائمة: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: يوجد %n دواء باسم &apos;%1&apos;: حدّد معرّف واحد منها (انظر &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: يوجد %n دواء باسم &apos;%1&apos;: حدّد معرّف واحد منها (انظر &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: يوجد %n دواءان باسم &apos;%1&apos;: حدّد معرّف واحد منهما (انظر &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: توجد %n أدوية باسم &apos;%1&apos;: حدّد معرّف واحد منها (انظر &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: يوجد %n دواءً باسم &apos;%1&apos;: حدّد معرّف واحد منها (انظر &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: يوجد %n دواء باسم &apos;%1&apos;: حدّد معرّف واحد منها (انظر &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>started, %1</source>
        <extracomment>A change of a medicine. %1: its dose.</extracomment>
        <translation>بدأ، %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changed to %1</source>
        <extracomment>A change of a medicine. %1: its new dose.</extracomment>
        <translation>تغيّرت الجرعة إلى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <extracomment>A change of a medicine.</extracomment>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 started, %2 on %3</source>
        <extracomment>%1: the medicine; %2: its dose; %3: the day.</extracomment>
        <translation>بدأ %1، %2 في %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dose changed to %2 on %3</source>
        <extracomment>%1: the medicine; %2: its new dose; %3: the day.</extracomment>
        <translation>تغيّرت جرعة %1 إلى %2 في %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2</source>
        <extracomment>%1: the medicine; %2: the day.</extracomment>
        <translation>أُوقف %1 في %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a medicine you take, from the day you started it.</source>
        <translation>أضف دواءً تتناوله، بدءًا من اليوم الذي بدأته فيه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The medicine&apos;s name, as on its box.</source>
        <translation>اسم الدواء، كما على علبته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its dose: an amount and a unit, such as &apos;5 mg&apos; or &apos;1 tablet&apos;.</source>
        <translation>جرعته: كمية ووحدة، مثل &apos;5 mg&apos; أو &apos;1 tablet&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you started it (YYYY-MM-DD); today by default.</source>
        <translation>اليوم الذي بدأته فيه (YYYY-MM-DD)؛ الافتراضي اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When in the day you take it: morning, midday, evening, bedtime, separated by commas.</source>
        <extracomment>morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>أوقات تناوله في اليوم: morning أو midday أو evening أو bedtime، مفصولة بفواصل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not taken for blood pressure (it is still on the doctor&apos;s report).</source>
        <translation>لا يُتناول لضغط الدم (ومع ذلك يظهر في تقرير الطبيب).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was started.</source>
        <translation>سبب بدئه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --name NAME and --dose DOSE (options only)</source>
        <extracomment>NAME and DOSE are the value names shown in the help.</extracomment>
        <translation>حدّد --name NAME مع --dose DOSE (بالخيارات فقط)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>times: must be morning, midday, evening or bedtime, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. morning, midday, evening and bedtime are typed as they are.</extracomment>
        <translation>times: يجب أن يكون morning أو midday أو evening أو bedtime، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medicine %1 saved: %2, %3 since %4</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name; %3: its dose; %4: the day it was started.</extracomment>
        <translation>حُفظ الدواء %1: %2، %3 منذ %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a new dose of a medicine (or its start again after a stop).</source>
        <translation>سجّل جرعة جديدة لدواء (أو استئنافه بعد إيقافه).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new dose, such as &apos;2.5 mg&apos;.</source>
        <translation>الجرعة الجديدة، مثل &apos;2.5 mg&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the change (YYYY-MM-DD); today by default.</source>
        <translation>يوم التغيير (YYYY-MM-DD)؛ الافتراضي اليوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed.</source>
        <translation>سبب التغيير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the new --dose DOSE</source>
        <extracomment>DOSE is the value name shown in the help.</extracomment>
        <translation>حدّد الجرعة الجديدة --dose DOSE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that a medicine was stopped.</source>
        <translation>سجّل إيقاف دواء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day it was stopped (YYYY-MM-DD); today by default.</source>
        <translation>يوم إيقافه (YYYY-MM-DD)؛ الافتراضي اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was stopped.</source>
        <translation>سبب إيقافه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take back the latest change of a medicine (one recorded by mistake).</source>
        <translation>تراجع عن آخر تغيير في دواء (تغيير سُجّل خطأً).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken back: %1</source>
        <extracomment>%1: the change taken back (&quot;Lisinopril started, 5 mg on 2026-11-01&quot;).</extracomment>
        <translation>تم التراجع عن: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a medicine entered by mistake, with its course.</source>
        <translation>احذف دواءً أُدخل خطأً، مع مساره.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Medicine %1 (%2) deleted</source>
        <extracomment>%1: the medicine&apos;s id; %2: its name.</extracomment>
        <translation>حُذف الدواء %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the medicines, each with its course.</source>
        <translation>اعرض الأدوية، كلًّا منها مع مساره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which were taken, and at what dose, on this day (YYYY-MM-DD); today by default.</source>
        <translation>بيّن الأدوية التي كانت قيد التناول في هذا اليوم (YYYY-MM-DD) وجرعاتها؛ الافتراضي اليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>اطبع JSON بدلًا من النص.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/reading_commands.cpp" line="+90"/>
        <location filename="../src/cli/week_commands.cpp" line="+38"/>
        <location line="+48"/>
        <source>takes options only, no arguments</source>
        <translation>لا يقبل إلا الخيارات، دون وسائط</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not taken</source>
        <extracomment>Of a medicine, on the day asked about.</extracomment>
        <translation>لم يكن قيد التناول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not for blood pressure)</source>
        <translation>(ليس لضغط الدم)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n دواء؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواء؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواءان؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n أدوية؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواءً؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواء؛ أدوية ضغط الدم قيد التناول في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n دواء؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواء؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواءان؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n أدوية؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواءً؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
            <numerusform>%n دواء؛ لا دواء لضغط الدم قيد التناول في %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/plan_command.cpp" line="-29"/>
        <source>Show a sequence as it will be played: each step&apos;s start and length.</source>
        <translation>اعرض السلسلة كما ستُشغَّل: بداية كل خطوة ومدتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/session_commands.cpp" line="-424"/>
        <source>A sequence id, or the path of a sequence file.</source>
        <translation>معرّف سلسلة، أو مسار ملف سلسلة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the whole session, settle-in included, to N minutes (%1 to %2).</source>
        <extracomment>N is the value name shown in the help; %1 to %2: the minutes it may be.</extracomment>
        <translation>اجعل مدة الجلسة كاملة، بما فيها الاستقرار، N دقيقة (من %1 إلى %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of a table.</source>
        <translation>اطبع JSON بدلًا من الجدول.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one SEQUENCE (an id or a file)</source>
        <extracomment>SEQUENCE is the value name shown in the help.</extracomment>
        <translation>حدّد سلسلة واحدة SEQUENCE (معرّفها أو ملفها)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/session_commands.cpp" line="+49"/>
        <source>--minutes must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <extracomment>%1 to %2: the minutes it may be; %3: the value typed.</extracomment>
        <translation>يجب أن تكون قيمة --minutes عددًا صحيحًا من %1 إلى %2، وليس &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 in all, settling in for %3</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length; %3: how long the settling in lasts; both as minutes:seconds.</extracomment>
        <translation>%1: %2 إجمالًا، منها %3 للاستقرار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in all</source>
        <extracomment>%1: the sequence&apos;s title; %2: the session&apos;s length as minutes:seconds.</extracomment>
        <translation>%1: %2 إجمالًا</translation>
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
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <source>LENGTH</source>
        <extracomment>A column title: how long it lasts.</extracomment>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A column title.</extracomment>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../src/cli/reading_commands.cpp" line="-28"/>
        <source>Save a blood-pressure reading.</source>
        <translation>احفظ قراءة لضغط الدم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When it was taken (ISO 8601; local time without an offset). Now by default.</source>
        <translation>وقت أخذها (ISO 8601؛ بالتوقيت المحلي إن لم يُذكر فرق زمني). الافتراضي الآن.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standalone (the default); before, during or after a session; or standing (on standing up after one).</source>
        <extracomment>standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>standalone (الافتراضي)؛ أو before أو during أو after (قبل جلسة أو أثناءها أو بعدها)؛ أو standing (عند الوقوف بعد جلسة).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session a before, during, after or standing reading belongs to.</source>
        <extracomment>before, during, after and standing are the --context typed.</extracomment>
        <translation>الجلسة التي تنتمي إليها قراءة before أو during أو after أو standing.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>taken_at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>taken_at is the field&apos;s name, as files and scripts write it; %1: the value typed.</extracomment>
        <translation>taken_at: يجب أن يكون وقتًا بصيغة ISO 8601 مثل 2026-11-20T20:00:00+01:00، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context: must be standalone, before, during, after or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. standalone, before, during, after and standing are typed as they are.</extracomment>
        <translation>context: يجب أن يكون standalone أو before أو during أو after أو standing، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>session: must be a session id, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>session: يجب أن يكون معرّف جلسة، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session: a %1 reading belongs to a session: give --session ID</source>
        <extracomment>%1: the --context typed (before, during, after, standing). ID stands for the session&apos;s number.</extracomment>
        <translation>session: قراءة %1 تنتمي إلى جلسة: حدّد --session ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context: a reading of a session is before, during, after or standing (on standing up after it)</source>
        <extracomment>before, during, after and standing are typed as they are.</extracomment>
        <translation>context: قراءة الجلسة تكون before أو during أو after أو standing (عند الوقوف بعدها)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session: there is no session %1</source>
        <extracomment>%1: the session&apos;s id.</extracomment>
        <translation>session: لا توجد جلسة %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved reading %1: %2/%3 mmHg, pulse %4.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic; %4: the pulse.</extracomment>
        <translation>حُفظت القراءة %1: %2/%3 mmHg، النبض %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved reading %1: %2/%3 mmHg.</source>
        <extracomment>%1: the reading&apos;s id; %2/%3: systolic/diastolic.</extracomment>
        <translation>حُفظت القراءة %1: %2/%3 mmHg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category (%1): %2.</source>
        <extracomment>%1: the guideline (&quot;AHA/ACC 2025&quot;); %2: the reading&apos;s category by it.</extracomment>
        <translation>الفئة (%1): %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete a reading (kept as deleted until purged).</source>
        <translation>احذف قراءة (تبقى محذوفة إلى أن تُزال نهائيًا).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading&apos;s id.</source>
        <translation>معرّف القراءة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give one reading ID</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>حدّد معرّف قراءة واحدة ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID: must be a reading&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: يجب أن يكون معرّف قراءة (عددًا صحيحًا من 1 فصاعدًا)، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted reading %1.</source>
        <translation>حُذفت القراءة %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List blood-pressure readings.</source>
        <translation>اعرض قراءات ضغط الدم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/sequences_command.cpp" line="-33"/>
        <location filename="../src/cli/session_commands.cpp" line="+127"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>اطبع مصفوفة JSON بدلًا من الجدول.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../src/cli/sequences_command.cpp" line="+27"/>
        <location filename="../src/cli/session_commands.cpp" line="+23"/>
        <source>ID</source>
        <extracomment>A column title.</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TAKEN</source>
        <extracomment>A column title: when the reading was taken.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMHG</source>
        <extracomment>A column title: the unit of the blood pressure.</extracomment>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PULSE</source>
        <extracomment>A column title.</extracomment>
        <translation>النبض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONTEXT</source>
        <extracomment>A column title: before, during or after a session, or on its own.</extracomment>
        <translation>السياق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CATEGORY</source>
        <extracomment>A column title.</extracomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <extracomment>A column title.</extracomment>
        <translation>الملاحظة</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>القراءات: %n</numerusform>
            <numerusform>قراءة واحدة (%n)</numerusform>
            <numerusform>قراءتان (%n)</numerusform>
            <numerusform>%n قراءات</numerusform>
            <numerusform>%n قراءة</numerusform>
            <numerusform>%n قراءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/reading_input.cpp" line="+15"/>
        <source>Systolic pressure, mmHg (50 to 300).</source>
        <translation>الضغط الانقباضي، mmHg (من 50 إلى 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diastolic pressure, mmHg (25 to 200).</source>
        <translation>الضغط الانبساطي، mmHg (من 25 إلى 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse, beats a minute (25 to 250).</source>
        <translation>النبض، نبضة في الدقيقة (من 25 إلى 250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm measured: left or right.</source>
        <extracomment>left and right are typed as they are.</extracomment>
        <translation>الذراع التي أُخذ عليها القياس: left أو right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting, lying or standing.</source>
        <extracomment>The help of --position: sitting, lying and standing are typed as they are.</extracomment>
        <translation>sitting أو lying أو standing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor showed an irregular heartbeat.</source>
        <translation>أظهر الجهاز ضربات قلب غير منتظمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/session_commands.cpp" line="-175"/>
        <source>A note.</source>
        <translation>ملاحظة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required</source>
        <extracomment>%1: the option&apos;s name (systolic, diastolic).</extracomment>
        <translation>الخيار --%1 مطلوب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not &apos;%3&apos;</source>
        <extracomment>%1: the field (systolic); %2: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %3: the value typed.</extracomment>
        <translation>%1: %2، وليس &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arm: must be left or right, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. left and right are typed as they are.</extracomment>
        <translation>arm: يجب أن يكون left أو right، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position: must be sitting, lying or standing, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed. sitting, lying and standing are typed as they are.</extracomment>
        <translation>position: يجب أن يكون sitting أو lying أو standing، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, not &apos;%2&apos;</source>
        <extracomment>%1: the option (--before); %2: the value typed.</extracomment>
        <translation>%1: يجب أن يكون بالشكل SYSTOLIC/DIASTOLIC أو SYSTOLIC/DIASTOLIC/PULSE، مثل 135/85/70، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: %3, not &apos;%4&apos;</source>
        <extracomment>%1: the option (--before); %2: the field (systolic); %3: its rule (&quot;must be a whole number of mmHg from 50 to 300&quot;); %4: the value typed.</extracomment>
        <translation>%1 %2: %3، وليس &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/sequence_argument.cpp" line="+38"/>
        <source>no sequence with the id &apos;%1&apos; (there are: %2)</source>
        <extracomment>%1: the id typed; %2: the ids there are, listed.</extracomment>
        <translation>لا توجد سلسلة بالمعرّف &apos;%1&apos; (الموجودة: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/sequences_command.cpp" line="-32"/>
        <source>List the bundled sequences and your own.</source>
        <translation>اعرض السلاسل المرفقة وسلاسلك الخاصة.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TITLE</source>
        <extracomment>A column title of the table of sequences.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEPS</source>
        <extracomment>A column title of the table of sequences: how many steps.</extracomment>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOURCE</source>
        <extracomment>A column title of the table of sequences: where it comes from.</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundled</source>
        <extracomment>In the SOURCE column: the sequence comes with Viparita.</extracomment>
        <translation>مرفقة</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>تعذّر تحميل %n ملف:</numerusform>
            <numerusform>تعذّر تحميل %n ملف:</numerusform>
            <numerusform>تعذّر تحميل %n ملفين:</numerusform>
            <numerusform>تعذّر تحميل %n ملفات:</numerusform>
            <numerusform>تعذّر تحميل %n ملفًا:</numerusform>
            <numerusform>تعذّر تحميل %n ملف:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/session_commands.cpp" line="-64"/>
        <source>give one session ID (see &apos;viparita-cli sessions&apos;)</source>
        <extracomment>ID is the value name shown in the help.</extracomment>
        <translation>حدّد معرّف جلسة واحدة ID (انظر &apos;viparita-cli sessions&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: must be a session&apos;s id (a whole number from 1), not &apos;%1&apos;</source>
        <extracomment>ID is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>ID: يجب أن يكون معرّف جلسة (عددًا صحيحًا من 1 فصاعدًا)، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record a session done away from the app, with its readings.</source>
        <translation>سجّل جلسة أُجريت بعيدًا عن التطبيق، مع قراءاتها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the session started (ISO 8601; local time without an offset).</source>
        <translation>وقت بدء الجلسة (ISO 8601؛ بالتوقيت المحلي إن لم يُذكر فرق زمني).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted (3 to 60); the sequence&apos;s length by default.</source>
        <translation>مدتها بالدقائق (من 3 إلى 60)؛ الافتراضي مدة السلسلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reading before it, SYSTOLIC/DIASTOLIC[/PULSE]; repeat for more.</source>
        <extracomment>SYSTOLIC/DIASTOLIC[/PULSE] says how a reading is typed: 135/85 or 135/85/70.</extracomment>
        <translation>قراءة قبلها، بالشكل SYSTOLIC/DIASTOLIC[/PULSE]؛ كرّر الخيار لإضافة المزيد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading during it; repeat for more.</source>
        <translation>قراءة أثناءها؛ كرّر الخيار لإضافة المزيد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading after it; repeat for more.</source>
        <translation>قراءة بعدها؛ كرّر الخيار لإضافة المزيد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reading on standing up after it (the first at 1 minute, the next at 3); repeat for more.</source>
        <translation>قراءة عند الوقوف بعدها (الأولى بعد دقيقة واحدة، والتالية بعد 3 دقائق)؛ كرّر الخيار لإضافة المزيد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you felt afterwards, 1 (worse) to 5 (much better).</source>
        <translation>شعورك بعدها، من 1 (أسوأ) إلى 5 (أفضل بكثير).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one SEQUENCE and --at TIME</source>
        <extracomment>SEQUENCE and TIME are the value names shown in the help.</extracomment>
        <translation>حدّد سلسلة واحدة SEQUENCE والخيار --at TIME</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>at: must be an ISO 8601 time such as 2026-11-20T20:00:00+01:00, not &apos;%1&apos;</source>
        <extracomment>at is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>at: يجب أن يكون وقتًا بصيغة ISO 8601 مثل 2026-11-20T20:00:00+01:00، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeling: must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <extracomment>feeling is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>feeling: يجب أن يكون عددًا صحيحًا من 1 إلى 5، وليس &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: يجب ألا تزيد على %n حرف (وهذه فيها %1)</numerusform>
            <numerusform>note: يجب ألا تزيد على %n حرف (وهذه فيها %1)</numerusform>
            <numerusform>note: يجب ألا تزيد على %n حرفين (وهذه فيها %1)</numerusform>
            <numerusform>note: يجب ألا تزيد على %n أحرف (وهذه فيها %1)</numerusform>
            <numerusform>note: يجب ألا تزيد على %n حرفًا (وهذه فيها %1)</numerusform>
            <numerusform>note: يجب ألا تزيد على %n حرف (وهذه فيها %1)</numerusform>
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
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءة.</numerusform>
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءة.</numerusform>
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءتان.</numerusform>
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءات.</numerusform>
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءة.</numerusform>
            <numerusform>حُفظت الجلسة %1: %2، %3 min، %n قراءة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List sessions with their before and after readings.</source>
        <translation>اعرض الجلسات مع القراءات قبلها وبعدها.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>STARTED</source>
        <extracomment>A column title: when the session started.</extracomment>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQUENCE</source>
        <extracomment>A column title.</extracomment>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <extracomment>A column title: completed, stopped...</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE</source>
        <extracomment>A column title: the mean of the readings before the session.</extracomment>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER</source>
        <extracomment>A column title: the mean of the readings after the session.</extracomment>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANGE</source>
        <extracomment>A column title: after less before.</extracomment>
        <translation>التغيّر</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>الجلسات: %n</numerusform>
            <numerusform>جلسة واحدة (%n)</numerusform>
            <numerusform>جلستان (%n)</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one session: its steps, readings, feeling and note.</source>
        <translation>اعرض جلسة واحدة: خطواتها وقراءاتها وشعورك بعدها وملاحظتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>The session&apos;s id (see &apos;sessions&apos;).</source>
        <translation>معرّف الجلسة (انظر &apos;sessions&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Print a JSON object instead of text.</source>
        <translation>اطبع كائن JSON بدلًا من النص.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+149"/>
        <source>See &apos;viparita-cli sessions&apos; for the ids.</source>
        <translation>انظر &apos;viparita-cli sessions&apos; لمعرفة المعرّفات.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Session %1: %2 (%3), %4</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: its id; %4: the session&apos;s status (completed, stopped...).</extracomment>
        <translation>الجلسة %1: %2 (%3)، %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <extracomment>A label: when the session started.</extracomment>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>A label: when the session ended.</extracomment>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised</source>
        <extracomment>A label: how long the session was practised.</extracomment>
        <translation>مدة التمرين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 planned</source>
        <extracomment>%1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 من %2 مخططة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling</source>
        <extracomment>A label: how you felt afterwards.</extracomment>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <extracomment>%1: how one felt after the session, from 1 (worse) to 5 (much better).</extracomment>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>A label.</extracomment>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (%1)</source>
        <extracomment>%1: how many steps.</extracomment>
        <translation>الخطوات (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped, extended by %1 s</source>
        <extracomment>A step of a session: %1: by how many seconds it was made longer.</extracomment>
        <translation>متجاوَزة، ومُدّدت بمقدار %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <extracomment>A step of a session.</extracomment>
        <translation>متجاوَزة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2, extended by %3 s</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds; %3: by how many seconds it was made longer.</extracomment>
        <translation>%1 من %2، ومُدّدت بمقدار %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <extracomment>A step of a session: %1: how long it was practised; %2: how long it was planned, as minutes:seconds.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings (%1)</source>
        <extracomment>%1: how many readings.</extracomment>
        <translation>القراءات (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only a deleted session can be restored.</source>
        <translation>لا يمكن استعادة إلا جلسة محذوفة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted session %1 and its readings. &apos;viparita-cli session restore %1&apos; brings them back.</source>
        <extracomment>%1: the session&apos;s id, twice.</extracomment>
        <translation>حُذفت الجلسة %1 وقراءاتها. الأمر &apos;viparita-cli session restore %1&apos; يعيدها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored session %1 and its readings.</source>
        <translation>استُعيدت الجلسة %1 وقراءاتها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a session and its readings (&apos;session restore&apos; undoes it).</source>
        <translation>احذف جلسة وقراءاتها (الأمر &apos;session restore&apos; يتراجع عن ذلك).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring back a deleted session and its readings.</source>
        <translation>أعد جلسة محذوفة وقراءاتها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deleted session&apos;s id.</source>
        <translation>معرّف الجلسة المحذوفة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلسة فيها قراءات قبلها وبعدها)</numerusform>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلسة فيها قراءات قبلها وبعدها)</numerusform>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلستين فيهما قراءات قبلهما وبعدهما)</numerusform>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلسات فيها قراءات قبلها وبعدها)</numerusform>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلسة فيها قراءات قبلها وبعدها)</numerusform>
            <numerusform>%1 (غير موثوق بعد: أقل من %n جلسة فيها قراءات قبلها وبعدها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانقباضي بمقدار %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانقباضي</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانقباضي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانقباضي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلستين، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسات، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، انخفض ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلستين، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسات، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
            <numerusform>على مدى %n جلسة، ارتفع ضغطك الانبساطي بمقدار %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي</numerusform>
            <numerusform>على مدى %n جلستين، لم يتغير ضغطك الانبساطي</numerusform>
            <numerusform>على مدى %n جلسات، لم يتغير ضغطك الانبساطي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي</numerusform>
            <numerusform>على مدى %n جلسة، لم يتغير ضغطك الانبساطي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، انخفض نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، ارتفع نبضك بمقدار %1 نبضة في الدقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك في المتوسط</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، لم يتغير نبضك في المتوسط</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك في المتوسط</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك في المتوسط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك</numerusform>
            <numerusform>على مدى %n جلستين سُجّل فيهما النبض قبلهما وبعدهما، لم يتغير نبضك</numerusform>
            <numerusform>على مدى %n جلسات سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك</numerusform>
            <numerusform>على مدى %n جلسة سُجّل فيها النبض قبلها وبعدها، لم يتغير نبضك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (95% CI %2 to %3, which includes no change)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (فاصل الثقة 95% من %2 إلى %3، وهو يشمل عدم التغيّر)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (95% CI %2 to %3)</source>
        <extracomment>%1: a sentence on the change over sessions; %2 to %3: the 95% confidence interval of the amount it names.</extracomment>
        <translation>%1 (فاصل الثقة 95% من %2 إلى %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (a confidence interval needs at least 2 sessions)</source>
        <extracomment>%1: a sentence on the change over one session.</extracomment>
        <translation>%1 (يحتاج فاصل الثقة إلى جلستين على الأقل)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no measurements.</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;).</extracomment>
        <translation>%1: لا توجد قياسات.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياس.</numerusform>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياس.</numerusform>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياسين.</numerusform>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياسات.</numerusform>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياسًا.</numerusform>
            <numerusform>%1: %2/%3 mmHg في المتوسط، على مدى %n قياس.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>systolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>الانقباضي %1 mmHg لكل 30 يومًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diastolic %1 mmHg per 30 days</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;).</extracomment>
        <translation>الانبساطي %1 mmHg لكل 30 يومًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>الانقباضي %1 mmHg لكل 30 يومًا (فاصل الثقة 95% من %2 إلى %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diastolic %1 mmHg per 30 days (95% CI %2 to %3)</source>
        <extracomment>Part of a sentence on the trend. %1: the change, with its sign (&quot;-2.0&quot;); %2 to %3: its 95% confidence interval.</extracomment>
        <translation>الانبساطي %1 mmHg لكل 30 يومًا (فاصل الثقة 95% من %2 إلى %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has readings both before and after yet, so there is no change to show.</source>
        <translation>لا توجد بعد جلسة فيها قراءات قبلها وبعدها، لذا لا يوجد تغيّر لعرضه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session has a pulse both before and after, so there is no change of the pulse to show.</source>
        <translation>لا توجد جلسة سُجّل فيها النبض قبلها وبعدها، لذا لا يوجد تغيّر في النبض لعرضه.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلسة (%2%)</numerusform>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلسة (%2%)</numerusform>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلستين (%2%)</numerusform>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلسات (%2%)</numerusform>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلسة (%2%)</numerusform>
            <numerusform>انخفض ضغطك الانقباضي في %1 من %n جلسة (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning (04:00 to 11:59 local time)</source>
        <translation>الصباح (من 04:00 إلى 11:59 بالتوقيت المحلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18:00 to 23:59 local time)</source>
        <translation>المساء (من 18:00 إلى 23:59 بالتوقيت المحلي)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home average (seated readings on their own or before a session, the latest week at most): %1</source>
        <extracomment>%1: the home average and what it means, in words.</extracomment>
        <translation>المتوسط المنزلي (القراءات المأخوذة جلوسًا، المستقلة أو قبل جلسة، خلال آخر أسبوع على الأكثر): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءة، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءة، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءتان، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءات، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءة، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
            <numerusform>عند الوقوف بعد الجلسات: %n قراءة، انخفض منها %1 عند الوقوف (أقل بمقدار 20 للانقباضي أو 10 للانبساطي مقارنةً بالاستلقاء أو الجلوس، أو انقباضي دون 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياس حتى الآن).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياس حتى الآن).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياسان حتى الآن).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياسات حتى الآن).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياسًا حتى الآن).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات: يحتاج إلى قياسات قبل الجلسات في يومين مختلفين أو أكثر (%n قياس حتى الآن).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2.</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2.</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسين: %1، %2.</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسات: %1، %2.</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسًا: %1، %2.</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسين: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسات: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياسًا: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
            <numerusform>اتجاه القياسات قبل الجلسات، على مدى %n قياس: %1، %2 (يحتاج فاصل الثقة إلى 3 قياسات على الأقل).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measurements yet.</source>
        <translation>لا توجد قياسات بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements by category (%1), %2 in all:</source>
        <extracomment>%1: the guideline&apos;s name; %2: how many measurements.</extracomment>
        <translation>القياسات حسب الفئة (%1)، وعددها %2 إجمالًا:</translation>
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
        <translation>الإحصاءات: التغيّر عبر الجلسات، والمتوسط المنزلي، والاتجاه، والفئات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object instead of sentences.</source>
        <translation>اطبع كائن JSON بدلًا من الجمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also the home-monitoring week that began on DATE (YYYY-MM-DD): its progress, the slots missed, and the average of its days 2 to 7.</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>أضف أيضًا أسبوع القياس المنزلي الذي بدأ في DATE (YYYY-MM-DD): تقدّمه، والمواعيد الفائتة، ومتوسط أيامه من 2 إلى 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the home-monitoring week (as --week-from).</source>
        <translation>أضف أيضًا أسبوع القياس المنزلي (مثل --week-from).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--week-from must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>%1: the value typed.</extracomment>
        <translation>يجب أن تكون قيمة --week-from تاريخًا مثل 2026-11-02، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --week or --week-from, not both</source>
        <translation>حدّد --week أو --week-from، لا كليهما</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home-monitoring week from %1: %2</source>
        <extracomment>%1: the week&apos;s first day; %2: its progress, in words.</extracomment>
        <translation>أسبوع القياس المنزلي بدءًا من %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slots missed so far: %1.</source>
        <extracomment>%1: how many slots (a morning&apos;s or an evening&apos;s readings) were missed.</extracomment>
        <translation>المواعيد الفائتة حتى الآن: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its average (days 2 to 7, the first day left out): %1</source>
        <extracomment>%1: the week&apos;s average and what it means, in words.</extracomment>
        <translation>متوسطه (الأيام من 2 إلى 7، مع استبعاد اليوم الأول): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/time_input.cpp" line="+54"/>
        <source>Only from this day on (YYYY-MM-DD).</source>
        <translation>من هذا اليوم فصاعدًا فقط (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only up to this day, included (YYYY-MM-DD).</source>
        <translation>حتى هذا اليوم فقط، شاملًا إياه (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <extracomment>%1: the option&apos;s name (from, to); %2: the value typed.</extracomment>
        <translation>--%1: يجب أن يكون تاريخًا بالشكل YYYY-MM-DD، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: must not be after --to</source>
        <translation>--from: يجب ألا يكون بعد --to</translation>
    </message>
    <message>
        <location filename="../src/cli/validate_command.cpp" line="-18"/>
        <source>Check sequence files; print every error with its place.</source>
        <translation>افحص ملفات السلاسل، واطبع كل خطأ مع موضعه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence files (JSON) to check.</source>
        <translation>ملفات السلاسل (JSON) المراد فحصها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file given</source>
        <translation>لم يُحدَّد أي ملف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ok (%2 steps, %3 s)</source>
        <extracomment>%1: the file; %2: how many steps; %3: its length in seconds.</extracomment>
        <translation>%1: سليم (الخطوات: %2، المدة: %3 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 files valid</source>
        <extracomment>%1: how many of the %2 files given are valid.</extracomment>
        <translation>الملفات السليمة: %1 من %2</translation>
    </message>
    <message>
        <location filename="../src/cli/week_commands.cpp" line="-65"/>
        <source>Begin a home-monitoring week: two readings each morning and evening for 7 days.</source>
        <translation>ابدأ أسبوع قياس منزلي: قراءتان كل صباح وكل مساء لمدة 7 أيام.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its first day (YYYY-MM-DD); today by default.</source>
        <translation>يومه الأول (YYYY-MM-DD)؛ الافتراضي اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: before a doctor&apos;s visit, after a change of medication...</source>
        <translation>السبب: قبل زيارة الطبيب، بعد تغيير في الأدوية...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>on is the option&apos;s name; %1: the value typed.</extracomment>
        <translation>on: يجب أن يكون تاريخًا مثل 2026-11-02، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Home-monitoring week from %1 to %2: each morning (before any medication) and each evening, sit for five minutes, then take two readings a minute apart.</source>
        <extracomment>%1: the week&apos;s first day; %2: its last.</extracomment>
        <translation>أسبوع القياس المنزلي من %1 إلى %2: كل صباح (قبل تناول أي دواء) وكل مساء، اجلس خمس دقائق، ثم خذ قراءتين بينهما دقيقة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the home-monitoring weeks begun, each with its progress and average.</source>
        <translation>اعرض أسابيع القياس المنزلي التي بدأت، كلًّا منها مع تقدّمه ومتوسطه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a JSON array instead of text.</source>
        <translation>اطبع مصفوفة JSON بدلًا من النص.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>الأسابيع: %n</numerusform>
            <numerusform>أسبوع واحد (%n)</numerusform>
            <numerusform>أسبوعان (%n)</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the week that begins on DATE (its readings stay in the journal).</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>انسَ الأسبوع الذي يبدأ في DATE (تبقى قراءاته في السجل).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week&apos;s first day (YYYY-MM-DD).</source>
        <translation>اليوم الأول للأسبوع (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the week&apos;s first DATE</source>
        <extracomment>DATE is the value name shown in the help.</extracomment>
        <translation>حدّد اليوم الأول للأسبوع DATE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DATE: must be a date such as 2026-11-02, not &apos;%1&apos;</source>
        <extracomment>DATE is the value name shown in the help; %1: the value typed.</extracomment>
        <translation>DATE: يجب أن يكون تاريخًا مثل 2026-11-02، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The week from %1 is forgotten; its readings stay.</source>
        <extracomment>%1: the week&apos;s first day.</extracomment>
        <translation>نُسي الأسبوع الذي بدأ في %1؛ وتبقى قراءاته.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DATE: no home-monitoring week begins on %1 (see &apos;viparita-cli week list&apos;)</source>
        <extracomment>DATE is the value name shown in the help; %1: the day typed.</extracomment>
        <translation>DATE: لا يبدأ أي أسبوع قياس منزلي في %1 (انظر &apos;viparita-cli week list&apos;)</translation>
    </message>
</context>
<context>
    <name>viparita::cuff</name>
    <message>
        <location filename="../src/core/cuff_record.cpp" line="+131"/>
        <source>the record is %1 bytes; a measurement has at least %2</source>
        <translation>حجم الحزمة %1 بايت؛ والقياس يحتاج إلى %2 على الأقل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record is %1 bytes; its flags (0x%2) need %3</source>
        <translation>حجم الحزمة %1 بايت؛ وأعلامها (0x%2) تحتاج إلى %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>systolic is %1</source>
        <translation>الانقباضي %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic is %1</source>
        <translation>الانبساطي %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systolic %1 and diastolic %2 %3 cannot be a blood pressure</source>
        <translation>انقباضي %1 وانبساطي %2 %3 لا يمكن أن يكونا ضغط دم</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the pulse %1 cannot be a pulse</source>
        <translation>النبض %1 لا يمكن أن يكون نبضًا</translation>
    </message>
</context>
<context>
    <name>viparita::cuff::Intake</name>
    <message>
        <location filename="../src/report/cuff_intake.cpp" line="+36"/>
        <source>body movement</source>
        <translation>حركة الجسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a loose cuff</source>
        <translation>سوار مرتخٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an irregular pulse</source>
        <translation>نبض غير منتظم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pulse above its range</source>
        <translation>نبض أعلى من نطاقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse below its range</source>
        <translation>نبض أدنى من نطاقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pulse out of its range</source>
        <translation>نبض خارج نطاقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an improper measurement position</source>
        <translation>وضعية قياس غير صحيحة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, pulse %2</source>
        <translation>%1، النبض %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stored at the time it arrived: the cuff&apos;s clock said %1.</source>
        <translation>حُفظت بوقت وصولها: كانت ساعة جهاز قياس الضغط تشير إلى %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored at the time it arrived: the cuff sent no time.</source>
        <translation>حُفظت بوقت وصولها: لم يرسل جهاز قياس الضغط أي وقت.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cuff found %1.</source>
        <translation>رصد جهاز قياس الضغط %1.</translation>
    </message>
</context>
<context>
    <name>viparita::reminders::ReminderService</name>
    <message>
        <location filename="../src/reminders/reminder_service.cpp" line="-7"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
</TS>
