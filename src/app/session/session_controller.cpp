#include "session/session_controller.h"

#include "cuff/cuff_watch.h"
#include "player/player_page.h"
#include "readings/reading_dialog.h"
#include "readings/standing_check_dialog.h"
#include "session/safety_pause_dialog.h"
#include "session/screen_saver_inhibitor.h"
#include "session/session_announcer.h"
#include "session/sound_cues.h"
#include "session/summary_dialog.h"
#include "session/voice_cues.h"
#include "settings/settings.h"

#include <viparita/core/display_format.h>
#include <viparita/core/during_reading.h>

#include <QTimer>

#include <algorithm>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;
using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace viparita::app {

namespace {

/// Frames while a session plays: the pacer moves smoothly at 30 a second, and repaints
/// only when it moves by a pixel; a step still begins on time (see updateTimer).
constexpr int frameMilliseconds = 33;
constexpr seconds extendBy{30};

} // namespace

SessionController::SessionController(Settings &settings, Journal *journal, PlayerPage *page,
                                     QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_recorder(journal)
    , m_page(page)
    , m_dialogParent(dialogParent)
    , m_clock([] { return Player::Clock::now(); })
    , m_timer(new QTimer(this))
    , m_announcer(std::make_unique<SessionAnnouncer>(settings))
    , m_screenSaver(std::make_unique<ScreenSaverInhibitor>())
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        tick();
        updateTimer();
    });
    connect(m_page, &PlayerPage::pauseToggled, this, &SessionController::togglePause);
    connect(m_page, &PlayerPage::nextRequested, this, &SessionController::next);
    connect(m_page, &PlayerPage::previousRequested, this, &SessionController::previous);
    connect(m_page, &PlayerPage::extendRequested, this, &SessionController::extend);
    connect(m_page, &PlayerPage::readingRequested, this, &SessionController::addReadingNow);
    connect(m_page, &PlayerPage::stopRequested, this, &SessionController::stop);
}

SessionController::~SessionController() = default;

SoundCues &SessionController::sound() const
{
    return m_announcer->sound();
}

VoiceCues &SessionController::voice() const
{
    return m_announcer->voice();
}

void SessionController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SessionController::setManualTicks(bool manual)
{
    m_manualTicks = manual;
    updateTimer();
}

void SessionController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SessionController::start(const Sequence &sequence, const PlanOptions &options)
{
    if (m_stage != Stage::Idle)
        return;
    auto planned = SessionPlan::create(sequence, options);
    if (!planned.plan && options.breath) {
        // A breath that cannot be breathed (a hand-edited custom pace): the sequence's own.
        spdlog::warn("The breathing pace chosen cannot be used ({}); the sequence's own pace "
                     "is used instead",
                     planned.error.toStdString());
        PlanOptions ownPace = options;
        ownPace.breath.reset();
        planned = SessionPlan::create(sequence, ownPace);
    }
    if (!planned.plan) {
        spdlog::error("Cannot plan {}: {}", sequence.id.toStdString(), planned.error.toStdString());
        return;
    }
    m_sequence = sequence;
    // The voice speaks the language the sequence is read in.
    voice().setLocale(QLocale(sequence.language));
    m_player = std::make_unique<Player>(std::move(*planned.plan));
    m_interrupted.reset();
    m_duringAsked = false;
    m_fellOnStanding = false;
    m_announcer->reset();
    setStage(Stage::Before);

    auto *dialog =
        new ReadingDialog(ReadingDialog::Purpose::Before, m_settings, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Severe readings are kept at once, and no session starts on one.
    connect(dialog, &ReadingDialog::keepReadings, this,
            [this](const QList<Reading> &readings) { m_recorder.saveWithoutSession(readings); });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_dialog = nullptr;
        if (dialog->startBlocked())
            spdlog::warn("No session started: the reading before it is in the severe range");
        if (dialog->startBlocked() ||
            (result != QDialog::Accepted && result != ReadingDialog::Skipped)) {
            // Cancel or Esc (or a severe reading): no session, and no record of one.
            m_player.reset();
            setStage(Stage::Idle);
            Q_EMIT finished();
            return;
        }
        const QList<Reading> before =
            result == QDialog::Accepted ? dialog->readings() : QList<Reading>();
        beginPlaying();
        m_recorder.saveReadings(before);
    });
    dialog->open();
    // The sounds and the voice load while the person takes the reading, so that the first
    // cue is on time.
    QMetaObject::invokeMethod(
        this, [this] { m_announcer->prepare(); }, Qt::QueuedConnection);
}

