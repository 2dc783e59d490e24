#pragma once

#include "command.h"

namespace viparita::cli {

/// `export --format csv|sessions-csv --output FILE [--from DATE] [--to DATE] [--no-notes]
/// [--guideline aha|esh]`: the journal's readings, or its sessions with their means, as CSV.
/// `--output -` writes to the standard output; a file is replaced only when it was written
/// whole (QSaveFile).
class ExportCommand final : public Command {
public:
    ExportCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
