// A whole session through the real widgets, offscreen, on a fake clock:
// from Start through the readings before, every step, the readings after
// and the summary, then the journal checked.
#include "test_environment.h"

#include "catch_qt.h"

#include "player/player_page.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "readings/severe_reading_panel.h"
#include "readings/standing_check_dialog.h"
#include "session/safety_pause_dialog.h"
#include "session/session_controller.h"
#include "session/sound_cues.h"
#include "session/summary_dialog.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"
#include "widgets/pose_view.h"

#include <viparita/core/during_reading.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::Journal;
using viparita::app::MainWindow;
using viparita::app::ReadingDialog;
using viparita::app::SessionController;
using viparita::app::Settings;
using viparita::app::SummaryDialog;
using Stage = viparita::app::SessionController::Stage;

namespace {

/// A window on a fresh journal and settings, driven by a fake clock.
struct Fixture {
    Fixture()
    {
        const QString folder = viparita::test::dataHome() + u"/session-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        settings->setValue(Settings::Key::CautionsAcknowledged, true);
        settings->setValue(Settings::Key::Voice, false);
        auto opened = Journal::open(folder + u"/journal.sqlite"_s, {});
        REQUIRE(opened.journal);
        journal = std::move(opened.journal);
        library = viparita::SequenceLibrary::load({});
        window = std::make_unique<MainWindow>(library, *settings, journal.get());
        window->session()->setClock([this] { return now; });
        window->session()->setManualTicks(true);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    [[nodiscard]] SessionController &session() const { return *window->session(); }

    template <typename Dialog>
    Dialog *dialog() const
    {
        auto *found = qobject_cast<Dialog *>(session().currentDialog());
        REQUIRE(found != nullptr);
        REQUIRE(found->isVisible());
        return found;
    }

    void click(QWidget *parent, const QString &name) const
    {
        auto *button = parent->findChild<QPushButton *>(name);
        REQUIRE(button != nullptr);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void advance(std::chrono::milliseconds by)
    {
        now += by;
        session().tick();
    }

    void startHealing()
    {
        window->homePage()->selectSequence(u"healing"_s);
        click(window->homePage(), u"startButton"_s);
        REQUIRE(session().stage() == Stage::Before);
    }

    viparita::Player::TimePoint now{std::chrono::hours(100)};
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
    viparita::SequenceLibrary library;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("a whole session from Start to the summary, then the journal holds it")
{
    Fixture f;
    f.startHealing();
    auto *before = f.dialog<ReadingDialog>();
    before->enter(0, u"140"_s, u"90"_s, u"72"_s);
    CHECK(before->rowStatus(0).contains(u"Stage 2 hypertension"_s));
    f.click(before, u"saveButton"_s);
    REQUIRE(f.session().stage() == Stage::Playing);
    CHECK(f.window->playerPage()->isVisible());

    // Play it through at 10 updates a second, noting each title shown.
    QStringList titles;
    int updates = 0;
    while (f.session().stage() == Stage::Playing && updates < 20000) {
        f.advance(100ms);
        ++updates;
        const QString title = f.window->playerPage()->stepTitle();
        if (titles.isEmpty() || titles.last() != title)
            titles.append(title);
    }
    REQUIRE(f.session().stage() == Stage::After);
    // 660 s at 10 updates a second.
    CHECK(updates == 6600);
    // Settle-in, nine steps, two switches, and then the end, said: no clock frozen at 0:01.
    CHECK(titles.size() == 1 + 9 + 2 + 1);
    CHECK(titles.first() == u"Settle in"_s);
    CHECK(titles.last() == u"The session has ended"_s);
    CHECK(f.window->windowTitle().startsWith(u"Session ended"_s));
    const auto *state = f.window->playerPage()->findChild<QLabel *>(u"playerState"_s);
    REQUIRE(state != nullptr);
    CHECK(state->text() == u"Ended"_s);
    // Nothing left to press or to breathe with until the next session.
    CHECK_FALSE(f.window->playerPage()->findChild<QWidget *>(u"breathPacer"_s)->isVisible());
    CHECK_FALSE(f.window->playerPage()->findChild<QPushButton *>(u"nextButton"_s)->isEnabled());
    CHECK(titles.contains(u"Switch to the left side"_s));
    CHECK(f.session().sound().lastPlayed() == u"end-bell"_s);

    auto *after = f.dialog<ReadingDialog>();
    after->enter(0, u"112"_s, u"70"_s, u"60"_s);
    auto *alert = after->findChild<QLabel *>(u"alertLabel"_s);
    REQUIRE(alert);
    CHECK(alert->isVisible());
    CHECK(alert->text().contains(u"roll onto one side"_s));
    CHECK(after->findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"-28/-20"_s));
    f.click(after, u"saveButton"_s);

    auto *summary = f.dialog<SummaryDialog>();
    CHECK(summary->factsText().contains(u"Steps done: 9 of 9; skipped: 0"_s));
    CHECK(summary->factsText().contains(u"Change: -28/-20 mmHg"_s));
    summary->setFeeling(4);
    summary->setNote(u"warm and calm"_s);
    f.click(summary, u"saveButton"_s);
    CHECK(f.session().stage() == Stage::Idle);
    CHECK(f.window->homePage()->isVisible());

    const auto sessions = f.journal->sessions();
    REQUIRE(sessions->size() == 1);
    const auto &saved = sessions->first();
    CHECK(saved.status == viparita::SessionStatus::Completed);
    CHECK(saved.feeling == 4);
    CHECK(saved.note == u"warm and calm"_s);
    CHECK(saved.actualSeconds == 660);
    CHECK(saved.plannedSeconds == 660);
    const auto steps = f.journal->sessionSteps(saved.id);
    REQUIRE(steps->size() == 9);
    for (const auto &step : *steps) {
        CHECK(step.actualSeconds == Approx(step.plannedSeconds));
        CHECK_FALSE(step.skipped);
    }
    const auto readings = f.journal->readingsOfSession(saved.id);
    REQUIRE(readings->size() == 2);
    CHECK(readings->at(0).context == viparita::ReadingContext::Before);
    CHECK(readings->at(1).context == viparita::ReadingContext::After);
    CHECK(f.journal->interruptedSessions()->isEmpty());
}

TEST_CASE("Space, Right, Left, plus, R and Esc do what they say")
{
    Fixture f;
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    REQUIRE(f.session().stage() == Stage::Playing);
    auto *page = f.window->playerPage();
    auto *player = f.session().player();
    f.advance(25s); // into hamstrings
    REQUIRE(player->snapshot(f.now).step == 0);

    QTest::keyClick(page, Qt::Key_Space);
    CHECK(player->state() == viparita::PlayerState::Paused);
    f.advance(60s);
    CHECK(player->snapshot(f.now).stepElapsed == 5s);
    QTest::keyClick(page, Qt::Key_Space);
    CHECK(player->state() == viparita::PlayerState::Running);

    QTest::keyClick(page, Qt::Key_Right);
    CHECK(player->snapshot(f.now).step == 1);
    CHECK(page->stepTitle().startsWith(u"Straddle"_s));
    QTest::keyClick(page, Qt::Key_Left);
    CHECK(player->snapshot(f.now).step == 0);

    const auto remaining = player->snapshot(f.now).stepRemaining;
    QTest::keyClick(page, Qt::Key_Plus);
    CHECK(player->snapshot(f.now).stepRemaining == remaining + 30s);

    QTest::keyClick(page, Qt::Key_R);
    auto *during = f.dialog<ReadingDialog>();
    CHECK(during->purpose() == ReadingDialog::Purpose::During);
    CHECK(player->state() == viparita::PlayerState::Paused);
    f.click(during, u"skipButton"_s);
    CHECK(player->state() == viparita::PlayerState::Running);

    QTest::keyClick(page, Qt::Key_Escape);
    CHECK(page->isAskingToStop());
    QTest::keyClick(page, Qt::Key_Escape);
    CHECK_FALSE(page->isAskingToStop());
    CHECK(f.session().stage() == Stage::Playing);
    QTest::keyClick(page, Qt::Key_Escape);
    QTest::keyClick(page, Qt::Key_Return);
    CHECK(f.session().stage() == Stage::After);
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    f.click(f.dialog<SummaryDialog>(), u"saveButton"_s);
    const auto sessions = f.journal->sessions();
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().status == viparita::SessionStatus::Stopped);
}

TEST_CASE("Cancel and Esc before a session start nothing, and Skip and start is a choice")
{
    for (const bool byEscape : {false, true}) {
        INFO((byEscape ? "Esc" : "Cancel"));
        Fixture f;
        f.startHealing();
        auto *before = f.dialog<ReadingDialog>();
        REQUIRE(before->purpose() == ReadingDialog::Purpose::Before);
        before->enter(0, u"128"_s, u"82"_s);
        if (byEscape)
            QTest::keyClick(before, Qt::Key_Escape);
        else
            f.click(before, u"cancelButton"_s);
        QApplication::processEvents();
        CHECK(f.session().stage() == Stage::Idle);
        CHECK(f.journal->sessions()->isEmpty());
        CHECK(f.journal->readings()->isEmpty());
        CHECK(f.journal->interruptedSessions()->isEmpty());
    }
    Fixture f;
    f.startHealing();
    auto *before = f.dialog<ReadingDialog>();
    auto *skip = before->findChild<QPushButton *>(u"skipButton"_s);
    REQUIRE(skip != nullptr);
    // Enter saves and starts; Skip is never the button Enter presses.
    CHECK_FALSE(skip->isDefault());
    CHECK_FALSE(skip->autoDefault());
    f.click(before, u"skipButton"_s);
    CHECK(f.session().stage() == Stage::Playing);
    CHECK(f.journal->readings()->isEmpty());
}

TEST_CASE("a severe reading before a session is kept, and no session starts on it")
{
    // Whatever closes the dialog: Cancel (now "Close, do not start"; Skip and start is
    // disabled), Escape, the window's close.
    const QList<std::pair<const char *, std::function<void(ReadingDialog *)>>> ways{
        {"cancel",
         [](ReadingDialog *dialog) {
             auto *skip = dialog->findChild<QPushButton *>(u"skipButton"_s);
             REQUIRE(skip != nullptr);
             CHECK_FALSE(skip->isEnabled());
             QTest::mouseClick(skip, Qt::LeftButton); // disabled: nothing happens
             auto *cancel = dialog->findChild<QPushButton *>(u"cancelButton"_s);
             REQUIRE(cancel != nullptr);
             CHECK(cancel->text().remove(u'&') == u"Close, do not start"_s);
             QTest::mouseClick(cancel, Qt::LeftButton);
         }},
        {"escape", [](ReadingDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }},
        {"close", [](ReadingDialog *dialog) { dialog->close(); }},
        {"save",
         [](ReadingDialog *dialog) {
             auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
             REQUIRE(save != nullptr);
             CHECK_FALSE(save->isEnabled());
             QTest::mouseClick(save, Qt::LeftButton); // disabled: nothing happens
             QTest::keyClick(dialog, Qt::Key_Return);
             dialog->reject();
         }},
    };
    for (const auto &[how, close] : ways) {
        INFO("closed by " << how);
        Fixture f;
        f.startHealing();
        auto *before = f.dialog<ReadingDialog>();
        before->enter(0, u"185"_s, u"125"_s, u"80"_s);
        CHECK(before->rowStatus(0).contains(u"Severe hypertension"_s));
        auto *panel = before->severePanel();
        CHECK(panel->isVisible());
        CHECK(panel->text().contains(u"do not start the practice now"_s));
        CHECK(before->startBlocked());
        CHECK_FALSE(before->canSave());
        close(before);
        QApplication::processEvents();
        CHECK(f.session().stage() == Stage::Idle);
        CHECK(f.journal->sessions()->isEmpty());
        const auto readings = f.journal->readings();
        REQUIRE(readings->size() == 1);
        CHECK(readings->first().systolic == 185);
        CHECK(readings->first().diastolic == 125);
        // No session began: a reading on its own, as the command line would save it.
        CHECK(readings->first().context == viparita::ReadingContext::Standalone);
        CHECK_FALSE(readings->first().sessionId.has_value());
    }
}

TEST_CASE("a severe reading, rest and a recheck below the range: the session starts")
{
    Fixture f;
    f.startHealing();
    auto *before = f.dialog<ReadingDialog>();
    before->enter(0, u"190"_s, u"118"_s);
    auto *panel = before->severePanel();
    REQUIRE(panel->isVisible());
    // Warning signs: call the emergency number now.
    auto *symptoms = panel->findChild<QCheckBox *>(u"symptomsCheck"_s);
    REQUIRE(symptoms != nullptr);
    auto *emergency = panel->findChild<QLabel *>(u"emergencyLabel"_s);
    CHECK_FALSE(emergency->isVisible());
    symptoms->setChecked(true);
    CHECK(emergency->isVisible());
    CHECK(emergency->text().contains(u"call the emergency number now"_s));
    symptoms->setChecked(false);

    // Five minutes of rest, counted down.
    f.click(panel, u"restButton"_s);
    CHECK(panel->isResting());
    CHECK(panel->text().contains(u"Rest quietly: 5:00 left"_s));
    panel->finishRest();
    f.click(panel, u"recheckButton"_s);
    // The first reading is kept at once; the rows wait for the recheck.
    CHECK(f.journal->readings()->size() == 1);
    CHECK(before->rowStatus(0).isEmpty());
    CHECK(before->startBlocked());
    CHECK(before->rechecks() == 1);

    // Still severe: still no start, and the guidance says what next.
    before->enter(0, u"186"_s, u"112"_s);
    CHECK(panel->text().contains(u"Still very high"_s));
    CHECK(panel->text().contains(u"today"_s));
    CHECK_FALSE(before->canSave());
    f.click(panel, u"recheckButton"_s);
    CHECK(f.journal->readings()->size() == 2);

    // Below the range now: the session may start.
    before->enter(0, u"158"_s, u"96"_s);
    CHECK_FALSE(before->startBlocked());
    CHECK_FALSE(panel->isVisible());
    f.click(before, u"saveButton"_s);
    CHECK(f.session().stage() == Stage::Playing);
    const auto readings = f.journal->readings();
    REQUIRE(readings->size() == 3);
    CHECK_FALSE(readings->at(0).sessionId.has_value());
    CHECK_FALSE(readings->at(1).sessionId.has_value());
    CHECK(readings->at(2).sessionId == f.session().sessionId());
    CHECK(readings->at(2).systolic == 158);
}

TEST_CASE("with medication set, a reading is asked for at the step the sequence marks")
{
    Fixture f;
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    // The healing sequence marks the twist: its right side starts at 585 s.
    const auto marked = viparita::DuringReading::markedStep(f.session().player()->plan());
    REQUIRE(marked.has_value());
    const int start = f.session().player()->plan().steps().at(*marked).startSeconds;
    CHECK(f.session().player()->plan().steps().at(*marked).stepId == u"twist"_s);
    f.advance(std::chrono::seconds(start - 1));
    CHECK(f.session().currentDialog() == nullptr);
    f.advance(1s);
    auto *during = f.dialog<ReadingDialog>();
    CHECK(during->purpose() == ReadingDialog::Purpose::During);
    CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
    during->enter(0, u"118"_s, u"76"_s);
    f.click(during, u"saveButton"_s);
    CHECK(f.session().player()->state() == viparita::PlayerState::Running);
    const auto readings = f.journal->readings();
    REQUIRE(readings->size() == 1);
    CHECK(readings->first().context == viparita::ReadingContext::During);
    CHECK(readings->first().position == viparita::BodyPosition::Lying);
    CHECK(readings->first().sessionId == f.session().sessionId());
    // Once a session.
    f.advance(600s);
    CHECK(f.session().stage() == Stage::After);
}

TEST_CASE("with medication set, every bundled sequence asks for a reading while it plays")
{
    for (const QString &id : {u"healing"_s, u"classic"_s, u"supported"_s, u"thread-the-needle"_s}) {
        INFO(id.toStdString());
        Fixture f;
        f.settings->setValue(Settings::Key::TakesMedication, true);
        f.window->homePage()->selectSequence(id);
        REQUIRE(f.window->homePage()->currentSequenceId() == id);
        f.click(f.window->homePage(), u"startButton"_s);
        f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
        const viparita::SessionPlan &plan = f.session().player()->plan();
        // At the marked step, or at the middle.
        const auto marked = viparita::DuringReading::markedStep(plan);
        const int due = marked ? plan.steps().at(*marked).startSeconds : plan.totalSeconds() / 2;
        f.advance(std::chrono::seconds(due - 2));
        CHECK(f.session().currentDialog() == nullptr);
        f.advance(3s);
        auto *during = f.dialog<ReadingDialog>();
        CHECK(during->purpose() == ReadingDialog::Purpose::During);
        f.click(during, u"skipButton"_s);
        CHECK(f.session().player()->state() == viparita::PlayerState::Running);
    }
}

TEST_CASE("after a low reading during the session it stays paused, says what to do, and waits")
{
    for (const bool goOn : {true, false}) {
        INFO((goOn ? "go on" : "end"));
        Fixture f;
        f.settings->setValue(Settings::Key::TakesMedication, true);
        f.window->homePage()->selectSequence(u"classic"_s);
        f.click(f.window->homePage(), u"startButton"_s);
        auto *before = f.dialog<ReadingDialog>();
        before->enter(0, u"138"_s, u"86"_s);
        f.click(before, u"saveButton"_s);
        f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds() / 2 + 1));
        auto *during = f.dialog<ReadingDialog>();
        during->enter(0, u"86"_s, u"58"_s);
        f.click(during, u"saveButton"_s);
        // Still paused, with the guidance shown (and spoken).
        auto *pause = qobject_cast<viparita::app::SafetyPauseDialog *>(f.session().currentDialog());
        REQUIRE(pause != nullptr);
        CHECK(pause->guidance().contains(u"roll onto one side"_s));
        CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
        f.advance(60s);
        CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
        f.click(pause, goOn ? u"goOnButton"_s : u"endButton"_s);
        if (goOn) {
            CHECK(f.session().player()->state() == viparita::PlayerState::Running);
            CHECK(f.session().stage() == Stage::Playing);
        } else {
            CHECK(f.session().stage() == Stage::After);
        }
    }
}

