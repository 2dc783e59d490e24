#pragma once

#include <viparita/core/reading.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// A rule that a field of a reading breaks.
struct FieldError {
    QString field;   ///< "systolic", "diastolic", "pulse", "taken_at", "position" or "note"
    QString message; ///< e.g. "must be a whole number of mmHg from 50 to 300"

    /// "systolic: must be a whole number of mmHg from 50 to 300" (files and the command line)
    [[nodiscard]] QString toString() const;
    /// The same for a person, in words: "The systolic value must be a whole number of mmHg
    /// from 50 to 300."
    [[nodiscard]] QString sentence() const;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/// The rules a reading must keep before it is saved (docs/blood-pressure-rules.md).
class ReadingValidator final {
public:
    static constexpr int minSystolic = 50, maxSystolic = 300, minDiastolic = 25, maxDiastolic = 200,
                         minPulse = 25, maxPulse = 250, maxNoteLength = 2000;
    static constexpr int maxMinutesInFuture = 5;
    /// The widest UTC offset a reading may carry (zones in use reach from -12:00 to +14:00).
    static constexpr int maxOffsetMinutes = 14 * 60;

    /// Every rule the reading breaks, each naming its field; empty when valid.
    /// The errors come in field order: systolic, diastolic, pulse, taken_at, position, note.
    [[nodiscard]] static QList<FieldError> validate(const Reading &reading, const QDateTime &now);
    /// Parses a whole number typed by a person ("120", " 120 ", "0120"); nothing for
    /// "+120", "-5", "12.5", "1e2", "abc", "", or a number too large for an int.
    [[nodiscard]] static std::optional<int> parseWholeNumber(const QString &text);
    /// The range rule of a field, e.g. "must be a whole number of mmHg from 50 to 300",
    /// "must be a whole number of beats a minute from 25 to 250"; used when text does
    /// not parse. Empty for a field that has no such rule.
    [[nodiscard]] static QString rangeRule(const QString &field);
};

} // namespace viparita
