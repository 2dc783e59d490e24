#pragma once

#include <viparita/storage/journal.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace viparita {

/// The journal's connection and the helpers its parts share.
class Journal::Private {
public:
    QString path;
    QString connectionName;
    bool readOnly = false;
    QString readOnlyReason;
    /// Set by errorFrom(): why the last failure found no room to write (a full disk, a file
    /// size limit), or empty when it was something else.
    mutable QString noRoom;
    /// Told of each committed change (Journal::setChangeListener).
    Journal::ChangeListener listener;

    [[nodiscard]] QSqlDatabase database() const
    {
        return QSqlDatabase::database(connectionName, false);
    }
    [[nodiscard]] QSqlQuery query() const { return QSqlQuery(database()); }
    /// SQLite's own handle of the connection, for the bulk reads of years of records
    /// (SQLite's API reads rows several times faster than QSqlQuery); null when the
    /// journal is not open.
    [[nodiscard]] sqlite3 *sqliteHandle() const;
    /// The errno of SQLite's last failed system call on this connection, 0 when unknown.
    [[nodiscard]] int systemErrorNumber() const;

    /// A storage error for a failed SQL statement, its kind read from
    /// SQLite's result code.
    [[nodiscard]] StorageError errorFrom(const QSqlError &error, const QString &doing) const;
    /// An error when the journal cannot be written.
    [[nodiscard]] StorageError writeRefusal() const;
    /// Prepares and runs a statement; on failure, `error` says why.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing,
             StorageError &error) const;
    /// Reads the row of `table` with `id` (its `columns`) and makes it with `from`; NotFound,
    /// saying `notFound` (with the id for %1), when there is none.
    template <typename Row, typename From>
    [[nodiscard]] StorageResult<Row> rowById(const QString &table, const QString &columns,
                                             qint64 id, const QString &notFound,
                                             const From &from) const
    {
        QSqlQuery found = query();
        StorageError error;
        if (!run(found, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table), {id},
                 readingTheJournal(), error))
            return error;
        if (!found.next())
            return StorageError{StorageError::Kind::NotFound, notFound.arg(id)};
        return Row(from(found));
    }
    /// "Reading the journal", what a failed read was doing.
    [[nodiscard]] static QString readingTheJournal();
    /// A read through SQLite's own API that failed: said in words, SQLite's message logged.
    [[nodiscard]] StorageError readFailed(sqlite3 *database) const;

    /// Runs `work` in one "BEGIN IMMEDIATE" transaction: committed when it
    /// returns no error, rolled back otherwise. Once committed, the listener is told of
    /// `change` (nothing for a change no view shows, as an upgrade of the schema).
    [[nodiscard]] StorageError inTransaction(const QString &doing,
                                             std::optional<JournalChange> change,
                                             const std::function<StorageError()> &work) const;
};

namespace detail {

/// Text for people, in the journal's translation context.
struct JournalText {
    Q_DECLARE_TR_FUNCTIONS(viparita::Journal)
};

/// A moment as stored: UTC milliseconds and the UTC offset in seconds.
[[nodiscard]] QVariant utcMilliseconds(const QDateTime &time);
[[nodiscard]] QVariant utcOffset(const QDateTime &time);
/// The moment back, in its own UTC offset.
[[nodiscard]] QDateTime storedTime(const QVariant &milliseconds, const QVariant &offset);
/// Local-time bounds of a DateRange, as "local milliseconds since 1970".
[[nodiscard]] std::pair<qint64, qint64> localBounds(const DateRange &range);
/// Inserts a reading (checked first) inside a transaction already open.
[[nodiscard]] StorageError insertReading(const Journal::Private &d, const Reading &reading,
                                         qint64 &id);
/// Inserts readings, already checked, inside a transaction already open: the one INSERT of a
/// reading, prepared once for as many as are given (an import of ten years inserts a hundred
/// thousand).
class ReadingInserter {
public:
    explicit ReadingInserter(const Journal::Private &d);
    ~ReadingInserter();
    ReadingInserter(const ReadingInserter &) = delete;
    ReadingInserter &operator=(const ReadingInserter &) = delete;
    /// Inserts the reading; its new id in `id` when asked for.
    [[nodiscard]] StorageError insert(const Reading &reading, qint64 *id = nullptr);
    /// Inserts the readings, in order: `batchRows` at a time with one statement (SQLite's work
    /// of running a statement is then shared by as many rows), the rest one by one.
    [[nodiscard]] StorageError insert(const QList<const Reading *> &readings);
    static constexpr int batchRows = 64;

private:
    [[nodiscard]] StorageError failed() const;
    /// Binds the columns of `reading` from the statement's parameter `first` on.
    void bind(sqlite3_stmt *statement, int first, const Reading &reading);

    const Journal::Private &m_d;
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_batch = nullptr;
};
/// A nullable column from an optional value.
template <typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace detail

} // namespace viparita
