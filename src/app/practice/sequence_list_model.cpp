#include "practice/sequence_list_model.h"

#include "appearance/theme.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

SequenceListModel::SequenceListModel(QList<SequenceLibrary::Entry> entries, QObject *parent)
    : QAbstractListModel(parent)
    , m_entries(std::move(entries))
    , m_sequenceIcon(Theme::appIcon())
{}

int SequenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString SequenceListModel::lengthText(int seconds)
{
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return tr("%1 s").arg(rest);
    if (rest == 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

QString SequenceListModel::stepsText(int count)
{
    return count == 1 ? tr("1 step") : tr("%1 steps").arg(count);
}

QVariant SequenceListModel::data(const QModelIndex &index, int role) const
{
    const SequenceLibrary::Entry *item = entry(index.row());
    if (!item || index.parent().isValid())
        return {};
    const auto &sequence = item->sequence;
    QStringList errors;
    for (const Diagnostic &error : item->errors)
        errors.append(error.toString());

    switch (role) {
    case Qt::DisplayRole:
        if (sequence) {
            return tr("%1\n%2 · %3")
                .arg(sequence->title, lengthText(sequence->practiceSeconds()),
                     stepsText(static_cast<int>(sequence->steps.size())));
        }
        return tr("%1\nCould not be loaded").arg(item->source.section(u'/', -1));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString().replace(u'\n', u", "_s);
    case Qt::ToolTipRole:
        return sequence ? sequence->description : errors.join(u'\n');
    case Qt::DecorationRole:
        if (sequence)
            return m_sequenceIcon;
        // Looked up in the icon theme only when a sequence is broken: the lookup is slow,
        // and most people never see this icon.
        if (m_brokenIcon.isNull())
            m_brokenIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return m_brokenIcon;
    case IdRole:
        return sequence ? sequence->id : QString();
    case ErrorsRole:
        return errors.join(u'\n');
    case SourceRole:
        return item->source;
    default:
        return {};
    }
}

QHash<int, QByteArray> SequenceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "sequenceId");
    names.insert(ErrorsRole, "errors");
    names.insert(SourceRole, "source");
    return names;
}

const SequenceLibrary::Entry *SequenceListModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int SequenceListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).sequence && m_entries.at(row).sequence->id == id)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace viparita::app
