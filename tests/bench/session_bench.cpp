// What needs the app's insides: its main window, built as main() builds it
// (the bundled sequences, settings, theme, a journal of 10,000 readings),
// under the X server named by $DISPLAY, on the real clock.
//
// - Timers while a person rests: an event filter on the application counts
//   the QEvent::Timer deliveries of each receiver over 10 s on the home page
//   and 10 s with a session paused. Target: none fires more than once a second.
//   (An application's event filter sees the objects of the main thread, which
//   is where the app's own timers live; that it sees them is checked on 2 s of
//   a session playing, when the frame timer must show.)
// - Timing: a 60 s plan of short steps (5 s settle-in; 10 s steps, one of them
//   on both sides with a 5 s pause to switch) played by the real
//   SessionController on the real clock. Each time the player page shows
//   another step, and when the session ends, its lateness is the session time
//   then minus the moment the plan gives. Target: every one within 15 ms. The
//   reference is the worst lateness of bare precise single-shot QTimers in
//   the same process just before.
//
//   viparita_bench_session JOURNAL
//
// The journal is copied first; the copy is what the window writes to.
#include "appearance/theme.h"
#include "bench_support.h"
#include "player/player_page.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "session/session_controller.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <viparita/core/app_info.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::bench;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "viparita_bench_session: %s\n", qPrintable(message));
    std::exit(1);
}

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

/// Counts the timer events each object receives while it is on.
class TimerCounter final : public QObject {
public:
    struct Count {
        QString who;
        int events = 0;
    };

    TimerCounter() { qApp->installEventFilter(this); }
    ~TimerCounter() override { qApp->removeEventFilter(this); }
    TimerCounter(const TimerCounter &) = delete;
    TimerCounter &operator=(const TimerCounter &) = delete;

    /// Counts for `seconds` (events processed meanwhile); gives the busiest receiver.
    Count measure(int seconds, const QString &where)
    {
        m_counts.clear();
        m_on = true;
        QTest::qWait(seconds * 1000);
        m_on = false;
        Count busiest;
        for (auto each = m_counts.cbegin(); each != m_counts.cend(); ++each) {
            std::fprintf(stderr, "  %s: %d timer events in %d s to %s\n", qPrintable(where),
                         each->events, seconds, qPrintable(each->who));
            if (each->events > busiest.events)
                busiest = *each;
        }
        if (m_counts.isEmpty())
            std::fprintf(stderr, "  %s: no timer event in %d s\n", qPrintable(where), seconds);
        return busiest;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_on && event->type() == QEvent::Timer) {
            const int id = static_cast<QTimerEvent *>(event)->timerId();
            const QString key = u"%1/%2"_s.arg(quintptr(watched)).arg(id);
            Count &count = m_counts[key];
            if (count.who.isEmpty())
                count.who = describe(watched);
            ++count.events;
        }
        return false;
    }

private:
    static QString describe(const QObject *object)
    {
        QString text = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            text += u" '"_s + object->objectName() + u'\'';
        if (const QObject *parent = object->parent()) {
            text += u" of "_s + QString::fromLatin1(parent->metaObject()->className());
            if (!parent->objectName().isEmpty())
                text += u" '"_s + parent->objectName() + u'\'';
        }
        return text;
    }

    bool m_on = false;
    QHash<QString, Count> m_counts;
};

/// The worst lateness, in ms, of `shots` precise single-shot timers.
double timerReference(int shots)
{
    double worst = 0.0;
    for (int shot = 0; shot < shots; ++shot) {
        const auto aim = Clock::now() + std::chrono::milliseconds(250);
        Clock::time_point fired;
        QTimer::singleShot(250, Qt::PreciseTimer, qApp, [&fired] { fired = Clock::now(); });
        while (fired == Clock::time_point())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        worst = std::max(worst, std::abs(msBetween(aim, fired)));
    }
    return worst;
}

