#pragma once

#include "command.h"

namespace viparita::cli {

/// `medication add --name NAME --dose DOSE [--since DATE] [...]`: a medicine and its start.
class MedicationAddCommand final : public Command {
public:
    MedicationAddCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `medication change MEDICINE --dose DOSE [--on DATE] [--reason TEXT]`: a new dose, or the
/// medicine started again after a stop.
class MedicationChangeCommand final : public Command {
public:
    MedicationChangeCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `medication stop MEDICINE [--on DATE] [--reason TEXT]`.
class MedicationStopCommand final : public Command {
public:
    MedicationStopCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `medication undo MEDICINE`: takes back the latest change of its course.
class MedicationUndoCommand final : public Command {
public:
    MedicationUndoCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `medication delete MEDICINE`: a medicine entered by mistake.
class MedicationDeleteCommand final : public Command {
public:
    MedicationDeleteCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `medication list [--on DATE] [--json]`: the medicines and their courses.
class MedicationListCommand final : public Command {
public:
    MedicationListCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
