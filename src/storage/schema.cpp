#include "schema.h"

#include <viparita/storage/journal.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

namespace {

/// The steps that give the readings a new table (SQLite cannot change a CHECK constraint in
/// place): `createNew` makes readings_new, the rows are copied over, ids and all, and the
/// indexes are made again on it.
QStringList rebuildReadings(const QString &createNew)
{
    return {
        createNew,
        u"INSERT INTO readings_new (id, taken_at, taken_offset, systolic, diastolic, pulse, "
        u"context, session_id, arm, position, irregular, note, deleted_at) "
        u"SELECT id, taken_at, taken_offset, systolic, diastolic, pulse, context, "
        u"session_id, arm, position, irregular, note, deleted_at FROM readings"_s,
        u"DROP TABLE readings"_s,
        u"ALTER TABLE readings_new RENAME TO readings"_s,
        u"CREATE INDEX readings_by_local_time ON readings (taken_at + taken_offset * 1000)"_s,
        u"CREATE INDEX readings_by_session ON readings (session_id)"_s,
        u"CREATE INDEX readings_by_time ON readings (taken_at, id)"_s,
    };
}

} // namespace

// Times are stored as UTC milliseconds since 1970 with the UTC offset (in
// seconds) of that moment where it was taken, so the local time of day
// stays right across travel and daylight saving time.
const std::vector<SchemaStep> &schemaSteps()
{
    static const std::vector<SchemaStep> steps{
        {1,
         {
             u"PRAGMA application_id = %1"_s.arg(Journal::applicationId),
             uR"(CREATE TABLE sessions (
                    id INTEGER PRIMARY KEY,
                    sequence_id TEXT NOT NULL,
                    sequence_version INTEGER NOT NULL,
                    sequence_title TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    started_offset INTEGER NOT NULL,
                    ended_at INTEGER,
                    ended_offset INTEGER,
                    status TEXT NOT NULL
                        CHECK (status IN ('in_progress', 'completed', 'stopped')),
                    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
                    actual_seconds INTEGER CHECK (actual_seconds >= 0),
                    breath_pattern TEXT NOT NULL DEFAULT '',
                    feeling INTEGER CHECK (feeling BETWEEN 1 AND 5),
                    note TEXT NOT NULL DEFAULT '',
                    CHECK ((ended_at IS NULL) = (ended_offset IS NULL))
                ))"_s,
             uR"(CREATE TABLE session_steps (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    step_id TEXT NOT NULL,
                    side TEXT CHECK (side IN ('right', 'left')),
                    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
                    actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
                    skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
                    extended_seconds INTEGER NOT NULL DEFAULT 0 CHECK (extended_seconds >= 0),
                    UNIQUE (session_id, position)
                ))"_s,
             uR"(CREATE TABLE readings (
                    id INTEGER PRIMARY KEY,
                    taken_at INTEGER NOT NULL,
                    taken_offset INTEGER NOT NULL,
                    systolic INTEGER NOT NULL CHECK (systolic BETWEEN 50 AND 300),
                    diastolic INTEGER NOT NULL CHECK (diastolic BETWEEN 25 AND 200),
                    pulse INTEGER CHECK (pulse BETWEEN 25 AND 250),
                    context TEXT NOT NULL
                        CHECK (context IN ('standalone', 'before', 'during', 'after')),
                    session_id INTEGER REFERENCES sessions (id),
                    arm TEXT CHECK (arm IN ('left', 'right')),
                    position TEXT CHECK (position IN ('sitting', 'lying', 'standing')),
                    irregular INTEGER NOT NULL DEFAULT 0 CHECK (irregular IN (0, 1)),
                    note TEXT NOT NULL DEFAULT '',
                    deleted_at INTEGER,
                    CHECK (systolic > diastolic)
                ))"_s,
             u"CREATE INDEX readings_by_local_time ON readings (taken_at + taken_offset * 1000)"_s,
             u"CREATE INDEX readings_by_session ON readings (session_id)"_s,
             u"CREATE INDEX sessions_by_local_time ON sessions (started_at + started_offset * 1000)"_s,
         }},
        // Reading all readings in time order walks this index instead of
        // sorting a hundred thousand rows.
        {2, {u"CREATE INDEX readings_by_time ON readings (taken_at, id)"_s}},
        // Readings on standing up after a session (the standing check) have a context of
        // their own. SQLite cannot change a CHECK constraint in place: the table is made
        // anew with the wider one and the rows copied over, ids and all.
        {3, rebuildReadings(uR"(CREATE TABLE readings_new (
                    id INTEGER PRIMARY KEY,
                    taken_at INTEGER NOT NULL,
                    taken_offset INTEGER NOT NULL,
                    systolic INTEGER NOT NULL CHECK (systolic BETWEEN 50 AND 300),
                    diastolic INTEGER NOT NULL CHECK (diastolic BETWEEN 25 AND 200),
                    pulse INTEGER CHECK (pulse BETWEEN 25 AND 250),
                    context TEXT NOT NULL
                        CHECK (context IN ('standalone', 'before', 'during', 'after', 'standing')),
                    session_id INTEGER REFERENCES sessions (id),
                    arm TEXT CHECK (arm IN ('left', 'right')),
                    position TEXT CHECK (position IN ('sitting', 'lying', 'standing')),
                    irregular INTEGER NOT NULL DEFAULT 0 CHECK (irregular IN (0, 1)),
                    note TEXT NOT NULL DEFAULT '',
                    deleted_at INTEGER,
                    CHECK (systolic > diastolic)
                ))"_s)},
        // A session can be deleted, and its deletion undone, as a reading can.
        {4, {u"ALTER TABLE sessions ADD COLUMN deleted_at INTEGER"_s}},
        // The same rules for the words of a reading, written as comparisons: SQLite checks
        // "x IN (three or more words)" by building a small table for every row written, which
        // made an import of ten years (100,000 rows) spend half its time on two checks.
        {5, rebuildReadings(uR"(CREATE TABLE readings_new (
                    id INTEGER PRIMARY KEY,
                    taken_at INTEGER NOT NULL,
                    taken_offset INTEGER NOT NULL,
                    systolic INTEGER NOT NULL CHECK (systolic BETWEEN 50 AND 300),
                    diastolic INTEGER NOT NULL CHECK (diastolic BETWEEN 25 AND 200),
                    pulse INTEGER CHECK (pulse BETWEEN 25 AND 250),
                    context TEXT NOT NULL
                        CHECK (context = 'standalone' OR context = 'before'
                               OR context = 'during' OR context = 'after'
                               OR context = 'standing'),
                    session_id INTEGER REFERENCES sessions (id),
                    arm TEXT CHECK (arm = 'left' OR arm = 'right'),
                    position TEXT
                        CHECK (position = 'sitting' OR position = 'lying'
                               OR position = 'standing'),
                    irregular INTEGER NOT NULL DEFAULT 0 CHECK (irregular = 0 OR irregular = 1),
                    note TEXT NOT NULL DEFAULT '',
                    deleted_at INTEGER,
                    CHECK (systolic > diastolic)
                ))"_s)},
        // Only the readings of a session are found by their session: the many readings taken
        // on their own (all of an import) are left out of its index, which made it the
        // slowest of the three to keep.
        {6,
         {u"DROP INDEX readings_by_session"_s,
          u"CREATE INDEX readings_by_session ON readings (session_id) "
          "WHERE session_id IS NOT NULL"_s}},
        // The medicines a person takes and each change of their course, for the doctor's
        // report and the trend charts; and the home-monitoring weeks they began. A day is
        // kept as its ISO date ("2026-11-01"): a change of dose takes effect on a day, not at
        // a moment, wherever the person is.
        {7,
         {
             uR"(CREATE TABLE medications (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    times_of_day TEXT NOT NULL DEFAULT '',
                    for_blood_pressure INTEGER NOT NULL DEFAULT 1
                        CHECK (for_blood_pressure = 0 OR for_blood_pressure = 1),
                    deleted_at INTEGER
                ))"_s,
             uR"(CREATE TABLE medication_changes (
                    id INTEGER PRIMARY KEY,
                    medication_id INTEGER NOT NULL
                        REFERENCES medications (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL
                        CHECK (kind = 'started' OR kind = 'changed' OR kind = 'stopped'),
                    on_day TEXT NOT NULL CHECK (date(on_day) IS on_day),
                    dose_amount REAL CHECK (dose_amount > 0),
                    dose_unit TEXT,
                    reason TEXT NOT NULL DEFAULT '',
                    CHECK ((kind = 'stopped') = (dose_amount IS NULL)),
                    CHECK ((dose_amount IS NULL) = (dose_unit IS NULL))
                ))"_s,
             u"CREATE INDEX medication_changes_by_medication "
             "ON medication_changes (medication_id, on_day, id)"_s,
             uR"(CREATE TABLE home_weeks (
                    id INTEGER PRIMARY KEY,
                    first_day TEXT NOT NULL UNIQUE CHECK (date(first_day) IS first_day),
                    reason TEXT NOT NULL DEFAULT ''
                ))"_s,
         }},
    };
    return steps;
}

} // namespace viparita::detail
