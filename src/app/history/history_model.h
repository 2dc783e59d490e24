#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/display_format.h>
#include <viparita/core/reading.h>
#include <viparita/storage/session_record.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

#include <optional>

namespace viparita::app {

/// Sessions and readings in one table, newest first by default: a session
/// with its sequence, length, before and after and their change, and how
/// the person felt; a reading with its values and context.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { When, Entry, Minutes, Pressure, Change, Category, Feeling, Note, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts right (numbers, times)
        KindRole,                    ///< Kind
        IdRole,                      ///< the session's or the reading's id
        ContextRole,                 ///< ReadingContext of a reading
        TimeRole,                    ///< QDateTime
    };
    enum class Kind { Session, Reading };

    explicit HistoryModel(QObject *parent = nullptr);

    /// Replaces the rows. `readings` are all the readings of the range (of
    /// sessions and on their own); categories follow `guideline`.
    void setContents(const QList<SessionRecord> &sessions, const QList<Reading> &readings,
                     Guideline guideline);
    /// Adds older rows at the end. `sessionReadings` are readings of these
    /// sessions that lie outside `readings` (for their means only).
    void appendContents(const QList<SessionRecord> &sessions, const QList<Reading> &readings,
                        const QList<Reading> &sessionReadings, Guideline guideline);
    /// Where older rows come from when the view wants more (see canFetchMore()).
    void setMoreSource(std::function<void()> fetch, bool hasMore);
    void setHasMore(bool hasMore);
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] const Reading *readingAt(int row) const;
    /// The id of the session in row `row`, if it is a session's row.
    [[nodiscard]] std::optional<qint64> sessionAt(int row) const;
    /// Quick looks at a row, for the filter (no QVariant on the way).
    [[nodiscard]] Kind kindAt(int row) const { return m_rows.at(row).kind; }
    [[nodiscard]] ReadingContext contextAt(int row) const { return m_rows.at(row).context; }
    [[nodiscard]] qint64 dayAt(int row) const { return m_rows.at(row).day; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Row {
        Kind kind = Kind::Reading;
        qint64 id = 0;
        QDateTime at;
        qint64 day = 0; ///< the local day, as a Julian day number
        QString entry;
        std::optional<int> minutes;
        std::optional<double> systolic, diastolic,
            pulse; ///< a reading, or the session's after (else before)
        std::optional<double> beforeSystolic, beforeDiastolic;
        std::optional<double> changeSystolic, changeDiastolic;
        bool positionsDiffer = false; ///< before and after in different positions: not compared
        std::optional<int> feeling;
        QString note;
        ReadingContext context = ReadingContext::Standalone;
        std::optional<BpCategory> category;
        qsizetype reading = -1; ///< index into m_readings for a reading row
    };
    [[nodiscard]] QList<Row> buildRows(const QList<SessionRecord> &sessions,
                                       const QList<Reading> &readings,
                                       const QList<Reading> &sessionReadings, Guideline guideline);

    QList<Row> m_rows;
    QList<Reading> m_readings;
    std::function<void()> m_fetch;
    bool m_hasMore = false;
    DisplayFormat m_format; ///< how numbers and dates are shown
};

} // namespace viparita::app
