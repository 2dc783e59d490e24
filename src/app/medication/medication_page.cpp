#include "medication/medication_page.h"

#include "medication/medication_dialog.h"
#include "shell/journal_watch.h"
#include "widgets/page_heading.h"
#include "widgets/wrapped_label.h"

#include <viparita/storage/journal.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int medicationIdRole = Qt::UserRole + 1;

QString changeWords(const MedicationChange &change)
{
    switch (change.kind) {
    case MedicationChange::Kind::Started:
        return MedicationPage::tr("Started, %1")
            .arg(change.dose ? change.dose->toString() : QString());
    case MedicationChange::Kind::DoseChanged:
        return MedicationPage::tr("Dose changed to %1")
            .arg(change.dose ? change.dose->toString() : QString());
    case MedicationChange::Kind::Stopped:
        return MedicationPage::tr("Stopped");
    }
    return {};
}

} // namespace

MedicationPage::MedicationPage(JournalWatch &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal.journal())
{
    setObjectName(u"medicationPage"_s);
    auto *layout = new QVBoxLayout(this);

    addPageHeading(layout, tr("Medication"),
                   tr("The medicines you take and each change of dose, with its day, for your "
                      "doctor's report and the trend charts. Viparita keeps the list; it never "
                      "advises on medication."),
                   this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"medicationList"_s);
    m_list->setAccessibleName(tr("Medicines and their changes"));
    m_list->setHeaderLabels(
        {tr("Medicine"), tr("Dose now"), tr("Taken in the"), tr("Since"), tr("Why")});
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_empty = new WrappedLabel(this);
    m_empty->setObjectName(u"medicationEmpty"_s);
    m_empty->setText(tr("No medicine yet. Add each one you take, with the day you started it: "
                        "the report then shows your blood pressure beside it."));
    layout->addWidget(m_empty);

    m_message = new WrappedLabel(this);
    m_message->setObjectName(u"medicationMessage"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add a medicine…"), this);
    m_add->setObjectName(u"addMedicine"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editMedicine"_s);
    m_edit->setToolTip(tr("Its name, the times of day, whether it is for blood pressure (F2)"));
    m_change = new QPushButton(tr("&Change the dose…"), this);
    m_change->setObjectName(u"changeMedicine"_s);
    m_stop = new QPushButton(tr("&Stop…"), this);
    m_stop->setObjectName(u"stopMedicine"_s);
    m_undo = new QPushButton(tr("Take &back the last change"), this);
    m_undo->setObjectName(u"undoMedicine"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteMedicine"_s);
    // Two rows, so that they fit a small screen in a longer language: what a person does as
    // their treatment changes, then the corrections of what was written.
    for (QPushButton *button : {m_add, m_change, m_stop})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *corrections = new QHBoxLayout;
    for (QPushButton *button : {m_edit, m_undo, m_delete})
        corrections->addWidget(button);
    corrections->addStretch(1);
    layout->addLayout(corrections);
    // Tab follows the rows as they are seen.
    QWidget::setTabOrder(m_add, m_change);
    QWidget::setTabOrder(m_change, m_stop);
    QWidget::setTabOrder(m_stop, m_edit);
    QWidget::setTabOrder(m_edit, m_undo);
    QWidget::setTabOrder(m_undo, m_delete);

    connect(m_add, &QPushButton::clicked, this,
            [this] { openDialog(int(MedicationDialog::Mode::Add)); });
    connect(m_change, &QPushButton::clicked, this, [this] {
        const Medication *medication = selected();
        if (!medication)
            return;
        openDialog(int(medication->isTakenOn(QDate::currentDate())
                           ? MedicationDialog::Mode::ChangeDose
                           : MedicationDialog::Mode::StartAgain));
    });
    connect(m_edit, &QPushButton::clicked, this,
            [this] { openDialog(int(MedicationDialog::Mode::Edit)); });
    auto *editKey = new QAction(this);
    editKey->setShortcut(Qt::Key_F2);
    editKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(editKey);
    connect(editKey, &QAction::triggered, m_edit, &QPushButton::click);
    connect(m_stop, &QPushButton::clicked, this,
            [this] { openDialog(int(MedicationDialog::Mode::Stop)); });
    connect(m_undo, &QPushButton::clicked, this, &MedicationPage::undoLatestChange);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const Medication *medication = selected();
        if (!medication)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete %1?").arg(medication->name),
            tr("Delete %1 and its whole course? Do this only for a medicine entered by "
               "mistake; a medicine you no longer take is stopped instead.")
                .arg(medication->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            deleteSelected();
    });
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, m_delete, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MedicationPage::updateButtons);

    new JournalFollower(this, journal, [this] { reload(); });
    reload();
}

const Medication *MedicationPage::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, medicationIdRole).toLongLong();
    for (const Medication &medication : m_medications) {
        if (medication.id == id)
            return &medication;
    }
    return nullptr;
}

