#include "journal_private.h"
#include "schema.h"

#include <viparita/storage/backups.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::JournalText;

namespace {

constexpr int busyTimeoutMilliseconds = 5000;

StorageError fail(StorageError::Kind kind, const QString &message)
{
    return {kind, message};
}

/// Creates an empty file that only its owner may read and write.
bool createPrivateFile(const QString &path, QString &problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        problem = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
}

/// Whether the journal's write-ahead log holds anything (frames not yet in the file).
bool hasLogContent(const QString &path)
{
    return QFileInfo(path + u"-wal"_s).size() > 0;
}

QString latestBackupNote(const QString &folder)
{
    const QStringList backups = Backups::list(folder);
    if (backups.isEmpty())
        return JournalText::tr("No backup was found in %1.")
            .arg(folder.isEmpty() ? JournalText::tr("the backups folder") : folder);
    return JournalText::tr("The latest backup is %1; 'viparita-cli restore %1' puts it back.")
        .arg(backups.first());
}

/// The answer of a one-row PRAGMA, or an error.
std::optional<QVariant> pragmaValue(Journal::Private &d, const QString &pragma, StorageError &error)
{
    QSqlQuery query = d.query();
    if (!query.exec(u"PRAGMA "_s + pragma)) {
        error = d.errorFrom(query.lastError(), JournalText::tr("Reading the journal"));
        return std::nullopt;
    }
    if (!query.next())
        return QVariant();
    return query.value(0);
}

/// The rows of PRAGMA quick_check, joined; "ok" for a sound file. A file that
/// Journal::checkFile() found sound just before is only read once here, which still
/// finds what this connection itself cannot do (size its shared-memory index, for one).
std::optional<QString> quickCheck(Journal::Private &d, StorageError &error, bool checkedBefore)
{
    QSqlQuery query = d.query();
    if (!query.exec(checkedBefore ? u"SELECT count(*) FROM sqlite_schema"_s
                                  : u"PRAGMA quick_check"_s)) {
        error = d.errorFrom(query.lastError(), JournalText::tr("Checking the journal"));
        return std::nullopt;
    }
    if (checkedBefore)
        return u"ok"_s;
    QStringList rows;
    while (query.next() && rows.size() < 5)
        rows.append(query.value(0).toString());
    return rows.join(u"; "_s);
}

/// Connects to the journal. A read-only connection to a file that cannot be
/// written at all (nor its folder) is opened "immutable": SQLite then reads
/// it without the shared-memory file it could not create.
bool connect(Journal::Private &d, bool readOnly, bool immutable, StorageError &error)
{
    {
        QSqlDatabase old = QSqlDatabase::database(d.connectionName, false);
        if (old.isValid())
            old.close();
    }
    QSqlDatabase::removeDatabase(d.connectionName);
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, d.connectionName);
    if (!database.isValid()) {
        error = fail(
            StorageError::Kind::Failed,
            JournalText::tr("The SQLite driver of Qt is missing (install libqt6sql6-sqlite)."));
        return false;
    }
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMilliseconds);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable) {
        options += u";QSQLITE_OPEN_URI"_s;
        database.setDatabaseName(QUrl::fromLocalFile(d.path).toString(QUrl::FullyEncoded) +
                                 u"?immutable=1"_s);
    } else {
        database.setDatabaseName(d.path);
    }
    database.setConnectOptions(options);
    if (!database.open()) {
        error = d.errorFrom(database.lastError(), JournalText::tr("Opening the journal"));
        return false;
    }
    return true;
}

