#include "kill_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::Literals::StringLiterals;

namespace viparita::reliability {

namespace {

// SQLite's locks on a WAL journal (see its os_unix.c and wal.c): the
// shared-memory file's lock bytes start at 120 (write, checkpoint, recover,
// then the readers); the database file's PENDING byte is at 1 GiB.
constexpr qint64 walWriteLockByte = 120;
constexpr qint64 walCheckpointLockByte = 121;
constexpr qint64 walRecoverLockByte = 122;
constexpr qint64 pendingByte = 0x40000000;

struct HeldLock {
    bool write = false;
    ino_t inode = 0;
    qint64 start = 0;
    qint64 end = 0; ///< inclusive; LLONG_MAX for "to the end of the file"

    [[nodiscard]] bool covers(qint64 byte) const { return start <= byte && byte <= end; }
};

/// The POSIX locks `pid` holds, from /proc/locks.
std::vector<HeldLock> locksOf(pid_t pid)
{
    std::vector<HeldLock> held;
    QFile file(u"/proc/locks"_s);
    if (!file.open(QIODevice::ReadOnly))
        return held;
    // "1: POSIX  ADVISORY  WRITE 1234 fd:01:56789 120 120"; a waiting lock
    // has "->" after the number.
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) == "->" || fields.at(1) != "POSIX")
            continue;
        if (fields.at(4).toLongLong() != pid)
            continue;
        HeldLock lock;
        lock.write = fields.at(3) == "WRITE";
        const QByteArray device = fields.at(5);
        lock.inode = static_cast<ino_t>(device.mid(device.lastIndexOf(':') + 1).toULongLong());
        lock.start = fields.at(6).toLongLong();
        lock.end = fields.at(7) == "EOF" ? LLONG_MAX : fields.at(7).toLongLong();
        held.push_back(lock);
    }
    return held;
}

ino_t inodeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_ino;
}

/// The state letter of each thread of `pid` ("R", "S", "D", "T", "Z"...);
/// empty when the process is gone.
QByteArray threadStates(pid_t pid)
{
    QByteArray states;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task) + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close >= 0 && close + 2 < text.size())
            states.append(text.at(close + 2));
    }
    return states;
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

} // namespace

const char *nameOf(KillPoint point)
{
    switch (point) {
    case KillPoint::NotOpen:
        return "journal not open";
    case KillPoint::Open:
        return "journal open, between writes";
    case KillPoint::Transaction:
        return "inside a write transaction";
    case KillPoint::Checkpoint:
        return "inside a checkpoint or the close";
    case KillPoint::Exited:
        return "had exited";
    }
    return "?";
}

