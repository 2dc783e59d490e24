#include <viparita/core/app_paths.h>

#include <QDir>
#include <QStandardPaths>

namespace viparita {

QString AppPaths::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::userSequencesFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("sequences"));
}

QString AppPaths::logFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("logs"));
}

QString AppPaths::defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("journal.sqlite"));
}

QString AppPaths::databasePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable(databaseEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabasePath();
}

} // namespace viparita
