#include "sequences_command.h"

#include "exit_code.h"

#include <viparita/core/app_paths.h>
#include <viparita/core/sequence_library.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

QString sourceName(const SequenceLibrary::Entry &entry)
{
    return entry.bundled ? u"bundled"_s : entry.source;
}

QJsonObject toJson(const SequenceLibrary::Entry &entry)
{
    QJsonObject object;
    const auto &sequence = entry.sequence;
    object.insert(u"id"_s, sequence ? QJsonValue(sequence->id) : QJsonValue());
    object.insert(u"title"_s, sequence ? QJsonValue(sequence->title) : QJsonValue());
    object.insert(u"steps"_s, sequence ? QJsonValue(sequence->steps.size()) : QJsonValue());
    object.insert(u"total_seconds"_s,
                  sequence ? QJsonValue(sequence->practiceSeconds()) : QJsonValue());
    object.insert(u"source"_s, sourceName(entry));
    QJsonArray errors;
    for (const Diagnostic &error : entry.errors)
        errors.append(error.toString());
    object.insert(u"errors"_s, errors);
    return object;
}

QString minutesAndSeconds(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SequencesCommand::SequencesCommand()
    : Command(u"sequences"_s, CliText::tr("List the bundled sequences and your own."))
{}

void SequencesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, CliText::tr("Print a JSON array instead of a table.")});
}

int SequencesCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli sequences: " << CliText::tr("takes no arguments") << "\n";
        return UsageError;
    }
    const SequenceLibrary library = SequenceLibrary::load(AppPaths::userSequencesFolder());

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const auto &entry : library.entries())
            array.append(toJson(entry));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    // Padded by hand, not with chained arg(): a title may itself hold "%1".
    auto row = [&context](const QString &id, const QString &title, const QString &steps,
                          const QString &length, const QString &source) {
        context.out << id.leftJustified(20) << "  " << title.leftJustified(36) << "  "
                    << steps.rightJustified(5) << "  " << length.rightJustified(6) << "  " << source
                    << "\n";
    };
    //: A column title.
    const QString idTitle = CliText::tr("ID");
    //: A column title of the table of sequences.
    const QString titleTitle = CliText::tr("TITLE");
    //: A column title of the table of sequences: how many steps.
    const QString stepsTitle = CliText::tr("STEPS");
    //: A column title: how long it lasts.
    const QString lengthTitle = CliText::tr("LENGTH");
    //: A column title of the table of sequences: where it comes from.
    const QString sourceTitle = CliText::tr("SOURCE");
    row(idTitle, titleTitle, stepsTitle, lengthTitle, sourceTitle);
    for (const auto &entry : library.entries()) {
        if (!entry.sequence)
            continue;
        const Sequence &sequence = *entry.sequence;
        row(sequence.id, sequence.title, QString::number(sequence.steps.size()),
            minutesAndSeconds(sequence.practiceSeconds()),
            //: In the SOURCE column: the sequence comes with Viparita.
            entry.bundled ? CliText::tr("bundled") : entry.source);
    }
    if (library.brokenCount() > 0) {
        context.out << "\n"
                    << CliText::tr("%n file(s) could not be loaded:", nullptr,
                                   static_cast<int>(library.brokenCount()))
                    << "\n";
        for (const auto &entry : library.entries()) {
            for (const Diagnostic &error : entry.errors)
                context.out << "  " << error.toString() << "\n";
        }
    }
    return Success;
}

} // namespace viparita::cli
