#include "test_hooks.h"

#include "readings/reading_dialog.h"
#include "readings/standing_check_dialog.h"
#include "session/session_controller.h"
#include "session/summary_dialog.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace viparita::app {

namespace {

/// Answers the session's dialogs for VIPARITA_AUTO_READING: each reading dialog (and the
/// standing check) is filled and saved, each summary closed, a moment after it is shown.
class DialogAnswerer final : public QObject {
public:
    DialogAnswerer(SessionController *session, QStringList reading, QObject *parent)
        : QObject(parent)
        , m_session(session)
        , m_reading(std::move(reading))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow())
            QTimer::singleShot(20, this, &DialogAnswerer::answer);
        return false;
    }

private:
    void answer()
    {
        QDialog *dialog = m_session->currentDialog();
        if (auto *readings = qobject_cast<ReadingDialog *>(dialog)) {
            readings->enter(0, m_reading.at(0), m_reading.at(1), m_reading.value(2));
            if (readings->canSave())
                readings->accept();
            else
                readings->reject();
        } else if (auto *standing = qobject_cast<StandingCheckDialog *>(dialog)) {
            for (int row = 0; row < 2; ++row)
                standing->enter(row, m_reading.at(0), m_reading.at(1), m_reading.value(2));
            if (standing->canSave())
                standing->accept();
            else
                standing->reject();
        } else if (qobject_cast<SummaryDialog *>(dialog)) {
            dialog->accept();
        }
    }

    SessionController *m_session;
    QStringList m_reading;
};

} // namespace

void installTestHooks(MainWindow &window)
{
    SessionController *session = window.session();
    bool isNumber = false;
    const int speed = qEnvironmentVariableIntValue("VIPARITA_CLOCK_SPEED", &isNumber);
    if (isNumber && speed >= 2 && speed <= 1000) {
        spdlog::warn("Test hook: the session clock runs {} times as fast", speed);
        const auto origin = Player::Clock::now();
        session->setClock(
            [origin, speed] { return origin + (Player::Clock::now() - origin) * speed; });
    }
    const QStringList reading = qEnvironmentVariable("VIPARITA_AUTO_READING").split(u'/');
    if (reading.size() < 2)
        return;
    spdlog::warn("Test hook: the session's dialogs are answered with {}",
                 reading.join(u'/').toStdString());
    // Each dialog is answered as it appears (seen by an event filter, not by polling, so
    // that the hook adds no timer to a session whose CPU use is measured).
    new DialogAnswerer(session, reading, &window);
}

} // namespace viparita::app