void MedicationPage::reload()
{
    const Medication *current = selected();
    const qint64 keep = current ? current->id : 0;
    m_medications.clear();
    if (m_journal) {
        const auto read = m_journal->medications();
        if (read.ok()) {
            m_medications = *read;
            m_message->hide();
        } else {
            m_message->setText(read.error().message);
            m_message->show();
        }
    }
    m_list->clear();
    const QDate today = QDate::currentDate();
    for (const Medication &medication : std::as_const(m_medications)) {
        const auto dose = medication.doseOn(today);
        QString name = medication.name;
        if (!medication.forBloodPressure)
            name += u" "_s + tr("(not for blood pressure)");
        auto *item = new QTreeWidgetItem(
            m_list,
            {name,
             dose ? dose->toString()
                  : tr("stopped on %1")
                        .arg(medication.changes.constLast().date.toString(Qt::ISODate)),
             medication.timesText(), medication.firstDay().toString(Qt::ISODate), QString()});
        item->setData(0, medicationIdRole, medication.id);
        // A screen reader hears the whole row as one sentence.
        item->setData(
            0, Qt::AccessibleTextRole,
            dose ? tr("%1, %2 now, since %3")
                       .arg(name, dose->toString(), medication.firstDay().toString(Qt::ISODate))
                 : tr("%1, stopped").arg(name));
        for (const MedicationChange &change : medication.changes) {
            auto *child =
                new QTreeWidgetItem(item, {change.date.toString(Qt::ISODate), changeWords(change),
                                           QString(), QString(), change.reason});
            child->setData(0, medicationIdRole, medication.id);
            child->setData(
                0, Qt::AccessibleTextRole,
                tr("%1: %2").arg(change.date.toString(Qt::ISODate), changeWords(change)));
        }
    }
    m_list->setVisible(!m_medications.isEmpty());
    m_empty->setVisible(m_medications.isEmpty() && m_journal);
    if (keep != 0)
        select(keep);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void MedicationPage::select(qint64 medicationId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, medicationIdRole).toLongLong() == medicationId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void MedicationPage::updateButtons()
{
    const Medication *medication = selected();
    const bool writable = m_journal && !m_journal->isReadOnly();
    const bool taken = medication && medication->isTakenOn(QDate::currentDate());
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && medication);
    m_change->setEnabled(writable && medication);
    m_change->setText(medication && !taken ? tr("S&tart again…") : tr("&Change the dose…"));
    m_stop->setEnabled(writable && taken);
    m_undo->setEnabled(writable && medication && medication->changes.size() > 1);
    m_delete->setEnabled(writable && medication);
}

MedicationDialog *MedicationPage::openDialog(int mode)
{
    const auto dialogMode = static_cast<MedicationDialog::Mode>(mode);
    const Medication *medication = selected();
    if (dialogMode != MedicationDialog::Mode::Add && !medication)
        return nullptr;
    auto *dialog =
        new MedicationDialog(dialogMode, m_journal, medication ? *medication : Medication{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    const qint64 id = medication ? medication->id : 0;
    connect(dialog, &QDialog::accepted, this, [this, id, dialogMode] {
        reload();
        if (dialogMode == MedicationDialog::Mode::Add && !m_medications.isEmpty()) {
            // The medicine just added: the one with the highest id.
            qint64 newest = 0;
            for (const Medication &each : std::as_const(m_medications))
                newest = std::max(newest, each.id);
            select(newest);
        } else if (id != 0) {
            select(id);
        }
        m_list->setFocus();
        Q_EMIT medicationChanged();
    });
    dialog->show();
    return dialog;
}

bool MedicationPage::undoLatestChange()
{
    const Medication *medication = selected();
    if (!medication || !m_journal)
        return false;
    const qint64 id = medication->id;
    const auto undone = m_journal->removeLatestMedicationChange(id);
    if (!undone.ok()) {
        m_message->setText(undone.error().message);
        m_message->show();
        return false;
    }
    reload();
    select(id);
    Q_EMIT medicationChanged();
    return true;
}

bool MedicationPage::deleteSelected()
{
    const Medication *medication = selected();
    if (!medication || !m_journal)
        return false;
    const auto deleted = m_journal->deleteMedication(medication->id);
    if (!deleted.ok()) {
        m_message->setText(deleted.error().message);
        m_message->show();
        return false;
    }
    reload();
    Q_EMIT medicationChanged();
    return true;
}

} // namespace viparita::app
