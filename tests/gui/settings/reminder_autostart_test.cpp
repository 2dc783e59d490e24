// Reminders on and off from the app's side: the XDG autostart entry written and the helper
// started on a private session bus, then the entry removed and the helper gone; and the
// settings page keeping what it shows.
#include "test_environment.h"

#include "catch_qt.h"
#include "fake_notifications.h"

#include "settings/reminder_autostart.h"
#include "settings/reminder_settings_page.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeEdit>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::ReminderPlan;
using viparita::app::ReminderAutostart;
using viparita::app::Settings;

namespace {

template <typename Done>
bool within(int seconds, Done done)
{
    const QDeadlineTimer deadline(std::chrono::seconds{seconds});
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(100);
    }
    return done();
}

} // namespace

TEST_CASE("turning reminders on writes the autostart entry and starts the helper, off removes both")
{
    viparita::test::FakeNotifications server;
    // The helper a detached start finds: the one built beside the app, on this bus.
    const QString appFolder = QFileInfo(QStringLiteral(VIPARITA_APP_PATH)).absolutePath();
    qputenv("PATH", (appFolder + u':' + qEnvironmentVariable("PATH")).toUtf8());
    const QByteArray previousBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", server.busAddress().toUtf8());
    QDBusConnection bus = QDBusConnection::connectToBus(server.busAddress(), u"autostart"_s);
    REQUIRE(bus.isConnected());

    const QString folder = viparita::test::dataHome() + u"/autostart-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    const QString ini = folder + u"/settings.ini"_s;
    Settings settings(ini);
    settings.setValue(Settings::Key::RemindersPractice, true);
    settings.setValue(Settings::Key::PracticeDays, u"2,4"_s);
    settings.setValue(Settings::Key::PracticeTime, u"06:15"_s);
    const ReminderPlan plan = ReminderAutostart::planOf(settings);
    CHECK(plan.practice);
    CHECK(plan.practiceDays == QList<int>{2, 4});
    CHECK(plan.practiceTime == QTime(6, 15));

    const QString entry = ReminderAutostart::entryPath();
    CHECK(entry.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME") + u"/autostart/"_s));
    QFile::remove(entry);
    CHECK(ReminderAutostart::apply(plan, bus, {u"--settings"_s, ini}).isEmpty());
    QFile file(entry);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(u"[Desktop Entry]\nType=Application\n"_s));
    CHECK(text.contains(u"Exec=viparita-reminders --settings "_s + ini));
    CHECK(text.contains(u"NoDisplay=true"_s));
    REQUIRE(within(10, [&] { return server.owned(u"org.viparita.Reminders"_s); }));

    // Applied again while it runs: it is told to read the settings, not started twice.
    CHECK(ReminderAutostart::apply(plan, bus, {u"--settings"_s, ini}).isEmpty());

    ReminderPlan off = plan;
    off.practice = false;
    CHECK(ReminderAutostart::apply(off, bus).isEmpty());
    CHECK_FALSE(QFile::exists(entry));
    CHECK(within(10, [&] { return !server.owned(u"org.viparita.Reminders"_s); }));
    qputenv("DBUS_SESSION_BUS_ADDRESS", previousBus);
}

TEST_CASE("the reminders page shows and keeps the days and times")
{
    const QString folder = viparita::test::dataHome() + u"/reminder-page-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    Settings settings(folder + u"/settings.ini"_s);
    settings.setValue(Settings::Key::RemindersWeek, true);
    settings.setValue(Settings::Key::PracticeDays, u"1,5"_s);
    viparita::app::ReminderSettingsPage page;
    page.load([&](Settings::Key key) { return settings.value(key); });
    auto *practice = page.findChild<QCheckBox *>(u"remindPractice"_s);
    REQUIRE(practice);
    CHECK_FALSE(practice->isChecked());
    CHECK_FALSE(page.findChild<QCheckBox *>(u"day1"_s)->isEnabled());
    CHECK(page.findChild<QCheckBox *>(u"day1"_s)->isChecked());
    CHECK_FALSE(page.findChild<QCheckBox *>(u"day2"_s)->isChecked());
    CHECK(page.findChild<QTimeEdit *>(u"morningTime"_s)->isEnabled());
    practice->setChecked(true);
    CHECK(page.findChild<QCheckBox *>(u"day1"_s)->isEnabled());
    page.findChild<QCheckBox *>(u"day7"_s)->setChecked(true);
    page.findChild<QTimeEdit *>(u"practiceTime"_s)->setTime(QTime(6, 45));
    page.save([&](Settings::Key key, const QVariant &value) { settings.setValue(key, value); });
    CHECK(settings.flag(Settings::Key::RemindersPractice));
    CHECK(settings.text(Settings::Key::PracticeDays) == u"1,5,7"_s);
    CHECK(settings.text(Settings::Key::PracticeTime) == u"06:45"_s);
}
