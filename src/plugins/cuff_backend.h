#pragma once

// What the app and the command line ask of Bluetooth: find cuffs, connect one, and hear what
// its Blood Pressure Service (0x1810) sends. Qt Bluetooth is loaded from a plugin
// (libviparita_cuff.so) when a cuff is first wanted, not at start: a person without a cuff,
// or without a Bluetooth adapter, pays nothing for it.
//
// The link hands over the records' bytes as they came; reading them is the core's
// (cuff_record.h, cuff_intake.h), so what a cuff means is tested without Bluetooth.
//
// The plugin and its callers are built together from this header. Bump the interface id on
// any change to it: a plugin built against another revision is refused.

#include <QByteArray>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <optional>

namespace viparita::app {

/// A Bluetooth Low Energy device in range.
struct CuffDevice {
    QString address; ///< "C0:FF:EE:00:18:10"
    QString name;    ///< as the desktop calls it; may be empty
    /// It says it offers the Blood Pressure Service (a cuff may say so only once connected).
    bool bloodPressureService = false;
    std::optional<int> rssi; ///< signal strength, dBm
};

/// Why a link could not do what was asked.
enum class CuffProblem {
    NoBluetooth,      ///< BlueZ is not running, or there is no Bluetooth adapter
    AdapterOff,       ///< the adapter is switched off
    NotFound,         ///< the cuff did not show itself in the time given
    NoService,        ///< the device does not offer the Blood Pressure Service
    NeedsPairing,     ///< the cuff refuses to send until it is paired
    ConnectionFailed, ///< the connection failed or broke before the cuff was ready
};

/// What a link reports, always from the event loop.
struct CuffLinkHandlers {
    /// A device in range (each once per search).
    std::function<void(const CuffDevice &)> found;
    /// A search (scan()) ended.
    std::function<void()> searchFinished;
    /// The cuff is connected and will be heard: its measurements come to `measurement`.
    std::function<void(const CuffDevice &)> ready;
    /// A Blood Pressure Measurement record (0x2A35), as sent.
    std::function<void(const QByteArray &)> measurement;
    /// An Intermediate Cuff Pressure record (0x2A36) while the cuff inflates, as sent.
    std::function<void(const QByteArray &)> cuffPressure;
    /// The Blood Pressure Feature (0x2A49), as read on connecting.
    std::function<void(const QByteArray &)> features;
    /// Whether the cuff's clock was set to the computer's on connecting (it may not allow it).
    std::function<void(bool set)> clockSet;
    /// The cuff that was ready went away (it switched itself off after sending, as most do).
    std::function<void()> disconnected;
    /// What was asked failed; `message` says so in words for a person.
    std::function<void(CuffProblem, const QString &message)> failed;
};

/// A search for cuffs, or the connection to one. Gone with the object.
class CuffLink {
public:
    virtual ~CuffLink() = default;

    /// Looks for Bluetooth LE devices for `milliseconds` (0: until stop()), reporting each.
    virtual void scan(int milliseconds) = 0;
    /// Looks for the cuff at `address` (empty: the first device offering the service) for up
    /// to `milliseconds` (0: until stop()), connects it as soon as it shows itself, sets its
    /// clock where it allows, and listens to it.
    virtual void connectCuff(const QString &address, int milliseconds) = 0;
    /// Stops a search and drops a connection.
    virtual void stop() = 0;
};

/// Makes links; the plugin's one object.
class CuffBackend {
public:
    virtual ~CuffBackend() = default;

    [[nodiscard]] virtual std::unique_ptr<CuffLink> createLink(CuffLinkHandlers handlers) = 0;

    /// The backend, its plugin loaded on the first call; null when the plugin cannot be
    /// found or loaded (`whyNot` then says why, on every call).
    [[nodiscard]] static CuffBackend *instance(QString *whyNot = nullptr);
};

} // namespace viparita::app

#define VIPARITA_CUFF_BACKEND_IID "org.viparita.CuffBackend/1"
Q_DECLARE_INTERFACE(viparita::app::CuffBackend, VIPARITA_CUFF_BACKEND_IID)
