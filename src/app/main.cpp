#include "appearance/theme.h"
#include "practice/cautions_dialog.h"
#include "practice/home_page.h"
#include "settings/settings.h"
#include "shell/first_frame_probe.h"
#include "shell/main_window.h"
#include "test_hooks.h"
#include "widgets/accessibility.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/core/localization.h>
#include <viparita/core/logging.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/backups.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <future>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <sched.h>

#include <spdlog/spdlog.h>

#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Starts checking the journal the app will open (Journal::checkFile) on a thread of its
/// own, so that the check runs while the application connects to the display. Nothing when
/// there is no journal there yet.
std::future<QString> checkJournalEarly(int argc, char *argv[])
{
    viparita::AppInfo::applyToApplication(); // names the data folder
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser; // only --database; the other options are read later
    const QCommandLineOption database(u"database"_s, QString(), u"PATH"_s);
    parser.addOption(database);
    (void)parser.parse(arguments); // what it does not know is for the full parse to say
    const QString path = viparita::AppPaths::databasePath(parser.value(database));
    if (QFileInfo(path).size() <= 0)
        return {};
    return std::async(std::launch::async, [path] {
        // The check reads the whole file: it takes the CPU only when neither the window nor
        // the display server wants it, and is still done before the journal is opened
        // (which waits for it). On two cores this opens the window about 4 ms sooner.
        sched_param unused{};
        (void)pthread_setschedparam(pthread_self(), SCHED_IDLE, &unused);
        return viparita::Journal::checkFile(path);
    });
}

/// The app's options, added to `parser` with --help and --version.
struct AppOptions {
    QCommandLineOption verbose;
    QCommandLineOption database;
    QCommandLineOption start;
    QCommandLineOption minutes;
    QCommandLineOption measure;
};

AppOptions addAppOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A guided legs-up-the-wall practice with a blood-pressure journal."));
    parser.addHelpOption();
    parser.addVersionOption();
    AppOptions options{
        {u"verbose"_s, QCoreApplication::translate("main", "Log debug messages.")},
        {u"database"_s, QCoreApplication::translate("main", "Use the journal at PATH."), u"PATH"_s},
        {u"start"_s, QCoreApplication::translate("main", "Start a session of SEQUENCE at once."),
         u"SEQUENCE"_s},
        {u"minutes"_s,
         QCoreApplication::translate("main",
                                     "With --start: fit the session to N minutes (3 to 60)."),
         u"N"_s},
        {u"measure"_s,
         QCoreApplication::translate("main", "Measure your blood pressure at once, guided: five "
                                             "minutes' rest, then two readings.")},
    };
    parser.addOptions(
        {options.verbose, options.database, options.start, options.minutes, options.measure});
    return options;
}

/// Whether the command line asks only to be told the options or the version.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" ||
            argument == "--help-all" || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Each thread that allocates (the journal check, speech synthesis, audio, D-Bus) would
    // otherwise get a heap of its own, and the pages freed in each stay resident: with two
    // heaps a session peaks about 1.3 MB lower. These threads allocate little and seldom.
    mallopt(M_ARENA_MAX, 2);
#endif
    if (asksForHelpOrVersion(argc, argv)) {
        // Said in the terminal, without a display: no window is needed for either.
        const QCoreApplication terminal(argc, argv);
        viparita::AppInfo::applyToApplication();
        viparita::Localization::install(viparita::Localization::localeFor());
        QCommandLineParser parser;
        (void)addAppOptions(parser);
        parser.process(terminal); // prints, and exits
        return 0;
    }
    std::future<QString> journalCheck = checkJournalEarly(argc, argv);
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    // The language chosen in Settings, else the system's, before any text is made; the
    // sequences speak it too where they have it.
    QString language;
    {
        const viparita::app::Settings settings;
        const QLocale locale = viparita::Localization::localeFor(
            settings.text(viparita::app::Settings::Key::Language));
        language = viparita::Localization::install(locale);
        QGuiApplication::setLayoutDirection(locale.textDirection());
    }
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Viparita"));
    QApplication::setDesktopFileName(viparita::AppInfo::appId());
    viparita::app::Accessibility::install();
    QApplication::setWindowIcon(viparita::app::Theme::appIcon());

    QCommandLineParser parser;
    const AppOptions options = addAppOptions(parser);
    const QCommandLineOption &verbose = options.verbose;
    const QCommandLineOption &database = options.database;
    const QCommandLineOption &start = options.start;
    const QCommandLineOption &minutes = options.minutes;
    const QCommandLineOption &measure = options.measure;
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
    if (journalCheck.valid())
        journalOptions.checkedAs = journalCheck.get();
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

    const auto library = viparita::SequenceLibrary::load(userFolder, language);
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
    if (qEnvironmentVariableIsSet("VIPARITA_QUIT_AFTER_FIRST_FRAME"))
        new viparita::app::FirstFrameProbe(&window);
    window.show();
    viparita::app::installTestHooks(window);

    if (parser.isSet(minutes)) {
        bool isNumber = false;
        const int value = parser.value(minutes).toInt(&isNumber);
        if (!isNumber || value < viparita::SessionPlan::minMinutes ||
            value > viparita::SessionPlan::maxMinutes) {
            spdlog::error("--minutes must be a whole number from 3 to 60, not '{}'",
                          parser.value(minutes).toStdString());
            return 2;
        }
        window.homePage()->setMinutes(value);
    }
    QTimer::singleShot(0, &window, [&] {
        // The cautions come first, once; then an interrupted session, or the session asked
        // for (with the home page's length and breathing pace, as Start would).
        window.welcome(parser.isSet(start) ? parser.value(start) : QString(),
                       parser.isSet(measure));
    });
    const int status = QApplication::exec();
    viparita::Logging::shutdown();
    return status;
}
