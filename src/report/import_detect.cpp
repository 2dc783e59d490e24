#include <viparita/report/import_detect.h>

#include "import_sources.h"
#include "import_time.h"

#include <viparita/report/csv_column_guess.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct ImportDetectText {
    Q_DECLARE_TR_FUNCTIONS(viparita::ImportDetect)
};

/// How much of a file is searched for its header.
constexpr qsizetype headerSearchBytes = 64 * 1024;
constexpr int headerSearchLines = 20;

/// Which line of a table is its header, and how it is split.
struct HeaderCandidate {
    QChar delimiter;
    int line = 0;
    QStringList header;
    const importing::SourceLayout *layout = nullptr; ///< a named source, or a guessed table
    CsvImport::ColumnMap guess;
    bool own = false;
};

bool isOwnHeader(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(importing::normalisedHeader(name));
    return names.contains(u"date"_s) && names.contains(u"time"_s) &&
           names.contains(u"utc_offset"_s) && names.contains(u"systolic"_s) &&
           names.contains(u"diastolic"_s);
}

bool hasReadings(const CsvImport::ColumnMap &map)
{
    return (map.date || map.datetime) && map.systolic && map.diastolic;
}

/// The best header in the first lines of `text`: the earliest line that a source's header, or
/// a guess of date, systolic and diastolic columns, makes; with the delimiter that splits it
/// into the most columns.
std::optional<HeaderCandidate> findHeader(const QString &text, QChar forcedDelimiter,
                                          const QString &forcedSource, int forcedLine)
{
    std::optional<HeaderCandidate> best;
    const QList<QChar> delimiters =
        forcedDelimiter.isNull() ? QList<QChar>{u',', u';', u'\t'} : QList<QChar>{forcedDelimiter};
    for (const QChar delimiter : delimiters) {
        const QList<CsvImport::Record> records =
            CsvImport::parse(text, nullptr, delimiter, forcedLine > 0 ? 0 : headerSearchLines + 1);
        const qsizetype searched = forcedLine > 0
                                       ? records.size()
                                       : std::min<qsizetype>(records.size(), headerSearchLines);
        for (qsizetype i = 0; i < searched; ++i) {
            const CsvImport::Record &record = records.at(i);
            if (forcedLine > 0 && record.line != forcedLine)
                continue;
            if (record.fields.size() < 2 && forcedLine <= 0)
                continue;
            HeaderCandidate candidate{delimiter, record.line, record.fields, nullptr, {}, false};
            if (forcedSource.isEmpty() && i == 0 && isOwnHeader(record.fields)) {
                candidate.own = true;
            } else if (const auto *layout = importing::layoutOf(record.fields, forcedSource)) {
                candidate.layout = layout;
            } else if (const auto *byRow = importing::layoutOfRow(
                           i + 1 < records.size() ? records.at(i + 1).fields : QStringList(),
                           forcedSource)) {
                candidate.layout = byRow;
            } else if (forcedSource.isEmpty()) {
                candidate.guess = CsvColumnGuess::guess(
                    record.fields,
                    i + 1 < records.size() ? records.at(i + 1).fields : QStringList());
                if (!hasReadings(candidate.guess) && forcedLine <= 0)
                    continue;
            } else {
                continue;
            }
            const bool better =
                !best || candidate.line < best->line ||
                (candidate.line == best->line && candidate.header.size() > best->header.size());
            if (better)
                best = candidate;
            break;
        }
    }
    return best;
}

/// "Name, Email, Phone" for a message: the first names of a header.
QString headerShown(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header.mid(0, 6))
        names.append(name.trimmed().left(30));
    return names.join(u", "_s) + (header.size() > 6 ? u", …"_s : QString());
}