ChildProcess::ChildProcess(const QString &program, const QStringList &arguments,
                           const QStringList &environment)
{
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        m_startError = u"pipe: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    std::vector<QByteArray> argumentBytes{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> environmentBytes;
    for (char **entry = environ; *entry; ++entry) {
        const QByteArray text(*entry);
        const QByteArray name = text.left(text.indexOf('=') + 1);
        const bool replaced =
            std::any_of(environment.cbegin(), environment.cend(),
                        [&name](const QString &added) { return added.toUtf8().startsWith(name); });
        if (!replaced)
            environmentBytes.push_back(text);
    }
    for (const QString &added : environment)
        environmentBytes.push_back(added.toUtf8());
    std::vector<char *> envp;
    for (QByteArray &entry : environmentBytes)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    m_startedAt = Clock::now();
    const int spawned =
        ::posix_spawn(&m_pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    m_outFd = out[0];
    m_errFd = err[0];
    setNonBlocking(m_outFd);
    setNonBlocking(m_errFd);
    if (spawned != 0) {
        m_startError = u"%1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        m_pid = -1;
        m_exited = m_reaped = true;
    }
}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        reap();
    }
    for (const int fd : {m_outFd, m_errFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

void ChildProcess::readAvailable()
{
    for (auto [fd, buffer] : {std::pair{&m_outFd, &m_out}, std::pair{&m_errFd, &m_err}}) {
        if (*fd < 0)
            continue;
        char chunk[8192];
        for (;;) {
            const ssize_t read = ::read(*fd, chunk, sizeof chunk);
            if (read > 0) {
                if (buffer == &m_out && m_out.isEmpty())
                    m_firstOutputAt = Clock::now();
                buffer->append(chunk, read);
                continue;
            }
            if (read < 0 && errno == EINTR)
                continue;
            if (read == 0 || (read < 0 && errno != EAGAIN)) {
                ::close(*fd);
                *fd = -1;
            }
            break;
        }
    }
}

bool ChildProcess::checkExited()
{
    if (m_exited)
        return true;
    siginfo_t info{};
    // WNOWAIT: keep the process to be reaped (and looked at) later.
    if (::waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == m_pid) {
        m_exited = true;
        m_exitedAt = Clock::now();
    }
    return m_exited;
}

void ChildProcess::reap()
{
    if (m_reaped || m_pid <= 0)
        return;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_reaped = true;
    if (!m_exited) {
        m_exited = true;
        m_exitedAt = Clock::now();
    }
    m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ChildProcess::Wake ChildProcess::waitUntil(Clock::time_point deadline, int watchedFd)
{
    // Short slices, so that an exit is seen even if something else keeps the
    // pipes open.
    constexpr auto slice = std::chrono::milliseconds(2);
    for (;;) {
        readAvailable();
        if (checkExited()) {
            readAvailable();
            return Wake::Exited;
        }
        const auto now = Clock::now();
        if (now >= deadline)
            return Wake::Deadline;
        const auto wait = std::min<Clock::duration>(deadline - now, slice);
        const auto nanoseconds = std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count();
        const timespec timeout{static_cast<time_t>(nanoseconds / 1000000000),
                               static_cast<long>(nanoseconds % 1000000000)};
        pollfd entries[3];
        nfds_t count = 0;
        for (const int fd : {m_outFd, m_errFd, watchedFd}) {
            if (fd >= 0)
                entries[count++] = pollfd{fd, POLLIN, 0};
        }
        const int ready = ::ppoll(entries, count, &timeout, nullptr);
        if (ready > 0 && watchedFd >= 0) {
            for (nfds_t i = 0; i < count; ++i) {
                if (entries[i].fd == watchedFd && (entries[i].revents & POLLIN))
                    return Wake::Watched;
            }
        }
    }
}

bool ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (m_reaped)
        return true;
    if (waitUntil(Clock::now() + timeout) != Wake::Exited)
        return false;
    reap();
    readAvailable();
    return true;
}

KillPoint ChildProcess::stopAndKill(const QString &journalPath)
{
    if (m_reaped)
        return KillPoint::Exited;
    ::kill(m_pid, SIGSTOP);
    // Every thread stops when it next leaves the kernel; a write to disk
    // under way finishes first, exactly as it would before a SIGKILL.
    bool gone = false;
    const auto giveUp = Clock::now() + std::chrono::seconds(10);
    for (;;) {
        const QByteArray states = threadStates(m_pid);
        if (states.isEmpty() || states.contains('Z') || checkExited()) {
            gone = true;
            break;
        }
        if (std::all_of(states.cbegin(), states.cend(),
                        [](char state) { return state == 'T' || state == 't'; }) ||
            Clock::now() > giveUp)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(50));
    }

    KillPoint point = KillPoint::Exited;
    if (!gone) {
        const ino_t database = inodeOf(journalPath);
        const ino_t shared = inodeOf(journalPath + u"-shm"_s);
        const ino_t wal = inodeOf(journalPath + u"-wal"_s);
        bool open = false, transaction = false, checkpoint = false;
        for (const HeldLock &lock : locksOf(m_pid)) {
            if (shared != 0 && lock.inode == shared) {
                open = true;
                transaction = transaction || (lock.write && lock.covers(walWriteLockByte));
                checkpoint = checkpoint || (lock.write && (lock.covers(walCheckpointLockByte) ||
                                                           lock.covers(walRecoverLockByte)));
            } else if (database != 0 && lock.inode == database) {
                open = true;
                // An exclusive lock on the database in WAL mode: the last
                // connection closing, copying the WAL back and removing it.
                checkpoint = checkpoint || (lock.write && lock.covers(pendingByte));
            } else if (wal != 0 && lock.inode == wal) {
                open = true;
            }
        }
        point = transaction  ? KillPoint::Transaction
                : checkpoint ? KillPoint::Checkpoint
                : open       ? KillPoint::Open
                             : KillPoint::NotOpen;
    }
    ::kill(m_pid, SIGKILL);
    reap();
    readAvailable();
    return gone ? KillPoint::Exited : point;
}

FolderWatch::FolderWatch(const QString &folder)
{
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd >= 0 && ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                         IN_OPEN | IN_MODIFY | IN_CREATE) < 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

FolderWatch::~FolderWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void FolderWatch::drain()
{
    (void)take(QString(), true);
}

bool FolderWatch::take(const QString &fileName, bool opened)
{
    const QByteArray wanted = QFile::encodeName(fileName);
    const uint32_t mask = opened ? IN_OPEN : IN_MODIFY;
    bool seen = false;
    alignas(inotify_event) char buffer[16384];
    for (;;) {
        const ssize_t read = ::read(m_fd, buffer, sizeof buffer);
        if (read <= 0)
            break;
        for (ssize_t offset = 0; offset < read;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            if ((event->mask & mask) && event->len > 0 && wanted == event->name)
                seen = true;
            offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return seen;
}

namespace {

/// Runs `sql` and gives each row's columns as text.
bool query(sqlite3 *database, const char *sql, std::vector<QStringList> &rows, QString &error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(database)) + u" in "_s + QString::fromUtf8(sql);
        return false;
    }
    int result = SQLITE_OK;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            row.append(text ? QString::fromUtf8(text) : u"NULL"_s);
        }
        rows.push_back(row);
    }
    sqlite3_finalize(statement);
    if (result != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(database)) + u" in "_s + QString::fromUtf8(sql);
        return false;
    }
    return true;
}

} // namespace