bool migrate(Journal::Private &d, int fromVersion, StorageError &error)
{
    bool changed = false;
    for (const auto &step : detail::schemaSteps()) {
        if (step.version <= fromVersion)
            continue;
        error = d.inTransaction(
            JournalText::tr("Upgrading the journal"), std::nullopt, [&d, &step]() -> StorageError {
                StorageError stepError;
                for (const QString &statement : step.statements) {
                    QSqlQuery query = d.query();
                    if (!query.exec(statement))
                        return d.errorFrom(query.lastError(),
                                           JournalText::tr("Upgrading the journal"));
                }
                QSqlQuery version = d.query();
                if (!version.exec(u"PRAGMA user_version = %1"_s.arg(step.version)))
                    return d.errorFrom(version.lastError(),
                                       JournalText::tr("Upgrading the journal"));
                return stepError;
            });
        if (error.isError())
            return false;
        spdlog::info("Journal {} upgraded to schema version {}", d.path.toStdString(),
                     step.version);
        changed = true;
    }
    // A step that makes a table anew leaves the old one's pages free: they are given back,
    // so that a new journal holds no empty pages. Nothing is lost if this fails (a full
    // disk, say): the pages are reused as the journal grows.
    if (changed) {
        QSqlQuery vacuum = d.query();
        if (!vacuum.exec(u"VACUUM"_s))
            spdlog::warn("Journal {}: the free pages after the upgrade were left in place ({})",
                         d.path.toStdString(), vacuum.lastError().text().toStdString());
    }
    return true;
}

} // namespace

