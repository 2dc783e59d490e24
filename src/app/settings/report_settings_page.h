#pragma once

#include "settings/settings_page.h"

class QLineEdit;

namespace viparita::app {

/// The report for the doctor: the name printed on it.
class ReportSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSettingsPage)

public:
    explicit ReportSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

private:
    QLineEdit *m_reportName = nullptr;
};

} // namespace viparita::app
