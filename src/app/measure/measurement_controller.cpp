#include "measure/measurement_controller.h"

#include "cuff/cuff_watch.h"
#include "player/player_page.h"
#include "readings/reading_dialog.h"
#include "session/session_announcer.h"
#include "settings/settings.h"

#include <viparita/core/blood_pressure.h>
#include <viparita/core/display_format.h>
#include <viparita/core/measurement_guide.h>
#include <viparita/core/session_plan.h>
#include <viparita/report/cuff_intake.h>
#include <viparita/storage/journal.h>

#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int frameMilliseconds = 100; // a countdown of seconds, no breath to draw

} // namespace

MeasurementController::MeasurementController(Settings &settings, Journal *journal, PlayerPage *page,
                                             QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_page(page)
    , m_dialogParent(dialogParent)
    , m_clock([] { return Player::Clock::now(); })
    , m_timer(new QTimer(this))
    , m_announcer(std::make_unique<SessionAnnouncer>(settings))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        tick();
        updateTimer();
    });
    // The page's controls, while a measurement (not a session) plays.
    const auto whileResting = [this](const std::function<bool(Player &, Player::TimePoint)> &act) {
        if (!m_player || m_dialog || (m_stage != Stage::Resting && m_stage != Stage::Between))
            return;
        if (act(*m_player, m_clock())) {
            tick();
            updateTimer();
        }
    };
    connect(m_page, &PlayerPage::pauseToggled, this, [whileResting] {
        whileResting([](Player &player, Player::TimePoint now) {
            return player.state() == PlayerState::Paused ? player.resume(now) : player.pause(now);
        });
    });
    connect(m_page, &PlayerPage::nextRequested, this, [whileResting] {
        whileResting([](Player &player, Player::TimePoint now) { return player.next(now); });
    });
    connect(m_page, &PlayerPage::previousRequested, this, [whileResting] {
        whileResting([](Player &player, Player::TimePoint now) { return player.previous(now); });
    });
    // "Reading": the reading now, the rest cut short (the person chose to).
    connect(m_page, &PlayerPage::readingRequested, this, [whileResting] {
        whileResting([](Player &player, Player::TimePoint now) { return player.next(now); });
    });
    connect(m_page, &PlayerPage::extendRequested, this, [whileResting] {
        whileResting([](Player &player, Player::TimePoint now) {
            return player.extend(now, std::chrono::seconds(30));
        });
    });
    connect(m_page, &PlayerPage::stopRequested, this, [this] {
        if (isActive())
            stop();
    });
}

MeasurementController::~MeasurementController() = default;

void MeasurementController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void MeasurementController::setManualTicks(bool manual)
{
    m_manualTicks = manual;
    updateTimer();
}

ReadingDialog *MeasurementController::currentDialog() const
{
    return qobject_cast<ReadingDialog *>(m_dialog.data());
}

void MeasurementController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void MeasurementController::start()
{
    if (isActive())
        return;
    PlanOptions options;
    options.settleSeconds = 0;
    auto planned = SessionPlan::create(MeasurementGuide::sequence(), options);
    if (!planned.plan) {
        spdlog::error("Cannot plan the guided measurement: {}", planned.error.toStdString());
        return;
    }
    m_player = std::make_unique<Player>(std::move(*planned.plan));
    m_readings.clear();
    m_outcome.clear();
    m_announcer->reset();
    m_announcer->prepare();
    m_page->setPacerShown(false);
    m_page->setPlan(m_player->plan());
    m_page->showNotice({});
    m_player->start(m_clock());
    setStage(Stage::Resting);
    tick();
    updateTimer();
}

void MeasurementController::updateTimer()
{
    const bool run = !m_manualTicks && m_player && !m_dialog &&
                     (m_stage == Stage::Resting || m_stage == Stage::Between) &&
                     m_player->state() != PlayerState::Paused;
    if (!run) {
        m_timer->stop();
        return;
    }
    const qint64 toStepEnd = m_player->snapshot(m_clock()).stepRemaining.count();
    m_timer->start(static_cast<int>(std::clamp<qint64>(toStepEnd + 1, 0, frameMilliseconds)));
}

