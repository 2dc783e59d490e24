#include "cli.h"

#include "backup_commands.h"
#include "exit_code.h"
#include "export_command.h"
#include "import_command.h"
#include "plan_command.h"
#include "reading_commands.h"
#include "sequences_command.h"
#include "session_commands.h"
#include "stats_command.h"
#include "validate_command.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/core/logging.h>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

const QString programName = u"viparita-cli"_s;

QCommandLineOption verboseOption()
{
    return {u"verbose"_s, u"Log debug messages."_s};
}

QCommandLineOption databaseOption()
{
    return {u"database"_s,
            u"Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder's)."_s,
            u"PATH"_s};
}

void addSharedOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({verboseOption(), databaseOption()});
}

QString versionText()
{
    return u"%1 %2\n"_s.arg(programName, AppInfo::version());
}

} // namespace

Cli::Cli()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<SequencesCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<ReadingAddCommand>());
    m_commands.push_back(std::make_unique<ReadingDeleteCommand>());
    m_commands.push_back(std::make_unique<ReadingsCommand>());
    m_commands.push_back(std::make_unique<SessionLogCommand>());
    m_commands.push_back(std::make_unique<SessionsCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
}

Cli::~Cli() = default;

const Command *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString Cli::overview() const
{
    QString text =
        u"Usage: %1 [--help] [--version] COMMAND [OPTIONS]\n\n"
        "Viparita from the command line: sequences, plans and the blood-pressure journal.\n\n"
        "Commands:\n"_s.arg(programName);
    for (const auto &command : m_commands)
        text += u"  "_s + command->name().leftJustified(15) + u"  "_s + command->summary() + u'\n';
    text +=
        u"\nRun '%1 COMMAND --help' for a command's options.\n"
        "Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or storage error.\n"_s.arg(
            programName);
    return text;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
    global.addOptions({help, version, verboseOption(), databaseOption()});
    global.addPositionalArgument(u"command"_s, u"The command to run."_s);

    if (!global.parse(arguments)) {
        err << programName << ": " << global.errorText() << "\n" << overview();
        return UsageError;
    }
    if (global.isSet(version)) {
        out << versionText();
        return Success;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(help)) {
        out << overview();
        return Success;
    }
    if (rest.isEmpty()) {
        err << programName << ": no command given\n\n" << overview();
        return UsageError;
    }
    // A command is one word ("plan") or two ("reading add").
    const Command *command = rest.size() > 1 ? find(rest.at(0) + u' ' + rest.at(1)) : nullptr;
    const qsizetype nameWords = command ? 2 : 1;
    if (!command)
        command = find(rest.first());
    if (!command) {
        err << programName << ": unknown command '" << rest.first() << "'\n\n" << overview();
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addSharedOptions(parser);
    // The command's name stands first among the positional arguments, so
    // that its usage line reads "viparita-cli COMMAND [options] …".
    parser.addPositionalArgument(command->name(), command->summary(), command->name());
    command->addOptions(parser);

    QStringList commandArguments{programName, command->name()};
    commandArguments += rest.mid(nameWords);
    if (!parser.parse(commandArguments)) {
        err << programName << " " << command->name() << ": " << parser.errorText() << "\n"
            << u"Run '%1 %2 --help' for its options.\n"_s.arg(programName, command->name());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        out << versionText();
        return Success;
    }

    const QString database =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : global.value(u"database"_s);
    CommandContext context{out, err, global.isSet(u"verbose"_s) || parser.isSet(u"verbose"_s),
                           AppPaths::databasePath(database)};
    Logging::init({u"viparita-cli.log"_s, context.verbose, true});
    Logging::logStartup(context.databasePath, {AppPaths::userSequencesFolder()});
    const int status = command->run(parser, context);
    Logging::shutdown();
    return status;
}

} // namespace viparita::cli
