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
        <location filename="../src/app/shell/main_window.cpp" line="+102"/>
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
        <location filename="../src/app/plugins/reports/chart_report_backend.cpp" line="+49"/>
        <source>%1: %n point(s), first %2, last %3, lowest %4, highest %5</source>
        <translation>
            <numerusform>%1: %n point, first %2, last %3, lowest %4, highest %5</numerusform>
            <numerusform>%1: %n points, first %2, last %3, lowest %4, highest %5</numerusform>
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
</TS>
