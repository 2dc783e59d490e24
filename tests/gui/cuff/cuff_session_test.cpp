// The cuff in the app, through the real Qt Bluetooth stack and a simulated BlueZ on a private
// D-Bus bus (tests/cuff/fake_bluez.py): Settings > Cuff finds and chooses it; during a session
// on a fake clock, a reading it sends in the twist is saved with the session and said aloud,
// and a low one pauses the session with its guidance; the reading dialog waits for it and
// shows its pressure as it inflates; readings from its memory are saved once.

#include "fake_bluez.h"
#include "test_environment.h"

#include "catch_qt.h"
#include "catch_wait.h"

#include "cuff/cuff_watch.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "readings/standing_check_dialog.h"
#include "session/safety_pause_dialog.h"
#include "session/session_controller.h"
#include "session/voice_cues.h"
#include "settings/cuff_settings_page.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"

#include <viparita/core/during_reading.h>
#include <viparita/storage/journal.h>

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::Journal;
using viparita::app::CuffWatch;
using viparita::app::MainWindow;
using viparita::app::ReadingDialog;
using viparita::app::SessionController;
using viparita::app::Settings;
using viparita::test::FakeBluez;
using Stage = viparita::app::SessionController::Stage;

namespace {

/// A measurement as a cuff writes it: mmHg, a time stamp (none when `when` is invalid), the
/// pulse.
QByteArray measured(int systolic, int diastolic, int pulse, const QDateTime &when,
                    std::optional<int> status = std::nullopt)
{
    QByteArray out;
    const auto add16 = [&out](int value) {
        out.append(char(value & 0xFF));
        out.append(char((value >> 8) & 0xFF));
    };
    out.append(char((when.isValid() ? 0x06 : 0x04) | (status ? 0x10 : 0)));
    add16(systolic);
    add16(diastolic);
    add16(0x07FF);
    if (when.isValid()) {
        add16(when.date().year());
        out.append(char(when.date().month()));
        out.append(char(when.date().day()));
        out.append(char(when.time().hour()));
        out.append(char(when.time().minute()));
        out.append(char(when.time().second()));
    }
    add16(pulse);
    if (status)
        add16(*status);
    return out;
}

QByteArray pressureRecord(int mmHg)
{
    QByteArray out(1, char(0));
    out.append(char(mmHg & 0xFF));
    out.append(char(mmHg >> 8));
    out.append(QByteArray::fromHex("ff07ff07"));
    return out;
}

/// A window on a fresh journal, with the simulated cuff chosen, on a fake clock.
struct CuffFixture {
    explicit CuffFixture(const QString &scenario) : bluez(scenario)
    {
        bluez.applyToThisProcess();
        const QString folder = viparita::test::dataHome() + u"/cuff-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<Settings>(folder + u"/settings.ini"_s);
        settings->setValue(Settings::Key::CautionsAcknowledged, true);
        settings->setValue(Settings::Key::CuffAddress, QString::fromLatin1(FakeBluez::cuffAddress));
        settings->setValue(Settings::Key::CuffName, u"Fake BP Cuff"_s);
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

    void waitConnected() const
    {
        REQUIRE_EVENTUALLY(window->cuff()->state() == CuffWatch::State::Connected, 20000);
    }

    [[nodiscard]] SessionController &session() const { return *window->session(); }

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

    /// Starts the healing sequence without readings before it and plays to its twist.
    void playToTwist()
    {
        window->homePage()->selectSequence(u"healing"_s);
        click(window->homePage(), u"startButton"_s);
        auto *before = qobject_cast<ReadingDialog *>(session().currentDialog());
        REQUIRE(before != nullptr);
        before->enter(0, u"132"_s, u"84"_s, u"70"_s);
        click(before, u"saveButton"_s);
        REQUIRE(session().stage() == Stage::Playing);
        const auto marked = viparita::DuringReading::markedStep(session().player()->plan());
        REQUIRE(marked.has_value());
        const auto &step = session().player()->plan().steps().at(*marked);
        REQUIRE(step.stepId == u"twist"_s);
        advance(std::chrono::seconds(step.startSeconds + 5));
    }

    [[nodiscard]] QList<viparita::Reading> readings(viparita::ReadingContext context) const
    {
        QList<viparita::Reading> found;
        const auto all = journal->readings();
        REQUIRE(all.ok());
        for (const viparita::Reading &reading : all.value())
            if (reading.context == context)
                found.append(reading);
        return found;
    }

    FakeBluez bluez;
    viparita::Player::TimePoint now{std::chrono::hours(100)};
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Journal> journal;
    viparita::SequenceLibrary library;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("a reading the cuff sends during the twist is saved with the session and said aloud")
{
    CuffFixture f(u"manual"_s);
    f.waitConnected();
    f.playToTwist();
    CHECK(f.session().currentDialog() == nullptr);

    f.bluez.send(measured(128, 82, 64, QDateTime::currentDateTime()));
    REQUIRE_EQUAL_EVENTUALLY(f.readings(viparita::ReadingContext::During).size(), 1, 10000);
    const viparita::Reading during = f.readings(viparita::ReadingContext::During).first();
    CHECK(during.systolic == 128);
    CHECK(during.diastolic == 82);
    CHECK(during.pulse == 64);
    CHECK(during.sessionId == f.session().sessionId());
    CHECK(during.position == viparita::BodyPosition::Lying);
    CHECK(f.session().voice().asked().contains(u"128 over 82, pulse 64"_s));
    CHECK(f.session().player()->state() == viparita::PlayerState::Running);
    CHECK(f.session().currentDialog() == nullptr);
    // The status bar tells of the cuff and its last reading.
    auto *status = f.window->findChild<QLabel *>(u"cuffStatus"_s);
    REQUIRE(status != nullptr);
    CHECK(status->text().contains(u"last reading 128/82"_s));
}

TEST_CASE("a low reading from the cuff pauses the session and says what to do")
{
    CuffFixture f(u"manual"_s);
    f.waitConnected();
    f.playToTwist();

    f.bluez.send(measured(86, 58, 61, QDateTime::currentDateTime()));
    REQUIRE_EVENTUALLY(f.session().currentDialog() != nullptr, 10000);
    auto *pause = qobject_cast<viparita::app::SafetyPauseDialog *>(f.session().currentDialog());
    REQUIRE(pause != nullptr);
    CHECK(pause->guidance().contains(u"roll onto one side"_s));
    CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
    // The reading first, then the guidance, in one breath.
    const QStringList spoken = f.session().voice().asked();
    REQUIRE_FALSE(spoken.isEmpty());
    CHECK(spoken.last().startsWith(u"86 over 58, pulse 61. "_s));
    CHECK(spoken.last().contains(u"roll onto one side"_s));
    REQUIRE(f.readings(viparita::ReadingContext::During).size() == 1);
    f.advance(60s);
    CHECK(f.session().player()->state() == viparita::PlayerState::Paused);
    f.click(pause, u"goOnButton"_s);
    CHECK(f.session().player()->state() == viparita::PlayerState::Running);
}

TEST_CASE("with medication set, the reading asked for in the twist comes from the cuff, hands-free")
{
    CuffFixture f(u"manual"_s);
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.settings->setValue(Settings::Key::Voice, true);
    f.waitConnected();
    f.playToTwist();
    auto *during = qobject_cast<ReadingDialog *>(f.session().currentDialog());
    REQUIRE(during != nullptr);
    CHECK(during->purpose() == ReadingDialog::Purpose::During);
    CHECK(during->cuffStatus() == u"Waiting for Fake BP Cuff: press its start button."_s);

    // The cuff inflates: its pressure is shown large; then the reading saves itself.
    f.bluez.send(pressureRecord(145), true);
    REQUIRE_EQUAL_EVENTUALLY(during->cuffStatus(), u"Cuff pressure: 145 mmHg"_s, 10000);
    f.bluez.send(measured(121, 78, 60, QDateTime::currentDateTime(), 0x0004));
    REQUIRE_EVENTUALLY(f.session().currentDialog() == nullptr, 10000);
    REQUIRE(f.readings(viparita::ReadingContext::During).size() == 1);
    CHECK(f.readings(viparita::ReadingContext::During).first().systolic == 121);
    // What the cuff found goes with the reading the dialog saved.
    CHECK(f.readings(viparita::ReadingContext::During).first().irregular);
    CHECK(f.readings(viparita::ReadingContext::During).first().note ==
          u"The cuff found an irregular pulse."_s);
    CHECK(f.session().player()->state() == viparita::PlayerState::Running);
    CHECK(f.session().voice().asked().contains(u"121 over 78, pulse 60"_s));
}

TEST_CASE("a waiting dialog takes only what the cuff just measured, whatever its clock says")
{
    CuffFixture f(u"manual"_s);
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.waitConnected();
    f.playToTwist();
    auto *during = qobject_cast<ReadingDialog *>(f.session().currentDialog());
    REQUIRE(during != nullptr);

    // From its memory: one without a time, one of last week. Neither is this measurement:
    // both are saved on their own, and the dialog still waits.
    f.bluez.send(measured(141, 92, 70, QDateTime()));
    f.bluez.send(measured(138, 90, 68, QDateTime::currentDateTime().addDays(-7)));
    REQUIRE_EQUAL_EVENTUALLY(f.readings(viparita::ReadingContext::Standalone).size(), 2, 10000);
    CHECK(f.session().currentDialog() == during);
    CHECK(f.readings(viparita::ReadingContext::During).isEmpty());

    // The cuff inflates, then sends a reading stamped by a clock 20 minutes slow: it is the
    // one just measured.
    f.bluez.send(pressureRecord(150), true);
    REQUIRE_EQUAL_EVENTUALLY(during->cuffStatus(), u"Cuff pressure: 150 mmHg"_s, 10000);
    f.bluez.send(measured(119, 77, 58, QDateTime::currentDateTime().addSecs(-20 * 60)));
    REQUIRE_EQUAL_EVENTUALLY(f.readings(viparita::ReadingContext::During).size(), 1, 10000);
    CHECK(f.readings(viparita::ReadingContext::During).first().systolic == 119);
    CHECK(f.readings(viparita::ReadingContext::Standalone).size() == 2);
}

TEST_CASE("after the session the cuff fills the readings after and those on standing, once each")
{
    CuffFixture f(u"manual"_s);
    f.settings->setValue(Settings::Key::TakesMedication, true);
    f.waitConnected();
    f.window->homePage()->selectSequence(u"classic"_s);
    f.click(f.window->homePage(), u"startButton"_s);
    f.click(qobject_cast<ReadingDialog *>(f.session().currentDialog()), u"skipButton"_s);
    f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds() / 2 + 1));
    f.click(qobject_cast<ReadingDialog *>(f.session().currentDialog()), u"skipButton"_s);
    f.advance(std::chrono::seconds(f.session().player()->plan().totalSeconds()));
    REQUIRE(f.session().stage() == Stage::After);
    auto *after = qobject_cast<ReadingDialog *>(f.session().currentDialog());
    REQUIRE(after != nullptr);
    f.bluez.send(measured(131, 83, 62, QDateTime::currentDateTime()));
    REQUIRE_EQUAL_EVENTUALLY(after->rowStatus(0).isEmpty(), false, 10000);
    CHECK(after->readings().size() == 1);
    CHECK(after->readings().first().systolic == 131);
    f.click(after, u"saveButton"_s);

