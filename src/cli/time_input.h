#pragma once

#include "command.h"

#include <viparita/storage/date_range.h>

#include <QDate>
#include <QDateTime>

#include <optional>

class QCommandLineParser;

namespace viparita::cli {

/// An ISO 8601 time; one without an offset is local time. Nothing when invalid.
[[nodiscard]] std::optional<QDateTime> parseTime(const QString &text);
/// A YYYY-MM-DD date. Nothing when invalid.
[[nodiscard]] std::optional<QDate> parseDate(const QString &text);
/// A time as ISO 8601 with its offset: "2026-11-20T20:00:00+01:00".
[[nodiscard]] QString isoWithOffset(const QDateTime &time);

/// Adds --from DATE and --to DATE.
void addDateRangeOptions(QCommandLineParser &parser);
/// Reads --from and --to; prints what is wrong and gives nothing when invalid.
[[nodiscard]] std::optional<DateRange> dateRangeOption(const QCommandLineParser &parser,
                                                       CommandContext &context);

} // namespace viparita::cli
