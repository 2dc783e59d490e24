#include "backup_commands.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/storage/backups.h>

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

BackupCommand::BackupCommand()
    : Command(u"backup"_s,
              //: FILE is the value name shown in the help.
              CliText::tr("Write a copy of the journal to FILE."), u"FILE"_s)
{}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, CliText::tr("The copy to write (must not exist)."),
                                 u"FILE"_s);
}

int BackupCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: FILE is the value name shown in the help.
        context.err << "viparita-cli backup: " << CliText::tr("give one FILE") << "\n";
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
    //: %1: the journal's path; %2: the copy's.
    context.out << CliText::tr("Backed up %1 to %2.").arg(journal->path(), file) << "\n";
    return Success;
}

RestoreCommand::RestoreCommand()
    : Command(u"restore"_s,
              CliText::tr("Replace the journal with a backup (the current one is kept as a "
                          "backup)."),
              u"FILE"_s)
{}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, CliText::tr("The backup to restore."), u"FILE"_s);
}

int RestoreCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: FILE is the value name shown in the help.
        context.err << "viparita-cli restore: " << CliText::tr("give one FILE") << "\n";
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
    if (restored->isEmpty()) {
        //: %1: the journal's path; %2: the backup's.
        context.out << CliText::tr("Restored %1 from %2.").arg(journalPath, arguments.first());
    } else {
        //: %1: the journal's path; %2: the backup's; %3: where the journal as it was is kept.
        context.out << CliText::tr("Restored %1 from %2. The journal as it was is kept in %3.")
                           .arg(journalPath, arguments.first(), *restored);
    }
    context.out << "\n";
    return Success;
}

} // namespace viparita::cli