TEST_CASE("a severe reading during the session is kept and holds the session, saying to stop")
{
    for (const bool save : {true, false}) {
        INFO((save ? "saved" : "skipped"));
        Fixture f;
        f.settings->setValue(Settings::Key::TakesMedication, true);
        f.settings->setValue(Settings::Key::StandingCheck, false);
        f.window->homePage()->selectSequence(u"classic"_s);
        f.click(f.window->homePage(), u"startButton"_s);
        f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
        f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds() / 2 + 1));
        auto *during = f.dialog<ReadingDialog>();
        during->enter(0, u"192"_s, u"118"_s);
        // Once the practice has begun, the words fit: leave it for today, come up slowly.
        CHECK(during->severePanel()->text().contains(u"leave the practice for today"_s));
        CHECK_FALSE(during->severePanel()->text().contains(u"do not start"_s));
        f.click(during, save ? u"saveButton"_s : u"skipButton"_s);
        auto *pause = qobject_cast<viparita::app::SafetyPauseDialog *>(f.session().currentDialog());
        REQUIRE(pause != nullptr);
        CHECK(pause->guidance().startsWith(u"Very high blood pressure"_s));
        CHECK(pause->guidance().contains(u"emergency number"_s));
        CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
        const auto readings = f.journal->readings();
        REQUIRE(readings->size() == 1);
        CHECK(readings->first().systolic == 192);
        CHECK(readings->first().context == viparita::ReadingContext::During);
        f.click(pause, u"endButton"_s);
        CHECK(f.session().stage() == Stage::After);
    }
}

