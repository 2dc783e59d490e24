#pragma once

// The real viparita-cli run in a broken environment: arguments given as raw bytes, a file
// size limit (RLIMIT_FSIZE), another user, a small tmpfs; and the journal's bytes compared
// before and after.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace viparita::test {

/// How a child process is started.
struct ChildOptions {
    /// "NAME=value" entries added to (or replacing those of) this process's environment.
    QStringList environment;
    /// The folder it runs in; this process's own when empty.
    QString workingFolder;
    /// A file size limit in bytes (RLIMIT_FSIZE), with SIGXFSZ ignored so that a write past
    /// it fails with EFBIG instead of killing the process.
    std::optional<long long> fileSizeLimit;
    /// Runs it as the user and group 65534 (nobody) through setpriv, for permission checks
    /// that root would pass (when not root, it runs as the user it is).
    bool asNobody = false;
};

/// What a finished child gave.
struct ChildResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
};

/// Runs `program` with `arguments` passed byte for byte (no re-encoding). Fails the test
/// when it cannot be started or does not end within `timeoutSeconds`.
[[nodiscard]] ChildResult runChild(const QString &program, const QList<QByteArray> &arguments,
                                   const ChildOptions &options = {}, int timeoutSeconds = 120);

/// Runs the real viparita-cli.
[[nodiscard]] ChildResult runCliRaw(const QList<QByteArray> &arguments,
                                    const ChildOptions &options = {}, int timeoutSeconds = 120);
/// The same, with text arguments (UTF-8).
[[nodiscard]] ChildResult runCliText(const QStringList &arguments, const ChildOptions &options = {},
                                     int timeoutSeconds = 120);

/// The path of setpriv; fails the test when it is missing (util-linux).
[[nodiscard]] QString setprivPath();

/// The journal as it lies on disk: the file's bytes, and its write-ahead log.
struct JournalFiles {
    QByteArray journal;
    bool logExists = false;
    QByteArray log;

    friend bool operator==(const JournalFiles &, const JournalFiles &) = default;
};
[[nodiscard]] JournalFiles journalFiles(const QString &path);
/// Whether the write-ahead log holds anything (it may exist, empty, after a refused write).
[[nodiscard]] bool logHasFrames(const QString &path);
/// PRAGMA integrity_check of the file, read-only.
[[nodiscard]] QString integrityCheck(const QString &path);
/// SELECT count(*) FROM readings (deleted ones included), read-only.
[[nodiscard]] int readingRows(const QString &path);

/// A folder in the system's temporary folder that the user nobody (65534) can enter, owned
/// by nobody and removed at the end.
class SharedFolder {
public:
    SharedFolder();
    ~SharedFolder();
    SharedFolder(const SharedFolder &) = delete;
    SharedFolder &operator=(const SharedFolder &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &name) const { return m_path + u'/' + name; }
    /// Makes a sub-folder owned by nobody with these permissions (octal, e.g. 0755).
    QString makeFolder(const QString &name, int mode) const;
    /// Environment entries sending the child's data, config, cache and runtime folders
    /// into this folder, owned by nobody.
    [[nodiscard]] QStringList environment() const;

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_path;
};

/// Gives a file or folder to nobody (65534:65534; when root) and sets its mode; fails the
/// test if it cannot.
void giveToNobody(const QString &path, int mode);

/// A small tmpfs mounted for one test, unmounted at the end. Mounting needs root (or
/// CAP_SYS_ADMIN); when it is not allowed, mounted() is false and why() says why.
class SmallFileSystem {
public:
    SmallFileSystem(const QString &mountPoint, long long bytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] const QString &why() const { return m_why; }
    [[nodiscard]] const QString &path() const { return m_path; }
    /// Fills the free space with a file ("filler") until the kernel says ENOSPC; gives the
    /// bytes written. Fails the test when the error is anything else.
    long long fill() const;
    /// Removes the filler.
    void makeRoom() const;

private:
    QString m_path;
    bool m_mounted = false;
    QString m_why;
};

/// Readings in Viparita's CSV: `count` rows, one a minute from 2025-01-02 07:00 on.
[[nodiscard]] QByteArray readingsCsv(int count);

} // namespace viparita::test
