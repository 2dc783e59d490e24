#pragma once

// A desktop notification server (python-dbusmock's notification_daemon template) on a private
// D-Bus session bus (tests/reminders/fake_notifications.py): it records each notification and
// lets a test press one of its actions.

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace viparita::test {

class FakeNotifications {
public:
    /// One Notify call the server received.
    struct Shown {
        double at = 0; ///< seconds since 1970, when it arrived
        QString summary;
        QString body;
        QStringList actions;
    };

    FakeNotifications();
    ~FakeNotifications();
    FakeNotifications(const FakeNotifications &) = delete;
    FakeNotifications &operator=(const FakeNotifications &) = delete;

    /// The bus's address, for DBUS_SESSION_BUS_ADDRESS.
    [[nodiscard]] const QString &busAddress() const { return m_busAddress; }
    /// The notifications shown so far, oldest first (their ids are 1, 2, ...).
    [[nodiscard]] QList<Shown> shown() const;
    /// The person presses `action` of notification `id`.
    void invoke(uint id, const QString &action) const;
    /// Whether a program owns `name` on the bus.
    [[nodiscard]] bool owned(const QString &name) const;

private:
    [[nodiscard]] QString runScript(const QStringList &arguments) const;

    std::unique_ptr<QProcess> m_process;
    QString m_busAddress;
};

} // namespace viparita::test