TEST_CASE("with medication set, the standing check follows the readings after the session")
{
    Fixture f;
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.window->homePage()->selectSequence(u"classic"_s);
    f.click(f.window->homePage(), u"startButton"_s);
    auto *before = f.dialog<ReadingDialog>();
    before->enter(0, u"142"_s, u"88"_s);
    f.click(before, u"saveButton"_s);
    f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds() / 2 + 1));
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds()));
    REQUIRE(f.session().stage() == Stage::After);
    auto *after = f.dialog<ReadingDialog>();
    CHECK(after->purpose() == ReadingDialog::Purpose::After);
    after->enter(0, u"132"_s, u"84"_s);
    f.click(after, u"saveButton"_s);

    // On one's feet: compared with the sitting reading after, not with the one before.
    auto *standing = f.dialog<viparita::app::StandingCheckDialog>();
    qint64 now = 0;
    standing->setClock([&now] { return now; });
    f.click(standing, u"startTimerButton"_s);
    now += 60'000;
    standing->tick();
    standing->enter(0, u"124"_s, u"82"_s);
    now += 120'000;
    standing->tick();
    standing->enter(1, u"110"_s, u"78"_s); // 22 under 132
    CHECK(standing->orthostatic());
    CHECK(f.session().sound().lastPlayed() == u"chime"_s); // the end bell came before
    f.click(standing, u"saveButton"_s);

    auto *summary = f.dialog<SummaryDialog>();
    CHECK(summary->factsText().contains(u"On standing up: 124/82 mmHg, then 110/78 mmHg"_s));
    CHECK(summary->factsText().contains(u"fell when you stood up"_s));
    f.click(summary, u"saveButton"_s);

    const auto readings = f.journal->readingsOfSession(f.journal->sessions()->first().id);
    REQUIRE(readings->size() == 4);
    CHECK(readings->at(2).context == viparita::ReadingContext::Standing);
    CHECK(readings->at(2).position == viparita::BodyPosition::Standing);
    CHECK(readings->at(3).systolic == 110);
    CHECK(readings->at(3).context == viparita::ReadingContext::Standing);
}

