#pragma once

#include "command.h"

#include <QByteArray>

namespace viparita {
struct ImportDetection;
}

namespace viparita::cli {

/// `import FILE [--dry-run] [--skip-bad-rows] [--map date=COL,time=COL,...]
/// [--date-format FORMAT]`: readings from a CSV file, Viparita's own (without --map) or
/// another app's. A bad row is named as FILE:LINE; with any, nothing is imported unless
/// --skip-bad-rows. Readings already in the journal are skipped.
class ImportCommand final : public Command {
public:
    ImportCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;

private:
    /// Reads a detected table and writes its readings at once (not a dry run).
    [[nodiscard]] int importTable(const QByteArray &bytes, ImportDetection detection,
                                  const QCommandLineParser &parser, CommandContext &context) const;
};

} // namespace viparita::cli
