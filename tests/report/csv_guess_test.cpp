// The guess of another app's columns and date format, shared by the import dialog and the
// command line: a starting point a person confirms.
#include "catch_qt.h"

#include <viparita/report/csv_column_guess.h>
#include <viparita/report/csv_import.h>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

/// The 1-based column a guess chose, 0 for none, -1 for one named rather than numbered.
int columnOf(const std::optional<CsvImport::Column> &column)
{
    if (!column)
        return 0;
    const int *position = std::get_if<int>(&*column);
    return position ? *position : -1;
}

const QLocale british(QLocale::English, QLocale::UnitedKingdom);
const QLocale american(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST_CASE("separate date and time columns are guessed with the pressures, pulse and note")
{
    const QByteArray bytes = "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Notes\n"
                             "21.11.2025,07:30,134,84,66,after coffee\n";
    const CsvImport::ColumnMap map = CsvColumnGuess::guess(bytes, british);
    CHECK(columnOf(map.date) == 1);
    CHECK(columnOf(map.time) == 2);
    CHECK(columnOf(map.datetime) == 0);
    CHECK(columnOf(map.systolic) == 3);
    CHECK(columnOf(map.diastolic) == 4);
    CHECK(columnOf(map.pulse) == 5);
    CHECK(columnOf(map.note) == 6);
    CHECK(map.dateFormat == u"d.M.yyyy"_s);
    // The guess reads the file as it is meant.
    const CsvImportResult read =
        CsvImport::readMapped(bytes, map, QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.readings.size() == 1);
    CHECK(read.readings.first().takenAt == QDateTime(QDate(2025, 11, 21), QTime(7, 30)));
    CHECK(read.readings.first().note == u"after coffee"_s);
}

TEST_CASE("one column with the date and time, in any order of columns, is the moment")
{
    const CsvImport::ColumnMap map = CsvColumnGuess::guess(
        QStringList{u"SYS"_s, u"DIA"_s, u"Heart rate"_s, u"Date and time"_s, u"Comment"_s},
        QStringList{u"128"_s, u"82"_s, u"60"_s, u"2025-11-21 07:30"_s, QString()}, british);
    CHECK(columnOf(map.datetime) == 4);
    CHECK(columnOf(map.date) == 0);
    CHECK(columnOf(map.time) == 0);
    CHECK(columnOf(map.systolic) == 1);
    CHECK(columnOf(map.diastolic) == 2);
    CHECK(columnOf(map.pulse) == 3);
    CHECK(columnOf(map.note) == 5);
    CHECK(map.dateFormat.isEmpty()); // ISO 8601
}

TEST_CASE("a column named only for the time holds the whole moment")
{
    const CsvImport::ColumnMap map = CsvColumnGuess::guess(
        QStringList{u"Measurement time"_s, u"Upper"_s, u"Lower"_s, u"BPM"_s},
        QStringList{u"21/11/2025 07:30"_s, u"128"_s, u"82"_s, u"60"_s}, british);
    CHECK(columnOf(map.datetime) == 1);
    CHECK(columnOf(map.time) == 0);
    CHECK(columnOf(map.systolic) == 2);
    CHECK(columnOf(map.diastolic) == 3);
    CHECK(columnOf(map.pulse) == 4);
    CHECK(map.dateFormat == u"d/M/yyyy H:mm"_s);
}

TEST_CASE("a slashed date is month first only in the United States, and where it must be")
{
    CHECK(CsvColumnGuess::dateFormat(u"03/04/2026"_s, american) == u"M/d/yyyy"_s);
    CHECK(CsvColumnGuess::dateFormat(u"03/04/2026"_s, british) == u"d/M/yyyy"_s);
    // A first number over 12 is a day, wherever the file was made.
    CHECK(CsvColumnGuess::dateFormat(u"21/04/2026 7:05"_s, american) == u"d/M/yyyy H:mm"_s);
    CHECK(CsvColumnGuess::dateFormat(u"21.4.2026"_s, american) == u"d.M.yyyy"_s);
    CHECK(CsvColumnGuess::dateFormat(u"2026-04-21T07:05"_s, american).isEmpty());
    CHECK(CsvColumnGuess::dateFormat(u"yesterday"_s, american).isEmpty());
    CHECK(CsvColumnGuess::dateFormat(QString(), american).isEmpty());
}

TEST_CASE("what no header names is not guessed, and a file that is not text gives nothing")
{
    const CsvImport::ColumnMap map = CsvColumnGuess::guess(QByteArray("a,b,c\n1,2,3\n"), british);
    CHECK(columnOf(map.datetime) == 0);
    CHECK(columnOf(map.date) == 0);
    CHECK(columnOf(map.systolic) == 0);
    CHECK(columnOf(map.diastolic) == 0);
    const CsvImport::ColumnMap binary = CsvColumnGuess::guess(QByteArray("\xff\xfe\x00\x01", 4));
    CHECK_FALSE(binary.systolic.has_value());
    CHECK_FALSE(CsvColumnGuess::guess(QByteArray()).datetime.has_value());
}

TEST_CASE("Viparita's own file is told from another app's by its header, not its message")
{
    CHECK(CsvImport::readOwn("date,time,SYS\n").otherAppsFile);
    CHECK_FALSE(CsvImport::readOwn(QByteArray("\xff\xfe", 2)).otherAppsFile);
    CHECK_FALSE(CsvImport::readOwn(QByteArray()).otherAppsFile);
}

TEST_CASE("headers in other languages, separated by semicolons, are guessed as well")
{
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0));
    for (const char *bytes :
         {"Datum;Uhrzeit;Systole;Diastole;Puls;Bemerkung\n21.11.2025;07:30;134;84;66;ruhig\n",
          "Fecha;Hora;Sistólica;Diastólica;Pulso;Comentario\n21.11.2025;07:30;134;84;66;"
          "tranquilo\n",
          "Data;Ora;Massima;Minima;Battiti;Nota\n21.11.2025;07:30;134;84;66;calmo\n",
          "Date;Heure;Systolique;Diastolique;Pouls;Remarque\n21.11.2025;07:30;134;84;66;calme\n"}) {
        INFO(bytes);
        const CsvImport::ColumnMap map = CsvColumnGuess::guess(QByteArray(bytes), british);
        CHECK(columnOf(map.date) == 1);
        CHECK(columnOf(map.time) == 2);
        CHECK(columnOf(map.systolic) == 3);
        CHECK(columnOf(map.diastolic) == 4);
        CHECK(columnOf(map.pulse) == 5);
        CHECK(columnOf(map.note) == 6);
        const CsvImportResult read = CsvImport::readMapped(QByteArray(bytes), map, now);
        REQUIRE(read.error.isEmpty());
        REQUIRE(read.readings.size() == 1);
        CHECK(read.readings.first().systolic == 134);
        CHECK(read.readings.first().pulse == 66);
    }
}
