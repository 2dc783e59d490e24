#include "test_environment.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace viparita::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(VIPARITA_SOURCE_DIR)).filePath(relative);
}

QString dataHome()
{
    return qEnvironmentVariable("XDG_DATA_HOME");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    INFO(path.toStdString());
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

ProcessResult runCli(const QStringList &arguments, const QString &workingFolder,
                     const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QStringList variables = QProcess::systemEnvironment();
        variables += environment; // later entries win
        process.setEnvironment(variables);
    }
    process.setProgram(QStringLiteral(VIPARITA_CLI_PATH));
    process.setArguments(arguments);
    if (!workingFolder.isEmpty())
        process.setWorkingDirectory(workingFolder);
    process.start();
    INFO("viparita-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace viparita::test
