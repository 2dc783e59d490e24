// Every field of the reading, reading-editor, summary and settings dialogs given bad
// values: empty, huge, negative, not a number, characters no number has, and far too long,
// typed as a person would (QTest::keyClicks, through the field's validator) and set
// directly (setText, as a paste). Save stays disabled with the field named, or the field
// refuses the characters, and nothing is written: the journal's file and its write-ahead
// log keep their bytes, the settings keep valid values.
#include "test_environment.h"

#include "edit_reading_dialog.h"
#include "history_filter.h"
#include "history_model.h"
#include "history_page.h"
#include "main_window.h"
#include "reading_dialog.h"
#include "settings.h"
#include "settings_dialog.h"
#include "summary_dialog.h"

#include "catch_qt.h"
#include "find_child.h"

#include <viparita/core/reading_validator.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using viparita::Journal;
using viparita::Reading;
using viparita::ReadingValidator;
using viparita::app::Settings;
using Key = Settings::Key;

namespace {

/// Bad text for a number field, and what it stands for.
struct BadText {
    const char *kind;
    QString text;
};

QList<BadText> badNumbers()
{
    return {
        {"empty", QString()},
        {"huge", u"99999999999999999999"_s},
        {"negative", u"-5"_s},
        {"not a number", u"abc"_s},
        // What bytes that are not UTF-8 become (U+FFFD), and characters no number has.
        {"not UTF-8", u"1\uFFFD\u00E9"_s},
        {"far too long", QString(100000, u'7')},
    };
}

using viparita::test::child;

/// A real journal, open as the app has it, with one reading.
struct JournalFixture {
    JournalFixture()
    {
        folder = viparita::test::dataHome() + u"/dialogs-"_s +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        path = folder + u"/journal.sqlite"_s;
        auto opened = Journal::open(path, {});
        REQUIRE(opened.journal);
        journal = std::move(opened.journal);
        Reading reading;
        const QDateTime at = QDateTime::currentDateTime().addDays(-1);
        reading.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
        reading.systolic = 131;
        reading.diastolic = 84;
        reading.pulse = 66;
        reading.note = u"after the walk"_s;
        const auto id = journal->addReading(reading);
        REQUIRE(id.ok());
        readingId = *id;
        original = *journal->reading(readingId);
    }

    /// The journal's file and its write-ahead log, byte for byte: any write changes the log.
    [[nodiscard]] QByteArray files() const
    {
        QByteArray bytes = viparita::test::readFile(path);
        if (QFileInfo::exists(path + u"-wal"_s))
            bytes += "\n-- log --\n" + viparita::test::readFile(path + u"-wal"_s);
        return bytes;
    }

    QString folder;
    QString path;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
    qint64 readingId = 0;
    Reading original;
};

/// Types `text` key by key, as a keyboard would send it (QTest::keyClicks takes ASCII only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() > 0x20 && character.unicode() < 0x7F)
            QTest::keyClick(widget, static_cast<char>(character.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }
}

/// Gives a field the bad text set at once (a paste), then typed key by key (through its
/// validator); `check` runs after each.
void enterBothWays(QLineEdit *field, const QString &text, const std::function<void()> &check)
{
    field->setText(text);
    check();
    field->clear();
    field->setFocus();
    type(field, text.left(40));
    check();
}

/// The pulse may be left out: an empty pulse field (every character refused) is no error.
bool leftOutIsFine(const QString &field, const QLineEdit *edit)
{
    return field == u"pulse"_s && edit->text().isEmpty();
}

} // namespace

