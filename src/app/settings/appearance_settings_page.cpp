#include "settings/appearance_settings_page.h"

#include "settings/settings_form.h"

#include <viparita/core/localization.h>

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

    m_language = SettingsForm::combo(u"languageCombo"_s, this);
    m_language->addItem(
        tr("The system's: %1")
            .arg(Localization::nativeName(Localization::languageOf(Localization::localeFor()))),
        QString());
    for (const QString &language : Localization::languages())
        m_language->addItem(Localization::nativeName(language), language);
    SettingsForm::addField(form, tr("&Language:"), m_language, this);
    SettingsForm::addNote(form,
                          tr("The words of the window, the sequences, the spoken cues and the "
                             "reports. A new language shows when Viparita starts again."),
                          this, u"languageNote"_s);
}

QString AppearanceSettingsPage::title() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::load(const Value &value)
{
    SettingsForm::select(m_theme, value(Key::Theme), Settings::defaultValue(Key::Theme));
    SettingsForm::select(m_language, value(Key::Language), Settings::defaultValue(Key::Language));
}

void AppearanceSettingsPage::save(const Put &put) const
{
    put(Key::Theme, m_theme->currentData().toString());
    put(Key::Language, m_language->currentData().toString());
}

} // namespace viparita::app
