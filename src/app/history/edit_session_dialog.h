#pragma once

#include <viparita/core/reading.h>
#include <viparita/storage/session_record.h>

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace viparita::app {

/// Puts a saved session right: how the person felt, the note, and each of its readings
/// (changed in the reading editor). Nothing is written until Save; the caller writes
/// feeling(), note() and changedReadings().
class EditSessionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSessionDialog)

public:
    EditSessionDialog(const SessionRecord &session, const QList<Reading> &readings,
                      QWidget *parent = nullptr);

    [[nodiscard]] std::optional<int> feeling() const;
    [[nodiscard]] QString note() const;
    /// The readings changed in the editor, as they are to be saved.
    [[nodiscard]] QList<Reading> changedReadings() const;

    void setFeeling(std::optional<int> feeling);
    void setNote(const QString &note);
    /// Opens the reading editor on reading `row` of the list (as Change does).
    void editReading(int row);

private:
    void showReadings();

    QComboBox *m_feeling = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_readings = nullptr;
    QPushButton *m_changeReading = nullptr;
    QList<Reading> m_current; ///< the readings, with the changes so far
    QList<bool> m_changed;    ///< which of them were changed
};

} // namespace viparita::app
