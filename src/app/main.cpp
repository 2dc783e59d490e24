#include "main_window.h"

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
    parser.addOptions({verbose, database});
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

    viparita::app::MainWindow window(library);
    window.show();
    const int status = QApplication::exec();
    viparita::Logging::shutdown();
    return status;
}
