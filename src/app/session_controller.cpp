#include "session_controller.h"

#include "player_page.h"
#include "reading_dialog.h"
#include "screen_saver_inhibitor.h"
#include "settings.h"
#include "sound_cues.h"
#include "summary_dialog.h"
#include "voice_cues.h"

#include <viparita/storage/journal.h>

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

QString patternText(const BreathPattern &pattern)
{
    return u"%1-%2-%3-%4"_s.arg(pattern.inhale)
        .arg(pattern.holdIn)
        .arg(pattern.exhale)
        .arg(pattern.holdOut);
}

} // namespace

SessionController::SessionController(Settings &settings, Journal *journal, PlayerPage *page,
                                     QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_page(page)
    , m_dialogParent(dialogParent)
    , m_clock([] { return Player::Clock::now(); })
    , m_timer(new QTimer(this))
    , m_sound(std::make_unique<SoundCues>(settings))
    , m_voice(std::make_unique<VoiceCues>(settings))
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
    if (!planned.plan) {
        spdlog::error("Cannot plan {}: {}", sequence.id.toStdString(), planned.error.toStdString());
        return;
    }
    m_sequence = sequence;
    m_player = std::make_unique<Player>(std::move(*planned.plan));
    m_readings.clear();
    m_sessionId = 0;
    m_duringAsked = false;
    m_lastPhase.reset();
    setStage(Stage::Before);

    auto *dialog =
        new ReadingDialog(ReadingDialog::Purpose::Before, m_settings, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        const QList<Reading> before =
            result == QDialog::Accepted ? dialog->readings() : QList<Reading>();
        m_dialog = nullptr;
        beginPlaying();
        saveReadings(before);
    });
    dialog->open();
    // The sounds and the voice load while the person takes the reading, so that the first
    // cue is on time.
    QMetaObject::invokeMethod(
        m_voice.get(),
        [this] {
            m_sound->prepare();
            if (m_settings.flag(Settings::Key::Voice))
                m_voice->prepare();
        },
        Qt::QueuedConnection);
}

