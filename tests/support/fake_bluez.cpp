#include "fake_bluez.h"

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
// python3-dbus and python3-gi are Debian's: its own interpreter, whatever else is first on
// the PATH.
const QString python = u"/usr/bin/python3"_s;

} // namespace

FakeBluez::FakeBluez(const QString &scenario, const QStringList &options)
    : m_process(std::make_unique<QProcess>())
    , m_envFile(dataHome() + u"/fake-bluez-"_s + QUuid::createUuid().toString(QUuid::Id128) +
                u".env"_s)
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(python, QStringList{script, u"run"_s, u"--scenario"_s, scenario,
                                         u"--env-file"_s, m_envFile} +
                                 options);
    REQUIRE(m_process->waitForStarted(10000));
    const QDeadlineTimer deadline(30000);
    while (!QFile::exists(m_envFile)) {
        INFO("the simulated BlueZ did not start");
        REQUIRE(!deadline.hasExpired());
        REQUIRE(m_process->state() == QProcess::Running);
        QThread::msleep(50);
    }
    QFile file(m_envFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readAll()).trimmed();
    REQUIRE(line.startsWith(u"DBUS_SYSTEM_BUS_ADDRESS="_s));
    m_busAddress = line.mid(line.indexOf(u'=') + 1);
}

FakeBluez::~FakeBluez()
{
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    QFile::remove(m_envFile);
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
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_busAddress);
    process.setProcessEnvironment(environment);
    process.start(python, QStringList{script} + arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace viparita::test
