#pragma once

#include "command.h"

namespace viparita::cli {

/// `validate FILE...`: checks sequence files and prints every error found.
class ValidateCommand final : public Command {
public:
    ValidateCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
