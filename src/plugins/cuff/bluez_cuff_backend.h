#pragma once

#include "plugins/cuff_backend.h"

#include <QObject>

namespace viparita::app {

/// Cuffs through Qt Bluetooth (BlueZ over D-Bus on Linux).
class BluezCuffBackend final : public QObject, public CuffBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIPARITA_CUFF_BACKEND_IID FILE "viparita_cuff.json")
    Q_INTERFACES(viparita::app::CuffBackend)

public:
    [[nodiscard]] std::unique_ptr<CuffLink> createLink(CuffLinkHandlers handlers) override;
};

} // namespace viparita::app
