// viparita-reminders: the practice and home-week reminders while the app's window is closed,
// started at login by an XDG autostart entry the app writes (docs/reminders.md).
#include "reminder_keys.h"
#include "reminder_service.h"

#include <viparita/core/app_info.h>
#include <viparita/core/localization.h>
#include <viparita/core/logging.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Viparita's reminders while the window is closed: desktop notifications at the "
        "practice time and for a home-monitoring week's measurements."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(u"database"_s, u"Use the journal at PATH."_s, u"PATH"_s);
    const QCommandLineOption settings(u"settings"_s, u"Read the reminders from this INI file."_s,
                                      u"FILE"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Log debug messages."_s);
    parser.addOptions({database, settings, verbose});
    parser.process(application);
    viparita::Logging::init({u"viparita-reminders.log"_s, parser.isSet(verbose), false});
    {
        // The reminders speak the language chosen in the app, else the system's.
        const auto stored =
            parser.isSet(settings)
                ? std::make_unique<QSettings>(parser.value(settings), QSettings::IniFormat)
                : std::make_unique<QSettings>();
        viparita::Localization::install(viparita::Localization::localeFor(
            stored->value(QLatin1String(viparita::reminders::languageKey)).toString()));
    }

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        spdlog::error("No session bus: the reminders need a desktop session");
        return 1;
    }
    // One helper a session: a second one leaves the first at work.
    if (!bus.registerService(QString::fromLatin1(viparita::reminders::serviceName))) {
        spdlog::info("The reminders already run in this session");
        return 0;
    }
    viparita::reminders::ReminderService service({parser.value(settings), parser.value(database),
                                                  qEnvironmentVariable("VIPARITA_APP_COMMAND")},
                                                 bus);
    bus.registerObject(QString::fromLatin1(viparita::reminders::objectPath), &service,
                       QDBusConnection::ExportScriptableSlots);
    if (!service.start())
        return 1;
    const int status = QCoreApplication::exec();
    viparita::Logging::shutdown();
    return status;
}
