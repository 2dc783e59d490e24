// Power cuts through the real viparita-cli: it is run writing readings,
// sessions, imports and deletes, and killed with SIGKILL at random moments
// (seeded). After each kill the journal is read back read-only: it must pass
// integrity_check, every acknowledged write must be there unchanged, and the
// write that was cut off must be there whole or not at all.
// docs/reliability.md describes the harness and its figures.
#include "kill_support.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <array>
#include <cstdio>
#include <optional>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::reliability;
using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

namespace {

enum class Kind { Add, Import, Session, Delete };
constexpr std::array kindNames{"reading add", "import", "session log", "reading delete"};

const char *nameOf(Kind kind)
{
    return kindNames.at(static_cast<std::size_t>(kind));
}

/// A reading as a write means it: its columns from taken_at to note.
struct ReadingValues {
    qint64 seconds = 0; ///< since 1970, UTC
    int offset = 0;     ///< seconds east of UTC
    int systolic = 0;
    int diastolic = 0;
    std::optional<int> pulse;
    QString context = u"standalone"_s;
    std::optional<qint64> sessionId;
    QString arm;      ///< empty for none
    QString position; ///< empty for none
    bool irregular = false;
    QString note;

    [[nodiscard]] Row content() const
    {
        auto text = [](const QString &value) {
            return value.isEmpty() ? quotedNull() : quoted(value);
        };
        return {quoted(seconds * 1000),
                quoted(offset),
                quoted(systolic),
                quoted(diastolic),
                pulse ? quoted(*pulse) : quotedNull(),
                quoted(context),
                sessionId ? quoted(*sessionId) : quotedNull(),
                text(arm),
                text(position),
                quoted(irregular ? 1 : 0),
                quoted(note)};
    }
    [[nodiscard]] QDateTime time() const
    {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
    }
    [[nodiscard]] QString triple() const
    {
        return pulse ? u"%1/%2/%3"_s.arg(systolic).arg(diastolic).arg(*pulse)
                     : u"%1/%2"_s.arg(systolic).arg(diastolic);
    }
};

/// The columns of a reading row that a write decides (all but id and deleted_at).
Row contentOf(const Row &row)
{
    return row.mid(RTakenAt, RNote - RTakenAt + 1);
}

/// One run of viparita-cli that changes the journal, and what it must leave.
struct Write {
    Kind kind = Kind::Add;
    QStringList arguments;
    std::vector<ReadingValues> readings; ///< reading add, import; a session's own
    // session log
    QString sequence;
    qint64 startSeconds = 0;
    int offset = 0;
    std::optional<int> feeling;
    QString note;
    int before = 0, during = 0;       ///< how many of `readings` are before, during (then after)
    std::vector<PlannedStepRow> plan; ///< its steps, from `viparita-cli plan`
    // reading delete
    qint64 target = 0;
    // outcome
    bool acknowledged = false;
    qint64 acknowledgedId = 0;
};

struct KnownReading {
    Row content;
    /// "NULL", the stored value, or "?" (deleted, value not seen yet) or
    /// "*" (a delete was cut off: either).
    QString deletedAt = u"NULL"_s;
};

struct KnownSession {
    Row row;
    std::vector<Row> steps;
};

/// What the journal must hold: every acknowledged write, and every cut-off
/// write that was found whole.
struct Model {
    std::map<qint64, KnownReading> readings;
    std::map<qint64, KnownSession> sessions;
};

const QStringList noteTexts{
    QString(),
    u"after the walk, calm"_s,
    u"«quiet» evening — 静か"_s,
    u"cuff \"tight\", took it again"_s,
    u"coffee; slept 7 h"_s,
    u"Ärger im Büro, it's fine"_s,
    u"line one\nline two"_s,
};

QString offsetText(int offset)
{
    const int minutes = std::abs(offset) / 60;
    return u"%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

/// Makes the writes, from the seeded generator.
class WriteMaker {
public:
    WriteMaker(std::mt19937 &random, QString folder) : m_random(random), m_folder(std::move(folder))
    {}

    Write make(Kind kind, const std::vector<qint64> &live)
    {
        Write write;
        write.kind = kind;
        switch (kind) {
        case Kind::Add: {
            ReadingValues reading = readingValues(true);
            write.arguments = {u"reading"_s,     u"add"_s,
                               u"--systolic"_s,  QString::number(reading.systolic),
                               u"--diastolic"_s, QString::number(reading.diastolic)};
            if (reading.pulse)
                write.arguments += {u"--pulse"_s, QString::number(*reading.pulse)};
            if (!reading.arm.isEmpty())
                write.arguments += {u"--arm"_s, reading.arm};
            if (!reading.position.isEmpty())
                write.arguments += {u"--position"_s, reading.position};
            if (reading.irregular)
                write.arguments += u"--irregular"_s;
            if (!reading.note.isEmpty())
                write.arguments += {u"--note"_s, reading.note};
            write.arguments += {u"--at"_s, reading.time().toString(Qt::ISODate)};
            write.readings.push_back(reading);
            break;
        }
        case Kind::Import: {
            const int count = uniform(2, 12);
            QByteArray csv =
                "date,time,utc_offset,context,systolic,diastolic,pulse,arm,position,irregular,"
                "note\r\n";
            for (int i = 0; i < count; ++i) {
                ReadingValues reading = readingValues(false);
                const QDateTime time = reading.time();
                csv += QStringList{time.date().toString(u"yyyy-MM-dd"_s),
                                   time.time().toString(u"HH:mm:ss"_s),
                                   offsetText(reading.offset),
                                   reading.context,
                                   QString::number(reading.systolic),
                                   QString::number(reading.diastolic),
                                   reading.pulse ? QString::number(*reading.pulse) : QString(),
                                   reading.arm,
                                   reading.position,
                                   reading.irregular ? u"1"_s : u"0"_s,
                                   csvField(reading.note)}
                           .join(u',')
                           .toUtf8() +
                       "\r\n";
                write.readings.push_back(reading);
            }
            const QString file = u"%1/import-%2.csv"_s.arg(m_folder).arg(++m_imports);
            viparita::test::writeFile(file, csv);
            write.arguments = {u"import"_s, file};
            break;
        }
        case Kind::Session: {
            write.sequence = m_random() % 2 ? u"healing"_s : u"classic"_s;
            // A day of its own for each session, far from the readings.
            write.startSeconds = sessionBase + 86400LL * m_sessions++ + uniform(0, 40000);
            write.offset = offsets.at(static_cast<std::size_t>(uniform(0, offsets.size() - 1)));
            const int minutes =
                std::array{5, 8, 10, 15}.at(static_cast<std::size_t>(uniform(0, 3)));
            write.plan = plan(write.sequence, minutes);
            write.arguments = {
                u"session"_s,
                u"log"_s,
                write.sequence,
                u"--at"_s,
                QDateTime::fromSecsSinceEpoch(write.startSeconds, Qt::OffsetFromUTC, write.offset)
                    .toString(Qt::ISODate),
                u"--minutes"_s,
                QString::number(minutes)};
            write.before = uniform(0, 2);
            write.during = uniform(0, 1);
            const int after = uniform(0, 2);
            for (int i = 0; i < write.before + write.during + after; ++i) {
                ReadingValues reading = readingValues(false);
                reading.arm.clear();
                reading.position.clear();
                reading.irregular = false;
                reading.note.clear();
                reading.context = i < write.before                  ? u"before"_s
                                  : i < write.before + write.during ? u"during"_s
                                                                    : u"after"_s;
                write.arguments += {u"--"_s + reading.context, reading.triple()};
                write.readings.push_back(reading);
            }
            if (m_random() % 3 != 0) {
                write.feeling = uniform(1, 5);
                write.arguments += {u"--feeling"_s, QString::number(*write.feeling)};
            }
            write.note = noteTexts.at(uniform(0, static_cast<int>(noteTexts.size()) - 1));
            if (!write.note.isEmpty())
                write.arguments += {u"--note"_s, write.note};
            break;
        }
        case Kind::Delete:
            write.target =
                live.at(static_cast<std::size_t>(uniform(0, static_cast<int>(live.size()) - 1)));
            write.arguments = {u"reading"_s, u"delete"_s, QString::number(write.target)};
            break;
        }
        return write;
    }

    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    int uniform(int low, std::size_t high) { return uniform(low, static_cast<int>(high)); }

private:
    static constexpr qint64 readingBase = 1735689600; // 2025-01-01T00:00:00Z
    static constexpr qint64 sessionBase = 1756684800; // 2025-09-01T00:00:00Z
    static constexpr std::array offsets{3600, 7200, -18000, 19800, 0, -12600};

    ReadingValues readingValues(bool standalone)
    {
        ReadingValues reading;
        // Each reading a moment of its own, so each is told apart by its content.
        reading.seconds = readingBase + 97LL * m_readings++;
        reading.offset = offsets.at(static_cast<std::size_t>(uniform(0, offsets.size() - 1)));
        reading.systolic = uniform(95, 175);
        reading.diastolic = uniform(55, std::min(110, reading.systolic - 20));
        if (uniform(0, 3) != 0)
            reading.pulse = uniform(48, 96);
        if (!standalone) {
            static const QStringList contexts{u"standalone"_s, u"before"_s, u"during"_s,
                                              u"after"_s};
            reading.context = contexts.at(uniform(0, 3));
        }
        static const QStringList arms{QString(), u"left"_s, u"right"_s};
        static const QStringList positions{QString(), u"sitting"_s, u"lying"_s, u"standing"_s};
        reading.arm = arms.at(uniform(0, 2));
        reading.position = positions.at(uniform(0, 3));
        reading.irregular = uniform(0, 9) == 0;
        const QString note = noteTexts.at(uniform(0, static_cast<int>(noteTexts.size()) - 1));
        reading.note = note.isEmpty() ? note : u"r%1 "_s.arg(m_readings) + note;
        return reading;
    }

    const std::vector<PlannedStepRow> &plan(const QString &sequence, int minutes)
    {
        auto &steps = m_plans[{sequence, minutes}];
        if (steps.empty()) {
            QString error;
            steps = planSteps(QStringLiteral(VIPARITA_CLI_PATH), sequence, minutes, error);
            INFO(error.toStdString());
            REQUIRE_FALSE(steps.empty());
        }
        return steps;
    }

    std::mt19937 &m_random;
    QString m_folder;
    std::map<std::pair<QString, int>, std::vector<PlannedStepRow>> m_plans;
    int m_readings = 0;
    int m_sessions = 0;
    int m_imports = 0;
};

/// The acknowledgement a finished run printed, checked against the write.
bool acknowledge(Write &write, const ChildProcess &child, QString &problem)
{
    const QString out = QString::fromUtf8(child.out());
    // A run killed after it printed its acknowledgement (in its exit, say)
    // has acknowledged its write all the same.
    if (child.exitCode() != 0 && (child.exitCode() != -1 || out.isEmpty())) {
        problem = u"exit status %1: %2"_s.arg(child.exitCode()).arg(QString::fromUtf8(child.err()));
        return false;
    }
    QRegularExpressionMatch match;
    switch (write.kind) {
    case Kind::Add:
        match = QRegularExpression(u"^Saved reading (\\d+): "_s).match(out);
        break;
    case Kind::Session:
        match = QRegularExpression(u"^Saved session (\\d+): "_s).match(out);
        break;
    case Kind::Delete:
        match = QRegularExpression(u"^Deleted reading (\\d+)\\.\n"_s).match(out);
        break;
    case Kind::Import:
        match = QRegularExpression(
                    u"^(%1) imported, 0 already in the journal, 0 bad rows skipped\n"_s.arg(
                        write.readings.size()))
                    .match(out);
        break;
    }
    if (!match.hasMatch()) {
        problem = u"no acknowledgement in: "_s + out;
        return false;
    }
    write.acknowledged = true;
    write.acknowledgedId = match.captured(1).toLongLong();
    if (write.kind == Kind::Delete && write.acknowledgedId != write.target) {
        problem = u"deleted %1, not %2"_s.arg(write.acknowledgedId).arg(write.target);
        return false;
    }
    return true;
}

QString describe(const Row &row)
{
    return row.join(u" | "_s);
}

/// Finds the rows of a session log that were not in the journal before,
/// checks them against the write and adds them to the model.
void adoptSession(const Write &write, qint64 id, const JournalContents &contents,
                  std::map<qint64, Row> &newReadings, Model &model, QStringList &problems)
{
    const Row &row = contents.sessions.at(id);
    const qint64 start = write.startSeconds * 1000;
    const qint64 planned = row.at(SPlannedSeconds).toLongLong();
    const qint64 end = start + planned * 1000;
    auto expect = [&](SessionColumn column, const QString &value) {
        if (row.at(column) != value)
            problems.append(u"session %1: column %2 is %3, not %4"_s.arg(id).arg(column).arg(
                row.at(column), value));
    };
    expect(SSequenceId, quoted(write.sequence));
    expect(SStartedAt, quoted(start));
    expect(SStartedOffset, quoted(write.offset));
    expect(SEndedAt, quoted(end));
    expect(SEndedOffset, quoted(write.offset));
    expect(SStatus, quoted(u"completed"_s));
    expect(SActualSeconds, quoted(planned));
    expect(SFeeling, write.feeling ? quoted(*write.feeling) : quotedNull());
    expect(SNote, quoted(write.note));
    if (planned <= 0)
        problems.append(u"session %1: planned_seconds %2"_s.arg(id).arg(planned));

    // Every step of the plan, each played in full.
    const auto steps = contents.steps.find(id);
    std::vector<Row> stepRows = steps == contents.steps.end() ? std::vector<Row>() : steps->second;
    if (stepRows.size() != write.plan.size())
        problems.append(u"session %1 has %2 steps, its plan %3: half-written"_s.arg(id)
                            .arg(stepRows.size())
                            .arg(write.plan.size()));
    for (std::size_t i = 0; i < std::min(stepRows.size(), write.plan.size()); ++i) {
        const Row &step = stepRows.at(i);
        const PlannedStepRow &planStep = write.plan.at(i);
        if (step.at(TPosition) != quoted(static_cast<qint64>(i)) ||
            step.at(TStepId) != quoted(planStep.stepId) ||
            step.at(TSide) != (planStep.side.isEmpty() ? quotedNull() : quoted(planStep.side)) ||
            step.at(TSkipped) != u"0"_s || step.at(TExtendedSeconds) != u"0"_s ||
            step.at(TActualSeconds).toDouble() != step.at(TPlannedSeconds).toDouble())
            problems.append(u"session %1: step %2 is %3"_s.arg(id).arg(i).arg(describe(step)));
    }

    // Its readings, each at its place around the session.
    const int count = static_cast<int>(write.readings.size());
    const int afterStart = write.before + write.during;
    for (int i = 0; i < count; ++i) {
        ReadingValues expected = write.readings.at(static_cast<std::size_t>(i));
        expected.sessionId = id;
        expected.offset = write.offset;
        qint64 milliseconds = 0;
        if (i < write.before)
            milliseconds = start - 60000LL * (write.before - i);
        else if (i < afterStart)
            milliseconds = start + (planned / 2) * 1000 + 60000LL * (i - write.before);
        else
            milliseconds = end + 60000LL * (i - afterStart + 1);
        expected.seconds = milliseconds / 1000;
        const Row content = expected.content();
        auto found = std::find_if(newReadings.begin(), newReadings.end(), [&](const auto &entry) {
            return contentOf(entry.second) == content;
        });
        if (found == newReadings.end()) {
            problems.append(u"session %1: its %2 reading %3 is missing: half-written"_s.arg(id)
                                .arg(expected.context)
                                .arg(describe(content)));
            continue;
        }
        if (found->second.at(RDeletedAt) != quotedNull())
            problems.append(u"session %1: reading %2 is deleted"_s.arg(id).arg(found->first));
        model.readings[found->first] = {content, u"NULL"_s};
        newReadings.erase(found);
    }
    model.sessions[id] = {row, stepRows};
}

struct Figures {
    int kills = 0;
    std::map<KillPoint, int> points;
    int lateKills = 0;                ///< runs that ended before their kill came
    int acknowledged = 0;             ///< writes acknowledged
    int cutOffCommitted = 0;          ///< killed writes found whole in the journal
    int cutOffAbsent = 0;             ///< killed writes found not at all
    int killedAfterAcknowledging = 0; ///< killed after printing the acknowledgement
    std::map<Kind, int> killedKinds;
};

/// Reads the journal back after a kill and checks it against the model and
/// the writes since the last check; the writes found are added to the model.
void checkJournal(const QString &path, Model &model, std::vector<Write> &writes, Figures &figures)
{
    const JournalContents contents = readJournal(path);
    REQUIRE(contents.error.isEmpty());
    REQUIRE(contents.integrity == u"ok"_s);
    REQUIRE(contents.foreignKeys.isEmpty());

    QStringList problems;
    for (const Write &write : writes) {
        if (write.kind == Kind::Delete)
            model.readings.at(write.target).deletedAt = write.acknowledged ? u"?"_s : u"*"_s;
    }
    for (auto &[id, known] : model.sessions) {
        const auto found = contents.sessions.find(id);
        if (found == contents.sessions.end()) {
            problems.append(u"session %1 is lost"_s.arg(id));
            continue;
        }
        if (found->second != known.row)
            problems.append(u"session %1 changed: %2, was %3"_s.arg(id).arg(describe(found->second),
                                                                            describe(known.row)));
        const auto steps = contents.steps.find(id);
        if (steps == contents.steps.end() || steps->second != known.steps)
            problems.append(u"the steps of session %1 changed"_s.arg(id));
    }
    for (const auto &[id, steps] : contents.steps) {
        if (!contents.sessions.count(id))
            problems.append(u"steps of a session %1 that does not exist"_s.arg(id));
    }
    for (auto &[id, known] : model.readings) {
        const auto found = contents.readings.find(id);
        if (found == contents.readings.end()) {
            problems.append(u"reading %1 is lost: %2"_s.arg(id).arg(describe(known.content)));
            continue;
        }
        if (contentOf(found->second) != known.content)
            problems.append(u"reading %1 changed: %2, was %3"_s.arg(id).arg(
                describe(contentOf(found->second)), describe(known.content)));
        const QString deletedAt = found->second.at(RDeletedAt);
        if (known.deletedAt == u"*"_s || (known.deletedAt == u"?"_s && deletedAt != quotedNull()))
            known.deletedAt = deletedAt;
        else if (deletedAt != known.deletedAt)
            problems.append(
                u"reading %1: deleted_at is %2, not %3"_s.arg(id).arg(deletedAt, known.deletedAt));
    }

    // The rows that are new since the last check must be the writes since.
    std::map<qint64, Row> newReadings;
    for (const auto &[id, row] : contents.readings) {
        if (!model.readings.count(id))
            newReadings.emplace(id, row);
    }
    std::map<qint64, Row> newSessions;
    for (const auto &[id, row] : contents.sessions) {
        if (!model.sessions.count(id))
            newSessions.emplace(id, row);
    }
    for (Write &write : writes) {
        const QString what =
            u"%1 (%2)"_s.arg(QString::fromLatin1(nameOf(write.kind)), write.arguments.join(u' '));
        bool found = false;
        switch (write.kind) {
        case Kind::Add:
        case Kind::Import: {
            int seen = 0;
            for (const ReadingValues &reading : write.readings) {
                const Row content = reading.content();
                auto row =
                    std::find_if(newReadings.begin(), newReadings.end(), [&](const auto &entry) {
                        return contentOf(entry.second) == content;
                    });
                if (row == newReadings.end())
                    continue;
                ++seen;
                if (write.kind == Kind::Add && write.acknowledged &&
                    row->first != write.acknowledgedId)
                    problems.append(u"%1: saved as %2, acknowledged as %3"_s.arg(what)
                                        .arg(row->first)
                                        .arg(write.acknowledgedId));
                if (row->second.at(RDeletedAt) != quotedNull())
                    problems.append(u"%1: saved deleted"_s.arg(what));
                model.readings[row->first] = {content, u"NULL"_s};
                newReadings.erase(row);
            }
            found = seen > 0;
            if (seen != 0 && seen != static_cast<int>(write.readings.size()))
                problems.append(
                    u"%1: %2 of its %3 readings saved: half-written"_s.arg(what).arg(seen).arg(
                        write.readings.size()));
            break;
        }
        case Kind::Session: {
            qint64 id = 0;
            if (write.acknowledged) {
                id = write.acknowledgedId;
            } else {
                for (const auto &[candidate, row] : newSessions) {
                    if (row.at(SStartedAt) == quoted(write.startSeconds * 1000))
                        id = candidate;
                }
            }
            if (newSessions.count(id)) {
                found = true;
                adoptSession(write, id, contents, newReadings, model, problems);
                newSessions.erase(id);
            }
            break;
        }
        case Kind::Delete: {
            // Checked with the known readings above: deleted when acknowledged,
            // either when cut off.
            const auto row = contents.readings.find(write.target);
            found = row != contents.readings.end() && row->second.at(RDeletedAt) != quotedNull();
            break;
        }
        }
        if (write.acknowledged && !found)
            problems.append(u"acknowledged, but not in the journal: "_s + what);
        if (!write.acknowledged) {
            ++(found ? figures.cutOffCommitted : figures.cutOffAbsent);
        }
    }
    for (const auto &[id, row] : newReadings)
        problems.append(
            u"reading %1 was written by nobody, or half-written: %2"_s.arg(id).arg(describe(row)));
    for (const auto &[id, row] : newSessions)
        problems.append(u"session %1 was written by nobody: %2"_s.arg(id).arg(describe(row)));
    writes.clear();
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());
}

/// The durations seen of each kind of run, to aim the kills.
struct Timings {
    std::map<Kind, std::vector<Clock::duration>> lifetimes; ///< start to acknowledgement
    std::map<Kind, std::vector<Clock::duration>> afterOpen; ///< journal opened to acknowledgement
};

enum class Aim {
    Anywhere,  ///< a moment anywhere in the run's life
    AfterOpen, ///< a moment after it first opened the journal
};

} // namespace

