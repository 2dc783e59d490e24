#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace viparita {

/// What the person asked to be reminded of (Settings > Reminders).
struct ReminderPlan {
    bool practice = false;
    QList<int> practiceDays; ///< Qt::DayOfWeek, 1 (Monday) to 7 (Sunday)
    QTime practiceTime{19, 0};
    bool week = false; ///< the slots of a home-monitoring week under way
    QTime morningTime{7, 30};
    QTime eveningTime{20, 0};

    [[nodiscard]] bool any() const { return practice || week; }
    /// "1,3,5" as the settings keep the days, and back (days outside 1 to 7 left out).
    [[nodiscard]] static QString daysText(const QList<int> &days);
    [[nodiscard]] static QList<int> daysFrom(const QString &text);

    friend bool operator==(const ReminderPlan &, const ReminderPlan &) = default;
};

/// One reminder when it is due.
struct Reminder {
    enum class Kind { Practice, WeekMorning, WeekEvening };
    Kind kind = Kind::Practice;
    QDateTime at; ///< local time
    /// For a week's slot: the week's first day, and the slot's day of the week (1 to 7).
    QDate weekFirstDay;
    int weekDay = 0;

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString body() const;

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

/// When the next reminder is due: the earliest practice time on a chosen day and the earliest
/// slot time of a home-monitoring week, after a moment. Nothing when nothing is planned, so
/// that whoever waits for it can sleep until it is due and not wake before.
class ReminderSchedule final {
public:
    /// The first reminder strictly after `after` (local time), from `plan` and the first days
    /// of the weeks begun (`weeks`); nothing when none is due in the next eight days and no
    /// week is under way or to come.
    [[nodiscard]] static std::optional<Reminder>
    next(const ReminderPlan &plan, const QList<QDate> &weeks, const QDateTime &after);
};

} // namespace viparita
