#pragma once

#include <viparita/core/bp_classifier.h>
#include <viparita/core/breath_choice.h>

#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace viparita::app {

/// Every preference of the app: each key with its name and default in one
/// table (settings.cpp), stored with QSettings, and `changed` when set.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        Chimes,          ///< bool: a chime at each step and side, a bell at the end
        BreathTones,     ///< bool: a rising tone on the inhale, a falling one on the exhale
        Voice,           ///< bool: cues and step names read aloud
        EyesClosed,      ///< bool: also announce the next step and ten seconds left
        Volume,          ///< int 0-100
        DefaultMinutes,  ///< int: 0 for the sequence's own length, else 3-60
        BreathPace,      ///< QString: "sequence", "6", "5", "gentle" or "custom"
        CustomInhale,    ///< double seconds
        CustomHoldIn,    ///< double seconds
        CustomExhale,    ///< double seconds
        CustomHoldOut,   ///< double seconds
        LengthenBreath,  ///< bool: the chosen pace lengthens by a second each way over the session
        Guideline,       ///< QString: "aha2025", "esc2024" or "esh2023" ("aha", "esh" of old)
        TakesMedication, ///< bool: ask for a reading during and after each session
        /// bool: after a session, readings on standing up at 1 and 3 minutes; when never
        /// set, it follows TakesMedication
        StandingCheck,
        UsualArm,      ///< QString: "left" or "right"
        UsualPosition, ///< QString: "sitting", "lying" or "standing"
        ReportName,    ///< QString: the name on reports for the doctor
        ExportNotes,   ///< bool: exports for the doctor include the notes
        ExportFolder,  ///< QString: the folder of the last export or import
        Theme,         ///< QString: "system" or "night"
        /// QString: "" for the system's language, else one of Localization::languages()
        Language,
        CautionsAcknowledged, ///< bool: the cautions were read and acknowledged
        CuffAddress,          ///< QString: the Bluetooth cuff chosen ("C0:FF:EE:00:18:10"), or ""
        CuffName,             ///< QString: its name, as it was found
        CuffUser,             ///< int: which of the cuff's users the person is, 0 for any
        RemindersPractice,    ///< bool: a reminder to practise on PracticeDays at PracticeTime
        PracticeDays,         ///< QString: "1,3,5", the days (1 Monday to 7 Sunday)
        PracticeTime,         ///< QString: "19:00"
        RemindersWeek,        ///< bool: reminders of a home week's morning and evening slots
        MorningTime,          ///< QString: "07:30"
        EveningTime,          ///< QString: "20:00"
    };
    Q_ENUM(Key)

    /// The user's settings.
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in a file of their own (for tests).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    /// Forgets a stored value, so the default applies again.
    void reset(Key key);

    [[nodiscard]] bool flag(Key key) const { return value(key).toBool(); }
    [[nodiscard]] int number(Key key) const { return value(key).toInt(); }
    [[nodiscard]] double seconds(Key key) const { return value(key).toDouble(); }
    [[nodiscard]] QString text(Key key) const { return value(key).toString(); }

    [[nodiscard]] viparita::Guideline guideline() const;
    /// The Volume setting as a gain from 0 (silent) to 1, kept within range for a
    /// hand-edited file.
    [[nodiscard]] double volume() const;
    /// The breathing pace chosen in the settings: the pace, the custom pattern, lengthening.
    [[nodiscard]] BreathChoice breathChoice() const;
    /// The breath of that choice, or nothing for the sequence's own.
    [[nodiscard]] std::optional<BreathProgression> breath() const;
    /// The breath of `choice` (BreathChoice::resolve); a custom pattern that cannot be
    /// breathed (a hand-edited file) gives the sequence's own pace, with a warning in the log.
    [[nodiscard]] static std::optional<BreathProgression> breathOf(const BreathChoice &choice);

    /// The key as stored ("sound/chimes").
    [[nodiscard]] static QString name(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(viparita::app::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace viparita::app
