// Bytes as Apple Health's export.xml: AppleHealthImport::read streams it. Every reading it
// gives is valid, a whole-file error comes alone, and no XML makes it expand entities.

#include "csv_checks.h"

#include <viparita/report/apple_health_import.h>

#include <QBuffer>
#include <QXmlStreamReader>

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
    // An independent pass over the same bytes: a document that declares or uses an entity was
    // never to be read (the words "<!ENTITY" in a comment or a value are no declaration).
    QXmlStreamReader check(bytes);
    while (!check.atEnd()) {
        const auto token = check.readNext();
        FUZZ_CHECK(token != QXmlStreamReader::EntityReference,
                   u"read XML that refers to an entity"_s);
        FUZZ_CHECK(token != QXmlStreamReader::DTD || check.entityDeclarations().isEmpty(),
                   u"read XML that declares an entity"_s);
    }
    for (const Reading &reading : result.readings) {
        const auto errors = ReadingValidator::validate(reading, fuzz::csvNow());
        FUZZ_CHECK(errors.isEmpty(), fuzz::describe(reading) + u": "_s + errors.first().toString());
    }
    for (const auto &bad : result.badRows)
        FUZZ_CHECK(bad.line >= 1 && !bad.reason.isEmpty(), bad.reason);
    return 0;
}
