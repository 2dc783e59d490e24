#include "cli_process.h"

#include "test_environment.h"

#include "catch_qt.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::test {

namespace {

constexpr uid_t nobody = 65534;

/// A NUL-terminated array of pointers into `strings`, as execve wants it.
std::vector<char *> pointersTo(std::vector<QByteArray> &strings)
{
    std::vector<char *> pointers;
    pointers.reserve(strings.size() + 1);
    for (QByteArray &string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        REQUIRE(got >= 0);
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    return bytes;
}

/// An unnamed temporary file (gone when closed), for a child's output.
int outputFile()
{
    const QByteArray folder = QFile::encodeName(dataHome());
    const int fd = ::open(folder.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
    INFO("O_TMPFILE in " << folder.toStdString() << ": " << std::strerror(errno));
    REQUIRE(fd >= 0);
    return fd;
}

/// Reads a single value with a connection of its own that writes nothing next to the file
/// (immutable: no shared-memory index, no log; call it when no writer is busy).
QString readValue(const QString &path, const QString &sql)
{
    const QString name = u"check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                 u"?immutable=1"_s);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        REQUIRE(database.open());
        QSqlQuery query(database);
        INFO(sql.toStdString() << " on " << path.toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toString();
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

ChildResult runChild(const QString &program, const QList<QByteArray> &arguments,
                     const ChildOptions &options, int timeoutSeconds)
{
    std::vector<QByteArray> argv;
    // Only root must step down to meet the permission checks; anyone else meets them.
    if (options.asNobody && ::geteuid() == 0) {
        argv.push_back(QFile::encodeName(setprivPath()));
        argv.push_back("--reuid=65534");
        argv.push_back("--regid=65534");
        argv.push_back("--clear-groups");
    }
    argv.push_back(QFile::encodeName(program));
    for (const QByteArray &argument : arguments)
        argv.push_back(argument);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : options.environment) {
        const qsizetype equals = entry.indexOf(u'=');
        REQUIRE(equals > 0);
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    std::vector<QByteArray> envp;
    for (const QString &entry : environment.toStringList())
        envp.push_back(entry.toUtf8());

    std::vector<char *> argvPointers = pointersTo(argv);
    std::vector<char *> envpPointers = pointersTo(envp);
    const QByteArray folder = QFile::encodeName(options.workingFolder);
    const int outFd = outputFile();
    const int errFd = outputFile();
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    REQUIRE(nullFd >= 0);
    const bool limited = options.fileSizeLimit.has_value();
    const rlimit limit{static_cast<rlim_t>(options.fileSizeLimit.value_or(0)),
                       static_cast<rlim_t>(options.fileSizeLimit.value_or(0))};

    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // The child: only calls that are safe between fork and exec.
        if (!folder.isEmpty() && ::chdir(folder.constData()) != 0)
            ::_exit(126);
        if (::dup2(nullFd, 0) < 0 || ::dup2(outFd, 1) < 0 || ::dup2(errFd, 2) < 0)
            ::_exit(126);
        if (limited) {
            struct sigaction ignore {};
            ignore.sa_handler = SIG_IGN;
            if (::sigaction(SIGXFSZ, &ignore, nullptr) != 0 ||
                ::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(126);
        }
        ::execve(argvPointers[0], argvPointers.data(), envpPointers.data());
        ::_exit(127);
    }
    ::close(nullFd);

    int status = 0;
    pid_t done = 0;
    for (int waited = 0; waited < timeoutSeconds * 50; ++waited) {
        done = ::waitpid(pid, &status, WNOHANG);
        if (done != 0)
            break;
        QThread::msleep(20);
    }
    if (done == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ChildResult result;
    result.out = readAll(outFd);
    result.err = readAll(errFd);
    ::close(outFd);
    ::close(errFd);
    INFO(argv[0].toStdString() << " " << (argv.size() > 1 ? argv[1].left(200).toStdString() : "")
                               << "\nstderr: " << result.err.left(2000).toStdString());
    REQUIRE(done == pid);
    REQUIRE(WIFEXITED(status));
    result.exitCode = WEXITSTATUS(status);
    REQUIRE(result.exitCode != 126); // the child could not be set up
    REQUIRE(result.exitCode != 127); // nor started
    return result;
}

ChildResult runCliRaw(const QList<QByteArray> &arguments, const ChildOptions &options,
                      int timeoutSeconds)
{
    return runChild(QStringLiteral(VIPARITA_CLI_PATH), arguments, options, timeoutSeconds);
}

ChildResult runCliText(const QStringList &arguments, const ChildOptions &options,
                       int timeoutSeconds)
{
    QList<QByteArray> raw;
    for (const QString &argument : arguments)
        raw.append(argument.toUtf8());
    return runCliRaw(raw, options, timeoutSeconds);
}

QString setprivPath()
{
    const QString path = QStandardPaths::findExecutable(u"setpriv"_s, {u"/usr/bin"_s, u"/bin"_s});
    INFO("setpriv (util-linux) is needed to run the CLI as another user");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

JournalFiles journalFiles(const QString &path)
{
    JournalFiles files;
    files.journal = readFile(path);
    const QString log = path + u"-wal"_s;
    files.logExists = QFileInfo::exists(log);
    if (files.logExists)
        files.log = readFile(log);
    return files;
}

bool logHasFrames(const QString &path)
{
    // A log holds frames after its 32-byte header.
    return QFileInfo(path + u"-wal"_s).size() > 32;
}

QString integrityCheck(const QString &path)
{
    return readValue(path, u"PRAGMA integrity_check"_s);
}

int readingRows(const QString &path)
{
    return readValue(path, u"SELECT count(*) FROM readings"_s).toInt();
}

SharedFolder::SharedFolder()
    : m_folder(std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/viparita-env-XXXXXX"_s))
{
    REQUIRE(m_folder->isValid());
    m_path = m_folder->path();
    giveToNobody(m_path, 0755);
}

SharedFolder::~SharedFolder() = default;

QString SharedFolder::makeFolder(const QString &name, int mode) const
{
    const QString folder = filePath(name);
    REQUIRE(QDir().mkpath(folder));
    giveToNobody(folder, mode);
    return folder;
}

QStringList SharedFolder::environment() const
{
    QStringList entries;
    for (const char *variable :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString name = QString::fromLatin1(variable);
        entries.append(name + u'=' + makeFolder(u"home/"_s + name.toLower(), 0700));
    }
    giveToNobody(filePath(u"home"_s), 0755);
    entries.append(u"XDG_RUNTIME_DIR="_s + makeFolder(u"home/runtime"_s, 0700));
    return entries;
}

void giveToNobody(const QString &path, int mode)
{
    const QByteArray name = QFile::encodeName(path);
    // Without root the files are the runner's own already.
    const bool given = (::geteuid() != 0 || ::chown(name.constData(), nobody, nobody) == 0) &&
                       ::chmod(name.constData(), static_cast<mode_t>(mode)) == 0;
    INFO(path.toStdString() << ": " << std::strerror(errno));
    REQUIRE(given);
}

SmallFileSystem::SmallFileSystem(const QString &mountPoint, long long bytes) : m_path(mountPoint)
{
    REQUIRE(QDir().mkpath(m_path));
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("viparita-test", QFile::encodeName(m_path).constData(), "tmpfs",
                MS_NOSUID | MS_NODEV | MS_NOEXEC, options.constData()) == 0) {
        m_mounted = true;
    } else {
        m_why = QString::fromLocal8Bit(std::strerror(errno));
    }
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

long long SmallFileSystem::fill() const
{
    const QByteArray filler = QFile::encodeName(m_path + u"/filler"_s);
    const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    const QByteArray block(4096, 'f');
    long long written = 0;
    int error = 0;
    for (;;) {
        const ssize_t wrote = ::write(fd, block.constData(), static_cast<size_t>(block.size()));
        if (wrote < 0) {
            error = errno;
            break;
        }
        written += wrote;
    }
    ::close(fd);
    INFO("filling " << m_path.toStdString() << ": " << std::strerror(error));
    REQUIRE(error == ENOSPC);
    return written;
}

void SmallFileSystem::makeRoom() const
{
    REQUIRE(QFile::remove(m_path + u"/filler"_s));
}

QByteArray readingsCsv(int count)
{
    QByteArray bytes = "date,time,utc_offset,context,session_id,sequence,systolic,diastolic,"
                       "pulse,category,arm,position,irregular,note\r\n";
    const QDateTime first(QDate(2025, 1, 2), QTime(7, 0));
    for (int i = 0; i < count; ++i) {
        const QDateTime at = first.addSecs(60LL * i);
        bytes += at.toString(u"yyyy-MM-dd,HH:mm:ss"_s).toUtf8() + ",+01:00,standalone,,," +
                 QByteArray::number(110 + i % 40) + "," + QByteArray::number(70 + i % 15) +
                 ",60,,left,sitting,0,\"row " + QByteArray::number(i) + "\"\r\n";
    }
    return bytes;
}

} // namespace viparita::test
