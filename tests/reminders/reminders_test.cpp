// viparita-reminders, the real program, against a real notification server on a private
// session bus (python-dbusmock): the practice reminder at its time and not before, nothing
// between reminders, Start opening the app on the last session's sequence, Later putting it
// off, a reload after a change of the settings, and the helper gone once reminders are off.
#include "test_environment.h"

#include "catch_qt.h"
#include "fake_notifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QThread>
#include <QUuid>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using viparita::test::FakeNotifications;

namespace {

/// Writes the reminder settings: a practice every day at `time` (to the second), or none.
void writeSettings(const QString &file, bool practice, const QTime &time)
{
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(u"reminders/practice"_s, practice);
    settings.setValue(u"reminders/practiceDays"_s, u"1,2,3,4,5,6,7"_s);
    settings.setValue(u"reminders/practiceTime"_s, time.toString(u"HH:mm:ss"_s));
    settings.sync();
    REQUIRE(settings.status() == QSettings::NoError);
}

/// Waits (up to `seconds`) until `done` says yes.
template <typename Done>
bool within(int seconds, Done done)
{
    const QDeadlineTimer deadline(std::chrono::seconds{seconds});
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        // The helper's output is read as it comes (QProcess reads in the event loop).
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(100);
    }
    return done();
}

void callHelper(const QString &address, const QString &method)
{
    QDBusConnection bus = QDBusConnection::connectToBus(address, u"reminders-test"_s);
    REQUIRE(bus.isConnected());
    const QDBusMessage reply = bus.call(
        QDBusMessage::createMethodCall(u"org.viparita.Reminders"_s, u"/org/viparita/Reminders"_s,
                                       u"org.viparita.Reminders"_s, method));
    INFO(reply.errorMessage().toStdString());
    CHECK(reply.type() == QDBusMessage::ReplyMessage);
}

} // namespace

TEST_CASE("the reminder comes at its time as a notification, Start opens the app, Later waits")
{
    FakeNotifications server;
    const QString folder = viparita::test::dataHome() + u"/reminders-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    const QString settingsFile = folder + u"/settings.ini"_s;
    const QString launched = folder + u"/launched"_s;
    const QString app = folder + u"/app.sh"_s;
    {
        QFile script(app);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho \"$@\" > '%1'\n").arg(launched).toUtf8());
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    }
    // Due in three seconds (every day: past midnight it is due as well).
    const QDateTime due = QDateTime::currentDateTime().addSecs(3);
    writeSettings(settingsFile, true, due.time());

    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, server.busAddress());
    environment.insert(u"VIPARITA_APP_COMMAND"_s, app);
    helper.setProcessEnvironment(environment);
    helper.setProcessChannelMode(QProcess::MergedChannels);
    helper.start(QStringLiteral(VIPARITA_REMINDERS_PATH),
                 {u"--settings"_s, settingsFile, u"--database"_s, folder + u"/journal.sqlite"_s,
                  u"--verbose"_s});
    REQUIRE(helper.waitForStarted(10000));
    REQUIRE(within(10, [&] { return server.owned(u"org.viparita.Reminders"_s); }));
    CHECK(server.shown().isEmpty());

    // At its time, not before.
    const bool came = within(15, [&] { return !server.shown().isEmpty(); });
    INFO(QString::fromUtf8(helper.peek(1 << 16)).toStdString());
    REQUIRE(came);
    auto shown = server.shown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].at >= double(due.toMSecsSinceEpoch()) / 1000.0 - 1.0);
    CHECK(shown[0].summary == u"Time for your practice"_s);
    CHECK(shown[0].actions.contains(u"start"_s));
    CHECK(shown[0].actions.contains(u"Start"_s));
    CHECK(shown[0].actions.contains(u"later"_s));
    CHECK(shown[0].actions.contains(u"Later"_s));

    // Nothing between: the next is tomorrow's, and the helper sleeps until then.
    (void)within(3, [] { return false; });
    CHECK(server.shown().size() == 1);
    const QString log = QString::fromUtf8(helper.readAll());
    INFO(log.toStdString());
    CHECK(log.contains(u"Next reminder: Time for your practice at %1"_s.arg(
        due.addDays(1).toString(Qt::ISODate))));

    // Start: the app, on the session last practised (the one of a new journal: healing).
    server.invoke(1, u"start"_s);
    REQUIRE(within(10, [&] { return QFile::exists(launched); }));
    QFile opened(launched);
    REQUIRE(opened.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(opened.readAll()).startsWith(u"--start healing"_s));

    // A new time, read on Reload: shown, then Later puts it off ten minutes.
    const QDateTime again = QDateTime::currentDateTime().addSecs(2);
    writeSettings(settingsFile, true, again.time());
    callHelper(server.busAddress(), u"Reload"_s);
    REQUIRE(within(15, [&] { return server.shown().size() == 2; }));
    server.invoke(2, u"later"_s);
    const bool putOff = within(10, [&] {
        return QString::fromUtf8(helper.peek(1 << 16)).contains(u"put off by 10 minutes"_s);
    });
    INFO(QString::fromUtf8(helper.peek(1 << 16)).toStdString());
    REQUIRE(putOff);

    // Off: the helper quits.
    writeSettings(settingsFile, false, again.time());
    callHelper(server.busAddress(), u"Reload"_s);
    REQUIRE(helper.waitForFinished(10000));
    CHECK(helper.exitCode() == 0);
    CHECK_FALSE(server.owned(u"org.viparita.Reminders"_s));
}

TEST_CASE("a second reminder helper leaves the first at work")
{
    FakeNotifications server;
    const QString folder = viparita::test::dataHome() + u"/reminders-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    const QString settingsFile = folder + u"/settings.ini"_s;
    writeSettings(settingsFile, true, QTime(3, 0));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, server.busAddress());
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(VIPARITA_REMINDERS_PATH), {u"--settings"_s, settingsFile});
    REQUIRE(first.waitForStarted(10000));
    REQUIRE(within(10, [&] { return server.owned(u"org.viparita.Reminders"_s); }));
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(VIPARITA_REMINDERS_PATH), {u"--settings"_s, settingsFile});
    REQUIRE(second.waitForFinished(10000));
    CHECK(second.exitCode() == 0);
    CHECK(first.state() == QProcess::Running);
    first.terminate();
    first.waitForFinished(5000);
}
