#pragma once

#include "exchange/import_columns.h"

#include <viparita/report/csv_import.h>
#include <viparita/storage/journal.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace viparita::app {

class Settings;

/// File > Import: readings from a CSV file. Viparita's own export is read as it is; another
/// app's file is read with the columns and date format the person chooses, with the first
/// rows shown as they will be read. All or nothing: a file with bad rows imports nothing
/// unless the person chooses to skip them; readings already in the journal are skipped.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// The values a column can hold (ImportColumns::Field).
    using Field = ImportColumns::Field;

    ImportDialog(Settings &settings, Journal &journal, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file and guesses which column holds what. False, with the reason shown and
    /// in lastError(), when it cannot be read.
    bool openFile(const QString &path);
    /// Viparita's own readings CSV: no columns to choose.
    [[nodiscard]] bool isOwnFormat() const { return m_ownFormat; }
    /// The column (from 0) that holds `field`; -1 for none.
    void setColumn(Field field, int column);
    [[nodiscard]] int column(Field field) const;
    void setDateFormat(const QString &format);
    [[nodiscard]] QString dateFormat() const;
    void setSkipBadRows(bool skip);
    /// What separates the fields of another app's file: detected from its header, and
    /// chosen here when the guess is wrong (',', ';' or a tab).
    void setSeparator(QChar separator);
    [[nodiscard]] QChar separator() const;

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

private:
    void chooseFile();
    void reread();
    void showPreview();

    Settings &m_settings;
    Journal &m_journal;
    QString m_path;
    QByteArray m_bytes;
    QList<CsvImport::Record> m_records; ///< the data rows, header left out
    QStringList m_header;
    bool m_ownFormat = false;
    CsvImportResult m_result;
    std::optional<ImportOutcome> m_dryRun;
    ImportOutcome m_outcome;
    QString m_lastError;
    QString m_lastMessage;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    ImportColumns *m_mapping = nullptr;
    QComboBox *m_separator = nullptr;
    QWidget *m_separatorRow = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_badRows = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace viparita::app
