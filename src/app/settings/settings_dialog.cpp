#include "settings/settings_dialog.h"

#include "session/sound_cues.h"
#include "session/voice_cues.h"
#include "settings/appearance_settings_page.h"
#include "settings/cuff_settings_page.h"
#include "settings/health_settings_page.h"
#include "settings/reminder_settings_page.h"
#include "settings/report_settings_page.h"
#include "settings/session_settings_page.h"
#include "settings/settings.h"
#include "settings/sound_settings_page.h"

#include <QDialogButtonBox>

#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// A page in a scroll area, so that nothing is cut off on a small screen.
QWidget *scrolling(SettingsPage *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(page->objectName() + u"Scroll"_s);
    scroll->setAccessibleName(page->title());
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the page's controls: only the height scrolls.
    scroll->setMinimumWidth(page->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Viparita: settings"));
    setMinimumHeight(380);
    // Fits inside an 800x600 screen with its title bar.
    resize(640, 500);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setDocumentMode(true);
    m_pages = {new SoundSettingsPage,     new SessionSettingsPage, new HealthSettingsPage,
               new ReportSettingsPage,    new CuffSettingsPage,    new ReminderSettingsPage,
               new AppearanceSettingsPage};
    auto *sound = static_cast<SoundSettingsPage *>(m_pages.first());
    connect(sound, &SoundSettingsPage::testRequested, this,
            [this, sound] { sound->showTestResult(testSound()); });
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_tabs->addTab(scrolling(page, this), page->title());
        connect(page, &SettingsPage::problemChanged, this, &SettingsDialog::updateOk);
    }

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(u"restoreDefaultsButton"_s);
    restore->setToolTip(tr("Shows the default values; they are kept only when you press OK."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] { load(true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    load(false);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::testSound()
{
    // The app's own sounds and voice, made when first tested; the saved volume applies.
    if (!m_sound)
        m_sound = std::make_unique<SoundCues>(m_settings);
    if (!m_voice)
        m_voice = std::make_unique<VoiceCues>(m_settings);
    const bool chimed = m_sound->testChime();
    const bool spoke = m_voice->sayTest(tr("This is the voice of your practice."));
    if (chimed && spoke)
        return tr("A chime played and the voice spoke. If you heard neither, check the volume "
                  "of this computer.");
    if (chimed)
        return tr("A chime played, but there is no voice: cues will be shown and chimed, not "
                  "spoken.");
    if (spoke)
        return tr("The voice spoke, but no sound output was found for the chimes.");
    return tr("No sound output and no voice were found: sessions will be silent. Keep your "
              "eyes open, or connect speakers or headphones.");
}

void SettingsDialog::load(bool defaults)
{
    const SettingsPage::Value value = [this, defaults](Settings::Key key) {
        return defaults ? Settings::defaultValue(key) : m_settings.value(key);
    };
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(value);
    updateOk();
}

void SettingsDialog::updateOk()
{
    const bool clear = std::all_of(m_pages.cbegin(), m_pages.cend(), [](const SettingsPage *page) {
        return page->problem().isEmpty();
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(clear);
}

void SettingsDialog::accept()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->problem().isEmpty()) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    save();
    QDialog::accept();
}

void SettingsDialog::save()
{
    // Only what differs is written: untouched defaults stay defaults.
    const SettingsPage::Put put = [this](Settings::Key key, const QVariant &value) {
        if (m_settings.value(key) != value)
            m_settings.setValue(key, value);
    };
    for (const SettingsPage *page : std::as_const(m_pages))
        page->save(put);
}

} // namespace viparita::app
