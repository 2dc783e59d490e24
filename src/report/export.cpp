#include <viparita/report/export.h>

#include <viparita/core/home_week.h>
#include <viparita/core/key_table.h>

#include <viparita/report/csv_export.h>
#include <viparita/report/fhir_bundle.h>
#include <viparita/storage/journal.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(viparita::Exporter)
};

} // namespace

namespace {

/// The --format words of the command line.
constexpr KeyTable<ExportFormat, 5> formatKeys{
    {{{ExportFormat::ReadingsCsv, u"csv"},
      {ExportFormat::SessionsCsv, u"sessions-csv"},
      {ExportFormat::Pdf, u"pdf"},
      {ExportFormat::Fhir, u"fhir"},
      {ExportFormat::MedicationCsv, u"medication-csv"}}}};
/// The suffix of each format's file.
constexpr KeyTable<ExportFormat, 5> suffixes{{{{ExportFormat::ReadingsCsv, u"csv"},
                                               {ExportFormat::SessionsCsv, u"csv"},
                                               {ExportFormat::Pdf, u"pdf"},
                                               {ExportFormat::Fhir, u"json"},
                                               {ExportFormat::MedicationCsv, u"csv"}}}};
/// What a suggested file name says the file holds.
constexpr KeyTable<ExportFormat, 5> fileWords{{{{ExportFormat::ReadingsCsv, u"readings"},
                                                {ExportFormat::SessionsCsv, u"sessions"},
                                                {ExportFormat::Pdf, u"report"},
                                                {ExportFormat::Fhir, u"fhir"},
                                                {ExportFormat::MedicationCsv, u"medication"}}}};

} // namespace

QString Exporter::key(ExportFormat format)
{
    return formatKeys.key(format);
}

std::optional<ExportFormat> Exporter::fromKey(const QString &key)
{
    return formatKeys.value(key);
}

QString Exporter::suffix(ExportFormat format)
{
    return suffixes.key(format);
}

bool Exporter::isText(ExportFormat format)
{
    return format != ExportFormat::Pdf;
}

QString Exporter::suggestedFileName(ExportFormat format, const QDate &today)
{
    return u"viparita-%1-%2.%3"_s.arg(fileWords.key(format), today.toString(Qt::ISODate),
                                      suffix(format));
}

QList<Medication> Exporter::takenIn(const QList<Medication> &medications, const DateRange &range)
{
    QList<Medication> taken;
    for (const Medication &medication : medications) {
        const auto periods = medication.periods();
        const bool inRange = std::any_of(periods.begin(), periods.end(), [&](const DosePeriod &p) {
            // A period's last day is the one before its end (the day of the next change).
            const bool beginsInTime = !range.to || p.from <= *range.to;
            const bool lastsInto = !range.from || !p.to || p.to->addDays(-1) >= *range.from;
            return beginsInTime && lastsInto && (!p.to || *p.to > p.from);
        });
        if (inRange)
            taken.append(medication);
    }
    return taken;
}

StorageResult<ExportData> Exporter::gather(const Journal &journal, const ExportRequest &asked)
{
    ExportRequest request = asked;
    if (request.week)
        request.range = DateRange{*request.week, request.week->addDays(HomeWeek::days - 1)};
    ExportData data;
    if (request.format == ExportFormat::Pdf || request.format == ExportFormat::Fhir ||
        request.format == ExportFormat::MedicationCsv) {
        auto medications = journal.medications();
        if (!medications.ok())
            return medications.error();
        data.medications = takenIn(*medications, request.range);
    }
    if (request.format == ExportFormat::Pdf && !request.week) {
        auto weeks = journal.homeWeeks();
        if (!weeks.ok())
            return weeks.error();
        for (const HomeWeekRecord &week : *weeks) {
            const QDate last = week.firstDay.addDays(HomeWeek::days - 1);
            if ((!request.range.to || week.firstDay <= *request.range.to) &&
                (!request.range.from || last >= *request.range.from))
                data.homeWeek = week.firstDay; // the weeks come oldest first: the last one stays
        }
        if (data.homeWeek) {
            auto readings = journal.readings(
                DateRange{*data.homeWeek, data.homeWeek->addDays(HomeWeek::days - 1)});
            if (!readings.ok())
                return readings.error();
            data.homeWeekReadings = std::move(readings).value();
        }
    }
    switch (request.format) {
    case ExportFormat::MedicationCsv:
        return data;
    case ExportFormat::ReadingsCsv: {
        auto readings = journal.readings(request.range);
        if (!readings.ok())
            return readings.error();
        // Every session: a reading's session may have begun the day before the period.
        auto sessions = journal.sessions();
        if (!sessions.ok())
            return sessions.error();
        data.readings = std::move(readings).value();
        data.sessions = std::move(sessions).value();
        return data;
    }
    case ExportFormat::SessionsCsv: {
        auto sessions = journal.sessions(request.range);
        if (!sessions.ok())
            return sessions.error();
        // A session's readings lie within a day of its start: read that span once and keep
        // the readings of these sessions, rather than asking for each session on its own.
        DateRange around = request.range;
        if (around.from)
            around.from = around.from->addDays(-1);
        if (around.to)
            around.to = around.to->addDays(1);
        auto readings = journal.readings(around);
        if (!readings.ok())
            return readings.error();
        QSet<qint64> ids;
        for (const SessionRecord &session : *sessions)
            ids.insert(session.id);
        for (const Reading &reading : *readings)
            if (reading.sessionId && ids.contains(*reading.sessionId))
                data.readings.append(reading);
        data.sessions = std::move(sessions).value();
        return data;
    }
    case ExportFormat::Pdf: {
        auto sessions = journal.sessions(request.range);
        if (!sessions.ok())
            return sessions.error();
        data.sessions = std::move(sessions).value();
        [[fallthrough]];
    }
    case ExportFormat::Fhir: {
        auto readings = journal.readings(request.range);
        if (!readings.ok())
            return readings.error();
        data.readings = std::move(readings).value();
        return data;
    }
    }
    return data;
}

