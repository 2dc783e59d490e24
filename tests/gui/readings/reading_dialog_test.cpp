// Every field of the reading, reading-editor, summary and settings dialogs given bad
// values: empty, huge, negative, not a number, characters no number has, and far too long,
// typed as a person would (QTest::keyClicks, through the field's validator) and set
// directly (setText, as a paste). Save stays disabled with the field named, or the field
// refuses the characters, and nothing is written: the journal's file and its write-ahead
// log keep their bytes, the settings keep valid values.
#include "test_environment.h"

#include "bad_input.h"
#include "catch_qt.h"
#include "find_child.h"
#include "gui_journal.h"

#include "history/history_filter.h"
#include "history/history_model.h"
#include "history/history_page.h"
#include "readings/edit_reading_dialog.h"
#include "readings/reading_dialog.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "shell/main_window.h"

#include <viparita/core/reading_validator.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::Reading;
using viparita::ReadingValidator;
using viparita::test::badNumbers;
using viparita::test::BadText;
using viparita::test::child;
using viparita::test::enterBothWays;
using viparita::test::GuiJournal;
using viparita::test::leftOutIsFine;

namespace {

/// A real journal, open as the app has it, with one reading.
struct ReadingJournal : GuiJournal {
    ReadingJournal() : GuiJournal(u"dialogs"_s)
    {
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

    qint64 readingId = 0;
    Reading original;
};

} // namespace

TEST_CASE("the reading dialog names a bad field, keeps Save disabled and saves nothing")
{
    ReadingJournal fixture;
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
    ReadingJournal fixture;
    viparita::app::JournalWatch watch(fixture.journal.get());
    viparita::app::HistoryPage page(*fixture.settings, watch);
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
        // In words: "The systolic value must be ...", "The pulse must be ...", "The time is".
        const QString subject = field == u"taken_at"_s ? u"time"_s : field;
        CHECK(dialog->problems().contains(u"The "_s + subject, Qt::CaseInsensitive));
        CHECK_FALSE(dialog->problems().contains(field + u':'));
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

TEST_CASE("the reading editor checks every rule as it is typed")
{
    GuiJournal data;
    const qint64 id = data.standalone(1, 131, 84);
    viparita::app::EditReadingDialog dialog(*data.journal->reading(id));
    CHECK(dialog.canSave());
    dialog.setValues(u"80"_s, u"120"_s, u""_s);
    CHECK_FALSE(dialog.canSave());
    CHECK(dialog.problems().contains(u"swap"_s));
    dialog.setValues(u"125"_s, u"81"_s, u"66"_s);
    REQUIRE(dialog.canSave());
    REQUIRE(data.journal->updateReading(dialog.reading()).ok());
    const Reading changed = *data.journal->reading(id);
    CHECK(changed.systolic == 125);
    CHECK(changed.pulse == 66);
    CHECK(changed.takenAt == data.journal->reading(id)->takenAt);
}

namespace {

/// A key pressed where the focus is, as a keyboard sends it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, key, modifiers);
}

void typeHere(const char *text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, QString::fromLatin1(text));
}

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

} // namespace

