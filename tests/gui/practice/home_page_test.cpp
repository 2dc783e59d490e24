// The home page: the sequences to choose from, a broken file listed with its error, and the
// last session's facts.
#include "test_environment.h"

#include "catch_qt.h"

#include "history/history_page.h"
#include "practice/home_page.h"
#include "practice/sequence_list_model.h"
#include "settings/settings.h"
#include "shell/main_window.h"
#include "trends/trends_page.h"

#include <viparita/storage/journal.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::app::MainWindow;
using viparita::app::SequenceListModel;

namespace {

viparita::app::Settings &testSettings()
{
    static viparita::app::Settings settings(viparita::test::dataHome() +
                                            u"/main-window-test.ini"_s);
    return settings;
}

} // namespace

TEST_CASE("a broken user file is listed with its error")
{
    const QString folder = viparita::test::dataHome() + u"/gui-user-sequences"_s;
    viparita::test::writeFile(folder + u"/broken.json"_s,
                              viparita::test::readFile(viparita::test::sourcePath(
                                  u"tests/data/broken/bad-sides.json"_s)));
    const auto library = SequenceLibrary::load(folder);
    MainWindow window(library, testSettings(), nullptr);
    window.show();
    auto *list = window.findChild<QListView *>(u"sequenceList"_s);
    REQUIRE(list->model()->rowCount() == 5);
    const QModelIndex broken = list->model()->index(4, 0);
    CHECK(broken.data().toString().contains(u"Could not be loaded"_s));
    CHECK_FALSE(broken.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(broken.data(SequenceListModel::ErrorsRole)
              .toString()
              .endsWith(u"/steps/0/sides: must be \"none\" or \"both\""_s));
    list->setCurrentIndex(broken);
    CHECK(window.homePage()->currentSequenceId().isEmpty());
    CHECK(window.findChild<QLabel *>(u"sequenceTitle"_s)->text() ==
          u"This file could not be loaded"_s);
}

TEST_CASE("the sequence list model passes Qt's model tester")
{
    const auto library = SequenceLibrary::load({});
    SequenceListModel model(library.entries());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    CHECK(model.rowOf(u"classic"_s) >= 0);
    CHECK(model.rowOf(u"nothing"_s) == -1);
    CHECK(model.entry(99) == nullptr);
    CHECK(SequenceListModel::lengthText(45) == u"45 s"_s);
    CHECK(SequenceListModel::lengthText(720) == u"12 min"_s);
    CHECK(SequenceListModel::lengthText(630) == u"10 min 30 s"_s);
}

TEST_CASE("the home page says the last session, its readings and the days in a row")
{
    const QString folder = viparita::test::dataHome() + u"/home-facts"_s;
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(folder));
    auto opened = viparita::Journal::open(folder + u"/journal.sqlite"_s, {});
    REQUIRE(opened.journal);
    viparita::Journal &journal = *opened.journal;
    const QDateTime now = QDateTime::currentDateTime();
    // the last session began 20 minutes ago (just after midnight, that is yesterday: the
    // days in a row count from yesterday then)
    const QDateTime today = now.addSecs(-20 * 60).toOffsetFromUtc(now.offsetFromUtc());
    // three days in a row up to today, an older completed one and a stopped one after it all
    for (int daysAgo : {6, 2, 1, 0}) {
        viparita::SessionRecord session;
        session.sequenceId = u"healing"_s;
        session.sequenceTitle = daysAgo == 0 ? u"Healing <today>"_s : u"Healing"_s;
        session.startedAt = today.addDays(-daysAgo);
        session.endedAt = session.startedAt.addSecs(600);
        session.status = viparita::SessionStatus::Completed;
        session.plannedSeconds = 600;
        QList<viparita::Reading> readings;
        if (daysAgo == 0) {
            for (const auto &[context, systolic, diastolic, minutes] :
                 {std::tuple{viparita::ReadingContext::Before, 142, 91, -2},
                  std::tuple{viparita::ReadingContext::Before, 138, 89, -1},
                  std::tuple{viparita::ReadingContext::After, 131, 84, 11}}) {
                viparita::Reading reading;
                reading.takenAt = session.startedAt.addSecs(minutes * 60);
                reading.systolic = systolic;
                reading.diastolic = diastolic;
                reading.context = context;
                readings.append(reading);
            }
        }
        REQUIRE(journal.logSession(session, {}, readings).ok());
    }
    viparita::SessionRecord stopped;
    stopped.sequenceId = u"classic"_s;
    stopped.sequenceTitle = u"Classic"_s;
    stopped.startedAt = today.addSecs(5 * 60);
    stopped.endedAt = stopped.startedAt.addSecs(60);
    stopped.status = viparita::SessionStatus::Stopped;
    stopped.plannedSeconds = 600;
    REQUIRE(journal.logSession(stopped, {}, {}).ok());

    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), &journal);
    // the history and trends pages are built when first shown
    CHECK(window.findChild<viparita::app::HistoryPage *>() == nullptr);
    CHECK(window.findChild<viparita::app::TrendsPage *>() == nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    REQUIRE(pages);
    CHECK(pages->currentWidget() == window.homePage());

    auto *facts = window.findChild<QLabel *>(u"lastSession"_s);
    REQUIRE(facts);
    const QStringList lines = facts->text().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).endsWith(u", Healing <today>"_s)); // the title as written, not as markup
    CHECK(lines.at(1) == u"Before 140/90, after 131/84 mmHg"_s);
    CHECK(lines.at(2) == u"3 days in a row of practice."_s);

    window.showPage(MainWindow::Page::History);
    CHECK(pages->currentWidget() == window.findChild<viparita::app::HistoryPage *>());
    window.showPage(MainWindow::Page::Trends);
    CHECK(pages->currentWidget() == window.findChild<viparita::app::TrendsPage *>());
    window.showPage(MainWindow::Page::Practice);
    CHECK(pages->currentWidget() == window.homePage());
}

TEST_CASE("the length chosen shows at once in the header and in each step's time")
{
    viparita::app::Settings settings(viparita::test::dataHome() + u"/home-length.ini"_s);
    settings.setValue(viparita::app::Settings::Key::DefaultMinutes, 0);
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, settings, nullptr);
    window.show();
    window.homePage()->selectSequence(u"healing"_s);
    auto *summary = window.findChild<QLabel *>(u"sequenceSummary"_s);
    auto *steps = window.findChild<QLabel *>(u"sequenceSteps"_s);
    auto *minutes = window.findChild<QSpinBox *>(u"minutesSpin"_s);
    REQUIRE(summary);
    REQUIRE(steps);
    REQUIRE(minutes);
    CHECK(summary->text().startsWith(u"10 min 30 s"_s));
    const QString asWritten = steps->text();
    CHECK(asWritten.contains(u"1 min 30 s"_s)); // hamstrings as written

    // Chosen on the home page: 20 minutes.
    minutes->setValue(20);
    CHECK(summary->text().startsWith(u"20 min"_s));
    CHECK(steps->text() != asWritten);
    CHECK_FALSE(
        steps->text().startsWith(u"1. Hamstrings: legs straight up the wall · 1 min 30 s"_s));

    // Changed in the settings: the home page follows at once.
    settings.setValue(viparita::app::Settings::Key::DefaultMinutes, 12);
    CHECK(minutes->value() == 12);
    CHECK(summary->text().startsWith(u"12 min"_s));
    settings.setValue(viparita::app::Settings::Key::DefaultMinutes, 0);
    CHECK(minutes->value() == minutes->minimum());
    CHECK(steps->text() == asWritten);
}
