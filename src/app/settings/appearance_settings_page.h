#pragma once

#include "settings/settings_page.h"

class QComboBox;

namespace viparita::app {

/// Appearance: the theme, the system's or the dim night theme, and the language.
class AppearanceSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceSettingsPage)

public:
    explicit AppearanceSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace viparita::app
