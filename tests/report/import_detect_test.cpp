// What a plain import finds in a file: encoding, delimiter, header line, columns, the format
// of the dates from the whole column (and the ambiguities it refuses), two-digit years, Unix
// times, offsets and time zones.

#include "catch_qt.h"
#include "local_zone.h"

#include <viparita/report/csv_import.h>
#include <viparita/report/import_detect.h>

#include <QStringEncoder>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

const QDate today(2026, 12, 7);
const QDateTime now(today, QTime(12, 0), Qt::OffsetFromUTC, 3600);

ImportDetection detect(const QByteArray &bytes)
{
    ImportDetect::Choices choices;
    choices.today = today;
    return ImportDetect::detect(bytes, choices);
}

/// A small table with the given dates (one per row), read as a plain import reads it.
CsvImportResult readDates(const QStringList &dates, ImportDetection *found = nullptr)
{
    QByteArray csv = "Date,Systolic,Diastolic\n";
    for (const QString &date : dates)
        csv += '"' + date.toUtf8() + "\",128,82\n";
    const ImportDetection detection = detect(csv);
    if (found)
        *found = detection;
    REQUIRE(detection.kind == ImportDetection::Kind::Table);
    if (!detection.problem.isEmpty()) {
        CsvImportResult refused;
        refused.error = detection.problem;
        return refused;
    }
    return CsvImport::readMapped(csv, detection.map, now);
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, const QByteArray &bom)
{
    QStringEncoder encoder(encoding);
    return bom + QByteArray(encoder(text));
}

} // namespace

TEST_CASE("the delimiter and the header line are found, with lines above the header left out")
{
    struct Case {
        QByteArray csv;
        QChar delimiter;
        int headerLine;
    };
    const QList<Case> cases{
        {"Date,Sys,Dia\n2026-03-01 07:00,120,80\n", u',', 1},
        {"Date;Sys;Dia\n2026-03-01 07:00;120;80\n", u';', 1},
        {"Date\tSys\tDia\n2026-03-01 07:00\t120\t80\n", u'\t', 1},
        // Decimal commas in a semicolon file do not make it a comma file.
        {"Datum;Sys;Dia;Gewicht\n01.03.2026 07:00;120;80;71,5\n", u';', 1},
        {"My readings, exported 2026-03-02\n\nDate,Sys,Dia\n2026-03-01 07:00,120,80\n", u',', 3},
        {"com.example.export,3,1\nDate,Sys,Dia,\n2026-03-01 07:00,120,80,\n", u',', 2},
        {"\"Name: Ana\"\n\"Date\";\"Sys\";\"Dia\"\n\"2026-03-01 07:00\";\"120\";\"80\"\n", u';', 2},
    };
    for (const Case &c : cases) {
        INFO(c.csv.toStdString());
        const ImportDetection detection = detect(c.csv);
        REQUIRE(detection.kind == ImportDetection::Kind::Table);
        CHECK(detection.map.delimiter == c.delimiter);
        CHECK(detection.map.headerLine == c.headerLine);
        const CsvImportResult result = CsvImport::readMapped(c.csv, detection.map, now);
        CHECK(result.badRows.isEmpty());
        REQUIRE(result.readings.size() == 1);
        CHECK(result.readings.first().systolic == 120);
    }
}

TEST_CASE(
    "the encoding is found: UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252")
{
    const QString text = u"Datum;Sys;Dia;Notiz\n01.03.2026 07:00;120;80;müde – café\n"_s;
    struct Case {
        QByteArray bytes;
        QString encoding;
        bool fallback;
    };
    const QList<Case> cases{
        {text.toUtf8(), u"UTF-8"_s, false},
        {"\xEF\xBB\xBF" + text.toUtf8(), u"UTF-8 with BOM"_s, false},
        {utf16(text, QStringConverter::Utf16LE, "\xFF\xFE"), u"UTF-16LE"_s, false},
        {utf16(text, QStringConverter::Utf16BE, "\xFE\xFF"), u"UTF-16BE"_s, false},
        {QByteArray("Datum;Sys;Dia;Notiz\n01.03.2026 07:00;120;80;m\xFC"
                    "de \x96 caf\xE9\n"),
         u"Windows-1252"_s, true},
    };
    for (const Case &c : cases) {
        INFO(c.encoding.toStdString());
        const ImportDetection detection = detect(c.bytes);
        REQUIRE(detection.kind == ImportDetection::Kind::Table);
        CHECK(detection.encoding == c.encoding);
        CHECK(detection.encodingFallback == c.fallback);
        const CsvImportResult result = CsvImport::readMapped(c.bytes, detection.map, now);
        CHECK(result.encodingFallback == c.fallback);
        REQUIRE(result.readings.size() == 1);
        CHECK(result.readings.first().note == u"müde – café"_s);
    }
}

