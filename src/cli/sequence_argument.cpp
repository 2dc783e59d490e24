#include "sequence_argument.h"

#include "exit_code.h"

#include <viparita/core/app_paths.h>
#include <viparita/core/sequence_library.h>
#include <viparita/core/sequence_loader.h>

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

std::optional<Sequence> loadSequenceArgument(const QString &argument, CommandContext &context,
                                             int &status)
{
    const bool looksLikeFile =
        argument.contains(u'/') || argument.endsWith(u".json"_s) || QFileInfo(argument).isFile();
    if (looksLikeFile) {
        SequenceLoadResult result = SequenceLoader::loadFile(argument);
        for (const Diagnostic &error : result.errors)
            context.err << error.toString() << "\n";
        if (!result.ok())
            status = result.unreadable() ? StorageFailure : InputRejected;
        return std::move(result.sequence);
    }
    const SequenceLibrary library = SequenceLibrary::load(AppPaths::userSequencesFolder());
    if (const Sequence *sequence = library.find(argument))
        return *sequence;
    QStringList ids;
    for (const auto &entry : library.entries()) {
        if (entry.sequence)
            ids.append(entry.sequence->id);
    }
    //: %1: the id typed; %2: the ids there are, listed.
    context.err << "viparita-cli: "
                << CliText::tr("no sequence with the id '%1' (there are: %2)")
                       .arg(argument, ids.join(u", "_s))
                << "\n";
    status = InputRejected;
    return std::nullopt;
}

} // namespace viparita::cli
