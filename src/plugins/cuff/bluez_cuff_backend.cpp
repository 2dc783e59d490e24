#include "bluez_cuff_backend.h"

#include <viparita/core/cuff_record.h>

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QBluetoothLocalDevice>
#include <QBluetoothUuid>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QPointer>
#include <QTimer>

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

// What the link does, for the log; what fails is told to the caller, who says it.
Q_LOGGING_CATEGORY(cuffLog, "viparita.cuff", QtInfoMsg)

const QBluetoothUuid bloodPressureService(QBluetoothUuid::ServiceClassUuid::BloodPressure);
const QBluetoothUuid measurementUuid(QBluetoothUuid::CharacteristicType::BloodPressureMeasurement);
const QBluetoothUuid cuffPressureUuid(QBluetoothUuid::CharacteristicType::IntermediateCuffPressure);
const QBluetoothUuid featureUuid(QBluetoothUuid::CharacteristicType::BloodPressureFeature);
const QBluetoothUuid dateTimeUuid(QBluetoothUuid::CharacteristicType::DateTime);

/// The words people read about the cuff link, in its translation context.
struct CuffLinkText {
    Q_DECLARE_TR_FUNCTIONS(viparita::app::CuffLink)
};

/// How long a cuff may take from the start of its connection until it is heard.
constexpr int readyTimeoutMilliseconds = 20'000;

QString needsPairing()
{
    return CuffLinkText::tr("The cuff would not send its readings: pair it first in the desktop's "
                            "Bluetooth settings (with the code it shows), then try again.");
}

CuffDevice deviceOf(const QBluetoothDeviceInfo &info)
{
    CuffDevice device;
    device.address = info.address().toString();
    device.name = info.name();
    device.bloodPressureService = info.serviceUuids().contains(bloodPressureService);
    if (info.rssi() != 0)
        device.rssi = info.rssi();
    return device;
}

/// The link: a discovery agent while searching, a controller and the service while connected.
class BluezCuffLink final : public QObject, public CuffLink {
public:
    explicit BluezCuffLink(CuffLinkHandlers handlers) : m_handlers(std::move(handlers)) {}
    ~BluezCuffLink() override { drop(); }

    void scan(int milliseconds) override
    {
        stop();
        m_wanted.reset();
        start(milliseconds);
    }

    void connectCuff(const QString &address, int milliseconds) override
    {
        stop();
        m_wanted = address.toUpper();
        start(milliseconds);
    }