TEST_CASE("each date format is read, with the order of day and month settled by the whole column")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    struct Case {
        QStringList dates;
        QString format;   ///< what detection settles on
        QString evidence; ///< a part of how it says it settled it
        QString first;    ///< the first reading's local time, yyyy-MM-ddTHH:mm
    };
    const QList<Case> cases{
        {{u"2026-03-14 07:12"_s, u"2026-03-15T07:12:30"_s}, {}, u"year"_s, u"2026-03-14T07:12"_s},
        {{u"2026/03/14 07:12"_s}, u"yyyy/MM/dd"_s, u"year"_s, u"2026-03-14T07:12"_s},
        {{u"03/04/2026 07:00"_s, u"13/04/2026 07:00"_s},
         u"dd/MM/yyyy"_s,
         u"'13/04/2026' on line 3"_s,
         u"2026-04-03T07:00"_s},
        {{u"03/04/2026 07:00"_s, u"04/13/2026 07:00"_s},
         u"MM/dd/yyyy"_s,
         u"'04/13/2026' on line 3"_s,
         u"2026-03-04T07:00"_s},
        {{u"1.2.26 7:00"_s, u"28.2.26 7:00"_s},
         u"dd.MM.yy"_s,
         u"day first"_s,
         u"2026-02-01T07:00"_s},
        {{u"14-03-2026 07:12"_s}, u"dd-MM-yyyy"_s, u"day first"_s, u"2026-03-14T07:12"_s},
        // Every date reads both ways: only one order keeps them in the past and in order.
        {{u"01/02/2026"_s, u"02/02/2026"_s, u"01/03/2026"_s},
         u"dd/MM/yyyy"_s,
         u"only then"_s,
         u"2026-02-01T00:00"_s},
        {{u"10/11/2026"_s, u"10/12/2026"_s},
         u"MM/dd/yyyy"_s,
         u"only then"_s,
         u"2026-10-11T00:00"_s},
        {{u"05/05/2026 08:00"_s}, u"dd/MM/yyyy"_s, u"the same"_s, u"2026-05-05T08:00"_s},
        {{u"Mar 14 2026 07:12 AM"_s, u"Mar 14 2026 09:15 PM"_s},
         u"MMM d yyyy"_s,
         u"names"_s,
         u"2026-03-14T07:12"_s},
        {{u"March 14, 2026 12:30 am"_s}, u"MMM d yyyy"_s, u"names"_s, u"2026-03-14T00:30"_s},
        {{u"14 mars 2026 07:12"_s}, u"d MMM yyyy"_s, u"names"_s, u"2026-03-14T07:12"_s},
        {{u"7. Dez. 2025 19:45"_s}, u"d MMM yyyy"_s, u"names"_s, u"2025-12-07T19:45"_s},
        {{u"12 mar. 2026 21:10"_s}, u"d MMM yyyy"_s, u"names"_s, u"2026-03-12T21:10"_s},
        {{u"3 maart 2026 7:05"_s}, u"d MMM yyyy"_s, u"names"_s, u"2026-03-03T07:05"_s},
        {{u"14-Mar-2026 19:30"_s}, u"d MMM yyyy"_s, u"names"_s, u"2026-03-14T19:30"_s},
        {{u"14.03.2026 - 07:12"_s}, u"dd.MM.yyyy"_s, u"day first"_s, u"2026-03-14T07:12"_s},
        {{u"1773468720"_s}, u"unix"_s, u"seconds"_s, u"2026-03-14T07:12"_s},
        {{u"1773468720000"_s}, u"unix-ms"_s, u"milliseconds"_s, u"2026-03-14T07:12"_s},
    };
    for (const Case &c : cases) {
        INFO(c.dates.join(u" | "_s).toStdString());
        ImportDetection detection;
        const CsvImportResult result = readDates(c.dates, &detection);
        CHECK(detection.problem.isEmpty());
        CHECK(detection.map.dateFormat == c.format);
        CHECK(detection.dateEvidence.contains(c.evidence));
        CHECK(result.badRows.isEmpty());
        REQUIRE(result.readings.size() == c.dates.size());
        CHECK(result.readings.first().takenAt.toString(u"yyyy-MM-ddTHH:mm"_s) == c.first);
    }
}

