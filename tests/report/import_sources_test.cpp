// Each sample of another app's export (tests/data/import) read as a plain import reads it:
// recognised by name, and every reading, time (with its offset), pulse, flag and note as
// tests/data/import/EXPECTED.md lists it.

#include "catch_qt.h"
#include "local_zone.h"

#include <viparita/report/apple_health_import.h>
#include <viparita/report/csv_import.h>
#include <viparita/report/import_detect.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

const QString folder = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/data/import");
const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::OffsetFromUTC, 3600);

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// One reading as EXPECTED.md lists it.
struct Expected {
    QString time;   ///< ISO 8601, with an offset or as local wall-clock time
    QString berlin; ///< for instants: the Europe/Berlin time with its offset
    int systolic = 0, diastolic = 0;
    std::optional<int> pulse;
    bool irregular = false;
    QString note;
};

struct ExpectedFile {
    QList<Expected> readings;
    int pulseOnly = 0;
};

/// The sections of EXPECTED.md by file name.
QMap<QString, ExpectedFile> expectedFiles()
{
    QMap<QString, ExpectedFile> files;
    const QString text = QString::fromUtf8(bytesOf(folder + u"/EXPECTED.md"_s));
    QString current;
    QStringList columns;
    static const QRegularExpression pulseOnly(u"pulse-only rows left out: (\\d+)"_s);
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"## "_s)) {
            current = line.mid(3).trimmed();
            files[current];
            columns.clear();
            continue;
        }
        if (current.isEmpty())
            continue;
        if (const auto match = pulseOnly.match(line); match.hasMatch())
            files[current].pulseOnly = match.captured(1).toInt();
        if (!line.startsWith(u'|') || line.startsWith(u"| ---"_s))
            continue;
        QStringList cells = line.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (columns.isEmpty()) {
            columns = cells;
            continue;
        }
        const auto cell = [&](const QString &name) { return cells.value(columns.indexOf(name)); };
        Expected reading;
        reading.time = columns.contains(u"time"_s) ? cell(u"time"_s) : cell(u"UTC instant"_s);
        reading.berlin = cell(u"Europe/Berlin"_s);
        reading.systolic = cell(u"sys"_s).toInt();
        reading.diastolic = cell(u"dia"_s).toInt();
        if (cell(u"pulse"_s) != u"—"_s)
            reading.pulse = cell(u"pulse"_s).toInt();
        reading.irregular = cell(u"irr."_s) == u"yes"_s;
        reading.note = cell(u"note"_s) == u"—"_s ? QString() : cell(u"note"_s);
        files[current].readings.append(reading);
    }
    return files;
}

/// The source each sample must be recognised as, by its file name.
QString sourceOf(const QString &file)
{
    if (file.startsWith(u"omron-connect"_s))
        return u"omron-connect"_s;
    if (file.startsWith(u"bpm-derdilla"_s))
        return u"blood-pressure-monitor"_s;
    if (file.startsWith(u"samsung-health"_s))
        return u"samsung-health"_s;
    if (file.startsWith(u"apple-health"_s))
        return u"apple-health"_s;
    return file.section(u'.', 0, 0).section(u'-', 0, 1).replace(u"-bp"_s, QString());
}

void checkReading(const Reading &got, const Expected &want)
{
    INFO(want.time.toStdString());
    CHECK(got.systolic == want.systolic);
    CHECK(got.diastolic == want.diastolic);
    CHECK(got.pulse == want.pulse);
    CHECK(got.irregular == want.irregular);
    CHECK(got.note == want.note);
    if (!want.berlin.isEmpty()) {
        // An instant: the same moment, shown at Berlin's offset of that moment.
        const QDateTime instant = QDateTime::fromString(want.time, Qt::ISODate);
        const QDateTime berlin = QDateTime::fromString(want.berlin, Qt::ISODate);
        REQUIRE(instant.isValid());
        CHECK(got.takenAt == instant);
        CHECK(got.takenAt.offsetFromUtc() == berlin.offsetFromUtc());
        CHECK(got.takenAt.toOffsetFromUtc(berlin.offsetFromUtc()).time() == berlin.time());
        return;
    }
    const QDateTime when = QDateTime::fromString(want.time, Qt::ISODate);
    REQUIRE(when.isValid());
    if (when.timeSpec() == Qt::OffsetFromUTC || when.timeSpec() == Qt::UTC) {
        CHECK(got.takenAt == when);
        CHECK(got.takenAt.offsetFromUtc() == when.offsetFromUtc());
    } else {
        // Local wall-clock time: kept as written, at the local offset of that day.
        CHECK(got.takenAt.date() == when.date());
        CHECK(got.takenAt.time() == when.time());
        CHECK(got.takenAt.offsetFromUtc() == when.offsetFromUtc());
    }
}

} // namespace

TEST_CASE("every sample of another app's export is recognised and read exactly")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const QMap<QString, ExpectedFile> expected = expectedFiles();
    const QStringList samples =
        QDir(folder).entryList({u"*.csv"_s, u"*.xml"_s}, QDir::Files, QDir::Name);
    REQUIRE(samples.size() >= 10);
    for (const QString &name : samples) {
        INFO(name.toStdString());
        REQUIRE(expected.contains(name));
        const ExpectedFile &want = expected.value(name);
        REQUIRE_FALSE(want.readings.isEmpty());
        const QString path = folder + u'/' + name;
        const QByteArray bytes = bytesOf(path);
        const ImportDetection detection = ImportDetect::detect(bytes);
        CHECK(detection.source.id == sourceOf(name));
        CHECK(detection.problem.isEmpty());
        CsvImportResult result;
        if (name.endsWith(u".xml"_s)) {
            CHECK(detection.kind == ImportDetection::Kind::AppleHealthXml);
            result = AppleHealthImport::readFile(path, now);
        } else {
            CHECK(detection.kind == ImportDetection::Kind::Table);
            result = CsvImport::readMapped(bytes, detection.map, now);
        }
        CHECK(result.error.isEmpty());
        CHECK(result.badRows.isEmpty());
        CHECK(result.pulseOnlyRows == want.pulseOnly);
        REQUIRE(result.readings.size() == want.readings.size());
        for (qsizetype i = 0; i < want.readings.size(); ++i)
            checkReading(result.readings.at(i), want.readings.at(i));
    }
}

// Found by fuzz_apple_health: the words of a declaration inside a comment declare nothing.
TEST_CASE("an Apple Health export whose comment says <!ENTITY is read as it is, and a real "
          "declaration is refused")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const QByteArray original = bytesOf(folder + u"/apple-health-export.xml"_s);
    const auto read = [](QByteArray bytes) {
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return AppleHealthImport::read(buffer, bytes.size(), now);
    };
    const CsvImportResult plain = read(original);
    REQUIRE(plain.error.isEmpty());
    REQUIRE_FALSE(plain.readings.isEmpty());

    QByteArray commented = original;
    REQUIRE(commented.contains("also appear"));
    commented.replace("also appear", "also <!ENTITY appear");
    const CsvImportResult fromCommented = read(commented);
    CHECK(fromCommented.error.isEmpty());
    CHECK(fromCommented.readings == plain.readings);

    QByteArray declared = original;
    declared.replace("<!ELEMENT ExportDate EMPTY>",
                     "<!ENTITY name \"expanded\">\n<!ELEMENT ExportDate EMPTY>");
    const CsvImportResult fromDeclared = read(declared);
    CHECK(fromDeclared.error.contains(u"declares entities"_s));
    CHECK(fromDeclared.readings.isEmpty());
}
