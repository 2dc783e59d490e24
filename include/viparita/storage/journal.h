#pragma once

#include <viparita/core/medication.h>
#include <viparita/core/reading.h>
#include <viparita/storage/date_range.h>
#include <viparita/storage/session_record.h>
#include <viparita/storage/storage_error.h>

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace viparita {

class Journal;

/// What a committed write of the journal changed.
enum class JournalChange {
    Readings,    ///< readings added, changed, deleted, restored or imported
    Sessions,    ///< a session started, a step saved, a session finished or logged
    Medications, ///< a medicine added, changed, stopped or deleted
    HomeWeeks,   ///< a home-monitoring week begun or deleted
};

/// A home-monitoring week the person began: its first day and why (before a doctor's visit,
/// after a change of medication).
struct HomeWeekRecord {
    qint64 id = 0;
    QDate firstDay;
    QString reason;

    friend bool operator==(const HomeWeekRecord &, const HomeWeekRecord &) = default;
};

/// What opening a journal gave.
struct JournalOpenResult {
    std::unique_ptr<Journal> journal; ///< null when it could not be opened
    StorageError error;               ///< why not; or, with a journal, why it is read-only
};

/// What importing readings did.
struct ImportOutcome {
    int added = 0;
    int duplicates = 0; ///< readings already in the journal, skipped

    friend bool operator==(const ImportOutcome &, const ImportOutcome &) = default;
};

/// The journal: sessions, their steps and blood-pressure readings in one
/// SQLite file. Every change is its own committed transaction, written as it
/// happens; a damaged file is never written to.
class Journal final {
public:
    static constexpr int schemaVersion = 7;
    /// PRAGMA application_id of a Viparita journal ("VIPR").
    static constexpr int applicationId = 0x56495052;

    struct OpenOptions {
        /// Make the journal's folder when it does not exist (for the default path).
        bool createFolder = false;
        /// Where backups are looked for, to name the latest in messages.
        QString backupFolder;
        /// What checkFile() said of this path just before (on another thread while the
        /// application starts, for one). "ok" spares opening its own check of the whole
        /// file; anything else, or nothing, and opening checks the file itself.
        QString checkedAs;
    };

    /// Checks the file at `path` as opening does (PRAGMA quick_check), on a read-only
    /// connection of its own, so any thread may run it: "ok" for a sound file, else what
    /// is wrong or why it could not be checked. Nothing is written.
    [[nodiscard]] static QString checkFile(const QString &path);

    /// Opens (or creates, with mode 0600) the journal at `path`.
    [[nodiscard]] static JournalOpenResult open(const QString &path, const OpenOptions &options);

    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// Told of every change this journal object commits, after the commit, on the thread
    /// that wrote it: the one notification every view of the journal can follow, whichever
    /// part of the program wrote. Changes made by another process are not seen. One listener;
    /// setting another replaces it, and an empty function removes it.
    using ChangeListener = std::function<void(JournalChange)>;
    void setChangeListener(ChangeListener listener);

    [[nodiscard]] const QString &path() const;
    [[nodiscard]] bool isReadOnly() const;
    /// Why the journal is read-only, empty when it is not.
    [[nodiscard]] const QString &readOnlyReason() const;

    // Sessions
    [[nodiscard]] StorageResult<qint64> startSession(const SessionRecord &session);
    /// Saves a played step; saving the same position again updates it.
    [[nodiscard]] StorageStatus addSessionStep(qint64 sessionId, const SessionStepRecord &step);
    [[nodiscard]] StorageStatus finishSession(qint64 sessionId, SessionStatus status,
                                              const QDateTime &endedAt, int actualSeconds,
                                              std::optional<int> feeling, const QString &note);
    [[nodiscard]] StorageResult<SessionRecord> session(qint64 sessionId) const;
    [[nodiscard]] StorageResult<QList<SessionRecord>> sessions(const DateRange &range = {}) const;
    /// The completed session that began last, none when there is none.
    [[nodiscard]] StorageResult<std::optional<SessionRecord>> lastCompletedSession() const;
    /// The local days (each session's own) with a completed session, oldest first, each once.
    [[nodiscard]] StorageResult<QList<QDate>> practiceDays() const;
    /// Sessions still in progress: a crash or power cut ended them.
    [[nodiscard]] StorageResult<QList<SessionRecord>> interruptedSessions() const;
    [[nodiscard]] StorageResult<QList<SessionStepRecord>> sessionSteps(qint64 sessionId) const;
    /// A whole session done away from the app, with its steps and readings,
    /// in one transaction: all of it is saved, or none.
    [[nodiscard]] StorageResult<qint64> logSession(const SessionRecord &session,
                                                   const QList<SessionStepRecord> &steps,
                                                   const QList<Reading> &readings);
    /// Changes what the person said of a session: how they felt (1 to 5, or not said) and
    /// the note.
    [[nodiscard]] StorageStatus updateSessionNotes(qint64 sessionId, std::optional<int> feeling,
                                                   const QString &note);
    /// Marks a session deleted, with its readings; restoreSession() undoes it (the readings
    /// deleted on their own before stay deleted). A session under way cannot be deleted.
    [[nodiscard]] StorageStatus deleteSession(qint64 sessionId);
    [[nodiscard]] StorageStatus restoreSession(qint64 sessionId);

    // Readings
    /// Saves a reading (checked with ReadingValidator first); gives its id.
    [[nodiscard]] StorageResult<qint64> addReading(const Reading &reading);
    /// Saves the readings of one moment (a guided measurement's) in one transaction: all of
    /// them, or none when one breaks a rule; gives their ids in order.
    [[nodiscard]] StorageResult<QList<qint64>> addReadings(const QList<Reading> &readings);
    [[nodiscard]] StorageStatus updateReading(const Reading &reading);
    /// Marks a reading deleted; restoreReading() undoes it.
    [[nodiscard]] StorageStatus deleteReading(qint64 readingId);
    [[nodiscard]] StorageStatus restoreReading(qint64 readingId);
    /// Removes the readings marked deleted for good; gives how many.
    [[nodiscard]] StorageResult<int> purgeDeletedReadings();
    [[nodiscard]] StorageResult<Reading> reading(qint64 readingId) const;
    /// How much of each reading to read.
    enum class ReadingDetail {
        Full,
        /// The time, the pressures and pulse, the context and the session: what statistics
        /// and charts use. The arm, position, irregular flag and note keep their defaults,
        /// and a read of years of readings takes about a tenth less time.
        Measures,
    };
    /// Readings in time order, deleted ones left out.
    [[nodiscard]] StorageResult<QList<Reading>>
    readings(const DateRange &range = {}, ReadingDetail detail = ReadingDetail::Full) const;
    [[nodiscard]] StorageResult<QList<Reading>> readingsOfSession(qint64 sessionId) const;
    /// Saves readings (each checked with ReadingValidator) in one transaction: all of them,
    /// or none. A reading already in the journal (not deleted, taken less than a minute apart
    /// with the same systolic and diastolic: the same reading as another app or an earlier
    /// import wrote it) is skipped and counted; so is a repeat within `readings`. Session links are
    /// kept as given (they must name sessions of this journal). With `dryRun`, nothing is written:
    /// the outcome says what an import would do.
    [[nodiscard]] StorageResult<ImportOutcome> importReadings(const QList<Reading> &readings,
                                                              bool dryRun = false);
    /// What a feed of readings to import (importReadings()) says each time it is asked.
    enum class Feed {
        More,    ///< it gave readings, and may have more
        Done,    ///< there are no more: keep what was imported
        Abandon, ///< stop, and keep nothing of this import
    };
    /// importReadings() of readings as they are read (a file of ten years is read while the
    /// readings before are written): `next` fills its list with the next readings and says
    /// whether there are more; on Done the import is committed, on Abandon (or on a reading
    /// that breaks a rule) nothing of it is kept, and Abandon gives an Invalid error.
    /// `expected`, when known, is about how many readings will come.
    [[nodiscard]] StorageResult<ImportOutcome>
    importReadings(const std::function<Feed(QList<Reading> &)> &next, qsizetype expected = 0);
    /// How many of `readings` repeat an earlier one of them (within a minute, with the same
    /// systolic and diastolic: the rule importReadings() skips duplicates by).
    [[nodiscard]] static int repeatsWithin(const QList<Reading> &readings);
    /// The first local day with a reading or a session; nothing in an empty journal.
    [[nodiscard]] StorageResult<std::optional<QDate>> firstDay() const;

    // Medication
    /// Saves a medicine with its course so far (checked with MedicationRules first, as of
    /// today); gives its id.
    [[nodiscard]] StorageResult<qint64> addMedication(const Medication &medication);
    /// Adds a change (a new dose, a stop, a start again) to the course of medicine
    /// `medicationId`, after the changes of its day; checked with MedicationRules first.
    [[nodiscard]] StorageResult<qint64> addMedicationChange(qint64 medicationId,
                                                            const MedicationChange &change);
    /// Takes back the latest change of a medicine's course (one recorded by mistake); the
    /// first (its start) stays: deleteMedication() removes a medicine entered by mistake.
    [[nodiscard]] StorageStatus removeLatestMedicationChange(qint64 medicationId);
    /// Changes what is said of a medicine: its name, times of the day and whether it is for
    /// blood pressure (its course is changed by changes).
    [[nodiscard]] StorageStatus updateMedicationDetails(const Medication &medication);
    /// Marks a medicine deleted (entered by mistake); restoreMedication() undoes it.
    [[nodiscard]] StorageStatus deleteMedication(qint64 medicationId);
    [[nodiscard]] StorageStatus restoreMedication(qint64 medicationId);
    [[nodiscard]] StorageResult<Medication> medication(qint64 medicationId) const;
    /// The medicines, deleted ones left out, in the order they were first started (then by
    /// name), each with its course.
    [[nodiscard]] StorageResult<QList<Medication>> medications() const;

    // Home-monitoring weeks
    /// Begins a home-monitoring week on `firstDay` (one a day at most); gives its id.
    [[nodiscard]] StorageResult<qint64> startHomeWeek(const QDate &firstDay, const QString &reason);
    /// The weeks begun, oldest first.
    [[nodiscard]] StorageResult<QList<HomeWeekRecord>> homeWeeks() const;
    [[nodiscard]] StorageStatus deleteHomeWeek(qint64 weekId);

    // Backups
    /// Writes a consistent copy of the journal to `file` (which must not exist).
    [[nodiscard]] StorageStatus backupTo(const QString &file) const;

    /// The implementation; its definition is private to the storage library.
    class Private;

private:
    explicit Journal(std::unique_ptr<Private> implementation);
    std::unique_ptr<Private> d;
};

} // namespace viparita
