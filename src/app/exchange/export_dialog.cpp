#include "exchange/export_dialog.h"

#include <viparita/core/home_week.h>

#include "exchange/export_period.h"
#include "exchange/export_preview.h"
#include "plugins/report_backend.h"
#include "settings/settings.h"

#include <viparita/storage/journal.h>

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString formatHint(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportDialog::tr("A summary, the trend charts and every reading, for your doctor "
                                "to read in a minute.");
    case ExportFormat::ReadingsCsv:
        return ExportDialog::tr("One row a reading, for a spreadsheet.");
    case ExportFormat::SessionsCsv:
        return ExportDialog::tr("One row a session, with the readings before and after it and "
                                "the change.");
    case ExportFormat::Fhir:
        return ExportDialog::tr("FHIR R4 vital-sign observations and medication statements, for "
                                "a health-records system.");
    case ExportFormat::MedicationCsv:
        return ExportDialog::tr("One row a change of each medicine: started, dose changed, "
                                "stopped, with the day and the reason.");
    }
    return {};
}

/// "left arm, sitting", from the usual way the person measures.
QString usualMeasurement(const Settings &settings)
{
    const QString arm = settings.text(Settings::Key::UsualArm) == u"right"_s
                            ? ExportDialog::tr("right arm")
                            : ExportDialog::tr("left arm");
    const QString position = settings.text(Settings::Key::UsualPosition);
    const QString where = position == u"lying"_s      ? ExportDialog::tr("lying down")
                          : position == u"standing"_s ? ExportDialog::tr("standing")
                                                      : ExportDialog::tr("sitting");
    return ExportDialog::tr("%1, %2").arg(arm, where);
}

} // namespace

ExportDialog::ExportDialog(Settings &settings, const Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export for your doctor"));
    setObjectName(u"exportDialog"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("PDF report"), int(ExportFormat::Pdf));
    m_format->addItem(tr("Readings as CSV"), int(ExportFormat::ReadingsCsv));
    m_format->addItem(tr("Sessions as CSV"), int(ExportFormat::SessionsCsv));
    m_format->addItem(tr("FHIR R4 (JSON)"), int(ExportFormat::Fhir));
    m_format->addItem(tr("Medication as CSV"), int(ExportFormat::MedicationCsv));
    auto *formatHintLabel = new QLabel(this);
    formatHintLabel->setWordWrap(true);
    formatHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_period = new ExportPeriod(journal, this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("Your name, as your doctor knows you"));
    m_name->setText(settings.text(Settings::Key::ReportName));

    m_notes = new QCheckBox(tr("Include my notes"), this);
    m_notes->setObjectName(u"notesCheck"_s);
    m_notes->setChecked(settings.flag(Settings::Key::ExportNotes));
    m_notes->setToolTip(tr("Notes can be personal: leave them out if you would rather your "
                           "doctor did not read them."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), formatHintLabel);
    form->addRow(tr("&Period:"), m_period->chooser());
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_period->firstDate());
    form->addRow(datesLabel, m_period->dates());
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_notes);
    form->addRow(QString(), m_summary);
    m_done = new QLabel(this);
    m_done->setObjectName(u"doneLabel"_s);
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->hide();
    form->addRow(QString(), m_done);

    // The preview: the report's first page, or a text file's first lines.
    m_preview = new ExportPreview(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_printButton = buttons->addButton(tr("&Print report…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"printButton"_s);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, formatHintLabel] {
        const auto format = request().format;
        formatHintLabel->setText(formatHint(format));
        m_name->setEnabled(format == ExportFormat::Pdf || format == ExportFormat::Fhir);
        fieldsChanged();
    });
    connect(m_period, &ExportPeriod::changed, this, &ExportDialog::fieldsChanged);
    connect(m_name, &QLineEdit::textChanged, this, &ExportDialog::fieldsChanged);
    connect(m_notes, &QCheckBox::toggled, this, &ExportDialog::fieldsChanged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);

    formatHintLabel->setText(formatHint(ExportFormat::Pdf));
    m_period->setPeriod(Period::Last90Days);
}

