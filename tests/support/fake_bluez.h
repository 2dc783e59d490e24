#pragma once

// A simulated BlueZ with one Bluetooth blood-pressure cuff (tests/cuff/fake_bluez.py) on a
// private D-Bus bus, for the real Qt Bluetooth stack to talk to: what the cuff sends is a
// scenario of the script, or what the test sends.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace viparita::test {

class FakeBluez {
public:
    /// The cuff's address in the simulation.
    static constexpr const char *cuffAddress = "C0:FF:EE:00:18:10";

    /// Starts it with `scenario` (see the script) and its `options` ("--appear-on-scan",
    /// "--no-bluez", ...); fails the test when it does not start.
    explicit FakeBluez(const QString &scenario, const QStringList &options = {});
    ~FakeBluez();
    FakeBluez(const FakeBluez &) = delete;
    FakeBluez &operator=(const FakeBluez &) = delete;

    /// "DBUS_SYSTEM_BUS_ADDRESS=..." and what makes Qt use its BlueZ D-Bus backend, for a
    /// child's environment.
    [[nodiscard]] QStringList environment() const;
    /// Puts environment() into this process's (before its first use of Bluetooth).
    void applyToThisProcess() const;
    /// Sends a measurement record now (a cuff-pressure record with `pressure`).
    void send(const QByteArray &record, bool pressure = false) const;
    /// The cuff goes away.
    void drop() const;

private:
    void runScript(const QStringList &arguments) const;

    std::unique_ptr<QProcess> m_process;
    QString m_busAddress;
};

} // namespace viparita::test
