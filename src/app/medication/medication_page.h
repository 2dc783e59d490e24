#pragma once

#include <viparita/core/medication.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace viparita {
class Journal;
}

namespace viparita::app {

class JournalWatch;
class MedicationDialog;

/// The medicines a person takes and each change of their course, for the doctor's report:
/// add a medicine, change its dose, stop it, start it again, take back a change entered by
/// mistake, change its name or times, delete a medicine. The list is a tree: a medicine a row,
/// its changes under it. From the keyboard: the list takes the focus, arrows move and open a
/// medicine, the buttons have their mnemonics, F2 edits the selected medicine, Delete deletes
/// it (after asking).
class MedicationPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedicationPage)

public:
    /// The journal (`journal.journal()`) may be null: the list is then empty.
    explicit MedicationPage(JournalWatch &journal, QWidget *parent = nullptr);

    /// Reads the journal again (done by itself after every change of the medication).
    void reload();
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] const QList<Medication> &medications() const { return m_medications; }
    /// The medicine of the selected row (or of the change selected), none when none is.
    [[nodiscard]] const Medication *selected() const;
    /// Opens the dialog for `mode` on the selected medicine (any for Add); the dialog is shown
    /// modal and deleted when closed. Null when that mode does not apply to the selection.
    MedicationDialog *openDialog(int mode);
    /// Takes back the latest change of the selected medicine; false when none was taken back.
    bool undoLatestChange();
    /// Deletes the selected medicine (without asking: the Delete button asks first).
    bool deleteSelected();

Q_SIGNALS:
    /// The list changed here (added, changed, stopped, deleted).
    void medicationChanged();

private:
    void updateButtons();
    void select(qint64 medicationId);

    Journal *m_journal;
    QList<Medication> m_medications;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace viparita::app
