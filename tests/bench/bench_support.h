#pragma once
// What the benchmarks share: the monotonic clock, medians, peak memory, and
// the one line a figure that scripts/bench.sh turns into the table of
// docs/performance.md.

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace viparita::bench {

/// CLOCK_MONOTONIC in nanoseconds: the same clock in every process of the machine.
inline long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

/// A field of /proc/<pid>/status in kB ("VmHWM", "VmRSS"); nothing when it cannot be read.
inline std::optional<long> procStatusKb(const std::string &pid, const std::string &field)
{
    std::ifstream status("/proc/" + pid + "/status");
    std::string line;
    const std::string prefix = field + ":";
    while (std::getline(status, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    }
    return std::nullopt;
}

/// Peak resident memory of this process so far, in kB.
inline long peakResidentKb()
{
    return procStatusKb("self", "VmHWM").value_or(-1);
}

/// Formats like printf into a std::string.
[[gnu::format(printf, 1, 2)]] inline std::string format(const char *pattern, ...)
{
    char buffer[512];
    va_list arguments;
    va_start(arguments, pattern);
    std::vsnprintf(buffer, sizeof buffer, pattern, arguments);
    va_end(arguments);
    return buffer;
}

/// One row of the table: every column already written as it is shown.
/// `verdict` is "pass", "FAIL" or "-" (a figure shown for what it tells,
/// without a target).
struct Row {
    std::string figure;
    std::string value;
    std::string reference;
    std::string ratio;
    std::string target;
    std::string verdict;
};

/// Prints the row as "FIGURE|figure|value|reference|ratio|target|verdict" on the
/// standard output; scripts/bench.sh collects these lines.
inline void printRow(const Row &row)
{
    std::printf("FIGURE|%s|%s|%s|%s|%s|%s\n", row.figure.c_str(), row.value.c_str(),
                row.reference.c_str(), row.ratio.c_str(), row.target.c_str(), row.verdict.c_str());
    std::fflush(stdout);
}

inline std::string verdict(bool met)
{
    return met ? "pass" : "FAIL";
}

/// A row for a time against a reference time, in ms.
inline Row timeRow(const std::string &figure, double ms, const std::string &referenceName,
                   double referenceMs, const std::string &target, const std::string &result)
{
    return {figure,
            format("%.1f ms", ms),
            format("%.1f ms (%s)", referenceMs, referenceName.c_str()),
            referenceMs > 0.0 ? format("%.2f", ms / referenceMs) : std::string("-"),
            target,
            result};
}

} // namespace viparita::bench
