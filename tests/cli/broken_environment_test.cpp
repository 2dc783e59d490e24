// The real viparita-cli in broken environments: a full disk (a small tmpfs, or a file size
// limit), a journal locked by another program, read-only, from a newer version or damaged,
// a missing or unwritable data folder, an export target that cannot be written. Each case
// checks the message a person sees, the exit status, and that the journal's bytes (and an
// old export's) are what they were.
#include "cli_process.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <viparita/storage/journal.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::test;

namespace {

/// A fresh folder inside this test's data folder.
QString freshFolder(const QString &name)
{
    const QString folder =
        dataHome() + u'/' + name + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

ChildResult cli(const QString &journal, const QStringList &arguments,
                const ChildOptions &options = {})
{
    return runCliText(QStringList{u"--database"_s, journal} + arguments, options);
}

void cliOk(const QString &journal, const QStringList &arguments, const ChildOptions &options = {})
{
    const ChildResult result = cli(journal, arguments, options);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

/// Three readings and a session with a reading before and after: five readings.
void seed(const QString &journal, const ChildOptions &options = {})
{
    for (int day = 1; day <= 3; ++day)
        cliOk(journal,
              {u"reading"_s, u"add"_s, u"--systolic"_s, QString::number(120 + day),
               u"--diastolic"_s, u"80"_s, u"--pulse"_s, u"62"_s, u"--at"_s,
               u"2026-01-0%1T08:00:00+01:00"_s.arg(day), u"--note"_s, u"day %1"_s.arg(day)},
              options);
    cliOk(journal,
          {u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-01-05T20:00:00+01:00"_s,
           u"--before"_s, u"140/90/70"_s, u"--after"_s, u"130/85/66"_s},
          options);
}
constexpr int seededReadings = 5;

/// The readings as `readings --json` gives them.
QJsonArray readingsJson(const QString &journal, const ChildOptions &options = {})
{
    const ChildResult result = cli(journal, {u"readings"_s, u"--json"_s}, options);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.array();
}

/// Every command that writes to the journal, each with good values.
QList<QStringList> writingCommands(const QString &csv)
{
    return {
        {u"reading"_s, u"add"_s, u"--systolic"_s, u"125"_s, u"--diastolic"_s, u"82"_s, u"--at"_s,
         u"2026-01-10T08:00:00+01:00"_s},
        {u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-01-10T20:00:00+01:00"_s,
         u"--before"_s, u"141/91"_s, u"--after"_s, u"131/84"_s},
        {u"import"_s, csv},
        {u"reading"_s, u"delete"_s, u"1"_s},
    };
}

/// Runs each writing command; each must fail with exit status 3, a message that names the
/// journal and holds every one of `words`, and leave the journal's bytes as they were.
void everyWriteRefused(const QString &journal, const QString &csv, const QStringList &words,
                       const ChildOptions &options = {})
{
    const QByteArray before = readFile(journal);
    for (const QStringList &command : writingCommands(csv)) {
        const ChildResult result = cli(journal, command, options);
        INFO("viparita-cli " << command.join(u' ').toStdString() << "\n"
                             << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.errText().contains(journal));
        for (const QString &word : words)
            CHECK(result.errText().contains(word));
        CHECK_FALSE(result.outText().contains(u"Saved"_s));
        CHECK(readFile(journal) == before);
        CHECK_FALSE(logHasFrames(journal));
    }
}

/// After the trouble: a write works again and everything is sound.
void writesAgain(const QString &journal, int readingsBefore)
{
    cliOk(journal, {u"reading"_s, u"add"_s, u"--systolic"_s, u"126"_s, u"--diastolic"_s, u"83"_s,
                    u"--at"_s, u"2026-01-11T08:00:00+01:00"_s});
    CHECK(readingsJson(journal).size() == readingsBefore + 1);
    CHECK(integrityCheck(journal) == u"ok"_s);
}

/// A child that writes its log into a folder of its own, so that a file size limit meets
/// the journal and not a log grown by earlier runs.
ChildOptions limitedTo(long long bytes)
{
    ChildOptions options;
    options.fileSizeLimit = bytes;
    options.environment = {u"XDG_DATA_HOME="_s + freshFolder(u"limited-home"_s)};
    return options;
}

// Below the 32 KiB shared-memory index SQLite gives a journal in WAL mode: the journal
// cannot even be prepared for writing.
constexpr long long belowTheIndex = 16 * 1024;
// Room for the index, not for a large import.
constexpr long long roomForTheIndex = 64 * 1024;

/// Disk full, shown with a file size limit: the kernel refuses each write past it (EFBIG).
void fileSizeLimitWhileWritingTheJournal()
{
    const QString folder = freshFolder(u"limit"_s);
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString csv = folder + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(3000));
    seed(journal);

    // The index cannot be made: the journal is opened read-only, and says why.
    everyWriteRefused(journal, csv, {u"read-only"_s, u"no room"_s, u"file size limit"_s},
                      limitedTo(belowTheIndex));
    CHECK(readingsJson(journal, limitedTo(belowTheIndex)).size() == seededReadings);

    // The index fits; the import's log does not.
    const QByteArray before = readFile(journal);
    const ChildResult import = cli(journal, {u"import"_s, csv}, limitedTo(roomForTheIndex));
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 3);
    CHECK(import.errText().contains(u"Importing the readings failed"_s));
    CHECK(import.errText().contains(u"no room for the journal %1 to grow"_s.arg(journal)));
    CHECK(import.errText().contains(u"file size limit"_s));
    CHECK(readFile(journal) == before);
    CHECK_FALSE(logHasFrames(journal));
    CHECK(readingRows(journal) == seededReadings);

    writesAgain(journal, seededReadings);
}

/// Disk full on a real (small) file system: the kernel says ENOSPC.
void fullFileSystemWhileWritingTheJournal(const SmallFileSystem &disk)
{
    const QString journal = disk.path() + u"/journal.sqlite"_s;
    const QString csv = freshFolder(u"csv"_s) + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(3000));
    seed(journal);
    disk.fill();

