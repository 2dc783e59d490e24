#pragma once

#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace viparita::app {

class Settings;

/// Entering one to three blood-pressure readings of one moment: before,
/// during or after a session, or on their own. Each reading shows its
/// category as it is typed; a crisis before a session needs an explicit
/// confirmation, and a low reading or a sharp drop shows what to do.
class ReadingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingDialog)

public:
    enum class Purpose { Before, During, After, Standalone };
    static constexpr int maxReadings = 3;

    ReadingDialog(Purpose purpose, Settings &settings, std::optional<Measurement> before,
                  QWidget *parent = nullptr);

    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    /// The readings entered, each at the time its row was completed.
    [[nodiscard]] QList<Reading> readings() const;
    /// The mean of the valid rows, if any.
    [[nodiscard]] std::optional<Measurement> measurement() const;

    /// Fills a row as a person would type it (for tests and scripting).
    void enter(int row, const QString &systolic, const QString &diastolic,
               const QString &pulse = {});
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QString rowStatus(int row) const;
    [[nodiscard]] bool canSave() const;

private:
    struct Row {
        QLineEdit *systolic = nullptr;
        QLineEdit *diastolic = nullptr;
        QLineEdit *pulse = nullptr;
        QLabel *status = nullptr;
        std::optional<Reading> reading;
        QDateTime completedAt;
    };

    void addRow();
    void refresh();
    void updateRow(Row &row);

    Purpose m_purpose;
    Settings &m_settings;
    std::optional<Measurement> m_before;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;
    QPushButton *m_addRow = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_alert = nullptr;
    QCheckBox *m_startAnyway = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace viparita::app
