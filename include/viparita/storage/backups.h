#pragma once

#include <viparita/storage/storage_error.h>

#include <QDate>
#include <QString>
#include <QStringList>

namespace viparita {

class Journal;

/// The dated copies of a journal in its backup folder.
class Backups final {
public:
    static constexpr int keptDailyBackups = 7;

    /// `<journal folder>/backups`.
    [[nodiscard]] static QString folderFor(const QString &journalPath);
    /// The backup files in `folder`, newest first.
    [[nodiscard]] static QStringList list(const QString &folder);
    /// Makes today's copy ("journal-YYYY-MM-DD.sqlite") unless there is one,
    /// and keeps the newest seven. Gives the copy's path, or "" when today's
    /// copy was already there.
    [[nodiscard]] static StorageResult<QString>
    makeDaily(const Journal &journal, const QString &folder, const QDate &today);
    /// Replaces the journal at `journalPath` with `backupFile`, after checking
    /// that it is a Viparita journal that passes PRAGMA integrity_check and
    /// saving the current journal into `folder` first. Gives the path of
    /// that safety copy. No connection to the journal may be open.
    [[nodiscard]] static StorageResult<QString>
    restore(const QString &journalPath, const QString &backupFile, const QString &folder);
};

} // namespace viparita