    // Nothing written; what is there can still be read, and exported elsewhere.
    everyWriteRefused(journal, csv, {u"read-only"_s, u"disk"_s, u"full"_s, u"no space"_s});
    CHECK(readingsJson(journal).size() == seededReadings);
    const QString elsewhere = freshFolder(u"export"_s) + u"/readings.csv"_s;
    cliOk(journal, {u"export"_s, u"--output"_s, elsewhere});

    // The index is there (another program has the journal open), the log cannot grow.
    disk.makeRoom();
    const QString reader = u"reader"_s;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, reader);
        database.setDatabaseName(journal);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(query.exec(u"SELECT count(*) FROM readings"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == seededReadings);
    }
    disk.fill();
    const QByteArray before = readFile(journal);
    const ChildResult import = cli(journal, {u"import"_s, csv});
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 3);
    CHECK(import.errText().contains(
        u"Importing the readings failed: the disk holding the journal %1 is full"_s.arg(journal)));
    CHECK(import.errText().contains(u"Nothing was changed"_s));
    CHECK(readFile(journal) == before);
    QSqlDatabase::database(reader, false).close();
    QSqlDatabase::removeDatabase(reader);
    CHECK_FALSE(logHasFrames(journal));

    disk.makeRoom();
    writesAgain(journal, seededReadings);
}

/// An old export that a failed export must leave as it was.
const QByteArray oldExport = "the old export, kept\n";