TEST_CASE("dates that are truly ambiguous are refused, naming the option that settles it")
{
    struct Case {
        QStringList dates;
        QString message;
    };
    const QList<Case> cases{
        {{u"03/04/2026"_s},
         u"every date can be read day first or month first (such as '03/04/2026' on line 2); "
         "give --date-format dd/MM/yyyy or MM/dd/yyyy"_s},
        {{u"01/02/2026"_s, u"01/03/2026"_s, u"02/03/2026"_s},
         u"every date can be read day first or month first (such as '01/02/2026' on line 2); "
         "give --date-format dd/MM/yyyy or MM/dd/yyyy"_s},
        {{u"13/01/2026"_s, u"01/13/2026"_s},
         u"the dates mix two orders: '13/01/2026' on line 2 is day first, '01/13/2026' on line "
         "3 month first; give --date-format dd/MM/yyyy or MM/dd/yyyy"_s},
        {{u"the first of March"_s},
         u"the date 'the first of March' on line 2 is in no form Viparita knows; give "
         "--date-format (such as dd.MM.yyyy)"_s},
    };
    for (const Case &c : cases) {
        INFO(c.dates.join(u" | "_s).toStdString());
        const CsvImportResult result = readDates(c.dates);
        CHECK(result.error == c.message);
        CHECK(result.readings.isEmpty());
    }
}

TEST_CASE("two-digit years land in the latest century that is not in the future")
{
    struct Case {
        QString date;
        QString day; ///< yyyy-MM-dd, or empty when the reading is refused as in the future
    };
    const QList<Case> cases{
        {u"14.03.26"_s, u"2026-03-14"_s}, {u"07.12.26"_s, u"2026-12-07"_s},
        {u"08.12.26"_s, QString()},       {u"01.01.27"_s, u"1927-01-01"_s},
        {u"31.12.99"_s, u"1999-12-31"_s}, {u"01.01.00"_s, u"2000-01-01"_s},
        {u"08.12.2026"_s, QString()},
    };
    for (const Case &c : cases) {
        INFO(c.date.toStdString());
        const QByteArray csv = "Datum;Sys;Dia\n" + c.date.toUtf8() + ";128;82\n";
        CsvImport::ColumnMap map;
        map.date = CsvImport::Column(1);
        map.systolic = CsvImport::Column(2);
        map.diastolic = CsvImport::Column(3);
        map.dateFormat = c.date.size() == 8 ? u"dd.MM.yy"_s : u"dd.MM.yyyy"_s;
        const CsvImportResult result = CsvImport::readMapped(csv, map, now);
        if (c.day.isEmpty()) {
            CHECK(result.readings.isEmpty());
            REQUIRE(result.badRows.size() == 1);
            CHECK(result.badRows.first().reason.startsWith(u"taken_at: "_s));
            CHECK(result.badRows.first().reason.contains(u"future"_s));
            continue;
        }
        REQUIRE(result.readings.size() == 1);
        CHECK(result.readings.first().takenAt.date().toString(Qt::ISODate) == c.day);
    }
}

