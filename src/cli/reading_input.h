#pragma once

#include "command.h"

#include <viparita/core/reading.h>

#include <optional>

class QCommandLineParser;

namespace viparita::cli {

/// Adds --systolic, --diastolic, --pulse, --arm, --position, --irregular, --note.
void addReadingOptions(QCommandLineParser &parser);
/// A reading from those options (time and context not set). Prints every
/// problem, each naming its field, and sets `status` when there is one.
[[nodiscard]] std::optional<Reading> readingFromOptions(const QCommandLineParser &parser,
                                                        CommandContext &context, int &status);
/// A reading from "S/D" or "S/D/P". Gives the problems, each naming its field.
[[nodiscard]] std::optional<Reading> readingFromTriple(const QString &text, const QString &option,
                                                       QStringList &problems);

} // namespace viparita::cli
