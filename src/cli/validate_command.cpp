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
    : Command(u"validate"_s, u"Check sequence files; print every error with its place."_s,
              u"FILE"_s)
{}

void ValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"files"_s, u"Sequence files (JSON) to check."_s, u"FILE..."_s);
}

int ValidateCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList files = commandArguments(parser);
    if (files.isEmpty()) {
        context.err << "viparita-cli validate: no file given\n"
                    << "Run 'viparita-cli validate --help' for its options.\n";
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
            context.out << u"%1: ok (%2 steps, %3 s)\n"_s.arg(file)
                               .arg(result.sequence->steps.size())
                               .arg(result.sequence->practiceSeconds());
        }
        unreadable = unreadable || result.unreadable();
    }
    context.out << u"%1 of %2 files valid\n"_s.arg(valid).arg(files.size());
    if (unreadable)
        return StorageFailure;
    return valid == files.size() ? Success : InputRejected;
}

} // namespace viparita::cli