void MeasurementController::tick()
{
    if (!m_player || (m_stage != Stage::Resting && m_stage != Stage::Between))
        return;
    const auto now = m_clock();
    for (const PlayerEvent &event : m_player->update(now)) {
        handle(event);
        if (m_stage != Stage::Resting && m_stage != Stage::Between)
            return;
    }
    const PlayerSnapshot snapshot = m_player->snapshot(now);
    m_page->showSnapshot(snapshot);
    Q_EMIT statusTitleChanged(
        tr("%1 left").arg(DisplayFormat::clock(snapshot.stepRemaining.count())));
}

void MeasurementController::handle(const PlayerEvent &event)
{
    const bool readingDue = (event.kind == PlayerEvent::Kind::StepStarted && event.step == 1) ||
                            event.kind == PlayerEvent::Kind::Finished;
    if (!readingDue) {
        if (const auto cue = m_announcer->announce(event, m_player->plan()))
            m_page->showCue(*cue);
        return;
    }
    // The rest (or the minute between) is over: the player holds while the cuff measures.
    m_player->pause(m_clock());
    if (event.kind == PlayerEvent::Kind::StepStarted) {
        setStage(Stage::FirstReading);
        askReading(1);
    } else {
        setStage(Stage::SecondReading);
        askReading(2);
    }
}

void MeasurementController::askReading(int number)
{
    m_page->showCue(number == 1 ? tr("Start the cuff now, and keep still.")
                                : tr("Start the cuff again, and keep still."));
    m_announcer->readingTime(number == 1 ? tr("Five minutes. Start the cuff now.")
                                         : tr("One minute. Start the cuff again."));
    auto *dialog =
        new ReadingDialog(ReadingDialog::Purpose::Guided, m_settings, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGuidedReading(number, MeasurementGuide::readings);
    m_dialog = dialog;
    connect(dialog, &ReadingDialog::cuffReadingReceived, this,
            [this](const Reading &reading) { m_announcer->say(cuff::spokenReading(reading)); });
    // A severe reading is kept however the dialog closes (its panel says what to do).
    connect(dialog, &ReadingDialog::keepReadings, this, [this](const QList<Reading> &readings) {
        for (const Reading &reading : readings) {
            if (!m_readings.contains(reading))
                m_readings.append(reading);
        }
    });
    connect(dialog, &QDialog::finished, this, [this, dialog, number](int result) {
        m_dialog = nullptr;
        if (result == QDialog::Accepted) {
            for (const Reading &reading : dialog->readings()) {
                if (!m_readings.contains(reading))
                    m_readings.append(reading);
            }
        }
        if (result != QDialog::Accepted || number == MeasurementGuide::readings) {
            finish();
            return;
        }
        // A minute, then the second reading.
        setStage(Stage::Between);
        m_player->resume(m_clock());
        tick();
        updateTimer();
    });
    dialog->open();
}

void MeasurementController::stop()
{
    if (!isActive())
        return;
    if (m_dialog) {
        m_dialog->reject(); // its finished() ends the measurement
        return;
    }
    finish();
}

void MeasurementController::finish()
{
    m_timer->stop();
    if (m_player)
        m_player->stop(m_clock());
    const QList<Reading> saved = MeasurementGuide::asSaved(
        m_readings, armFromString(m_settings.text(Settings::Key::UsualArm)));
    if (saved.isEmpty()) {
        m_outcome = tr("The measurement ended without a reading: nothing was saved.");
    } else if (!m_journal) {
        m_outcome = tr("The journal is not open: the readings were not saved.");
    } else if (const auto ids = m_journal->addReadings(saved); !ids.ok()) {
        m_outcome = tr("The readings were not saved: %1").arg(ids.error().message);
    } else {
        m_readings = saved;
        m_outcome = saved.size() == 1
                        ? tr("One reading saved: %1. A second, a minute later, makes a "
                             "measurement your doctor can use.")
                              .arg(MeasurementGuide::describe(saved))
                        : tr("Measurement saved: %1.").arg(MeasurementGuide::describe(saved));
    }
    m_page->showEnded(!saved.isEmpty());
    m_page->showCue(m_outcome);
    m_announcer->say(m_outcome);
    m_page->setPacerShown(true);
    setStage(Stage::Done);
    m_player.reset();
    setStage(Stage::Idle);
    Q_EMIT finished();
}

} // namespace viparita::app