PdfReportOptions Exporter::pdfOptions(const ExportRequest &request, const ExportData &data)
{
    PdfReportOptions options;
    options.name = request.name.trimmed();
    options.from = request.range.from;
    options.to = request.range.to;
    options.includeNotes = request.includeNotes;
    options.guideline = request.guideline;
    options.howMeasured = request.howMeasured;
    options.generatedAt = request.generatedAt;
    options.pageSize = request.pageSize.value_or(PdfReportOptions::defaultPageSize(QLocale()));
    options.week = request.week;
    options.medications = data.medications;
    options.homeWeek = data.homeWeek;
    options.homeWeekReadings = data.homeWeekReadings;
    if (request.week) {
        options.from = *request.week;
        options.to = request.week->addDays(HomeWeek::days - 1);
    }
    return options;
}

bool Exporter::write(QIODevice &out, const ExportData &data, const ExportRequest &request,
                     QString *error)
{
    const QDateTime generatedAt =
        request.generatedAt.isValid() ? request.generatedAt : QDateTime::currentDateTime();
    switch (request.format) {
    case ExportFormat::ReadingsCsv:
        return CsvExport::writeReadings(out, data.readings, data.sessions, request.guideline,
                                        request.includeNotes, error);
    case ExportFormat::SessionsCsv:
        return CsvExport::writeSessions(out, data.sessions, data.readings, request.includeNotes,
                                        error);
    case ExportFormat::MedicationCsv:
        return CsvExport::writeMedication(out, data.medications, request.includeNotes, error);
    case ExportFormat::Pdf: {
        if (!request.writePdf) {
            if (error)
                *error = ExporterText::tr("PDF reports cannot be made here");
            return false;
        }
        PdfReportOptions options = pdfOptions(request, data);
        options.generatedAt = generatedAt;
        return request.writePdf(out, data, options, error);
    }
    case ExportFormat::Fhir: {
        FhirBundle::Options options;
        options.patientName = request.name.trimmed();
        options.includeNotes = request.includeNotes;
        options.guideline = request.guideline;
        options.generatedAt = generatedAt;
        options.medications = data.medications;
        return FhirBundle::write(out, data.readings, options, error);
    }
    }
    return false;
}

bool Exporter::writeFile(const QString &path, const ExportData &data, const ExportRequest &request,
                         QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = ExporterText::tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    // Why the device took fewer bytes than it was given (`written` of `wanted`, when known).
    // `wanted` is -1 while the file is written as it is made: at most a chunk was missing.
    const auto shortWrite = [&path](qint64 written, qint64 wanted) {
        QStorageInfo storage(QFileInfo(path).absolutePath());
        storage.refresh();
        const qint64 missing = wanted < 0 ? 256 * 1024 : wanted - written;
        if (storage.isValid() && storage.bytesAvailable() < std::max<qint64>(missing, 1))
            return ExporterText::tr("the disk is full (no space left on the device)");
        if (wanted < 0)
            return ExporterText::tr(
                       "only the first %1 bytes could be written (a file size limit or a disk "
                       "quota was reached)")
                .arg(std::max<qint64>(written, 0));
        return ExporterText::tr(
                   "only %1 of %2 bytes could be written (a file size limit or a disk quota was "
                   "reached)")
            .arg(std::max<qint64>(written, 0))
            .arg(wanted);
    };
    // Qt 6.4's QSaveFile takes a short write into its buffer without an error, and its commit()
    // ignores a failed flush, so every write is checked here and a cut-off file never replaces
    // the old one. The CSV and the FHIR bundle go to the file as they are made, unbuffered, in
    // chunks whose each write is checked (a bundle of ten years is hundreds of megabytes: it is
    // never held whole in memory). The PDF writer does not check its writes: it is made whole
    // in memory and written with one checked call.
    const bool streamed = request.format != ExportFormat::Pdf;
    QSaveFile file(path);
    if (!file.open(streamed ? QIODevice::WriteOnly | QIODevice::Unbuffered : QIODevice::WriteOnly))
        return fail(file.errorString());
    QString reason;
    if (streamed) {
        if (!write(file, data, request, &reason)) {
            // The content is checked before its first byte is written: a failure once bytes
            // are out, or with the file's error set, is the device's.
            if (file.error() != QFileDevice::NoError || file.pos() > 0)
                reason = shortWrite(file.pos(), -1);
            file.cancelWriting();
            return fail(reason);
        }
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!write(buffer, data, request, &reason)) {
            file.cancelWriting();
            return fail(reason);
        }
        const QByteArray &bytes = buffer.data();
        const qint64 written = file.write(bytes);
        if (written != bytes.size() || !file.flush()) {
            reason = shortWrite(written, bytes.size());
            file.cancelWriting();
            return fail(reason);
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace viparita
