#pragma once

#include <viparita/core/sequence_library.h>

#include <QWidget>

class QLabel;
class QListView;

namespace viparita::app {

class SequenceListModel;

/// The first page: the sequences to choose from, with the chosen one's
/// length, steps, props and description.
class HomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(const SequenceLibrary &library, QWidget *parent = nullptr);

    [[nodiscard]] SequenceListModel *model() const { return m_model; }
    /// The id of the chosen sequence, empty when none (or a broken file) is chosen.
    [[nodiscard]] QString currentSequenceId() const;
    void selectSequence(const QString &id);

private:
    void showEntry(int row);

    SequenceListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_props = nullptr;
};

} // namespace viparita::app
