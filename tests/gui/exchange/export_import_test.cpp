// The export and import dialogs on a real journal, offscreen: what they preview, what they
// write, and what they take in.
#include "test_environment.h"

#include "catch_qt.h"
#include "same_reading.h"

#include "exchange/export_dialog.h"
#include "exchange/import_dialog.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::ExportFormat;
using viparita::Journal;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::app::ExportDialog;
using viparita::app::ImportDialog;
using viparita::app::Settings;

namespace {

QDateTime daysAgo(int days, int hour = 8)
{
    const QDateTime at(QDate::currentDate().addDays(-days), QTime(hour, 15));
    return at.toOffsetFromUtc(at.offsetFromUtc());
}

struct Data {
    Data()
    {
        folder = viparita::test::dataHome() + u"/export-"_s +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        journal = open(u"journal.sqlite"_s);
    }

    std::unique_ptr<Journal> open(const QString &name) const
    {
        auto opened = Journal::open(folder + u"/"_s + name, {});
        REQUIRE(opened.journal);
        return std::move(opened.journal);
    }

    /// A session `days` ago with a reading before and one after.
    void session(int days, int before, int after)
    {
        viparita::SessionRecord record;
        record.sequenceId = u"healing"_s;
        record.sequenceTitle = u"Healing sequence at the wall"_s;
        record.startedAt = daysAgo(days, 19);
        record.endedAt = record.startedAt.addSecs(660);
        record.status = viparita::SessionStatus::Completed;
        record.plannedSeconds = 660;
        record.actualSeconds = 660;
        Reading b;
        b.takenAt = record.startedAt.addSecs(-60);
        b.systolic = before;
        b.diastolic = before - 50;
        b.pulse = 70;
        b.context = ReadingContext::Before;
        b.arm = viparita::Arm::Left;
        b.position = viparita::BodyPosition::Sitting;
        Reading a = b;
        a.takenAt = record.endedAt->addSecs(60);
        a.systolic = after;
        a.diastolic = after - 50;
        a.pulse = 64;
        a.context = ReadingContext::After;
        REQUIRE(journal->logSession(record, {}, {b, a}).ok());
    }

    void standalone(int days, int systolic, int diastolic, const QString &note)
    {
        Reading reading;
        reading.takenAt = daysAgo(days);
        reading.systolic = systolic;
        reading.diastolic = diastolic;
        reading.pulse = 66;
        reading.note = note;
        reading.arm = viparita::Arm::Right;
        reading.position = viparita::BodyPosition::Sitting;
        REQUIRE(journal->addReading(reading).ok());
    }

    /// Two sessions and a reading in the last 90 days, one session before.
    void fill()
    {
        session(5, 142, 131);
        session(40, 138, 129);
        session(200, 150, 140);
        standalone(2, 128, 84, u"=HYPERLINK(\"x\")"_s);
    }

    QString path(const QString &name) const { return folder + u"/"_s + name; }

    QString folder;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
};

QStringList linesOf(const QString &path)
{
    QString text = QString::fromUtf8(viparita::test::readFile(path));
    text.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int inked(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 200)
                ++count;
    return count;
}

} // namespace

