#include "settings/cuff_settings_page.h"

#include "plugins/cuff_backend.h"
#include "settings/settings_form.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int addressRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;

} // namespace

CuffSettingsPage::CuffSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"cuffPage"_s);
    auto *form = SettingsForm::form(this);
    SettingsForm::addNote(
        form,
        tr("A Bluetooth blood-pressure cuff that speaks the standard Blood Pressure Service "
           "sends its readings here: the ones in its memory whenever it connects, and during a "
           "session the one it measures, said aloud. Press the cuff's Bluetooth or start "
           "button so it shows itself, then search."),
        this, u"cuffIntro"_s);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(u"chosenCuffLabel"_s);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    SettingsForm::addField(form, tr("Your cuff:"), m_chosen, this);

    m_search = new QPushButton(tr("&Search for cuffs"), this);
    m_search->setObjectName(u"searchCuffsButton"_s);
    connect(m_search, &QPushButton::clicked, this, [this] { search(); });
    m_searchStatus = SettingsForm::note(QString(), this, u"cuffSearchStatus"_s);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_searchStatus, 1);
    form->addRow(searchRow);

    m_devices = new QListWidget(this);
    m_devices->setObjectName(u"cuffList"_s);
    m_devices->setAccessibleName(tr("Devices found"));
    m_devices->setMinimumHeight(90);
    connect(m_devices, &QListWidget::itemSelectionChanged, this,
            [this] { m_use->setEnabled(!m_devices->selectedItems().isEmpty()); });
    connect(m_devices, &QListWidget::itemActivated, this, [this] { useSelected(); });
    form->addRow(m_devices);

    m_use = new QPushButton(tr("&Use this cuff"), this);
    m_use->setObjectName(u"useCuffButton"_s);
    m_use->setEnabled(false);
    connect(m_use, &QPushButton::clicked, this, &CuffSettingsPage::useSelected);
    m_forget = new QPushButton(tr("&Forget this cuff"), this);
    m_forget->setObjectName(u"forgetCuffButton"_s);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_address.clear();
        m_name.clear();
        showChosen();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    form->addRow(buttons);

    m_user = new QSpinBox(this);
    m_user->setObjectName(u"cuffUserSpin"_s);
    m_user->setRange(0, 254);
    m_user->setSpecialValueText(tr("Any (one person uses the cuff)"));
    m_user->setPrefix(tr("User "));
    SettingsForm::addField(form, tr("I am cuff &user:"), m_user, this);
    SettingsForm::addNote(form,
                          tr("A cuff that several people share keeps a memory for each (user 1, "
                             "user 2, ...). Choose yours: the readings of the others are not "
                             "saved."),
                          this, u"cuffUserNote"_s);
    SettingsForm::addNote(form,
                          tr("A cuff that asks for a pairing code is paired in your desktop's "
                             "Bluetooth settings first (the code is shown on the cuff or in its "
                             "manual); then choose it here. Cuffs that only work with their "
                             "maker's app cannot be used."),
                          this, u"cuffPairingNote"_s);
    setTabOrder(m_search, m_devices);
    setTabOrder(m_devices, m_use);
    setTabOrder(m_use, m_forget);
    setTabOrder(m_forget, m_user);
}

CuffSettingsPage::~CuffSettingsPage() = default;

QString CuffSettingsPage::title() const
{
    return tr("Cuff");
}

void CuffSettingsPage::load(const Value &value)
{
    m_address = value(Settings::Key::CuffAddress).toString();
    m_name = value(Settings::Key::CuffName).toString();
    m_user->setValue(value(Settings::Key::CuffUser).toInt());
    showChosen();
}

void CuffSettingsPage::save(const Put &put) const
{
    // The name and the user first: the address starts the cuff's watch, which says its name.
    put(Settings::Key::CuffName, m_name);
    put(Settings::Key::CuffUser, m_user->value());
    put(Settings::Key::CuffAddress, m_address);
}

void CuffSettingsPage::showChosen()
{
    m_chosen->setText(m_address.isEmpty()
                          ? tr("none chosen")
                          : (m_name.isEmpty() ? m_address : u"%1 (%2)"_s.arg(m_name, m_address)));
    m_chosen->setAccessibleName(tr("Your cuff: %1").arg(m_chosen->text()));
    m_forget->setEnabled(!m_address.isEmpty());
}

void CuffSettingsPage::search(int seconds)
{
    QString whyNot;
    CuffBackend *backend = CuffBackend::instance(&whyNot);
    if (backend == nullptr) {
        m_searchStatus->setText(tr("Bluetooth is not available in this installation."));
        return;
    }
    m_devices->clear();
    m_use->setEnabled(false);
    m_search->setEnabled(false);
    m_searchStatus->setText(tr("Searching…"));
    CuffLinkHandlers handlers;
    handlers.found = [this](const CuffDevice &device) {
        for (int row = 0; row < m_devices->count(); ++row)
            if (m_devices->item(row)->data(addressRole).toString() == device.address)
                return;
        const QString name = device.name.isEmpty() ? device.address : device.name;
        auto *item = new QListWidgetItem(
            device.bloodPressureService
                ? tr("%1: blood-pressure cuff (%2)").arg(name, device.address)
                : tr("%1: not a blood-pressure cuff (%2)").arg(name, device.address));
        item->setData(addressRole, device.address);
        item->setData(nameRole, device.name);
        if (device.bloodPressureService)
            m_devices->insertItem(0, item);
        else
            m_devices->addItem(item);
        if (device.bloodPressureService && m_devices->selectedItems().isEmpty())
            m_devices->setCurrentItem(item);
    };
    const auto finished = [this](const QString &text) {
        m_searchStatus->setText(text);
        m_search->setEnabled(true);
        // Not from inside the link's own signal.
        QTimer::singleShot(0, this, [this, done = m_link.get()] {
            if (m_link.get() == done)
                m_link.reset();
        });
    };
    handlers.searchFinished = [this, finished] {
        finished(m_devices->count() == 0
                     ? tr("Nothing found. Press the cuff's button so it shows itself, keep it "
                          "near, and search again.")
                     : tr("Found %n device(s).", nullptr, m_devices->count()));
    };
    handlers.failed = [finished](CuffProblem, const QString &message) { finished(message); };
    m_link = backend->createLink(std::move(handlers));
    m_link->scan(seconds * 1000);
}

void CuffSettingsPage::useSelected()
{
    const QList<QListWidgetItem *> selected = m_devices->selectedItems();
    if (selected.isEmpty())
        return;
    m_address = selected.first()->data(addressRole).toString();
    m_name = selected.first()->data(nameRole).toString();
    showChosen();
}

} // namespace viparita::app
