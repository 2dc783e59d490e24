#include <viparita/storage/backups.h>

#include <viparita/storage/journal.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct BackupsText {
    Q_DECLARE_TR_FUNCTIONS(viparita::Backups)
};

StorageError failure(const QString &message)
{
    return {StorageError::Kind::Failed, message};
}

/// Checks, without writing to it, that `file` is a sound Viparita journal
/// this version can read. Gives the problem, or an empty string.
QString checkJournalFile(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return BackupsText::tr("%1 does not exist.").arg(file);
    const QString connection =
        u"viparita-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        database.setDatabaseName(file);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(database);
        auto value = [&](const QString &pragma) -> QVariant {
            if (!query.exec(u"PRAGMA "_s + pragma) || !query.next())
                return {};
            return query.value(0);
        };
        if (!database.open()) {
            problem =
                BackupsText::tr("%1 cannot be opened: %2").arg(file, database.lastError().text());
        } else if (const QVariant check = value(u"integrity_check"_s);
                   check.toString() != u"ok"_s) {
            problem = BackupsText::tr("%1 is damaged or not a database (integrity check: %2).")
                          .arg(file, check.isValid() ? check.toString() : query.lastError().text());
        } else if (value(u"application_id"_s).toInt() != Journal::applicationId) {
            problem = BackupsText::tr("%1 is not a Viparita journal.").arg(file);
        } else if (const int version = value(u"user_version"_s).toInt();
                   version > Journal::schemaVersion) {
            problem = BackupsText::tr(
                          "%1 was written by a newer version of Viparita (journal version %2).")
                          .arg(file)
                          .arg(version);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

const QRegularExpression &dailyName()
{
    static const QRegularExpression pattern(u"^journal-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"_s);
    return pattern;
}

} // namespace

QString Backups::folderFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(u"backups"_s);
}

QStringList Backups::list(const QString &folder)
{
    QDir dir(folder);
    QStringList files;
    const QStringList names =
        dir.entryList({u"journal-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

StorageResult<QString> Backups::makeDaily(const Journal &journal, const QString &folder,
                                          const QDate &today)
{
    const QString name = u"journal-%1.sqlite"_s.arg(today.toString(Qt::ISODate));
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target))
        return QString();
    if (!QFileInfo(folder).isDir()) {
        // Health records: only their owner may look into the backups.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return failure(BackupsText::tr("The backup folder %1 could not be made.").arg(folder));
    }
    // Written under another name first, so a cut-off copy never looks like a backup.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    if (const auto written = journal.backupTo(partial); !written.ok())
        return written.error();
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return failure(BackupsText::tr("The backup %1 could not be put in place.").arg(target));
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);

    QStringList daily;
    for (const QString &file : list(folder)) {
        if (dailyName().match(QFileInfo(file).fileName()).hasMatch())
            daily.append(file);
    }
    for (qsizetype i = keptDailyBackups; i < daily.size(); ++i)
        QFile::remove(daily.at(i));
    return target;
}

StorageResult<QString> Backups::restore(const QString &journalPath, const QString &backupFile,
                                        const QString &folder)
{
    if (const QString problem = checkJournalFile(backupFile); !problem.isEmpty())
        return StorageError{StorageError::Kind::NotAJournal,
                            BackupsText::tr("Nothing was restored: %1").arg(problem)};
    if (!QDir().mkpath(folder))
        return failure(
            BackupsText::tr("Nothing was restored: the backup folder %1 could not be made.")
                .arg(folder));

    // Keep what is there now, whatever its state.
    QString safetyCopy;
    if (QFileInfo::exists(journalPath)) {
        safetyCopy = QDir(folder).filePath(u"journal-%1-before-restore.sqlite"_s.arg(
            QDateTime::currentDateTime().toString(u"yyyy-MM-ddTHHmmss"_s)));
        bool saved = false;
        {
            auto opened = Journal::open(journalPath, {});
            if (opened.journal)
                saved = opened.journal->backupTo(safetyCopy).ok();
        }
        if (!saved) {
            QFile::remove(safetyCopy);
            saved = QFile::copy(journalPath, safetyCopy);
        }
        if (!saved)
            return failure(BackupsText::tr(
                               "Nothing was restored: the current journal could not be saved to %1 "
                               "first.")
                               .arg(safetyCopy));
    }

    const QString incoming = journalPath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        return failure(
            BackupsText::tr("Nothing was restored: %1 could not be copied next to the journal.")
                .arg(backupFile));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(journalPath + u"-wal"_s);
    QFile::remove(journalPath + u"-shm"_s);
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(journalPath).constData()) != 0) {
        QFile::remove(incoming);
        return failure(
            BackupsText::tr("Nothing was restored: the journal %1 could not be replaced.")
                .arg(journalPath));
    }
    return safetyCopy;
}

} // namespace viparita
