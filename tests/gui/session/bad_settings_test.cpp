// A breathing pace in the settings file that no one could breathe (hand-edited, or left by
// an older version): every bad value written into a real settings file, then a session
// started as a person starts one. Nothing hangs and nothing crashes: the session plays at the
// sequence's own pace, and the log says why.
#include "test_environment.h"

#include "catch_qt.h"

#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "session/session_controller.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <viparita/core/sequence_library.h>

#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUuid>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::app::MainWindow;
using viparita::app::SessionController;
using viparita::app::Settings;
using Stage = SessionController::Stage;

namespace {

/// A custom pace as the settings file holds it: the four phases as written there.
struct BadPace {
    const char *what;
    QString inhale, holdIn, exhale, holdOut;
};

QList<BadPace> badPaces()
{
    return {
        {"all zeros", u"0"_s, u"0"_s, u"0"_s, u"0"_s},
        {"a negative exhale", u"4"_s, u"0"_s, u"-6"_s, u"0"_s},
        {"a negative hold", u"4"_s, u"-1"_s, u"6"_s, u"0"_s},
        {"a breath of less than a second", u"0.001"_s, u"0"_s, u"0.001"_s, u"0"_s},
        {"not a number", u"nan"_s, u"0"_s, u"6"_s, u"0"_s},
        {"infinite", u"inf"_s, u"0"_s, u"6"_s, u"0"_s},
        {"absurdly long", u"1e308"_s, u"0"_s, u"6"_s, u"0"_s},
        {"a phase past 20 s", u"21"_s, u"0"_s, u"6"_s, u"0"_s},
        {"a breath past a minute", u"20"_s, u"20"_s, u"20"_s, u"0.5"_s},
    };
}

/// A settings file of the test's own holding `pace` as the custom pace, chosen, and lengthening.
QString writeSettings(const QString &folder, const BadPace &pace)
{
    const QString path = folder + u"/settings.ini"_s;
    // Written as a person edits it: plain text, no types.
    viparita::test::writeFile(
        path, u"[app]\ncautionsAcknowledged=true\n"
              "[sound]\nvoice=false\nchimes=false\n"
              "[session]\nbreathPace=custom\nlengthenBreath=true\n"
              "customInhale=%1\ncustomHoldIn=%2\ncustomExhale=%3\n"
              "customHoldOut=%4\n"_s.arg(pace.inhale, pace.holdIn, pace.exhale, pace.holdOut)
                  .toUtf8());
    return path;
}

/// Collects what is logged while it lives.
class LogCapture {
public:
    LogCapture() : m_sink(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(200))
    {
        spdlog::default_logger()->sinks().push_back(m_sink);
    }
    ~LogCapture()
    {
        auto &sinks = spdlog::default_logger()->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    [[nodiscard]] QString text() const
    {
        QStringList lines;
        for (const std::string &line : m_sink->last_formatted())
            lines.append(QString::fromStdString(line));
        return lines.join(u'\n');
    }

private:
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;
};

} // namespace

TEST_CASE("a custom pace no one could breathe starts the session on the sequence's own pace")
{
    const auto library = viparita::SequenceLibrary::load({});
    const viparita::Sequence *healing = library.find(u"healing"_s);
    REQUIRE(healing != nullptr);
    for (const BadPace &pace : badPaces()) {
        INFO("custom pace: " << pace.what);
        const QString folder = viparita::test::dataHome() + u"/bad-pace-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        Settings settings(writeSettings(folder, pace));
        REQUIRE(settings.text(Settings::Key::BreathPace) == u"custom"_s);
        LogCapture log;

        MainWindow window(library, settings, nullptr);
        viparita::Player::TimePoint now{100h};
        window.session()->setClock([&now] { return now; });
        window.session()->setManualTicks(true);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.homePage()->selectSequence(u"healing"_s);
        auto *start = window.homePage()->findChild<QPushButton *>(u"startButton"_s);
        REQUIRE(start != nullptr);
        QTest::mouseClick(start, Qt::LeftButton);
        SessionController &session = *window.session();
        REQUIRE(session.stage() == Stage::Before);
        session.currentDialog()->done(viparita::app::ReadingDialog::Skipped); // no readings before
        REQUIRE(session.stage() == Stage::Playing);

        // The sequence's own pace, and the reason in the log.
        REQUIRE(session.player() != nullptr);
        CHECK(session.player()->plan().breath() == healing->breath);
        CHECK(log.text().contains(u"custom breathing pace cannot be breathed"_s));
        CHECK(log.text().contains(u"the sequence's own pace is used instead"_s));

        // The breath moves, and the whole session plays to its end.
        const int phases = [&] {
            int changes = 0;
            auto last = session.player()->breath(now).phase;
            for (int second = 0; second < 30; ++second) {
                now += 1s;
                session.tick();
                const auto phase = session.player()->breath(now).phase;
                changes += phase != last ? 1 : 0;
                last = phase;
            }
            return changes;
        }();
        CHECK(phases > 0);
        now += 2h;
        session.tick();
        CHECK(session.stage() == Stage::After);
        session.currentDialog()->reject();
        REQUIRE(session.stage() == Stage::Summary);
        session.currentDialog()->accept();
        CHECK(session.stage() == Stage::Idle);
    }
}

TEST_CASE("the real app, started on an all-zero custom pace, plays the session to its end")
{
    const QString folder = viparita::test::dataHome() + u"/bad-pace-app"_s;
    REQUIRE(QDir().mkpath(folder));
    // The app reads its settings from the configuration folder this test gave it.
    {
        QSettings settings;
        settings.clear();
        settings.setValue(u"app/cautionsAcknowledged"_s, true);
        settings.setValue(u"sound/chimes"_s, false);
        settings.setValue(u"sound/voice"_s, false);
        settings.setValue(u"session/breathPace"_s, u"custom"_s);
        for (const char *phase : {"customInhale", "customHoldIn", "customExhale", "customHoldOut"})
            settings.setValue(u"session/"_s + QLatin1String(phase), 0);
        settings.sync();
        REQUIRE(settings.status() == QSettings::NoError);
    }
    QProcess app;
    QStringList environment = QProcess::systemEnvironment();
    environment << u"QT_QPA_PLATFORM=offscreen"_s << u"VIPARITA_CLOCK_SPEED=100"_s
                << u"VIPARITA_AUTO_READING=128/82/64"_s;
    app.setEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(VIPARITA_APP_PATH),
              {u"--database"_s, folder + u"/journal.sqlite"_s, u"--start"_s, u"healing"_s,
               u"--minutes"_s, u"3"_s});
    REQUIRE(app.waitForStarted(10000));
    QString output;
    // Three minutes at a hundred times the speed: about two seconds, and a generous margin.
    QElapsedTimer clock;
    clock.start();
    while (!output.contains(u"finished and saved"_s) && clock.elapsed() < 60000 &&
           app.state() == QProcess::Running) {
        app.waitForReadyRead(200);
        output += QString::fromUtf8(app.readAll());
    }
    INFO(output.toStdString());
    CHECK(app.state() == QProcess::Running); // no crash
    CHECK(output.contains(u"custom breathing pace cannot be breathed"_s));
    CHECK(output.contains(u"finished and saved (completed)"_s));
    app.terminate();
    if (!app.waitForFinished(10000))
        app.kill();
    QSettings().clear();
}

TEST_CASE("viparita --help and --version answer in a terminal, without a display")
{
    for (const QString &option : {u"--help"_s, u"--version"_s}) {
        INFO(option.toStdString());
        QProcess app;
        QStringList environment;
        // No display to connect to, and no platform chosen: a window could not open.
        for (const QString &variable : QProcess::systemEnvironment()) {
            if (!variable.startsWith(u"DISPLAY="_s) &&
                !variable.startsWith(u"WAYLAND_DISPLAY="_s) &&
                !variable.startsWith(u"QT_QPA_PLATFORM="_s))
                environment.append(variable);
        }
        app.setEnvironment(environment);
        app.start(QStringLiteral(VIPARITA_APP_PATH), {option});
        REQUIRE(app.waitForFinished(20000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        INFO(QString::fromUtf8(app.readAllStandardError()).toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        if (option == u"--help"_s) {
            CHECK(out.contains(u"--start <SEQUENCE>"_s));
            CHECK(out.contains(u"--database <PATH>"_s));
        } else {
            CHECK(out.startsWith(u"viparita 0."_s));
        }
    }
}