ExportDialog::~ExportDialog() = default;

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = ExportFormat(m_format->currentData().toInt());
    request.range = m_period->range();
    request.includeNotes = m_notes->isChecked();
    request.name = m_name->text().simplified();
    request.guideline = m_settings.guideline();
    request.howMeasured = usualMeasurement(m_settings);
    // The week's report while the format and the dates are still the week's.
    if (m_week && request.format == ExportFormat::Pdf && request.range.from == *m_week &&
        request.range.to == m_week->addDays(HomeWeek::days - 1))
        request.week = m_week;
    request.writePdf = [](QIODevice &out, const ExportData &rows, const PdfReportOptions &options,
                          QString *error) {
        QString whyNot;
        ReportBackend *reports = ReportBackend::instance(&whyNot);
        if (reports == nullptr) {
            if (error)
                *error = whyNot;
            return false;
        }
        return reports->writePdf(out, rows.readings, rows.sessions, options, error);
    };
    return request;
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPeriod(Period period)
{
    m_period->setPeriod(period);
}

void ExportDialog::setWeek(const QDate &firstDay)
{
    m_week = firstDay;
    setFormat(ExportFormat::Pdf);
    setDates(firstDay, firstDay.addDays(HomeWeek::days - 1));
}

void ExportDialog::setDates(const QDate &from, const QDate &to)
{
    m_period->setDates(from, to);
}

void ExportDialog::fieldsChanged()
{
    const bool datesInOrder = m_period->inOrder();
    m_exportButton->setEnabled(datesInOrder);
    m_printButton->setEnabled(datesInOrder);
    if (!datesInOrder) {
        m_summary->setText(tr("The first date must not be after the last."));
        m_previewTimer->stop();
        return;
    }
    if (!loadData()) {
        m_exportButton->setEnabled(false);
        m_printButton->setEnabled(false);
        return;
    }
    m_summary->setText(summaryText());
    m_previewTimer->start();
}

bool ExportDialog::loadData()
{
    ExportRequest wanted = request();
    if (m_loaded && m_loadedRange.from == wanted.range.from && m_loadedRange.to == wanted.range.to)
        return true;
    wanted.format = ExportFormat::Pdf;
    auto gathered = Exporter::gather(m_journal, wanted);
    if (!gathered.ok()) {
        m_loaded = false;
        m_summary->setText(tr("The journal cannot be read: %1").arg(gathered.error().message));
        return false;
    }
    m_data = std::move(gathered).value();
    m_loadedRange = wanted.range;
    m_loaded = true;
    return true;
}

QString ExportDialog::summaryText() const
{
    int readings = 0;
    for (const Reading &reading : m_data.readings)
        if (!reading.deletedAt)
            ++readings;
    const int sessions = int(m_data.sessions.size());
    const QString counts =
        tr("%1 and %2")
            .arg(readings == 1 ? tr("1 reading") : tr("%1 readings").arg(readings),
                 sessions == 1 ? tr("1 session") : tr("%1 sessions").arg(sessions));
    if (const auto week = request().week)
        return tr("The home-monitoring week from %1: %2, on a page of its own.")
            .arg(week->toString(Qt::ISODate),
                 readings == 1 ? tr("1 reading") : tr("%1 readings").arg(readings));
    if (readings == 0 && m_data.sessions.isEmpty())
        return tr("Nothing was recorded from %1 to %2.")
            .arg(m_period->from().toString(Qt::ISODate), m_period->to().toString(Qt::ISODate));
    return tr("%1, %2 to %3.")
        .arg(counts, m_period->from().toString(Qt::ISODate), m_period->to().toString(Qt::ISODate));
}

