#include "cli.h"
#include "cuff_commands.h"

#include "backup_commands.h"
#include "exit_code.h"
#include "export_command.h"
#include "import_command.h"
#include "medication_commands.h"
#include "plan_command.h"
#include "reading_commands.h"
#include "sequences_command.h"
#include "session_commands.h"
#include "stats_command.h"
#include "validate_command.h"
#include "week_commands.h"

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>
#include <viparita/core/logging.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

const QString programName = u"viparita-cli"_s;

QCommandLineOption verboseOption()
{
    return {u"verbose"_s, CliText::tr("Log debug messages.")};
}

QCommandLineOption databaseOption()
{
    return {u"database"_s,
            //: PATH is the value name shown in the help; keep it and $VIPARITA_DATABASE as is.
            CliText::tr(
                "Use the journal at PATH (default: $VIPARITA_DATABASE, else the data folder's)."),
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

// The longest values taken: a path as the system counts it (PATH_MAX, in bytes), the name on
// reports as the settings take it, and for everything else far more than a good value needs.
constexpr qsizetype longestPathBytes = 4096;
constexpr qsizetype longestName = 120;
constexpr qsizetype longestMap = 1024;
constexpr qsizetype longestValue = 256;

/// One value on the command line, and what it is called in messages.
struct GivenValue {
    QString label; ///< "--systolic", or the command's argument name ("FILE")
    QString value;
    bool path = false;
};

QList<GivenValue> givenValues(const QCommandLineParser &global, const QCommandLineParser &parser,
                              const Command &command)
{
    QList<GivenValue> values;
    for (const QCommandLineParser *options : {&global, &parser}) {
        QStringList names = options->optionNames();
        names.removeDuplicates();
        for (const QString &name : std::as_const(names)) {
            const bool path = name == u"database"_s || name == u"output"_s;
            for (const QString &value : options->values(name))
                values.append({u"--"_s + name, value, path});
        }
    }
    const QString argument = command.argumentName();
    const bool pathArgument = argument == u"FILE"_s || argument == u"SEQUENCE"_s;
    for (const QString &value : commandArguments(parser))
        values.append({argument, value, pathArgument});
    return values;
}

/// What is wrong with a value whatever the command: text that was not UTF-8, a value far
/// too long, an empty path; said with "nothing was done". Empty when nothing is.
QString valueProblem(const GivenValue &given, const QStringList &undecodable)
{
    //: %1: the option (--note) or the name of the command's argument (FILE).
    if (undecodable.contains(given.value))
        return CliText::tr("%1: is not valid UTF-8 text (give it in UTF-8); nothing was done")
            .arg(given.label);
    //: %1: the option (--output) or the name of the command's argument (FILE).
    if (given.path && given.value.isEmpty())
        return CliText::tr("%1: must not be empty; nothing was done").arg(given.label);
    if (given.label == u"--note"_s || given.label == u"--reason"_s)
        return {}; // its length is a rule of the reading, session or medicine, said by the command
    if (given.path) {
        const qsizetype bytes = QFile::encodeName(given.value).size();
        //: %1: the option (--output) or the name of the command's argument (FILE); %n: its
        //: length in bytes, always more than %2.
        if (bytes > longestPathBytes)
            return CliText::tr("%1: is too long for a path (%n byte(s); at most %2); nothing "
                               "was done",
                               nullptr, static_cast<int>(bytes))
                .arg(given.label)
                .arg(longestPathBytes);
        return {};
    }
    const qsizetype limit = given.label == u"--name"_s  ? longestName
                            : given.label == u"--map"_s ? longestMap
                                                        : longestValue;
    //: %1: the option (--name); %n: the length of its value in characters, always more
    //: than %2.
    if (given.value.size() > limit)
        return CliText::tr("%1: is too long (%n character(s); at most %2); nothing was done",
                           nullptr, static_cast<int>(given.value.size()))
            .arg(given.label)
            .arg(limit);
    return {};
}

/// A long word is shown in part: it is not a command anyway.
QString shortened(const QString &word)
{
    return word.size() > 40 ? word.left(40) + u"…"_s : word;
}

/// A negative number given where the parser expects options only ("reading delete -5").
QString negativeNumberIn(const QStringList &arguments)
{
    static const QRegularExpression negative(u"^-\\d"_s);
    for (const QString &argument : arguments) {
        if (negative.match(argument).hasMatch())
            return argument;
    }
    return {};
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
    m_commands.push_back(std::make_unique<SessionShowCommand>());
    m_commands.push_back(std::make_unique<SessionDeleteCommand>());
    m_commands.push_back(std::make_unique<SessionRestoreCommand>());
    m_commands.push_back(std::make_unique<SessionsCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<CuffScanCommand>());
    m_commands.push_back(std::make_unique<CuffReadCommand>());
    m_commands.push_back(std::make_unique<MedicationAddCommand>());
    m_commands.push_back(std::make_unique<MedicationChangeCommand>());
    m_commands.push_back(std::make_unique<MedicationStopCommand>());
    m_commands.push_back(std::make_unique<MedicationUndoCommand>());
    m_commands.push_back(std::make_unique<MedicationDeleteCommand>());
    m_commands.push_back(std::make_unique<MedicationListCommand>());
    m_commands.push_back(std::make_unique<WeekStartCommand>());
    m_commands.push_back(std::make_unique<WeekListCommand>());
    m_commands.push_back(std::make_unique<WeekDeleteCommand>());
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

QString Cli::groupSummary(const QString &word)
{
    if (word == u"medication"_s)
        return CliText::tr("Your medicines and their changes");
    return CliText::tr("Sub-commands");
}

QString Cli::overview() const
{
    //: %1: the program's name. COMMAND and OPTIONS stand for what is typed there.
    QString text =
        CliText::tr("Usage: %1 [--help] [--version] COMMAND [OPTIONS]").arg(programName) +
        u"\n\n"_s +
        CliText::tr("Viparita from the command line: sequences, plans and the "
                    "blood-pressure journal.") +
        u"\n\n"_s + CliText::tr("Commands:") + u'\n';
    // A group of many sub-commands takes one line, its sub-commands named ('WORD --help'
    // lists them): the overview stays short enough to read on one screen.
    const auto groupOf = [](const QString &name) { return name.section(u' ', 0, 0); };
    QStringList grouped;
    for (const auto &command : m_commands) {
        const QString word = groupOf(command->name());
        QStringList subCommands;
        for (const auto &other : m_commands) {
            if (other->name().startsWith(word + u' '))
                subCommands.append(other->name().section(u' ', 1));
        }
        if (subCommands.size() < 4) {
            text +=
                u"  "_s + command->name().leftJustified(17) + u"  "_s + command->summary() + u'\n';
        } else if (!grouped.contains(word)) {
            grouped.append(word);
            //: A group of commands in the overview. %1: what they are for ("Your medicines
            //: and their changes"); %2: the names of its sub-commands, listed.
            text += u"  "_s + (word + u" ..."_s).leftJustified(17) + u"  "_s +
                    CliText::tr("%1: %2.").arg(groupSummary(word), subCommands.join(u", "_s)) +
                    u'\n';
        }
    }
    //: %1: the program's name. COMMAND stands for a command's name; --help is typed as is.
    text += u'\n' +
            CliText::tr("Run '%1 COMMAND --help' for a command's options.").arg(programName) +
            u'\n' +
            CliText::tr("Exit status: 0 success, 1 input rejected, 2 usage error, 3 file or "
                        "storage error.") +
            u'\n';
    return text;
}

QString Cli::groupHelp(const QString &word) const
{
    QString lines;
    for (const auto &command : m_commands) {
        if (command->name().startsWith(word + u' '))
            lines +=
                u"  "_s + command->name().leftJustified(17) + u"  "_s + command->summary() + u'\n';
    }
    if (lines.isEmpty())
        return {};
    //: %1: the program's name; %2: the first word of its commands ("session").
    //: SUB-COMMAND and OPTIONS stand for what is typed there.
    const QString usage = CliText::tr("Usage: %1 %2 SUB-COMMAND [OPTIONS]").arg(programName, word);
    //: %1: the program's name; %2: the first word of its commands ("session").
    const QString more =
        CliText::tr("Run '%1 %2 SUB-COMMAND --help' for its options.").arg(programName, word);
    return usage + u"\n\n"_s + CliText::tr("Sub-commands:") + u'\n' + lines + u'\n' + more + u'\n';
}

QString Cli::suggestion(const QString &typed) const
{
    // The command nearest to what was typed, by the edits that turn one into the other; only
    // a near one is offered (two edits, or a third of a long name).
    const auto distance = [](const QString &a, const QString &b) {
        QList<qsizetype> row(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (qsizetype i = 1; i <= a.size(); ++i) {
            qsizetype diagonal = row[0];
            row[0] = i;
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const qsizetype above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (a.at(i - 1).toLower() == b.at(j - 1) ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    if (typed.size() > 40)
        return {};
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, typed.size() / 3) + 1;
    QStringList names;
    for (const auto &command : m_commands) {
        names.append(command->name());
        if (const qsizetype space = command->name().indexOf(u' '); space > 0)
            names.append(command->name().left(space));
    }
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        if (const qsizetype d = distance(typed, name); d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

QString Cli::unknownCommand(const QString &shown, const QString &typed) const
{
    const QString nearest = suggestion(typed);
    //: %1: what was typed as a command.
    if (nearest.isEmpty())
        return CliText::tr("unknown command '%1'").arg(shown);
    //: %1: what was typed as a command; %2: the command nearest to it.
    return CliText::tr("unknown command '%1'. Did you mean '%2'?").arg(shown, nearest);
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
             const QStringList &undecodable) const
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliText::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, CliText::tr("Show the version."));
    global.addOptions({help, version, verboseOption(), databaseOption()});
    global.addPositionalArgument(u"command"_s, CliText::tr("The command to run."));

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
        err << programName << ": " << CliText::tr("no command given") << "\n\n" << overview();
        return UsageError;
    }
    // A command is one word ("plan") or two ("reading add").
    const Command *command = rest.size() > 1 ? find(rest.at(0) + u' ' + rest.at(1)) : nullptr;
    const qsizetype nameWords = command ? 2 : 1;
    if (!command)
        command = find(rest.first());
    if (!command) {
        const QString first = rest.first();
        if (const QString group = groupHelp(first); !group.isEmpty()) {
            // "session", "session --help", "session shwo": the sub-commands of that word.
            const QString second = rest.value(1);
            if (second == u"--help"_s || second == u"-h"_s) {
                out << group;
                return Success;
            }
            if (second.isEmpty() || second.startsWith(u'-'))
                err << programName << " " << first << ": "
                    << CliText::tr("which one? Give a sub-command.") << "\n\n";
            else
                err << programName << ": "
                    << unknownCommand(first + u' ' + shortened(second), first + u' ' + second)
                    << "\n\n";
            err << group;
            return UsageError;
        }
        err << programName << ": " << unknownCommand(shortened(first), first) << "\n";
        //: %1: the program's name; --help is typed as is.
        err << CliText::tr("Run '%1 --help' for the list of commands.").arg(programName) << "\n";
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
        err << programName << " " << command->name() << ": ";
        if (const QString negative = negativeNumberIn(commandArguments.mid(2));
            !negative.isEmpty()) {
            //: %1: the number typed; %2: the command-line parser's own message.
            err << CliText::tr("'%1': a negative number is not accepted here (%2)")
                       .arg(negative, parser.errorText());
        } else {
            err << parser.errorText();
        }
        err << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as is.
        err << CliText::tr("Run '%1 %2 --help' for its options.").arg(programName, command->name())
            << "\n";
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        // The usage line names the program as it is typed, not the path it was started by
        // (in the language's words for "Usage:").
        QString text = parser.helpText();
        if (const QString started = QCoreApplication::arguments().value(0); !started.isEmpty()) {
            const qsizetype at = text.indexOf(started);
            if (at >= 0 && at < text.indexOf(u'\n'))
                text.replace(at, started.size(), programName);
        }
        out << text;
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        out << versionText();
        return Success;
    }

    for (const GivenValue &given : givenValues(global, parser, *command)) {
        if (const QString problem = valueProblem(given, undecodable); !problem.isEmpty()) {
            err << programName << " " << command->name() << ": " << problem << "\n";
            return UsageError;
        }
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
