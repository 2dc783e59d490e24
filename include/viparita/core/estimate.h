#pragma once

#include <QList>

#include <optional>
#include <utility>

namespace viparita {

/// A mean with its spread and 95% confidence interval; what cannot be computed is empty, never 0
/// (docs/statistics.md).
struct Estimate {
    int n = 0;                  ///< how many values it rests on
    std::optional<double> mean; ///< n >= 1
    std::optional<double> sd;   ///< sample standard deviation (divisor n - 1), n >= 2
    /// mean ± t(0.975, n - 1) · sd / √n, Student's t; n >= 2. Collapses to the mean when sd is 0.
    std::optional<std::pair<double, double>> ci95;

    /// The estimate of these values (any order).
    [[nodiscard]] static Estimate of(const QList<double> &values);
    /// t(0.975, degreesOfFreedom): the two-sided 95% quantile of Student's t distribution
    /// (Boost.Math); degreesOfFreedom >= 1.
    [[nodiscard]] static double tQuantile975(int degreesOfFreedom);
};

} // namespace viparita
