#include "cli.h"

#include <viparita/core/app_info.h>
#include <viparita/core/localization.h>

#include <QApplication>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Whether the arguments ask for `export --format pdf`: only that draws charts, which need a
/// QApplication; every other command starts with a QCoreApplication, fast and without a display.
bool wantsPdfExport(int argc, char *argv[])
{
    bool exportCommand = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            exportCommand = true;
        else if (std::strcmp(argv[i], "--format=pdf") == 0)
            pdf = true;
        else if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
                 std::strcmp(argv[i + 1], "pdf") == 0)
            pdf = true;
    }
    return exportCommand && pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdfExport(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    viparita::AppInfo::applyToApplication();
    // Messages to people in the system's language; JSON and CSV are written the same in all.
    viparita::Localization::install(viparita::Localization::localeFor());

    // Arguments that are not UTF-8 would reach the commands with replacement characters (a
    // note changed, a file name that is not the one meant): they are named and refused.
    // They are named by the text Qt made of them, argument for argument.
    const QStringList arguments = QCoreApplication::arguments();
    QStringList undecodable;
    for (int i = 1; i < argc && i < arguments.size(); ++i) {
        // Stateless: a sequence cut short at the end is an error too.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(argv[i]));
        if (decoder.hasError())
            undecodable.append(arguments.at(i));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const viparita::cli::Cli cli;
    const int status = cli.run(arguments, out, err, undecodable);
    out.flush();
    err.flush();
    return status;
}
