#pragma once

#include "exchange/export_period.h"

#include <viparita/report/export.h>

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace viparita {
class Journal;
} // namespace viparita

namespace viparita::app {

class ExportPreview;
class Settings;

/// File > Export: what to give the doctor (the PDF report, CSV of readings or of sessions,
/// FHIR R4), for which period, under which name, with or without the notes; a preview of the
/// report's first page (or of the file's first lines); and the report printed.
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    using Period = ExportPeriod::Period;

    ExportDialog(Settings &settings, const Journal &journal, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// What the fields ask for now.
    [[nodiscard]] ExportRequest request() const;
    void setFormat(ExportFormat format);
    void setPeriod(Period period);
    /// The one-page report of the home-monitoring week that begins on `firstDay`: a PDF of
    /// its seven days (a change of the format or of the dates makes it the full report again).
    void setWeek(const QDate &firstDay);
    /// Chooses the dates (and the period "Chosen").
    void setDates(const QDate &from, const QDate &to);

    /// Lays out the preview now rather than after the short pause that follows an edit.
    void refreshPreview();
    /// The report's first page as previewed; null for the text formats.
    [[nodiscard]] QImage previewImage() const;
    /// The first lines of a text format's file as previewed.
    [[nodiscard]] QString previewText() const;
    /// "12 readings and 4 sessions, 2026-10-23 to 2026-11-21."
    [[nodiscard]] QString summaryText() const;

    /// Writes the export to `path` (atomically) and remembers the name, the notes choice and
    /// the folder. False, with lastError() naming the path and the reason, when it cannot.
    bool exportTo(const QString &path);
    /// As Export… does once a file is chosen: exportTo(), then says so in the dialog (which
    /// stays open for another export) and emits exported(). False as exportTo().
    bool saveAs(const QString &path);
    /// Prints the report to the PDF file `path` as it would go to a printer with `paper`,
    /// laid out for that paper. False, with lastError(), when it cannot.
    bool printToFile(const QString &path, const QPageSize &paper);
    /// Asks for a printer (the print dialog), then prints; the dialog stays open for more.
    void print();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// What the last export or print did, for the status bar.
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    /// An export was written or a report printed: what was done, for the status bar. The
    /// dialog stays open, for another format or period.
    void exported(const QString &message);

private:
    void fieldsChanged();
    void chooseFileAndExport();
    void showDone();
    void remember();
    [[nodiscard]] bool loadData();
    /// Prints to `outputFile`, or, when it is empty, to the printer the print dialog asks for.
    /// False when it fails (lastError() says why) or the dialog is cancelled (no error).
    bool printReport(const QString &outputFile, const std::optional<QPageSize> &paper);

    Settings &m_settings;
    const Journal &m_journal;
    QComboBox *m_format = nullptr;
    ExportPeriod *m_period = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_notes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_done = nullptr; ///< what the last export did, in the dialog
    ExportPreview *m_preview = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    ExportData m_data;           ///< the readings and sessions of the period (PDF's selection)
    DateRange m_loadedRange;     ///< the period m_data was read for
    std::optional<QDate> m_week; ///< the week of setWeek()
    bool m_loaded = false;
    QString m_lastError;
    QString m_lastMessage;
};

} // namespace viparita::app