void SessionController::beginPlaying()
{
    const SessionPlan &plan = m_player->plan();
    if (m_journal && !m_journal->isReadOnly()) {
        SessionRecord session;
        session.sequenceId = plan.sequenceId();
        session.sequenceVersion = plan.sequenceVersion();
        session.sequenceTitle = plan.sequenceTitle();
        const QDateTime now = QDateTime::currentDateTime();
        session.startedAt = now.toOffsetFromUtc(now.offsetFromUtc());
        session.plannedSeconds = plan.totalSeconds();
        session.breathPattern = plan.breath().end ? patternText(plan.breath().start) + u" > "_s +
                                                        patternText(*plan.breath().end)
                                                  : patternText(plan.breath().start);
        const auto saved = m_journal->startSession(session);
        if (saved.ok()) {
            m_sessionId = *saved;
            spdlog::info("Session {} started and saved", m_sessionId);
        } else {
            spdlog::error("The session could not be saved: {}",
                          saved.error().message.toStdString());
        }
    } else if (!m_warnedNoJournal) {
        spdlog::warn("No writable journal: this session will not be saved");
        m_warnedNoJournal = true;
    }
    m_page->setPlan(plan);
    m_player->start(m_clock());
    m_screenSaver->inhibit(tr("A guided session is playing"));
    setStage(Stage::Playing);
    tick();
    updateTimer();
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
    if (snapshot.state != PlayerState::Paused && breath.phase != m_lastPhase) {
        if (m_lastPhase)
            m_sound->breathTone(breath.phase);
        m_lastPhase = breath.phase;
    }
    const qint64 left = (snapshot.sessionRemaining.count() + 999) / 1000;
    Q_EMIT statusTitleChanged(
        tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

QString SessionController::stepName(int step) const
{
    const auto &steps = m_player->plan().steps();
    if (step < 0 || step >= steps.size())
        return {};
    const PlannedStep &planned = steps.at(step);
    if (!planned.side)
        return planned.title;
    return planned.side == Side::Right ? tr("%1, right side").arg(planned.title)
                                       : tr("%1, left side").arg(planned.title);
}

void SessionController::handle(const PlayerEvent &event)
{
    const bool eyesClosed = m_settings.flag(Settings::Key::EyesClosed);
    switch (event.kind) {
    case PlayerEvent::Kind::SettleStarted:
        m_page->showCue(tr("Settle in by the wall."));
        break;
    case PlayerEvent::Kind::StepStarted: {
        // The journal is written once the page shows the new step: a write waits for the
        // disk, and the step must not.
        QMetaObject::invokeMethod(
            this, [this] { saveEndedSteps(false); }, Qt::QueuedConnection);
        m_sound->stepChime();
        m_page->showCue(QString());
        if (!event.stale)
            m_voice->sayNow(stepName(event.step));
        const PlannedStep &step = m_player->plan().steps().at(event.step);
        if (!m_duringAsked && m_settings.flag(Settings::Key::TakesMedication) &&
            step.stepId == m_settings.text(Settings::Key::DuringReadingStep) &&
            step.side != Side::Left) {
            m_duringAsked = true;
            askDuringReading(true);
        }
        break;
    }
    case PlayerEvent::Kind::Cue:
        m_page->showCue(event.text);
        if (event.spoken && !event.stale)
            m_voice->say(event.text);
        break;
    case PlayerEvent::Kind::SideSwitch:
        QMetaObject::invokeMethod(
            this, [this] { saveEndedSteps(false); }, Qt::QueuedConnection);
        m_sound->sideChime();
        m_page->showCue(tr("Switch sides, slowly."));
        if (!event.stale)
            m_voice->sayNow(tr("Switch to the left side."));
        break;
    case PlayerEvent::Kind::TenSecondsLeft:
        if (eyesClosed && !event.stale) {
            const int next = event.step + 1;
            m_voice->say(next < m_player->plan().steps().size()
                             ? tr("Ten seconds left. Next: %1.").arg(stepName(next))
                             : tr("Ten seconds left."));
        }
        break;
    case PlayerEvent::Kind::Halfway:
        if (eyesClosed && !event.stale)
            m_voice->say(tr("Halfway through."));
        break;
    case PlayerEvent::Kind::Finished:
        m_sound->endBell();
        m_voice->sayNow(tr("The session is complete. Bend your knees, roll onto one side and rest "
                           "for a moment before you sit up, slowly."));
        endPlaying(SessionStatus::Completed);
        break;
    }
}

void SessionController::saveEndedSteps(bool all)
{
    if (!m_journal || m_sessionId == 0 || !m_player)
        return;
    const PlayerSnapshot snapshot = m_player->snapshot(m_clock());
    for (const StepRecord &record : m_player->stepLog()) {
        // The step under way is saved when it ends (or when the session does).
        if (!all && record.step == snapshot.step && !snapshot.switchingSide)
            continue;
        SessionStepRecord step{record.step,
                               record.stepId,
                               record.side,
                               record.plannedSeconds,
                               record.actualSeconds,
                               record.skipped,
                               record.extendedBySeconds};
        const auto saved = m_journal->addSessionStep(m_sessionId, step);
        if (!saved.ok())
            spdlog::error("A step could not be saved: {}", saved.error().message.toStdString());
    }
}

void SessionController::saveReadings(const QList<Reading> &readings)
{
    for (Reading reading : readings) {
        if (m_journal && m_sessionId != 0) {
            reading.sessionId = m_sessionId;
            const auto saved = m_journal->addReading(reading);
            if (saved.ok()) {
                reading.id = *saved;
                spdlog::info("Reading {} of session {} saved ({})", reading.id, m_sessionId,
                             toString(reading.context).toStdString());
            } else {
                spdlog::error("A reading could not be saved: {}",
                              saved.error().message.toStdString());
            }
        }
        m_readings.append(reading);
    }
}

std::optional<Measurement> SessionController::measurementOf(ReadingContext context) const
{
    QList<Reading> chosen;
    for (const Reading &reading : m_readings) {
        if (reading.context == context)
            chosen.append(reading);
    }
    if (chosen.isEmpty())
        return std::nullopt;
    return MeasurementGrouper::mean(chosen);
}

void SessionController::askDuringReading(bool announce)
{
    if (m_dialog || !m_player)
        return;
    const auto now = m_clock();
    m_player->pause(now);
    if (announce)
        m_voice->sayNow(tr("Time for a blood-pressure reading. The session is paused."));
    m_screenSaver->release();
    auto *dialog = new ReadingDialog(ReadingDialog::Purpose::During, m_settings,
                                     measurementOf(ReadingContext::Before), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            saveReadings(dialog->readings());
        m_dialog = nullptr;
        if (m_player && m_player->state() == PlayerState::Paused) {
            m_player->resume(m_clock());
            m_screenSaver->inhibit(tr("A guided session is playing"));
        }
        tick();
        updateTimer();
    });
    dialog->open();
    tick();
    updateTimer();
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
        m_voice->stop();
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
    m_endStatus = status;
    m_practisedSeconds =
        static_cast<int>(duration_cast<seconds>(m_player->sessionTime(m_clock())).count());
    m_screenSaver->release();
    setStage(Stage::After);
    saveEndedSteps(true);
    updateTimer();
    askAfterReadings();
}

void SessionController::askAfterReadings()
{
    auto *dialog = new ReadingDialog(ReadingDialog::Purpose::After, m_settings,
                                     measurementOf(ReadingContext::Before), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            saveReadings(dialog->readings());
        m_dialog = nullptr;
        showSummary();
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
            ++facts.stepsDone;
            facts.stepsSkipped += record.skipped ? 1 : 0;
        }
    } else if (m_journal && m_sessionId != 0) {
        const auto session = m_journal->session(m_sessionId);
        const auto steps = m_journal->sessionSteps(m_sessionId);
        if (session.ok())
            facts.sequenceTitle = session->sequenceTitle;
        if (steps.ok()) {
            for (const SessionStepRecord &step : *steps) {
                ++facts.stepsDone;
                facts.stepsSkipped += step.skipped ? 1 : 0;
            }
            facts.stepsPlanned = facts.stepsDone;
        }
    }
    facts.before = measurementOf(ReadingContext::Before);
    facts.after = measurementOf(ReadingContext::After);

    auto *dialog = new SummaryDialog(facts, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int) {
        if (m_journal && m_sessionId != 0) {
            const QDateTime now = QDateTime::currentDateTime();
            const auto saved = m_journal->finishSession(
                m_sessionId, m_endStatus, now.toOffsetFromUtc(now.offsetFromUtc()),
                m_practisedSeconds, dialog->feeling(), dialog->note());
            if (saved.ok())
                spdlog::info("Session {} finished and saved ({})", m_sessionId,
                             toString(m_endStatus).toStdString());
            else
                spdlog::error("The session could not be finished: {}",
                              saved.error().message.toStdString());
        }
        m_dialog = nullptr;
        m_player.reset();
        setStage(Stage::Idle);
        Q_EMIT statusTitleChanged(QString());
        Q_EMIT finished();
    });
    dialog->open();
}

void SessionController::finishInterrupted(const SessionRecord &session)
{
    if (m_stage != Stage::Idle || !m_journal)
        return;
    m_player.reset();
    m_sessionId = session.id;
    m_readings.clear();
    const auto readings = m_journal->readingsOfSession(session.id);
    if (readings.ok())
        m_readings = *readings;
    m_endStatus = SessionStatus::Completed;
    m_practisedSeconds = 0;
    const auto steps = m_journal->sessionSteps(session.id);
    if (steps.ok()) {
        double total = 0.0;
        for (const SessionStepRecord &step : *steps)
            total += step.actualSeconds;
        m_practisedSeconds = static_cast<int>(total);
    }
    setStage(Stage::After);
    askAfterReadings();
}

} // namespace viparita::app
