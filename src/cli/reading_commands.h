#pragma once

#include "command.h"

namespace viparita::cli {

/// `reading add --systolic N --diastolic N [...]`: saves one reading.
class ReadingAddCommand final : public Command {
public:
    ReadingAddCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `reading delete ID`: marks a reading deleted.
class ReadingDeleteCommand final : public Command {
public:
    ReadingDeleteCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `readings [--from DATE] [--to DATE] [--json]`: lists readings.
class ReadingsCommand final : public Command {
public:
    ReadingsCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
