#pragma once

#include <viparita/core/reminder_schedule.h>

#include <QDBusConnection>
#include <QString>
#include <QStringList>

namespace viparita::app {

class Settings;

/// Where the reminders live while the window is closed: viparita-reminders, started at each
/// login by an XDG autostart entry (works in every desktop that follows the XDG autostart
/// specification, and the helper keeps the notification's actions alive, which a systemd
/// timer's short-lived job could not). Turning the reminders on writes the entry and starts
/// the helper now (or tells a running one to read the settings again); turning them off
/// removes the entry and tells the helper to quit.
class ReminderAutostart final {
public:
    /// $XDG_CONFIG_HOME/autostart/org.viparita.Viparita.Reminders.desktop
    [[nodiscard]] static QString entryPath();
    /// viparita-reminders beside the app, else its name (found on the PATH).
    [[nodiscard]] static QString helperPath();
    /// The plan the settings hold.
    [[nodiscard]] static ReminderPlan planOf(const Settings &settings);
    /// Makes it so, on `bus` (the session bus); `helperArguments` go to a helper started now
    /// and into the entry. Empty, or what went wrong.
    static QString apply(const ReminderPlan &plan, const QDBusConnection &bus,
                         const QStringList &helperArguments = {});
    /// Tells a running helper that the weeks changed (nothing when none runs).
    static void reload(const QDBusConnection &bus);
};

} // namespace viparita::app