    void stop() override
    {
        m_generation++;
        if (m_agent) {
            m_agent->disconnect(this);
            m_agent->stop();
            m_agent->deleteLater();
            m_agent = nullptr;
        }
        drop();
    }

private:
    /// Why Bluetooth cannot be used here, or nothing when it can.
    std::optional<std::pair<CuffProblem, QString>> unavailable() const
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected() || bus.interface() == nullptr ||
            !bus.interface()->isServiceRegistered(u"org.bluez"_s).value())
            return std::pair{
                CuffProblem::NoBluetooth,
                CuffLinkText::tr("Bluetooth is not available: BlueZ, the system's Bluetooth "
                                 "service, is not running.")};
        if (QBluetoothLocalDevice::allDevices().isEmpty())
            return std::pair{
                CuffProblem::NoBluetooth,
                CuffLinkText::tr("Bluetooth is not available: this computer has no Bluetooth "
                                 "adapter.")};
        const QBluetoothLocalDevice local;
        if (local.hostMode() == QBluetoothLocalDevice::HostPoweredOff)
            return std::pair{
                CuffProblem::AdapterOff,
                CuffLinkText::tr("Bluetooth is switched off. Switch it on in the desktop's "
                                 "Bluetooth settings, then try again.")};
        return std::nullopt;
    }

    /// Reports `problem` from the event loop, unless the link was stopped or asked again since.
    void fail(CuffProblem problem, const QString &message)
    {
        qCInfo(cuffLog) << "failed:" << message;
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, problem, message] {
            if (generation == m_generation && m_handlers.failed)
                m_handlers.failed(problem, message);
        });
    }

    void start(int milliseconds)
    {
        const int generation = m_generation;
        // Started from the event loop: the agent reports the devices BlueZ already knows while
        // it starts, before the caller could be waiting for them.
        QTimer::singleShot(0, this, [this, generation, milliseconds] {
            if (generation != m_generation)
                return;
            if (const auto why = unavailable()) {
                fail(why->first, why->second);
                return;
            }
            m_searchMilliseconds = milliseconds;
            m_agent = new QBluetoothDeviceDiscoveryAgent(this);
            m_agent->setLowEnergyDiscoveryTimeout(milliseconds);
            connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
                    [this](const QBluetoothDeviceInfo &info) { discovered(info); });
            connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this,
                    [this] { searchEnded(); });
            connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
                    [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                        const QString text = m_agent->errorString();
                        stop();
                        fail(error == QBluetoothDeviceDiscoveryAgent::PoweredOffError
                                 ? CuffProblem::AdapterOff
                                 : CuffProblem::NoBluetooth,
                             CuffLinkText::tr("The search for cuffs failed: %1").arg(text));
                    });
            m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
        });
    }

    void discovered(const QBluetoothDeviceInfo &info)
    {
        if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
            return;
        const CuffDevice device = deviceOf(info);
        if (!m_wanted) {
            if (m_handlers.found)
                m_handlers.found(device);
            return;
        }
        const bool wanted =
            m_wanted->isEmpty() ? device.bloodPressureService : device.address == *m_wanted;
        if (!wanted || m_controller)
            return;
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
        m_agent = nullptr;
        connectTo(info);
    }

    void searchEnded()
    {
        if (m_agent) {
            m_agent->deleteLater();
            m_agent = nullptr;
        }
        if (!m_wanted) {
            if (m_handlers.searchFinished)
                m_handlers.searchFinished();
            return;
        }
        if (m_controller)
            return;
        const int seconds = (m_searchMilliseconds + 999) / 1000;
        fail(CuffProblem::NotFound,
             m_wanted->isEmpty()
                 ? CuffLinkText::tr(
                       "No cuff showed itself in %n second(s). Press the cuff's start or "
                       "Bluetooth button so it shows itself, and keep it near.",
                       nullptr, seconds)
                 : CuffLinkText::tr(
                       "The cuff %1 did not show itself in %n second(s). Press its start or "
                       "Bluetooth button so it shows itself, and keep it near.",
                       nullptr, seconds)
                       .arg(*m_wanted));
    }

    void connectTo(const QBluetoothDeviceInfo &info)
    {
        m_device = deviceOf(info);
        m_ready = false;
        qCInfo(cuffLog) << "connecting" << m_device.address << m_device.name;
        m_controller = QLowEnergyController::createCentral(info, this);
        // A cuff whose values may be read only once paired can leave the service half
        // discovered, with no error from Qt: it is given up on after a while, and said why.
        const int generation = m_generation;
        QTimer::singleShot(readyTimeoutMilliseconds, this, [this, generation] {
            if (generation != m_generation || m_ready || !m_controller)
                return;
            const bool connected = m_controller->state() != QLowEnergyController::ConnectingState &&
                                   m_controller->state() != QLowEnergyController::UnconnectedState;
            drop();
            fail(connected ? CuffProblem::NeedsPairing : CuffProblem::ConnectionFailed,
                 connected
                     ? needsPairing()
                     : CuffLinkText::tr("The cuff could not be connected: it did not answer."));
        });
        connect(m_controller, &QLowEnergyController::connected, this,
                [this] { m_controller->discoverServices(); });
        connect(m_controller, &QLowEnergyController::discoveryFinished, this,
                [this] { servicesFound(); });
        connect(m_controller, &QLowEnergyController::errorOccurred, this,
                [this](QLowEnergyController::Error) {
                    const QString text = m_controller->errorString();
                    drop();
                    fail(CuffProblem::ConnectionFailed,
                         CuffLinkText::tr("The cuff could not be connected: %1").arg(text));
                });
        connect(m_controller, &QLowEnergyController::disconnected, this, [this] { lost(); });
        m_controller->connectToDevice();
    }

    void servicesFound()
    {
        if (!m_controller->services().contains(bloodPressureService)) {
            const QString name = m_device.name.isEmpty() ? m_device.address : m_device.name;
            drop();
            fail(CuffProblem::NoService,
                 CuffLinkText::tr(
                     "%1 does not offer the standard Blood Pressure Service; it may need its "
                     "maker's own app.")
                     .arg(name));
            return;
        }
        m_service = m_controller->createServiceObject(bloodPressureService, this);
        connect(m_service, &QLowEnergyService::stateChanged, this,
                [this](QLowEnergyService::ServiceState state) {
                    if (state == QLowEnergyService::RemoteServiceDiscovered)
                        serviceReady();
                });
        connect(m_service, &QLowEnergyService::characteristicChanged, this,
                [this](const QLowEnergyCharacteristic &characteristic, const QByteArray &value) {
                    received(characteristic.uuid(), value);
                });
        connect(m_service, &QLowEnergyService::characteristicWritten, this,
                [this](const QLowEnergyCharacteristic &characteristic) {
                    if (characteristic.uuid() == dateTimeUuid && m_handlers.clockSet)
                        m_handlers.clockSet(true);
                });
        connect(m_service, &QLowEnergyService::descriptorWritten, this,
                [this](const QLowEnergyDescriptor &descriptor, const QByteArray &) {
                    if (m_ready ||
                        descriptor.uuid() !=
                            QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)
                        return;
                    const QLowEnergyCharacteristic measurement =
                        m_service->characteristic(measurementUuid);
                    if (measurement.isValid() &&
                        measurement.clientCharacteristicConfiguration() == descriptor) {
                        m_ready = true;
                        qCInfo(cuffLog) << m_device.address << "is ready";
                        if (m_handlers.ready)
                            m_handlers.ready(m_device);
                    }
                });
        connect(m_service, &QLowEnergyService::errorOccurred, this,
                [this](QLowEnergyService::ServiceError error) { serviceError(error); });
        m_service->discoverDetails();
    }

    void serviceReady()
    {
        const QLowEnergyCharacteristic features = m_service->characteristic(featureUuid);
        if (features.isValid() && m_handlers.features)
            m_handlers.features(features.value());

        const QLowEnergyCharacteristic clock = m_service->characteristic(dateTimeUuid);
        if (clock.isValid() && (clock.properties() & QLowEnergyCharacteristic::Write)) {
            m_service->writeCharacteristic(clock,
                                           cuff::encodeDateTime(QDateTime::currentDateTime()));
        } else if (m_handlers.clockSet) {
            m_handlers.clockSet(false);
        }

        const QLowEnergyCharacteristic measurement = m_service->characteristic(measurementUuid);
        if (!measurement.isValid() || !measurement.clientCharacteristicConfiguration().isValid()) {
            drop();
            fail(CuffProblem::NoService,
                 CuffLinkText::tr("The cuff's Blood Pressure Service has no "
                                  "measurement that can be listened to."));
            return;
        }
        m_service->writeDescriptor(measurement.clientCharacteristicConfiguration(),
                                   QLowEnergyCharacteristic::CCCDEnableIndication);
        // The pressure while inflating after the measurement: a cuff that refuses this one
        // (it is optional) is heard all the same.
        const QLowEnergyCharacteristic pressure = m_service->characteristic(cuffPressureUuid);
        if (pressure.isValid() && pressure.clientCharacteristicConfiguration().isValid())
            m_service->writeDescriptor(pressure.clientCharacteristicConfiguration(),
                                       QLowEnergyCharacteristic::CCCDEnableNotification);
    }

    void serviceError(QLowEnergyService::ServiceError error)
    {
        switch (error) {
        case QLowEnergyService::CharacteristicWriteError:
            // The clock: a cuff that does not take it keeps its own.
            qCInfo(cuffLog) << "the cuff did not take the clock";
            if (m_handlers.clockSet)
                m_handlers.clockSet(false);
            return;
        case QLowEnergyService::DescriptorWriteError:
            if (m_ready)
                return;
            drop();
            fail(CuffProblem::NeedsPairing, needsPairing());
            return;
        default:
            if (m_ready)
                return;
            drop();
            fail(CuffProblem::ConnectionFailed,
                 CuffLinkText::tr("The cuff's Blood Pressure Service could not be read (error %1).")
                     .arg(int(error)));
            return;
        }
    }

    void received(const QBluetoothUuid &uuid, const QByteArray &value)
    {
        if (uuid == measurementUuid && m_handlers.measurement)
            m_handlers.measurement(value);
        else if (uuid == cuffPressureUuid && m_handlers.cuffPressure)
            m_handlers.cuffPressure(value);
    }

    void lost()
    {
        const bool wasReady = m_ready;
        const QString name = m_device.name.isEmpty() ? m_device.address : m_device.name;
        drop();
        if (wasReady) {
            qCInfo(cuffLog) << m_device.address << "went away";
            if (m_handlers.disconnected)
                m_handlers.disconnected();
        } else {
            fail(CuffProblem::ConnectionFailed,
                 CuffLinkText::tr(
                     "%1 went away before it was ready. Press its button again and keep it "
                     "near.")
                     .arg(name));
        }
    }

    /// Drops the connection and forgets it.
    void drop()
    {
        m_ready = false;
        if (m_service) {
            m_service->disconnect(this);
            m_service->deleteLater();
            m_service = nullptr;
        }
        if (m_controller) {
            m_controller->disconnect(this);
            m_controller->disconnectFromDevice();
            m_controller->deleteLater();
            m_controller = nullptr;
        }
    }

    CuffLinkHandlers m_handlers;
    std::optional<QString> m_wanted; ///< connecting: the address (empty: any cuff)
    int m_searchMilliseconds = 0;
    int m_generation = 0;
    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
    QLowEnergyController *m_controller = nullptr;
    QLowEnergyService *m_service = nullptr;
    CuffDevice m_device;
    bool m_ready = false;
};

} // namespace

std::unique_ptr<CuffLink> BluezCuffBackend::createLink(CuffLinkHandlers handlers)
{
    return std::make_unique<BluezCuffLink>(std::move(handlers));
}

} // namespace viparita::app