void exportsRefused(const QString &journal, const QString &folder, const QString &reason,
                    const ChildOptions &options = {})
{
    const QString old = folder + u"/old.csv"_s;
    // Each of these is larger than 64 KiB (the sessions' CSV, one line, is not).
    for (const QString &format : {u"csv"_s, u"pdf"_s, u"fhir"_s}) {
        const ChildResult result =
            cli(journal, {u"export"_s, u"--format"_s, format, u"--output"_s, old}, options);
        INFO(format.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.errText().contains(u"cannot write %1: "_s.arg(old)));
        CHECK(result.errText().contains(reason));
        CHECK(readFile(old) == oldExport);
    }
    const QString fresh = folder + u"/new.pdf"_s;
    const ChildResult result =
        cli(journal, {u"export"_s, u"--format=pdf"_s, u"--output"_s, fresh}, options);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.errText().contains(fresh));
    // No file is left behind, cut off or temporary.
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(u"filler"_s);
    CHECK(names == QStringList{u"old.csv"_s});
}

/// A journal with enough readings that each export is larger than 64 KiB.
QString largeJournal()
{
    const QString folder = freshFolder(u"large"_s);
    const QString journal = folder + u"/journal.sqlite"_s;
    seed(journal);
    writeFile(folder + u"/readings.csv"_s, readingsCsv(3000));
    cliOk(journal, {u"import"_s, folder + u"/readings.csv"_s});
    return journal;
}

void fileSizeLimitWhileExporting()
{
    const QString journal = largeJournal();
    const QString folder = freshFolder(u"exports"_s);
    writeFile(folder + u"/old.csv"_s, oldExport);
    exportsRefused(journal, folder, u"file size limit"_s, limitedTo(roomForTheIndex));
    cliOk(journal, {u"export"_s, u"--output"_s, folder + u"/old.csv"_s});
    CHECK(readFile(folder + u"/old.csv"_s).startsWith("date,time,"));
}

void fullFileSystemWhileExporting(const SmallFileSystem &disk)
{
    const QString journal = largeJournal();
    writeFile(disk.path() + u"/old.csv"_s, oldExport);
    disk.fill();
    exportsRefused(journal, disk.path(), u"the disk is full (no space left on the device)"_s);
    disk.makeRoom();
    cliOk(journal, {u"export"_s, u"--output"_s, disk.path() + u"/old.csv"_s});
    CHECK(readFile(disk.path() + u"/old.csv"_s).startsWith("date,time,"));
}

/// Runs `full` on a tmpfs of `bytes`, or, where one cannot be mounted, `limit` (the same case
/// made with a file size limit), and says which.
void onSmallDiskOrWithALimit(qint64 bytes, const char *size, void (*full)(const SmallFileSystem &),
                             void (*limit)())
{
    const SmallFileSystem disk(freshFolder(u"tmpfs"_s), bytes);
    if (disk.mounted()) {
        WARN("used a " << size << " tmpfs mounted at " << disk.path().toStdString());
        full(disk);
    } else {
        WARN("a tmpfs could not be mounted (" << disk.why().toStdString()
                                              << "): used a file size limit (RLIMIT_FSIZE)");
        limit();
    }
}

} // namespace

TEST_CASE("disk full while writing the journal: a small tmpfs, or where mounting is not "
          "allowed a file size limit")
{
    onSmallDiskOrWithALimit(1024 * 1024, "1 MiB", fullFileSystemWhileWritingTheJournal,
                            fileSizeLimitWhileWritingTheJournal);
}

TEST_CASE("a file size limit (RLIMIT_FSIZE) while writing the journal")
{
    fileSizeLimitWhileWritingTheJournal();
}

TEST_CASE("disk full while exporting leaves the old file as it was: a small tmpfs, or where "
          "mounting is not allowed a file size limit")
{
    onSmallDiskOrWithALimit(512 * 1024, "512 KiB", fullFileSystemWhileExporting,
                            fileSizeLimitWhileExporting);
}

TEST_CASE("a file size limit (RLIMIT_FSIZE) while exporting leaves the old file as it was")
{
    fileSizeLimitWhileExporting();
}

