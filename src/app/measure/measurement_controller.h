#pragma once

#include <viparita/core/player.h>
#include <viparita/core/reading.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDialog;
class QTimer;

namespace viparita {
class Journal;
}

namespace viparita::app {

class PlayerPage;
class ReadingDialog;
class SessionAnnouncer;
class Settings;

/// The guided measurement (MeasurementGuide), played by the same player on the same page as a
/// session: five minutes' rest with its countdown and spoken cues, the first reading (the
/// reading dialog, typed or sent by the cuff), a minute, the second reading, then both saved
/// as one measurement in one transaction and its mean shown and said. No session is recorded.
/// The page's Pause, +30 s and Next work as in a session (Next ends the rest early, which the
/// guide says is not the protocol); Stop ends it, keeping a reading already taken.
class MeasurementController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementController)

public:
    using Clock = std::function<Player::TimePoint()>;
    enum class Stage { Idle, Resting, FirstReading, Between, SecondReading, Done };
    Q_ENUM(Stage)

    /// `journal` may be null (nothing is saved then); dialogs open over `dialogParent`.
    MeasurementController(Settings &settings, Journal *journal, PlayerPage *page,
                          QWidget *dialogParent, QObject *parent = nullptr);
    ~MeasurementController() override;

    void setClock(Clock clock);
    /// Stops the frame timer; the guide then moves only on tick() (tests).
    void setManualTicks(bool manual);

    void start();
    void tick();
    /// Ends it now: readings already taken are saved, nothing more is asked.
    void stop();

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool isActive() const { return m_stage != Stage::Idle; }
    [[nodiscard]] ReadingDialog *currentDialog() const;
    /// The readings taken so far (as saved).
    [[nodiscard]] const QList<Reading> &readings() const { return m_readings; }
    /// What the end said: the measurement's mean and its readings, or why nothing was saved.
    [[nodiscard]] const QString &outcome() const { return m_outcome; }

Q_SIGNALS:
    void stageChanged(viparita::app::MeasurementController::Stage stage);
    void statusTitleChanged(const QString &title);
    /// It is over (saved, or ended without readings); back to where it was started.
    void finished();

private:
    void setStage(Stage stage);
    void handle(const PlayerEvent &event);
    void askReading(int number);
    void finish();
    void updateTimer();

    Settings &m_settings;
    Journal *m_journal;
    PlayerPage *m_page;
    QWidget *m_dialogParent;
    Clock m_clock;
    QTimer *m_timer;
    bool m_manualTicks = false;
    std::unique_ptr<SessionAnnouncer> m_announcer;
    std::unique_ptr<Player> m_player;
    QPointer<QDialog> m_dialog;
    Stage m_stage = Stage::Idle;
    QList<Reading> m_readings;
    QString m_outcome;
};

} // namespace viparita::app
