#pragma once

#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>
#include <viparita/core/sequence.h>

#include <QList>

#include <optional>

namespace viparita {

/// The guided home measurement of the protocol (ESH 2023; AHA/ACC agreeing in substance), as a
/// sequence the same player plays: five minutes of quiet rest, seated with the back supported,
/// feet flat and the arm resting at heart level, a few cues read aloud; the first reading;
/// a minute; the second reading. The two are saved as one measurement: each reading kept, their
/// mean what it reports.
class MeasurementGuide final {
public:
    static constexpr int restSeconds = 5 * 60;
    static constexpr int betweenSeconds = 60;
    static constexpr int readings = 2;
    /// Its steps' ids: the rest, then the minute between the two readings.
    static constexpr auto restStep = "rest";
    static constexpr auto betweenStep = "between";

    /// The sequence: the rest (its cues: how to sit, then quiet, then the cuff) and the
    /// minute between (its cue: stay as you are). Not a practice: no session is recorded.
    [[nodiscard]] static Sequence sequence();
    /// The readings of a guided measurement as saved: on their own (no session), seated, on
    /// `arm` when the reading does not say.
    [[nodiscard]] static QList<Reading> asSaved(QList<Reading> readings, std::optional<Arm> arm);
    /// What the measurement says: "128/82 mmHg, the mean of 130/83 and 126/81" (the readings
    /// themselves when only one was taken). Empty without readings.
    [[nodiscard]] static QString describe(const QList<Reading> &readings);
};

} // namespace viparita