TEST_CASE("a journal locked by another program for 30 s: the CLI says so after its wait, "
          "changes nothing, and writes once the lock is gone")
{
    const QString folder = freshFolder(u"locked"_s);
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString csv = folder + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(10));
    seed(journal);

    QProcess locker;
    locker.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"lock"_s, journal, u"30"_s});
    REQUIRE(locker.waitForReadyRead(10000));
    REQUIRE(locker.readLine().trimmed() == "locked");
    const JournalFiles before = journalFiles(journal);

    for (const QStringList &command : writingCommands(csv)) {
        const ChildResult result = cli(journal, command);
        INFO("viparita-cli " << command.join(u' ').toStdString() << "\n"
                             << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.errText().contains(
            u"the journal %1 is in use by another program (it stayed locked)"_s.arg(journal)));
        CHECK(result.errText().contains(u"Nothing was changed; try again in a moment."_s));
        CHECK(journalFiles(journal) == before);
        // The lock was still held when the CLI gave up.
        REQUIRE(locker.state() == QProcess::Running);
    }
    // Reading is not blocked by a writer.
    CHECK(readingsJson(journal).size() == seededReadings);
    CHECK(journalFiles(journal) == before);

    REQUIRE(locker.waitForFinished(60000));
    CHECK(locker.exitCode() == 0);
    cliOk(journal, {u"import"_s, csv});
    CHECK(readingsJson(journal).size() == seededReadings + 10);
    writesAgain(journal, seededReadings + 10);
}

TEST_CASE("a read-only journal, or one in a read-only folder, is read but never written")
{
    const SharedFolder shared;
    ChildOptions nobody;
    nobody.asNobody = true;
    nobody.environment = shared.environment();

    // The file cannot be written.
    const QString folder = shared.makeFolder(u"journal"_s, 0755);
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString csv = folder + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(10));
    giveToNobody(csv, 0644);
    seed(journal);
    giveToNobody(journal, 0444);
    everyWriteRefused(journal, csv, {u"is read-only: the file cannot be written (no permission)"_s},
                      nobody);
    // Read without a trace: no log or index was made beside it.
    CHECK_FALSE(QFileInfo::exists(journal + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(journal + u"-shm"_s));
    CHECK(readingsJson(journal, nobody).size() == seededReadings);
    const ChildResult exported =
        cli(journal, {u"export"_s, u"--output"_s, folder + u"/out.csv"_s}, nobody);
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(exported.errText().contains(u"read-only"_s));

    // The file can be written, its folder cannot.
    const QString lockedFolder = shared.makeFolder(u"locked-folder"_s, 0755);
    const QString inLocked = lockedFolder + u"/journal.sqlite"_s;
    seed(inLocked);
    giveToNobody(inLocked, 0600);
    giveToNobody(lockedFolder, 0555);
    everyWriteRefused(inLocked, csv,
                      {u"is read-only: its folder %1 cannot be written"_s.arg(lockedFolder)},
                      nobody);
    CHECK(readingsJson(inLocked, nobody).size() == seededReadings);
}

TEST_CASE("a journal from a newer Viparita is read but never written")
{
    const QString folder = freshFolder(u"newer"_s);
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString csv = folder + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(10));
    seed(journal);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        database.setDatabaseName(journal);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(
            query.exec(u"PRAGMA user_version = %1"_s.arg(viparita::Journal::schemaVersion + 1)));
        database.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    REQUIRE_FALSE(logHasFrames(journal));

    everyWriteRefused(journal, csv,
                      {u"is read-only: it was written by a newer version of Viparita"_s,
                       u"Update Viparita to change it."_s});
    const QByteArray bytes = readFile(journal);
    CHECK(readingsJson(journal).size() == seededReadings);
    const ChildResult stats = cli(journal, {u"stats"_s});
    CHECK(stats.exitCode == 0);
    CHECK(readFile(journal) == bytes);
}

