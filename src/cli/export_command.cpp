#include "export_command.h"

#include "exit_code.h"
#include "journal_access.h"

#include <viparita/report/export.h>
#include <viparita/report/pdf_report.h>

#include <QBuffer>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

ExportCommand::ExportCommand()
    : Command(u"export"_s, CliText::tr("Export readings or sessions: CSV, a PDF report, or FHIR "
                                       "R4 for a doctor's system."))
{}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"format"_s,
                      //: csv, sessions-csv, pdf, fhir and medication-csv are typed as they are.
                      CliText::tr("csv (one row a reading, the default), sessions-csv (one row a "
                                  "session), pdf (the report for the doctor), fhir (a FHIR R4 "
                                  "Bundle of vital-sign Observations and MedicationStatements) or "
                                  "medication-csv (one row a change of a medicine)."),
                      u"FORMAT"_s, u"csv"_s});
    parser.addOption(
        {u"output"_s, CliText::tr("The file to write; '-' for the standard output."), u"FILE"_s});
    addDateRangeOptions(parser);
    parser.addOption({u"no-notes"_s, CliText::tr("Leave the notes out.")});
    parser.addOption({u"name"_s,
                      CliText::tr("The person's name (PDF: in the header; FHIR: the Patient)."),
                      u"NAME"_s});
    addGuidelineOption(parser);
    addWeekOption(parser, CliText::tr("Only the home-monitoring week's seven days; with --format "
                                      "pdf, the one-page week report."));
}

int ExportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli export: " << CliText::tr("takes no arguments") << "\n";
        return UsageError;
    }
    const auto format = Exporter::fromKey(parser.value(u"format"_s));
    if (!format) {
        //: %1: the value typed. csv, sessions-csv, pdf, fhir and medication-csv are typed as
        //: they are.
        context.err << "viparita-cli export: "
                    << CliText::tr("--format: must be csv, sessions-csv, pdf, fhir or "
                                   "medication-csv, not '%1'")
                           .arg(parser.value(u"format"_s))
                    << "\n";
        return UsageError;
    }
    if (!parser.isSet(u"output"_s) || parser.value(u"output"_s).isEmpty()) {
        //: FILE is the value name shown in the help.
        context.err << "viparita-cli export: "
                    << CliText::tr("--output FILE is required ('-' for the standard output)")
                    << "\n";
        return UsageError;
    }
    const QString output = parser.value(u"output"_s);
    if (!Exporter::isText(*format) && output == u"-"_s) {
        context.err << "viparita-cli export: "
                    << CliText::tr("--format pdf: a PDF is binary; give a file to --output, not "
                                   "'-'")
                    << "\n";
        return UsageError;
    }
    const auto range = dateRangeOption(parser, context);
    const auto guideline = guidelineOption(parser, context);
    if (!range || !guideline)
        return UsageError;

    ExportRequest request;
    request.format = *format;
    request.range = *range;
    request.includeNotes = !parser.isSet(u"no-notes"_s);
    request.name = parser.value(u"name"_s).trimmed();
    request.guideline = *guideline;
    request.generatedAt = QDateTime::currentDateTime();
    request.writePdf = [](QIODevice &out, const ExportData &data, const PdfReport::Options &options,
                          QString *error) {
        return PdfReport::write(out, data.readings, data.sessions, options, error);
    };

    int status = Success;
    const auto journal = openJournal(context, Access::Read, status);
    if (!journal)
        return status;
    if (parser.isSet(u"week"_s)) {
        if (range->from || range->to) {
            context.err << "viparita-cli export: "
                        << CliText::tr("--week gives the period: leave out --from and --to")
                        << "\n";
            return UsageError;
        }
        request.week = weekOption(parser, context, *journal, status);
        if (!request.week)
            return status;
    }
    const auto data = Exporter::gather(*journal, request);
    if (!data.ok())
        return reportStorageError(context, data.error());

    QString error;
    if (output == u"-"_s) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!Exporter::write(buffer, *data, request, &error)) {
            context.err << "viparita-cli export: " << error << "\n";
            return StorageFailure;
        }
        context.out << QString::fromUtf8(buffer.data());
        context.out.flush();
        return Success;
    }
    if (!Exporter::writeFile(output, *data, request, &error)) {
        context.err << "viparita-cli export: " << error << "\n";
        return StorageFailure;
    }
    return Success;
}

} // namespace viparita::cli