TEST_CASE("Ctrl+N, 128, Tab, 82, Tab, 64, Enter: the reading is in the journal")
{
    ReadingJournal fixture;
    const auto library = viparita::SequenceLibrary::load({});
    viparita::app::MainWindow window(library, *fixture.settings, fixture.journal.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    press(Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window.findChild<viparita::app::ReadingDialog *>();
    REQUIRE(dialog != nullptr);
    // Shown by the window manager as the active window (the main window is its parent).
    REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    CHECK(focusName() == u"systolic0"_s);
    typeHere("128");
    press(Qt::Key_Tab);
    CHECK(focusName() == u"diastolic0"_s);
    typeHere("82");
    press(Qt::Key_Tab);
    CHECK(focusName() == u"pulse0"_s);
    typeHere("64");
    press(Qt::Key_Return);
    QApplication::processEvents();

    CHECK(window.findChild<viparita::app::ReadingDialog *>() == nullptr);
    const auto readings = fixture.journal->readings();
    REQUIRE(readings.ok());
    REQUIRE(readings->size() == 2); // the fixture's own, and this one
    const auto saved = std::find_if(readings->cbegin(), readings->cend(),
                                    [](const Reading &r) { return r.systolic == 128; });
    REQUIRE(saved != readings->cend());
    CHECK(saved->diastolic == 82);
    CHECK(saved->pulse == 64);
    CHECK(saved->context == viparita::ReadingContext::Standalone);
    CHECK(std::abs(saved->takenAt.secsTo(QDateTime::currentDateTime())) < 60);
}

TEST_CASE("the reading dialog's Tab order, its names, and Enter that never adds a row")
{
    ReadingJournal fixture;
    viparita::app::ReadingDialog dialog(viparita::app::ReadingDialog::Purpose::Standalone,
                                        *fixture.settings, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QStringList order{focusName()};
    for (int i = 0; i < 12; ++i) {
        press(Qt::Key_Tab);
        order.append(focusName());
    }
    CHECK(order.mid(0, 12).join(u' ') ==
          u"systolic0 diastolic0 pulse0 systolic1 diastolic1 pulse1 armCombo positionCombo "
          "addRowButton timeEdit noteEdit irregularCheck"_s);
    // Then the buttons, in the order the desktop lays them out.
    CHECK((order.at(12) == u"saveButton"_s || order.at(12) == u"skipButton"_s));

    // Every field says which reading it belongs to; the choosers have labels.
    CHECK(child<QLineEdit>(dialog, u"diastolic1"_s)->accessibleName() == u"Reading 2: Diastolic"_s);
    for (const QString &chooser : {u"armCombo"_s, u"positionCombo"_s, u"timeEdit"_s}) {
        INFO(chooser.toStdString());
        const auto *widget = child<QWidget>(dialog, chooser);
        const auto labels = dialog.findChildren<QLabel *>();
        CHECK(std::any_of(labels.cbegin(), labels.cend(),
                          [widget](const QLabel *label) { return label->buddy() == widget; }));
    }

    // Enter in an empty field: nothing is saved and no row is added.
    child<QLineEdit>(dialog, u"systolic0"_s)->setFocus();
    press(Qt::Key_Return);
    CHECK(dialog.rowCount() == 2);
    CHECK(dialog.isVisible());
    // Esc cancels.
    press(Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("a mistyped number is refused and said in words, next to its field")
{
    ReadingJournal fixture;
    viparita::app::ReadingDialog dialog(viparita::app::ReadingDialog::Purpose::Standalone,
                                        *fixture.settings, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *systolic = child<QLineEdit>(dialog, u"systolic0"_s);
    systolic->setFocus();
    typeHere("abc12.5");
    QApplication::processEvents();
    CHECK(systolic->text() == u"125"_s);
    const QString said = dialog.rowStatus(0);
    INFO(said.toStdString());
    CHECK(said.contains(u"Systolic takes only the digits 0 to 9"_s));
    CHECK(said.contains(u"“.” was left out"_s));
    // Never the code's own words.
    CHECK_FALSE(said.contains(u"systolic:"_s));
    // Put right, the note goes.
    press(Qt::Key_Backspace);
    QApplication::processEvents();
    CHECK_FALSE(dialog.rowStatus(0).contains(u"left out"_s));
}

TEST_CASE("a reading on its own takes a time, a note and the irregular flag")
{
    ReadingJournal fixture;
    viparita::app::ReadingDialog dialog(viparita::app::ReadingDialog::Purpose::Standalone,
                                        *fixture.settings, std::nullopt);
    const QDateTime earlier = QDateTime::currentDateTime().addDays(-2);
    dialog.setTakenAt(earlier);
    dialog.setNote(u"after coffee"_s);
    dialog.setIrregular(true);
    dialog.enter(0, u"141"_s, u"91"_s, u"70"_s);
    dialog.enter(1, u"137"_s, u"88"_s);
    REQUIRE(dialog.canSave());
    const auto readings = dialog.readings();
    REQUIRE(readings.size() == 2);
    for (const Reading &reading : readings) {
        CHECK(std::abs(reading.takenAt.secsTo(earlier)) < 120);
        CHECK(reading.note == u"after coffee"_s);
        CHECK(reading.irregular);
    }
    // A time in the future is refused, in words.
    dialog.setTakenAt(QDateTime::currentDateTime().addDays(1));
    CHECK_FALSE(dialog.canSave());
    CHECK(child<QLabel>(dialog, u"timeProblemLabel"_s)->text().startsWith(u"The time is"_s));
}

TEST_CASE("the reading dialog is as tall as it needs, and shrinks when a warning goes")
{
    ReadingJournal fixture;
    viparita::app::ReadingDialog dialog(viparita::app::ReadingDialog::Purpose::Standalone,
                                        *fixture.settings, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int calm = dialog.height();
    dialog.enter(0, u"85"_s, u"55"_s);
    QApplication::processEvents();
    const int warned = dialog.height();
    CHECK(warned > calm);
    dialog.enter(0, u"120"_s, u"78"_s);
    QApplication::processEvents();
    CHECK(dialog.height() < warned);
    CHECK(dialog.height() <= calm + 4);
}
