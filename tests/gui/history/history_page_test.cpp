// The history page on a real journal, offscreen: its model, delete with Undo, and the
// newest days loaded first.
#include "test_environment.h"

#include "catch_qt.h"
#include "gui_journal.h"

#include "history/edit_session_dialog.h"
#include "history/history_filter.h"
#include "history/history_model.h"
#include "history/history_page.h"
#include "readings/edit_reading_dialog.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"

#include <viparita/storage/journal.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::app::HistoryFilter;
using viparita::app::HistoryModel;
using viparita::app::HistoryPage;
using viparita::test::GuiJournal;

namespace {

int rowOf(const HistoryPage &page, qint64 id, HistoryModel::Kind kind)
{
    const auto *filter = page.filter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex index = filter->index(row, 0);
        if (index.data(HistoryModel::IdRole).toLongLong() == id &&
            static_cast<HistoryModel::Kind>(index.data(HistoryModel::KindRole).toInt()) == kind)
            return row;
    }
    return -1;
}

int rowOfReading(const HistoryPage &page, qint64 id)
{
    return rowOf(page, id, HistoryModel::Kind::Reading);
}

/// The dialog of type Dialog the page opened (with open(), so it is there at once).
template <typename Dialog>
Dialog *openedDialog(const HistoryPage &page)
{
    QApplication::processEvents();
    return page.findChild<Dialog *>();
}

} // namespace

TEST_CASE("the history model passes Qt's model tester with sessions and readings")
{
    GuiJournal data;
    data.session(3, 150, 138);
    data.standalone(2, 128, 82, u"morning"_s);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContents(*data.journal->sessions(), *data.journal->readings(),
                      viparita::Guideline::Aha2025);
    REQUIRE(model.rowCount() == 4); // one session, its two readings, one reading on its own
    HistoryFilter filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    CHECK(filter.rowCount() == 2);
    filter.setShow(HistoryFilter::Show::AllReadings);
    CHECK(filter.rowCount() == 3);
    filter.setShow(HistoryFilter::Show::Before);
    CHECK(filter.rowCount() == 1);
    filter.setShow(HistoryFilter::Show::Sessions);
    REQUIRE(filter.rowCount() == 1);
    const QModelIndex session = filter.index(0, 0);
    CHECK(filter.index(0, HistoryModel::Pressure).data().toString() ==
          u"150/100 → 138/88, pulse 64"_s);
    CHECK(filter.index(0, HistoryModel::Change).data().toString() == u"-12/-12"_s);
    CHECK(filter.index(0, HistoryModel::Category).data().toString() == u"Stage 1 hypertension"_s);
    CHECK(filter.index(0, HistoryModel::Category).data(Qt::DecorationRole).isValid());
    CHECK(session.data(HistoryModel::KindRole).toInt() ==
          static_cast<int>(HistoryModel::Kind::Session));
    filter.setShow(HistoryFilter::Show::SessionsAndStandalone);
    filter.setRange(QDate::currentDate().addDays(-2), QDate());
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("delete then Undo on the history page restores the reading exactly")
{
    GuiJournal data;
    data.session(5, 145, 135);
    const qint64 id = data.standalone(1, 131, 84, u"after a walk, \"tired\""_s);
    const Reading before = *data.journal->reading(id);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.resize(1000, 600);
    page.show();
    page.reload();
    const int row = rowOfReading(page, id);
    REQUIRE(row >= 0);
    page.view()->selectRow(row);
    REQUIRE(page.deleteSelected());
    CHECK(data.journal->readings()->size() == 2);
    CHECK(rowOfReading(page, id) == -1);
    REQUIRE(page.undoDelete());
    CHECK(*data.journal->reading(id) == before);
    CHECK(rowOfReading(page, id) >= 0);
    CHECK_FALSE(page.undoDelete());
}

TEST_CASE("the history opens on its newest 90 days and loads older ones as needed")
{
    GuiJournal data;
    const qint64 recent = data.standalone(3, 121, 80);
    const qint64 older = data.standalone(200, 131, 84);
    const qint64 oldest = data.standalone(700, 141, 88);
    data.session(400, 150, 138);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.resize(1000, 600);
    page.reload();
    CHECK(rowOfReading(page, recent) >= 0);
    CHECK(rowOfReading(page, older) == -1);
    REQUIRE(page.model()->canFetchMore({}));
    page.model()->fetchMore({});
    CHECK(rowOfReading(page, older) >= 0);
    CHECK(rowOfReading(page, oldest) == -1);
    page.model()->fetchMore({});
    page.model()->fetchMore({});
    CHECK(rowOfReading(page, oldest) >= 0);
    CHECK_FALSE(page.model()->canFetchMore({}));
    // Newest first throughout, and the session's change is whole.
    QDateTime previous = QDateTime::currentDateTime().addDays(1);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QDateTime at = page.model()->index(row, 0).data(HistoryModel::TimeRole).toDateTime();
        CHECK(at <= previous);
        previous = at;
    }
    page.filter()->setShow(HistoryFilter::Show::Sessions);
    REQUIRE(page.filter()->rowCount() == 1);
    CHECK(page.filter()->index(0, HistoryModel::Change).data().toString() == u"-12/-12"_s);
}

