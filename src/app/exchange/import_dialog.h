#pragma once

#include "exchange/import_columns.h"

#include <viparita/report/csv_import.h>
#include <viparita/report/import_detect.h>
#include <viparita/storage/journal.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace viparita::app {

class Settings;

/// File > Import: readings from Viparita's own CSV, another app's export or Apple Health's
/// export.zip. What the file is (its source, encoding, delimiter, header line, columns and
/// date format) is detected and shown, each adjustable, with the first rows as they will be
/// read. An Apple Health export (often hundreds of megabytes) is read in the background with
/// a progress bar and a Cancel button. All or nothing: a file with bad rows imports nothing
/// unless the person chooses to skip them; readings already in the journal are skipped.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// The values a column can hold (ImportColumns::Field).
    using Field = ImportColumns::Field;

    ImportDialog(Settings &settings, Journal &journal, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file and finds what it is. False, with the reason shown and in lastError(),
    /// when it cannot be read. An Apple Health export goes on being read after this returns
    /// (isReading()); readingFinished() tells when it is done.
    bool openFile(const QString &path);
    /// Viparita's own readings CSV: no columns to choose.
    [[nodiscard]] bool isOwnFormat() const { return m_ownFormat; }
    /// The app the file was recognised as (or chosen as); empty when none.
    [[nodiscard]] ImportSource source() const { return m_detection.source; }
    /// Reads the file as `sourceId`'s export (ImportDetect::sources()); empty to recognise it.
    void setSource(const QString &sourceId);
    /// The column (from 0) that holds `field`; -1 for none.
    void setColumn(Field field, int column);
    [[nodiscard]] int column(Field field) const;
    void setDateFormat(const QString &format);
    [[nodiscard]] QString dateFormat() const;
    void setSkipBadRows(bool skip);
    /// What separates the fields of another app's file: detected, and chosen here when the
    /// detection is wrong (',', ';' or a tab).
    void setSeparator(QChar separator);
    [[nodiscard]] QChar separator() const;
    /// The encoding the file is read in: empty to detect it ("UTF-8", "Windows-1252", ...).
    void setEncoding(const QString &encoding);
    /// The line the header is on: 0 to detect it.
    void setHeaderLine(int line);
    [[nodiscard]] int headerLine() const;

    /// An Apple Health export is being read in the background.
    [[nodiscard]] bool isReading() const;
    /// Stops reading it: nothing of it is kept, nothing imported.
    void cancelReading();

    /// The file read as the choices say.
    [[nodiscard]] const CsvImportResult &result() const { return m_result; }
    /// "100 rows: 97 can be imported, 3 are bad ..."
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool canImport() const;

    /// Imports (in one transaction). False, with lastError(), when nothing was imported.
    bool importNow();
    [[nodiscard]] ImportOutcome outcome() const { return m_outcome; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// What the import did, for the status bar.
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    /// Reading an Apple Health export ended: finished, failed or cancelled.
    void readingFinished();

public Q_SLOTS:
    /// Closes without importing; an export still being read stops first.
    void reject() override;

private:
    void chooseFile();
    /// Detects what m_bytes is, keeping to m_choices, and shows it.
    void detect();
    void reread();
    void showPreview();
    bool refuse(const QString &reason);
    void startReadingApple();
    void finishReadingApple();
    void stopWorker();

    Settings &m_settings;
    Journal &m_journal;
    QString m_path;
    QByteArray m_bytes;
    QList<CsvImport::Record> m_records; ///< the data rows, header left out
    QStringList m_header;
    bool m_ownFormat = false;
    bool m_apple = false;
    ImportDetection m_detection;
    ImportDetect::Choices m_choices;
    CsvImportResult m_result;
    std::optional<ImportOutcome> m_dryRun;
    ImportOutcome m_outcome;
    QString m_lastError;
    QString m_lastMessage;

    struct Worker;
    std::unique_ptr<Worker> m_worker;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QGroupBox *m_settingsBox = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QSpinBox *m_headerLine = nullptr;
    QLabel *m_datesLabel = nullptr;
    ImportColumns *m_mapping = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelReading = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_badRows = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace viparita::app
