#pragma once

#include "catch_qt.h"

#include <viparita/core/reading.h>

namespace viparita::test {

/// Checks each field of `read` against `expected`, the time with its UTC offset and wall
/// clock: a failure names the field. The session link is compared only when `withSession`.
inline void checkSameReading(const Reading &read, const Reading &expected, bool withSession = true)
{
    CHECK(read.takenAt == expected.takenAt);
    CHECK(read.takenAt.offsetFromUtc() == expected.takenAt.offsetFromUtc());
    CHECK(read.takenAt.time() == expected.takenAt.time());
    CHECK(read.systolic == expected.systolic);
    CHECK(read.diastolic == expected.diastolic);
    CHECK(read.pulse == expected.pulse);
    CHECK(read.context == expected.context);
    CHECK(read.arm == expected.arm);
    CHECK(read.position == expected.position);
    CHECK(read.irregular == expected.irregular);
    CHECK(read.note == expected.note);
    if (withSession)
        CHECK(read.sessionId == expected.sessionId);
}

} // namespace viparita::test
