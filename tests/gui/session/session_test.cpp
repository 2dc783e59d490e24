// A whole session through the real widgets, offscreen, on a fake clock:
// from Start through the readings before, every step, the readings after
// and the summary, then the journal checked.
#include "test_environment.h"

#include "catch_qt.h"

#include "player/player_page.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "session/session_controller.h"
#include "session/sound_cues.h"
#include "session/summary_dialog.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <viparita/storage/journal.h>

#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QUuid>

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
    CHECK(titles.size() == 1 + 9 + 2); // settle-in, nine steps, two switches
    CHECK(titles.first() == u"Settle in"_s);
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

TEST_CASE("a crisis reading before the session shows the warning and blocks until confirmed")
{
    Fixture f;
    f.startHealing();
    auto *before = f.dialog<ReadingDialog>();
    before->enter(0, u"186"_s, u"100"_s);
    CHECK(before->rowStatus(0).contains(u"Hypertensive crisis"_s));
    auto *alert = before->findChild<QLabel *>(u"alertLabel"_s);
    CHECK(alert->isVisible());
    CHECK(alert->text().contains(u"Do not start the session"_s));
    auto *confirm = before->findChild<QCheckBox *>(u"startAnywayCheck"_s);
    REQUIRE(confirm);
    CHECK(confirm->isVisible());
    CHECK_FALSE(before->canSave());
    confirm->setChecked(true);
    CHECK(before->canSave());
    // Correcting the reading takes the warning away.
    before->enter(0, u"150"_s, u"95"_s);
    CHECK_FALSE(alert->isVisible());
    CHECK(before->canSave());
}

TEST_CASE("with medication set, a reading is asked for at the chosen step")
{
    Fixture f;
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.settings->setValue(Settings::Key::DuringReadingStep, u"psoas"_s);
    f.startHealing();
    f.click(f.dialog<ReadingDialog>(), u"skipButton"_s);
    // Psoas starts at 385 s (20 s settle-in, then the steps before it).
    f.advance(384s);
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
    CHECK(readings->first().sessionId == f.session().sessionId());
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
