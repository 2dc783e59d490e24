#pragma once

#include "command.h"

namespace viparita::cli {

/// `plan SEQUENCE [--minutes N] [--json]`: shows a sequence expanded for one
/// run: sides doubled, durations fitted, each step's start and length.
class PlanCommand final : public Command {
public:
    PlanCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
