#pragma once

#include <QWidget>

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
class Settings;

/// Sessions and readings in one list, filtered by dates and kind: add,
/// change and delete readings (with Undo).
class HistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    HistoryPage(Settings &settings, Journal *journal, QWidget *parent = nullptr);

    /// Reads the journal again.
    void reload();
    [[nodiscard]] HistoryModel *model() const { return m_model; }
    [[nodiscard]] HistoryFilter *filter() const { return m_filter; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    /// Deletes the reading in the selected row (undoable); false when the row is not a reading.
    bool deleteSelected();
    /// Undoes the last delete.
    bool undoDelete();
    /// Opens the editor for the selected reading.
    void editSelected();

Q_SIGNALS:
    void addReadingRequested();
    void journalChanged();

private:
    void updateButtons();

    Settings &m_settings;
    Journal *m_journal;
    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QTableView *m_view = nullptr;
    QComboBox *m_show = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QList<qint64> m_deleted;
};

} // namespace viparita::app
