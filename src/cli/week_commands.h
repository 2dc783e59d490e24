#pragma once

#include "command.h"

namespace viparita::cli {

/// `week start [--on DATE] [--reason TEXT]`: begins a home-monitoring week.
class WeekStartCommand final : public Command {
public:
    WeekStartCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `week list [--guideline G] [--json]`: the weeks begun, each with where it stands and its
/// average, to compare.
class WeekListCommand final : public Command {
public:
    WeekListCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `week delete DATE`: forgets the week that begins on DATE (its readings stay).
class WeekDeleteCommand final : public Command {
public:
    WeekDeleteCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
