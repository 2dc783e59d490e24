#pragma once

#include "command.h"

namespace viparita::cli {

/// `session log SEQUENCE --at TIME --before S/D[/P] ... --after S/D[/P] ...`:
/// records a completed session done away from the app.
class SessionLogCommand final : public Command {
public:
    SessionLogCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `sessions [--from DATE] [--to DATE] [--json]`: lists sessions with their
/// before and after measurements and the change.
class SessionsCommand final : public Command {
public:
    SessionsCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `session show ID [--json]`: one session whole: its times, steps, readings, feeling, note.
class SessionShowCommand final : public Command {
public:
    SessionShowCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `session delete ID`: deletes a session and its readings (`session restore ID` undoes it).
class SessionDeleteCommand final : public Command {
public:
    SessionDeleteCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// `session restore ID`: brings back a deleted session with the readings deleted with it.
class SessionRestoreCommand final : public Command {
public:
    SessionRestoreCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace viparita::cli
