#pragma once

#include <viparita/core/reading.h>
#include <viparita/report/cuff_intake.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace viparita {
class Journal;
}

namespace viparita::app {

class CuffLink;
class Settings;

/// The cuff the person chose in Settings > Cuff, heard for as long as the app is open: it is
/// looked for until it shows itself (a cuff does when its button is pressed), connected, and
/// looked for again when it switches itself off. What it sends goes to whoever waits for a
/// reading now (a reading dialog, a playing session); a reading from its memory, or one that
/// nobody waits for, is saved to the journal on its own (a reading already there is skipped).
///
/// Qt Bluetooth is loaded (the cuff plugin) only once a cuff is chosen: without one, or
/// without Bluetooth, the app is as it was.
class CuffWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CuffWatch)

public:
    enum class State {
        None,        ///< no cuff chosen
        Unavailable, ///< no Bluetooth here (or the plugin is missing): `statusText` says why
        Searching,   ///< waiting for the cuff to show itself
        Connected,   ///< the cuff is connected: its readings are heard
    };
    Q_ENUM(State)

    /// What a waiting reader does with a reading just measured; true when it took it.
    using Taker = std::function<bool(const cuff::Intake &)>;

    /// `journal` may be null (nothing is saved then).
    CuffWatch(Settings &settings, Journal *journal, QObject *parent = nullptr);
    ~CuffWatch() override;

    /// The app's watch, or null when there is none (the tests of single dialogs).
    [[nodiscard]] static CuffWatch *current();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool hasCuff() const;
    /// The cuff's name for the person ("Fake BP Cuff", else its address).
    [[nodiscard]] QString cuffName() const;
    /// The status bar's words: "Cuff: searching for Fake BP Cuff", "Cuff: last reading
    /// 128/82 at 18:30", ...
    [[nodiscard]] QString statusText() const;
    /// The last reading the cuff sent, if any since the app started.
    [[nodiscard]] const std::optional<Reading> &lastReading() const { return m_last; }

    /// `owner` waits for the next reading just measured (the latest owner first); it stops
    /// waiting when it calls release() or is destroyed.
    void wait(QObject *owner, Taker take);
    void release(QObject *owner);

    /// Looks for the chosen cuff again now (after the settings changed, or by hand).
    void restart();

    /// A measurement's bytes as the cuff sent them, at `arrivedAt` (the link's handler; the
    /// tests call it to play a cuff's record without Bluetooth).
    void receive(const QByteArray &bytes, const QDateTime &arrivedAt);

Q_SIGNALS:
    void stateChanged(viparita::app::CuffWatch::State state);
    /// The cuff's pressure as it inflates, in mmHg.
    void cuffPressure(int mmHg);
    /// The cuff could not measure: `message` says so, for the person to try again.
    void cuffFailed(const QString &message);
    /// Readings from the cuff's memory were saved: how many were new, and how many already in
    /// the journal.
    void memorySaved(int added, int known);

private:
    void setState(State state, const QString &why = {});
    void connectCuff();
    void retryLater(int milliseconds);
    /// Tells how many readings of the cuff's memory were saved since it was last told.
    void reportSaved();
    /// Whether a reading is the one the cuff just measured (not one from its memory): the cuff
    /// showed its pressure inflating for it, or its own time is within five minutes.
    [[nodiscard]] bool isLive(const cuff::Intake &intake, const QDateTime &arrivedAt) const;

    Settings &m_settings;
    Journal *m_journal;
    std::unique_ptr<CuffLink> m_link;
    QTimer *m_retry;
    State m_state = State::None;
    QString m_why;
    std::optional<Reading> m_last;
    QDateTime m_lastInflated; ///< when the cuff last showed its pressure (UTC), until taken
    QList<std::pair<QPointer<QObject>, Taker>> m_takers;
    int m_savedAdded = 0;
    int m_savedKnown = 0;
    QTimer *m_savedReport;
};

} // namespace viparita::app