/// What a text that holds no table of readings is.
QString textKind(const QString &text)
{
    const QString start = text.left(4096).trimmed();
    if (start.startsWith(u'<')) {
        static const QRegularExpression root(u"<([A-Za-z_][\\w:.-]*)"_s);
        QString name;
        for (auto it = root.globalMatch(start); it.hasNext();) {
            const auto match = it.next();
            if (match.capturedStart(0) > 0 && start.at(match.capturedStart(0) + 1) != u'!' &&
                start.at(match.capturedStart(0) + 1) != u'?') {
                name = match.captured(1);
                break;
            }
            if (match.capturedStart(0) == 0) {
                name = match.captured(1);
                break;
            }
        }
        if (name.compare(u"html"_s, Qt::CaseInsensitive) == 0)
            return ImportDetectText::tr("a web page (HTML)");
        return name.isEmpty() ? ImportDetectText::tr("an XML document")
                              : ImportDetectText::tr("an XML document (<%1>)").arg(name);
    }
    if (start.startsWith(u'{') || start.startsWith(u'[')) {
        if (start.contains(u"\"resourceType\""_s))
            return ImportDetectText::tr(
                "a FHIR JSON document (Viparita exports those; it imports CSV)");
        return ImportDetectText::tr("a JSON document");
    }
    if (start.isEmpty())
        return ImportDetectText::tr("an empty file");
    const QList<CsvImport::Record> records = CsvImport::parse(start);
    if (!records.isEmpty() && records.first().fields.size() >= 2)
        return ImportDetectText::tr(
                   "a table whose header names no date and blood-pressure columns (%1)")
            .arg(headerShown(records.first().fields));
    return ImportDetectText::tr("text that is not a table of readings (its first line: '%1')")
        .arg(start.section(u'\n', 0, 0).left(60).trimmed());
}

} // namespace

QString ImportDetect::binaryKind(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ImportDetectText::tr("a zip archive");
    if (head.startsWith("%PDF"))
        return ImportDetectText::tr("a PDF document");
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return ImportDetectText::tr("a picture");
    if (head.startsWith("SQLite format 3"))
        return ImportDetectText::tr(
            "an SQLite database (a journal is restored with 'viparita-cli restore')");
    if (head.startsWith("\x1F\x8B"))
        return ImportDetectText::tr("a gzip archive");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return ImportDetectText::tr("an old Excel or Word document (save it as CSV)");
    return {};
}

QList<ImportSource> ImportDetect::sources()
{
    QList<ImportSource> list;
    for (const importing::SourceLayout &layout : importing::layouts()) {
        // One entry a source, by its name without the layout ("OMRON connect").
        const bool listed = std::any_of(list.cbegin(), list.cend(), [&](const ImportSource &s) {
            return s.id == layout.source.id;
        });
        if (!listed)
            list.append({layout.source.id, layout.source.name.section(u" ("_s, 0, 0)});
    }
    list.append({u"apple-health"_s, u"Apple Health"_s});
    return list;
}