TEST_CASE("the export dialog previews the report and writes each format for the period chosen")
{
    Data data;
    data.fill();
    ExportDialog dialog(*data.settings, *data.journal);
    dialog.show();

    // It opens on the PDF report of the last 90 days: two sessions and five readings.
    CHECK(dialog.request().format == ExportFormat::Pdf);
    CHECK(dialog.request().range.from == QDate::currentDate().addDays(-89));
    CHECK(dialog.summaryText().startsWith(u"5 readings and 2 sessions"_s));
    dialog.refreshPreview();
    const QImage page = dialog.previewImage();
    REQUIRE_FALSE(page.isNull());
    CHECK(page.height() > page.width());
    CHECK(inked(page) > 1000);

    // A text format previews its first lines, the formula made inert.
    dialog.setFormat(ExportFormat::ReadingsCsv);
    dialog.refreshPreview();
    CHECK(dialog.previewImage().isNull());
    const QString preview = dialog.previewText();
    CHECK(preview.startsWith(u"date,time,utc_offset,context"_s));
    CHECK(preview.contains(u"'=HYPERLINK"_s));
    CHECK(preview.split(u'\n').size() == 6);

    REQUIRE(dialog.exportTo(data.path(u"last90.csv"_s)));
    CHECK(linesOf(data.path(u"last90.csv"_s)).size() == 6);
    CHECK(dialog.lastMessage().contains(u"last90.csv"_s));
    CHECK(data.settings->text(Settings::Key::ExportFolder) == data.folder);

    dialog.setPeriod(ExportDialog::Period::Everything);
    CHECK(dialog.summaryText().startsWith(u"7 readings and 3 sessions"_s));
    // Saved as Export… saves: the dialog stays open for the next one, and says what it did.
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    REQUIRE(dialog.saveAs(data.path(u"all.csv"_s)));
    CHECK(dialog.isVisible());
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().first().toString().contains(u"all.csv"_s));
    CHECK(dialog.findChild<QLabel *>(u"doneLabel"_s)->text().contains(u"all.csv"_s));
    CHECK(linesOf(data.path(u"all.csv"_s)).size() == 8);

    dialog.setFormat(ExportFormat::SessionsCsv);
    REQUIRE(dialog.exportTo(data.path(u"sessions.csv"_s)));
    const QStringList sessions = linesOf(data.path(u"sessions.csv"_s));
    REQUIRE(sessions.size() == 4);
    CHECK(sessions.at(1).contains(u",150,100,"_s));

    // The notes left out, and the choice remembered.
    dialog.setFormat(ExportFormat::ReadingsCsv);
    dialog.findChild<QCheckBox *>(u"notesCheck"_s)->setChecked(false);
    REQUIRE(dialog.exportTo(data.path(u"no-notes.csv"_s)));
    CHECK_FALSE(viparita::test::readFile(data.path(u"no-notes.csv"_s)).contains("HYPERLINK"));
    CHECK_FALSE(data.settings->flag(Settings::Key::ExportNotes));

    // The PDF with the person's name and how they usually measure.
    dialog.setFormat(ExportFormat::Pdf);
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"  Ana   Lima "_s);
    REQUIRE(dialog.exportTo(data.path(u"report.pdf"_s)));
    const QString text = pdfText(data.path(u"report.pdf"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"Ana Lima"_s));
    CHECK(text.contains(u"Usually: left arm, sitting."_s));
    CHECK(text.contains(u"Arm: left (6 of 7), right (1 of 7)."_s));
    CHECK(data.settings->text(Settings::Key::ReportName) == u"Ana Lima"_s);

    // FHIR: a reading and a pulse Observation for each reading, and the Patient.
    dialog.setFormat(ExportFormat::Fhir);
    REQUIRE(dialog.exportTo(data.path(u"bundle.json"_s)));
    const QJsonObject bundle =
        QJsonDocument::fromJson(viparita::test::readFile(data.path(u"bundle.json"_s))).object();
    CHECK(bundle.value(u"resourceType"_s).toString() == u"Bundle"_s);
    CHECK(bundle.value(u"entry"_s).toArray().size() == 7 * 2 + 1);
}

TEST_CASE("the export dialog refuses dates out of order and a file it cannot write")
{
    Data data;
    data.fill();
    ExportDialog dialog(*data.settings, *data.journal);
    auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
    auto *printButton = dialog.findChild<QPushButton *>(u"printButton"_s);
    REQUIRE(exportButton);
    REQUIRE(printButton);
    CHECK(exportButton->isEnabled());

    dialog.setDates(QDate::currentDate(), QDate::currentDate().addDays(-3));
    CHECK(dialog.request().range.from > dialog.request().range.to);
    CHECK_FALSE(exportButton->isEnabled());
    CHECK_FALSE(printButton->isEnabled());
    dialog.setDates(QDate::currentDate().addDays(-3), QDate::currentDate());
    CHECK(exportButton->isEnabled());
    CHECK(dialog.summaryText().startsWith(u"1 reading and 0 sessions"_s));

    // A folder that does not exist, and a folder where the file should be.
    const QString missing = data.path(u"no-such-folder/readings.csv"_s);
    CHECK_FALSE(dialog.exportTo(missing));
    CHECK(dialog.lastError().contains(missing));
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(dialog.exportTo(data.folder));
    CHECK(dialog.lastError().contains(data.folder));
    CHECK(QFileInfo(data.folder).isDir());
}

