#include "fake_bluez.h"

#include "script_server.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace viparita::test {

namespace {

const QString script = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/cuff/fake_bluez.py");

} // namespace

FakeBluez::FakeBluez(const QString &scenario, const QStringList &options)
    : m_process(std::make_unique<QProcess>())
{
    m_busAddress = startScriptServer(*m_process, script,
                                     QStringList{u"run"_s, u"--scenario"_s, scenario} + options,
                                     u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"the simulated BlueZ"_s);
}

FakeBluez::~FakeBluez()
{
    stopScriptServer(*m_process);
}

QStringList FakeBluez::environment() const
{
    // BlueZ says its version to no one on D-Bus; Qt asks the program that owns org.bluez (here
    // Python), and without a version it would take the kernel's sockets, which a test has not.
    return {u"DBUS_SYSTEM_BUS_ADDRESS="_s + m_busAddress,
            u"BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66"_s};
}

void FakeBluez::applyToThisProcess() const
{
    for (const QString &entry : environment()) {
        const qsizetype equals = entry.indexOf(u'=');
        qputenv(entry.left(equals).toUtf8().constData(), entry.mid(equals + 1).toUtf8());
    }
}

void FakeBluez::send(const QByteArray &record, bool pressure) const
{
    QStringList arguments{u"send"_s, QString::fromLatin1(record.toHex())};
    if (pressure)
        arguments << u"--pressure"_s;
    runScript(arguments);
}

void FakeBluez::drop() const
{
    runScript({u"drop"_s});
}

void FakeBluez::runScript(const QStringList &arguments) const
{
    (void)test::runScript(script, arguments, u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_busAddress);
}

} // namespace viparita::test
