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

// python3-dbus, python3-gi and dbusmock are Debian's: its own interpreter, whatever else is
// first on the PATH.
const QString python = u"/usr/bin/python3"_s;

} // namespace

QString startScriptServer(QProcess &process, const QString &script, const QStringList &arguments,
                          const QString &variable, const QString &what)
{
    const QString envFile =
        dataHome() + u"/server-"_s + QUuid::createUuid().toString(QUuid::Id128) + u".env"_s;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(python, QStringList{script} + arguments + QStringList{u"--env-file"_s, envFile});
    REQUIRE(process.waitForStarted(10000));
    const QDeadlineTimer deadline(30000);
    while (!QFile::exists(envFile)) {
        INFO(what.toStdString() << " did not start");
        REQUIRE(!deadline.hasExpired());
        REQUIRE(process.state() == QProcess::Running);
        QThread::msleep(50);
    }
    QFile file(envFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readAll()).trimmed();
    file.close();
    QFile::remove(envFile);
    REQUIRE(line.startsWith(variable + u'='));
    return line.mid(line.indexOf(u'=') + 1);
}

void stopScriptServer(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QString runScript(const QString &script, const QStringList &arguments, const QString &variable,
                  const QString &address)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(variable, address);
    process.setProcessEnvironment(environment);
    process.start(python, QStringList{script} + arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace viparita::test