TEST_CASE("the export dialog prints the report on the printer's paper")
{
    Data data;
    data.fill();
    ExportDialog dialog(*data.settings, *data.journal);
    dialog.setPeriod(ExportDialog::Period::Everything);
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Ana Lima"_s);

    REQUIRE(dialog.printToFile(data.path(u"printed.pdf"_s), QPageSize(QPageSize::Letter)));
    const QString text = pdfText(data.path(u"printed.pdf"_s));
    CHECK(text.contains(u"Ana Lima"_s));
    CHECK(text.contains(u"Page 1 of"_s));
    QProcess info;
    info.start(u"pdfinfo"_s, {data.path(u"printed.pdf"_s)});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(u"612 x 792"_s));
}

TEST_CASE("the import dialog reads another app's CSV with the columns and date format chosen")
{
    Data data;
    QByteArray csv = "Date,Time,SYS,DIA,Pulse,Comment\r\n";
    for (int day = 1; day <= 12; ++day) {
        const QByteArray systolic = day == 4 ? "abc" : QByteArray::number(120 + day);
        csv += QByteArray::number(day) + ".10.2026,07:30," + systolic + ",80," +
               QByteArray::number(60 + day) + ",\"morning, calm\"\r\n";
    }
    const QString file = data.path(u"other-app.csv"_s);
    viparita::test::writeFile(file, csv);

    ImportDialog dialog(*data.settings, *data.journal);
    REQUIRE(dialog.openFile(file));
    CHECK_FALSE(dialog.isOwnFormat());
    // The columns and the date format are guessed from the header and the first row.
    CHECK(dialog.column(ImportDialog::Field::When) == 0);
    CHECK(dialog.column(ImportDialog::Field::Time) == 1);
    CHECK(dialog.column(ImportDialog::Field::Systolic) == 2);
    CHECK(dialog.column(ImportDialog::Field::Diastolic) == 3);
    CHECK(dialog.column(ImportDialog::Field::Pulse) == 4);
    CHECK(dialog.column(ImportDialog::Field::Note) == 5);
    CHECK(dialog.dateFormat() == u"dd.MM.yyyy"_s);

    // The first rows as they will be read; the bad one names its line and field.
    const auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
    REQUIRE(table);
    REQUIRE(table->rowCount() == 10);
    CHECK(table->item(0, 0)->text() == u"2"_s);
    CHECK(table->item(0, 1)->text() == u"2026-10-01 07:30"_s);
    CHECK(table->item(0, 2)->text() == u"121/80"_s);
    CHECK(table->item(0, 3)->text() == u"61"_s);
    CHECK(table->item(0, 4)->text() == u"morning, calm"_s);
    CHECK(table->item(3, 0)->text() == u"5"_s);
    CHECK(table->item(3, 5)->text().contains(u"systolic"_s));
    CHECK(table->item(4, 1)->text() == u"2026-10-05 07:30"_s);

    // All or nothing, unless the bad rows are skipped.
    CHECK(dialog.summaryText().startsWith(u"12 rows: 11 can be imported, 1 bad."_s));
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.importNow());
    CHECK(data.journal->readings()->isEmpty());
    dialog.setSkipBadRows(true);
    REQUIRE(dialog.importNow());
    CHECK(dialog.outcome().added == 11);
    CHECK(data.journal->readings()->size() == 11);
    CHECK(dialog.lastMessage().contains(u"Imported 11 readings"_s));

    // Again: every reading is already there.
    ImportDialog again(*data.settings, *data.journal);
    REQUIRE(again.openFile(file));
    again.setSkipBadRows(true);
    CHECK(again.summaryText().contains(u"11 of them are already in the journal"_s));
    REQUIRE(again.importNow());
    CHECK(again.outcome().added == 0);
    CHECK(again.outcome().duplicates == 11);
    CHECK(data.journal->readings()->size() == 11);

    // A wrong date format makes every row bad, each saying what it expected.
    again.setDateFormat(u"yyyy/M/d"_s);
    CHECK(again.result().readings.isEmpty());
    CHECK(again.result().badRows.size() == 12);
    CHECK(again.result().badRows.first().reason.contains(u"yyyy/M/d"_s));
    CHECK_FALSE(again.canImport());

    // Without a systolic column there is nothing to read.
    again.setColumn(ImportDialog::Field::Systolic, -1);
    CHECK_FALSE(again.result().error.isEmpty());
    CHECK_FALSE(again.canImport());
}