TEST_CASE("a damaged journal: every command says so and nothing is written, and restore keeps it")
{
    const QString folder = freshFolder(u"damaged"_s);
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString csv = folder + u"/readings.csv"_s;
    writeFile(csv, readingsCsv(10));
    seed(journal);
    const QString backup = folder + u"/backup.sqlite"_s;
    cliOk(journal, {u"backup"_s, backup});
    {
        QFile file(journal);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() >= 4 * 4096);
        REQUIRE(file.seek(file.size() - 4096));
        REQUIRE(file.write(QByteArray(4096, '\x5A')) == 4096);
    }
    const QByteArray damaged = readFile(journal);
    const QString old = folder + u"/old.csv"_s;
    writeFile(old, oldExport);

    everyWriteRefused(journal, csv, {u"is damaged"_s, u"It has not been changed."_s});
    const QList<QStringList> reading{{u"readings"_s},
                                     {u"sessions"_s},
                                     {u"stats"_s},
                                     {u"export"_s, u"--output"_s, old},
                                     {u"backup"_s, folder + u"/second-backup.sqlite"_s}};
    for (const QStringList &command : reading) {
        const ChildResult result = cli(journal, command);
        INFO("viparita-cli " << command.join(u' ').toStdString() << "\n"
                             << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.errText().contains(u"The journal %1 is damaged"_s.arg(journal)));
        CHECK(readFile(journal) == damaged);
    }
    CHECK(readFile(old) == oldExport);
    CHECK_FALSE(QFileInfo::exists(folder + u"/second-backup.sqlite"_s));

    // Putting a backup back keeps the damaged file, byte for byte.
    const ChildResult restored = cli(journal, {u"restore"_s, backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(readingsJson(journal).size() == seededReadings);
    bool kept = false;
    QDirIterator backups(folder + u"/backups"_s, {u"*before-restore*"_s}, QDir::Files);
    while (backups.hasNext())
        kept = kept || readFile(backups.next()) == damaged;
    CHECK(kept);
}

TEST_CASE("a missing or unwritable data folder is named, and nothing is made elsewhere")
{
    // --database in a folder that does not exist: it is not made.
    const QString missing = freshFolder(u"missing"_s) + u"/no/such/folder"_s;
    const ChildResult add =
        cli(missing + u"/journal.sqlite"_s,
            {u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s});
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 3);
    CHECK(add.errText().contains(u"The folder %1 of the journal does not exist."_s.arg(missing)));
    CHECK_FALSE(QFileInfo::exists(missing));

    // The default journal, in a data folder that cannot be made (its parent is a file).
    const QString notAFolder = freshFolder(u"file-parent"_s) + u"/a-file"_s;
    writeFile(notAFolder, "not a folder\n");
    ChildOptions underAFile;
    underAFile.environment = {u"XDG_DATA_HOME="_s + notAFolder + u"/data"_s};
    for (const QStringList &command :
         {QStringList{u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s},
          QStringList{u"readings"_s}}) {
        const ChildResult result = runCliText(command, underAFile);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 3);
        // Adding tries to make the folder; listing makes nothing and says there is no journal.
        if (command.first() == u"readings"_s)
            CHECK(result.errText().contains(
                u"there is no journal at %1/data/viparita/"_s.arg(notAFolder)));
        else
            CHECK(result.errText().contains(u"The folder %1/data/viparita of the journal does "
                                            "not exist and could not be made"_s.arg(notAFolder)));
    }
    CHECK(readFile(notAFolder) == "not a folder\n");

    // A data folder that cannot be written (root's, or read-only): as nobody, the journal's
    // folder cannot be made in it, nor a journal written in it.
    const SharedFolder shared;
    ChildOptions nobody;
    nobody.asNobody = true;
    nobody.environment = shared.environment();
    const QString dataFolder = shared.filePath(u"someone-elses-home"_s);
    REQUIRE(QDir().mkpath(dataFolder));
    const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(dataFolder, readOnly));
    nobody.environment.append(u"XDG_DATA_HOME="_s + dataFolder);
    const QStringList addReading{u"reading"_s, u"add"_s,         u"--systolic"_s,
                                 u"120"_s,     u"--diastolic"_s, u"80"_s};
    const ChildResult cannotMake = runCliText(addReading, nobody);
    INFO(cannotMake.err.toStdString());
    CHECK(cannotMake.exitCode == 3);
    CHECK(cannotMake.errText().contains(u"could not be made"_s));
    CHECK_FALSE(QFileInfo::exists(dataFolder + u"/viparita"_s));

    // The folder is there with a journal in it, but nobody may write the folder.
    REQUIRE(QFile::setPermissions(dataFolder, readOnly | QFile::WriteOwner));
    ChildOptions owner;
    owner.environment = {u"XDG_DATA_HOME="_s + dataFolder};
    REQUIRE(runCliText(addReading, owner).exitCode == 0);
    const QString journal = dataFolder + u"/viparita/journal.sqlite"_s;
    REQUIRE(QFileInfo::exists(journal));
    giveToNobody(journal, 0600);
    REQUIRE(QFile::setPermissions(dataFolder + u"/viparita"_s, readOnly));
    const QByteArray bytes = readFile(journal);
    const ChildResult cannotWrite = runCliText(addReading, nobody);
    INFO(cannotWrite.err.toStdString());
    CHECK(cannotWrite.exitCode == 3);
    CHECK(cannotWrite.errText().contains(
        u"is read-only: its folder %1/viparita cannot be written"_s.arg(dataFolder)));
    CHECK(readFile(journal) == bytes);
    const ChildResult list = runCliText({u"readings"_s}, nobody);
    CHECK(list.exitCode == 0);
    CHECK(list.outText().contains(u"1 reading\n"_s));
    CHECK(readFile(journal) == bytes);
}

