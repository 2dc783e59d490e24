#include "cautions_dialog.h"
#include "home_page.h"
#include "main_window.h"
#include "settings.h"
#include "theme.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/core/logging.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/backups.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Viparita"));
    QApplication::setDesktopFileName(viparita::AppInfo::appId());
    QApplication::setWindowIcon(QIcon(u":/icons/viparita.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A guided legs-up-the-wall practice with a blood-pressure journal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(u"verbose"_s,
                                     QApplication::translate("main", "Log debug messages."));
    const QCommandLineOption database(
        u"database"_s, QApplication::translate("main", "Use the journal at PATH."), u"PATH"_s);
    const QCommandLineOption start(
        u"start"_s, QApplication::translate("main", "Start a session of SEQUENCE at once."),
        u"SEQUENCE"_s);
    const QCommandLineOption minutes(
        u"minutes"_s,
        QApplication::translate("main", "With --start: fit the session to N minutes (3 to 60)."),
        u"N"_s);
    parser.addOptions({verbose, database, start, minutes});
    parser.process(application);

    viparita::Logging::init({u"viparita.log"_s, parser.isSet(verbose), false});
    const QString userFolder = viparita::AppPaths::userSequencesFolder();
    const QString databasePath = viparita::AppPaths::databasePath(parser.value(database));
    viparita::Logging::logStartup(
        databasePath, {QLatin1String(viparita::SequenceLibrary::bundledFolder), userFolder});

    // The journal: opened (or made) at start, with a dated copy once a day.
    viparita::Journal::OpenOptions journalOptions;
    journalOptions.createFolder = databasePath == viparita::AppPaths::defaultDatabasePath();
    journalOptions.backupFolder = viparita::Backups::folderFor(databasePath);
    auto opened = viparita::Journal::open(databasePath, journalOptions);
    if (opened.error.isError()) {
        spdlog::error("Journal: {}", opened.error.message.toStdString());
        QMessageBox::warning(nullptr, QApplication::translate("main", "Viparita: the journal"),
                             opened.journal
                                 ? opened.error.message
                                 : QApplication::translate("main", "%1\n\nViparita opens "
                                                                   "without the journal: "
                                                                   "nothing will be saved.")
                                       .arg(opened.error.message));
    } else if (opened.journal) {
        const auto backup = viparita::Backups::makeDaily(
            *opened.journal, journalOptions.backupFolder, QDate::currentDate());
        if (!backup.ok())
            spdlog::warn("Daily backup: {}", backup.error().message.toStdString());
        else if (!backup->isEmpty())
            spdlog::info("Daily backup: {}", backup->toStdString());
    }

    const auto library = viparita::SequenceLibrary::load(userFolder);
    for (const auto &entry : library.entries()) {
        for (const auto &error : entry.errors)
            spdlog::warn("Sequence not loaded: {}", error.toString().toStdString());
    }
    spdlog::info("{} sequences available, {} could not be loaded",
                 library.entries().size() - library.brokenCount(), library.brokenCount());

    viparita::app::Settings settings;
    viparita::app::Theme::apply(application, viparita::app::Theme::fromName(settings.text(
                                                 viparita::app::Settings::Key::Theme)));
    viparita::app::MainWindow window(library, settings, opened.journal.get());
    window.show();

    viparita::PlanOptions startOptions;
    if (parser.isSet(minutes)) {
        bool isNumber = false;
        const int value = parser.value(minutes).toInt(&isNumber);
        if (!isNumber || value < viparita::SessionPlan::minMinutes ||
            value > viparita::SessionPlan::maxMinutes) {
            spdlog::error("--minutes must be a whole number from 3 to 60, not '{}'",
                          parser.value(minutes).toStdString());
            return 2;
        }
        startOptions.minutes = value;
        window.homePage()->setMinutes(value);
    }
    QTimer::singleShot(0, &window, [&] {
        // The cautions come first, once; then an interrupted session, or the session asked for.
        if (!viparita::app::CautionsDialog::ensureAcknowledged(settings, &window)) {
            QApplication::quit();
            return;
        }
        window.offerRecovery();
        if (parser.isSet(start)) {
            const QString id = parser.value(start);
            if (!window.startSession(id, startOptions))
                spdlog::error("No sequence with the id '{}'", id.toStdString());
        }
    });
    const int status = QApplication::exec();
    viparita::Logging::shutdown();
    return status;
}