ImportDetection ImportDetect::detect(const QByteArray &bytes, const Choices &choices)
{
    ImportDetection detection;
    const QByteArray head = bytes.left(64);
    if (const QString kind = binaryKind(head); !kind.isEmpty()) {
        if (head.startsWith("PK") && bytes.contains("apple_health_export/")) {
            detection.kind = ImportDetection::Kind::AppleHealthZip;
            detection.source = {u"apple-health"_s, u"Apple Health"_s};
        } else {
            detection.looksLike = kind;
        }
        return detection;
    }
    const QString encodingAsked = !choices.encoding.isEmpty()
                                      ? choices.encoding
                                      : (choices.columns ? choices.columns->encoding : QString());
    CsvImport::Text text = CsvImport::decode(bytes, encodingAsked);
    detection.encoding = text.encoding;
    detection.encodingFallback = text.fallback;
    if (!text.error.isEmpty()) {
        detection.looksLike = ImportDetectText::tr("binary data, not text (%1)").arg(text.error);
        return detection;
    }
    if (text.text.left(headerSearchBytes).contains(u"<HealthData"_s)) {
        detection.kind = ImportDetection::Kind::AppleHealthXml;
        detection.source = {u"apple-health"_s, u"Apple Health"_s};
        return detection;
    }

    // The header: within the first lines, split by the delimiter that makes it one.
    QString start = text.text.left(headerSearchBytes);
    if (start.size() < text.text.size())
        start.truncate(std::max(start.lastIndexOf(u'\n'), qsizetype(0)));
    const QChar forcedDelimiter = !choices.delimiter.isNull()
                                      ? choices.delimiter
                                      : (choices.columns ? choices.columns->delimiter : QChar());
    const int forcedLine = choices.headerLine > 0
                               ? choices.headerLine
                               : (choices.columns ? choices.columns->headerLine : 0);
    auto candidate = findHeader(start, forcedDelimiter, choices.source, forcedLine);
    if (!candidate && choices.columns) {
        // The person's columns with the first line (or theirs) as the header.
        const int line = std::max(forcedLine, 1);
        const QChar delimiter =
            forcedDelimiter.isNull() ? CsvImport::delimiterOf(start) : forcedDelimiter;
        for (const CsvImport::Record &record : CsvImport::parse(start, nullptr, delimiter)) {
            if (record.line >= line) {
                candidate =
                    HeaderCandidate{delimiter, record.line, record.fields, nullptr, {}, false};
                break;
            }
        }
    }
    if (!candidate) {
        if (!choices.source.isEmpty()) {
            const auto *layout = importing::layoutById(choices.source);
            detection.looksLike =
                layout ? ImportDetectText::tr(
                             "not an export of %1: no line in it is that app's header (%2)")
                             .arg(layout->source.name, layout->signature.join(u", "_s))
                       : ImportDetectText::tr("not a file of the source '%1'").arg(choices.source);
        } else {
            detection.looksLike = textKind(text.text);
        }
        return detection;
    }
    detection.header = candidate->header;
    if (candidate->own && !choices.columns && choices.dateFormat.isEmpty()) {
        detection.kind = ImportDetection::Kind::ViparitaCsv;
        detection.source = {u"viparita"_s, u"Viparita"_s};
        detection.map.delimiter = candidate->delimiter;
        return detection;
    }

    detection.kind = ImportDetection::Kind::Table;
    CsvImport::ColumnMap &map = detection.map;
    QString settle;
    if (choices.columns) {
        map = *choices.columns;
    } else if (candidate->layout) {
        detection.source = candidate->layout->source;
        map = importing::columnsOf(*candidate->layout, candidate->header);
        settle = candidate->layout->dateFormat;
    } else {
        map = candidate->guess;
        map.dateFormat.clear();
    }
    if (map.delimiter.isNull())
        map.delimiter = candidate->delimiter;
    if (map.headerLine <= 0)
        map.headerLine = candidate->line;
    if (map.encoding.isEmpty())
        map.encoding = choices.encoding;

    // Every column named must be in the header.
    const auto indexOf = [&](const std::optional<CsvImport::Column> &column) -> qsizetype {
        if (!column)
            return -1;
        if (const int *position = std::get_if<int>(&*column))
            return *position >= 1 && *position <= candidate->header.size() ? *position - 1 : -2;
        const QString wanted = importing::normalisedHeader(std::get<QString>(*column));
        for (qsizetype i = 0; i < candidate->header.size(); ++i) {
            if (importing::normalisedHeader(candidate->header.at(i)) == wanted)
                return i;
        }
        return -2;
    };
    const qsizetype dateColumn = indexOf(map.datetime ? map.datetime : map.date);
    if (!hasReadings(map) || dateColumn < 0 || indexOf(map.systolic) < 0 ||
        indexOf(map.diastolic) < 0) {
        detection.problem =
            ImportDetectText::tr("the columns of the date, systolic and diastolic are not all in "
                                 "the header (%1); give them with --map")
                .arg(headerShown(candidate->header));
        return detection;
    }

    // The whole file, split once: for the date format here and the readings after.
    detection.table = CsvImport::split(std::move(text), map.delimiter, encodingAsked);
    const CsvImport::Table &table = detection.table;

    if (!choices.dateFormat.isEmpty()) {
        map.dateFormat = choices.dateFormat;
        return detection;
    }
    if (choices.columns && !choices.columns->dateFormat.isEmpty())
        return detection;
    // The date format, from the whole column.
    QStringList cells;
    QList<int> lines;
    cells.reserve(table.records.size());
    lines.reserve(table.records.size());
    for (const CsvImport::Record &record : std::as_const(table.records)) {
        if (record.line <= map.headerLine)
            continue;
        cells.append(record.fields.value(dateColumn));
        lines.append(record.line);
    }
    const importing::ColumnDates dates =
        importing::detectDateFormat(cells, lines, choices.today, settle);
    if (!dates.problem.isEmpty()) {
        detection.problem = dates.problem;
        return detection;
    }
    map.dateFormat = dates.format;
    detection.dateEvidence = dates.evidence;
    return detection;
}

CsvImportResult ImportDetect::read(const QByteArray &bytes, const ImportDetection &detection,
                                   const QDateTime &now, const CsvImport::Take &take)
{
    switch (detection.kind) {
    case ImportDetection::Kind::ViparitaCsv:
        return CsvImport::readOwn(bytes, now, take);
    case ImportDetection::Kind::Table:
        return CsvImport::readMapped(bytes, detection.table, detection.map, now, take);
    case ImportDetection::Kind::AppleHealthXml:
    case ImportDetection::Kind::AppleHealthZip:
    case ImportDetection::Kind::NotReadings:
        break;
    }
    CsvImportResult result;
    result.error = detection.looksLike.isEmpty()
                       ? ImportDetectText::tr("not a table of readings")
                       : ImportDetectText::tr("not a readings file: it looks like %1")
                             .arg(detection.looksLike);
    return result;
}

} // namespace viparita
