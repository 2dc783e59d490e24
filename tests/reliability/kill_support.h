#pragma once

// What the power-cut tests share: a child process that can be stopped,
// looked at and killed at a chosen moment, a watch on the journal's folder,
// and the journal's rows read back through SQLite's own API, read-only.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <map>
#include <vector>

#include <sys/types.h>

namespace viparita::reliability {

using Clock = std::chrono::steady_clock;

/// Where a process was at the moment it was killed, read from the locks it
/// held on the journal's files (/proc/locks) while it was stopped, just
/// before the SIGKILL.
enum class KillPoint {
    NotOpen,     ///< the journal was not open: starting up, or after closing it
    Open,        ///< open, between writes
    Transaction, ///< inside a write transaction: it held the WAL's write lock
    Checkpoint,  ///< copying the WAL into the database (checkpoint, recovery, or the close)
    Exited,      ///< it had exited on its own before the kill
};

[[nodiscard]] const char *nameOf(KillPoint point);
[[nodiscard]] inline bool isMidWrite(KillPoint point)
{
    return point == KillPoint::Transaction || point == KillPoint::Checkpoint;
}

/// A program run with its standard output and error read through pipes.
class ChildProcess final {
public:
    /// Starts `program`; `environment` holds NAME=VALUE entries added to (or
    /// replacing those of) this process's environment.
    ChildProcess(const QString &program, const QStringList &arguments,
                 const QStringList &environment = {});
    /// Kills and reaps the process if it still runs.
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    /// Empty when the process started; else why not.
    [[nodiscard]] const QString &startError() const { return m_startError; }
    [[nodiscard]] Clock::time_point startedAt() const { return m_startedAt; }

    enum class Wake { Exited, Watched, Deadline };
    /// Reads output until `deadline`, until `watchedFd` (if not -1) can be
    /// read, or until the process exits, whichever comes first.
    Wake waitUntil(Clock::time_point deadline, int watchedFd = -1);
    /// Waits for the process to exit; false when it had not after `timeout`.
    bool waitForExit(std::chrono::milliseconds timeout);
    /// When the process was seen to have exited.
    [[nodiscard]] Clock::time_point exitedAt() const { return m_exitedAt; }
    /// When its first standard output was read (its exit time if it printed nothing).
    [[nodiscard]] Clock::time_point firstOutputAt() const
    {
        return m_out.isEmpty() ? m_exitedAt : m_firstOutputAt;
    }

    /// Stops the process (SIGSTOP), reads where it is from its locks on the
    /// journal at `journalPath`, kills it (SIGKILL) and reaps it. A process
    /// that had already exited is reaped, and Exited is given.
    KillPoint stopAndKill(const QString &journalPath);

    [[nodiscard]] bool exited() const { return m_exited; }
    /// The exit status; -1 when a signal ended the process.
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] const QByteArray &out() const { return m_out; }
    [[nodiscard]] const QByteArray &err() const { return m_err; }

private:
    void readAvailable();
    bool checkExited();
    void reap();

    QString m_startError;
    pid_t m_pid = -1;
    int m_outFd = -1;
    int m_errFd = -1;
    Clock::time_point m_startedAt;
    Clock::time_point m_exitedAt;
    Clock::time_point m_firstOutputAt;
    bool m_exited = false;
    bool m_reaped = false;
    int m_exitCode = -1;
    QByteArray m_out;
    QByteArray m_err;
};

/// Opens and changes of the files in one folder (inotify).
class FolderWatch final {
public:
    explicit FolderWatch(const QString &folder);
    ~FolderWatch();
    FolderWatch(const FolderWatch &) = delete;
    FolderWatch &operator=(const FolderWatch &) = delete;

    [[nodiscard]] bool isValid() const { return m_fd >= 0; }
    [[nodiscard]] int fd() const { return m_fd; }
    /// Forgets the events so far.
    void drain();
    /// Reads the events waiting; true when one was an open of `fileName`
    /// (`opened`) or a write to it.
    [[nodiscard]] bool take(const QString &fileName, bool opened);

private:
    int m_fd = -1;
};

/// A row as SQLite quotes its values (quote()): 12, 'text', NULL.
using Row = QStringList;

/// The journal read back read-only, after a kill.
struct JournalContents {
    QString integrity;                        ///< PRAGMA integrity_check, its rows joined
    QStringList foreignKeys;                  ///< PRAGMA foreign_key_check: rows pointing nowhere
    std::map<qint64, Row> readings;           ///< by id; columns as in readingColumns
    std::map<qint64, Row> sessions;           ///< by id; columns as in sessionColumns
    std::map<qint64, std::vector<Row>> steps; ///< by session, in position order
    QString error; ///< why the journal could not be read; empty when it could
};

/// The columns read, in this order.
enum ReadingColumn {
    RId,
    RTakenAt,
    RTakenOffset,
    RSystolic,
    RDiastolic,
    RPulse,
    RContext,
    RSessionId,
    RArm,
    RPosition,
    RIrregular,
    RNote,
    RDeletedAt
};
enum SessionColumn {
    SId,
    SSequenceId,
    SSequenceVersion,
    SSequenceTitle,
    SStartedAt,
    SStartedOffset,
    SEndedAt,
    SEndedOffset,
    SStatus,
    SPlannedSeconds,
    SActualSeconds,
    SBreathPattern,
    SFeeling,
    SNote
};
enum StepColumn {
    TId,
    TSessionId,
    TPosition,
    TStepId,
    TSide,
    TPlannedSeconds,
    TActualSeconds,
    TSkipped,
    TExtendedSeconds
};

/// Reads the whole journal with a read-only SQLite connection.
[[nodiscard]] JournalContents readJournal(const QString &path);

/// A value as SQLite's quote() writes it.
[[nodiscard]] QString quoted(qint64 value);
[[nodiscard]] QString quoted(const QString &text);
[[nodiscard]] QString quotedNull();

/// One step of a plan as `viparita-cli plan --json` gives it.
struct PlannedStepRow {
    QString stepId;
    QString side; ///< empty for none
    int seconds = 0;
};
/// The steps of `sequence` fitted to `minutes`, from the real viparita-cli at
/// `cli`; empty, with `error` set, when it could not be had.
[[nodiscard]] std::vector<PlannedStepRow> planSteps(const QString &cli, const QString &sequence,
                                                    int minutes, QString &error);

/// The seed and the count of a run: fixed, unless the environment says otherwise.
[[nodiscard]] std::uint32_t seedFromEnvironment(std::uint32_t fallback);
[[nodiscard]] int countFromEnvironment(const char *variable, int fallback);

/// The median of some durations (zero for none).
[[nodiscard]] Clock::duration median(std::vector<Clock::duration> values);

} // namespace viparita::reliability
