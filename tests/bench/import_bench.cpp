// Bringing in another app's history: `viparita-cli import` as a whole process, against
// references run in the same run on the same files.
//
//   viparita_bench_import CLI WORKFOLDER [csv,apple]
//
// CLI is viparita-cli; `sqlite3` and `xmllint` (Debian packages sqlite3, libxml2-utils) must be
// in /usr/bin. Figures (medians of three runs, each into a fresh journal):
// - a CSV of 100,000 readings (ten years, another app's columns, detected with no options)
//   imported into a new journal, against the sqlite3 tool's `.import --csv` of the same file
//   into a bare table of a new database;
// - an Apple Health export.xml of about 500 MB (ten years of a watch's heart rate and steps,
//   two blood pressures a day, laid out as the Health app writes it: records by type, then the
//   correlations) imported into a new journal, against `xmllint --stream` reading the same
//   file; and the import's peak resident memory (the kernel's maxrss of the process).
#include "bench_support.h"
#include "process_support.h"

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

using namespace viparita::bench;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "viparita_bench_import: %s\n", message.c_str());
    std::exit(1);
}

struct Run {
    double ms = 0;
    long peakKb = 0;
};

/// Runs a program to its end, with its time and peak resident memory; fails the benchmark when
/// it does not succeed.
Run run(const std::vector<std::string> &arguments, const std::string &errorLog)
{
    const long long spawnedAt = monotonicNs();
    Child child = spawn(arguments, {}, "/dev/null", errorLog);
    if (child.pid < 0)
        fail(child.error);
    int status = 0;
    rusage usage{};
    wait4(child.pid, &status, 0, &usage);
    const long long endedAt = monotonicNs();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(arguments.front() + " failed (see " + errorLog + ")");
    return {static_cast<double>(endedAt - spawnedAt) / 1e6, usage.ru_maxrss};
}

/// The median time and the highest peak of `runs` runs, each after `prepare`.
Run medianRun(int runs, const std::function<void()> &prepare,
              const std::vector<std::string> &arguments, const std::string &errorLog)
{
    std::vector<double> times;
    long peak = 0;
    for (int i = 0; i < runs; ++i) {
        prepare();
        const Run each = run(arguments, errorLog);
        times.push_back(each.ms);
        peak = std::max(peak, each.peakKb);
    }
    return {median(times), peak};
}

/// Local time text of `seconds` since 1970 in UTC+1: "yyyy-MM-dd HH:mm:ss +0100".
std::string appleTime(long long seconds)
{
    const time_t local = static_cast<time_t>(seconds + 3600);
    tm parts{};
    gmtime_r(&local, &parts);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S +0100", &parts);
    return text;
}

/// Ten years of readings as another app exports them: 100,000 rows, ISO dates, comma-separated.
void writeCsv(const std::string &path, long long start)
{
    std::ofstream out(path, std::ios::binary);
    out << "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Notes\r\n";
    for (int i = 0; i < 100000; ++i) {
        const long long at = start + i * 3153LL; // about 27 a day, never within a minute
        const time_t local = static_cast<time_t>(at + 3600);
        tm parts{};
        gmtime_r(&local, &parts);
        char date[32];
        std::strftime(date, sizeof date, "%Y-%m-%d,%H:%M", &parts);
        out << date << ',' << 105 + (i * 37) % 70 << ',' << 62 + (i * 23) % 35 << ','
            << 52 + (i * 11) % 40 << ',' << (i % 17 == 0 ? "\"after a walk, tired\"" : "")
            << "\r\n";
    }
    if (!out)
        fail("cannot write " + path);
}

