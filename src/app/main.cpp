#include "main_window.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/core/logging.h>
#include <viparita/core/sequence_library.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    viparita::Logging::logStartup(
        viparita::AppPaths::databasePath(parser.value(database)),
        {QLatin1String(viparita::SequenceLibrary::bundledFolder), userFolder});

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
