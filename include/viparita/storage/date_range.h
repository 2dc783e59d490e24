#pragma once

#include <QDate>

#include <optional>

namespace viparita {

/// Local calendar days, both ends included; an open end takes everything.
/// A record belongs to the day it was made on in its own local time, so a
/// reading taken at 23:30 while travelling stays on that evening's day.
struct DateRange {
    std::optional<QDate> from;
    std::optional<QDate> to;
};

} // namespace viparita