/// An export.xml of about `megabytes` MB, as the Health app lays it out.
void writeAppleExport(const std::string &path, long long start, int megabytes)
{
    std::ofstream out(path, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
           "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation)*)>\n"
           "<!ATTLIST HealthData\n  locale CDATA #REQUIRED\n>\n]>\n"
           "<HealthData locale=\"en_GB\">\n <ExportDate value=\""
        << appleTime(start + 3650LL * 86400) << "\"/>\n";
    const int days = 3650;
    const auto bp = [&](const char *type, int day, int slot, int value, const char *indent) {
        const std::string when = appleTime(start + day * 86400LL + (slot == 0 ? 25200 : 73800));
        out << indent << "<Record type=\"HKQuantityTypeIdentifierBloodPressure" << type
            << "\" sourceName=\"Omron Connect\" sourceVersion=\"7.12\" unit=\"mmHg\" "
               "creationDate=\""
            << when << "\" startDate=\"" << when << "\" endDate=\"" << when << "\" value=\""
            << value << "\"/>\n";
    };
    for (int day = 0; day < days; ++day)
        for (int slot = 0; slot < 2; ++slot)
            bp("Diastolic", day, slot, 70 + (day + slot) % 25, " ");
    for (int day = 0; day < days; ++day)
        for (int slot = 0; slot < 2; ++slot)
            bp("Systolic", day, slot, 115 + (day * 3 + slot) % 45, " ");
    // A watch's heart rate and the phone's steps fill the rest, half and half.
    const long long bytesEach = static_cast<long long>(megabytes) * 1024 * 1024 / 2;
    const char *watch = "sourceName=\"Apple Watch\" sourceVersion=\"10.2\" device=\"&lt;&lt;"
                        "HKDevice: 0x283f, name:Apple Watch, manufacturer:Apple Inc., "
                        "model:Watch, hardware:Watch6,2, software:10.2&gt;&gt;\"";
    for (const bool heart : {true, false}) {
        const long long stop = static_cast<long long>(out.tellp()) + bytesEach;
        for (long long i = 0; out.tellp() < stop; ++i) {
            const std::string when = appleTime(start + (i * 397) % (days * 86400LL));
            out << " <Record type=\"HKQuantityTypeIdentifier"
                << (heart ? "HeartRate\" " : "StepCount\" ") << watch
                << (heart ? " unit=\"count/min\"" : " unit=\"count\"") << " creationDate=\"" << when
                << "\" startDate=\"" << when << "\" endDate=\"" << when << "\" value=\""
                << (heart ? 55 + i % 60 : 10 + i % 900) << "\"/>\n";
        }
    }
    for (int day = 0; day < days; ++day) {
        for (int slot = 0; slot < 2; ++slot) {
            const std::string when = appleTime(start + day * 86400LL + (slot == 0 ? 25200 : 73800));
            out << " <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" "
                   "sourceName=\"Omron Connect\" sourceVersion=\"7.12\" creationDate=\""
                << when << "\" startDate=\"" << when << "\" endDate=\"" << when << "\">\n";
            bp("Diastolic", day, slot, 70 + (day + slot) % 25, "  ");
            bp("Systolic", day, slot, 115 + (day * 3 + slot) % 45, "  ");
            out << " </Correlation>\n";
        }
    }
    out << "</HealthData>\n";
    if (!out)
        fail("cannot write " + path);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        fail("usage: viparita_bench_import CLI WORKFOLDER [csv,apple]");
    const std::string cli = argv[1];
    const std::string work = argv[2];
    const std::string parts = argc > 3 ? argv[3] : "csv,apple";
    const std::string errorLog = work + "/import-stderr.log";
    const std::string sqliteTool = "/usr/bin/sqlite3";
    const std::string xmllint = "/usr/bin/xmllint";
    // Ten years back from a fixed day, so that no reading is in the future.
    const long long start = 1481155200; // 2016-12-08 00:00 UTC
    const std::string journal = work + "/import-journal.sqlite";
    const auto freshJournal = [&journal] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(journal + suffix);
    };

    if (parts.find("csv") != std::string::npos) {
        if (!std::filesystem::exists(sqliteTool))
            fail("the sqlite3 command-line tool is missing (Debian package sqlite3)");
        const std::string csv = work + "/readings-100k.csv";
        writeCsv(csv, start);
        const std::string bare = work + "/bare.sqlite";
        const Run reference = medianRun(
            3, [&bare] { std::filesystem::remove(bare); },
            {sqliteTool, bare, ".import --csv " + csv + " readings"}, errorLog);
        const Run import =
            medianRun(3, freshJournal, {cli, "import", csv, "--database", journal}, errorLog);
        printRow(timeRow("CSV import of 100,000 readings, whole process", import.ms,
                         "sqlite3 tool, .import --csv into a bare table", reference.ms,
                         "at most 3 × reference", verdict(import.ms <= 3.0 * reference.ms)));
    }

    if (parts.find("apple") != std::string::npos) {
        if (!std::filesystem::exists(xmllint))
            fail("xmllint is missing (Debian package libxml2-utils)");
        const std::string xml = work + "/export.xml";
        writeAppleExport(xml, start, 500);
        const double megabytes = static_cast<double>(std::filesystem::file_size(xml)) / 1e6;
        std::fprintf(stderr, "export.xml: %.0f MB\n", megabytes);
        const Run reference = medianRun(
            3, [] {}, {xmllint, "--stream", "--noout", xml}, errorLog);
        const Run import =
            medianRun(3, freshJournal, {cli, "import", xml, "--database", journal}, errorLog);
        printRow(
            timeRow(format("Apple Health export.xml (%.0f MB) imported, whole process", megabytes),
                    import.ms, "xmllint --stream over the same file", reference.ms,
                    "at most 1.5 × reference", verdict(import.ms <= 1.5 * reference.ms)));
        printRow(
            {"Peak memory of that import",
             format("%.1f MB", static_cast<double>(import.peakKb) / 1024.0),
             format("%.1f MB (xmllint --stream)", static_cast<double>(reference.peakKb) / 1024.0),
             format("%.2f", static_cast<double>(import.peakKb) /
                                static_cast<double>(std::max(reference.peakKb, 1L))),
             "under 150 MB", verdict(import.peakKb < 150 * 1024)});
    }
    return 0;
}
