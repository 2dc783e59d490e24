#pragma once

// Reading the dates and times other apps write: the orders of day, month and year, month
// names, 12-hour clocks, two-digit years, Unix times, UTC offsets; and finding which of
// those a whole column uses. Private to the report library.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTime>

#include <optional>

namespace viparita::importing {

/// The --date-format value of Unix times in seconds and in milliseconds.
inline constexpr QStringView unixSeconds = u"unix";
inline constexpr QStringView unixMilliseconds = u"unix-ms";

/// How the times of a file are to be read, beyond their format.
struct TimeRules {
    /// A QDateTime format of the date (or of the date and time), "unix" or "unix-ms"; empty
    /// for year-month-day (ISO 8601).
    QString format;
    /// A time written without an offset is in UTC (else it is the wall-clock time where it
    /// was taken: local time, or `offset` when given).
    bool utc = false;
    /// The day that nothing may come after (two-digit years go to the latest century
    /// before it).
    QDate today;
};

/// A moment as read, or the reason it could not be.
struct Moment {
    QDateTime time; ///< with its UTC offset; invalid when `problem` is set
    QString problem;
};

/// Reads `date` (which may hold the time too, and an offset such as "+01:00", "Z",
/// "UTC+0100"), `clock` (a separate time column, or empty) and `offset` (a separate offset
/// column, or empty) by `rules`.
[[nodiscard]] Moment readMoment(const QString &date, const QString &clock, const QString &offset,
                                const TimeRules &rules);

/// A local time as a time with its UTC offset of that moment, in whole minutes as the CSV and
/// ISO 8601 write offsets: the wall-clock time stays as written (local mean time, before time
/// zones, had offsets in seconds, such as +00:53:28). A time with an offset already is as it is.
[[nodiscard]] QDateTime withOwnOffset(const QDateTime &time);

/// "07:12", "7:12:05", "07:12 am", "7:12 p.m.", "07:12:05.250": the time of day.
[[nodiscard]] std::optional<QTime> readClock(const QString &text);

/// "+01:00", "-0530", "+01", "Z", "UTC", "UTC+0100", "GMT+1", "GMT-03:30" as seconds east
/// of UTC.
[[nodiscard]] std::optional<int> readOffset(const QString &text);

/// What a whole column of dates says about their format.
struct ColumnDates {
    /// The format to read them with (as TimeRules::format); meaningful when `problem` is
    /// empty.
    QString format;
    /// How it was settled, for the person to check: "day first: 13/04/2026 on line 9".
    QString evidence;
    /// Why no format can be settled: the dates are ambiguous, mixed or unreadable; names the
    /// --date-format values that would settle it.
    QString problem;
};

/// Finds the format of `cells` (a date column, one cell per data row; `lines` the line of
/// each) from all of them: day first or month first is settled by a day over 12 anywhere in
/// the column, or by the one order that keeps the dates in the past and in the file's
/// order. `today` is the last possible day. When every date reads both ways, `settle` (the
/// format the file's source writes, if known) decides; without it that is a problem.
[[nodiscard]] ColumnDates detectDateFormat(const QStringList &cells, const QList<int> &lines,
                                           const QDate &today, const QString &settle = {});

/// The month (1-12) a word names in English, German, French, Spanish, Italian or Dutch, in
/// full or shortened ("Mar", "März", "mars", "mar.", "marzo", "maart"); 0 for none.
[[nodiscard]] int monthOfName(const QString &word);

} // namespace viparita::importing