TEST_CASE("an export target that cannot be written is named, and an old file there is kept")
{
    const SharedFolder shared;
    ChildOptions nobody;
    nobody.asNobody = true;
    nobody.environment = shared.environment();
    const QString folder = shared.makeFolder(u"journal"_s, 0755);
    const QString journal = folder + u"/journal.sqlite"_s;
    seed(journal);
    giveToNobody(journal, 0600);

    auto refused = [&](const QString &target, const QStringList &extra, const QString &reason) {
        const ChildResult result =
            cli(journal, QStringList{u"export"_s, u"--output"_s, target} + extra, nobody);
        INFO(target.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.errText().contains(u"viparita-cli export: cannot write %1: "_s.arg(target)));
        CHECK(result.errText().contains(reason));
    };

    // A new file in a folder nobody may write.
    const QString readOnly = shared.makeFolder(u"read-only"_s, 0555);
    refused(readOnly + u"/new.csv"_s, {}, u"Permission denied"_s);
    refused(readOnly + u"/new.pdf"_s, {u"--format=pdf"_s}, u"Permission denied"_s);
    CHECK(QDir(readOnly).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A path that is a folder.
    const QString aFolder = shared.makeFolder(u"a-folder"_s, 0755);
    refused(aFolder, {}, u"directory"_s);
    CHECK(QFileInfo(aFolder).isDir());

    // An old export in a read-only folder: left as it was.
    const QString keeping = shared.makeFolder(u"keeping"_s, 0755);
    const QString old = keeping + u"/old.csv"_s;
    writeFile(old, oldExport);
    giveToNobody(old, 0644);
    giveToNobody(keeping, 0555);
    refused(old, {}, u"Permission denied"_s);
    refused(old, {u"--format"_s, u"fhir"_s}, u"Permission denied"_s);
    CHECK(readFile(old) == oldExport);

    // An old export that is itself read-only, in a folder that can be written.
    const QString readOnlyFile = folder + u"/read-only.csv"_s;
    writeFile(readOnlyFile, oldExport);
    giveToNobody(readOnlyFile, 0444);
    refused(readOnlyFile, {}, u"not writable"_s);
    CHECK(readFile(readOnlyFile) == oldExport);
}
