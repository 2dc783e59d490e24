#include "exchange/import_dialog.h"

#include "exchange/import_columns.h"
#include "settings/settings.h"

#include <viparita/report/apple_health_import.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr qint64 largestFile = 64 * 1024 * 1024;
constexpr int previewRows = 10;
const QColor problemColour(0xb0, 0x1c, 0x1c);

} // namespace

/// Reads an Apple Health export on a thread of its own; the dialog polls its progress.
struct ImportDialog::Worker {
    QThread *thread = nullptr;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    CsvImportResult result; ///< written by the thread, read after it finished
    QTimer poll;
};

ImportDialog::ImportDialog(Settings &settings, Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_journal(journal)
{
    setWindowTitle(tr("Import readings"));
    setObjectName(u"importDialog"_s);

    m_fileLabel = new QLabel(tr("No file chosen."), this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    auto *chooseButton = new QPushButton(tr("&Choose a file…"), this);
    chooseButton->setObjectName(u"chooseFileButton"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(chooseButton);

    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(u"kindLabel"_s);
    m_kindLabel->setWordWrap(true);

    // How the file is read: each setting detected, each adjustable.
    m_settingsBox = new QGroupBox(tr("How the file is read"), this);
    auto *settingsGrid = new QGridLayout(m_settingsBox);
    const auto addSetting = [&](const QString &text, QWidget *field, int row, int column) {
        auto *label = new QLabel(text, m_settingsBox);
        label->setBuddy(field);
        settingsGrid->addWidget(label, row, column * 2, Qt::AlignRight | Qt::AlignVCenter);
        settingsGrid->addWidget(field, row, column * 2 + 1);
    };
    m_source = new QComboBox(m_settingsBox);
    m_source->setObjectName(u"sourceCombo"_s);
    m_source->setAccessibleName(tr("Exported by"));
    m_source->addItem(tr("Another app (columns below)"), QString());
    for (const ImportSource &source : ImportDetect::sources()) {
        if (source.id != u"apple-health"_s)
            m_source->addItem(source.name, source.id);
    }
    addSetting(tr("&Exported by:"), m_source, 0, 0);
    m_encoding = new QComboBox(m_settingsBox);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->setAccessibleName(tr("Text encoding"));
    for (const QString &name : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Windows-1252"_s})
        m_encoding->addItem(name, name);
    addSetting(tr("E&ncoding:"), m_encoding, 0, 1);
    m_separator = new QComboBox(m_settingsBox);
    m_separator->setObjectName(u"separatorCombo"_s);
    m_separator->setAccessibleName(tr("Fields separated by"));
    m_separator->addItem(tr("Commas ( , )"), QChar(u','));
    m_separator->addItem(tr("Semicolons ( ; )"), QChar(u';'));
    m_separator->addItem(tr("Tabs"), QChar(u'\t'));
    addSetting(tr("Fields separated &by:"), m_separator, 1, 0);
    m_headerLine = new QSpinBox(m_settingsBox);
    m_headerLine->setObjectName(u"headerLineSpin"_s);
    m_headerLine->setAccessibleName(tr("Header on line"));
    m_headerLine->setRange(1, 999);
    addSetting(tr("&Header on line:"), m_headerLine, 1, 1);
    settingsGrid->setColumnStretch(1, 1);
    settingsGrid->setColumnStretch(3, 1);
    connect(m_source, &QComboBox::activated, this,
            [this] { setSource(m_source->currentData().toString()); });
    connect(m_encoding, &QComboBox::activated, this,
            [this] { setEncoding(m_encoding->currentData().toString()); });
    connect(m_separator, &QComboBox::activated, this, [this] { setSeparator(separator()); });
    connect(m_headerLine, &QSpinBox::editingFinished, this, [this] {
        if (m_headerLine->value() != m_detection.map.headerLine)
            setHeaderLine(m_headerLine->value());
    });

    m_mapping = new ImportColumns(this);
    connect(m_mapping, &ImportColumns::changed, this, &ImportDialog::reread);
    m_datesLabel = new QLabel(this);
    m_datesLabel->setObjectName(u"datesLabel"_s);
    m_datesLabel->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"readingProgress"_s);
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 1000);
    m_cancelReading = new QPushButton(tr("S&top reading"), this);
    m_cancelReading->setObjectName(u"cancelReadingButton"_s);
    connect(m_cancelReading, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelReading);
    m_progress->hide();
    m_cancelReading->hide();

    m_preview = new QTableWidget(0, 6, this);
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setAccessibleName(tr("The first rows, as they will be read"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Date and time"), tr("mmHg"), tr("Pulse"), tr("Note"), tr("Problem")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(140);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_badRows = new QPlainTextEdit(this);
    m_badRows->setObjectName(u"badRowsText"_s);
    m_badRows->setAccessibleName(tr("The rows that cannot be read"));
    m_badRows->setReadOnly(true);
    m_badRows->setMaximumHeight(80);
    m_badRows->hide();
    m_skipBad = new QCheckBox(tr("&Skip the bad rows and import the others"), this);
    m_skipBad->setObjectName(u"skipBadRows"_s);
    m_skipBad->hide();
    connect(m_skipBad, &QCheckBox::toggled, this, [this] {
        m_summary->setText(summaryText());
        m_importButton->setEnabled(canImport());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
        else
            QMessageBox::warning(this, tr("Nothing was imported"), m_lastError);
    });
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_kindLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_mapping);
    layout->addWidget(m_datesLabel);
    auto *previewLabel = new QLabel(tr("The first rows, as they will be read:"), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_badRows);
    layout->addWidget(m_skipBad);
    layout->addWidget(buttons);
    // Tab follows the page from top to bottom: the file, stopping a long read, how the file is
    // read, the columns, the rows, then the buttons.
    setTabOrder(chooseButton, m_cancelReading);
    setTabOrder(m_cancelReading, m_source);
    m_settingsBox->hide();
    m_mapping->hide();
    m_datesLabel->hide();
    resize(760, 560);
}

ImportDialog::~ImportDialog()
{
    stopWorker();
}

void ImportDialog::reject()
{
    stopWorker();
    QDialog::reject();
}

void ImportDialog::stopWorker()
{
    if (!m_worker)
        return;
    m_worker->cancel = true;
    if (m_worker->thread) {
        m_worker->thread->wait();
        delete m_worker->thread;
    }
    m_worker.reset();
}

void ImportDialog::chooseFile()
{
    QString folder = m_settings.text(Settings::Key::ExportFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import readings"), folder,
                                     tr("Readings (*.csv *.txt *.tsv *.zip *.xml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::refuse(const QString &reason)
{
    m_lastError = reason;
    m_kindLabel->setText(reason);
    m_settingsBox->hide();
    m_mapping->hide();
    m_datesLabel->hide();
    m_progress->hide();
    m_cancelReading->hide();
    m_preview->setRowCount(0);
    m_summary->clear();
    m_badRows->hide();
    m_skipBad->hide();
    m_importButton->setEnabled(false);
    return false;
}

bool ImportDialog::openFile(const QString &path)
{
    stopWorker();
    m_lastError.clear();
    m_path = path;
    m_bytes.clear();
    m_records.clear();
    m_header.clear();
    m_ownFormat = false;
    m_apple = false;
    m_detection = ImportDetection();
    m_choices = ImportDetect::Choices();
    m_result = CsvImportResult();
    m_dryRun.reset();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    m_settings.setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    const ImportDetection first = ImportDetect::detect(file.peek(64 * 1024));
    if (first.kind == ImportDetection::Kind::AppleHealthXml ||
        first.kind == ImportDetection::Kind::AppleHealthZip) {
        m_detection = first;
        m_apple = true;
        startReadingApple();
        return true;
    }
    if (file.size() > largestFile) {
        const QString kind = ImportDetect::binaryKind(file.peek(64));
        return refuse(kind.isEmpty()
                          ? tr("%1 is too large to be a table of readings (%2 MB; at most "
                               "64 MB).")
                                .arg(name)
                                .arg(file.size() / (1024 * 1024))
                          : tr("%1 is not a file of readings: it looks like %2.").arg(name, kind));
    }
    m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    detect();
    return m_lastError.isEmpty();
}

void ImportDialog::detect()
{
    m_lastError.clear();
    m_detection = ImportDetect::detect(m_bytes, m_choices);
    const QString name = QFileInfo(m_path).fileName();
    if (m_detection.kind == ImportDetection::Kind::NotReadings) {
        refuse(
            tr("%1 is not a file of readings: it looks like %2.").arg(name, m_detection.looksLike));
        return;
    }
    m_ownFormat = m_detection.kind == ImportDetection::Kind::ViparitaCsv;
    const CsvImport::Text text = CsvImport::decode(m_bytes, m_choices.encoding);
    const int headerLine = std::max(m_detection.map.headerLine, 1);
    m_records.clear();
    for (const CsvImport::Record &record :
         CsvImport::parse(text.text, nullptr, m_detection.map.delimiter)) {
        if (record.line > headerLine)
            m_records.append(record);
    }
    m_header = m_detection.header;

    if (m_ownFormat) {
        m_kindLabel->setText(tr("A file of readings exported by Viparita: every column is "
                                "known."));
        m_settingsBox->hide();
        m_mapping->hide();
        m_datesLabel->hide();
    } else {
        m_kindLabel->setText(
            m_detection.source.id.isEmpty()
                ? tr("A table from another app. Its columns are guessed from its header: "
                     "check the rows below, and change what reads them wrong.")
                : tr("Recognised as an export of %1. Check the rows below, and change what "
                     "reads them wrong.")
                      .arg(m_detection.source.name));
        {
            const QSignalBlocker blockSource(m_source), blockEncoding(m_encoding),
                blockSeparator(m_separator), blockLine(m_headerLine);
            m_source->setCurrentIndex(std::max(0, m_source->findData(m_detection.source.id)));
            const QString encoding =
                text.encoding.startsWith(u"UTF-8"_s) ? u"UTF-8"_s : text.encoding;
            m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(encoding)));
            m_separator->setCurrentIndex(
                std::max(0, m_separator->findData(m_detection.map.delimiter)));
            m_headerLine->setValue(headerLine);
        }
        {
            const QSignalBlocker block(m_mapping);
            m_mapping->setColumns(m_header, m_detection.map);
        }
        const bool guessed = text.fallback && m_choices.encoding.isEmpty();
        QStringList notes;
        if (guessed)
            notes.append(tr("The file is not UTF-8: it is read as Windows-1252. Check its "
                            "accented letters."));
        if (!m_detection.problem.isEmpty())
            notes.append(tr("The file cannot be read as it stands: %1. Choose the date format "
                            "or the columns above.")
                             .arg(m_detection.problem));
        else if (!m_detection.dateEvidence.isEmpty())
            notes.append(tr("Dates: %1.").arg(m_detection.dateEvidence));
        m_datesLabel->setText(notes.join(u' '));
        QPalette palette = m_datesLabel->palette();
        palette.setColor(QPalette::WindowText, m_detection.problem.isEmpty()
                                                   ? this->palette().color(QPalette::WindowText)
                                                   : problemColour);
        m_datesLabel->setPalette(palette);
        m_settingsBox->show();
        m_mapping->show();
        m_datesLabel->setVisible(!notes.isEmpty());
    }
    reread();
}

void ImportDialog::setSource(const QString &sourceId)
{
    m_choices = ImportDetect::Choices();
    m_choices.source = sourceId;
    {
        const QSignalBlocker block(m_source);
        m_source->setCurrentIndex(std::max(0, m_source->findData(sourceId)));
    }
    if (!m_bytes.isEmpty())
        detect();
}

void ImportDialog::setEncoding(const QString &encoding)
{
    m_choices.encoding = encoding;
    if (!m_bytes.isEmpty())
        detect();
}

void ImportDialog::setHeaderLine(int line)
{
    m_choices.headerLine = line;
    if (!m_bytes.isEmpty())
        detect();
}

int ImportDialog::headerLine() const
{
    return m_detection.map.headerLine;
}

void ImportDialog::setColumn(Field field, int column)
{
    m_mapping->setColumn(field, column);
}

int ImportDialog::column(Field field) const
{
    return m_mapping->column(field);
}

void ImportDialog::setDateFormat(const QString &format)
{
    m_mapping->setDateFormat(format);
    reread();
}

QString ImportDialog::dateFormat() const
{
    return m_mapping->dateFormat();
}

void ImportDialog::setSkipBadRows(bool skip)
{
    m_skipBad->setChecked(skip);
}

QChar ImportDialog::separator() const
{
    return m_separator->currentData().toChar();
}

void ImportDialog::setSeparator(QChar chosen)
{
    m_separator->setCurrentIndex(std::max(0, m_separator->findData(chosen)));
    if (m_ownFormat || m_bytes.isEmpty())
        return;
    // The header is found again with it, and the columns guessed again from it.
    m_choices.delimiter = chosen;
    m_choices.headerLine = 0;
    detect();
}

bool ImportDialog::isReading() const
{
    return m_worker && m_worker->thread && m_worker->thread->isRunning();
}

void ImportDialog::cancelReading()
{
    if (m_worker)
        m_worker->cancel = true;
}

void ImportDialog::startReadingApple()
{
    m_kindLabel->setText(tr("An Apple Health export: reading its blood pressure. A large export "
                            "takes a while; nothing is imported until you choose Import."));
    m_settingsBox->hide();
    m_mapping->hide();
    m_datesLabel->hide();
    m_preview->setRowCount(0);
    m_summary->clear();
    m_badRows->hide();
    m_skipBad->hide();
    m_importButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelReading->show();

    m_worker = std::make_unique<Worker>();
    Worker *worker = m_worker.get();
    const QString path = m_path;
    const QDateTime now = QDateTime::currentDateTime();
    worker->thread = QThread::create([worker, path, now] {
        worker->result =
            AppleHealthImport::readFile(path, now, [worker](qint64 done, qint64 total) {
                worker->done = done;
                worker->total = total;
                return !worker->cancel.load();
            });
    });
    connect(worker->thread, &QThread::finished, this, &ImportDialog::finishReadingApple,
            Qt::QueuedConnection);
    worker->poll.setInterval(100);
    connect(&worker->poll, &QTimer::timeout, this, [this, worker] {
        const qint64 total = worker->total;
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, worker->done * 1000 / total)));
    });
    worker->poll.start();
    worker->thread->start(QThread::LowPriority);
    m_cancelReading->setFocus();
}

void ImportDialog::finishReadingApple()
{
    if (!m_worker || !m_worker->thread || m_worker->thread->isRunning())
        return;
    m_worker->poll.stop();
    m_worker->thread->wait();
    const bool cancelled = m_worker->cancel.load();
    CsvImportResult result = std::move(m_worker->result);
    delete m_worker->thread;
    m_worker.reset();
    m_progress->hide();
    m_cancelReading->hide();
    if (cancelled) {
        m_result = CsvImportResult();
        refuse(
            tr("Reading %1 was stopped: nothing was imported.").arg(QFileInfo(m_path).fileName()));
    } else if (!result.error.isEmpty()) {
        m_result = CsvImportResult();
        refuse(tr("%1 cannot be read: %2.").arg(QFileInfo(m_path).fileName(), result.error));
    } else {
        m_result = std::move(result);
        m_kindLabel->setText(tr("An Apple Health export: its blood-pressure readings, each with "
                                "the pulse the same app recorded at that moment."));
        if (!m_result.readings.isEmpty()) {
            const auto dryRun = m_journal.importReadings(m_result.readings, true);
            if (dryRun.ok())
                m_dryRun = *dryRun;
        }
        showPreview();
        m_importButton->setFocus();
    }
    Q_EMIT readingFinished();
}

void ImportDialog::reread()
{
    m_dryRun.reset();
    if (m_apple || (m_bytes.isEmpty() && m_path.isEmpty()))
        return;
    if (m_ownFormat) {
        m_result = CsvImport::readOwn(m_bytes);
    } else {
        QString problem;
        if (auto map = m_mapping->columnMap(problem)) {
            map->delimiter = m_detection.map.delimiter;
            map->headerLine = m_detection.map.headerLine;
            map->encoding = m_choices.encoding;
            m_result = CsvImport::readMapped(m_bytes, m_detection.table, *map);
        } else {
            m_result = CsvImportResult();
            m_result.error = problem;
        }
    }
    if (m_result.error.isEmpty() && !m_result.readings.isEmpty()) {
        const auto dryRun = m_journal.importReadings(m_result.readings, true);
        if (dryRun.ok())
            m_dryRun = *dryRun;
    }
    showPreview();
}

void ImportDialog::showPreview()
{
    QHash<int, QString> reasons;
    for (const auto &bad : std::as_const(m_result.badRows))
        reasons.insert(bad.line, bad.reason);
    QHash<int, qsizetype> readingAt;
    for (qsizetype i = 0; i < m_result.readingLines.size(); ++i)
        readingAt.insert(m_result.readingLines.at(i), i);
    const bool fileError = !m_result.error.isEmpty();
    // The lines to show: a table's first rows; an export's first readings and bad rows.
    QList<int> lines;
    if (m_apple) {
        lines = m_result.readingLines;
        for (const auto &bad : std::as_const(m_result.badRows))
            lines.append(bad.line);
        std::sort(lines.begin(), lines.end());
    } else {
        for (const CsvImport::Record &record : std::as_const(m_records))
            lines.append(record.line);
    }
    const int rows = int(std::min<qsizetype>(previewRows, lines.size()));
    m_preview->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const int line = lines.at(row);
        QStringList cells(6);
        cells[0] = QString::number(line);
        if (fileError) {
            cells[5] = m_result.error;
        } else if (reasons.contains(line)) {
            cells[5] = reasons.value(line);
        } else if (readingAt.contains(line)) {
            const Reading &reading = m_result.readings.at(readingAt.value(line));
            cells[1] = reading.takenAt.toString(u"yyyy-MM-dd HH:mm"_s);
            cells[2] = u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic);
            cells[3] = reading.pulse ? QString::number(*reading.pulse) : QString();
            cells[4] = reading.note;
            if (reading.irregular)
                cells[4] = (tr("Irregular heartbeat") + u"  "_s + cells[4]).trimmed();
        } else {
            cells[4] = tr("(left out: a pulse alone, or not a row of readings)");
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!cells.at(5).isEmpty())
                item->setForeground(problemColour);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();

    const bool hasBad = !m_result.badRows.isEmpty();
    m_skipBad->setVisible(hasBad && !m_result.readings.isEmpty());
    m_badRows->setVisible(hasBad || fileError);
    QStringList problems;
    if (fileError)
        problems.append(m_result.error);
    for (const auto &bad : std::as_const(m_result.badRows))
        problems.append(tr("Line %1: %2").arg(bad.line).arg(bad.reason));
    m_badRows->setPlainText(problems.join(u'\n'));
    m_summary->setText(summaryText());
    m_importButton->setEnabled(canImport());
}

