#include "exchange/import_dialog.h"

#include "exchange/import_columns.h"
#include "settings/settings.h"

#include <viparita/report/csv_column_guess.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr qint64 largestFile = 64 * 1024 * 1024;
constexpr int previewRows = 10;
} // namespace

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
    auto *chooseButton = new QPushButton(tr("&Choose a file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(chooseButton);

    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(u"kindLabel"_s);
    m_kindLabel->setWordWrap(true);

    // Another app's fields may be separated by semicolons or tabs: found from the header,
    // and chosen here when that guess is wrong.
    m_separatorRow = new QWidget(this);
    auto *separatorLayout = new QHBoxLayout(m_separatorRow);
    separatorLayout->setContentsMargins(0, 0, 0, 0);
    m_separator = new QComboBox(m_separatorRow);
    m_separator->setObjectName(u"separatorCombo"_s);
    m_separator->setAccessibleName(tr("Fields separated by"));
    m_separator->addItem(tr("Commas ( , )"), QChar(u','));
    m_separator->addItem(tr("Semicolons ( ; )"), QChar(u';'));
    m_separator->addItem(tr("Tabs"), QChar(u'\t'));
    auto *separatorLabel = new QLabel(tr("Fields separated &by:"), m_separatorRow);
    separatorLabel->setBuddy(m_separator);
    separatorLayout->addWidget(separatorLabel);
    separatorLayout->addWidget(m_separator);
    separatorLayout->addStretch(1);
    m_separatorRow->hide();
    connect(m_separator, &QComboBox::activated, this, [this] { setSeparator(separator()); });

    m_mapping = new ImportColumns(this);
    connect(m_mapping, &ImportColumns::changed, this, &ImportDialog::reread);

    m_preview = new QTableWidget(0, 6, this);
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Date and time"), tr("mmHg"), tr("Pulse"), tr("Note"), tr("Problem")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(220);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_badRows = new QPlainTextEdit(this);
    m_badRows->setObjectName(u"badRowsText"_s);
    m_badRows->setReadOnly(true);
    m_badRows->setMaximumHeight(90);
    m_badRows->hide();
    m_skipBad = new QCheckBox(tr("&Skip the bad rows and import the others"), this);
    m_skipBad->setObjectName(u"skipBadRows"_s);
    m_skipBad->hide();
    connect(m_skipBad, &QCheckBox::toggled, this,
            [this] { m_importButton->setEnabled(canImport()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    layout->addWidget(m_separatorRow);
    layout->addWidget(m_mapping);
    layout->addWidget(new QLabel(tr("The first rows, as they will be read:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_badRows);
    layout->addWidget(m_skipBad);
    layout->addWidget(buttons);
    m_mapping->hide();
    resize(720, 620);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    QString folder = m_settings.text(Settings::Key::ExportFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import readings"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_lastError.clear();
    m_path = path;
    m_bytes.clear();
    m_records.clear();
    m_header.clear();
    m_result = CsvImportResult();
    m_dryRun.reset();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    const auto refuse = [this](const QString &reason) {
        m_lastError = reason;
        m_kindLabel->setText(reason);
        m_mapping->hide();
        m_preview->setRowCount(0);
        m_summary->clear();
        m_badRows->hide();
        m_skipBad->hide();
        m_importButton->setEnabled(false);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > largestFile)
        return refuse(tr("%1 is too large to be a file of readings (%2 MB; at most 64 MB).")
                          .arg(path)
                          .arg(file.size() / (1024 * 1024)));
    m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    m_settings.setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());

    // Viparita's own file reads as it is; a file with other columns is mapped; a file that
    // is not UTF-8 text, or has no header, cannot be read at all.
    const CsvImportResult own = CsvImport::readOwn(m_bytes);
    m_ownFormat = own.error.isEmpty();
    if (!m_ownFormat && !own.otherAppsFile)
        return refuse(tr("%1: %2").arg(QFileInfo(path).fileName(), own.error));
    const QString text = QString::fromUtf8(m_bytes);
    {
        const QSignalBlocker block(m_separator);
        m_separator->setCurrentIndex(
            std::max(0, m_separator->findData(CsvImport::delimiterOf(text))));
    }
    m_records = CsvImport::parse(text, nullptr, separator());
    if (!m_records.isEmpty())
        m_header = m_records.takeFirst().fields;

    if (m_ownFormat) {
        m_kindLabel->setText(tr("A file of readings exported by Viparita: every column is "
                                "known."));
        m_mapping->hide();
    } else {
        m_kindLabel->setText(tr("A file from another app: choose which column holds what, and "
                                "how its dates are written. The rows below show how they will "
                                "be read."));
        m_mapping->setColumns(m_header, CsvColumnGuess::guess(m_bytes));
        m_mapping->show();
        m_separatorRow->show();
    }
    reread();
    return m_lastError.isEmpty();
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
    // The columns are read again with it, and guessed again from the new header.
    m_records = CsvImport::parse(QString::fromUtf8(m_bytes), nullptr, separator());
    m_header = m_records.isEmpty() ? QStringList() : m_records.takeFirst().fields;
    CsvImport::ColumnMap guess = CsvColumnGuess::guess(m_bytes);
    if (CsvImport::delimiterOf(QString::fromUtf8(m_bytes)) != separator())
        guess = CsvImport::ColumnMap();
    m_mapping->setColumns(m_header, guess);
    reread();
}

void ImportDialog::reread()
{
    m_dryRun.reset();
    if (m_bytes.isEmpty() && m_path.isEmpty())
        return;
    if (m_ownFormat) {
        m_result = CsvImport::readOwn(m_bytes);
    } else {
        QString problem;
        if (auto map = m_mapping->columnMap(problem)) {
            map->delimiter = separator();
            m_result = CsvImport::readMapped(m_bytes, *map);
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
    QSet<int> badLines;
    QHash<int, QString> reasons;
    for (const auto &bad : std::as_const(m_result.badRows)) {
        badLines.insert(bad.line);
        reasons.insert(bad.line, bad.reason);
    }
    const bool fileError = !m_result.error.isEmpty();
    const int rows = int(std::min<qsizetype>(previewRows, m_records.size()));
    m_preview->setRowCount(rows);
    int nextReading = 0;
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const CsvImport::Record &record = m_records.at(row);
        QStringList cells(6);
        cells[0] = QString::number(record.line);
        if (fileError) {
            cells[5] = m_result.error;
        } else if (badLines.contains(record.line)) {
            cells[5] = reasons.value(record.line);
        } else if (nextReading < m_result.readings.size()) {
            const Reading &reading = m_result.readings.at(nextReading++);
            cells[1] = reading.takenAt.toString(u"yyyy-MM-dd HH:mm"_s);
            cells[2] = u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic);
            cells[3] = reading.pulse ? QString::number(*reading.pulse) : QString();
            cells[4] = reading.note;
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!cells.at(5).isEmpty())
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();

    const bool hasBad = !m_result.badRows.isEmpty();
    m_skipBad->setVisible(hasBad && !m_result.readings.isEmpty());
    m_badRows->setVisible(hasBad || fileError);
    QStringList lines;
    if (fileError)
        lines.append(m_result.error);
    for (const auto &bad : std::as_const(m_result.badRows))
        lines.append(tr("Line %1: %2").arg(bad.line).arg(bad.reason));
    m_badRows->setPlainText(lines.join(u'\n'));
    m_summary->setText(summaryText());
    m_importButton->setEnabled(canImport());
}

QString ImportDialog::summaryText() const
{
    if (!m_result.error.isEmpty())
        return tr("The file cannot be read this way: %1.").arg(m_result.error);
    const int good = int(m_result.readings.size());
    const int bad = int(m_result.badRows.size());
    QString text = tr("%1 rows: %2 can be imported, %3 bad.")
                       .arg(good + bad)
                       .arg(good)
                       .arg(bad == 1 ? tr("1 is") : tr("%1 are").arg(bad));
    if (m_result.pulseOnlyRows > 0)
        text +=
            u" "_s +
            (m_result.pulseOnlyRows == 1
                 ? tr("1 row holds a pulse only: it is left out.")
                 : tr("%1 rows hold a pulse only: they are left out.").arg(m_result.pulseOnlyRows));
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
