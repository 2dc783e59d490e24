// The guided measurement through the real window, offscreen, on a fake clock: Measure on the
// home page, the rest's countdown and cues on the player page, the first reading, the minute,
// the second, and the two saved as one measurement with no session recorded.
#include "test_environment.h"

#include "catch_qt.h"

#include "measure/measurement_controller.h"
#include "player/countdown_ring.h"
#include "player/player_page.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QUuid>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::Journal;
using viparita::app::MainWindow;
using viparita::app::MeasurementController;
using viparita::app::ReadingDialog;
using viparita::app::Settings;
using Stage = viparita::app::MeasurementController::Stage;

namespace {

struct Fixture {
    Fixture()
    {
        const QString folder = viparita::test::dataHome() + u"/measure-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        settings->setValue(Settings::Key::CautionsAcknowledged, true);
        settings->setValue(Settings::Key::Voice, false);
        settings->setValue(Settings::Key::UsualArm, u"right"_s);
        auto opened = Journal::open(folder + u"/journal.sqlite"_s, {});
        REQUIRE(opened.journal);
        journal = std::move(opened.journal);
        library = viparita::SequenceLibrary::load({});
        window = std::make_unique<MainWindow>(library, *settings, journal.get());
        measure().setClock([this] { return now; });
        measure().setManualTicks(true);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    [[nodiscard]] MeasurementController &measure() const { return *window->measurement(); }
    void advance(std::chrono::milliseconds by)
    {
        now += by;
        measure().tick();
    }
    /// The countdown the ring shows.
    [[nodiscard]] QString ring() const
    {
        const auto *found =
            window->playerPage()->findChild<viparita::app::CountdownRing *>(u"countdownRing"_s);
        REQUIRE(found);
        return found->text();
    }
    ReadingDialog *dialog() const
    {
        ReadingDialog *found = measure().currentDialog();
        REQUIRE(found);
        REQUIRE(found->isVisible());
        return found;
    }

    viparita::Player::TimePoint now{std::chrono::hours(100)};
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
    viparita::SequenceLibrary library;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("the guided measurement rests five minutes, takes two readings and saves them as one")
{
    Fixture f;
    auto *button = f.window->homePage()->findChild<QPushButton *>(u"measureButton"_s);
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(f.measure().stage() == Stage::Resting);
    CHECK(f.window->playerPage()->isVisible());
    CHECK(f.window->playerPage()->stepTitle() == u"Rest quietly for five minutes"_s);
    CHECK(f.window->playerPage()->cueText().startsWith(u"Sit on a chair with your back"_s));
    CHECK_FALSE(f.window->playerPage()->findChild<QWidget *>(u"breathPacer"_s)->isVisible());

    // The rest's cues come as its countdown runs; no reading is asked before its end.
    CHECK(f.ring() == u"5:00"_s);
    QStringList cues;
    for (int tenth = 0; tenth < 2990; ++tenth) {
        f.advance(100ms);
        if (tenth == 599)
            CHECK(f.ring() == u"4:00"_s);
        const QString cue = f.window->playerPage()->cueText();
        if (cues.isEmpty() || cues.last() != cue)
            cues.append(cue);
    }
    CHECK(f.measure().stage() == Stage::Resting);
    CHECK_FALSE(f.measure().currentDialog());
    REQUIRE(cues.size() == 4);
    CHECK(cues[1].startsWith(u"Now stay quiet: no talking, no phone."_s));
    CHECK(cues[3].startsWith(u"Nearly five minutes."_s));
    f.advance(1s);
    REQUIRE(f.measure().stage() == Stage::FirstReading);
    ReadingDialog *first = f.dialog();
    CHECK(first->windowTitle() == u"Reading 1 of 2"_s);
    CHECK(first->rowCount() == 1);
    first->enter(0, u"134"_s, u"86"_s, u"66"_s);
    QTest::keyClick(first, Qt::Key_Return);
    REQUIRE(f.measure().stage() == Stage::Between);
    CHECK(f.window->playerPage()->stepTitle() == u"One minute until the second reading"_s);

    // The minute between: no dialog until it is over.
    f.advance(59s);
    CHECK(f.measure().stage() == Stage::Between);
    f.advance(2s);
    REQUIRE(f.measure().stage() == Stage::SecondReading);
    ReadingDialog *second = f.dialog();
    CHECK(second->windowTitle() == u"Reading 2 of 2"_s);
    second->enter(0, u"130"_s, u"82"_s, u"64"_s);
    QTest::keyClick(second, Qt::Key_Return);

    // Saved as one measurement: both readings, on their own, seated, on the usual arm.
    REQUIRE(f.measure().stage() == Stage::Idle);
    CHECK(f.measure().outcome() == u"Measurement saved: 132/84 mmHg, the mean of 134/86 and "
                                   "130/82."_s);
    CHECK(f.window->statusBar()->currentMessage() == f.measure().outcome());
    CHECK(f.window->homePage()->isVisible());
    const auto readings = f.journal->readings();
    REQUIRE(readings.ok());
    REQUIRE(readings->size() == 2);
    for (const viparita::Reading &reading : *readings) {
        CHECK(reading.context == viparita::ReadingContext::Standalone);
        CHECK(reading.position == viparita::BodyPosition::Sitting);
        CHECK(reading.arm == viparita::Arm::Right);
    }
    CHECK(readings->at(0).systolic == 134);
    CHECK(readings->at(1).systolic == 130);
    CHECK(f.journal->sessions()->isEmpty());
}

TEST_CASE("a guided measurement ended after its first reading keeps that reading alone")
{
    Fixture f;
    REQUIRE(f.window->startMeasurement());
    // Reading now (the rest cut short, as the person chose).
    auto *reading = f.window->playerPage()->findChild<QPushButton *>(u"readingButton"_s);
    REQUIRE(reading);
    QTest::mouseClick(reading, Qt::LeftButton);
    REQUIRE(f.measure().stage() == Stage::FirstReading);
    ReadingDialog *first = f.dialog();
    first->enter(0, u"128"_s, u"80"_s);
    QTest::keyClick(first, Qt::Key_Return);
    REQUIRE(f.measure().stage() == Stage::Between);
    f.advance(61s);
    ReadingDialog *second = f.dialog();
    QTest::keyClick(second, Qt::Key_Escape);
    REQUIRE(f.measure().stage() == Stage::Idle);
    CHECK(f.measure().outcome().startsWith(u"One reading saved: 128/80 mmHg."_s));
    CHECK(f.journal->readings()->size() == 1);

    // Ended before any reading: nothing saved, and it says so.
    REQUIRE(f.window->startMeasurement());
    f.measure().stop();
    CHECK(f.measure().outcome() == u"The measurement ended without a reading: nothing was "
                                   "saved."_s);
    CHECK(f.journal->readings()->size() == 1);
}
