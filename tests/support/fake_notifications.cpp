#include "fake_notifications.h"

#include "test_environment.h"

#include "catch_qt.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace viparita::test {

namespace {

const QString script = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/reminders/fake_notifications.py");
const QString python = u"/usr/bin/python3"_s; // Debian's, with python3-dbus and dbusmock

} // namespace

FakeNotifications::FakeNotifications()
    : m_process(std::make_unique<QProcess>())
    , m_envFile(dataHome() + u"/fake-notifications-"_s +
                QUuid::createUuid().toString(QUuid::Id128) + u".env"_s)
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(python, {script, u"run"_s, u"--env-file"_s, m_envFile});
    REQUIRE(m_process->waitForStarted(10000));
    const QDeadlineTimer deadline(30000);
    while (!QFile::exists(m_envFile)) {
        INFO("the notification server did not start");
        REQUIRE(!deadline.hasExpired());
        REQUIRE(m_process->state() == QProcess::Running);
        QThread::msleep(50);
    }
    QFile file(m_envFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readAll()).trimmed();
    REQUIRE(line.startsWith(u"DBUS_SESSION_BUS_ADDRESS="_s));
    m_busAddress = line.mid(line.indexOf(u'=') + 1);
}

FakeNotifications::~FakeNotifications()
{
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    QFile::remove(m_envFile);
}

QList<FakeNotifications::Shown> FakeNotifications::shown() const
{
    QList<Shown> all;
    const QStringList lines = runScript({u"calls"_s}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonArray call = QJsonDocument::fromJson(line.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue &action : call.at(3).toArray())
            actions.append(action.toString());
        all.append({call.at(0).toDouble(), call.at(1).toString(), call.at(2).toString(), actions});
    }
    return all;
}

void FakeNotifications::invoke(uint id, const QString &action) const
{
    (void)runScript({u"invoke"_s, QString::number(id), action});
}

bool FakeNotifications::owned(const QString &name) const
{
    return !runScript({u"owner"_s, name}).trimmed().isEmpty();
}

QString FakeNotifications::runScript(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);
    process.setProcessEnvironment(environment);
    process.start(python, QStringList{script} + arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace viparita::test
