#include "settings/appearance_settings_page.h"

#include "settings/settings_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

using Key = Settings::Key;

AppearanceSettingsPage::AppearanceSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"appearancePage"_s);
    auto *form = SettingsForm::form(this);
    m_theme = SettingsForm::combo(u"themeCombo"_s, this);
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Night: dark and dim"), u"night"_s);
    SettingsForm::addField(form, tr("&Theme:"), m_theme, this);
    SettingsForm::addNote(form,
                          tr("The night theme keeps the screen dark for an evening "
                             "practice."),
                          this, u"themeNote"_s);
}

QString AppearanceSettingsPage::title() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::load(const Value &value)
{
    SettingsForm::select(m_theme, value(Key::Theme), Settings::defaultValue(Key::Theme));
}

void AppearanceSettingsPage::save(const Put &put) const
{
    put(Key::Theme, m_theme->currentData().toString());
}

} // namespace viparita::app
