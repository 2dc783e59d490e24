#pragma once

#include "command.h"

namespace viparita::cli {

/// `backup FILE`: writes a consistent copy of the journal.
class BackupCommand final : public Command {
public:
    BackupCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `restore FILE`: replaces the journal with a checked backup, keeping a
/// copy of the current one.
class RestoreCommand final : public Command {
public:
    RestoreCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
