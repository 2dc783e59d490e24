#pragma once

// The apps and cuffs whose exports Viparita knows by name: how to recognise each by its
// header, and where each keeps its values. The evidence for each is in
// docs/import-formats.md. Private to the report library.

#include <viparita/report/csv_import.h>
#include <viparita/report/import_detect.h>

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace viparita::importing {

/// One layout of one source's file.
struct SourceLayout {
    ImportSource source;
    /// Header names (as normalisedHeader gives them) that all appear in this layout's header.
    QStringList signature;
    /// Where the values are, by header name; a column of pulse, note, offset or irregular
    /// that the header lacks is left out.
    QString datetime, date, time, systolic, diastolic, pulse, note, offset, irregular;
    /// The format of the dates, which settles a column whose dates read both ways.
    QString dateFormat;
    /// The times are in UTC, the offset column giving where they were taken.
    bool utcTimes = false;
    /// A layout whose header wording is not known: recognised by its first data row instead,
    /// its columns taken by position (datetime, systolic, diastolic, pulse, note).
    QString firstRowPattern;
    QList<int> positions;
};

/// Every layout known, in the order they are tried.
[[nodiscard]] const QList<SourceLayout> &layouts();
/// A header name compared without case, quotes, surrounding or repeated spaces.
[[nodiscard]] QString normalisedHeader(const QString &name);
/// The layout whose signature `header` holds (of the source `sourceId` only, when not empty);
/// nothing when none.
[[nodiscard]] const SourceLayout *layoutOf(const QStringList &header, const QString &sourceId = {});
/// The layout recognised by its first data row (`row`), for headers not known by name.
[[nodiscard]] const SourceLayout *layoutOfRow(const QStringList &row, const QString &sourceId = {});
/// The first layout of a source; nothing for an unknown id.
[[nodiscard]] const SourceLayout *layoutById(const QString &sourceId);
/// The column map of a layout for a file with `header` (names, or positions for a layout
/// known by its rows).
[[nodiscard]] CsvImport::ColumnMap columnsOf(const SourceLayout &layout, const QStringList &header);

} // namespace viparita::importing
