#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace viparita {
class Journal;
}

namespace viparita::app {

class HistoryFilter;
class HistoryModel;
class JournalWatch;
class Settings;

/// Sessions and readings in one list, filtered by dates and kind: add readings, change and
/// delete readings and sessions (with Undo). From the keyboard: Enter or F2 changes the
/// selected row, Delete deletes it, Ctrl+Z undoes; the context menu has the same.
class HistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    /// The journal (`journal.journal()`) may be null: the list is then empty.
    HistoryPage(Settings &settings, JournalWatch &journal, QWidget *parent = nullptr);

    /// Reads the journal again (done by itself after every change to the journal while the
    /// page is shown).
    void reload();
    [[nodiscard]] HistoryModel *model() const { return m_model; }
    [[nodiscard]] HistoryFilter *filter() const { return m_filter; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    /// Deletes the reading or the session (with its readings) in the selected row, undoably;
    /// false when nothing is selected or it could not be deleted.
    bool deleteSelected();
    /// Undoes the last delete.
    bool undoDelete();
    /// Opens the editor for the selected reading or session.
    void editSelected();

Q_SIGNALS:
    void addReadingRequested();

private:
    void updateButtons();
    /// Adds the next older stretch of the journal to the list.
    void loadOlder();
    /// Loads the list back to `day` (or all of it for an invalid date).
    void loadBackTo(const QDate &day);
    void loadWindow(const QDate &from, const std::optional<QDate> &to);

    Settings &m_settings;
    Journal *m_journal;
    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QTableView *m_view = nullptr;
    QComboBox *m_show = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    /// What was deleted, last last: a session (true) or a reading (false), and its id.
    QList<std::pair<bool, qint64>> m_deleted;
    QDate m_loadedFrom;              ///< the oldest day in the list
    std::optional<QDate> m_firstDay; ///< the journal's oldest day
};

} // namespace viparita::app
