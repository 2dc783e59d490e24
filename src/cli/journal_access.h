#pragma once

#include "command.h"
#include "time_input.h"

#include <viparita/core/bp_classifier.h>
#include <viparita/storage/journal.h>

#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace viparita::cli {

enum class Access { Read, Write };

/// Opens the journal chosen by --database, $VIPARITA_DATABASE or the
/// default. Prints why not, and sets `status`, when it cannot be used.
[[nodiscard]] std::unique_ptr<Journal> openJournal(CommandContext &context, Access access,
                                                   int &status);

/// Prints a storage error and gives the exit status for it.
int reportStorageError(CommandContext &context, const StorageError &error);

/// Adds --guideline aha|esh.
void addGuidelineOption(QCommandLineParser &parser);
[[nodiscard]] std::optional<Guideline> guidelineOption(const QCommandLineParser &parser,
                                                       CommandContext &context);

/// What the commands that read readings start with: no arguments, --from
/// and --to, --guideline, and the readings of that range.
struct ReadingsQuery {
    QList<Reading> readings;
    Guideline guideline = Guideline::Aha2025;
};
/// Adds their options: --from, --to, --guideline, and --json saying what `json` prints.
void addReadingsQueryOptions(QCommandLineParser &parser, const QString &json);
/// Nothing, with `status` set and the reason printed, when any of it fails.
[[nodiscard]] std::optional<ReadingsQuery> readReadings(const QCommandLineParser &parser,
                                                        CommandContext &context,
                                                        const QString &command, int &status);

/// Adds --week LAST|DATE, saying what it does for this command (`what`).
void addWeekOption(QCommandLineParser &parser, const QString &what);
/// The first day --week names: LAST, the home-monitoring week begun last in `journal`, or a
/// date. Nothing, with `status` set and the reason printed, when it names none.
[[nodiscard]] std::optional<QDate> weekOption(const QCommandLineParser &parser,
                                              CommandContext &context, const Journal &journal,
                                              int &status);

} // namespace viparita::cli