TEST_CASE("the import dialog takes Viparita's own CSV back as it was exported")
{
    Data data;
    data.fill();
    data.standalone(1, 121, 79, u"sat up slowly, \"dizzy\"\nthen fine 🙂 שלום"_s);
    ExportDialog exporter(*data.settings, *data.journal);
    exporter.setFormat(ExportFormat::ReadingsCsv);
    exporter.setPeriod(ExportDialog::Period::Everything);
    const QString file = data.path(u"own.csv"_s);
    REQUIRE(exporter.exportTo(file));

    const auto empty = data.open(u"empty.sqlite"_s);
    ImportDialog dialog(*data.settings, *empty);
    REQUIRE(dialog.openFile(file));
    CHECK(dialog.isOwnFormat());
    CHECK_FALSE(dialog.findChild<QGroupBox *>()->isVisible());
    REQUIRE(dialog.importNow());
    CHECK(dialog.outcome().added == 8);

    const auto before = data.journal->readings();
    const auto after = empty->readings();
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    REQUIRE(before->size() == after->size());
    for (qsizetype i = 0; i < before->size(); ++i) {
        const Reading &a = before->at(i);
        const Reading &b = after->at(i);
        INFO(i);
        viparita::test::checkSameReading(b, a, false);
    }
}

TEST_CASE("the import dialog refuses a file that is not text, and changes nothing")
{
    Data data;
    data.fill();
    const QString file = data.path(u"picture.csv"_s);
    viparita::test::writeFile(file, QByteArray("date,time\r\n\xff\xfe\x00\x01", 15));
    ImportDialog dialog(*data.settings, *data.journal);
    CHECK_FALSE(dialog.openFile(file));
    CHECK(dialog.lastError().contains(u"picture.csv"_s));
    CHECK(dialog.lastError().contains(u"not text: line 2 holds a NUL byte"_s));
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    CHECK_FALSE(dialog.importNow());
    CHECK(data.journal->readings()->size() == 7);

    CHECK_FALSE(dialog.openFile(data.path(u"does-not-exist.csv"_s)));
    CHECK(dialog.lastError().contains(u"does-not-exist.csv"_s));
}

