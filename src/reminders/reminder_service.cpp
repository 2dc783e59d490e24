#include "reminder_service.h"

#include "reminder_keys.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/storage/journal.h>

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace viparita::reminders {

namespace {

const QString notifications = u"org.freedesktop.Notifications"_s;
const QString notificationsPath = u"/org/freedesktop/Notifications"_s;
constexpr int snoozeMinutes = 10;
/// QTimer counts in int milliseconds: a longer wait is taken in steps (at most one wake-up
/// every 24 days, with nothing due in between).
constexpr qint64 longestWait = 24LL * 24 * 3600 * 1000;

std::string text(const QString &value)
{
    return value.toStdString();
}

QTime timeFrom(const QVariant &value, const QTime &fallback)
{
    const QTime time = QTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time : fallback;
}

} // namespace

ReminderService::ReminderService(Options options, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_bus(std::move(bus))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // One timer for the whole wait: precise, or a coarse one could fire minutes early on a
    // wait of hours (and then wait again).
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::fire);
}

ReminderService::~ReminderService() = default;

bool ReminderService::start()
{
    if (!m_bus.isConnected()) {
        spdlog::error("No session bus: reminders need the desktop's notifications ({})",
                      text(m_bus.lastError().message()));
        return false;
    }
    m_bus.connect(notifications, notificationsPath, notifications, u"ActionInvoked"_s, this,
                  SLOT(actionInvoked(uint, QString)));
    m_bus.connect(notifications, notificationsPath, notifications, u"NotificationClosed"_s, this,
                  SLOT(notificationClosed(uint, uint)));
    // Waking from sleep: the time asleep is not counted by the timer, so the plan is made anew.
    QDBusConnection::systemBus().connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                         u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                                         this, SLOT(preparingForSleep(bool)));
    Reload();
    return true;
}

ReminderPlan ReminderService::readPlan() const
{
    std::unique_ptr<QSettings> settings =
        m_options.settingsFile.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    ReminderPlan plan;
    plan.practice = settings->value(QString::fromLatin1(practiceKey), false).toBool();
    plan.practiceDays = ReminderPlan::daysFrom(
        settings->value(QString::fromLatin1(practiceDaysKey), u"1,2,3,4,5,6,7"_s).toString());
    plan.practiceTime =
        timeFrom(settings->value(QString::fromLatin1(practiceTimeKey)), plan.practiceTime);
    plan.week = settings->value(QString::fromLatin1(weekKey), false).toBool();
    plan.morningTime =
        timeFrom(settings->value(QString::fromLatin1(morningTimeKey)), plan.morningTime);
    plan.eveningTime =
        timeFrom(settings->value(QString::fromLatin1(eveningTimeKey)), plan.eveningTime);
    return plan;
}

QList<QDate> ReminderService::readWeeks(QString *lastSequence) const
{
    const QString path = AppPaths::databasePath(m_options.journalPath);
    if (!QFileInfo::exists(path))
        return {};
    auto opened = Journal::open(path, {});
    if (!opened.journal) {
        spdlog::warn("The journal {} cannot be read for the weeks: {}", text(path),
                     text(opened.error.message));
        return {};
    }
    QList<QDate> weeks;
    if (const auto read = opened.journal->homeWeeks(); read.ok()) {
        for (const HomeWeekRecord &week : *read)
            weeks.append(week.firstDay);
    }
    if (const auto last = opened.journal->lastCompletedSession(); last.ok() && *last)
        *lastSequence = (*last)->sequenceId;
    return weeks;
}

