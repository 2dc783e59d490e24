#pragma once

#include <viparita/report/csv_import.h>

#include <QDateTime>
#include <QString>

#include <functional>

class QIODevice;

namespace viparita {

/// Reads the blood pressure in Apple Health's export: `export.xml`, or the `export.zip` the
/// phone shares (its XML read from the archive as it is unpacked). The file is streamed:
/// hundreds of megabytes are read in little memory. A reading is a blood-pressure correlation
/// with its systolic and diastolic records (the same records, written again on their own, are
/// not read twice); its pulse is the heart rate the same app recorded at the same moment.
/// XML that declares entities (which could expand without end or reach outside the file) is
/// refused.
class AppleHealthImport final {
public:
    /// Called now and then with the bytes read so far and the total; returning false
    /// cancels (the result then has `error` set and no readings).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Reads the XML from `device` (`total` its size, for progress; 0 when unknown).
    [[nodiscard]] static CsvImportResult read(QIODevice &device, qint64 total,
                                              const QDateTime &now = QDateTime::currentDateTime(),
                                              const Progress &progress = {});
    /// Reads `path`: an export.zip (found by its first bytes) or the XML itself.
    [[nodiscard]] static CsvImportResult
    readFile(const QString &path, const QDateTime &now = QDateTime::currentDateTime(),
             const Progress &progress = {});
};

} // namespace viparita