TEST_CASE("the File menu exports, prints and imports, only with a journal")
{
    const auto library = viparita::SequenceLibrary::load({});
    Data data;
    for (Journal *journal : {data.journal.get(), static_cast<Journal *>(nullptr)}) {
        viparita::app::MainWindow window(library, *data.settings, journal);
        const auto *exportAction = window.findChild<QAction *>(u"exportAction"_s);
        const auto *printAction = window.findChild<QAction *>(u"printAction"_s);
        const auto *importAction = window.findChild<QAction *>(u"importAction"_s);
        REQUIRE(exportAction);
        REQUIRE(printAction);
        REQUIRE(importAction);
        CHECK(exportAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
        CHECK(printAction->shortcut() == QKeySequence(QKeySequence::Print));
        CHECK(exportAction->isEnabled() == (journal != nullptr));
        CHECK(printAction->isEnabled() == (journal != nullptr));
        CHECK(importAction->isEnabled() == (journal != nullptr));
    }
}

// Not run by ctest: `viparita_gui_tests "[screenshots]"` with VIPARITA_SCREENSHOTS set to a
// folder saves the export dialog (the report and a CSV) and the import dialog there.
TEST_CASE("pictures of the export and import dialogs", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("VIPARITA_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    Data data;
    for (int day = 1; day < 80; day += 3)
        data.session(day, 136 + day % 7, 127 + day % 5);
    data.standalone(1, 128, 84, u"after a walk"_s);
    data.settings->setValue(Settings::Key::ReportName, u"Ana Lima"_s);

    ExportDialog dialog(*data.settings, *data.journal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.refreshPreview();
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + u"/export.png"_s));
    dialog.setFormat(ExportFormat::ReadingsCsv);
    dialog.refreshPreview();
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + u"/export-csv.png"_s));
    dialog.reject();

    QByteArray csv = "Date,Time,SYS,DIA,Pulse,Comment\r\n";
    for (int day = 1; day <= 14; ++day)
        csv += QByteArray::number(day) + ".10.2026,07:30," +
               (day == 4 ? QByteArray("13O") : QByteArray::number(120 + day)) + ",80," +
               QByteArray::number(60 + day) + ",\"morning\"\r\n";
    const QString file = data.path(u"blood-pressure-export.csv"_s);
    viparita::test::writeFile(file, csv);
    ImportDialog import(*data.settings, *data.journal);
    import.show();
    REQUIRE(QTest::qWaitForWindowExposed(&import));
    REQUIRE(import.openFile(file));
    QTest::qWait(50);
    CHECK(import.grab().save(folder + u"/import.png"_s));
    import.reject();
}

TEST_CASE("the import dialog reads semicolon and tab files, and the separator can be chosen")
{
    Data data;
    for (const char separator : {';', '\t'}) {
        INFO("separator " << int(separator));
        QByteArray csv;
        const auto row = [&csv, separator](const QList<QByteArray> &fields) {
            for (qsizetype i = 0; i < fields.size(); ++i)
                csv += (i > 0 ? QByteArray(1, separator) : QByteArray()) + fields.at(i);
            csv += "\r\n";
        };
        row({"Datum", "Zeit", "Systole", "Diastole", "Puls"});
        for (int day = 1; day <= 5; ++day)
            row({QByteArray::number(day) + ".11.2026", "07:30", QByteArray::number(130 + day), "84",
                 "66"});
        // One row that is bad, to say "1 bad row".
        row({"6.11.2026", "07:30", "13O", "84", "66"});
        const QString file = data.path(separator == ';' ? u"semicolons.csv"_s : u"tabs.csv"_s);
        viparita::test::writeFile(file, csv);

        ImportDialog dialog(*data.settings, *data.journal);
        REQUIRE(dialog.openFile(file));
        CHECK_FALSE(dialog.isOwnFormat());
        CHECK(dialog.separator() == QChar::fromLatin1(separator));
        CHECK(dialog.column(ImportDialog::Field::Systolic) == 2);
        INFO(dialog.summaryText().toStdString());
        CHECK(dialog.summaryText().startsWith(u"6 rows: 5 can be imported, 1 bad."_s));

        // The wrong separator chosen: nothing can be read; the right one again: all is back.
        dialog.setSeparator(u',');
        CHECK_FALSE(dialog.canImport());
        dialog.setSeparator(QChar::fromLatin1(separator));
        CHECK(dialog.column(ImportDialog::Field::Systolic) == 2);
        dialog.setSkipBadRows(true);
        REQUIRE(dialog.importNow());
        CHECK(dialog.lastMessage().contains(u"1 bad row was left out."_s));
    }
    CHECK(data.journal->readings()->size() == 5); // the second file's are already there
}

