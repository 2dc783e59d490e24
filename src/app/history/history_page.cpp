#include "history/history_page.h"

#include "history/edit_session_dialog.h"
#include "history/history_filter.h"
#include "history/history_model.h"
#include "readings/edit_reading_dialog.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "widgets/date_fields.h"

#include <viparita/core/display_format.h>
#include <viparita/storage/date_range.h>
#include <viparita/storage/journal.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

HistoryPage::HistoryPage(Settings &settings, JournalWatch &journal, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_journal(journal.journal())
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilter(this))
{
    setObjectName(u"historyPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);

    auto *bar = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(u"showCombo"_s);
    m_show->addItem(tr("Sessions and readings on their own"),
                    static_cast<int>(HistoryFilter::Show::SessionsAndStandalone));
    m_show->addItem(tr("Sessions"), static_cast<int>(HistoryFilter::Show::Sessions));
    m_show->addItem(tr("Readings on their own"), static_cast<int>(HistoryFilter::Show::Standalone));
    m_show->addItem(tr("All readings"), static_cast<int>(HistoryFilter::Show::AllReadings));
    m_show->addItem(tr("Readings before sessions"), static_cast<int>(HistoryFilter::Show::Before));
    m_show->addItem(tr("Readings during sessions"), static_cast<int>(HistoryFilter::Show::During));
    m_show->addItem(tr("Readings after sessions"), static_cast<int>(HistoryFilter::Show::After));
    m_show->addItem(tr("Readings on standing up"), static_cast<int>(HistoryFilter::Show::Standing));
    auto *showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_show);
    m_show->setAccessibleName(tr("Show"));
    // Narrower than its longest choice, which the open list shows whole, so that the filters
    // keep to one row of a small screen in a longer language.
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(18);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addSpacing(16);
    // A date filter is on only when ticked: unticked, the list reaches to any day.
    m_fromOn = new QCheckBox(tr("&From"), this);
    m_fromOn->setObjectName(u"fromCheck"_s);
    m_toOn = new QCheckBox(tr("t&o"), this);
    m_toOn->setObjectName(u"toCheck"_s);
    m_from = new DateField(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("From"));
    m_to = new DateField(QDate::currentDate(), this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    bar->addWidget(m_fromOn);
    bar->addWidget(m_from);
    bar->addWidget(m_toOn);
    bar->addWidget(m_to);
    bar->addStretch(1);
    layout->addLayout(bar);
    // What can be done with the list sits under it, so that the filters and the actions each
    // keep to one row of a small screen in a longer language.
    auto *add = new QPushButton(tr("Add a reading…"), this);
    add->setObjectName(u"addButton"_s);
    m_edit = new QPushButton(tr("Change…"), this);
    m_edit->setObjectName(u"editButton"_s);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteButton"_s);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);

    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    m_undoText = new QLabel(m_undoBar);
    auto *undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(u"undoButton"_s);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undo);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(u"historyView"_s);
    m_view->setAccessibleName(tr("Sessions and readings"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    // The rows come newest first: show that order without sorting them again.
    m_filter->sort(-1);
    {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(HistoryModel::When, Qt::DescendingOrder);
    }
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Every column in view at 1000 pixels: the numbers as wide as what they show, the entry
    // and the note sharing the rest (elided, whole in their tooltips).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The entry keeps room for a sequence's first words however narrow the window (the list
    // then scrolls sideways); the note takes what is left.
    const QFontMetrics metrics(m_view->font());
    const auto fit = [&metrics](const QString &widest) {
        return metrics.horizontalAdvance(widest) + 2 * metrics.averageCharWidth() + 8;
    };
    m_view->setColumnWidth(HistoryModel::When, fit(u"30 Sep 2026 23:59"_s));
    m_view->setColumnWidth(HistoryModel::Entry, fit(u"Healing sequ"_s));
    m_view->setColumnWidth(HistoryModel::Minutes, fit(tr("Minutes")));
    m_view->setColumnWidth(HistoryModel::Pressure, fit(u"147/93 → 121/75, pulse 59.5"_s));
    m_view->setColumnWidth(HistoryModel::Change, fit(u"-26/-18"_s) + 8);
    m_view->setColumnWidth(HistoryModel::Category,
                           fit(tr("Severe hypertension")) + metrics.height() + 8);
    m_view->setColumnWidth(HistoryModel::Feeling, fit(tr("Feeling")) + 8);
    m_view->setTextElideMode(Qt::ElideRight);
    // A column is never narrower than its title, with the sort arrow.
    for (const int column : {HistoryModel::When, HistoryModel::Minutes, HistoryModel::Pressure,
                             HistoryModel::Change, HistoryModel::Category, HistoryModel::Feeling})
        m_view->setColumnWidth(
            column, std::max(m_view->columnWidth(column), header->sectionSizeHint(column)));
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    // Tab goes down the page as it is seen: the filters, the list, then its actions.
    QWidget::setTabOrder(m_view, add);
    QWidget::setTabOrder(add, m_edit);
    QWidget::setTabOrder(m_edit, m_delete);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(static_cast<HistoryFilter::Show>(m_show->currentData().toInt()));
    });
    auto range = [this] {
        m_from->setEnabled(m_fromOn->isChecked());
        m_to->setEnabled(m_toOn->isChecked());
        const QDate from = m_fromOn->isChecked() ? m_from->date() : QDate();
        if (from.isValid())
            loadBackTo(from);
        m_filter->setRange(from, m_toOn->isChecked() ? m_to->date() : QDate());
    };
    connect(m_from, &QDateEdit::dateChanged, this, range);
    connect(m_to, &QDateEdit::dateChanged, this, range);
    connect(m_fromOn, &QCheckBox::toggled, this, range);
    connect(m_toOn, &QCheckBox::toggled, this, range);
    connect(add, &QPushButton::clicked, this, &HistoryPage::addReadingRequested);
    connect(m_edit, &QPushButton::clicked, this, &HistoryPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(undo, &QPushButton::clicked, this, &HistoryPage::undoDelete);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryPage::editSelected);
    // Sorting by a column needs every row: load the rest first.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!m_model->canFetchMore({}))
                    return;
                loadBackTo(QDate());
                m_filter->sort(column, order);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    // The same from the keyboard and from the context menu of the list.
    m_view->setTabKeyNavigation(false); // Tab leaves the list in one press
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editAction = new QAction(tr("Change…"), this);
    editAction->setObjectName(u"editAction"_s);
    editAction->setShortcuts(
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, &HistoryPage::editSelected);
    m_view->addAction(editAction);
    auto *deleteAction = new QAction(tr("Delete"), this);
    deleteAction->setObjectName(u"deleteAction"_s);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &HistoryPage::deleteSelected);
    addAction(deleteAction);
    m_view->addAction(deleteAction);
    auto *undoAction = new QAction(tr("Undo delete"), this);
    undoAction->setObjectName(u"undoAction"_s);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &HistoryPage::undoDelete);
    addAction(undoAction);
    m_view->addAction(undoAction);
    m_editAction = editAction;
    m_deleteAction = deleteAction;
    m_undoAction = undoAction;
    updateButtons();
    new JournalFollower(this, journal, [this] { reload(); });
}