TEST_CASE("the standing check: off without medication, on when chosen alone, and skippable")
{
    for (const int choice : {0, 1, 2}) {
        INFO("choice " << choice);
        Fixture f;
        if (choice == 1)
            f.settings->setValue(Settings::Key::StandingCheck, true);
        if (choice == 2) {
            f.settings->setValue(Settings::Key::TakesMedication, true);
            f.settings->setValue(Settings::Key::StandingCheck, false);
        }
        f.startHealing();
        f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
        f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds()));
        if (auto *during = qobject_cast<ReadingDialog *>(f.session().currentDialog());
            during && during->purpose() == ReadingDialog::Purpose::During) {
            f.click(during, u"skipButton"_s);
            f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds()));
        }
        REQUIRE(f.session().stage() == Stage::After);
        f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
        if (choice == 1) {
            auto *standing = f.dialog<viparita::app::StandingCheckDialog>();
            f.click(standing, u"skipButton"_s);
        }
        auto *summary = f.dialog<SummaryDialog>();
        CHECK_FALSE(summary->factsText().contains(u"On standing up"_s));
        f.click(summary, u"saveButton"_s);
        CHECK(f.session().stage() == Stage::Idle);
        CHECK(f.journal->readings()->isEmpty());
    }
}

TEST_CASE("an interrupted session in the journal is offered at start and can be finished")
{
    Fixture f;
    viparita::SessionRecord record;
    record.sequenceId = u"classic"_s;
    record.sequenceTitle = u"Classic legs up the wall"_s;
    record.startedAt = QDateTime::currentDateTime().addSecs(-3600);
    record.plannedSeconds = 740;
    const auto id = f.journal->startSession(record);
    REQUIRE(id.ok());
    f.window->offerRecovery();
    auto *banner = f.window->findChild<QFrame *>(u"recoveryBanner"_s);
    REQUIRE(banner);
    CHECK(banner->isVisible());
    f.click(banner, u"finishInterruptedButton"_s);
    CHECK_FALSE(banner->isVisible());
    auto *after = f.dialog<ReadingDialog>();
    CHECK(after->purpose() == ReadingDialog::Purpose::After);
    after->enter(0, u"125"_s, u"80"_s);
    f.click(after, u"saveButton"_s);
    f.click(f.dialog<SummaryDialog>(), u"saveButton"_s);
    const auto session = f.journal->session(*id);
    CHECK(session->status == viparita::SessionStatus::Completed);
    CHECK(f.journal->readingsOfSession(*id)->size() == 1);
    CHECK(f.journal->interruptedSessions()->isEmpty());
}

