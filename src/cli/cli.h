#pragma once

#include "command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace viparita::cli {

/// Parses the command line, picks the command and runs it.
class Cli final {
public:
    Cli();
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    /// Runs `arguments` (the program name first); returns the exit status. `undecodable`:
    /// the arguments (as decoded, with replacement characters) that were not valid UTF-8;
    /// they are refused, each named by its option.
    [[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                          const QStringList &undecodable = {}) const;

private:
    [[nodiscard]] const Command *find(const QString &name) const;
    [[nodiscard]] QString overview() const;
    /// The sub-commands of a first word ("session": log, show, delete, restore), as help;
    /// empty when no command begins with it.
    [[nodiscard]] QString groupHelp(const QString &word) const;
    /// What a group of sub-commands is for, in the overview ("medication ...").
    [[nodiscard]] static QString groupSummary(const QString &word);
    /// The command nearest to one typed nearly right ("sessions"); else empty.
    [[nodiscard]] QString suggestion(const QString &typed) const;
    /// "unknown command 'sesions'. Did you mean 'sessions'?": `shown` as typed (perhaps
    /// shortened), with the command nearest to `typed` when there is one.
    [[nodiscard]] QString unknownCommand(const QString &shown, const QString &typed) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace viparita::cli
