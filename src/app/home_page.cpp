#include "home_page.h"

#include "sequence_list_model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString stepsHtml(const Sequence &sequence)
{
    QString html = u"<p><b>%1</b></p><ol style=\"margin-left: 0; -qt-list-indent: 1;\">"_s.arg(
        HomePage::tr("Steps"));
    for (const Step &step : sequence.steps) {
        const QString length = SequenceListModel::lengthText(step.durationSeconds);
        const QString when =
            step.sides == Sides::Both ? HomePage::tr("%1 each side").arg(length) : length;
        html += u"<li>%1 <span style=\"color: palette(placeholder-text);\">· %2</span></li>"_s.arg(
            step.title.toHtmlEscaped(), when.toHtmlEscaped());
    }
    return html + u"</ol>"_s;
}

} // namespace

HomePage::HomePage(const SequenceLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_model(new SequenceListModel(library.entries(), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(24);

    auto *listColumn = new QVBoxLayout;
    auto *heading = makeLabel(u"sequencesHeading"_s, this, 1.3, true);
    heading->setText(tr("Sequences"));
    listColumn->addWidget(heading);
    m_list = new QListView(this);
    m_list->setObjectName(u"sequenceList"_s);
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(40, 40));
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Sequences"));
    m_list->setMinimumWidth(260);
    m_list->setMaximumWidth(440);
    listColumn->addWidget(m_list);
    layout->addLayout(listColumn, 1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(12);
    m_title = makeLabel(u"sequenceTitle"_s, details, 1.8, true);
    m_summary = makeLabel(u"sequenceSummary"_s, details, 1.1);
    m_description = makeLabel(u"sequenceDescription"_s, details);
    m_steps = makeLabel(u"sequenceSteps"_s, details);
    m_steps->setTextFormat(Qt::RichText);
    m_props = makeLabel(u"sequenceProps"_s, details);
    m_props->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_title, m_summary, m_description, m_steps, m_props})
        detailsLayout->addWidget(label);
    detailsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Lines of text stay short enough to read on a wide screen.
    scroll->setMaximumWidth(860);
    layout->addWidget(scroll, 2);
    layout->addStretch(0);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current.row()); });
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        showEntry(-1);
}

QString HomePage::currentSequenceId() const
{
    return m_list->currentIndex().data(SequenceListModel::IdRole).toString();
}

void HomePage::selectSequence(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void HomePage::showEntry(int row)
{
    const SequenceLibrary::Entry *entry = m_model->entry(row);
    if (!entry) {
        m_title->setText(tr("No sequences"));
        m_summary->setText(
            tr("Put sequence files in the sequences folder of Viparita's data folder."));
        for (QLabel *label : {m_description, m_steps, m_props})
            label->clear();
        return;
    }
    if (!entry->sequence) {
        m_title->setText(tr("This file could not be loaded"));
        m_summary->setText(entry->source);
        m_description->setText(m_model->index(row).data(SequenceListModel::ErrorsRole).toString());
        m_steps->setText(tr("Fix the file and start Viparita again; "
                            "<tt>viparita-cli validate FILE</tt> checks it."));
        m_props->clear();
        return;
    }
    const Sequence &sequence = *entry->sequence;
    m_title->setText(sequence.title);
    const int played = sequence.playedStepCount();
    QString summary =
        tr("%1 · %2").arg(SequenceListModel::lengthText(sequence.practiceSeconds()),
                          SequenceListModel::stepsText(static_cast<int>(sequence.steps.size())));
    if (played != sequence.steps.size())
        summary += tr(" (%1 with each side played)").arg(played);
    m_summary->setText(summary);
    m_description->setText(sequence.description);
    m_steps->setText(stepsHtml(sequence));
    m_props->setText(
        sequence.props.isEmpty()
            ? QString()
            : tr("<b>You will need:</b> %1").arg(sequence.props.join(u", "_s).toHtmlEscaped()));
}

} // namespace viparita::app
