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
