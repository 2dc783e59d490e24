#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/home_average.h>
#include <viparita/core/reading.h>

#include <QDate>
#include <QDateTime>
#include <QList>

namespace viparita {

/// One measurement slot of a home-monitoring week: a morning (04:00-11:59, before any
/// medication) or an evening (18:00-23:59), each with two readings a minute or two apart.
struct HomeWeekSlot {
    QDate day;
    bool evening = false;
    int readings = 0; ///< home readings taken in it (their own clock)

    friend bool operator==(const HomeWeekSlot &, const HomeWeekSlot &) = default;
};

/// Where a home-monitoring week stands, and what it says.
struct HomeWeekProgress {
    QDate firstDay;
    QDate lastDay;
    /// Today's day of the week, 1 to 7; 0 before it begins, 8 once it is over.
    int dayNumber = 0;
    /// Readings in its slots, counting at most two a slot (the plan's 28).
    int readingsTaken = 0;
    QList<HomeWeekSlot> slots; ///< its 14 slots, in order
    /// Slots already over with fewer than two readings.
    QList<HomeWeekSlot> missed;
    /// The week is over (its last evening has passed).
    bool finished = false;
    /// The protocol's average: the home readings of days 2 to 7 (the first day left out), with
    /// the verdict when there is enough for one (3 days, 12 readings, mornings and evenings).
    HomeSummary result;
};

/// What a week makes of one reading.
enum class WeekReadingUse {
    Counted,     ///< in its average
    FirstDay,    ///< taken on its first day, which the protocol leaves out
    InSession,   ///< taken during or after a session, not a home reading
    NotSeated,   ///< taken lying or standing, not a home reading
    OutsideWeek, ///< not on one of its days
};

/// The home-monitoring week of the protocol (ESH 2023, AHA/ACC agreeing in substance): seven
/// consecutive days, a morning and an evening slot each, two readings a slot; the first day
/// is left out of the average.
class HomeWeek final {
public:
    static constexpr int days = 7;
    static constexpr int readingsPerSlot = 2;
    static constexpr int readingsPlanned = days * 2 * readingsPerSlot;

    /// The week that begins on `firstDay`, at `now`, from `readings` (any; only home readings
    /// of its days count), judged by `guideline`'s home thresholds.
    [[nodiscard]] static HomeWeekProgress progress(const QDate &firstDay,
                                                   const QList<Reading> &readings,
                                                   const QDateTime &now, Guideline guideline);
    /// What the week that begins on `firstDay` makes of `reading` (the same rules as
    /// progress()).
    [[nodiscard]] static WeekReadingUse use(const Reading &reading, const QDate &firstDay);
    /// Why a reading is left out, in words ("the first day is left out"); empty when counted.
    [[nodiscard]] static QString describeUse(WeekReadingUse use);
    /// "Day 3 of 7: 10 of 28 readings." (or that it begins on a day, or is over).
    [[nodiscard]] static QString describeProgress(const HomeWeekProgress &progress,
                                                  const DisplayFormat &format);
};

} // namespace viparita