void SessionController::beginPlaying()
{
    const SessionPlan &plan = m_player->plan();
    m_recorder.start(plan, QDateTime::currentDateTime());
    m_page->setPlan(plan);
    m_page->showNotice(silenceNotice());
    m_player->start(m_clock());
    m_screenSaver->inhibit(tr("A guided session is playing"));
    setStage(Stage::Playing);
    // A reading the cuff measures while the legs are up joins the session.
    if (CuffWatch *cuff = CuffWatch::current())
        cuff->wait(this, [this](const cuff::Intake &intake) { return takeCuffReading(intake); });
    tick();
    updateTimer();
}

bool SessionController::takeCuffReading(const cuff::Intake &intake)
{
    if (m_stage != Stage::Playing || !m_player)
        return false;
    Reading reading = intake.reading;
    reading.context = ReadingContext::During;
    reading.position = BodyPosition::Lying;
    reading.arm = armFromString(m_settings.text(Settings::Key::UsualArm));
    m_recorder.saveReadings({reading});
    const QString spoken = cuff::spokenReading(reading);
    m_page->showCue(tr("The cuff's reading, saved with this session: %1/%2 mmHg.")
                        .arg(reading.systolic)
                        .arg(reading.diastolic));

    // Severe, low or a large fall: the session pauses, with what to do now, as for a typed one.
    QList<SafetyAlert> urgent;
    const Measurement during = MeasurementGrouper::mean({reading});
    if (SafetyRules::isSevere(during.systolic, during.diastolic, m_settings.guideline()))
        urgent.append(SafetyRules::severeInSession());
    for (const SafetyAlert &alert :
         SafetyRules::check({during, m_recorder.measurementOf(ReadingContext::Before),
                             m_settings.guideline(), false}))
        if (alert.urgent && alert.flag != SafetyFlag::Severe)
            urgent.append(alert);
    if (urgent.isEmpty()) {
        m_announcer->say(spoken);
        return true;
    }
    if (m_dialog) {
        // Already held (a pause for an earlier reading): what this one calls for is said too.
        QStringList guidance{spoken};
        for (const SafetyAlert &alert : std::as_const(urgent))
            guidance << alert.guidance;
        m_announcer->say(guidance.join(u". "_s));
        return true;
    }
    m_player->pause(m_clock());
    m_screenSaver->release();
    pauseForSafety(urgent, spoken);
    tick();
    updateTimer();
    return true;
}

QString SessionController::silenceNotice() const
{
    const bool wantsSound =
        m_settings.flag(Settings::Key::Chimes) || m_settings.flag(Settings::Key::BreathTones);
    const bool wantsVoice = m_settings.flag(Settings::Key::Voice);
    const bool noSound = wantsSound && !sound().available();
    const bool noVoice = wantsVoice && !voice().available();
    if (noSound && (noVoice || !wantsVoice))
        return tr("No sound output was found: this session is silent. Follow it with your eyes "
                  "open, or connect speakers or headphones (Settings > Sound has a test).");
    if (wantsVoice && !noVoice && !voice().speaksWantedLanguage())
        return tr("No voice here speaks %1: cues are shown, not spoken. Voices in more "
                  "languages come with speech-dispatcher and espeak-ng (the Debian package "
                  "speech-dispatcher-espeak-ng).")
            .arg(QLocale(m_sequence ? m_sequence->language : QString()).nativeLanguageName());
    if (noVoice)
        return noSound || !wantsSound
                   ? tr("No voice is available: cues are shown, not spoken.")
                   : tr("No voice is available: cues are shown and chimed, not spoken.");
    if (noSound)
        return tr("No sound output was found for the chimes: only the voice will guide you.");
    return {};
}

