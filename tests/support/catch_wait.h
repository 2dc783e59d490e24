#pragma once

// Waiting for the event loop in a Catch2 test. Qt's QTRY_VERIFY and QTRY_COMPARE must not be
// used here: on failure they return from the test case, which Catch then counts as passed.
// These wait as they do (events processed meanwhile), then REQUIRE, so a failure fails.

#include "catch_qt.h"

#include <QTest>

/// Waits up to `milliseconds` for `condition`, then requires it.
#define REQUIRE_EVENTUALLY(condition, milliseconds)                                                \
    do {                                                                                           \
        (void)QTest::qWaitFor([&] { return bool(condition); }, milliseconds);                      \
        REQUIRE(condition);                                                                        \
    } while (false)

/// Waits up to `milliseconds` for `actual` to equal `expected`, then requires it.
#define REQUIRE_EQUAL_EVENTUALLY(actual, expected, milliseconds)                                   \
    do {                                                                                           \
        (void)QTest::qWaitFor([&] { return (actual) == (expected); }, milliseconds);               \
        REQUIRE((actual) == (expected));                                                           \
    } while (false)