TEST_CASE("the import dialog recognises another app's export and shows how it reads it")
{
    Data data;
    const QString samples = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/data/import");
    ImportDialog dialog(*data.settings, *data.journal);
    REQUIRE(dialog.openFile(samples + u"/omron-connect-12h.csv"_s));
    CHECK(dialog.source().id == u"omron-connect"_s);
    CHECK(dialog.findChild<QLabel *>(u"kindLabel"_s)
              ->text()
              .contains(u"Recognised as an export of OMRON connect"_s));
    CHECK(dialog.findChild<QComboBox *>(u"sourceCombo"_s)->currentData().toString() ==
          u"omron-connect"_s);
    CHECK(dialog.findChild<QLabel *>(u"datesLabel"_s)->text().contains(u"names"_s));
    CHECK(dialog.dateFormat() == u"MMM d yyyy"_s);
    const auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
    REQUIRE(table->rowCount() == 5);
    CHECK(table->item(1, 1)->text() == u"2025-10-04 07:12"_s);
    CHECK(table->item(2, 1)->text() == u"2025-09-30 12:05"_s);
    CHECK(table->item(3, 1)->text() == u"2025-09-28 00:30"_s);
    REQUIRE(dialog.importNow());
    CHECK(dialog.outcome().added == 5);
    CHECK(data.journal->readings()->size() == 5);
}

