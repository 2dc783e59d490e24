#include "export_command.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/report/csv_export.h>
#include <viparita/report/fhir_bundle.h>
#include <viparita/report/pdf_report.h>

#include <QBuffer>
#include <QCommandLineParser>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

const QStringList formats{u"csv"_s, u"sessions-csv"_s, u"pdf"_s, u"fhir"_s};

/// Writes with `write` to `path`, or to the standard output for "-".
int writeOutput(const QString &path, CommandContext &context,
                const std::function<bool(QIODevice &, QString *)> &write)
{
    QString error;
    if (path == u"-"_s) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!write(buffer, &error)) {
            context.err << "viparita-cli export: " << error << "\n";
            return StorageFailure;
        }
        context.out << QString::fromUtf8(buffer.data());
        context.out.flush();
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << u"viparita-cli export: cannot write %1: %2\n"_s.arg(path,
                                                                           file.errorString());
        return StorageFailure;
    }
    if (!write(file, &error)) {
        file.cancelWriting();
        context.err << u"viparita-cli export: %1: %2\n"_s.arg(path, error);
        return StorageFailure;
    }
    if (!file.commit()) {
        context.err << u"viparita-cli export: cannot write %1: %2\n"_s.arg(path,
                                                                           file.errorString());
        return StorageFailure;
    }
    return Success;
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return u"Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor's system."_s;
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"format"_s,
                      u"csv (one row a reading, the default), sessions-csv (one row a session), "
                      u"pdf (the report for the doctor) or fhir (a FHIR R4 Bundle of vital-sign "
                      u"Observations)."_s,
                      u"FORMAT"_s, u"csv"_s});
    parser.addOption(
        {u"output"_s, u"The file to write; '-' for the standard output."_s, u"FILE"_s});
    addDateRangeOptions(parser);
    parser.addOption({u"no-notes"_s, u"Leave the notes out."_s});
    parser.addOption(
        {u"name"_s, u"The person's name (PDF: in the header; FHIR: the Patient)."_s, u"NAME"_s});
    addGuidelineOption(parser);
}

int ExportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli export: takes no arguments\n";
        return UsageError;
    }
    const QString format = parser.value(u"format"_s);
    if (!formats.contains(format)) {
        context.err
            << u"viparita-cli export: --format: must be csv, sessions-csv, pdf or fhir, not '%1'\n"_s
                   .arg(format);
        return UsageError;
    }
    if (!parser.isSet(u"output"_s) || parser.value(u"output"_s).isEmpty()) {
        context.err << "viparita-cli export: --output FILE is required ('-' for the standard "
                       "output)\n";
        return UsageError;
    }
    if (format == u"pdf"_s && parser.value(u"output"_s) == u"-"_s) {
        context.err << "viparita-cli export: --format pdf: a PDF is binary; give a file to "
                       "--output, not '-'\n";
        return UsageError;
    }
    const auto range = dateRangeOption(parser, context);
    const auto guideline = guidelineOption(parser, context);
    if (!range || !guideline)
        return UsageError;
    const bool includeNotes = !parser.isSet(u"no-notes"_s);

    int status = Success;
    const auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    const QString output = parser.value(u"output"_s);

    if (format == u"fhir"_s) {
        const auto readings = journal->readings(*range);
        if (!readings.ok())
            return reportStorageError(context, readings.error());
        FhirBundle::Options options;
        options.patientName = parser.value(u"name"_s).trimmed();
        options.includeNotes = includeNotes;
        options.generatedAt = QDateTime::currentDateTime();
        return writeOutput(output, context, [&](QIODevice &device, QString *error) {
            return FhirBundle::write(device, *readings, options, error);
        });
    }

    if (format == u"pdf"_s) {
        const auto readings = journal->readings(*range);
        if (!readings.ok())
            return reportStorageError(context, readings.error());
        const auto sessions = journal->sessions(*range);
        if (!sessions.ok())
            return reportStorageError(context, sessions.error());
        PdfReport::Options options;
        options.name = parser.value(u"name"_s).trimmed();
        options.from = range->from;
        options.to = range->to;
        options.includeNotes = includeNotes;
        options.guideline = *guideline;
        options.generatedAt = QDateTime::currentDateTime();
        return writeOutput(output, context, [&](QIODevice &device, QString *error) {
            return PdfReport::write(device, *readings, *sessions, options, error);
        });
    }

    if (format == u"csv"_s) {
        const auto readings = journal->readings(*range);
        if (!readings.ok())
            return reportStorageError(context, readings.error());
        // All sessions: a reading's session may have started the day before the range.
        const auto sessions = journal->sessions();
        if (!sessions.ok())
            return reportStorageError(context, sessions.error());
        return writeOutput(output, context, [&](QIODevice &device, QString *error) {
            return CsvExport::writeReadings(device, *readings, *sessions, *guideline, includeNotes,
                                            error);
        });
    }

    const auto sessions = journal->sessions(*range);
    if (!sessions.ok())
        return reportStorageError(context, sessions.error());
    QList<Reading> readings;
    for (const SessionRecord &session : *sessions) {
        const auto ofSession = journal->readingsOfSession(session.id);
        if (!ofSession.ok())
            return reportStorageError(context, ofSession.error());
        readings += *ofSession;
    }
    return writeOutput(output, context, [&](QIODevice &device, QString *error) {
        return CsvExport::writeSessions(device, *sessions, readings, includeNotes, error);
    });
}

} // namespace viparita::cli
