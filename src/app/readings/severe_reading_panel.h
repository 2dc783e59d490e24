#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace viparita::app {

/// What a reading in the severe range calls for, step by step: do not start the practice;
/// rest quietly for five minutes (a timer counts them down), then measure again; with any of
/// the warning signs, call the emergency number now; still this high on the recheck and no
/// warning signs, contact a clinician today.
class SevereReadingPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SevereReadingPanel)

public:
    explicit SevereReadingPanel(QWidget *parent = nullptr);

    /// The latest measurement is severe; `rechecks` measurements were taken again after rest
    /// and were still severe.
    void showSevere(int rechecks);
    /// The practice has begun (a reading during or after it): the words say to leave it for
    /// today and come up slowly, rather than not to start it.
    void setInSession(bool inSession);
    /// Starts the rest timer (as the button does).
    void startRest();
    /// Ends the rest at once (for tests): the recheck is offered.
    void finishRest();
    [[nodiscard]] bool isResting() const;
    /// The person has one of the warning signs.
    [[nodiscard]] bool hasSymptoms() const;
    void setSymptoms(bool symptoms);
    /// What the panel says now, as plain text.
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// The rest is over (or skipped): the readings so far are kept, and new ones are wanted.
    void recheckRequested();

private:
    void tick();
    void update();

    QLabel *m_title = nullptr;
    QLabel *m_guidance = nullptr;
    QCheckBox *m_symptoms = nullptr;
    QLabel *m_emergency = nullptr;
    QLabel *m_rest = nullptr;
    QPushButton *m_restButton = nullptr;
    QPushButton *m_recheckButton = nullptr;
    QTimer *m_timer = nullptr;
    int m_secondsLeft = 0;
    int m_rechecks = 0;
    bool m_inSession = false;
    bool m_restDone = false;
};

} // namespace viparita::app