TEST_CASE("the window title shows the time left while a session plays")
{
    Fixture f;
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    f.advance(60s);
    CHECK(f.window->windowTitle() == u"10:00 left · Viparita"_s);
}

TEST_CASE("Ctrl+Q during a session asks, as Esc does, and the window stays open")
{
    Fixture f;
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    REQUIRE(f.session().stage() == Stage::Playing);
    f.advance(30s);
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Q, Qt::ControlModifier);
    QApplication::processEvents();
    auto *page = f.window->playerPage();
    CHECK(f.window->isVisible());
    CHECK(page->isAskingToStop());
    CHECK(f.session().stage() == Stage::Playing);
    // Esc keeps practising; Ctrl+Q again, then Enter, stops it (the readings after follow).
    QTest::keyClick(page, Qt::Key_Escape);
    CHECK_FALSE(page->isAskingToStop());
    CHECK(f.session().stage() == Stage::Playing);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(page->isAskingToStop());
    QTest::keyClick(page, Qt::Key_Return);
    CHECK(f.session().stage() == Stage::After);
    CHECK(f.window->isVisible());
}

TEST_CASE("a session stopped after seconds can be discarded from its summary")
{
    Fixture f;
    f.startHealing();
    auto *before = f.dialog<ReadingDialog>();
    before->enter(0, u"132"_s, u"84"_s);
    f.click(before, u"saveButton"_s);
    f.advance(25s);
    f.advance(10s);
    QTest::keyClick(f.window->playerPage(), Qt::Key_R);
    auto *during = f.dialog<ReadingDialog>();
    during->enter(0, u"124"_s, u"80"_s);
    f.click(during, u"saveButton"_s);
    f.advance(5s);
    QTest::keyClick(f.window->playerPage(), Qt::Key_Right); // hamstrings skipped
    f.advance(5s);
    QTest::keyClick(f.window->playerPage(), Qt::Key_Escape);
    QTest::keyClick(f.window->playerPage(), Qt::Key_Return);
    REQUIRE(f.session().stage() == Stage::After);
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    auto *summary = f.dialog<SummaryDialog>();
    // Steps done and skipped each counted once; the reading during the session is shown.
    INFO(summary->factsText().toStdString());
    CHECK(summary->factsText().contains(u"Steps done: 1 of 9; skipped: 1"_s));
    CHECK(summary->factsText().contains(u"During: 124/80 mmHg"_s));
    REQUIRE(f.journal->sessions()->size() == 1);
    f.click(summary, u"discardButton"_s);
    QApplication::processEvents();
    CHECK(f.session().stage() == Stage::Idle);
    CHECK(f.journal->sessions()->isEmpty());
    CHECK(f.journal->readings()->isEmpty());
    CHECK(f.journal->interruptedSessions()->isEmpty());
}

