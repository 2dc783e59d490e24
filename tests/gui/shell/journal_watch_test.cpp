// The one journal-changed notification: every committed write reaches the watch, whoever
// wrote, and each page follows it, at once when shown and when next shown otherwise.
#include "test_environment.h"

#include "catch_qt.h"
#include "gui_journal.h"

#include "shell/journal_watch.h"
#include "shell/main_window.h"

#include <viparita/core/sequence_library.h>
#include <viparita/storage/session_recorder.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;
using viparita::JournalChange;
using viparita::app::JournalFollower;
using viparita::app::JournalWatch;
using viparita::test::GuiJournal;

TEST_CASE("every committed write of the journal reaches the watch, and nothing else does")
{
    GuiJournal data(u"watch"_s);
    auto watch = std::make_unique<JournalWatch>(data.journal.get());
    QSignalSpy changed(watch.get(), &JournalWatch::changed);
    const auto last = [&changed] { return changed.last().at(0).value<JournalChange>(); };

    const qint64 reading = data.standalone(1, 128, 82);
    REQUIRE(changed.size() == 1);
    CHECK(last() == JournalChange::Readings);
    REQUIRE(data.journal->deleteReading(reading).ok());
    REQUIRE(data.journal->restoreReading(reading).ok());
    CHECK(changed.size() == 3);
    data.session(2, 140, 132);
    CHECK(changed.size() == 4);
    CHECK(last() == JournalChange::Sessions);

    // Reads, a dry run and a refused write change nothing, and say nothing.
    (void)data.journal->readings();
    viparita::Reading copy = *data.journal->reading(reading);
    copy.id = 0;
    REQUIRE(data.journal->importReadings({copy}, true).ok());
    viparita::Reading bad = copy;
    bad.systolic = 20;
    CHECK_FALSE(data.journal->addReading(bad).ok());
    CHECK_FALSE(data.journal->deleteReading(987654).ok());
    CHECK(changed.size() == 4);

    // A session's writes, each as it happens.
    viparita::SessionRecorder recorder(data.journal.get());
    const auto library = viparita::SequenceLibrary::load({});
    const auto plan = viparita::SessionPlan::create(*library.find(u"classic"_s));
    REQUIRE(plan.plan);
    REQUIRE(recorder.start(*plan.plan, QDateTime::currentDateTime()));
    CHECK(changed.size() == 5);
    CHECK(last() == JournalChange::Sessions);

    // Once the watch is gone, the journal tells no one.
    watch.reset();
    data.standalone(0, 120, 80);
}

TEST_CASE("a page follows the journal at once when shown, and when next shown otherwise")
{
    GuiJournal data(u"follow"_s);
    JournalWatch watch(data.journal.get());
    QWidget page;
    int reloads = 0;
    auto *follower = new JournalFollower(&page, watch, [&reloads] { ++reloads; });

    // Hidden: marked stale, however many changes come, and reloaded once when shown.
    data.standalone(3, 130, 85);
    data.standalone(2, 131, 86);
    CHECK(reloads == 0);
    CHECK(follower->isStale());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(reloads == 1);
    CHECK_FALSE(follower->isStale());

    // Shown: reloaded at once.
    data.standalone(1, 132, 87);
    CHECK(reloads == 2);
    page.hide();
    page.show();
    CHECK(reloads == 2); // nothing changed while it was hidden
}

TEST_CASE("a reading added from the menu shows on the home page without a hand-wired refresh")
{
    GuiJournal data(u"home-follow"_s);
    data.settings->setValue(viparita::app::Settings::Key::CautionsAcknowledged, true);
    const auto library = viparita::SequenceLibrary::load({});
    viparita::app::MainWindow window(library, *data.settings, data.journal.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *facts = window.findChild<QLabel *>(u"lastSession"_s);
    REQUIRE(facts != nullptr);
    CHECK(facts->text() == u"No completed sessions yet."_s);
    // A session logged while the window is open (as the command line would, in this process).
    data.session(0, 150, 138);
    CHECK(facts->text().contains(u"Before 150/100, after 138/88 mmHg"_s));
}