    auto *standing =
        qobject_cast<viparita::app::StandingCheckDialog *>(f.session().currentDialog());
    REQUIRE(standing != nullptr);
    f.bluez.send(measured(126, 82, 70, QDateTime::currentDateTime()));
    REQUIRE_EQUAL_EVENTUALLY(standing->readings().size(), qsizetype(1), 10000);
    f.bluez.send(measured(124, 81, 72, QDateTime::currentDateTime()));
    REQUIRE_EQUAL_EVENTUALLY(standing->readings().size(), qsizetype(2), 10000);
    CHECK(standing->readings().at(1).systolic == 124);
    CHECK(f.session().voice().asked().contains(u"124 over 81, pulse 72"_s));
    f.click(standing, u"saveButton"_s);
    // Saved with the session, each once; nothing from the cuff went in on its own.
    CHECK(f.readings(viparita::ReadingContext::After).size() == 1);
    CHECK(f.readings(viparita::ReadingContext::Standing).size() == 2);
    CHECK(f.readings(viparita::ReadingContext::Standalone).isEmpty());
}

TEST_CASE("the readings a cuff keeps are saved on their own when it connects, once")
{
    CuffFixture f(u"burst"_s);
    REQUIRE_EQUAL_EVENTUALLY(f.readings(viparita::ReadingContext::Standalone).size(), 3, 20000);
    REQUIRE_EVENTUALLY(
        f.window->statusBar()->currentMessage().contains(u"3 new readings from the cuff"_s), 10000);
    // The cuff comes back (its button pressed again) and sends its memory again.
    REQUIRE_EVENTUALLY(
        f.window->statusBar()->currentMessage().contains(u"3 already in the journal"_s), 20000);
    CHECK(f.readings(viparita::ReadingContext::Standalone).size() == 3);
}

TEST_CASE("a cuff that sends only once paired is said to need pairing, in the status bar")
{
    CuffFixture f(u"needs-pairing"_s);
    REQUIRE_EVENTUALLY(f.window->findChild<QLabel *>(u"cuffStatus"_s) != nullptr, 10000);
    auto *status = f.window->findChild<QLabel *>(u"cuffStatus"_s);
    REQUIRE_EQUAL_EVENTUALLY(
        status->text(),
        u"Cuff: Fake BP Cuff must be paired first (the desktop's Bluetooth settings)"_s, 20000);
    CHECK(f.window->cuff()->state() == CuffWatch::State::Searching);
    CHECK(f.window->statusBar()->currentMessage().contains(u"pair it first in the desktop's "
                                                           "Bluetooth settings"_s));
}

TEST_CASE("Settings > Cuff finds the cuffs in range, chooses one and forgets it")
{
    const FakeBluez bluez(u"manual"_s);
    bluez.applyToThisProcess();
    Settings settings(viparita::test::dataHome() + u"/cuff-settings.ini"_s);
    viparita::app::SettingsDialog dialog(settings);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    auto *page = dialog.findChild<viparita::app::CuffSettingsPage *>(u"cuffPage"_s);
    REQUIRE(page != nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == u"Cuff"_s)
            tabs->setCurrentIndex(i);
    CHECK(page->findChild<QLabel *>(u"chosenCuffLabel"_s)->text() == u"none chosen"_s);
    CHECK_FALSE(page->findChild<QPushButton *>(u"forgetCuffButton"_s)->isEnabled());

    page->search(2);
    auto *list = page->findChild<QListWidget *>(u"cuffList"_s);
    REQUIRE_EVENTUALLY(page->findChild<QPushButton *>(u"searchCuffsButton"_s)->isEnabled(), 10000);
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == u"Fake BP Cuff: blood-pressure cuff (C0:FF:EE:00:18:10)"_s);
    CHECK(list->item(1)->text() == u"Heart Strap: not a blood-pressure cuff (AA:BB:CC:00:00:01)"_s);
    CHECK(page->findChild<QLabel *>(u"cuffSearchStatus"_s)->text() == u"Found 2 devices."_s);
    // The cuff is selected: Use, then the user, then OK.
    QTest::mouseClick(page->findChild<QPushButton *>(u"useCuffButton"_s), Qt::LeftButton);
    CHECK(page->findChild<QLabel *>(u"chosenCuffLabel"_s)->text() ==
          u"Fake BP Cuff (C0:FF:EE:00:18:10)"_s);
    page->findChild<QSpinBox *>(u"cuffUserSpin"_s)->setValue(2);
    dialog.accept();
    CHECK(settings.text(Settings::Key::CuffAddress) == u"C0:FF:EE:00:18:10"_s);
    CHECK(settings.text(Settings::Key::CuffName) == u"Fake BP Cuff"_s);
    CHECK(settings.number(Settings::Key::CuffUser) == 2);

    viparita::app::SettingsDialog again(settings);
    auto *forget = again.findChild<QPushButton *>(u"forgetCuffButton"_s);
    REQUIRE(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    again.accept();
    CHECK(settings.text(Settings::Key::CuffAddress).isEmpty());
}
