#pragma once

#include <viparita/core/player.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;

namespace viparita::app {

class BreathPacerWidget;
class CountdownRing;
class PoseView;
class StepProgressBar;

/// The guided session on screen: the step, its cue in large type, its
/// picture, a countdown ring, the breath pacer, the progress through the
/// session and the controls. It shows what it is told and asks for
/// commands; the session controller runs the player.
class PlayerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerPage)

public:
    explicit PlayerPage(QWidget *parent = nullptr);

    /// A new plan: the marks of its steps on the progress bar.
    void setPlan(const SessionPlan &plan);
    void showSnapshot(const PlayerSnapshot &snapshot);
    void showCue(const QString &text);
    /// The session is over (`completed`, or stopped early): the page says so, and the clock
    /// stands at zero rather than at the last second shown.
    void showEnded(bool completed);
    /// A quiet line above the step (empty to hide it): what cannot be heard this session.
    void showNotice(const QString &text);
    [[nodiscard]] QString notice() const;
    void showBreath(const BreathState &state);
    /// Whether the breath pacer shows (a guided measurement breathes as it comes: none).
    /// Taken by the next setPlan().
    void setPacerShown(bool shown) { m_pacerShown = shown; }

    [[nodiscard]] QString stepTitle() const;
    [[nodiscard]] QString cueText() const;
    [[nodiscard]] bool isAskingToStop() const;

Q_SIGNALS:
    void pauseToggled();
    void nextRequested();
    void previousRequested();
    void extendRequested();
    void readingRequested();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    /// Shows (or hides) the bar that asks whether to stop the session.
    void askToStop(bool ask);

private:
    void scaleFonts();

    const SessionPlan *m_plan = nullptr;
    std::optional<SessionPlan> m_planCopy;
    QList<QPushButton *> m_controls; ///< Previous, Pause, Next, +30 s, Reading, Stop
    QLabel *m_notice = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_targets = nullptr;
    QLabel *m_cue = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_state = nullptr;
    PoseView *m_pose = nullptr;
    CountdownRing *m_ring = nullptr;
    BreathPacerWidget *m_pacer = nullptr;
    StepProgressBar *m_progress = nullptr;
    QPushButton *m_pause = nullptr;
    QFrame *m_stopBar = nullptr;
    int m_shownStep = -2;
    bool m_shownSwitching = false;
    bool m_pacerShown = true;
};

} // namespace viparita::app