namespace {

/// The newest stretch shown at once; older ones load as the list scrolls.
constexpr int firstWindowDays = 90;
constexpr int olderWindowDays = 365;

} // namespace

void HistoryPage::reload()
{
    // After a change, the list shows again as far back as it did.
    const QDate shownBefore = m_model->rowCount() > 0 ? m_loadedFrom : QDate();
    m_model->setContents({}, {}, m_settings.guideline());
    m_model->setMoreSource({}, false);
    if (!m_journal)
        return;
    QElapsedTimer timer;
    timer.start();
    const auto first = m_journal->firstDay();
    m_firstDay = first.ok() ? *first : std::nullopt;
    m_loadedFrom = QDate::currentDate().addDays(1 - firstWindowDays);
    loadWindow(m_loadedFrom, std::nullopt);
    m_model->setMoreSource([this] { loadOlder(); }, m_firstDay && *m_firstDay < m_loadedFrom);
    spdlog::debug("History: the newest {} days in {} ms", firstWindowDays, timer.elapsed());
    // A date filter reaching further back needs those days loaded.
    loadBackTo(m_fromOn->isChecked() ? m_from->date() : m_loadedFrom);
    if (shownBefore.isValid())
        loadBackTo(shownBefore);
    updateButtons();
}

void HistoryPage::loadWindow(const QDate &from, const std::optional<QDate> &to)
{
    const DateRange range{from, to};
    const auto sessions = m_journal->sessions(range);
    const auto readings = m_journal->readings(range);
    if (!sessions.ok() || !readings.ok()) {
        spdlog::error("The history could not be read: {}",
                      (sessions.ok() ? readings.error() : sessions.error()).message.toStdString());
        return;
    }
    // A session just after midnight may have its readings before on the day before.
    QList<Reading> outside;
    for (const SessionRecord &session : *sessions) {
        if (session.startedAt.date() != from)
            continue;
        const auto own = m_journal->readingsOfSession(session.id);
        if (!own.ok())
            continue;
        for (const Reading &reading : *own) {
            if (reading.takenAt.date() < from)
                outside.append(reading);
        }
    }
    m_model->appendContents(*sessions, *readings, outside, m_settings.guideline());
}

