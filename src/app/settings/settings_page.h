#pragma once

#include "settings/settings.h"

#include <QVariant>
#include <QWidget>

#include <functional>

namespace viparita::app {

/// One tab of the settings dialog: the controls of a few settings, shown from values and
/// written back as values. A new setting touches the one page it belongs on.
class SettingsPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using Value = std::function<QVariant(Settings::Key)>;
    using Put = std::function<void(Settings::Key, const QVariant &)>;

    using QWidget::QWidget;
    ~SettingsPage() override = default;

    /// The tab's title ("Sound && voice").
    [[nodiscard]] virtual QString title() const = 0;
    /// Shows `value(key)` for each setting of the page: the stored values, or the defaults.
    virtual void load(const Value &value) = 0;
    /// Writes what the page shows, each setting through `put`.
    virtual void save(const Put &put) const = 0;
    /// Why the values shown cannot be kept (OK is then disabled); empty when they can.
    [[nodiscard]] virtual QString problem() const { return {}; }

Q_SIGNALS:
    /// What problem() says may have changed.
    void problemChanged();
};

} // namespace viparita::app
