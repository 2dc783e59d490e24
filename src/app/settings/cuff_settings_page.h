#pragma once

#include "settings/settings_page.h"

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace viparita::app {

class CuffLink;

/// The Bluetooth cuff: search for cuffs in range, choose one (it is then heard whenever the
/// app is open), forget it, and which of the cuff's users the person is. Bluetooth is loaded
/// only when a search begins.
///
/// From the keyboard: Tab goes Search, the list (arrows choose), Use this cuff, Forget,
/// then the user; Enter on a device in the list uses it.
class CuffSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CuffSettingsPage)

public:
    explicit CuffSettingsPage(QWidget *parent = nullptr);
    ~CuffSettingsPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

    /// Looks for cuffs for `seconds` (the Search button: 10).
    void search(int seconds = 10);
    /// Chooses the device selected in the list.
    void useSelected();

private:
    void showChosen();

    QLabel *m_chosen = nullptr;
    QPushButton *m_search = nullptr;
    QListWidget *m_devices = nullptr;
    QLabel *m_searchStatus = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_forget = nullptr;
    QSpinBox *m_user = nullptr;
    std::unique_ptr<CuffLink> m_link;
    QString m_address;
    QString m_name;
};

} // namespace viparita::app
