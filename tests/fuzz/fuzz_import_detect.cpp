// Bytes as a file a person imports with no options: ImportDetect::detect finds what it is, and a
// table it can read is read with what it found (CsvImport::readMapped, or readOwn).

#include "csv_checks.h"

#include <viparita/report/import_detect.h>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    ImportDetect::Choices choices;
    choices.today = fuzz::csvNow().date();
    const ImportDetection detection = ImportDetect::detect(bytes, choices);
    switch (detection.kind) {
    case ImportDetection::Kind::NotReadings:
        FUZZ_CHECK(!detection.looksLike.isEmpty(), u"not readings, and nothing said"_s);
        return 0;
    case ImportDetection::Kind::ViparitaCsv:
        fuzz::checkCsvResult(bytes, CsvImport::readOwn(bytes, fuzz::csvNow()),
                             detection.map.delimiter);
        return 0;
    case ImportDetection::Kind::Table:
        FUZZ_CHECK(detection.map.headerLine >= 1, QString::number(detection.map.headerLine));
        if (detection.problem.isEmpty()) {
            FUZZ_CHECK((detection.map.date || detection.map.datetime) && detection.map.systolic &&
                           detection.map.diastolic,
                       u"a table without the date or a pressure"_s);
            fuzz::checkCsvResult(bytes, CsvImport::readMapped(bytes, detection.map, fuzz::csvNow()),
                                 detection.map.delimiter, detection.map.headerLine);
        }
        return 0;
    case ImportDetection::Kind::AppleHealthXml:
    case ImportDetection::Kind::AppleHealthZip:
        FUZZ_CHECK(detection.source.id == u"apple-health"_s, detection.source.id);
        return 0;
    }
    return 0;
}