/// Waits until `test` holds, for up to `ms`.
template <typename Test>
bool waitFor(Test test, int ms)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(ms);
    while (!test()) {
        if (Clock::now() > deadline)
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// Says no to the dialog now asking for readings (Skip), and closes the summary.
void answerDialogs(viparita::app::SessionController &session)
{
    using Stage = viparita::app::SessionController::Stage;
    if (!waitFor([&] { return session.currentDialog() != nullptr; }, 5000))
        fail(u"no dialog came up"_s);
    session.currentDialog()->reject(); // "Skip" of the readings after
    if (!waitFor([&] { return session.stage() == Stage::Summary && session.currentDialog(); },
                 5000))
        fail(u"no summary came up"_s);
    session.currentDialog()->accept();
    if (!waitFor([&] { return session.stage() == Stage::Idle; }, 5000))
        fail(u"the session did not end"_s);
}

const char *shortSteps = R"({
  "format": "viparita.sequence/1",
  "id": "bench-short-steps",
  "title": "Short steps",
  "description": "Ten-second steps, one on both sides, for measuring the timing.",
  "language": "en",
  "version": 1,
  "steps": [
    {"id": "a", "title": "Step A", "targets": ["legs"], "duration": 10, "image": "hamstrings",
     "cues": [{"at": "start", "text": "Step A."}]},
    {"id": "b", "title": "Step B", "targets": ["hips"], "duration": 10, "sides": "both",
     "image": "ankle-to-knee", "cues": [{"at": "start", "text": "Step B."}]},
    {"id": "c", "title": "Step C", "targets": ["back"], "duration": 10, "image": "twist",
     "cues": [{"at": "start", "text": "Step C."}]},
    {"id": "d", "title": "Step D", "targets": ["rest"], "duration": 10, "image": "bolster",
     "cues": [{"at": "start", "text": "Step D."}]}
  ]
})";

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    if (argc < 2)
        fail(u"usage: viparita_bench_session JOURNAL"_s);
    if (qEnvironmentVariableIsEmpty("DISPLAY") || QGuiApplication::platformName() != u"xcb"_s)
        fail(u"needs an X server: run it with DISPLAY set (scripts/bench.sh starts Xvfb)"_s);

    QTemporaryDir folder;
    const QString journalPath = folder.filePath(u"journal.sqlite"_s);
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), journalPath))
        fail(u"cannot copy the journal %1"_s.arg(QString::fromLocal8Bit(argv[1])));
    QFile::setPermissions(journalPath, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = viparita::Journal::open(journalPath, {});
    if (!opened.journal || opened.journal->isReadOnly())
        fail(opened.error.message);
    const QString sequences = folder.filePath(u"sequences"_s);
    QDir().mkpath(sequences);
    QFile sequenceFile(QDir(sequences).filePath(u"bench-short-steps.json"_s));
    if (!sequenceFile.open(QIODevice::WriteOnly) || sequenceFile.write(shortSteps) < 0)
        fail(u"cannot write the short-steps sequence"_s);
    sequenceFile.close();
    const auto library = viparita::SequenceLibrary::load(sequences);
    if (!library.find(u"bench-short-steps"_s))
        fail(u"the short-steps sequence did not load"_s);

    viparita::app::Settings settings(folder.filePath(u"settings.ini"_s));
    settings.setValue(viparita::app::Settings::Key::CautionsAcknowledged, true);
    viparita::app::Theme::apply(application, viparita::app::Theme::fromName(settings.text(
                                                 viparita::app::Settings::Key::Theme)));
    viparita::app::MainWindow window(library, settings, opened.journal.get());
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(u"the window was never shown"_s);
    viparita::app::SessionController &session = *window.session();
    using Stage = viparita::app::SessionController::Stage;

    // Timers on the home page.
    TimerCounter counter;
    QTest::qWait(2000);
    std::fprintf(stderr, "timers on the home page for 10 s...\n");
    const TimerCounter::Count home = counter.measure(10, u"home page"_s);

    // Timers with a session paused.
    std::fprintf(stderr, "timers with a session paused for 10 s...\n");
    if (!window.startSession(u"healing"_s, {}))
        fail(u"the healing sequence did not start"_s);
    if (!waitFor([&] { return session.currentDialog() != nullptr; }, 5000))
        fail(u"no readings dialog before the session"_s);
    session.currentDialog()->done(viparita::app::ReadingDialog::Skipped); // "Skip and start"
    if (!waitFor([&] { return session.stage() == Stage::Playing; }, 5000))
        fail(u"the session did not begin to play"_s);
    QTest::qWait(1000);
    // The counter must see the timers that do fire: while a session plays, the frames'.
    const TimerCounter::Count playing = counter.measure(2, u"playing (control)"_s);
    if (playing.events == 0)
        fail(u"no timer event counted while a session played: the count cannot be trusted"_s);
    auto *page = window.findChild<viparita::app::PlayerPage *>();
    QTest::keyClick(page, Qt::Key_Space);
    if (session.player()->state() != viparita::PlayerState::Paused)
        fail(u"Space did not pause the session"_s);
    QTest::qWait(1000);
    const TimerCounter::Count paused = counter.measure(10, u"paused"_s);
    QTest::keyClick(page, Qt::Key_Escape);
    QTest::keyClick(page, Qt::Key_Return);
    answerDialogs(session);

    // Timing.
    std::fprintf(stderr, "timing: bare precise timers, then a 60 s plan of short steps...\n");
    const double reference = timerReference(20);
    struct Change {
        QString title;
        double plannedMs = 0.0;
        double latenessMs = 0.0;
    };
    QList<Change> changes;
    QString shownTitle;
    Clock::time_point started;
    const auto &player = [&session]() -> viparita::Player & { return *session.player(); };
    QObject::connect(&session, &viparita::app::SessionController::statusTitleChanged, &window,
                     [&](const QString &) {
                         const auto now = Clock::now();
                         if (session.stage() != Stage::Playing || !session.player())
                             return;
                         if (started == Clock::time_point())
                             started = now - player().sessionTime(now);
                         const QString title = page->stepTitle();
                         if (title == shownTitle)
                             return;
                         shownTitle = title;
                         const viparita::PlayerSnapshot snapshot = player().snapshot(now);
                         if (snapshot.settling)
                             return; // the start itself
                         if (snapshot.state == viparita::PlayerState::Finished)
                             return; // the end, with its words to get up: timed as "(end)"
                         const auto &steps = player().plan().steps();
                         double planned = steps.at(snapshot.step).startSeconds * 1000.0;
                         if (snapshot.switchingSide)
                             planned -= 5000.0; // PlanOptions::switchPauseSeconds
                         changes.append({title, planned, msBetween(started, now) - planned});
                     });
    QObject::connect(
        &session, &viparita::app::SessionController::stageChanged, &window, [&](Stage stage) {
            if (stage != Stage::After || started == Clock::time_point())
                return;
            const double planned =
                session.player() ? session.player()->plan().totalSeconds() * 1000.0 : 0.0;
            changes.append({u"(end)"_s, planned, msBetween(started, Clock::now()) - planned});
        });
    viparita::PlanOptions options;
    options.settleSeconds = 5;
    if (!window.startSession(u"bench-short-steps"_s, options))
        fail(u"the short-steps sequence did not start"_s);
    if (!waitFor([&] { return session.currentDialog() != nullptr; }, 5000))
        fail(u"no readings dialog before the session"_s);
    session.currentDialog()->done(viparita::app::ReadingDialog::Skipped);
    if (!waitFor([&] { return session.stage() == Stage::Playing; }, 5000))
        fail(u"the session did not begin to play"_s);
    const int total = session.player()->plan().totalSeconds();
    if (total != 60)
        fail(u"the short-steps plan lasts %1 s, not 60 s"_s.arg(total));
    if (!waitFor([&] { return session.stage() == Stage::After; }, (total + 10) * 1000))
        fail(u"the short-steps session did not end on time"_s);
    answerDialogs(session);

    double worst = 0.0;
    for (const Change &change : changes) {
        std::fprintf(stderr, "  %-32s planned at %6.0f ms, shown %+7.2f ms from it\n",
                     qPrintable(change.title), change.plannedMs, change.latenessMs);
        worst = std::max(worst, std::abs(change.latenessMs));
    }
    const int expectedChanges = 7; // A, B right, switch, B left, C, D, the end
    if (changes.size() != expectedChanges)
        fail(u"saw %1 step changes, expected %2"_s.arg(changes.size()).arg(expectedChanges));

    const auto timerRow = [](const QString &where, const TimerCounter::Count &count) {
        const double rate = count.events / 10.0;
        printRow({"Timers, " + where.toStdString() + " (busiest receiver over 10 s)",
                  count.events == 0 ? std::string("none fired")
                                    : format("%.1f/s: %s", rate, qPrintable(count.who)),
                  "-", "-", "at most 1/s", verdict(rate <= 1.0)});
    };
    timerRow(u"home page"_s, home);
    timerRow(u"session paused"_s, paused);
    printRow({"Step changes of a 60 s plan, worst of 7, real clock", format("%.1f ms late", worst),
              format("%.1f ms (bare precise QTimer, worst of 20)", reference),
              reference > 0.0 ? format("%.1f", worst / reference) : std::string("-"),
              "within 15 ms", verdict(worst <= 15.0)});
    return 0;
}
