#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// A dose as the prescription writes it: an amount and its unit ("5 mg", "1 tablet").
struct Dose {
    double amount = 0;
    /// One of units(): mg, g, mcg, ml, IU, tablet, capsule, drop, puff.
    QString unit;

    /// The units a dose can be given in, as they are written.
    [[nodiscard]] static const QStringList &units();
    /// Reads "5 mg", "2.5mg", "0,5 mg", "1 tablet", "2 tablets", "100 µg"; nothing when the text
    /// is not an amount above zero followed by one of units() (a plural or µg is read as its
    /// unit).
    [[nodiscard]] static std::optional<Dose> parse(const QString &text);
    /// "5 mg", "2.5 mg", "1 tablet", "2 tablets": the amount without trailing zeros.
    [[nodiscard]] QString toString() const;
    /// The unit's UCUM code where it has one (mg, g, ug, mL, [iU]), else empty.
    [[nodiscard]] QString ucumCode() const;

    friend bool operator==(const Dose &, const Dose &) = default;
};

/// When in the day a medicine is taken.
enum class DayTime { Morning, Midday, Evening, Bedtime };

[[nodiscard]] QString toString(DayTime time);
[[nodiscard]] std::optional<DayTime> dayTimeFromString(const QString &text);

/// One event of a medicine's course.
struct MedicationChange {
    enum class Kind {
        Started,     ///< begun (or begun again after a stop), with its dose
        DoseChanged, ///< the dose changed
        Stopped,     ///< no longer taken
    };
    qint64 id = 0; ///< its row in the journal, 0 before it is saved
    Kind kind = Kind::Started;
    QDate date;
    std::optional<Dose> dose; ///< the dose from that day; none for Stopped
    QString reason;           ///< why, in the person's words; may be empty

    friend bool operator==(const MedicationChange &, const MedicationChange &) = default;
};

[[nodiscard]] QString toString(MedicationChange::Kind kind);
[[nodiscard]] std::optional<MedicationChange::Kind> medicationChangeKindFromString(const QString &);

/// One stretch of a course with a single dose: from a start or dose change to the next change
/// (its `to` is the day of that change), or open while it is still taken.
struct DosePeriod {
    Dose dose;
    QDate from;
    std::optional<QDate> to;    ///< the day the next change (or the stop) took effect
    QString reason;             ///< why it began
    QString endReason;          ///< why it ended, when it did
    bool endedByStop = false;   ///< it ended with the medicine stopped, not a new dose
    bool beganWithStart = true; ///< it began with a start (or a start again), not a new dose

    [[nodiscard]] bool isOngoing() const { return !to.has_value(); }
};

/// A medicine a person takes or took, with its course: when it began, each change of dose,
/// and when it stopped.
struct Medication {
    static constexpr qsizetype maxNameLength = 120;
    static constexpr qsizetype maxReasonLength = 500;

    qint64 id = 0; ///< its row in the journal, 0 before it is saved
    QString name;
    QList<DayTime> times; ///< when in the day it is taken; may be empty
    /// It is taken for blood pressure (what "I take blood-pressure medication" follows).
    bool forBloodPressure = true;
    QList<MedicationChange> changes; ///< in the order they happened

    /// The day it was first started; invalid with no changes.
    [[nodiscard]] QDate firstDay() const;
    /// It is taken on `day`: started on or before it and not stopped by then.
    [[nodiscard]] bool isTakenOn(const QDate &day) const;
    /// The dose taken on `day`, nothing when it was not taken then.
    [[nodiscard]] std::optional<Dose> doseOn(const QDate &day) const;
    /// The course as stretches of one dose each, oldest first.
    [[nodiscard]] QList<DosePeriod> periods() const;
    /// "morning and evening", "morning, midday and evening"; empty with no times.
    [[nodiscard]] QString timesText() const;

    friend bool operator==(const Medication &, const Medication &) = default;
};

/// What is wrong with a medication or its course, field by field.
struct MedicationProblem {
    QString field; ///< "name", "dose", "on", "reason", "change"
    QString message;

    [[nodiscard]] QString toString() const { return field + QStringLiteral(": ") + message; }
};

/// The rules of a medication and its course.
class MedicationRules final {
public:
    /// The name (1 to 120 characters), each change's dose (for a start or a change), date (not
    /// after `today`) and reason (at most 500 characters), and the course's order: it begins
    /// with a start; a dose change or a stop only while it is taken; a start again only after a
    /// stop; a change of dose to a different dose; no change dated before the one it follows.
    [[nodiscard]] static QList<MedicationProblem> check(const Medication &medication,
                                                        const QDate &today);
    /// The course with `change` added after the changes of its day: what check() says of it.
    [[nodiscard]] static QList<MedicationProblem>
    checkChange(const Medication &medication, const MedicationChange &change, const QDate &today);
    /// Whether any medicine for blood pressure in `medications` is taken on `day`.
    [[nodiscard]] static bool takesBloodPressureMedication(const QList<Medication> &medications,
                                                           const QDate &day);
};

} // namespace viparita
