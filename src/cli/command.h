#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace viparita::cli {

/// The context of the CLI's messages to people, for Qt's translation tools.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(viparita::cli::Cli)
};

/// Where a command writes, and the options every command shares.
struct CommandContext {
    QTextStream &out;
    QTextStream &err;
    bool verbose = false;
    /// The journal: --database, else $VIPARITA_DATABASE, else the default.
    QString databasePath;
};

/// One `viparita-cli` command: its name, summary and options, and what it does with them.
class Command {
public:
    /// `name` as typed ("reading add"), its one-line `summary`, and what its positional
    /// arguments are called in messages ("FILE", "ID").
    Command(QString name, QString summary, QString argumentName = QStringLiteral("ARGUMENT"))
        : m_name(std::move(name))
        , m_summary(std::move(summary))
        , m_argumentName(std::move(argumentName))
    {}
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &summary() const { return m_summary; }
    [[nodiscard]] const QString &argumentName() const { return m_argumentName; }
    /// Adds the command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// Runs the command on the parsed line; returns an ExitCode.
    [[nodiscard]] virtual int run(const QCommandLineParser &parser,
                                  CommandContext &context) const = 0;

private:
    QString m_name;
    QString m_summary;
    QString m_argumentName;
};

} // namespace viparita::cli

namespace viparita::cli {

/// The positional arguments after the command's own name.
[[nodiscard]] QStringList commandArguments(const QCommandLineParser &parser);

} // namespace viparita::cli
