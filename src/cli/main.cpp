#include "cli.h"

#include <viparita/core/app_info.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const viparita::cli::Cli cli;
    const int status = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
