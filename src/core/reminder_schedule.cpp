#include <viparita/core/reminder_schedule.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct ReminderScheduleText {
    Q_DECLARE_TR_FUNCTIONS(viparita::ReminderSchedule)
};

constexpr int weekDays = 7;

} // namespace

QString ReminderPlan::daysText(const QList<int> &days)
{
    QList<int> sorted;
    for (const int day : days) {
        if (day >= 1 && day <= 7 && !sorted.contains(day))
            sorted.append(day);
    }
    std::sort(sorted.begin(), sorted.end());
    QStringList words;
    for (const int day : sorted)
        words.append(QString::number(day));
    return words.join(u',');
}

QList<int> ReminderPlan::daysFrom(const QString &text)
{
    QList<int> days;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = word.trimmed().toInt(&ok);
        if (ok && day >= 1 && day <= 7 && !days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString Reminder::title() const
{
    switch (kind) {
    case Kind::Practice:
        return ReminderScheduleText::tr("Time for your practice");
    case Kind::WeekMorning:
        return ReminderScheduleText::tr("Your morning measurement");
    case Kind::WeekEvening:
        return ReminderScheduleText::tr("Your evening measurement");
    }
    return {};
}

QString Reminder::body() const
{
    switch (kind) {
    case Kind::Practice:
        return ReminderScheduleText::tr("Ten quiet minutes with your legs up the wall.");
    case Kind::WeekMorning:
        return ReminderScheduleText::tr(
                   "Day %1 of 7 of your home week: before any medicine, sit for five minutes, "
                   "then take two readings a minute apart.")
            .arg(weekDay);
    case Kind::WeekEvening:
        return ReminderScheduleText::tr(
                   "Day %1 of 7 of your home week: sit for five minutes, then take two readings "
                   "a minute apart.")
            .arg(weekDay);
    }
    return {};
}

std::optional<Reminder> ReminderSchedule::next(const ReminderPlan &plan, const QList<QDate> &weeks,
                                               const QDateTime &after)
{
    std::optional<Reminder> earliest;
    const auto consider = [&](const Reminder &candidate) {
        if (candidate.at > after && (!earliest || candidate.at < earliest->at))
            earliest = candidate;
    };
    const QDate today = after.date();
    // Today and the seven days after: every chosen weekday comes once in them.
    for (int offset = 0; offset <= weekDays; ++offset) {
        const QDate day = today.addDays(offset);
        if (plan.practice && plan.practiceTime.isValid() &&
            plan.practiceDays.contains(day.dayOfWeek()))
            consider({Reminder::Kind::Practice, QDateTime(day, plan.practiceTime), {}, 0});
        if (!plan.week)
            continue;
        for (const QDate &first : weeks) {
            const qint64 number = first.daysTo(day) + 1;
            if (number < 1 || number > weekDays)
                continue;
            if (plan.morningTime.isValid())
                consider({Reminder::Kind::WeekMorning, QDateTime(day, plan.morningTime), first,
                          int(number)});
            if (plan.eveningTime.isValid())
                consider({Reminder::Kind::WeekEvening, QDateTime(day, plan.eveningTime), first,
                          int(number)});
        }
        if (earliest)
            break; // a later day cannot come sooner
    }
    if (!earliest && plan.week) {
        // A week that begins later than the eight days looked at.
        for (const QDate &first : weeks) {
            if (first > today.addDays(weekDays) && plan.morningTime.isValid())
                consider(
                    {Reminder::Kind::WeekMorning, QDateTime(first, plan.morningTime), first, 1});
        }
    }
    return earliest;
}

} // namespace viparita
