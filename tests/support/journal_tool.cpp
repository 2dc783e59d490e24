// A small program the storage tests run as a separate process: it writes
// readings in a loop (to be killed at random moments), or holds the
// journal locked. It prints a line after each acknowledged write.
#include <viparita/storage/journal.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: journal_tool add PATH COUNT [FIRST] | lock PATH SECONDS\n");
        return 2;
    }
    const QString mode = arguments.at(1);
    const QString path = arguments.at(2);
    const int count = arguments.at(3).toInt();

    if (mode == u"lock"_s) {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
        database.setDatabaseName(path);
        if (!database.open())
            return 3;
        QSqlQuery query(database);
        if (!query.exec(u"BEGIN EXCLUSIVE"_s))
            return 3;
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::sleep(static_cast<unsigned long>(count));
        query.exec(u"ROLLBACK"_s);
        return 0;
    }

    auto opened = viparita::Journal::open(path, {});
    if (!opened.journal) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 3;
    }
    const int first = arguments.size() > 4 ? arguments.at(4).toInt() : 0;
    const QDateTime base = QDateTime::fromString(u"2026-01-01T08:00:00+01:00"_s, Qt::ISODate);
    for (int i = first; i < first + count; ++i) {
        viparita::Reading reading;
        reading.takenAt = base.addSecs(i);
        reading.systolic = 100 + i % 100;
        reading.diastolic = 60 + i % 30;
        reading.pulse = 50 + i % 40;
        reading.note = u"reading %1"_s.arg(i);
        const auto saved = opened.journal->addReading(reading);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 3;
        }
        // Acknowledged only once committed.
        std::printf("ok %lld %d\n", static_cast<long long>(*saved), i);
        std::fflush(stdout);
    }
    return 0;
}
