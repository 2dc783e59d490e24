#include <viparita/core/estimate.h>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace viparita {

double Estimate::tQuantile975(int degreesOfFreedom)
{
    Q_ASSERT(degreesOfFreedom >= 1);
    const boost::math::students_t_distribution<double> distribution(
        static_cast<double>(std::max(degreesOfFreedom, 1)));
    return boost::math::quantile(distribution, 0.975);
}

Estimate Estimate::of(const QList<double> &values)
{
    Estimate estimate;
    estimate.n = static_cast<int>(values.size());
    if (values.isEmpty())
        return estimate;

    const auto [lowest, highest] = std::minmax_element(values.cbegin(), values.cend());
    if (*lowest == *highest) {
        // Identical values: exactly that mean, no spread, and the interval collapses to it
        // (summing them could be off in the last bit).
        estimate.mean = *lowest;
        if (estimate.n >= 2) {
            estimate.sd = 0.0;
            estimate.ci95 = std::make_pair(*lowest, *lowest);
        }
        return estimate;
    }

    const auto count = static_cast<double>(values.size());
    double sum = 0.0;
    for (const double value : values)
        sum += value;
    const double mean = sum / count;
    estimate.mean = mean;

    // Two passes: the squared deviations from the mean, corrected by the (tiny) sum of the
    // deviations themselves (the "corrected two-pass" algorithm of Chan, Golub and LeVeque).
    double squares = 0.0;
    double deviations = 0.0;
    for (const double value : values) {
        const double deviation = value - mean;
        squares += deviation * deviation;
        deviations += deviation;
    }
    const double variance =
        std::max(squares - deviations * deviations / count, 0.0) / (count - 1.0);
    const double sd = std::sqrt(variance);
    estimate.sd = sd;
    const double halfWidth = tQuantile975(estimate.n - 1) * sd / std::sqrt(count);
    estimate.ci95 = std::make_pair(mean - halfWidth, mean + halfWidth);
    return estimate;
}

} // namespace viparita