TEST_CASE("offsets and time zones in the cells or in a column of their own are kept")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    struct Case {
        QByteArray csv;
        QString expected; ///< the reading's time, ISO 8601 with its offset
    };
    const QList<Case> cases{
        {"Date,Sys,Dia\n2026-03-14T07:12:00+05:30,128,82\n", u"2026-03-14T07:12:00+05:30"_s},
        {"Date,Sys,Dia\n2026-03-14 07:12:00 -0400,128,82\n", u"2026-03-14T07:12:00-04:00"_s},
        {"Date,Sys,Dia\n2026-03-14 07:12Z,128,82\n", u"2026-03-14T07:12:00Z"_s},
        {"Date,Sys,Dia\n2026-03-14 07:12 UTC+0100,128,82\n", u"2026-03-14T07:12:00+01:00"_s},
        {"Date,Offset,Sys,Dia\n2026-03-14 07:12,GMT-3,128,82\n", u"2026-03-14T07:12:00-03:00"_s},
        {"Date,Time zone,Sys,Dia\n2026-07-14 07:12,America/New_York,128,82\n",
         u"2026-07-14T07:12:00-04:00"_s},
        // Without an offset: local wall-clock time, at the local offset of that day.
        {"Date,Sys,Dia\n2026-07-14 07:12,128,82\n", u"2026-07-14T07:12:00+02:00"_s},
        {"Date,Sys,Dia\n2026-01-14 07:12,128,82\n", u"2026-01-14T07:12:00+01:00"_s},
    };
    for (const Case &c : cases) {
        INFO(c.csv.toStdString());
        const ImportDetection detection = detect(c.csv);
        REQUIRE(detection.problem.isEmpty());
        const CsvImportResult result = CsvImport::readMapped(c.csv, detection.map, now);
        CHECK(result.badRows.isEmpty());
        REQUIRE(result.readings.size() == 1);
        CHECK(result.readings.first().takenAt.toString(Qt::ISODate) == c.expected);
    }
}

TEST_CASE(
    "local times on the days the clocks change, and on every other day, keep the zone's offset")
{
    // Each hour of the days around both changes of the year, and noon of every day of it, in
    // zones that change by an hour (north and south) and by half an hour: each local time
    // read as Qt's zone reads it.
    for (const char *name : {"Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe"}) {
        const viparita::test::LocalZone zone(name);
        const QTimeZone tz{QByteArray(name)};
        QByteArray csv = "Date,Time,Sys,Dia\n";
        QList<QDateTime> written;
        const auto add = [&](const QDate &day, const QTime &clock) {
            csv += day.toString(Qt::ISODate).toUtf8() + ',' + clock.toString(u"HH:mm"_s).toUtf8() +
                   ",128,82\n";
            written.append(QDateTime(day, clock, tz));
        };
        for (const QDate &change :
             {tz.nextTransition(QDateTime(QDate(2026, 1, 1), QTime(0, 0))).atUtc.date(),
              tz.previousTransition(QDateTime(QDate(2026, 12, 1), QTime(0, 0))).atUtc.date()}) {
            for (QDate day = change.addDays(-1); day <= change.addDays(1); day = day.addDays(1)) {
                for (int hour = 0; hour < 24; ++hour) {
                    add(day, QTime(hour, 0));
                    add(day, QTime(hour, 30));
                }
            }
        }
        for (QDate day(2026, 1, 1); day < QDate(2026, 12, 1); day = day.addDays(1))
            add(day, QTime(12, 0));
        INFO(name);
        const ImportDetection detection = detect(csv);
        REQUIRE(detection.problem.isEmpty());
        const CsvImportResult result = CsvImport::readMapped(csv, detection.map, now);
        REQUIRE(result.readings.size() == written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            const QDateTime &read = result.readings.at(i).takenAt;
            INFO(written.at(i).toString(Qt::ISODate).toStdString());
            CHECK(read.toMSecsSinceEpoch() == written.at(i).toMSecsSinceEpoch());
            // At the zone's offset of that moment; a time the clocks skipped (02:30 as they go
            // forward at 02:00) is shown at the time it became (03:30 summer time).
            CHECK(read.offsetFromUtc() == tz.offsetFromUtc(read));
            if (tz.offsetFromUtc(written.at(i)) == written.at(i).offsetFromUtc())
                CHECK(read.time() == written.at(i).time());
            else
                CHECK(read.time() == written.at(i).time().addSecs(tz.offsetFromUtc(read) -
                                                                  written.at(i).offsetFromUtc()));
        }
    }
}