void ReminderService::Reload()
{
    const ReminderPlan plan = readPlan();
    if (!plan.any()) {
        spdlog::info("Reminders are off: nothing to wait for");
        Quit();
        return;
    }
    // The weeks (and the sequence last practised, which Start opens) from the journal.
    QList<QDate> weeks = readWeeks(&m_lastSequence);
    if (!plan.week)
        weeks.clear();
    const QDateTime now = QDateTime::currentDateTime();
    m_next = ReminderSchedule::next(plan, weeks, now);
    if (m_snoozed && (!m_next || m_snoozed->at < m_next->at))
        m_next = m_snoozed;
    if (!m_next) {
        m_timer->stop();
        spdlog::info("No reminder is due in the coming days; waiting for a change");
        return;
    }
    const qint64 wait = std::clamp<qint64>(now.msecsTo(m_next->at), 0, longestWait);
    m_timer->start(std::chrono::milliseconds(wait));
    spdlog::info("Next reminder: {} at {}", text(m_next->title()),
                 text(m_next->at.toString(Qt::ISODate)));
}

void ReminderService::Quit()
{
    m_timer->stop();
    QCoreApplication::quit();
}

void ReminderService::preparingForSleep(bool sleeping)
{
    if (!sleeping)
        Reload();
}

void ReminderService::fire()
{
    if (!m_next)
        return;
    if (QDateTime::currentDateTime().addMSecs(500) < m_next->at) {
        Reload(); // a long wait taken in steps, or the clock moved back
        return;
    }
    const Reminder due = *m_next;
    if (m_snoozed && *m_snoozed == due)
        m_snoozed.reset();
    notify(due);
    Reload();
}

void ReminderService::notify(const Reminder &reminder)
{
    QDBusMessage call = QDBusMessage::createMethodCall(notifications, notificationsPath,
                                                       notifications, u"Notify"_s);
    const QStringList actions{u"default"_s, tr("Start"), u"start"_s,
                              tr("Start"),  u"later"_s,  tr("Later")};
    const QVariantMap hints{
        {u"desktop-entry"_s, AppInfo::appId()},
        {u"category"_s, u"x-viparita.reminder"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(1))},
    };
    call << QCoreApplication::translate("main", "Viparita") << uint(0) << AppInfo::appId()
         << reminder.title() << reminder.body() << actions << hints << int(-1);
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        spdlog::error("The reminder could not be shown: {}", text(reply.error().message()));
        return;
    }
    m_shown.insert(reply.value(), reminder);
    spdlog::info("Reminder shown: {}", text(reminder.title()));
}

void ReminderService::actionInvoked(uint id, const QString &action)
{
    const auto found = m_shown.constFind(id);
    if (found == m_shown.constEnd()) {
        spdlog::debug("Action {} of notification {}: not a reminder shown here", text(action), id);
        return; // another program's notification
    }
    const Reminder reminder = *found;
    m_shown.remove(id);
    if (action == u"later"_s) {
        Reminder later = reminder;
        later.at = QDateTime::currentDateTime().addSecs(snoozeMinutes * 60);
        m_snoozed = later;
        spdlog::info("Reminder put off by {} minutes", snoozeMinutes);
        Reload();
    } else if (action == u"start"_s || action == u"default"_s) {
        launch(reminder);
    }
    m_bus.call(QDBusMessage::createMethodCall(notifications, notificationsPath, notifications,
                                              u"CloseNotification"_s)
                   << id,
               QDBus::NoBlock);
}

void ReminderService::notificationClosed(uint id, uint /*reason*/)
{
    m_shown.remove(id);
}

void ReminderService::launch(const Reminder &reminder)
{
    QString program = m_options.appCommand;
    if (program.isEmpty()) {
        const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"viparita"_s);
        program = QFileInfo(beside).isExecutable() ? beside : u"viparita"_s;
    }
    QStringList arguments;
    if (reminder.kind == Reminder::Kind::Practice)
        arguments << u"--start"_s << m_lastSequence;
    else
        arguments << u"--measure"_s;
    if (!m_options.journalPath.isEmpty())
        arguments << u"--database"_s << m_options.journalPath;
    if (!QProcess::startDetached(program, arguments))
        spdlog::error("The app could not be started: {} {}", text(program),
                      text(arguments.join(u' ')));
    else
        spdlog::info("Started {} {}", text(program), text(arguments.join(u' ')));
}

} // namespace viparita::reminders
