#include "import_dialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr qint64 largestFile = 64 * 1024 * 1024;
constexpr int previewRows = 10;
const QList<ImportDialog::Field> allFields{
    ImportDialog::Field::When,      ImportDialog::Field::Time,  ImportDialog::Field::Systolic,
    ImportDialog::Field::Diastolic, ImportDialog::Field::Pulse, ImportDialog::Field::Note};

QString fieldLabel(ImportDialog::Field field)
{
    switch (field) {
    case ImportDialog::Field::When:
        return ImportDialog::tr("&Date (or date and time):");
    case ImportDialog::Field::Time:
        return ImportDialog::tr("&Time:");
    case ImportDialog::Field::Systolic:
        return ImportDialog::tr("&Systolic:");
    case ImportDialog::Field::Diastolic:
        return ImportDialog::tr("D&iastolic:");
    case ImportDialog::Field::Pulse:
        return ImportDialog::tr("&Pulse:");
    case ImportDialog::Field::Note:
        return ImportDialog::tr("&Note:");
    }
    return {};
}

/// The first header that holds one of `words` (without case), not yet taken; -1 if none.
int findHeader(const QStringList &header, const QStringList &words, const QSet<int> &taken,
               const QStringList &unless = {})
{
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).toLower();
        if (taken.contains(i))
            continue;
        const auto has = [&name](const QString &word) { return name.contains(word); };
        if (std::any_of(words.cbegin(), words.cend(), has) &&
            std::none_of(unless.cbegin(), unless.cend(), has))
            return i;
    }
    return -1;
}

/// A date format that reads `sample`, or empty for ISO 8601.
QString guessDateFormat(const QString &sample)
{
    const QString text = sample.trimmed();
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}"_s);
    if (text.isEmpty() || iso.match(text).hasMatch())
        return {};
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(\\s+\\d{1,2}:\\d{2})?"_s);
    static const QRegularExpression slashed(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(\\s+\\d{1,2}:\\d{2})?"_s);
    QString date;
    bool hasTime = false;
    if (const auto match = dotted.match(text); match.hasMatch()) {
        date = u"d.M.yyyy"_s;
        hasTime = match.capturedLength(4) > 0;
    } else if (const auto found = slashed.match(text); found.hasMatch()) {
        // Month first only where it must be (a first number over 12 is a day) or is the custom.
        const int first = found.captured(1).toInt();
        const bool monthFirst =
            first <= 12 && QLocale().territory() == QLocale::UnitedStates;
        date = monthFirst ? u"M/d/yyyy"_s : u"d/M/yyyy"_s;
        hasTime = found.capturedLength(4) > 0;
    } else {
        return {};
    }
    return hasTime ? date + u" H:mm"_s : date;
}

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

    m_mapping = new QGroupBox(tr("Which column holds what"), this);
    auto *form = new QFormLayout(m_mapping);
    for (const Field field : allFields) {
        auto *box = new QComboBox(m_mapping);
        box->setObjectName(u"column%1"_s.arg(QString::fromLatin1(
            QMetaEnum::fromType<Field>().valueToKey(int(field)))));
        form->addRow(fieldLabel(field), box);
        m_columns.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    }
    m_dateFormat = new QComboBox(m_mapping);
    m_dateFormat->setObjectName(u"dateFormatCombo"_s);
    m_dateFormat->setEditable(true);
    m_dateFormat->addItem(tr("ISO 8601 (2026-11-21 07:30)"), QString());
    for (const QString &format :
         {u"d.M.yyyy"_s, u"d.M.yyyy H:mm"_s, u"d/M/yyyy"_s, u"d/M/yyyy H:mm"_s, u"M/d/yyyy"_s,
          u"M/d/yyyy H:mm"_s, u"M/d/yyyy h:mm AP"_s, u"yyyy-MM-dd H:mm"_s})
        m_dateFormat->addItem(format, format);
    m_dateFormat->setToolTip(tr("How the dates are written: d day, M month, yyyy year, H hour, "
                                "mm minutes, AP for AM/PM. A time column is read as 7:30 or "
                                "07:30:15."));
    form->addRow(tr("Date &format:"), m_dateFormat);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_dateFormat, &QComboBox::editTextChanged, this, &ImportDialog::reread);

    m_preview = new QTableWidget(0, 6, this);
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Date and time"), tr("mmHg"),
                                          tr("Pulse"), tr("Note"), tr("Problem")});
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
    connect(m_skipBad, &QCheckBox::toggled, this, [this] {
        m_importButton->setEnabled(canImport());
    });

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

QComboBox *ImportDialog::combo(Field field) const
{
    return m_columns.at(allFields.indexOf(field));
}