void SessionController::updateTimer()
{
    const bool run = !m_manualTicks && m_stage == Stage::Playing && m_player &&
                     m_player->state() != PlayerState::Paused && !m_dialog;
    if (!run) {
        m_timer->stop();
        return;
    }
    // The next frame, or the end of this step if that comes first, so that the next step
    // (its chime, its title) begins on time rather than up to a frame late.
    const qint64 toStepEnd = m_player->snapshot(m_clock()).stepRemaining.count();
    m_timer->start(static_cast<int>(std::clamp<qint64>(toStepEnd + 1, 0, frameMilliseconds)));
}

void SessionController::tick()
{
    if (m_stage != Stage::Playing || !m_player)
        return;
    const auto now = m_clock();
    for (const PlayerEvent &event : m_player->update(now))
        handle(event);
    if (m_stage != Stage::Playing)
        return;
    const PlayerSnapshot snapshot = m_player->snapshot(now);
    m_page->showSnapshot(snapshot);
    const BreathState breath = m_player->breath(now);
    m_page->showBreath(breath);
    m_announcer->breathe(breath, snapshot.state == PlayerState::Paused);
    Q_EMIT statusTitleChanged(
        tr("%1 left").arg(DisplayFormat::clock(snapshot.sessionRemaining.count())));
}

void SessionController::handle(const PlayerEvent &event)
{
    if (const auto cue = m_announcer->announce(event, m_player->plan()))
        m_page->showCue(*cue);
    if (DuringReading::isDue({m_settings.flag(Settings::Key::TakesMedication)}, m_player->plan(),
                             event, m_duringAsked)) {
        m_duringAsked = true;
        askDuringReading(true);
    }
    switch (event.kind) {
    case PlayerEvent::Kind::StepStarted: {
        // The journal is written once the page shows the new step: a write waits for the
        // disk, and the step must not.
        QMetaObject::invokeMethod(
            this, [this] { saveEndedSteps(false); }, Qt::QueuedConnection);
        break;
    }
    case PlayerEvent::Kind::SideSwitch:
        QMetaObject::invokeMethod(
            this, [this] { saveEndedSteps(false); }, Qt::QueuedConnection);
        break;
    case PlayerEvent::Kind::Finished:
        endPlaying(SessionStatus::Completed);
        break;
    case PlayerEvent::Kind::SettleStarted:
    case PlayerEvent::Kind::Cue:
    case PlayerEvent::Kind::TenSecondsLeft:
    case PlayerEvent::Kind::Halfway:
        break;
    }
}

void SessionController::saveEndedSteps(bool all)
{
    if (!m_player)
        return;
    // The step under way is saved when it ends (or when the session does).
    std::optional<int> underWay;
    if (!all) {
        const PlayerSnapshot snapshot = m_player->snapshot(m_clock());
        if (!snapshot.switchingSide)
            underWay = snapshot.step;
    }
    m_recorder.saveSteps(m_player->stepLog(), underWay);
}

void SessionController::askDuringReading(bool announce)
{
    if (m_dialog || !m_player)
        return;
    const auto now = m_clock();
    m_player->pause(now);
    if (announce)
        m_announcer->readingDue();
    m_screenSaver->release();
    askReadings(ReadingDialog::Purpose::During, [this](const ReadingDialog &dialog) {
        // Severe, low, a large fall, or faint: the session stays paused, with what to do now.
        QList<SafetyAlert> urgent;
        if (!dialog.severeReadings().isEmpty())
            urgent.append(SafetyRules::severeInSession());
        if (const auto during = dialog.measurement()) {
            for (const SafetyAlert &alert :
                 SafetyRules::check({*during, m_recorder.measurementOf(ReadingContext::Before),
                                     m_settings.guideline(), dialog.feelsFaint()}))
                if (alert.urgent && alert.flag != SafetyFlag::Severe)
                    urgent.append(alert);
        } else if (dialog.feelsFaint()) {
            urgent.append(SafetyRules::alert(SafetyFlag::Low));
        }
        const QString spoken = std::exchange(m_cuffSpoken, QString());
        if (urgent.isEmpty()) {
            if (!spoken.isEmpty())
                m_announcer->say(spoken);
            resumeAfterReading();
        } else {
            pauseForSafety(urgent, spoken);
        }
    });
    tick();
    updateTimer();
}

