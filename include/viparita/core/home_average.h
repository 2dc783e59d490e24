#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/display_format.h>
#include <viparita/core/reading.h>

#include <QDate>
#include <QList>

#include <optional>

namespace viparita {

/// The home average of the home-monitoring protocol (ESH 2023, with AHA/ACC agreeing in
/// substance), and whether there is enough of it for a verdict.
struct HomeSummary {
    enum class Status {
        Enough,    ///< at least 3 days, 12 readings, mornings and evenings: a verdict
        NotEnough, ///< an average (when there are readings) but no verdict; `missing` says why
    };
    Status status = Status::NotEnough;
    int days = 0;     ///< days used: the window, its first day left out when it has 4 or more
    int readings = 0; ///< home readings those days hold
    int morningReadings = 0;                   ///< of them, taken 04:00-11:59 (their own clock)
    int eveningReadings = 0;                   ///< of them, taken 18:00-23:59
    std::optional<double> systolic, diastolic; ///< their mean; nothing without readings
    std::optional<QDate> from, to;             ///< the first and last day used
    /// The home category of the mean by the guideline's home thresholds; only with Enough.
    std::optional<BpCategory> category;

    /// What is missing for a verdict.
    struct Missing {
        int days = 0;         ///< more days needed
        int readings = 0;     ///< more readings needed
        bool morning = false; ///< no morning reading yet
        bool evening = false; ///< no evening reading yet
    };
    Missing missing;
};

/// Which readings are home readings and what their average says.
class HomeAverage final {
public:
    static constexpr int windowDays = 7;        ///< the longest window used
    static constexpr int leaveOutFirstFrom = 4; ///< windows this long lose their first day
    static constexpr int minimumDays = 3;       ///< days needed for a verdict
    static constexpr int minimumReadings = 12;  ///< readings needed for a verdict

    /// A home reading: taken on its own or before a session, seated or in a position not
    /// stated; not during or after the practice, not lying or standing; not deleted.
    [[nodiscard]] static bool isHomeReading(const Reading &reading);
    /// The home readings of the latest window of up to 7 consecutive days that have home
    /// readings (a day without any breaks the window), the window's first day left out when it
    /// has 4 days or more; their mean, judged by `guideline`'s home thresholds when there is
    /// enough for a verdict.
    [[nodiscard]] static HomeSummary of(const QList<Reading> &readings, Guideline guideline);

    /// The summary in plain words: the average and its home category; or what is missing for
    /// one, and the average so far; or how to start. Dates in `format`'s locale, or ISO 8601
    /// with `isoDates` (the report for the doctor).
    [[nodiscard]] static QString describe(const HomeSummary &summary, Guideline guideline,
                                          const DisplayFormat &format, bool isoDates = false);
    /// What is missing for a verdict: "2 more days, 5 more readings and an evening reading";
    /// empty when nothing is.
    [[nodiscard]] static QString describeMissing(const HomeSummary::Missing &missing);
};

} // namespace viparita