TEST_CASE("a session is changed from the history by keyboard: Enter, then its feeling, note and a "
          "reading")
{
    GuiJournal data;
    const qint64 id = data.session(2, 150, 138);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.reload();
    const int row = rowOf(page, id, HistoryModel::Kind::Session);
    REQUIRE(row >= 0);
    page.view()->setFocus();
    page.view()->selectRow(row);

    QTest::keyClick(page.view(), Qt::Key_Return);
    auto *dialog = openedDialog<viparita::app::EditSessionDialog>(page);
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    auto *feeling = dialog->findChild<QComboBox *>(u"feelingCombo"_s);
    REQUIRE(feeling != nullptr);
    CHECK(QApplication::focusWidget() == feeling);
    feeling->setCurrentIndex(feeling->findData(4));
    QTest::keyClick(feeling, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"legs heavy after"_s);
    CHECK(dialog->note() == u"legs heavy after"_s);

    // The reading after: 138/88 becomes 136/86 in the reading editor.
    auto *list = dialog->findChild<QListWidget *>(u"readingsList"_s);
    REQUIRE(list->count() == 2);
    dialog->editReading(1);
    auto *editor = dialog->findChild<viparita::app::EditReadingDialog *>();
    REQUIRE(editor != nullptr);
    editor->setValues(u"136"_s, u"86"_s, u"64"_s);
    REQUIRE(editor->canSave());
    editor->accept();
    QApplication::processEvents();
    CHECK(list->item(1)->text().contains(u"136/86"_s));
    // Nothing is written before Save.
    CHECK_FALSE(data.journal->session(id)->feeling.has_value());
    QTest::keyClick(dialog, Qt::Key_Return);
    QApplication::processEvents();

    const auto saved = data.journal->session(id);
    REQUIRE(saved.ok());
    CHECK(saved->feeling == 4);
    CHECK(saved->note == u"legs heavy after"_s);
    const auto readings = data.journal->readingsOfSession(id);
    REQUIRE(readings->size() == 2);
    CHECK(readings->at(1).systolic == 136);
    CHECK(readings->at(1).diastolic == 86);
}

TEST_CASE("a session is deleted from the history with its readings, and Undo brings it back")
{
    GuiJournal data;
    const qint64 id = data.session(2, 150, 138);
    data.standalone(1, 128, 82, u"morning"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.reload();
    const int row = rowOf(page, id, HistoryModel::Kind::Session);
    REQUIRE(row >= 0);
    page.view()->setFocus();
    page.view()->selectRow(row);
    // The context menu holds the same as the keys.
    QStringList menu;
    for (const QAction *action : page.view()->actions())
        menu.append(action->objectName());
    CHECK(menu == QStringList{u"editAction"_s, u"deleteAction"_s, u"undoAction"_s});

    QTest::keyClick(page.view(), Qt::Key_Delete);
    QApplication::processEvents();
    CHECK(data.journal->sessions()->isEmpty());
    CHECK(data.journal->readings()->size() == 1);
    CHECK(rowOf(page, id, HistoryModel::Kind::Session) == -1);
    CHECK(page.findChild<QFrame *>(u"undoBar"_s)->isVisible());

    QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(data.journal->sessions()->size() == 1);
    CHECK(data.journal->readings()->size() == 3);
    CHECK(rowOf(page, id, HistoryModel::Kind::Session) >= 0);
    CHECK_FALSE(page.findChild<QFrame *>(u"undoBar"_s)->isVisible());
}

TEST_CASE("Tab leaves the history list in one press")
{
    GuiJournal data;
    data.session(2, 150, 138);
    data.standalone(1, 128, 82, u"morning"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.show();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.reload();
    page.view()->setFocus();
    page.view()->selectRow(0);
    QTest::keyClick(page.view(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != page.view());
}

TEST_CASE(
    "at 1000 pixels every column of the history is in view, and the date filters are ticked on")
{
    GuiJournal data;
    data.session(2, 150, 138);
    data.standalone(40, 128, 82, u"a long note about the morning walk before breakfast"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    HistoryPage page(*data.settings, watch);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    QApplication::processEvents();
    const auto *view = page.view();
    const int visible = view->viewport()->width();
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK(view->columnViewportPosition(column) >= 0);
        CHECK(view->columnViewportPosition(column) + 40 <= visible);
    }
    CHECK(view->columnViewportPosition(HistoryModel::Note) +
              view->columnWidth(HistoryModel::Note) <=
          visible + 1);

    // No filter until one is ticked: both rows; From 30 days ago leaves the older reading out.
    CHECK(page.filter()->rowCount() == 2);
    auto *from = page.findChild<QCheckBox *>(u"fromCheck"_s);
    REQUIRE(from != nullptr);
    CHECK_FALSE(page.findChild<QDateEdit *>(u"fromDate"_s)->isEnabled());
    from->setChecked(true);
    CHECK(page.findChild<QDateEdit *>(u"fromDate"_s)->isEnabled());
    CHECK(page.filter()->rowCount() == 1);
    from->setChecked(false);
    CHECK(page.filter()->rowCount() == 2);
}
