#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace viparita::cli {

/// Where a command writes, and the options every command shares.
struct CommandContext {
    QTextStream &out;
    QTextStream &err;
    bool verbose = false;
    /// The journal: --database, else $VIPARITA_DATABASE, else the default.
    QString databasePath;
};

/// One `viparita-cli` command: its options, and what it does with them.
class Command {
public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    /// Adds the command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// What its positional arguments are called in messages ("FILE", "ID").
    [[nodiscard]] virtual QString argumentName() const { return QStringLiteral("ARGUMENT"); }
    /// Runs the command on the parsed line; returns an ExitCode.
    [[nodiscard]] virtual int run(const QCommandLineParser &parser,
                                  CommandContext &context) const = 0;
};

} // namespace viparita::cli

namespace viparita::cli {

/// The positional arguments after the command's own name.
[[nodiscard]] QStringList commandArguments(const QCommandLineParser &parser);

} // namespace viparita::cli
