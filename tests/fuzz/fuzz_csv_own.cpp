// Bytes as Viparita's own readings CSV: CsvImport::readOwn.

#include "csv_checks.h"

using namespace viparita;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    fuzz::checkCsvResult(bytes, CsvImport::readOwn(bytes, fuzz::csvNow()));
    return 0;
}
