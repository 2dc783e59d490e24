#pragma once

#include <viparita/core/reminder_schedule.h>

#include <QDBusConnection>
#include <QHash>
#include <QObject>

#include <optional>

class QSettings;
class QTimer;

namespace viparita::reminders {

/// The reminders while the app's window is closed: it sleeps until the next reminder is due
/// (one timer, no polling), then shows it as a desktop notification
/// (org.freedesktop.Notifications) with Start and Later. Start opens the app on the session
/// last practised, or on the guided measurement for a home week's slot; Later shows it again
/// ten minutes on. It reads what to remind of from the app's settings and the weeks from the
/// journal, again on Reload() (the app calls it after a change) and on waking from sleep (a
/// timer does not count the time a computer sleeps). With nothing to remind of, it quits.
class ReminderService final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.viparita.Reminders")

public:
    struct Options {
        QString settingsFile; ///< an INI file; empty: the app's own settings
        QString journalPath;  ///< the journal; empty: the app's default
        QString appCommand;   ///< the app to start; empty: `viparita` beside this program
    };

    ReminderService(Options options, QDBusConnection bus, QObject *parent = nullptr);
    ~ReminderService() override;

    /// Listens for the notifications' actions and for waking from sleep, and plans the first
    /// reminder. False when the session bus is not there.
    bool start();

    /// The reminder the timer waits for, if any.
    [[nodiscard]] const std::optional<Reminder> &waitingFor() const { return m_next; }

public Q_SLOTS:
    /// Reads the settings and the weeks again and waits for the next reminder.
    Q_SCRIPTABLE void Reload();
    /// Stops: reminders were turned off.
    Q_SCRIPTABLE void Quit();

private Q_SLOTS:
    void actionInvoked(uint id, const QString &action);
    void notificationClosed(uint id, uint reason);
    void preparingForSleep(bool sleeping);

private:
    [[nodiscard]] ReminderPlan readPlan() const;
    [[nodiscard]] QList<QDate> readWeeks(QString *lastSequence) const;
    void fire();
    void notify(const Reminder &reminder);
    void launch(const Reminder &reminder);

    Options m_options;
    QDBusConnection m_bus;
    QTimer *m_timer;
    std::optional<Reminder> m_next;
    std::optional<Reminder> m_snoozed;
    QHash<uint, Reminder> m_shown; ///< notifications on screen, by their id
    QString m_lastSequence = QStringLiteral("healing");
};

} // namespace viparita::reminders