TEST_CASE("viparita-cli killed at random moments (200 times, seeded) loses no acknowledged write "
          "and leaves no half-written one")
{
    const std::uint32_t seed = seedFromEnvironment(20261121);
    const int count = countFromEnvironment("VIPARITA_KILL_COUNT", 200);
    std::printf(
        "viparita-cli kills: seed %u (VIPARITA_KILL_SEED), %d kills (VIPARITA_KILL_COUNT)\n", seed,
        count);
    std::fflush(stdout);
    INFO("seed " << seed << " (set VIPARITA_KILL_SEED to repeat)");

    const QString folder = viparita::test::dataHome() + u"/kills-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    const QString journal = folder + u"/journal.sqlite"_s;
    const QString inputs = folder + u"/inputs"_s;
    REQUIRE(QDir().mkpath(inputs));
    FolderWatch watch(folder);
    REQUIRE(watch.isValid());

    std::mt19937 random(seed);
    WriteMaker maker(random, inputs);
    Model model;
    Timings timings;
    Figures figures;
    std::vector<Write> writes; // since the last check
    const auto began = Clock::now();

    // Readings known not deleted, and not the target of a delete since the last check.
    auto liveReadings = [&] {
        std::vector<qint64> ids;
        for (const auto &[id, known] : model.readings) {
            if (known.deletedAt == u"NULL"_s)
                ids.push_back(id);
        }
        for (const Write &write : writes) {
            if (write.kind == Kind::Delete)
                ids.erase(std::remove(ids.begin(), ids.end(), write.target), ids.end());
        }
        return ids;
    };
    auto pickKind = [&] {
        const int roll = maker.uniform(0, 99);
        if (roll < 15 && !liveReadings().empty())
            return Kind::Delete;
        if (roll < 30)
            return Kind::Session;
        if (roll < 42)
            return Kind::Import;
        return Kind::Add;
    };

    // Runs one write; with an aim, kills it at a random moment of that kind.
    auto run = [&](Write write, std::optional<Aim> aim) {
        INFO("viparita-cli " << write.arguments.join(u' ').toStdString());
        watch.drain();
        ChildProcess child(QStringLiteral(VIPARITA_CLI_PATH),
                           QStringList{u"--database"_s, journal} + write.arguments);
        REQUIRE(child.startError().isEmpty());
        const auto giveUp = child.startedAt() + std::chrono::seconds(120);
        std::optional<Clock::time_point> openedAt;
        auto noteOpen = [&] {
            if (watch.take(u"journal.sqlite"_s, true) && !openedAt)
                openedAt = Clock::now();
        };
        KillPoint point = KillPoint::Exited;
        if (!aim) {
            for (;;) {
                const auto wake = child.waitUntil(giveUp, watch.fd());
                if (wake == ChildProcess::Wake::Watched) {
                    noteOpen();
                    continue;
                }
                REQUIRE(wake == ChildProcess::Wake::Exited);
                break;
            }
            REQUIRE(child.waitForExit(std::chrono::seconds(30)));
        } else {
            const auto spread = [&](Clock::duration typical) {
                const auto top = duration_cast<microseconds>(typical * 11 / 10).count();
                return microseconds(std::uniform_int_distribution<long long>(0, top)(random));
            };
            Clock::time_point killAt =
                child.startedAt() + spread(median(timings.lifetimes[write.kind]));
            bool exited = false;
            if (*aim == Aim::AfterOpen) {
                while (!openedAt && !exited) {
                    const auto wake = child.waitUntil(giveUp, watch.fd());
                    if (wake == ChildProcess::Wake::Watched)
                        noteOpen();
                    else
                        exited = wake == ChildProcess::Wake::Exited;
                    REQUIRE(Clock::now() < giveUp);
                }
                if (openedAt)
                    killAt = *openedAt + spread(median(timings.afterOpen[write.kind]));
            }
            if (!exited)
                child.waitUntil(killAt);
            point = child.stopAndKill(journal);
        }
        if (point == KillPoint::Exited) {
            QString problem;
            const bool acknowledged = acknowledge(write, child, problem);
            INFO(problem.toStdString());
            REQUIRE(acknowledged);
            ++figures.acknowledged;
            if (aim)
                ++figures.lateKills;
            else {
                // Up to its acknowledgement: what follows (the exit, and under
                // AddressSanitizer its leak check) no longer touches the journal.
                timings.lifetimes[write.kind].push_back(child.firstOutputAt() - child.startedAt());
                if (openedAt)
                    timings.afterOpen[write.kind].push_back(child.firstOutputAt() - *openedAt);
            }
        } else {
            ++figures.kills;
            ++figures.points[point];
            ++figures.killedKinds[write.kind];
            QString problem;
            if (!child.out().isEmpty()) {
                INFO(child.out().toStdString());
                REQUIRE(acknowledge(write, child, problem));
                ++figures.acknowledged;
                ++figures.killedAfterAcknowledging;
            }
        }
        writes.push_back(std::move(write));
        return point;
    };

    // First some whole writes of each kind: the journal's first contents,
    // and how long each kind of run takes.
    for (const Kind kind : {Kind::Add, Kind::Add, Kind::Add, Kind::Import, Kind::Import,
                            Kind::Session, Kind::Session})
        run(maker.make(kind, liveReadings()), std::nullopt);
    checkJournal(journal, model, writes, figures);
    for (const Kind kind : {Kind::Delete, Kind::Delete, Kind::Add})
        run(maker.make(kind, liveReadings()), std::nullopt);
    checkJournal(journal, model, writes, figures);

    for (int round = 0; round < count; ++round) {
        INFO("kill " << round + 1 << " of " << count);
        for (int i = maker.uniform(0, 2); i > 0; --i)
            run(maker.make(pickKind(), liveReadings()), std::nullopt);
        for (int attempt = 0;; ++attempt) {
            REQUIRE(attempt < 50);
            const Aim aim = maker.uniform(0, 9) < 3 ? Aim::Anywhere : Aim::AfterOpen;
            if (run(maker.make(pickKind(), liveReadings()), aim) != KillPoint::Exited)
                break;
        }
        checkJournal(journal, model, writes, figures);
    }

    // The real program reads back what the model holds.
    int liveCount = 0;
    for (const auto &[id, known] : model.readings)
        liveCount += known.deletedAt == u"NULL"_s ? 1 : 0;
    const auto readings =
        viparita::test::runCli({u"--database"_s, journal, u"readings"_s, u"--json"_s});
    REQUIRE(readings.exitCode == 0);
    CHECK(QJsonDocument::fromJson(readings.out.toUtf8()).array().size() == liveCount);
    const auto sessions =
        viparita::test::runCli({u"--database"_s, journal, u"sessions"_s, u"--json"_s});
    REQUIRE(sessions.exitCode == 0);
    CHECK(QJsonDocument::fromJson(sessions.out.toUtf8()).array().size() ==
          static_cast<qsizetype>(model.sessions.size()));

    const double seconds = std::chrono::duration<double>(Clock::now() - began).count();
    const int midWrite =
        figures.points[KillPoint::Transaction] + figures.points[KillPoint::Checkpoint];
    std::printf("viparita-cli kills: %d, %d of them mid-write (%d inside a write transaction, %d "
                "inside a checkpoint or the close), %d with the journal open between writes, %d "
                "with it not open\n",
                figures.kills, midWrite, figures.points[KillPoint::Transaction],
                figures.points[KillPoint::Checkpoint], figures.points[KillPoint::Open],
                figures.points[KillPoint::NotOpen]);
    std::printf(
        "  killed: %d reading add, %d import, %d session log, %d reading delete; the cut-off "
        "write was found whole %d times and absent %d times\n",
        figures.killedKinds[Kind::Add], figures.killedKinds[Kind::Import],
        figures.killedKinds[Kind::Session], figures.killedKinds[Kind::Delete],
        figures.cutOffCommitted, figures.cutOffAbsent);
    std::printf("  %d writes acknowledged (%d of them ran out before their kill, %d were killed "
                "after printing it), all found unchanged; journal: %zu readings, %zu sessions; "
                "%.1f s\n",
                figures.acknowledged, figures.lateKills, figures.killedAfterAcknowledging,
                model.readings.size(), model.sessions.size(), seconds);
    std::fflush(stdout);
    CHECK(figures.kills == count);
    // The aim must work: with this many kills, some land inside a transaction.
    if (count >= 100)
        CHECK(figures.points[KillPoint::Transaction] > 0);
}
