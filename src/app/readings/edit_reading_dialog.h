#pragma once

#include <viparita/core/reading.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace viparita::app {

/// Changes one saved reading: its time, values, arm, position, flag and note.
/// Every rule is checked as it is typed; Save is possible only when none is broken.
class EditReadingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditReadingDialog)

public:
    explicit EditReadingDialog(const Reading &reading, QWidget *parent = nullptr);

    /// The reading as edited (valid only when canSave()).
    [[nodiscard]] Reading reading() const;
    [[nodiscard]] bool canSave() const;
    [[nodiscard]] QString problems() const;
    void setValues(const QString &systolic, const QString &diastolic, const QString &pulse);

private:
    void refresh();

    Reading m_original;
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_systolic = nullptr;
    QLineEdit *m_diastolic = nullptr;
    QLineEdit *m_pulse = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;
    QCheckBox *m_irregular = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace viparita::app
