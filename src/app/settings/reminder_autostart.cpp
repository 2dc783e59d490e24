#include "settings/reminder_autostart.h"

#include "reminders/reminder_keys.h"
#include "settings/settings.h"

#include <viparita/core/app_info.h>

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString quoted(const QString &argument)
{
    // The Exec key's quoting (XDG desktop entry specification): arguments with a space or a
    // reserved character are double-quoted, with ", `, $ and \ escaped.
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    if (std::none_of(argument.begin(), argument.end(),
                     [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString escaped = argument;
    for (const QString &special : {u"\\"_s, u"\""_s, u"`"_s, u"$"_s})
        escaped.replace(special, u"\\"_s + special);
    return u'"' + escaped + u'"';
}

QDBusMessage helperCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(reminders::serviceName),
                                          QString::fromLatin1(reminders::objectPath),
                                          QString::fromLatin1(reminders::interfaceName), method);
}

bool helperRuns(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QString::fromLatin1(reminders::serviceName));
}

} // namespace

QString ReminderAutostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/autostart/"_s + AppInfo::appId() + u".Reminders.desktop"_s;
}

QString ReminderAutostart::helperPath()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"viparita-reminders"_s);
    return QFileInfo(beside).isExecutable() ? beside : u"viparita-reminders"_s;
}

ReminderPlan ReminderAutostart::planOf(const Settings &settings)
{
    ReminderPlan plan;
    plan.practice = settings.flag(Settings::Key::RemindersPractice);
    plan.practiceDays = ReminderPlan::daysFrom(settings.text(Settings::Key::PracticeDays));
    plan.practiceTime = QTime::fromString(settings.text(Settings::Key::PracticeTime), Qt::ISODate);
    plan.week = settings.flag(Settings::Key::RemindersWeek);
    plan.morningTime = QTime::fromString(settings.text(Settings::Key::MorningTime), Qt::ISODate);
    plan.eveningTime = QTime::fromString(settings.text(Settings::Key::EveningTime), Qt::ISODate);
    return plan;
}

QString ReminderAutostart::apply(const ReminderPlan &plan, const QDBusConnection &bus,
                                 const QStringList &helperArguments)
{
    const QString path = entryPath();
    if (!plan.any()) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("viparita::app::ReminderAutostart",
                                               "%1 could not be removed")
                .arg(path);
        if (helperRuns(bus))
            bus.call(helperCall(u"Quit"_s), QDBus::NoBlock);
        spdlog::info("Reminders off: the autostart entry is removed");
        return {};
    }
    QStringList exec{quoted(helperPath())};
    for (const QString &argument : helperArguments)
        exec.append(quoted(argument));
    const QString entry =
        u"[Desktop Entry]\n"
        "Type=Application\n"
        "Name=%1\n"
        "Comment=%2\n"
        "Exec=%3\n"
        "Icon=%4\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"_s.arg(
            QCoreApplication::translate("viparita::app::ReminderAutostart", "Viparita reminders"),
            QCoreApplication::translate("viparita::app::ReminderAutostart",
                                        "Reminders to practise and to measure, as notifications"),
            exec.join(u' '), AppInfo::appId());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return QCoreApplication::translate("viparita::app::ReminderAutostart",
                                           "%1 could not be written: %2")
            .arg(path, file.errorString());
    if (helperRuns(bus)) {
        bus.call(helperCall(u"Reload"_s), QDBus::NoBlock);
    } else if (!QProcess::startDetached(helperPath(), helperArguments)) {
        return QCoreApplication::translate("viparita::app::ReminderAutostart",
                                           "%1 could not be started")
            .arg(helperPath());
    }
    spdlog::info("Reminders on: {}", path.toStdString());
    return {};
}

void ReminderAutostart::reload(const QDBusConnection &bus)
{
    if (helperRuns(bus))
        bus.call(helperCall(u"Reload"_s), QDBus::NoBlock);
}

} // namespace viparita::app
