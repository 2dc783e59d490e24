#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/medication.h>
#include <viparita/core/statistics.h>

#include <QDateTime>
#include <QList>

class QChart;

namespace viparita {

/// The charts of the trends page and of the doctor's report, built the
/// same way for both. Each function gives a new QChart the caller owns.
class TrendCharts final {
public:
    /// Above this many points, markers are left out (they would hide the line).
    static constexpr int maxMarkedPoints = 120;
    /// Above twice this many points, a line shows the means of this many
    /// equal stretches of time instead (the statistics still use every value):
    /// a point every 2 or 3 pixels of a chart on the trends page.
    static constexpr int maxDrawnPoints = 250;

    enum class Pressure { Systolic, Diastolic };

    /// Before and after values of one pressure over time, with the guideline's
    /// category bands and the home threshold (135 or 85) drawn behind, and a dashed upright
    /// line on each day a medicine of `medications` was started, changed or stopped (within
    /// the chart's time; the series named "medicationChange").
    [[nodiscard]] static QChart *pressure(const QList<SessionChange> &sessions, Pressure which,
                                          Guideline guideline,
                                          const QList<Medication> &medications = {});
    /// The change of systolic and diastolic per session (after minus before), as bars,
    /// for the last `maxBars` paired sessions.
    [[nodiscard]] static QChart *changes(const QList<SessionChange> &sessions, int maxBars = 60);
    /// Pulse of every measurement over time.
    [[nodiscard]] static QChart *pulse(const QList<Measurement> &measurements);

    /// As many dates under the chart's time axis as fit a plot `plotWidth` wide whole: fewer
    /// on paper and in a narrow window, never one cut to "…", at least the first and the
    /// last. The charts above do it by themselves as they are laid out.
    static void fitDateLabels(QChart *chart, qreal plotWidth);
};

} // namespace viparita
