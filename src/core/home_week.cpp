#include <viparita/core/home_week.h>

#include "local_time.h"

#include <QCoreApplication>

#include <set>

namespace viparita {

namespace {

struct HomeWeekText {
    Q_DECLARE_TR_FUNCTIONS(viparita::HomeWeek)
};

/// When a slot is over: noon for a morning, midnight for an evening (the local day's end).
bool slotOver(const HomeWeekSlot &slot, const detail::LocalTime &now)
{
    const qint64 day = slot.day.toJulianDay();
    if (now.julianDay != day)
        return now.julianDay > day;
    return !slot.evening && now.millisecondOfDay >= detail::hours(12);
}

} // namespace

HomeWeekProgress HomeWeek::progress(const QDate &firstDay, const QList<Reading> &readings,
                                    const QDateTime &now, Guideline guideline)
{
    HomeWeekProgress progress;
    progress.firstDay = firstDay;
    progress.lastDay = firstDay.addDays(days - 1);
    const detail::LocalTime today = detail::localTimeOf(now);
    const qint64 first = firstDay.toJulianDay();
    const qint64 last = progress.lastDay.toJulianDay();
    progress.dayNumber = today.julianDay < first  ? 0
                         : today.julianDay > last ? days + 1
                                                  : static_cast<int>(today.julianDay - first + 1);
    progress.finished = today.julianDay > last;
    for (int day = 0; day < days; ++day) {
        progress.slots.append({firstDay.addDays(day), false, 0});
        progress.slots.append({firstDay.addDays(day), true, 0});
    }

    // The average: days 2 to 7, whole-number sums as the home average has them.
    HomeSummary &result = progress.result;
    qint64 systolicSum = 0;
    qint64 diastolicSum = 0;
    std::set<qint64> daysUsed;
    for (const Reading &reading : readings) {
        if (!HomeAverage::isHomeReading(reading))
            continue;
        const detail::LocalTime local = detail::localTimeOf(reading.takenAt);
        if (local.julianDay < first || local.julianDay > last)
            continue;
        const bool morning = detail::isMorning(local);
        const bool evening = detail::isEvening(local);
        if (morning || evening) {
            HomeWeekSlot &slot = progress.slots[static_cast<qsizetype>(
                (local.julianDay - first) * 2 + (evening ? 1 : 0))];
            ++slot.readings;
        }
        if (local.julianDay == first)
            continue;
        daysUsed.insert(local.julianDay);
        systolicSum += reading.systolic;
        diastolicSum += reading.diastolic;
        ++result.readings;
        result.morningReadings += morning ? 1 : 0;
        result.eveningReadings += evening ? 1 : 0;
    }
    for (const HomeWeekSlot &slot : std::as_const(progress.slots)) {
        progress.readingsTaken += std::min(slot.readings, readingsPerSlot);
        if (slot.readings < readingsPerSlot && slotOver(slot, today))
            progress.missed.append(slot);
    }

    result.days = static_cast<int>(daysUsed.size());
    if (!daysUsed.empty()) {
        result.from = QDate::fromJulianDay(*daysUsed.begin());
        result.to = QDate::fromJulianDay(*daysUsed.rbegin());
        result.systolic = static_cast<double>(systolicSum) / result.readings;
        result.diastolic = static_cast<double>(diastolicSum) / result.readings;
    }
    result.missing = {std::max(0, HomeAverage::minimumDays - result.days),
                      std::max(0, HomeAverage::minimumReadings - result.readings),
                      result.morningReadings == 0, result.eveningReadings == 0};
    const HomeSummary::Missing &missing = result.missing;
    if (missing.days == 0 && missing.readings == 0 && !missing.morning && !missing.evening) {
        result.status = HomeSummary::Status::Enough;
        result.category =
            BpClassifier::classifyHome(*result.systolic, *result.diastolic, guideline);
    }
    return progress;
}

WeekReadingUse HomeWeek::use(const Reading &reading, const QDate &firstDay)
{
    const qint64 day = detail::localTimeOf(reading.takenAt).julianDay;
    if (day < firstDay.toJulianDay() || day > firstDay.toJulianDay() + days - 1)
        return WeekReadingUse::OutsideWeek;
    if (!HomeAverage::isHomeReading(reading)) {
        const bool ofSession = reading.context != ReadingContext::Standalone &&
                               reading.context != ReadingContext::Before;
        return ofSession ? WeekReadingUse::InSession : WeekReadingUse::NotSeated;
    }
    return day == firstDay.toJulianDay() ? WeekReadingUse::FirstDay : WeekReadingUse::Counted;
}

QString HomeWeek::describeUse(WeekReadingUse use)
{
    switch (use) {
    case WeekReadingUse::Counted:
        return {};
    case WeekReadingUse::FirstDay:
        return HomeWeekText::tr("left out: the first day");
    case WeekReadingUse::InSession:
        return HomeWeekText::tr("left out: taken during or after a session");
    case WeekReadingUse::NotSeated:
        return HomeWeekText::tr("left out: not taken seated");
    case WeekReadingUse::OutsideWeek:
        return HomeWeekText::tr("left out: not a day of the week");
    }
    return {};
}

QString HomeWeek::describeProgress(const HomeWeekProgress &progress, const DisplayFormat &format)
{
    if (progress.dayNumber == 0)
        return HomeWeekText::tr("The week begins on %1.").arg(format.date(progress.firstDay));
    const QString readings =
        HomeWeekText::tr("%1 of %2 readings").arg(progress.readingsTaken).arg(readingsPlanned);
    if (progress.finished)
        return HomeWeekText::tr("The week is over: %1.").arg(readings);
    return HomeWeekText::tr("Day %1 of %2: %3.").arg(progress.dayNumber).arg(days).arg(readings);
}

} // namespace viparita
