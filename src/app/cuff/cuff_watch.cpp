#include "cuff/cuff_watch.h"

#include "plugins/cuff_backend.h"
#include "settings/settings.h"

#include <viparita/core/display_format.h>
#include <viparita/storage/journal.h>

#include <QTimer>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

CuffWatch *g_current = nullptr;

/// How long after a failed connection the cuff is looked for again.
constexpr int retryMilliseconds = 10'000;
/// How long after the last reading of a cuff's memory its counts are told.
constexpr int memoryReportMilliseconds = 1'500;

/// How long after the cuff last showed its pressure a reading counts as the one it measured.
constexpr qint64 inflatedWithinSeconds = 120;

} // namespace

CuffWatch::CuffWatch(Settings &settings, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_retry(new QTimer(this))
    , m_savedReport(new QTimer(this))
{
    g_current = this;
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CuffWatch::connectCuff);
    m_savedReport->setSingleShot(true);
    m_savedReport->setInterval(memoryReportMilliseconds);
    connect(m_savedReport, &QTimer::timeout, this, &CuffWatch::reportSaved);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::CuffAddress)
            restart();
    });
    // From the event loop: the window opens first.
    QTimer::singleShot(0, this, &CuffWatch::restart);
}

CuffWatch::~CuffWatch()
{
    if (g_current == this)
        g_current = nullptr;
}

CuffWatch *CuffWatch::current()
{
    return g_current;
}

bool CuffWatch::hasCuff() const
{
    return !m_settings.text(Settings::Key::CuffAddress).isEmpty();
}

QString CuffWatch::cuffName() const
{
    const QString name = m_settings.text(Settings::Key::CuffName);
    return name.isEmpty() ? m_settings.text(Settings::Key::CuffAddress) : name;
}

QString CuffWatch::statusText() const
{
    switch (m_state) {
    case State::None:
        return tr("Cuff: none chosen");
    case State::Unavailable:
        return tr("Cuff: %1").arg(m_why);
    case State::Searching:
        if (!m_why.isEmpty())
            return tr("Cuff: %1").arg(m_why);
        if (m_last)
            return tr("Cuff: last reading %1/%2 at %3; waiting for %4")
                .arg(m_last->systolic)
                .arg(m_last->diastolic)
                .arg(DisplayFormat().time(m_last->takenAt), cuffName());
        return tr("Cuff: waiting for %1 (press its button)").arg(cuffName());
    case State::Connected:
        if (m_last)
            return tr("Cuff: %1 connected; last reading %2/%3 at %4")
                .arg(cuffName())
                .arg(m_last->systolic)
                .arg(m_last->diastolic)
                .arg(DisplayFormat().time(m_last->takenAt));
        return tr("Cuff: %1 connected").arg(cuffName());
    }
    return {};
}

void CuffWatch::wait(QObject *owner, Taker take)
{
    release(owner);
    m_takers.append({QPointer<QObject>(owner), std::move(take)});
}

void CuffWatch::release(QObject *owner)
{
    m_takers.removeIf(
        [owner](const auto &taker) { return taker.first.isNull() || taker.first.data() == owner; });
}

