#pragma once

// What every fuzz target shares: the input as a QByteArray, a check that stops the run with
// the rule that broke (libFuzzer keeps the input that did it), and a fixed local time zone.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace viparita::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Stops the run: a broken rule is a finding, like a crash.
[[noreturn]] inline void fail(const char *rule, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "\n==viparita-fuzz== rule broken at %s:%d: %s\n  %s\n", file, line, rule,
                 qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

/// Local times have daylight saving gaps and overlaps and, long ago, offsets in seconds:
/// Europe/Berlin unless TZ says otherwise, so a run does not depend on the machine's zone.
inline void useFuzzTimeZone()
{
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", "Europe/Berlin");
    tzset();
}

} // namespace viparita::fuzz

/// FUZZ_CHECK(condition, detail): `detail` (a QString) is built only when the rule breaks.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::viparita::fuzz::fail(#condition, (detail), __FILE__, __LINE__);                      \
    } while (false)
