#pragma once

#include "command.h"

namespace viparita::cli {

/// `cuff scan [--seconds N] [--json]`: lists the Bluetooth LE devices in range and which of
/// them offer the Blood Pressure Service.
class CuffScanCommand final : public Command {
public:
    CuffScanCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `cuff read [--device ADDRESS] [--seconds N] [--user N] [--dry-run] [--json]`: connects a
/// cuff, hears what it sends and saves the new readings.
class CuffReadCommand final : public Command {
public:
    CuffReadCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
