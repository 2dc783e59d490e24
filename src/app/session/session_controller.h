#pragma once

#include "readings/reading_dialog.h"

#include <viparita/core/measurement.h>
#include <viparita/core/player.h>
#include <viparita/core/safety_rules.h>
#include <viparita/core/sequence.h>
#include <viparita/storage/session_recorder.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QTimer;

namespace viparita {
class Journal;
}
namespace viparita::cuff {
struct Intake;
}

namespace viparita::app {

class PlayerPage;
class ScreenSaverInhibitor;
class SessionAnnouncer;
class Settings;
class SoundCues;
class VoiceCues;

/// Runs one session from the readings before it to the summary after it: the
/// flow of what happens next. It drives the player from a timer, shows it on
/// the player page, rings the chimes and reads the cues aloud, keeps the
/// screen awake, and asks for readings (before, during, after, and on standing up when the
/// standing check is on); its SessionRecorder writes the journal
/// as it goes (the session when it starts, each step as it ends, each reading
/// as it is saved).
class SessionController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    using Clock = std::function<Player::TimePoint()>;
    enum class Stage { Idle, Before, Playing, After, Summary };
    Q_ENUM(Stage)

    /// `journal` may be null (nothing is saved then); dialogs open over `dialogParent`.
    SessionController(Settings &settings, Journal *journal, PlayerPage *page, QWidget *dialogParent,
                      QObject *parent = nullptr);
    ~SessionController() override;

    /// Replaces the monotonic clock (tests drive a whole session in no time).
    void setClock(Clock clock);
    /// Stops the frame timer; the session then moves only on tick() (tests).
    void setManualTicks(bool manual);

    /// Starts with the readings before, then plays the sequence.
    void start(const Sequence &sequence, const PlanOptions &options);
    /// Finishes a session a crash interrupted: the readings after, then the summary.
    void finishInterrupted(const SessionRecord &session);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] Player *player() const { return m_player.get(); }
    /// The dialog waiting for the person, if any.
    [[nodiscard]] QDialog *currentDialog() const { return m_dialog; }
    [[nodiscard]] qint64 sessionId() const { return m_recorder.sessionId(); }
    [[nodiscard]] SoundCues &sound() const;
    [[nodiscard]] VoiceCues &voice() const;
    /// What cannot be heard in this session, for the player to say (empty when all can be).
    [[nodiscard]] QString silenceNotice() const;
    [[nodiscard]] ScreenSaverInhibitor &screenSaver() const { return *m_screenSaver; }

    /// Brings the session up to now: events, the page, the breath.
    void tick();

    // Commands, from the page's buttons and keys.
    void togglePause();
    void next();
    void previous();
    void extend();
    void addReadingNow();
    void stop();

Q_SIGNALS:
    void stageChanged(viparita::app::SessionController::Stage stage);
    /// The text for the window title: the time left while playing.
    void statusTitleChanged(const QString &title);
    /// The session is over and saved; back to the home page.
    void finished();

private:
    void setStage(Stage stage);
    void beginPlaying();
    void handle(const PlayerEvent &event);
    void saveEndedSteps(bool all);
    void askDuringReading(bool announce);
    void endPlaying(SessionStatus status);
    void askAfterReadings();
    /// The standing check, when it is on: readings 1 and 3 minutes after standing up.
    void askStandingReadings();
    /// Opens the reading dialog for `purpose`; the readings accepted are saved with the
    /// session, then `then` runs, however the dialog was closed.
    void askReadings(ReadingDialog::Purpose purpose,
                     const std::function<void(const ReadingDialog &)> &then);
    /// Resumes a session paused for a reading.
    void resumeAfterReading();
    /// Keeps the session paused after a reading that calls for care, with what to do now
    /// (said after `spokenFirst`, when given).
    void pauseForSafety(const QList<SafetyAlert> &alerts, const QString &spokenFirst = {});
    /// A reading the cuff measured now: while playing, it is saved as a during-session
    /// reading, said aloud, and checked as a typed one is. False when not playing.
    bool takeCuffReading(const cuff::Intake &intake);
    void showSummary();
    void updateTimer();

    Settings &m_settings;
    SessionRecorder m_recorder;
    PlayerPage *m_page;
    QWidget *m_dialogParent;
    Clock m_clock;
    QTimer *m_timer;
    bool m_manualTicks = false;
    std::unique_ptr<SessionAnnouncer> m_announcer;
    std::unique_ptr<ScreenSaverInhibitor> m_screenSaver;

    Stage m_stage = Stage::Idle;
    std::optional<Sequence> m_sequence;
    std::unique_ptr<Player> m_player;
    QPointer<QDialog> m_dialog;
    /// A session a crash interrupted, being finished.
    std::optional<SessionRecorder::Interrupted> m_interrupted;
    SessionStatus m_endStatus = SessionStatus::Completed;
    int m_practisedSeconds = 0;
    bool m_duringAsked = false;
    bool m_fellOnStanding = false;
    /// A during-session reading from the cuff, to be said once its dialog closed.
    QString m_cuffSpoken;
};

} // namespace viparita::app