TEST_CASE("the reading dialog names a bad field, keeps Save disabled and saves nothing")
{
    JournalFixture fixture;
    const auto library = viparita::SequenceLibrary::load({});
    viparita::app::MainWindow window(library, *fixture.settings, fixture.journal.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QByteArray before = fixture.files();

    // The dialog Ctrl+N opens: on Save, the main window writes each reading.
    window.addReading();
    QPointer<viparita::app::ReadingDialog> dialog =
        window.findChild<viparita::app::ReadingDialog *>();
    REQUIRE(dialog != nullptr);
    QSignalSpy accepted(dialog, &QDialog::accepted);

    int checked = 0;
    for (int row = 0; row < viparita::app::ReadingDialog::maxReadings; ++row) {
        for (const QString &field : {u"systolic"_s, u"diastolic"_s, u"pulse"_s}) {
            dialog->enter(row, u"128"_s, u"82"_s, u"64"_s);
            REQUIRE(dialog->canSave());
            auto *edit = child<QLineEdit>(*dialog, field + QString::number(row));
            for (const BadText &bad : badNumbers()) {
                enterBothWays(edit, bad.text, [&] {
                    INFO("row " << row << ", " << field.toStdString() << ": " << bad.kind
                                << "; the field shows '" << edit->text().toStdString()
                                << "', the row says '" << dialog->rowStatus(row).toStdString()
                                << "'");
                    if (leftOutIsFine(field, edit))
                        return;
                    ++checked;
                    CHECK_FALSE(dialog->canSave());
                    CHECK(dialog->rowStatus(row).contains(field, Qt::CaseInsensitive));
                    // Enter does not save while Save is disabled.
                    QTest::keyClick(edit, Qt::Key_Return);
                    CHECK(accepted.isEmpty());
                    REQUIRE(dialog);
                    REQUIRE(dialog->isVisible());
                });
            }
            dialog->enter(row, QString(), QString(), QString());
        }
    }
    CHECK(checked >= 3 * 3 * 8);
    QTest::mouseClick(child<QPushButton>(*dialog, u"skipButton"_s), Qt::LeftButton);
    CHECK(accepted.isEmpty());
    CHECK(fixture.files() == before);
    CHECK(fixture.journal->readings()->size() == 1);
}

TEST_CASE("the reading editor names a bad field, keeps Save disabled and changes nothing")
{
    JournalFixture fixture;
    viparita::app::HistoryPage page(*fixture.settings, fixture.journal.get());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    int row = -1;
    for (int i = 0; i < page.filter()->rowCount(); ++i) {
        const QModelIndex index = page.filter()->index(i, 0);
        if (index.data(viparita::app::HistoryModel::IdRole).toLongLong() == fixture.readingId)
            row = i;
    }
    REQUIRE(row >= 0);
    const QByteArray before = fixture.files();

    // The editor the history page opens: on Save, the page writes the change.
    page.view()->selectRow(row);
    page.editSelected();
    auto *dialog = page.findChild<viparita::app::EditReadingDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->canSave());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    auto *save = child<QPushButton>(*dialog, u"saveButton"_s);

    const auto refused = [&](const QString &field) {
        CHECK_FALSE(dialog->canSave());
        CHECK_FALSE(save->isEnabled());
        CHECK(dialog->problems().contains(field + u':'));
        QTest::mouseClick(save, Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        CHECK(accepted.isEmpty());
    };
    for (const QString &field : {u"systolic"_s, u"diastolic"_s, u"pulse"_s}) {
        auto *edit = child<QLineEdit>(*dialog, field + u"Edit"_s);
        const QString good = edit->text();
        for (const BadText &bad : badNumbers()) {
            enterBothWays(edit, bad.text, [&] {
                INFO(field.toStdString() << ": " << bad.kind << "; the field shows '"
                                         << edit->text().toStdString() << "'");
                if (!leftOutIsFine(field, edit))
                    refused(field);
            });
        }
        edit->setText(good);
        REQUIRE(dialog->canSave());
    }

    // A note far too long, and one just too long.
    auto *note = child<QPlainTextEdit>(*dialog, u"noteEdit"_s);
    for (const int length : {100000, ReadingValidator::maxNoteLength + 1}) {
        note->setPlainText(QString(length, u'n'));
        INFO("a note of " << length << " characters");
        refused(u"note"_s);
        CHECK(dialog->problems().contains(QString::number(length)));
    }
    note->setPlainText(fixture.original.note);
    REQUIRE(dialog->canSave());

    // A time in the future.
    auto *time = child<QDateTimeEdit>(*dialog, u"timeEdit"_s);
    const QDateTime good = time->dateTime();
    time->setDateTime(QDateTime::currentDateTime().addDays(2));
    refused(u"taken_at"_s);
    time->setDateTime(good);
    REQUIRE(dialog->canSave());

    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(accepted.isEmpty());
    CHECK(fixture.files() == before);
    CHECK(*fixture.journal->reading(fixture.readingId) == fixture.original);
}

TEST_CASE("the summary keeps a note too long from being saved, however it is closed")
{
    viparita::app::SummaryDialog::Facts facts;
    facts.sequenceTitle = u"Healing sequence at the wall"_s;
    facts.practisedSeconds = 600;
    facts.stepsDone = 7;
    facts.stepsPlanned = 7;
    viparita::app::SummaryDialog dialog(facts);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The session is finished, note and all, when the dialog finishes.
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto *save = child<QPushButton>(dialog, u"saveButton"_s);
    auto *note = child<QPlainTextEdit>(dialog, u"noteEdit"_s);
    auto *problem = child<QLabel>(dialog, u"noteProblemLabel"_s);
    CHECK(save->isEnabled());
    CHECK(problem->isHidden());

    for (const int length : {100000, ReadingValidator::maxNoteLength + 1}) {
        INFO("a note of " << length << " characters");
        dialog.setNote(QString(length, u'n'));
        CHECK_FALSE(save->isEnabled());
        CHECK(problem->isVisible());
        CHECK(problem->text().startsWith(
            u"Note: at most %1 characters (this one has %2)"_s.arg(ReadingValidator::maxNoteLength)
                .arg(length)));
        QTest::mouseClick(save, Qt::LeftButton);
        QTest::keyClick(note, Qt::Key_Escape);
        dialog.accept();
        dialog.reject();
        dialog.close();
        CHECK(finished.isEmpty());
        CHECK(dialog.isVisible());
    }
    // Typed to the limit and one more: the one more is refused.
    dialog.setNote(QString(ReadingValidator::maxNoteLength - 2, u'n'));
    note->moveCursor(QTextCursor::End);
    note->setFocus();
    QTest::keyClicks(note, u"ab"_s);
    CHECK(save->isEnabled());
    QTest::keyClicks(note, u"c"_s);
    CHECK_FALSE(save->isEnabled());
    QTest::keyClick(note, Qt::Key_Backspace);
    REQUIRE(save->isEnabled());
    CHECK(problem->isHidden());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(finished.size() == 1);
    CHECK(dialog.note().size() == ReadingValidator::maxNoteLength);
}

TEST_CASE("the settings dialog's fields refuse bad text, and only valid values are saved")
{
    const QString path = viparita::test::dataHome() + u"/bad-settings.ini"_s;
    QFile::remove(path);
    Settings settings(path);
    settings.setValue(Key::DefaultMinutes, 12);
    settings.setValue(Key::BreathPace, u"custom"_s);
    settings.setValue(Key::CustomInhale, 4.0);
    settings.setValue(Key::CustomHoldIn, 1.0);
    settings.setValue(Key::CustomExhale, 6.0);
    settings.setValue(Key::CustomHoldOut, 0.5);
    settings.setValue(Key::ReportName, u"Ana Lima"_s);
    const QStringList steps{u"hamstrings"_s, u"bolster"_s};

    struct Spin {
        QString name;
        Key key;
        double minimum;
        double maximum;
    };
    const QList<Spin> spins{{u"minutesSpin"_s, Key::DefaultMinutes, 3, 60},
                            {u"inhaleSpin"_s, Key::CustomInhale, 1, 20},
                            {u"holdInSpin"_s, Key::CustomHoldIn, 0, 20},
                            {u"exhaleSpin"_s, Key::CustomExhale, 1, 20},
                            {u"holdOutSpin"_s, Key::CustomHoldOut, 0, 20}};
    for (const Spin &spin : spins) {
        for (const BadText &bad : badNumbers()) {
            INFO(spin.name.toStdString() << ": " << bad.kind);
            viparita::app::SettingsDialog dialog(settings, steps);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            auto *box = child<QAbstractSpinBox>(dialog, spin.name);
            REQUIRE(box->isEnabled());
            box->setFocus();
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(box, Qt::Key_Backspace);
            type(box, bad.text.left(300));
            // Enter takes what the field shows (or its last good value) and presses OK.
            QTest::keyClick(box, Qt::Key_Return);
            const double shown = spin.name == u"minutesSpin"_s
                                     ? static_cast<QSpinBox *>(box)->value()
                                     : static_cast<QDoubleSpinBox *>(box)->value();
            INFO("the field shows " << box->text().toStdString());
            CHECK(dialog.result() == QDialog::Accepted);
            const double stored = settings.value(spin.key).toDouble();
            CHECK(stored >= spin.minimum);
            CHECK(stored <= spin.maximum);
            CHECK(stored == shown);
            CHECK_FALSE(box->text().contains(u'-'));
            CHECK_FALSE(box->text().contains(u"abc"_s));
            CHECK_FALSE(box->text().contains(u'\uFFFD'));
            // Put back for the next round.
            settings.setValue(spin.key, spin.name == u"minutesSpin"_s ? QVariant(12)
                                                                      : QVariant(spin.minimum + 1));
        }
    }

    // A breath longer than the longest allowed: OK stays disabled, and the summary says why.
    {
        viparita::app::SettingsDialog dialog(settings, steps);
        dialog.show();
        QSignalSpy changed(&settings, &Settings::changed);
        for (const QString &name :
             {u"inhaleSpin"_s, u"holdInSpin"_s, u"exhaleSpin"_s, u"holdOutSpin"_s})
            child<QDoubleSpinBox>(dialog, name)->setValue(20.0);
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        CHECK_FALSE(ok->isEnabled());
        CHECK(child<QLabel>(dialog, u"paceSummary"_s)->text().contains(u"One breath may last"_s));
        QTest::keyClick(&dialog, Qt::Key_Return);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(changed.isEmpty());
    }

    // The name on reports takes at most 120 characters, typed or pasted.
    for (const bool typed : {false, true}) {
        viparita::app::SettingsDialog dialog(settings, steps);
        dialog.show();
        auto *name = child<QLineEdit>(dialog, u"reportNameEdit"_s);
        name->clear();
        if (typed) {
            name->setFocus();
            type(name, QString(300, u'x'));
        } else {
            name->setText(QString(100000, u'y'));
        }
        CHECK(name->text().size() == 120);
        dialog.accept();
        CHECK(settings.text(Key::ReportName).size() == 120);
    }
}
