#pragma once
// A real journal and settings file of a GUI test's own, in a fresh folder, with helpers to
// fill it as the app would have.
#include "catch_qt.h"
#include "test_environment.h"

#include "settings/settings.h"

#include <viparita/storage/journal.h>

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <memory>

namespace viparita::test {

struct GuiJournal {
    explicit GuiJournal(const QString &prefix = QStringLiteral("pages"))
    {
        folder =
            dataHome() + u'/' + prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        settings = std::make_unique<app::Settings>(folder + QStringLiteral("/settings.ini"));
        path = folder + QStringLiteral("/journal.sqlite");
        auto opened = Journal::open(path, {});
        REQUIRE(opened.journal);
        journal = std::move(opened.journal);
    }

    /// A session `daysAgo` with one reading before and one after.
    qint64 session(int daysAgo, int before, int after)
    {
        SessionRecord record;
        record.sequenceId = QStringLiteral("healing");
        record.sequenceTitle = QStringLiteral("Healing sequence at the wall");
        const QDateTime start = QDateTime::currentDateTime().addDays(-daysAgo).addSecs(-7200);
        record.startedAt = start.toOffsetFromUtc(start.offsetFromUtc());
        record.endedAt = record.startedAt.addSecs(660);
        record.status = SessionStatus::Completed;
        record.plannedSeconds = 660;
        record.actualSeconds = 660;
        Reading b;
        b.takenAt = record.startedAt.addSecs(-60);
        b.systolic = before;
        b.diastolic = before - 50;
        b.pulse = 70;
        b.context = ReadingContext::Before;
        Reading a = b;
        a.takenAt = record.endedAt->addSecs(60);
        a.systolic = after;
        a.diastolic = after - 50;
        a.pulse = 64;
        a.context = ReadingContext::After;
        const auto id = journal->logSession(record, {}, {b, a});
        REQUIRE(id.ok());
        return *id;
    }

    /// A reading on its own `daysAgo`.
    qint64 standalone(int daysAgo, int systolic, int diastolic, const QString &note = {},
                      std::optional<int> pulse = std::nullopt)
    {
        Reading reading;
        const QDateTime at = QDateTime::currentDateTime().addDays(-daysAgo);
        reading.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
        reading.systolic = systolic;
        reading.diastolic = diastolic;
        reading.pulse = pulse;
        reading.note = note;
        const auto id = journal->addReading(reading);
        REQUIRE(id.ok());
        return *id;
    }

    /// The journal's file and its write-ahead log, byte for byte: any write changes the log.
    [[nodiscard]] QByteArray files() const
    {
        QByteArray bytes = readFile(path);
        if (QFileInfo::exists(path + QStringLiteral("-wal")))
            bytes += "\n-- log --\n" + readFile(path + QStringLiteral("-wal"));
        return bytes;
    }

    QString folder;
    QString path;
    std::unique_ptr<app::Settings> settings;
    std::unique_ptr<Journal> journal;
};

} // namespace viparita::test