QString ImportDialog::summaryText() const
{
    if (!m_result.error.isEmpty())
        return tr("The file cannot be read this way: %1.").arg(m_result.error);
    const int good = int(m_result.readings.size());
    const int bad = int(m_result.badRows.size());
    // Whole sentences, each with its own count: their words agree with the number in every
    // language.
    QString text =
        tr("%n row(s): %1 can be imported, %2 bad.", nullptr, good + bad).arg(good).arg(bad);
    if (m_result.pulseOnlyRows > 0)
        text +=
            u" "_s + tr("%n row(s) hold a pulse only: left out.", nullptr, m_result.pulseOnlyRows);
    if (m_dryRun && m_dryRun->duplicates > 0)
        text += u" "_s + tr("%1 of them are already in the journal and will be skipped.")
                             .arg(m_dryRun->duplicates);
    if (bad > 0 && !m_skipBad->isChecked())
        text += u" "_s + tr("Nothing is imported while a row is bad, unless you skip the bad "
                            "rows.");
    return text;
}

bool ImportDialog::canImport() const
{
    return m_result.error.isEmpty() && !m_result.readings.isEmpty() &&
           (m_result.badRows.isEmpty() || m_skipBad->isChecked());
}

bool ImportDialog::importNow()
{
    m_lastError.clear();
    if (!canImport()) {
        m_lastError = m_result.error.isEmpty() && m_result.readings.isEmpty()
                          ? tr("The file has no readings to import.")
                          : summaryText();
        return false;
    }
    const auto outcome = m_journal.importReadings(m_result.readings);
    if (!outcome.ok()) {
        m_lastError = tr("The readings were not imported: %1").arg(outcome.error().message);
        return false;
    }
    m_outcome = *outcome;
    QString message =
        tr("Imported %1 from %2.")
            .arg(m_outcome.added == 1 ? tr("1 reading") : tr("%1 readings").arg(m_outcome.added),
                 QFileInfo(m_path).fileName());
    if (m_outcome.duplicates > 0)
        message += u" "_s + tr("%1 already in the journal were skipped.").arg(m_outcome.duplicates);
    if (!m_result.badRows.isEmpty())
        message += u" "_s + (m_result.badRows.size() == 1
                                 ? tr("1 bad row was left out.")
                                 : tr("%1 bad rows were left out.").arg(m_result.badRows.size()));
    m_lastMessage = message;
    return true;
}

} // namespace viparita::app
