#pragma once

#include <viparita/core/sequence_library.h>

#include <QAbstractListModel>
#include <QIcon>

namespace viparita::app {

/// The sequences of a SequenceLibrary as a list: loaded ones to choose from,
/// broken user files with their errors.
class SequenceListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the sequence id; empty for a broken file
        ErrorsRole,                ///< the errors of a broken file, as text
        SourceRole,                ///< the file the entry came from
    };

    explicit SequenceListModel(QList<SequenceLibrary::Entry> entries, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The entry at `row`, or nullptr when out of range.
    [[nodiscard]] const SequenceLibrary::Entry *entry(int row) const;
    /// The row of the sequence with this id, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    /// "10 min 30 s", "12 min", "45 s".
    [[nodiscard]] static QString lengthText(int seconds);
    /// "1 step", "7 steps".
    [[nodiscard]] static QString stepsText(int count);

private:
    QList<SequenceLibrary::Entry> m_entries;
    QIcon m_sequenceIcon;
    mutable QIcon m_brokenIcon; ///< looked up when first shown
};

} // namespace viparita::app
