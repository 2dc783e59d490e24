#include "validate_command.h"

#include "exit_code.h"

#include <viparita/core/sequence_loader.h>

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

QStringList commandArguments(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(1);
}

ValidateCommand::ValidateCommand()
    : Command(u"validate"_s, CliText::tr("Check sequence files; print every error with its place."),
              u"FILE"_s)
{}

void ValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"files"_s, CliText::tr("Sequence files (JSON) to check."),
                                 u"FILE..."_s);
}

int ValidateCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList files = commandArguments(parser);
    if (files.isEmpty()) {
        context.err << "viparita-cli validate: " << CliText::tr("no file given") << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
        return UsageError;
    }
    qsizetype valid = 0;
    bool unreadable = false;
    for (const QString &file : files) {
        const SequenceLoadResult result = SequenceLoader::loadFile(file);
        for (const Diagnostic &error : result.errors)
            context.err << error.toString() << "\n";
        if (result.ok()) {
            ++valid;
            //: %1: the file; %2: how many steps; %3: its length in seconds.
            context.out << CliText::tr("%1: ok (%2 steps, %3 s)")
                               .arg(file)
                               .arg(result.sequence->steps.size())
                               .arg(result.sequence->practiceSeconds())
                        << "\n";
        }
        unreadable = unreadable || result.unreadable();
    }
    //: %1: how many of the %2 files given are valid.
    context.out << CliText::tr("%1 of %2 files valid").arg(valid).arg(files.size()) << "\n";
    if (unreadable)
        return StorageFailure;
    return valid == files.size() ? Success : InputRejected;
}

} // namespace viparita::cli