JournalContents readJournal(const QString &path)
{
    JournalContents contents;
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &database, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        contents.error = u"cannot open %1: %2"_s.arg(
            path, QString::fromUtf8(database ? sqlite3_errmsg(database) : "out of memory"));
        sqlite3_close(database);
        return contents;
    }
    sqlite3_busy_timeout(database, 5000);
    std::vector<QStringList> rows;
    QString error;
    bool ok = query(database, "PRAGMA integrity_check", rows, error);
    if (ok) {
        QStringList lines;
        for (const QStringList &row : rows)
            lines.append(row.join(u' '));
        contents.integrity = lines.join(u"; "_s);
        rows.clear();
        ok = query(database, "PRAGMA foreign_key_check", rows, error);
        for (const QStringList &row : rows)
            contents.foreignKeys.append(row.join(u' '));
    }
    // One read transaction, so the three tables are seen at one moment.
    ok = ok && query(database, "BEGIN", rows, error);
    rows.clear();
    ok = ok && query(database,
                     "SELECT quote(id), quote(taken_at), quote(taken_offset), quote(systolic), "
                     "quote(diastolic), quote(pulse), quote(context), quote(session_id), "
                     "quote(arm), quote(position), quote(irregular), quote(note), "
                     "quote(deleted_at) FROM readings ORDER BY id",
                     rows, error);
    for (const QStringList &row : rows)
        contents.readings.emplace(row.at(RId).toLongLong(), row);
    rows.clear();
    ok = ok && query(database,
                     "SELECT quote(id), quote(sequence_id), quote(sequence_version), "
                     "quote(sequence_title), quote(started_at), quote(started_offset), "
                     "quote(ended_at), quote(ended_offset), quote(status), "
                     "quote(planned_seconds), quote(actual_seconds), quote(breath_pattern), "
                     "quote(feeling), quote(note) FROM sessions ORDER BY id",
                     rows, error);
    for (const QStringList &row : rows)
        contents.sessions.emplace(row.at(SId).toLongLong(), row);
    rows.clear();
    ok = ok && query(database,
                     "SELECT quote(id), quote(session_id), quote(position), quote(step_id), "
                     "quote(side), quote(planned_seconds), quote(actual_seconds), "
                     "quote(skipped), quote(extended_seconds) FROM session_steps "
                     "ORDER BY session_id, position",
                     rows, error);
    for (const QStringList &row : rows)
        contents.steps[row.at(TSessionId).toLongLong()].push_back(row);
    rows.clear();
    if (ok)
        query(database, "COMMIT", rows, error);
    sqlite3_close(database);
    if (!ok)
        contents.error = error;
    return contents;
}

QString quoted(qint64 value)
{
    return QString::number(value);
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString quotedNull()
{
    return u"NULL"_s;
}

std::vector<PlannedStepRow> planSteps(const QString &cli, const QString &sequence, int minutes,
                                      QString &error)
{
    QProcess process;
    process.start(cli,
                  {u"plan"_s, sequence, u"--minutes"_s, QString::number(minutes), u"--json"_s});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        error = u"viparita-cli plan %1 --minutes %2 failed: %3"_s.arg(sequence).arg(minutes).arg(
            QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    std::vector<PlannedStepRow> steps;
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput())
                                 .object()
                                 .value(u"steps"_s)
                                 .toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject step = value.toObject();
        steps.push_back({step.value(u"step_id"_s).toString(), step.value(u"side"_s).toString(),
                         step.value(u"duration_seconds"_s).toInt()});
    }
    if (steps.empty())
        error = u"viparita-cli plan %1 gave no steps"_s.arg(sequence);
    return steps;
}

std::uint32_t seedFromEnvironment(std::uint32_t fallback)
{
    bool isNumber = false;
    const uint seed = qEnvironmentVariable("VIPARITA_KILL_SEED").toUInt(&isNumber);
    return isNumber ? static_cast<std::uint32_t>(seed) : fallback;
}

int countFromEnvironment(const char *variable, int fallback)
{
    bool isNumber = false;
    const int count = qEnvironmentVariableIntValue(variable, &isNumber);
    return isNumber && count > 0 ? count : fallback;
}

Clock::duration median(std::vector<Clock::duration> values)
{
    if (values.empty())
        return Clock::duration::zero();
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace viparita::reliability
