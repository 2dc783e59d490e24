// Bytes as another app's CSV: CsvImport::readMapped, with a column map and a date format taken
// from the first bytes.
//
// Input: byte 0 chooses the columns (bit 0: one datetime column, else a date column and, with
// bit 1, a time column; bit 2: a pulse column; bit 3: a note column), bit 4 whether they are
// named or numbered, bits 5 to 7 the date format (7: the format is the text up to the first
// line break). The CSV follows.

#include "csv_checks.h"

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

struct Input {
    CsvImport::ColumnMap map;
    QByteArray csv;
};

Input split(const QByteArray &bytes)
{
    Input input;
    if (bytes.isEmpty())
        return input;
    const auto flags = static_cast<unsigned char>(bytes.at(0));
    QByteArray rest = bytes.mid(1);
    const bool named = flags & 0x10;
    int position = 0;
    auto column = [&](const QString &name) {
        ++position;
        return named ? CsvImport::Column(name) : CsvImport::Column(position);
    };
    if (flags & 0x01) {
        input.map.datetime = column(u"datetime"_s);
    } else {
        input.map.date = column(u"date"_s);
        if (flags & 0x02)
            input.map.time = column(u"time"_s);
    }
    input.map.systolic = column(u"sys"_s);
    input.map.diastolic = column(u"dia"_s);
    if (flags & 0x04)
        input.map.pulse = column(u"pulse"_s);
    if (flags & 0x08)
        input.map.note = column(u"note"_s);

    static const QStringList formats{
        QString(),   u"dd.MM.yyyy"_s,          u"yyyy-MM-dd HH:mm"_s, u"MM/dd/yyyy"_s,
        u"d.M.yy"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"d/M/yyyy h:mm AP"_s};
    const int choice = flags >> 5;
    if (choice < formats.size()) {
        input.map.dateFormat = formats.at(choice);
    } else {
        const qsizetype end = rest.indexOf('\n');
        input.map.dateFormat =
            QString::fromUtf8(rest.left(end < 0 ? 0 : std::min<qsizetype>(end, 40)));
        rest = end < 0 ? rest : rest.mid(end + 1);
    }
    input.csv = rest;
    return input;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Input input = split(fuzz::bytesOf(data, size));
    const CsvImportResult result = CsvImport::readMapped(input.csv, input.map, fuzz::csvNow());
    fuzz::checkCsvResult(input.csv, result);
    for (const Reading &reading : result.readings) {
        FUZZ_CHECK(reading.context == ReadingContext::Standalone && !reading.arm &&
                       !reading.position && !reading.irregular,
                   fuzz::describe(reading));
        FUZZ_CHECK(input.map.pulse || !reading.pulse, fuzz::describe(reading));
        FUZZ_CHECK(input.map.note || reading.note.isEmpty(), fuzz::describe(reading));
    }
    return 0;
}