TEST_CASE("a file that is not a readings file says what it looks like")
{
    struct Case {
        QByteArray bytes;
        QString looksLike;
    };
    const QList<Case> cases{
        {"%PDF-1.7\n...", u"a PDF document"_s},
        {"PK\x03\x04rest", u"a zip archive"_s},
        {"SQLite format 3\0", u"an SQLite database"_s},
        {"Name,Email,Phone\nAna,ana@example.org,123\n", u"a table whose header names no date and "
                                                        "blood-pressure columns (Name, Email, "
                                                        "Phone)"_s},
        {"{\"resourceType\": \"Bundle\"}", u"a FHIR JSON document"_s},
        {"[1, 2, 3]", u"a JSON document"_s},
        {"<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>", u"an XML document (<gpx>)"_s},
        {"", u"an empty file"_s},
        {QByteArray("Date,Sys\n\0\0\0", 12), u"binary data, not text"_s},
    };
    for (const Case &c : cases) {
        INFO(c.bytes.toStdString());
        const ImportDetection detection = detect(c.bytes);
        CHECK(detection.kind == ImportDetection::Kind::NotReadings);
        CHECK(detection.looksLike.startsWith(c.looksLike));
    }
}

TEST_CASE("a source can be forced, and a file that is not of it is told so")
{
    const QByteArray withings = "Date,\"Heart rate\",Systolic,Diastolic,Comments\n"
                                "\"2026-02-14 21:05:33\",71,126,81,\n";
    ImportDetect::Choices choices;
    choices.today = today;
    CHECK(ImportDetect::detect(withings, choices).source.id == u"withings"_s);
    choices.source = u"obpm"_s;
    const ImportDetection forced = ImportDetect::detect(withings, choices);
    CHECK(forced.kind == ImportDetection::Kind::NotReadings);
    CHECK(forced.looksLike.startsWith(u"not an export of OBPM"_s));
}

TEST_CASE("readings handed on as they are read are the readings read at once, in order")
{
    QByteArray csv = "Date,Time,Systolic,Diastolic,Pulse\n";
    const QDate first(2020, 1, 1);
    for (int i = 0; i < 10000; ++i) {
        const QDateTime at = QDateTime(first, QTime(6, 0)).addSecs(qint64(i) * 4000);
        csv += at.toString(u"yyyy-MM-dd,HH:mm"_s).toUtf8() + ',' +
               QByteArray::number(i == 5000 ? 20 : 110 + i % 60) + ',' +
               QByteArray::number(70 + i % 25) + ',' + QByteArray::number(60 + i % 30) + '\n';
    }
    const ImportDetection detection = detect(csv);
    REQUIRE(detection.problem.isEmpty());
    REQUIRE(detection.table.splitAs(detection.map));
    const CsvImportResult whole = ImportDetect::read(csv, detection, now);
    REQUIRE(whole.readings.size() == 9999);
    QList<Reading> handed;
    QList<qsizetype> sizes;
    const CsvImportResult streamed =
        ImportDetect::read(csv, detection, now, [&](QList<Reading> &&readings) {
            sizes.append(readings.size());
            handed.append(readings);
        });
    CHECK(streamed.readings.isEmpty());
    CHECK(streamed.badRows == whole.badRows);
    REQUIRE(streamed.badRows.size() == 1);
    CHECK(streamed.badRows.first().line == 5002);
    CHECK(sizes.size() >= 3);
    CHECK(
        std::all_of(sizes.cbegin(), sizes.cend(), [](qsizetype n) { return n > 0 && n <= 4096; }));
    REQUIRE(handed.size() == whole.readings.size());
    for (qsizetype i = 0; i < handed.size(); ++i) {
        CHECK(handed.at(i).takenAt == whole.readings.at(i).takenAt);
        CHECK(handed.at(i).systolic == whole.readings.at(i).systolic);
        CHECK(handed.at(i).pulse == whole.readings.at(i).pulse);
    }
}
