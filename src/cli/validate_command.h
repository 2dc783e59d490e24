#pragma once

#include "command.h"

namespace viparita::cli {

/// `validate FILE...`: checks sequence files and prints every error found.
class ValidateCommand final : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] QString argumentName() const override { return QStringLiteral("FILE"); }
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