TEST_CASE("a completed session's summary offers no Discard")
{
    Fixture f;
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    f.advance(std::chrono::hours(1));
    REQUIRE(f.session().stage() == Stage::After);
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    auto *summary = f.dialog<SummaryDialog>();
    CHECK(summary->findChild<QPushButton *>(u"discardButton"_s) == nullptr);
    CHECK(summary->factsText().contains(u"Steps done: 9 of 9; skipped: 0"_s));
}

TEST_CASE("a session that cannot be heard says so at its start, and Settings > Sound tests it")
{
    Fixture f;
    f.settings->setValue(Settings::Key::Chimes, true);
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    REQUIRE(f.session().stage() == Stage::Playing);
    const QString notice = f.window->playerPage()->notice();
    INFO(notice.toStdString());
    // This machine has an audio output or not (QMediaDevices): the player says which.
    const bool canChime = f.session().sound().available();
    CHECK(notice.isEmpty() == canChime);
    if (!canChime)
        CHECK(notice.startsWith(u"No sound output was found"_s));
    f.advance(std::chrono::hours(1));
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    f.click(f.dialog<SummaryDialog>(), u"saveButton"_s);

    // The Test button says the same in the settings, with or without a voice.
    viparita::app::SettingsDialog settings(*f.settings);
    settings.show();
    auto *test = settings.findChild<QPushButton *>(u"testSoundButton"_s);
    REQUIRE(test != nullptr);
    QTest::mouseClick(test, Qt::LeftButton);
    const QString result = settings.findChild<QLabel *>(u"testResultLabel"_s)->text();
    INFO(result.toStdString());
    CHECK_FALSE(result.isEmpty());
    CHECK(result.contains(u"chime played"_s) == canChime);
    // Nothing in the settings changed by a test.
    CHECK_FALSE(f.settings->flag(Settings::Key::Voice));
}

