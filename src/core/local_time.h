#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace viparita::detail {

constexpr qint64 millisecondsPerDay = 24LL * 60 * 60 * 1000;

/// A time seen on its own clock: the day (Julian day number) and the milliseconds since
/// midnight at the time's own UTC offset.
struct LocalTime {
    qint64 julianDay = 0;
    qint64 millisecondOfDay = 0;
};

inline LocalTime localTimeOf(const QDateTime &time)
{
    // QDate::fromJulianDay(2440588) is 1970-01-01.
    constexpr qint64 julianDayOfEpoch = 2440588;
    const qint64 local = time.toMSecsSinceEpoch() + qint64{time.offsetFromUtc()} * 1000;
    // Floor division, so that times before 1970 land on the right day too.
    qint64 days = local / millisecondsPerDay;
    qint64 rest = local % millisecondsPerDay;
    if (rest < 0) {
        --days;
        rest += millisecondsPerDay;
    }
    return {days + julianDayOfEpoch, rest};
}

constexpr qint64 hours(qint64 count)
{
    return count * 60 * 60 * 1000;
}

// Morning 04:00:00.000 up to (not including) 12:00; evening 18:00 up to midnight.
inline bool isMorning(const LocalTime &time)
{
    return time.millisecondOfDay >= hours(4) && time.millisecondOfDay < hours(12);
}

inline bool isEvening(const LocalTime &time)
{
    return time.millisecondOfDay >= hours(18);
}

} // namespace viparita::detail
