#pragma once

#include "command.h"

namespace viparita::cli {

/// `sequences [--json]`: lists the bundled and the user's sequences.
class SequencesCommand final : public Command {
public:
    SequencesCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
