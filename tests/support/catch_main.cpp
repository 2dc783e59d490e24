// The Catch2 main of every test binary: a Qt application object on the
// offscreen platform, in English, and data, config and cache folders in a temporary
// folder of this process's own, so tests never touch a person's data and
// may run in parallel.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <viparita/core/app_info.h>
#include <viparita/core/localization.h>

#include <QDir>
#include <QTemporaryDir>

#ifdef VIPARITA_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 3;
    const QDir homeDir(home.path());
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = homeDir.filePath(QString::fromLatin1(variable).toLower());
        if (!QDir().mkpath(folder))
            return 3;
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(variable, folder.toUtf8());
    }
    qunsetenv("VIPARITA_DATABASE");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    TestApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    // English as the programs speak it (plurals made whole by its translation), numbers and
    // dates as in the C locale, whatever the machine's language.
    viparita::Localization::install(QLocale::c());
    Catch::Session session;
    if (const int status = session.applyCommandLine(argc, argv); status != 0)
        return status;
    // A test case without an assertion, or a name that matches no test
    // case (as ctest passes it), fails instead of passing silently.
    session.configData().warnings = static_cast<Catch::WarnAbout::What>(
        Catch::WarnAbout::NoAssertions | Catch::WarnAbout::NoTests);
    return session.run();
}
