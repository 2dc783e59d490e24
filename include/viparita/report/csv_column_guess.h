#pragma once

#include <viparita/report/csv_import.h>

#include <QLocale>
#include <QString>
#include <QStringList>

namespace viparita {

/// What the columns of another app's CSV probably hold, guessed from the header's names and
/// the first row's date: the starting point the import dialog shows, and what the command
/// line suggests as its --map. A guess only: a person confirms or changes it.
class CsvColumnGuess final {
public:
    /// The columns (as 1-based numbers) and the date format guessed for the CSV text
    /// `bytes`. A column with the date and the time in one gives `datetime`; separate ones
    /// give `date` and `time`. Nothing is guessed for a value no header names. `locale`
    /// decides a date such as 03/04/2026 (month first only in the United States).
    [[nodiscard]] static CsvImport::ColumnMap guess(const QByteArray &bytes,
                                                    const QLocale &locale = QLocale());
    /// The same, for a header and its first data row already split.
    [[nodiscard]] static CsvImport::ColumnMap guess(const QStringList &header,
                                                    const QStringList &firstRow,
                                                    const QLocale &locale = QLocale());
    /// A QDateTime format that reads `sample` ("21.11.2026 07:30" gives "d.M.yyyy H:mm"),
    /// or empty for ISO 8601 and for what it does not recognise.
    [[nodiscard]] static QString dateFormat(const QString &sample,
                                            const QLocale &locale = QLocale());
};

} // namespace viparita