TEST_CASE("Tab walks the import dialog from the file down to the buttons, each stop named")
{
    Data data;
    ImportDialog dialog(*data.settings, *data.journal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.openFile(
        QStringLiteral(VIPARITA_SOURCE_DIR "/tests/data/import/omron-connect-12h.csv")));
    QStringList stops;
    QWidget *first = dialog.findChild<QWidget *>(u"chooseFileButton"_s);
    REQUIRE(first != nullptr);
    first->setFocus();
    QWidget *at = first;
    for (int step = 0; step < 40; ++step) {
        const QString name = at->accessibleName().isEmpty()
                                 ? at->property("text").toString().remove(u'&')
                                 : at->accessibleName();
        CHECK_FALSE(name.isEmpty());
        stops << (at->objectName().isEmpty() ? name : at->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        at = QApplication::focusWidget();
        REQUIRE(at != nullptr);
        if (at == first)
            break;
    }
    const QStringList expected{u"chooseFileButton"_s, u"sourceCombo"_s,     u"encodingCombo"_s,
                               u"separatorCombo"_s,   u"headerLineSpin"_s,  u"columnWhen"_s,
                               u"columnTime"_s,       u"columnSystolic"_s,  u"columnDiastolic"_s,
                               u"columnPulse"_s,      u"columnNote"_s,      u"columnOffset"_s,
                               u"columnIrregular"_s,  u"dateFormatCombo"_s, u"previewTable"_s,
                               u"importButton"_s,     u"Cancel"_s};
    CHECK(stops == expected);
}

TEST_CASE("the import dialog finds the header below a title, and each setting can be changed")
{
    Data data;
    const QString file = data.path(u"cuff.csv"_s);
    viparita::test::writeFile(file, "Readings of Ana, exported 20/11/2026\n"
                                    "\n"
                                    "Date;Time;SYS;DIA;Pulse\n"
                                    "03/11/2026;07:30;134;84;66\n"
                                    "04/11/2026;07:35;131;82;64\n");
    ImportDialog dialog(*data.settings, *data.journal);
    REQUIRE(dialog.openFile(file));
    CHECK(dialog.headerLine() == 3);
    CHECK(dialog.separator() == u';');
    // Both dates read day first and month first, and in order both ways: the person chooses.
    const auto *dates = dialog.findChild<QLabel *>(u"datesLabel"_s);
    CHECK(dates->text().contains(u"give --date-format dd/MM/yyyy or MM/dd/yyyy"_s));
    CHECK_FALSE(dialog.canImport());
    dialog.setDateFormat(u"dd/MM/yyyy"_s);
    CHECK(dialog.canImport());
    CHECK(dialog.result().readings.first().takenAt.date() == QDate(2026, 11, 3));

    // The header on another line: the columns are not found, nothing can be imported.
    dialog.setHeaderLine(1);
    CHECK(dialog.headerLine() == 1);
    CHECK_FALSE(dialog.canImport());
    dialog.setHeaderLine(3);
    dialog.setDateFormat(u"MM/dd/yyyy"_s);
    CHECK(dialog.canImport());
    CHECK(dialog.result().readings.first().takenAt.date() == QDate(2026, 3, 11));

    // Another encoding, chosen: the same readings.
    dialog.setEncoding(u"Windows-1252"_s);
    dialog.setDateFormat(u"dd/MM/yyyy"_s);
    CHECK(dialog.result().readings.size() == 2);
}

TEST_CASE("a large Apple Health export is read with progress, and stopping it imports nothing")
{
    Data data;
    data.fill();
    const QByteArray journalBefore = viparita::test::readFile(data.path(u"journal.sqlite"_s));
    const int before = int(data.journal->readings()->size());
    // A watch's years of heart rates around a handful of blood pressures: tens of megabytes.
    const QString file = data.path(u"export.xml"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
                  "<!ELEMENT HealthData (Record|Correlation)*>\n]>\n<HealthData locale=\"en\">\n");
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600);
        for (int i = 0; i < 150000; ++i) {
            const QByteArray when =
                start.addSecs(qint64(i) * 300).toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8() +
                " +0100";
            out.write(" <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" "
                      "unit=\"count/min\" creationDate=\"" +
                      when + "\" startDate=\"" + when + "\" endDate=\"" + when + "\" value=\"" +
                      QByteArray::number(60 + i % 30) + "\"/>\n");
            if (i % 10000 == 5000) {
                const QByteArray pressure =
                    " <Record type=\"HKQuantityTypeIdentifierBloodPressure%1\" sourceName=\"Cuff\" "
                    "unit=\"mmHg\" startDate=\"" +
                    when + "\" endDate=\"" + when + "\" value=\"%2\"/>\n";
                out.write(
                    " <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" "
                    "sourceName=\"Cuff\" startDate=\"" +
                    when + "\" endDate=\"" + when + "\">\n" +
                    QString::fromUtf8(pressure).arg(u"Systolic"_s).arg(120 + i / 10000).toUtf8() +
                    QString::fromUtf8(pressure).arg(u"Diastolic"_s).arg(80).toUtf8() +
                    " </Correlation>\n");
            }
        }
        out.write("</HealthData>\n");
    }
    REQUIRE(QFileInfo(file).size() > 30 * 1024 * 1024);

    ImportDialog dialog(*data.settings, *data.journal);
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    REQUIRE(dialog.openFile(file));
    CHECK(dialog.isReading());
    const auto *progress = dialog.findChild<QProgressBar *>(u"readingProgress"_s);
    REQUIRE(progress);
    CHECK_FALSE(progress->isHidden());
    auto *stop = dialog.findChild<QPushButton *>(u"cancelReadingButton"_s);
    CHECK_FALSE(stop->isHidden());
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(dialog.isReading());
    CHECK(progress->isHidden());
    CHECK(dialog.result().readings.isEmpty());
    CHECK(dialog.lastError().contains(u"was stopped: nothing was imported"_s));
    CHECK_FALSE(dialog.importNow());
    CHECK(viparita::test::readFile(data.path(u"journal.sqlite"_s)) == journalBefore);

    // Read to its end: the fifteen blood pressures, each with the cuff's own pulse (none).
    finished.clear();
    REQUIRE(dialog.openFile(file));
    REQUIRE(finished.wait(120000));
    REQUIRE(dialog.result().error.isEmpty());
    CHECK(dialog.result().readings.size() == 15);
    CHECK_FALSE(dialog.result().readings.first().pulse);
    CHECK(dialog.result().readings.first().systolic == 120);
    REQUIRE(dialog.importNow());
    CHECK(dialog.outcome().added == 15);
    CHECK(data.journal->readings()->size() == before + 15);
}
