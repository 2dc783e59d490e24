#pragma once

#include <viparita/core/medication.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace viparita {
class Journal;
}

namespace viparita::app {

class DateField;

/// Adds a medicine, or records a change of one: a new dose, a stop, a start again. Each field
/// is checked by the core's rules on Save; what is wrong is said under the fields (and read
/// by a screen reader) and the dialog stays open with the first wrong field focused.
class MedicationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedicationDialog)

public:
    enum class Mode {
        Add, ///< a new medicine, from the day it was started
        ChangeDose,
        Stop,
        StartAgain, ///< a medicine stopped before, taken again
        Edit,       ///< its name, times of day and whether it is for blood pressure
    };

    /// `medication` is the one changed (ignored when adding). `journal` may be null: Save is
    /// then refused with a message.
    MedicationDialog(Mode mode, Journal *journal, const Medication &medication,
                     QWidget *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *doseField() const { return m_dose; }
    [[nodiscard]] DateField *dayField() const { return m_day; }
    [[nodiscard]] QLineEdit *reasonField() const { return m_reason; }
    [[nodiscard]] QCheckBox *timeBox(DayTime time) const;
    [[nodiscard]] QCheckBox *bloodPressureBox() const { return m_bloodPressure; }
    /// What was wrong at the last Save, empty when nothing was.
    [[nodiscard]] QString problemText() const;

    void accept() override;

private:
    /// Says `problems` under the fields and focuses the first wrong one.
    void showProblems(const QList<MedicationProblem> &problems);

    Mode m_mode;
    Journal *m_journal;
    Medication m_medication;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_dose = nullptr;
    DateField *m_day = nullptr;
    QLineEdit *m_reason = nullptr;
    QList<QCheckBox *> m_times;
    QCheckBox *m_bloodPressure = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace viparita::app