void SessionController::resumeAfterReading()
{
    if (m_player && m_player->state() == PlayerState::Paused) {
        m_player->resume(m_clock());
        m_screenSaver->inhibit(tr("A guided session is playing"));
    }
    tick();
    updateTimer();
}

void SessionController::pauseForSafety(const QList<SafetyAlert> &alerts, const QString &spokenFirst)
{
    auto *dialog = new SafetyPauseDialog(alerts, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_announcer->say(spokenFirst.isEmpty() ? dialog->guidance()
                                           : spokenFirst + u". "_s + dialog->guidance());
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_dialog = nullptr;
        if (result == QDialog::Accepted)
            resumeAfterReading();
        else
            stop();
    });
    dialog->open();
}

void SessionController::togglePause()
{
    if (m_stage != Stage::Playing || !m_player || m_dialog)
        return;
    const auto now = m_clock();
    if (m_player->state() == PlayerState::Paused) {
        m_player->resume(now);
        m_screenSaver->inhibit(tr("A guided session is playing"));
    } else if (m_player->pause(now)) {
        m_screenSaver->release();
        m_announcer->paused();
    }
    tick();
    updateTimer();
}

void SessionController::next()
{
    if (m_stage == Stage::Playing && m_player && !m_dialog && m_player->next(m_clock()))
        tick();
}

void SessionController::previous()
{
    if (m_stage == Stage::Playing && m_player && !m_dialog && m_player->previous(m_clock()))
        tick();
}

void SessionController::extend()
{
    if (m_stage == Stage::Playing && m_player && !m_dialog &&
        m_player->extend(m_clock(), extendBy)) {
        m_page->showCue(tr("30 more seconds in this step."));
        tick();
    }
}

void SessionController::addReadingNow()
{
    if (m_stage == Stage::Playing && m_player && !m_dialog)
        askDuringReading(false);
}

void SessionController::stop()
{
    if (m_stage != Stage::Playing || !m_player || m_dialog)
        return;
    const auto now = m_clock();
    for (const PlayerEvent &event : m_player->update(now))
        handle(event);
    if (m_stage == Stage::Playing && m_player->stop(now))
        endPlaying(SessionStatus::Stopped);
}

void SessionController::endPlaying(SessionStatus status)
{
    if (CuffWatch *cuff = CuffWatch::current())
        cuff->release(this);
    m_endStatus = status;
    m_practisedSeconds =
        static_cast<int>(duration_cast<seconds>(m_player->sessionTime(m_clock())).count());
    m_screenSaver->release();
    m_page->showEnded(status == SessionStatus::Completed);
    Q_EMIT statusTitleChanged(status == SessionStatus::Completed ? tr("Session ended")
                                                                 : tr("Session stopped"));
    setStage(Stage::After);
    saveEndedSteps(true);
    updateTimer();
    askAfterReadings();
}

void SessionController::askAfterReadings()
{
    askReadings(ReadingDialog::Purpose::After, [this](const ReadingDialog &) {
        if (m_settings.flag(Settings::Key::StandingCheck))
            askStandingReadings();
        else
            showSummary();
    });
}