void HistoryPage::loadOlder()
{
    if (!m_journal || !m_firstDay || *m_firstDay >= m_loadedFrom)
        return;
    const QDate to = m_loadedFrom.addDays(-1);
    const QDate from = to.addDays(1 - olderWindowDays);
    loadWindow(from, to);
    m_loadedFrom = from;
    m_model->setHasMore(*m_firstDay < m_loadedFrom);
}

void HistoryPage::loadBackTo(const QDate &day)
{
    while (m_model->canFetchMore({}) && (!day.isValid() || m_loadedFrom > day))
        loadOlder();
}

void HistoryPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_filter->mapToSource(rows.first()).row();
    const bool something = m_model->readingAt(row) != nullptr || m_model->sessionAt(row);
    const bool writable = m_journal && !m_journal->isReadOnly();
    m_edit->setEnabled(something && writable);
    m_delete->setEnabled(something && writable);
    m_editAction->setEnabled(something && writable);
    m_deleteAction->setEnabled(something && writable);
    m_undoAction->setEnabled(!m_deleted.isEmpty());
}

bool HistoryPage::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_journal || m_journal->isReadOnly())
        return false;
    const int row = m_filter->mapToSource(rows.first()).row();
    const DisplayFormat format;
    if (const auto sessionId = m_model->sessionAt(row)) {
        const auto session = m_journal->session(*sessionId);
        const auto readings = m_journal->readingsOfSession(*sessionId);
        const qsizetype count = readings.ok() ? readings->size() : 0;
        const auto deleted = m_journal->deleteSession(*sessionId);
        if (!deleted.ok()) {
            QMessageBox::warning(this, tr("The session was not deleted"), deleted.error().message);
            return false;
        }
        m_deleted.append({true, *sessionId});
        const QString when =
            session.ok() ? format.dateTime(session->startedAt) : QString::number(*sessionId);
        m_undoText->setText(
            count == 0   ? tr("Session of %1 deleted.").arg(when)
            : count == 1 ? tr("Session of %1 deleted, with its reading.").arg(when)
                         : tr("Session of %1 deleted, with its %2 readings.").arg(when).arg(count));
    } else if (const Reading *reading = m_model->readingAt(row)) {
        const qint64 id = reading->id;
        const QString what = tr("Reading of %1 deleted (%2/%3).")
                                 .arg(format.dateTime(reading->takenAt))
                                 .arg(reading->systolic)
                                 .arg(reading->diastolic);
        const auto deleted = m_journal->deleteReading(id);
        if (!deleted.ok()) {
            QMessageBox::warning(this, tr("The reading was not deleted"), deleted.error().message);
            return false;
        }
        m_deleted.append({false, id});
        m_undoText->setText(what);
    } else {
        return false;
    }
    m_undoBar->show();
    updateButtons();
    return true;
}

bool HistoryPage::undoDelete()
{
    if (m_deleted.isEmpty() || !m_journal)
        return false;
    const auto [session, id] = m_deleted.takeLast();
    const auto restored = session ? m_journal->restoreSession(id) : m_journal->restoreReading(id);
    if (!restored.ok()) {
        QMessageBox::warning(
            this, session ? tr("The session was not restored") : tr("The reading was not restored"),
            restored.error().message);
        return false;
    }
    m_undoBar->setVisible(!m_deleted.isEmpty());
    updateButtons();
    return true;
}

void HistoryPage::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_journal || m_journal->isReadOnly())
        return;
    const int row = m_filter->mapToSource(rows.first()).row();
    if (const auto sessionId = m_model->sessionAt(row)) {
        const auto session = m_journal->session(*sessionId);
        const auto readings = m_journal->readingsOfSession(*sessionId);
        if (!session.ok() || !readings.ok()) {
            QMessageBox::warning(this, tr("The session could not be read"),
                                 (session.ok() ? readings.error() : session.error()).message);
            return;
        }
        auto *dialog = new EditSessionDialog(*session, *readings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id = *sessionId] {
            const auto saved = m_journal->updateSessionNotes(id, dialog->feeling(), dialog->note());
            if (!saved.ok()) {
                QMessageBox::warning(this, tr("The session was not changed"),
                                     saved.error().message);
                return;
            }
            for (const Reading &reading : dialog->changedReadings()) {
                const auto changed = m_journal->updateReading(reading);
                if (!changed.ok())
                    QMessageBox::warning(this, tr("A reading was not changed"),
                                         changed.error().message);
            }
        });
        dialog->open();
        return;
    }
    const Reading *reading = m_model->readingAt(row);
    if (!reading)
        return;
    auto *dialog = new EditReadingDialog(*reading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = m_journal->updateReading(dialog->reading());
        if (!saved.ok())
            QMessageBox::warning(this, tr("The reading was not changed"), saved.error().message);
    });
    dialog->open();
}

} // namespace viparita::app