void ExportDialog::refreshPreview()
{
    m_previewTimer->stop();
    if (!m_loaded)
        return;
    const ExportRequest wanted = request();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (wanted.format == ExportFormat::Pdf) {
        const PdfReportOptions options = Exporter::pdfOptions(wanted, m_data);
        const qreal ratio = devicePixelRatioF();
        QString error;
        ReportBackend *reports = ReportBackend::instance(&error);
        const auto preview =
            reports ? reports->preview(m_data.readings, m_data.sessions, options,
                                       qRound(ExportPreview::pageWidth * ratio), &error)
                    : std::nullopt;
        if (preview)
            m_preview->showPage(
                preview->firstPage, ratio,
                tr("Page 1 of %1, %2").arg(preview->pageCount).arg(options.pageSize.name()));
        else
            m_preview->showPageProblem(tr("The report cannot be shown: %1").arg(error));
    } else {
        QString text;
        const auto gathered = Exporter::gather(m_journal, wanted);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!gathered.ok())
            text = gathered.error().message;
        else if (!Exporter::write(buffer, *gathered, wanted, &error))
            text = error;
        else
            text = QString::fromUtf8(buffer.data());
        m_preview->showText(text);
    }
    QGuiApplication::restoreOverrideCursor();
}

QImage ExportDialog::previewImage() const
{
    return m_preview->image();
}

QString ExportDialog::previewText() const
{
    return m_preview->text();
}

void ExportDialog::remember()
{
    m_settings.setValue(Settings::Key::ReportName, m_name->text().simplified());
    m_settings.setValue(Settings::Key::ExportNotes, m_notes->isChecked());
}

bool ExportDialog::exportTo(const QString &path)
{
    m_lastError.clear();
    const ExportRequest wanted = request();
    const auto gathered = Exporter::gather(m_journal, wanted);
    if (!gathered.ok()) {
        m_lastError = tr("The journal cannot be read: %1").arg(gathered.error().message);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = Exporter::writeFile(path, *gathered, wanted, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        m_lastError = error;
        return false;
    }
    remember();
    m_settings.setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    m_lastMessage = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

bool ExportDialog::printToFile(const QString &path, const QPageSize &paper)
{
    return printReport(path, paper);
}

bool ExportDialog::printReport(const QString &outputFile, const std::optional<QPageSize> &paper)
{
    m_lastError.clear();
    if (!loadData())
        return false;
    ExportRequest wanted = request();
    wanted.pageSize = paper;
    QString error;
    ReportBackend *reports = ReportBackend::instance(&error);
    const PrintOutcome outcome =
        reports ? reports->print(m_data.readings, m_data.sessions,
                                 Exporter::pdfOptions(wanted, m_data), this, outputFile)
                : PrintOutcome{PrintOutcome::Status::Failed, {}, error};
    if (outcome.status == PrintOutcome::Status::Cancelled)
        return false;
    if (outcome.status == PrintOutcome::Status::Failed) {
        m_lastError = tr("The report could not be printed: %1").arg(outcome.error);
        return false;
    }
    remember();
    m_lastMessage = tr("The report was sent to %1.").arg(outcome.printer);
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const ExportRequest wanted = request();
    QString folder = m_settings.text(Settings::Key::ExportFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(Exporter::suggestedFileName(wanted.format, QDate::currentDate()));
    const QString filter = wanted.format == ExportFormat::Pdf    ? tr("PDF files (*.pdf)")
                           : wanted.format == ExportFormat::Fhir ? tr("JSON files (*.json)")
                                                                 : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!saveAs(path))
        QMessageBox::warning(this, tr("The export was not saved"), m_lastError);
}

bool ExportDialog::saveAs(const QString &path)
{
    if (!exportTo(path))
        return false;
    showDone();
    return true;
}

void ExportDialog::print()
{
    if (printReport({}, std::nullopt))
        showDone();
    else if (!m_lastError.isEmpty())
        QMessageBox::warning(this, tr("The report was not printed"), m_lastError);
}

void ExportDialog::showDone()
{
    // Said here and in the window's status bar; the dialog stays for a second export (the
    // PDF for the doctor, then the CSV for a spreadsheet, say).
    m_done->setText(
        tr("%1 Choose another format or period to export again, or Close.").arg(m_lastMessage));
    m_done->show();
    Q_EMIT exported(m_lastMessage);
}

} // namespace viparita::app
