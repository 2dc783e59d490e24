#include "test_environment.h"

#include "catch_qt.h"

#include <viparita/storage/backups.h>
#include <viparita/storage/journal.h>

#include <QDir>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::Backups;
using viparita::Journal;

namespace {

QString freshFolder()
{
    const QString folder = viparita::test::dataHome() + u"/backups-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

qint64 addReading(Journal &journal, int systolic)
{
    viparita::Reading reading;
    reading.takenAt = QDateTime::fromString(u"2026-11-20T20:00:00+01:00"_s, Qt::ISODate);
    reading.systolic = systolic;
    reading.diastolic = 80;
    const auto id = journal.addReading(reading);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("a daily backup is made once a day and the newest seven are kept")
{
    const QString folder = freshFolder();
    const QString path = folder + u"/journal.sqlite"_s;
    auto opened = Journal::open(path, {});
    REQUIRE(opened.journal);
    addReading(*opened.journal, 131);
    const QString backups = Backups::folderFor(path);
    CHECK(backups == folder + u"/backups"_s);

    for (int day = 1; day <= 10; ++day) {
        const auto made = Backups::makeDaily(*opened.journal, backups, QDate(2026, 11, day));
        REQUIRE(made.ok());
        CHECK(*made == backups + u"/journal-2026-11-%1.sqlite"_s.arg(day, 2, 10, QLatin1Char('0')));
    }
    const auto again = Backups::makeDaily(*opened.journal, backups, QDate(2026, 11, 10));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    const QStringList kept = Backups::list(backups);
    REQUIRE(kept.size() == 7);
    CHECK(kept.first().endsWith(u"journal-2026-11-10.sqlite"_s));
    CHECK(kept.last().endsWith(u"journal-2026-11-04.sqlite"_s));

    // A backup is a journal of its own, with the readings.
    auto copy = Journal::open(kept.first(), {});
    REQUIRE(copy.journal);
    REQUIRE(copy.journal->readings()->size() == 1);
    CHECK(copy.journal->readings()->first().systolic == 131);
}

TEST_CASE("restore puts a backup back and keeps the current journal as a backup first")
{
    const QString folder = freshFolder();
    const QString path = folder + u"/journal.sqlite"_s;
    const QString backupFile = folder + u"/saved.sqlite"_s;
    {
        auto opened = Journal::open(path, {});
        REQUIRE(opened.journal);
        addReading(*opened.journal, 121);
        REQUIRE(opened.journal->backupTo(backupFile).ok());
        addReading(*opened.journal, 122);
        CHECK_FALSE(opened.journal->backupTo(backupFile).ok()); // never overwrites
    }
    const auto restored = Backups::restore(path, backupFile, Backups::folderFor(path));
    INFO((restored.ok() ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    CHECK(QFileInfo(*restored).fileName().endsWith(u"-before-restore.sqlite"_s));

    auto now = Journal::open(path, {});
    REQUIRE(now.journal);
    REQUIRE(now.journal->readings()->size() == 1);
    CHECK(now.journal->readings()->first().systolic == 121);
    auto kept = Journal::open(*restored, {});
    REQUIRE(kept.journal);
    CHECK(kept.journal->readings()->size() == 2);
}

TEST_CASE("restore refuses a file that is not a sound Viparita journal and changes nothing")
{
    const QString folder = freshFolder();
    const QString path = folder + u"/journal.sqlite"_s;
    {
        auto opened = Journal::open(path, {});
        REQUIRE(opened.journal);
        addReading(*opened.journal, 125);
    }
    const QByteArray bytes = viparita::test::readFile(path);
    const QString text = folder + u"/notes.sqlite"_s;
    viparita::test::writeFile(text, QByteArray("SQLite format 3") + QByteArray(4000, 'x'));
    const auto refused = Backups::restore(path, text, Backups::folderFor(path));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"Nothing was restored: "_s));
    const auto missing =
        Backups::restore(path, folder + u"/none.sqlite"_s, Backups::folderFor(path));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(u"does not exist"_s));
    CHECK(viparita::test::readFile(path) == bytes);
    CHECK(Backups::list(Backups::folderFor(path)).isEmpty());
}