void CuffWatch::setState(State state, const QString &why)
{
    m_why = why;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CuffWatch::restart()
{
    m_retry->stop();
    m_link.reset();
    if (!hasCuff()) {
        setState(State::None);
        return;
    }
    connectCuff();
}

void CuffWatch::retryLater(int milliseconds)
{
    m_link.reset();
    m_retry->start(milliseconds);
}

void CuffWatch::connectCuff()
{
    if (!hasCuff())
        return;
    if (!m_link) {
        QString whyNot;
        CuffBackend *backend = CuffBackend::instance(&whyNot);
        if (backend == nullptr) {
            spdlog::warn("No cuff: {}", whyNot.toStdString());
            setState(State::Unavailable, tr("Bluetooth is not available in this installation"));
            return;
        }
        CuffLinkHandlers handlers;
        handlers.ready = [this](const CuffDevice &device) {
            spdlog::info("Cuff {} connected", device.address.toStdString());
            setState(State::Connected);
        };
        handlers.measurement = [this](const QByteArray &bytes) {
            receive(bytes, QDateTime::currentDateTime());
        };
        handlers.cuffPressure = [this](const QByteArray &bytes) {
            if (const std::optional<int> pressure = cuff::decodeCuffPressure(bytes)) {
                m_lastInflated = QDateTime::currentDateTimeUtc();
                Q_EMIT cuffPressure(*pressure);
            }
        };
        handlers.disconnected = [this] {
            // What its memory held is told once the cuff is done sending.
            if (m_savedReport->isActive()) {
                m_savedReport->stop();
                reportSaved();
            }
            // Most cuffs switch themselves off after sending: wait for the next time.
            setState(State::Searching);
            QTimer::singleShot(0, this, &CuffWatch::connectCuff);
        };
        handlers.failed = [this](CuffProblem problem, const QString &message) {
            spdlog::info("Cuff: {}", message.toStdString());
            if (problem == CuffProblem::NoBluetooth || problem == CuffProblem::AdapterOff) {
                setState(State::Unavailable, problem == CuffProblem::AdapterOff
                                                 ? tr("Bluetooth is switched off")
                                                 : tr("no Bluetooth on this computer"));
                // Bluetooth may come (an adapter plugged in, switched on): ask again later.
                retryLater(6 * retryMilliseconds);
                return;
            }
            // A cuff that must be paired first, or is no cuff, is told of: waiting for it
            // again would say nothing to the person.
            const bool told =
                problem == CuffProblem::NeedsPairing || problem == CuffProblem::NoService;
            // Short on the status bar; the whole message is shown for a while beside it.
            setState(State::Searching,
                     !told ? QString()
                     : problem == CuffProblem::NeedsPairing
                         ? tr("%1 must be paired first (the desktop's Bluetooth settings)")
                               .arg(cuffName())
                         : tr("%1 does not offer the standard service").arg(cuffName()));
            if (told)
                Q_EMIT cuffFailed(message);
            retryLater(told ? 6 * retryMilliseconds : retryMilliseconds);
        };
        m_link = backend->createLink(std::move(handlers));
    }
    setState(State::Searching);
    // Looked for until it shows itself.
    m_link->connectCuff(m_settings.text(Settings::Key::CuffAddress), 0);
}

bool CuffWatch::isLive(const cuff::Intake &intake, const QDateTime &arrivedAt) const
{
    // The cuff inflated a moment ago: this is what it measured, whatever its clock says.
    if (m_lastInflated.isValid() &&
        m_lastInflated.secsTo(QDateTime::currentDateTimeUtc()) <= inflatedWithinSeconds)
        return true;
    // Else its own clock tells: measured within the last five minutes. A reading without the
    // cuff's time is one from its memory unless the cuff was seen inflating.
    return !intake.timeReplaced &&
           std::abs(intake.reading.takenAt.secsTo(arrivedAt)) <= cuff::futureToleranceSeconds;
}

void CuffWatch::reportSaved()
{
    Q_EMIT memorySaved(m_savedAdded, m_savedKnown);
    m_savedAdded = 0;
    m_savedKnown = 0;
}

void CuffWatch::receive(const QByteArray &bytes, const QDateTime &arrivedAt)
{
    const int user = m_settings.number(Settings::Key::CuffUser);
    const cuff::Intake intake =
        cuff::takeMeasurement(bytes, arrivedAt, user > 0 ? std::optional(user) : std::nullopt);
    switch (intake.outcome) {
    case cuff::Intake::Outcome::Malformed:
        spdlog::warn("Cuff: refused a record ({}): {}", intake.problem.toStdString(),
                     intake.bytes.toStdString());
        return;
    case cuff::Intake::Outcome::OtherUser:
        spdlog::info("Cuff: a reading of another user of the cuff ({}), not saved",
                     intake.sent.userId.value_or(0));
        if (isLive(intake, arrivedAt))
            Q_EMIT cuffFailed(tr("That reading was cuff user %1's, not yours (user %2): not "
                                 "saved.")
                                  .arg(intake.sent.userId.value_or(0))
                                  .arg(user));
        return;
    case cuff::Intake::Outcome::CuffError:
        spdlog::info("Cuff: could not measure ({})", intake.problem.toStdString());
        Q_EMIT cuffFailed(tr("The cuff could not measure: sit still and try again."));
        return;
    case cuff::Intake::Outcome::Reading:
        break;
    }
    if (!intake.sent.deviations.isEmpty())
        spdlog::info("Cuff: read through its deviation from the standard ({}): {}",
                     intake.sent.deviations.join(u"; "_s).toStdString(),
                     intake.bytes.toStdString());
    m_last = intake.reading;
    if (isLive(intake, arrivedAt)) {
        // Taken once: the memory the cuff may send after it is not this measurement.
        m_lastInflated = QDateTime();
        release(nullptr);
        // A copy: a taker may stop waiting as it takes (a dialog that closes).
        const auto takers = m_takers;
        for (qsizetype i = takers.size() - 1; i >= 0; --i) {
            const auto &[owner, take] = takers.at(i);
            if (owner && take(intake)) {
                Q_EMIT stateChanged(m_state);
                return;
            }
        }
    }
    if (m_journal) {
        const StorageResult<ImportOutcome> saved = m_journal->importReadings({intake.reading});
        if (!saved.ok()) {
            spdlog::error("Cuff: the reading could not be saved: {}",
                          saved.error().message.toStdString());
        } else {
            m_savedAdded += saved.value().added;
            m_savedKnown += saved.value().duplicates;
            m_savedReport->start();
        }
    }
    Q_EMIT stateChanged(m_state);
}

} // namespace viparita::app
