#include "journal_private.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStorageInfo>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::JournalText;

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADatabase = 26;

/// Whether the file system holding `path` has (almost) no room left: for an I/O error whose
/// cause SQLite did not keep.
bool fileSystemFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    constexpr qint64 almostNothing = 64 * 1024;
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < almostNothing;
}

} // namespace

QString Journal::Private::readingTheJournal()
{
    return JournalText::tr("Reading the journal");
}

StorageError Journal::Private::readFailed(sqlite3 *database) const
{
    spdlog::info("Reading the journal ({}): SQLite says: {}", path.toStdString(),
                 database ? sqlite3_errmsg(database) : "not open");
    return {StorageError::Kind::Failed,
            JournalText::tr(
                "Reading the journal %1 failed: the database gave an error. Nothing was changed; "
                "the log (viparita-cli --verbose) has the details.")
                .arg(path)};
}

int Journal::Private::systemErrorNumber() const
{
    sqlite3 *sqlite = sqliteHandle();
    return sqlite ? sqlite3_system_errno(sqlite) : 0;
}

StorageError Journal::Private::errorFrom(const QSqlError &error, const QString &doing) const
{
    // The low byte of an extended result code is its primary code.
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // The database's own words go to the log; the message says what happened, in words.
    spdlog::info("{} ({}): SQLite says: {}", doing.toStdString(), path.toStdString(),
                 detail.toStdString());
    StorageError result{
        StorageError::Kind::Failed,
        JournalText::tr("%1 failed in the journal %2: the database refused it. Nothing was "
                        "changed; the log (viparita-cli --verbose) has the details.")
            .arg(doing, path)};
    noRoom.clear();
    // A write that found no room: SQLITE_FULL, or an I/O error (the shared-memory index or
    // the write-ahead log could not grow) whose system error says why.
    const bool ioError = code == sqliteIoError || code == sqliteCantOpen;
    const int systemError = ioError || code == sqliteFull ? systemErrorNumber() : 0;
    const bool diskFull = (ioError || code == sqliteFull) && fileSystemFull(path);
    if (code == sqliteFull || diskFull ||
        (ioError && (systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG))) {
        if (diskFull || systemError == ENOSPC) {
            noRoom = JournalText::tr("the disk holding it is full: no space left on the device");
            result.message =
                JournalText::tr(
                    "%1 failed: the disk holding the journal %2 is full (no space left on the "
                    "device). Nothing was changed; free some space and try again.")
                    .arg(doing, path);
        } else {
            noRoom = systemError == EFBIG
                         ? JournalText::tr("the file size limit of this program was reached")
                     : systemError == EDQUOT
                         ? JournalText::tr("the disk quota was reached")
                         : JournalText::tr("a file size limit or a disk quota was reached");
            result.message =
                JournalText::tr("%1 failed: there is no room for the journal %2 to grow: %3. "
                                "Nothing was changed.")
                    .arg(doing, path, noRoom);
        }
        return result;
    }
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        result.kind = StorageError::Kind::Locked;
        result.message =
            JournalText::tr("%1 failed: the journal %2 is in use by another program (it stayed "
                            "locked). Nothing was changed; try again in a moment.")
                .arg(doing, path);
        break;
    case sqliteReadOnly:
        result.kind = StorageError::Kind::ReadOnly;
        result.message =
            JournalText::tr("%1 failed: the journal %2 cannot be written (read-only file or "
                            "folder). Nothing was changed.")
                .arg(doing, path);
        break;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        result.kind = StorageError::Kind::Damaged;
        result.message =
            JournalText::tr("%1 failed: the journal %2 is damaged. It has not been changed; a "
                            "backup can be restored (viparita-cli restore).")
                .arg(doing, path);
        break;
    case sqliteIoError:
    case sqliteCantOpen:
        result.message =
            JournalText::tr("%1 failed: the journal %2 could not be read or written (the disk "
                            "or the file gave an error). Nothing was changed; check the disk "
                            "and try again.")
                .arg(doing, path);
        break;
    case sqliteConstraint:
        result.kind = StorageError::Kind::Invalid;
        break;
    default:
        break;
    }
    return result;
}

sqlite3 *Journal::Private::sqliteHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

StorageError Journal::Private::writeRefusal() const
{
    if (!readOnly)
        return {};
    return {StorageError::Kind::ReadOnly,
            JournalText::tr("The journal %1 is open read-only: %2").arg(path, readOnlyReason)};
}

bool Journal::Private::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                           const QString &doing, StorageError &error) const
{
    if (!query.prepare(sql)) {
        error = errorFrom(query.lastError(), doing);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        error = errorFrom(query.lastError(), doing);
        return false;
    }
    return true;
}

StorageError Journal::Private::inTransaction(const QString &doing,
                                             std::optional<JournalChange> change,
                                             const std::function<StorageError()> &work) const
{
    if (StorageError refusal = writeRefusal(); refusal.isError())
        return refusal;
    QSqlQuery begin = query();
    // IMMEDIATE takes the write lock at once, waiting (busy timeout) for
    // another writer instead of failing half-way.
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return errorFrom(begin.lastError(), doing);
    StorageError error = work();
    QSqlQuery end = query();
    if (error.isError()) {
        end.exec(u"ROLLBACK"_s);
        return error;
    }
    if (!end.exec(u"COMMIT"_s)) {
        error = errorFrom(end.lastError(), doing);
        QSqlQuery rollback = query();
        rollback.exec(u"ROLLBACK"_s);
        return error;
    }
    if (change && listener)
        listener(*change);
    return error;
}

namespace detail {

QVariant utcMilliseconds(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QVariant utcOffset(const QDateTime &time)
{
    return time.offsetFromUtc();
}

QDateTime storedTime(const QVariant &milliseconds, const QVariant &offset)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::OffsetFromUTC,
                                          offset.toInt());
}

std::pair<qint64, qint64> localBounds(const DateRange &range)
{
    const qint64 from = range.from ? range.from->startOfDay(Qt::UTC).toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::min();
    const qint64 to = range.to ? range.to->addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch()
                               : std::numeric_limits<qint64>::max();
    return {from, to};
}

} // namespace detail

Journal::Journal(std::unique_ptr<Private> implementation) : d(std::move(implementation)) {}

Journal::~Journal()
{
    const QString name = d->connectionName;
    {
        QSqlDatabase database = d->database();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Journal::setChangeListener(ChangeListener listener)
{
    d->listener = std::move(listener);
}

const QString &Journal::path() const
{
    return d->path;
}

bool Journal::isReadOnly() const
{
    return d->readOnly;
}

const QString &Journal::readOnlyReason() const
{
    return d->readOnlyReason;
}

StorageStatus Journal::backupTo(const QString &file) const
{
    const QString doing = JournalText::tr("Backing up to %1").arg(file);
    if (QFileInfo::exists(file))
        return StorageError{StorageError::Kind::Failed,
                            JournalText::tr("%1 failed: the file already exists.").arg(doing)};
    QSqlQuery query = d->query();
    StorageError error;
    if (!d->run(query, u"VACUUM INTO ?"_s, {file}, doing, error))
        return error;
    return true;
}

} // namespace viparita
