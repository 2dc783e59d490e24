// Makes the journals the benchmarks read: READINGS readings over the last
// YEARS years, SESSIONS of them completed sessions with two readings before
// and two after, the rest readings on their own, all through the Journal's
// own API (a session is one transaction, the other readings one import).
//
//   viparita_bench_fill JOURNAL READINGS SESSIONS YEARS [--acknowledge-cautions]
//
// With --acknowledge-cautions it also marks the cautions as read in the
// user's settings ($XDG_CONFIG_HOME), so the app opens straight on its
// home page, as it does for everyone after their first start.
#include "settings/settings.h"

#include <viparita/core/app_info.h>
#include <viparita/storage/journal.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

viparita::Reading makeReading(const QDateTime &at, int seed)
{
    viparita::Reading reading;
    reading.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
    reading.systolic = 112 + (seed * 7) % 50;
    reading.diastolic = 66 + (seed * 5) % 28;
    if (seed % 5 != 0)
        reading.pulse = 52 + (seed * 3) % 36;
    reading.arm = seed % 9 == 0 ? viparita::Arm::Right : viparita::Arm::Left;
    reading.position = viparita::BodyPosition::Sitting;
    if (seed % 97 == 0)
        reading.note = u"after a long walk, \"tired\""_s;
    return reading;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: viparita_bench_fill JOURNAL READINGS SESSIONS YEARS "
                             "[--acknowledge-cautions]\n");
        return 2;
    }
    const QString path = arguments.at(1);
    const int totalReadings = arguments.at(2).toInt();
    const int totalSessions = arguments.at(3).toInt();
    const int years = arguments.at(4).toInt();
    if (totalReadings < totalSessions * 4 || years < 1) {
        std::fprintf(stderr, "viparita_bench_fill: need READINGS >= 4 * SESSIONS and YEARS >= 1\n");
        return 2;
    }
    if (arguments.contains(u"--acknowledge-cautions"_s)) {
        viparita::app::Settings settings;
        settings.setValue(viparita::app::Settings::Key::CautionsAcknowledged, true);
    }

    QFile::remove(path);
    auto opened = viparita::Journal::open(path, {});
    if (!opened.journal) {
        std::fprintf(stderr, "viparita_bench_fill: %s\n", qPrintable(opened.error.message));
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    // Spread evenly over the years, ending a day ago.
    const qint64 span = years * 365LL * 86400;
    const QDateTime start = QDateTime::currentDateTime().addSecs(-span - 86400);
    for (int session = 0; session < totalSessions; ++session) {
        viparita::SessionRecord record;
        record.sequenceId = u"healing"_s;
        record.sequenceTitle = u"Healing sequence at the wall"_s;
        const QDateTime at = start.addSecs(session * span / totalSessions);
        record.startedAt = at.toOffsetFromUtc(at.offsetFromUtc());
        record.endedAt = record.startedAt.addSecs(660);
        record.status = viparita::SessionStatus::Completed;
        record.plannedSeconds = 660;
        record.actualSeconds = 660;
        record.breathPattern = u"4-0-6-0 > 5-0-7-0"_s;
        record.feeling = 1 + session % 5;
        QList<viparita::Reading> readings;
        for (int i = 0; i < 4; ++i) {
            viparita::Reading reading = makeReading(i < 2 ? record.startedAt.addSecs(-180 + 60 * i)
                                                          : record.endedAt->addSecs(60 * (i - 1)),
                                                    session * 4 + i);
            reading.context =
                i < 2 ? viparita::ReadingContext::Before : viparita::ReadingContext::After;
            readings.append(reading);
        }
        if (const auto saved = opened.journal->logSession(record, {}, readings); !saved.ok()) {
            std::fprintf(stderr, "viparita_bench_fill: %s\n", qPrintable(saved.error().message));
            return 3;
        }
    }
    const int standalone = totalReadings - totalSessions * 4;
    QList<viparita::Reading> readings;
    readings.reserve(standalone);
    for (int i = 0; i < standalone; ++i) {
        // Not beside a session's readings (3 minutes before it to 12 after it): the import would
        // take a reading there with the same numbers for the same reading, and skip it.
        qint64 offset = i * span / standalone + 3600;
        const qint64 nearest = (offset * totalSessions + span / 2) / span;
        const qint64 intoSession = offset - nearest * span / totalSessions;
        if (intoSession > -600 && intoSession < 1500)
            offset += 1500 - intoSession;
        readings.append(makeReading(start.addSecs(offset), i + 7));
    }
    const auto imported = opened.journal->importReadings(readings);
    if (!imported.ok()) {
        std::fprintf(stderr, "viparita_bench_fill: %s\n", qPrintable(imported.error().message));
        return 3;
    }
    std::fprintf(stderr,
                 "%s: %d readings (%d added by the import, %d repeats skipped), %d sessions, "
                 "%lld ms\n",
                 qPrintable(path), totalSessions * 4 + imported->added, imported->added,
                 imported->duplicates, totalSessions, timer.elapsed());
    return imported->duplicates == 0 ? 0 : 3;
}
