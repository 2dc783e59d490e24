// Bytes as Apple Health's export.xml: AppleHealthImport::read streams it. Every reading it
// gives is valid, a whole-file error comes alone, and no XML makes it expand entities.

#include "csv_checks.h"

#include <viparita/report/apple_health_import.h>

#include <QBuffer>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvImportResult result = AppleHealthImport::read(buffer, bytes.size(), fuzz::csvNow());
    if (!result.error.isEmpty()) {
        FUZZ_CHECK(result.readings.isEmpty() && result.badRows.isEmpty(), result.error);
        return 0;
    }
    FUZZ_CHECK(!bytes.contains("<!ENTITY"), u"read XML that declares an entity"_s);
    for (const Reading &reading : result.readings) {
        const auto errors = ReadingValidator::validate(reading, fuzz::csvNow());
        FUZZ_CHECK(errors.isEmpty(), fuzz::describe(reading) + u": "_s + errors.first().toString());
    }
    for (const auto &bad : result.badRows)
        FUZZ_CHECK(bad.line >= 1 && !bad.reason.isEmpty(), bad.reason);
    return 0;
}