QString Journal::checkFile(const QString &path)
{
    sqlite3 *database = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString result;
    if (sqlite3_open_v2(name.constData(), &database, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        result = QString::fromUtf8(sqlite3_errmsg(database));
    } else {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(database, "PRAGMA quick_check", -1, &statement, nullptr) !=
            SQLITE_OK) {
            result = QString::fromUtf8(sqlite3_errmsg(database));
        } else {
            QStringList rows;
            int status = SQLITE_ROW;
            while ((status = sqlite3_step(statement)) == SQLITE_ROW && rows.size() < 5)
                rows.append(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            result = status == SQLITE_ROW || status == SQLITE_DONE
                         ? rows.join(u"; "_s)
                         : QString::fromUtf8(sqlite3_errmsg(database));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return result;
}

JournalOpenResult Journal::open(const QString &path, const OpenOptions &options)
{
    JournalOpenResult result;
    if (path.isEmpty()) {
        result.error =
            fail(StorageError::Kind::Failed, JournalText::tr("No journal file was given."));
        return result;
    }
    auto d = std::make_unique<Private>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->connectionName = u"viparita-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QFileInfo file(d->path);
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!options.createFolder) {
            result.error =
                fail(StorageError::Kind::FolderMissing,
                     JournalText::tr("The folder %1 of the journal does not exist.").arg(folder));
            return result;
        }
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            result.error =
                fail(StorageError::Kind::FolderMissing,
                     JournalText::tr("The folder %1 of the journal does not exist and could not be "
                                     "made (check that its parent folder exists and can be "
                                     "written).")
                         .arg(folder));
            return result;
        }
    }
    if (!file.exists()) {
        QString problem;
        if (!createPrivateFile(d->path, problem)) {
            result.error = fail(
                QFileInfo(folder).isWritable() ? StorageError::Kind::Failed
                                               : StorageError::Kind::ReadOnly,
                JournalText::tr("The journal %1 could not be created: %2.").arg(d->path, problem));
            return result;
        }
    } else if (!file.isFile()) {
        result.error = fail(StorageError::Kind::NotAJournal,
                            JournalText::tr("%1 is not a file.").arg(d->path));
        return result;
    } else if (!file.isReadable()) {
        result.error =
            fail(StorageError::Kind::ReadOnly,
                 JournalText::tr("The journal %1 cannot be read (no permission).").arg(d->path));
        return result;
    }

    // First look without writing: a damaged file, or one from a newer
    // Viparita, must not be touched.
    StorageError error;
    const bool writable = QFileInfo(d->path).isWritable() && QFileInfo(folder).isWritable();
    // No room to write (a full disk, a file size limit): the journal is only read.
    QString noRoom;
    if (QFileInfo(d->path).size() > 0) {
        if (!connect(*d, true, !writable, error)) {
            result.error = error;
            return result;
        }
        auto check = quickCheck(*d, error, options.checkedAs == u"ok"_s);
        if (!check && !d->noRoom.isEmpty() && writable && !hasLogContent(d->path)) {
            // SQLite could not size its shared-memory index for want of space. With nothing
            // in the write-ahead log the file itself is the whole journal: read it as it is.
            const StorageError spaceError = error;
            noRoom = d->noRoom;
            if (connect(*d, true, true, error))
                check = quickCheck(*d, error, false);
            if (!check) {
                noRoom.clear();
                error = spaceError;
            }
        }
        // Only what SQLite finds wrong in the file itself is damage; a full disk, a lock
        // or an unreadable file is said as it is.
        if (!check && error.kind != StorageError::Kind::Damaged) {
            result.error = error;
            return result;
        }
        if (!check || *check != u"ok"_s) {
            spdlog::info("The journal {} failed its check: {}", d->path.toStdString(),
                         (check ? *check : error.message).toStdString());
            result.error =
                fail(StorageError::Kind::Damaged,
                     JournalText::tr("The journal %1 is damaged, or is not a Viparita journal: it "
                                     "cannot be read. It has not been changed. %2")
                         .arg(d->path, latestBackupNote(options.backupFolder)));
            return result;
        }
        const auto storedId = pragmaValue(*d, u"application_id"_s, error);
        const auto version = pragmaValue(*d, u"user_version"_s, error);
        const auto schemaChanges = pragmaValue(*d, u"schema_version"_s, error);
        if (!storedId || !version || !schemaChanges) {
            result.error = error;
            return result;
        }
        const bool empty = version->toInt() == 0 && schemaChanges->toInt() == 0;
        if (!empty && storedId->toInt() != Journal::applicationId) {
            result.error =
                fail(StorageError::Kind::NotAJournal,
                     JournalText::tr("%1 is an SQLite database, but not a Viparita journal. It has "
                                     "not been changed.")
                         .arg(d->path));
            return result;
        }
        if (version->toInt() > schemaVersion) {
            d->readOnly = true;
            d->readOnlyReason =
                JournalText::tr("it was written by a newer version of Viparita (journal "
                                "version %1, this version knows %2); it is opened read-only and "
                                "nothing is written to it. Update Viparita to change it.")
                    .arg(version->toInt())
                    .arg(schemaVersion);
            result.error = fail(
                StorageError::Kind::NewerVersion,
                JournalText::tr("The journal %1 is read-only: %2").arg(d->path, d->readOnlyReason));
            result.journal.reset(new Journal(std::move(d)));
            return result;
        }
    }
    if (!noRoom.isEmpty()) {
        d->readOnly = true;
        d->readOnlyReason =
            JournalText::tr(
                "there is no room to write to it (%1). It can be read; make room to change it.")
                .arg(noRoom);
        result.error = fail(
            StorageError::Kind::ReadOnly,
            JournalText::tr("The journal %1 is read-only: %2").arg(d->path, d->readOnlyReason));
        result.journal.reset(new Journal(std::move(d)));
        return result;
    }
    if (!writable) {
        if (!connect(*d, true, true, error)) {
            result.error = error;
            return result;
        }
        d->readOnly = true;
        d->readOnlyReason = QFileInfo(d->path).isWritable()
                                ? JournalText::tr("its folder %1 cannot be written.").arg(folder)
                                : JournalText::tr("the file cannot be written (no permission).");
        result.error = fail(
            StorageError::Kind::ReadOnly,
            JournalText::tr("The journal %1 is read-only: %2").arg(d->path, d->readOnlyReason));
        result.journal.reset(new Journal(std::move(d)));
        return result;
    }

    if (!connect(*d, false, false, error)) {
        result.error = error;
        return result;
    }
    for (const QString &pragma :
         {u"journal_mode = WAL"_s, u"synchronous = FULL"_s, u"foreign_keys = ON"_s}) {
        if (!pragmaValue(*d, pragma, error)) {
            result.error = error;
            return result;
        }
    }
    const auto version = pragmaValue(*d, u"user_version"_s, error);
    if (!version || !migrate(*d, version->toInt(), error)) {
        result.error = error;
        return result;
    }
    result.journal.reset(new Journal(std::move(d)));
    return result;
}

} // namespace viparita