TEST_CASE("the settle-in shows sitting sideways by the wall, and a left side is the mirror image")
{
    Fixture f;
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    auto *pose = f.window->playerPage()->findChild<viparita::app::PoseView *>(u"poseView"_s);
    REQUIRE(pose != nullptr);
    f.advance(1s);
    CHECK(pose->image() == u"settle-in"_s);
    CHECK(pose->hasPicture());
    CHECK_FALSE(pose->isMirrored());
    // Through the session: each two-sided step shows its picture, then the mirror image.
    QStringList seen;
    const auto &steps = f.session().player()->plan().steps();
    while (f.session().stage() == Stage::Playing) {
        f.advance(1s);
        const auto snapshot = f.session().player()->snapshot(f.now);
        if (snapshot.settling || snapshot.step < 0 || snapshot.switchingSide)
            continue;
        const auto &step = steps.at(snapshot.step);
        CHECK(pose->image() == step.image);
        CHECK(pose->isMirrored() == (step.side == viparita::Side::Left));
        const QString entry = step.image + (pose->isMirrored() ? u" mirrored"_s : QString());
        if (seen.isEmpty() || seen.last() != entry)
            seen.append(entry);
    }
    CHECK(seen.contains(u"ankle-to-knee"_s));
    CHECK(seen.contains(u"ankle-to-knee mirrored"_s));
    CHECK(seen.contains(u"twist mirrored"_s));
    CHECK_FALSE(seen.contains(u"hamstrings mirrored"_s));
}