void SessionController::askStandingReadings()
{
    auto *dialog = new StandingCheckDialog(
        m_settings, SafetyRules::referenceFor(ReadingContext::Standing, m_recorder.readings()),
        m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &StandingCheckDialog::measureNow, this,
            [this](const QString &spoken) { m_announcer->readingTime(spoken); });
    connect(dialog, &StandingCheckDialog::guidanceDue, this,
            [this](const QString &spoken) { m_announcer->say(spoken); });
    connect(dialog, &StandingCheckDialog::cuffReadingReceived, this,
            [this](const Reading &reading) { m_announcer->say(cuff::spokenReading(reading)); });
    connect(dialog, &StandingCheckDialog::keepReadings, this,
            [this](const QList<Reading> &readings) { m_recorder.saveReadings(readings); });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_recorder.saveReadings(dialog->readings());
            m_fellOnStanding = dialog->orthostatic();
        }
        m_dialog = nullptr;
        showSummary();
    });
    dialog->open();
}

void SessionController::askReadings(ReadingDialog::Purpose purpose,
                                    const std::function<void(const ReadingDialog &)> &then)
{
    auto *dialog = new ReadingDialog(
        purpose, m_settings, m_recorder.measurementOf(ReadingContext::Before), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ReadingDialog::keepReadings, this,
            [this](const QList<Reading> &readings) { m_recorder.saveReadings(readings); });
    connect(dialog, &ReadingDialog::cuffReadingReceived, this,
            [this, purpose](const Reading &reading) {
                // During the practice it is said with what follows it (the guidance of a low one).
                if (purpose == ReadingDialog::Purpose::During)
                    m_cuffSpoken = cuff::spokenReading(reading);
                else
                    m_announcer->say(cuff::spokenReading(reading));
            });
    connect(dialog, &QDialog::finished, this, [this, dialog, then](int result) {
        if (result == QDialog::Accepted)
            m_recorder.saveReadings(dialog->readings());
        m_dialog = nullptr;
        then(*dialog);
    });
    dialog->open();
}

void SessionController::showSummary()
{
    setStage(Stage::Summary);
    SummaryDialog::Facts facts;
    facts.stopped = m_endStatus == SessionStatus::Stopped;
    facts.practisedSeconds = m_practisedSeconds;
    if (m_player) {
        facts.sequenceTitle = m_player->plan().sequenceTitle();
        facts.stepsPlanned = static_cast<int>(m_player->plan().steps().size());
        for (const StepRecord &record : m_player->stepLog()) {
            if (record.skipped)
                ++facts.stepsSkipped;
            else
                ++facts.stepsDone;
        }
    } else if (m_interrupted) {
        facts.sequenceTitle = m_interrupted->sequenceTitle;
        facts.stepsDone = m_interrupted->stepsDone;
        facts.stepsSkipped = m_interrupted->stepsSkipped;
        facts.stepsPlanned = m_interrupted->stepsDone;
    }
    facts.before = m_recorder.measurementOf(ReadingContext::Before);
    facts.after = m_recorder.measurementOf(ReadingContext::After);
    for (const Reading &reading : m_recorder.readings()) {
        if (reading.context == ReadingContext::Standing)
            facts.standing.append(reading);
        else if (reading.context == ReadingContext::During)
            facts.during.append(reading);
    }
    facts.fellOnStanding = m_fellOnStanding;

    auto *dialog = new SummaryDialog(facts, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == SummaryDialog::Discarded)
            m_recorder.discard(QDateTime::currentDateTime(), m_practisedSeconds);
        else
            m_recorder.finish(m_endStatus, QDateTime::currentDateTime(), m_practisedSeconds,
                              dialog->feeling(), dialog->note());
        m_dialog = nullptr;
        m_player.reset();
        m_interrupted.reset();
        setStage(Stage::Idle);
        Q_EMIT statusTitleChanged(QString());
        Q_EMIT finished();
    });
    dialog->open();
}

void SessionController::finishInterrupted(const SessionRecord &session)
{
    if (m_stage != Stage::Idle)
        return;
    m_interrupted = m_recorder.resume(session);
    if (!m_interrupted)
        return;
    m_player.reset();
    m_fellOnStanding = false;
    m_endStatus = SessionStatus::Completed;
    m_practisedSeconds = m_interrupted->practisedSeconds;
    setStage(Stage::After);
    askAfterReadings();
}

} // namespace viparita::app
