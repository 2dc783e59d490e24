#include "backup_commands.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/storage/backups.h>

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

BackupCommand::BackupCommand()
    : Command(u"backup"_s, u"Write a copy of the journal to FILE."_s, u"FILE"_s)
{}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, u"The copy to write (must not exist)."_s, u"FILE"_s);
}

int BackupCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        context.err << "viparita-cli backup: give one FILE\n";
        return UsageError;
    }
    int status = Success;
    auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const QString file = QFileInfo(arguments.first()).absoluteFilePath();
    const auto written = journal->backupTo(file);
    if (!written.ok())
        return reportStorageError(context, written.error());
    context.out << u"Backed up %1 to %2.\n"_s.arg(journal->path(), file);
    return Success;
}

RestoreCommand::RestoreCommand()
    : Command(u"restore"_s,
              u"Replace the journal with a backup (the current one is kept as a backup)."_s,
              u"FILE"_s)
{}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, u"The backup to restore."_s, u"FILE"_s);
}

int RestoreCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        context.err << "viparita-cli restore: give one FILE\n";
        return UsageError;
    }
    const QString journalPath = QFileInfo(context.databasePath).absoluteFilePath();
    const auto restored =
        Backups::restore(journalPath, QFileInfo(arguments.first()).absoluteFilePath(),
                         Backups::folderFor(journalPath));
    if (!restored.ok()) {
        context.err << "viparita-cli: " << restored.error().message << "\n";
        return restored.error().kind == StorageError::Kind::NotAJournal ? InputRejected
                                                                        : StorageFailure;
    }
    context.out << u"Restored %1 from %2."_s.arg(journalPath, arguments.first());
    if (!restored->isEmpty())
        context.out << u" The journal as it was is kept in %1."_s.arg(*restored);
    context.out << "\n";
    return Success;
}

} // namespace viparita::cli