void ImportDialog::chooseFile()
{
    QString folder = m_settings.text(Settings::Key::ExportFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import readings"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
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
    if (!m_ownFormat && !own.error.startsWith(u"not a Viparita readings CSV"_s))
        return refuse(tr("%1: %2").arg(QFileInfo(path).fileName(), own.error));
    m_records = CsvImport::parse(QString::fromUtf8(m_bytes));
    if (!m_records.isEmpty())
        m_header = m_records.takeFirst().fields;

    {
        const QSignalBlocker blockFormat(m_dateFormat);
        for (QComboBox *box : std::as_const(m_columns)) {
            const QSignalBlocker block(box);
            box->clear();
            box->addItem(tr("(none)"), -1);
            for (int i = 0; i < m_header.size(); ++i)
                box->addItem(tr("%1: %2").arg(i + 1).arg(m_header.at(i).left(40)), i);
        }
    }
    if (m_ownFormat) {
        m_kindLabel->setText(tr("A file of readings exported by Viparita: every column is "
                                "known."));
        m_mapping->hide();
    } else {
        m_kindLabel->setText(tr("A file from another app: choose which column holds what, and "
                                "how its dates are written. The rows below show how they will "
                                "be read."));
        m_mapping->show();
        guessColumns();
    }
    reread();
    return m_lastError.isEmpty();
}

void ImportDialog::guessColumns()
{
    QSet<int> taken;
    const auto pick = [&](Field field, const QStringList &words, const QStringList &unless = {}) {
        const int found = findHeader(m_header, words, taken, unless);
        if (found >= 0)
            taken.insert(found);
        QComboBox *box = combo(field);
        const QSignalBlocker block(box);
        box->setCurrentIndex(std::max(0, box->findData(found)));
        return found;
    };
    const int when = pick(Field::When, {u"date"_s, u"day"_s, u"when"_s});
    const bool whenHasTime = when >= 0 && m_header.at(when).toLower().contains(u"time"_s);
    if (!whenHasTime)
        pick(Field::Time, {u"time"_s, u"hour"_s, u"clock"_s});
    if (when < 0)
        pick(Field::When, {u"time"_s});
    pick(Field::Systolic, {u"sys"_s, u"upper"_s, u"sbp"_s});
    pick(Field::Diastolic, {u"dia"_s, u"lower"_s, u"dbp"_s});
    pick(Field::Pulse, {u"pulse"_s, u"heart"_s, u"bpm"_s, u"hr"_s});
    pick(Field::Note, {u"note"_s, u"comment"_s, u"remark"_s, u"memo"_s});

    const int whenColumn = column(Field::When);
    QString sample;
    if (whenColumn >= 0 && !m_records.isEmpty() && whenColumn < m_records.first().fields.size())
        sample = m_records.first().fields.at(whenColumn);
    const QString format = guessDateFormat(sample);
    const QSignalBlocker block(m_dateFormat);
    const int index = m_dateFormat->findData(format);
    if (index >= 0)
        m_dateFormat->setCurrentIndex(index);
    else
        m_dateFormat->setEditText(format);
}

void ImportDialog::setColumn(Field field, int column)
{
    QComboBox *box = combo(field);
    box->setCurrentIndex(std::max(0, box->findData(column)));
}

int ImportDialog::column(Field field) const
{
    return combo(field)->currentData().toInt();
}

void ImportDialog::setDateFormat(const QString &format)
{
    const int index = m_dateFormat->findData(format);
    if (index >= 0)
        m_dateFormat->setCurrentIndex(index);
    else
        m_dateFormat->setEditText(format);
    reread();
}

QString ImportDialog::dateFormat() const
{
    // An item chosen from the list carries its format; text typed in is the format itself.
    const int index = m_dateFormat->findText(m_dateFormat->currentText());
    if (index >= 0)
        return m_dateFormat->itemData(index).toString();
    return m_dateFormat->currentText().trimmed();
}

void ImportDialog::setSkipBadRows(bool skip)
{
    m_skipBad->setChecked(skip);
}

void ImportDialog::reread()
{
    m_dryRun.reset();
    if (m_bytes.isEmpty() && m_path.isEmpty())
        return;
    if (m_ownFormat) {
        m_result = CsvImport::readOwn(m_bytes);
    } else {
        CsvImport::ColumnMap map;
        const auto columnOf = [this](Field field) -> std::optional<CsvImport::Column> {
            const int index = column(field);
            if (index < 0)
                return std::nullopt;
            return CsvImport::Column(index + 1);
        };
        if (column(Field::Time) >= 0) {
            map.date = columnOf(Field::When);
            map.time = columnOf(Field::Time);
        } else {
            map.datetime = columnOf(Field::When);
        }
        map.systolic = columnOf(Field::Systolic);
        map.diastolic = columnOf(Field::Diastolic);
        map.pulse = columnOf(Field::Pulse);
        map.note = columnOf(Field::Note);
        map.dateFormat = dateFormat();
        if (!map.date && !map.datetime) {
            m_result = CsvImportResult();
            m_result.error = tr("choose the column with the date");
        } else if (!map.systolic || !map.diastolic) {
            m_result = CsvImportResult();
            m_result.error = tr("choose the columns with the systolic and diastolic values");
        } else {
            m_result = CsvImport::readMapped(m_bytes, map);
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
    QString message = tr("Imported %1 from %2.")
                          .arg(m_outcome.added == 1 ? tr("1 reading")
                                                    : tr("%1 readings").arg(m_outcome.added),
                               QFileInfo(m_path).fileName());
    if (m_outcome.duplicates > 0)
        message += u" "_s + tr("%1 already in the journal were skipped.").arg(m_outcome.duplicates);
    if (!m_result.badRows.isEmpty())
        message += u" "_s + tr("%1 bad rows were left out.").arg(m_result.badRows.size());
    m_lastMessage = message;
    return true;
}

} // namespace viparita::app
