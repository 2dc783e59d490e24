<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>viparita::PdfReport</name>
    <message numerus="yes">
        <location filename="../src/report/report_sections.cpp" line="+83"/>
        <location line="+62"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <location filename="../src/report/report_wording.cpp" line="+79"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+37"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n fell on standing</source>
        <translation>
            <numerusform>%n fell on standing</numerusform>
            <numerusform>%n fell on standing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffLink</name>
    <message numerus="yes">
        <location filename="../src/plugins/cuff/bluez_cuff_backend.cpp" line="+197"/>
        <source>No cuff showed itself in %n second(s). Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>No cuff showed itself in %n second. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</numerusform>
            <numerusform>No cuff showed itself in %n seconds. Press the cuff&apos;s start or Bluetooth button so it shows itself, and keep it near.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cuff %1 did not show itself in %n second(s). Press its start or Bluetooth button so it shows itself, and keep it near.</source>
        <translation>
            <numerusform>The cuff %1 did not show itself in %n second. Press its start or Bluetooth button so it shows itself, and keep it near.</numerusform>
            <numerusform>The cuff %1 did not show itself in %n seconds. Press its start or Bluetooth button so it shows itself, and keep it near.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::CuffSettingsPage</name>
    <message numerus="yes">
        <location filename="../src/app/settings/cuff_settings_page.cpp" line="+176"/>
        <source>Found %n device(s).</source>
        <translation>
            <numerusform>Found %n device.</numerusform>
            <numerusform>Found %n devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/exchange/import_dialog.cpp" line="+641"/>
        <source>%n row(s): %1 can be imported, %2 bad.</source>
        <translation>
            <numerusform>%n row: %1 can be imported, %2 bad.</numerusform>
            <numerusform>%n rows: %1 can be imported, %2 bad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) hold a pulse only: left out.</source>
        <translation>
            <numerusform>%n row holds a pulse only: left out.</numerusform>
            <numerusform>%n rows hold a pulse only: left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/shell/main_window.cpp" line="+101"/>
        <source>%n new reading(s) from the cuff saved.</source>
        <translation>
            <numerusform>%n new reading from the cuff saved.</numerusform>
            <numerusform>%n new readings from the cuff saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new reading(s) from the cuff saved; %1 already in the journal.</source>
        <translation>
            <numerusform>%n new reading from the cuff saved; %1 already in the journal.</numerusform>
            <numerusform>%n new readings from the cuff saved; %1 already in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::TrendsPage</name>
    <message numerus="yes">
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+52"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n point, first %2, last %3, lowest %4, highest %5</numerusform>
            <numerusform>%1: %n points, first %2, last %3, lowest %4, highest %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/trends/trends_page.cpp" line="+64"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your systolic fell by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your systolic fell by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your diastolic fell by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your diastolic fell by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your systolic rose by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your systolic rose by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your diastolic rose by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your diastolic rose by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Over %n session your systolic did not change on average</numerusform>
            <numerusform>Over %n sessions your systolic did not change on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Over %n session your diastolic did not change on average</numerusform>
            <numerusform>Over %n sessions your diastolic did not change on average</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::app::WeekPage</name>
    <message numerus="yes">
        <location filename="../src/app/week/week_page.cpp" line="+288"/>
        <source>%n slot(s) missed so far.</source>
        <translation>
            <numerusform>%n slot missed so far.</numerusform>
            <numerusform>%n slots missed so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>viparita::cli::Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/cli.cpp" line="+114"/>
        <source>%1: is too long for a path (%n byte(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--output) or the name of the command&apos;s argument (FILE); %n: its length in bytes, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: is too long for a path (%n byte; at most %2); nothing was done</numerusform>
            <numerusform>%1: is too long for a path (%n bytes; at most %2); nothing was done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: is too long (%n character(s); at most %2); nothing was done</source>
        <extracomment>%1: the option (--name); %n: the length of its value in characters, always more than %2.</extracomment>
        <translation>
            <numerusform>%1: is too long (%n character; at most %2); nothing was done</numerusform>
            <numerusform>%1: is too long (%n characters; at most %2); nothing was done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cuff_commands.cpp" line="+451"/>
        <source>%n reading(s) for you</source>
        <translation>
            <numerusform>%n reading for you</numerusform>
            <numerusform>%n readings for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed measurement(s)</source>
        <translation>
            <numerusform>%n failed measurement</numerusform>
            <numerusform>%n failed measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 new, %2 already in the journal, %3 refused, %n failed measurement(s).</source>
        <extracomment>%1: the readings saved; %2: those already saved before; %3: those refused; %n: the measurements that failed.</extracomment>
        <translation>
            <numerusform>%1 new, %2 already in the journal, %3 refused, %n failed measurement.</numerusform>
            <numerusform>%1 new, %2 already in the journal, %3 refused, %n failed measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/import_command.cpp" line="+175"/>
        <source>%n bad row(s); an import would import nothing (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n bad row; an import would import nothing (use --skip-bad-rows to import the others)</numerusform>
            <numerusform>%n bad rows; an import would import nothing (use --skip-bad-rows to import the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bad row(s); nothing imported (use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>%n bad row; nothing imported (use --skip-bad-rows to import the others)</numerusform>
            <numerusform>%n bad rows; nothing imported (use --skip-bad-rows to import the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 imported, %2 already in the journal, %n bad row(s) skipped</source>
        <extracomment>%1: how many readings were imported; %2: how many were there already.</extracomment>
        <translation>
            <numerusform>%1 imported, %2 already in the journal, %n bad row skipped</numerusform>
            <numerusform>%1 imported, %2 already in the journal, %n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n row(s) with a pulse only left out</source>
        <extracomment>%1: what was imported and skipped (&quot;3 imported, 0 already in the journal, 0 bad rows skipped&quot;).</extracomment>
        <translation>
            <numerusform>%1, %n row with a pulse only left out</numerusform>
            <numerusform>%1, %n rows with a pulse only left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/medication_commands.cpp" line="+120"/>
        <source>medicine: %n medicine(s) are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</source>
        <extracomment>%n: how many medicines (always 2 or more); %1: the name they have.</extracomment>
        <translation>
            <numerusform>medicine: %n medicine is called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</numerusform>
            <numerusform>medicine: %n medicines are called &apos;%1&apos;: give the id of one (see &apos;viparita-cli medication list&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+372"/>
        <source>%n medicine(s); blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n medicine; blood-pressure medication taken on %1</numerusform>
            <numerusform>%n medicines; blood-pressure medication taken on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n medicine(s); no blood-pressure medication taken on %1</source>
        <extracomment>%1: the day asked about.</extracomment>
        <translation>
            <numerusform>%n medicine; no blood-pressure medication taken on %1</numerusform>
            <numerusform>%n medicines; no blood-pressure medication taken on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/reading_commands.cpp" line="+315"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/sequences_command.cpp" line="+102"/>
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n file could not be loaded:</numerusform>
            <numerusform>%n files could not be loaded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/session_commands.cpp" line="+187"/>
        <source>note: must be at most %n character(s) long (this one has %1)</source>
        <extracomment>note is the option&apos;s name; %n: the most characters it may have; %1: how many it has.</extracomment>
        <translation>
            <numerusform>note: must be at most %n character long (this one has %1)</numerusform>
            <numerusform>note: must be at most %n characters long (this one has %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Saved session %1: %2, %3 min, %n reading(s).</source>
        <extracomment>%1: the session&apos;s id; %2: the sequence&apos;s title; %3: how many minutes it lasted.</extracomment>
        <translation>
            <numerusform>Saved session %1: %2, %3 min, %n reading.</numerusform>
            <numerusform>Saved session %1: %2, %3 min, %n readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/stats_command.cpp" line="+164"/>
        <source>%1 (not yet reliable: fewer than %n session(s) with readings before and after)</source>
        <extracomment>%1: a sentence on the sessions, without its full stop; %n: the sessions needed.</extracomment>
        <translation>
            <numerusform>%1 (not yet reliable: fewer than %n session with readings before and after)</numerusform>
            <numerusform>%1 (not yet reliable: fewer than %n sessions with readings before and after)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your systolic fell by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your systolic fell by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Over %n session your systolic fell by %1 mmHg</numerusform>
            <numerusform>Over %n sessions your systolic fell by %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your systolic rose by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your systolic rose by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Over %n session your systolic rose by %1 mmHg</numerusform>
            <numerusform>Over %n sessions your systolic rose by %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your systolic did not change on average</source>
        <translation>
            <numerusform>Over %n session your systolic did not change on average</numerusform>
            <numerusform>Over %n sessions your systolic did not change on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n session(s) your systolic did not change</source>
        <translation>
            <numerusform>Over %n session your systolic did not change</numerusform>
            <numerusform>Over %n sessions your systolic did not change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your diastolic fell by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your diastolic fell by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic fell by %1 mmHg</source>
        <translation>
            <numerusform>Over %n session your diastolic fell by %1 mmHg</numerusform>
            <numerusform>Over %n sessions your diastolic fell by %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg on average</source>
        <translation>
            <numerusform>Over %n session your diastolic rose by %1 mmHg on average</numerusform>
            <numerusform>Over %n sessions your diastolic rose by %1 mmHg on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic rose by %1 mmHg</source>
        <translation>
            <numerusform>Over %n session your diastolic rose by %1 mmHg</numerusform>
            <numerusform>Over %n sessions your diastolic rose by %1 mmHg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change on average</source>
        <translation>
            <numerusform>Over %n session your diastolic did not change on average</numerusform>
            <numerusform>Over %n sessions your diastolic did not change on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) your diastolic did not change</source>
        <translation>
            <numerusform>Over %n session your diastolic did not change</numerusform>
            <numerusform>Over %n sessions your diastolic did not change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute on average</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse fell by %1 beats a minute on average</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse fell by %1 beats a minute on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse fell by %1 beats a minute</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse fell by %1 beats a minute</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse fell by %1 beats a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute on average</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse rose by %1 beats a minute on average</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse rose by %1 beats a minute on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse rose by %1 beats a minute</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse rose by %1 beats a minute</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse rose by %1 beats a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change on average</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse did not change on average</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse did not change on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n session(s) with a pulse before and after, your pulse did not change</source>
        <translation>
            <numerusform>Over %n session with a pulse before and after, your pulse did not change</numerusform>
            <numerusform>Over %n sessions with a pulse before and after, your pulse did not change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1: %2/%3 mmHg on average, over %n measurement(s).</source>
        <extracomment>%1: a time of day (&quot;Morning (04:00 to 11:59 local time)&quot;); %2/%3: systolic/diastolic.</extracomment>
        <translation>
            <numerusform>%1: %2/%3 mmHg on average, over %n measurement.</numerusform>
            <numerusform>%1: %2/%3 mmHg on average, over %n measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Your systolic fell in %1 of %n session(s) (%2%)</source>
        <extracomment>%1: in how many of the sessions; %2: their share in percent.</extracomment>
        <translation>
            <numerusform>Your systolic fell in %1 of %n session (%2%)</numerusform>
            <numerusform>Your systolic fell in %1 of %n sessions (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>On standing up after sessions: %n reading(s), of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</source>
        <extracomment>%1: how many of the readings fell.</extracomment>
        <translation>
            <numerusform>On standing up after sessions: %n reading, of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</numerusform>
            <numerusform>On standing up after sessions: %n readings, of which %1 fell on standing (20 systolic or 10 diastolic lower than lying or sitting, or a systolic under 90).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement(s) so far).</source>
        <translation>
            <numerusform>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurement so far).</numerusform>
            <numerusform>Trend of the before measurements: needs before measurements on 2 or more different days (%n measurements so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2.</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend of the before measurements, over %n measurement: %1, %2.</numerusform>
            <numerusform>Trend of the before measurements, over %n measurements: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trend of the before measurements, over %n measurement(s): %1, %2 (a confidence interval needs at least 3).</source>
        <extracomment>%1, %2: the trends of the systolic and the diastolic, in words.</extracomment>
        <translation>
            <numerusform>Trend of the before measurements, over %n measurement: %1, %2 (a confidence interval needs at least 3).</numerusform>
            <numerusform>Trend of the before measurements, over %n measurements: %1, %2 (a confidence interval needs at least 3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/week_commands.cpp" line="+127"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
