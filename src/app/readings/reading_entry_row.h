#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/reading.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <array>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace viparita::app {

/// One reading as a person types it: systolic, diastolic and pulse fields, and under them
/// a line that shows the reading's category as it is typed, or what is wrong with it. The
/// dialogs that take readings lay rows out in their grid and read them back.
class ReadingEntryRow final {
    Q_DECLARE_TR_FUNCTIONS(viparita::app::ReadingEntryRow)

public:
    /// The fields of row `index` (object names "systolic0", "diastolic0", "pulse0",
    /// "status0"), children of `parent`.
    ReadingEntryRow(int index, QWidget *parent);

    /// Places the fields on `gridRow` of `grid` (three columns from `column`) and the status
    /// under them.
    void placeIn(QGridLayout *grid, int gridRow, int column = 0) const;
    /// The three fields, in the order they are typed.
    [[nodiscard]] std::array<QLineEdit *, 3> fields() const
    {
        return {m_systolic, m_diastolic, m_pulse};
    }
    [[nodiscard]] QLineEdit *firstField() const { return m_systolic; }

    /// Names the row for a screen reader: its fields become "Reading 1: Systolic" and so on.
    void setName(const QString &name);
    void setText(const QString &systolic, const QString &diastolic, const QString &pulse);
    /// What was refused as it was typed, a line a field ("Systolic takes only the digits 0
    /// to 9: “.” was left out. Check the number."); kept until the field is shortened.
    [[nodiscard]] QStringList refusals() const;
    /// Empties the fields without signals, ready for a new reading.
    void clear();
    [[nodiscard]] bool isEmpty() const;
    /// Reads the fields again: a whole, valid reading shows its category under `guideline`;
    /// anything else shows what is missing or wrong.
    void update(Guideline guideline);
    /// The reading typed, when it is whole and valid.
    [[nodiscard]] const std::optional<Reading> &reading() const { return m_reading; }
    /// When the reading became whole (the time it is saved with).
    [[nodiscard]] QDateTime completedAt() const { return m_completedAt; }
    [[nodiscard]] QString status() const;

    /// Reads every row again (update); true when a row holds something that is not a whole,
    /// valid reading.
    static bool updateAll(QList<ReadingEntryRow> &rows, Guideline guideline);
    /// The whole, valid readings of `rows`, each at the time it became whole, with `arm`.
    [[nodiscard]] static QList<Reading> readingsOf(const QList<ReadingEntryRow> &rows,
                                                   std::optional<Arm> arm);
    /// The status of row `row`, or nothing when there is no such row.
    [[nodiscard]] static QString statusOf(const QList<ReadingEntryRow> &rows, int row);

private:
    /// The reading the fields hold, or nothing (m_problem then says why, if anything does).
    std::optional<Reading> readFields();

    QLineEdit *m_systolic = nullptr;
    QLineEdit *m_diastolic = nullptr;
    QLineEdit *m_pulse = nullptr;
    QLabel *m_status = nullptr;
    std::optional<Reading> m_reading;
    QString m_problem;
    QDateTime m_completedAt;
};

} // namespace viparita::app
