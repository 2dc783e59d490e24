// Every option and argument of the real viparita-cli given bad values: empty, huge,
// negative, not a number, not UTF-8 (raw bytes), and far too long. Each must be refused with
// exit status 1 (input rejected) or 2 (usage error), a short message naming the option or
// field, and nothing written: the journal's bytes, the working folder and every output
// path stay as they were.
#include "cli_process.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::test;

namespace {

enum class Bad { Empty, Huge, Negative, NotANumber, NotUtf8, TooLong };

const QList<Bad> allKinds{Bad::Empty,      Bad::Huge,    Bad::Negative,
                          Bad::NotANumber, Bad::NotUtf8, Bad::TooLong};
/// For text and paths, where a number is a good value.
const QList<Bad> textKinds{Bad::NotUtf8, Bad::TooLong};
const QList<Bad> pathKinds{Bad::Empty, Bad::NotUtf8, Bad::TooLong};

QByteArray valueOf(Bad kind)
{
    switch (kind) {
    case Bad::Empty:
        return {};
    case Bad::Huge:
        return "99999999999999999999";
    case Bad::Negative:
        return "-5";
    case Bad::NotANumber:
        return "abc";
    case Bad::NotUtf8:
        return "12\xff\xfe";
    case Bad::TooLong:
        return QByteArray(100000, 'x');
    }
    return {};
}

const char *nameOf(Bad kind)
{
    switch (kind) {
    case Bad::Empty:
        return "empty";
    case Bad::Huge:
        return "huge";
    case Bad::Negative:
        return "negative";
    case Bad::NotANumber:
        return "not a number";
    case Bad::NotUtf8:
        return "not UTF-8";
    case Bad::TooLong:
        return "100,000 characters";
    }
    return "";
}

/// One option (or argument) under test: a good command line in which "@" stands for the
/// bad value, the kinds of bad value it is given, and the names one of which the message
/// must hold.
struct Row {
    QStringList line;
    QList<Bad> kinds;
    QStringList names;
};

/// A journal with readings and a session, and the files the good command lines use.
class Setup {
public:
    Setup()
        : m_folder(dataHome() + u"/bad-input-"_s +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        REQUIRE(QDir().mkpath(m_folder + u"/work"_s));
        REQUIRE(QDir().mkpath(m_folder + u"/out"_s));
        m_journal = m_folder + u"/journal.sqlite"_s;
        for (const QStringList &line :
             {QStringList{u"reading"_s, u"add"_s, u"--systolic"_s, u"131"_s, u"--diastolic"_s,
                          u"84"_s, u"--at"_s, u"2026-01-02T08:00:00+01:00"_s},
              QStringList{u"session"_s, u"log"_s, u"healing"_s, u"--at"_s,
                          u"2026-01-03T20:00:00+01:00"_s, u"--before"_s, u"140/90"_s, u"--after"_s,
                          u"130/85"_s}}) {
            const ChildResult result = runCliText(QStringList{u"--database"_s, m_journal} + line);
            INFO(result.err.toStdString());
            REQUIRE(result.exitCode == 0);
        }
        writeFile(csv(), readingsCsv(5));
        writeFile(mappedCsv(), "Date,Sys,Dia\n2025-02-03,121,79\n");
    }

    [[nodiscard]] const QString &journal() const { return m_journal; }
    [[nodiscard]] QString csv() const { return m_folder + u"/readings.csv"_s; }
    [[nodiscard]] QString mappedCsv() const { return m_folder + u"/mapped.csv"_s; }
    /// A file beside the journal.
    [[nodiscard]] QString file(const QString &name) const { return m_folder + u'/' + name; }
    /// Where a good export or backup line writes; it must stay empty.
    [[nodiscard]] QString out(const QString &name) const { return m_folder + u"/out/"_s + name; }

    /// Runs every row with every kind of bad value it takes.
    void check(const QList<Row> &rows) const
    {
        const QByteArray journalBytes = readFile(m_journal);
        const QString work = m_folder + u"/work"_s;
        for (const Row &row : rows) {
            for (const Bad kind : row.kinds) {
                QList<QByteArray> arguments;
                if (!row.line.contains(u"--database"_s))
                    arguments = {"--database", QFile::encodeName(m_journal)};
                for (const QString &argument : row.line)
                    arguments.append(argument.toUtf8().replace("@", valueOf(kind)));
                ChildOptions options;
                options.workingFolder = work;
                const ChildResult result = runCliRaw(arguments, options);

                INFO("viparita-cli " << row.line.join(u' ').toStdString() << "\nwith @ "
                                     << nameOf(kind) << "\nexit status " << result.exitCode
                                     << "\nstderr: " << result.err.left(3000).toStdString());
                CHECK((result.exitCode == 1 || result.exitCode == 2));
                bool named = false;
                for (const QString &name : row.names)
                    named = named || result.errText().contains(name);
                CHECK(named);
                // Short and to the point: the bad value is not echoed at length.
                CHECK(result.err.size() < 2000);
                CHECK_FALSE(result.outText().contains(u"Saved"_s));
                CHECK(readFile(m_journal) == journalBytes);
                CHECK_FALSE(logHasFrames(m_journal));
                CHECK(QDir(work).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
                CHECK(QDir(m_folder + u"/out"_s)
                          .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
            }
        }
    }

private:
    QString m_folder;
    QString m_journal;
};

QStringList with(QStringList line, const QStringList &more)
{
    return line += more;
}

/// `line` with the value of `option` replaced by the bad value "@", or the option added with it.
QStringList withBad(QStringList line, const QString &option)
{
    const qsizetype at = line.indexOf(option);
    if (at >= 0)
        line[at + 1] = u"@"_s;
    else
        line += {option, u"@"_s};
    return line;
}

} // namespace

TEST_CASE("reading add: every option's bad values are refused, each named, nothing saved")
{
    const Setup setup;
    const QStringList add{
        u"reading"_s,     u"add"_s, u"--systolic"_s, u"120"_s,
        u"--diastolic"_s, u"80"_s,  u"--at"_s,       u"2026-01-05T08:00:00+01:00"_s};
    auto replacing = [&add](const QString &option) { return withBad(add, option); };
    setup.check({
        {replacing(u"--systolic"_s), allKinds, {u"systolic"_s}},
        {replacing(u"--diastolic"_s), allKinds, {u"diastolic"_s}},
        {replacing(u"--pulse"_s), allKinds, {u"pulse"_s}},
        {replacing(u"--arm"_s), allKinds, {u"arm"_s}},
        {replacing(u"--position"_s), allKinds, {u"position"_s}},
        {replacing(u"--at"_s), allKinds, {u"taken_at"_s, u"--at"_s}},
        {replacing(u"--context"_s), allKinds, {u"context"_s}},
        {with(replacing(u"--session"_s), {u"--context"_s, u"before"_s}), allKinds, {u"session"_s}},
        {replacing(u"--guideline"_s), allKinds, {u"guideline"_s}},
        {replacing(u"--note"_s), textKinds, {u"note"_s}},
        {with(add, {u"--irregular=@"_s}), allKinds, {u"--irregular"_s}},
        {QStringList{u"--database"_s, u"@"_s} + add, pathKinds, {u"--database"_s}},
        {with(add, {u"--database"_s, u"@"_s}), pathKinds, {u"--database"_s}},
        {QStringList{u"--verbose=@"_s} + add, allKinds, {u"--verbose"_s}},
    });
}

TEST_CASE("reading delete and readings: bad values are refused, each named, nothing changed")
{
    const Setup setup;
    const QStringList readings{u"readings"_s};
    setup.check({
        {{u"reading"_s, u"delete"_s, u"@"_s}, allKinds, {u"ID"_s, u"'-5'"_s}},
        {{u"reading"_s, u"delete"_s, u"1"_s, u"@"_s}, allKinds, {u"ID"_s, u"'-5'"_s}},
        {with(readings, {u"--from"_s, u"@"_s}), allKinds, {u"--from"_s}},
        {with(readings, {u"--to"_s, u"@"_s}), allKinds, {u"--to"_s}},
        {with(readings, {u"--guideline"_s, u"@"_s}), allKinds, {u"--guideline"_s}},
        {with(readings, {u"--json=@"_s}), allKinds, {u"--json"_s}},
    });
}

TEST_CASE("session log and sessions: bad values are refused, each named, nothing saved")
{
    const Setup setup;
    const QStringList log{
        u"session"_s,  u"log"_s,       u"healing"_s, u"--at"_s,     u"2026-01-06T20:00:00+01:00"_s,
        u"--before"_s, u"140/90/70"_s, u"--after"_s, u"131/84/66"_s};
    auto replacing = [&log](const QString &option) { return withBad(log, option); };
    QStringList otherSequence = log;
    otherSequence[2] = u"@"_s;
    const QStringList sessions{u"sessions"_s};
    setup.check({
        {otherSequence, allKinds, {u"SEQUENCE"_s, u"sequence"_s, u"'-5'"_s}},
        {replacing(u"--at"_s), allKinds, {u"at: "_s, u"--at"_s}},
        {replacing(u"--minutes"_s), allKinds, {u"--minutes"_s}},
        {replacing(u"--before"_s), allKinds, {u"--before"_s}},
        {replacing(u"--during"_s), allKinds, {u"--during"_s}},
        {replacing(u"--after"_s), allKinds, {u"--after"_s}},
        {replacing(u"--feeling"_s), allKinds, {u"feeling"_s}},
        {replacing(u"--note"_s), textKinds, {u"note"_s}},
        {with(sessions, {u"--from"_s, u"@"_s}), allKinds, {u"--from"_s}},
        {with(sessions, {u"--to"_s, u"@"_s}), allKinds, {u"--to"_s}},
        {with(sessions, {u"--json=@"_s}), allKinds, {u"--json"_s}},
    });
}

TEST_CASE("stats: bad values are refused, each named")
{
    const Setup setup;
    const QStringList stats{u"stats"_s};
    setup.check({
        {with(stats, {u"--from"_s, u"@"_s}), allKinds, {u"--from"_s}},
        {with(stats, {u"--to"_s, u"@"_s}), allKinds, {u"--to"_s}},
        {with(stats, {u"--guideline"_s, u"@"_s}), allKinds, {u"--guideline"_s}},
        {with(stats, {u"--json=@"_s}), allKinds, {u"--json"_s}},
        {with(stats, {u"@"_s}), allKinds, {u"ARGUMENT"_s, u"argument"_s, u"'-5'"_s}},
    });
}

TEST_CASE("export: bad values are refused, each named, and no file is written")
{
    const Setup setup;
    const QStringList exportLine{u"export"_s, u"--output"_s, setup.out(u"readings.csv"_s)};
    setup.check({
        {with(exportLine, {u"--format"_s, u"@"_s}), allKinds, {u"--format"_s}},
        {{u"export"_s, u"--output"_s, u"@"_s}, pathKinds, {u"--output"_s}},
        {with(exportLine, {u"--from"_s, u"@"_s}), allKinds, {u"--from"_s}},
        {with(exportLine, {u"--to"_s, u"@"_s}), allKinds, {u"--to"_s}},
        {with(exportLine, {u"--guideline"_s, u"@"_s}), allKinds, {u"--guideline"_s}},
        {with(exportLine, {u"--name"_s, u"@"_s}), textKinds, {u"--name"_s}},
        {with(exportLine, {u"--format=pdf"_s, u"--name"_s, u"@"_s}), textKinds, {u"--name"_s}},
        {with(exportLine, {u"--no-notes=@"_s}), allKinds, {u"--no-notes"_s}},
    });
}

TEST_CASE("import: bad values are refused, each named, and nothing is imported")
{
    const Setup setup;
    const QStringList own{u"import"_s, setup.csv()};
    const QStringList mapped{u"import"_s, setup.mappedCsv(), u"--map"_s,
                             u"date=1,systolic=2,diastolic=3"_s};
    setup.check({
        {{u"import"_s, u"@"_s}, pathKinds, {u"FILE"_s}},
        {{u"import"_s, setup.mappedCsv(), u"--map"_s, u"@"_s}, allKinds, {u"--map"_s}},
        {{u"import"_s, setup.mappedCsv(), u"--map"_s, u"date=@,systolic=2,diastolic=3"_s},
         allKinds,
         {u"--map"_s, u"column"_s}},
        {with(mapped, {u"--date-format"_s, u"@"_s}), allKinds, {u"--date-format"_s}},
        {with(own, {u"--date-format"_s, u"dd.MM.yyyy"_s, u"--dry-run=@"_s}),
         allKinds,
         {u"--dry-run"_s}},
        {with(own, {u"--skip-bad-rows=@"_s}), allKinds, {u"--skip-bad-rows"_s}},
    });
}

TEST_CASE("backup, restore, validate, plan and sequences: bad values are refused, each named")
{
    const Setup setup;
    setup.check({
        {{u"backup"_s, u"@"_s}, pathKinds, {u"FILE"_s}},
        {{u"restore"_s, u"@"_s}, pathKinds, {u"FILE"_s}},
        {{u"validate"_s, u"@"_s}, pathKinds, {u"FILE"_s}},
        {{u"plan"_s, u"@"_s}, allKinds, {u"SEQUENCE"_s, u"sequence"_s, u"'-5'"_s}},
        {{u"plan"_s, u"healing"_s, u"--minutes"_s, u"@"_s}, allKinds, {u"--minutes"_s}},
        {{u"plan"_s, u"healing"_s, u"--json=@"_s}, allKinds, {u"--json"_s}},
        {{u"sequences"_s, u"--json=@"_s}, allKinds, {u"--json"_s}},
        {{u"@"_s}, allKinds, {u"command"_s, u"Unknown option"_s}},
    });
}

TEST_CASE("a CSV file in Windows-1252 is read as such and said so, and binary data is refused")
{
    const Setup setup;
    const QString file = setup.file(u"latin1.csv"_s);
    QByteArray bytes = readingsCsv(3);
    bytes.replace("row 1", "caf\xe9 \x80");
    writeFile(file, bytes);
    const ChildResult result =
        runCliText({u"--database"_s, setup.journal(), u"import"_s, file, u"--skip-bad-rows"_s});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.errText().contains(
        u"import: %1 is not UTF-8; it was read as Windows-1252"_s.arg(file)));
    const ChildResult listed =
        runCliText({u"--database"_s, setup.journal(), u"readings"_s, u"--json"_s});
    CHECK(listed.outText().contains(u"café €"_s));

    const QByteArray journal = readFile(setup.journal());
    const QString binary = setup.file(u"binary.csv"_s);
    writeFile(binary, readingsCsv(3) + QByteArray("\x00\x01\x02", 3));
    const ChildResult refused =
        runCliText({u"--database"_s, setup.journal(), u"import"_s, binary, u"--skip-bad-rows"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(u"not a readings file: it looks like binary data"_s));
    CHECK(readFile(setup.journal()) == journal);
}

TEST_CASE("an argument that is not UTF-8 is refused wherever its bad bytes are")
{
    const Setup setup;
    const QByteArray journal = readFile(setup.journal());
    const QList<QByteArray> notUtf8{
        "\xff at the start",
        "at the end \xc3", // a sequence cut short
        "\xef\xbb\xbf"
        "after a BOM \xfe",           // the BOM Qt drops from the text
        "an overlong slash \xc0\xaf", // '/' in two bytes
        "a surrogate \xed\xa0\x80",   // U+D800 written as UTF-8
        "Latin-1: caf\xe9",
    };
    for (const QByteArray &note : notUtf8) {
        INFO(note.toHex(' ').toStdString());
        const ChildResult result =
            runCliRaw({"--database", QFile::encodeName(setup.journal()), "reading", "add",
                       "--systolic", "120", "--diastolic", "80", "--note", note});
        CHECK(result.exitCode == 2);
        CHECK(result.errText().contains(u"--note: is not valid UTF-8 text"_s));
        CHECK(readFile(setup.journal()) == journal);
    }
    // The same in UTF-8 is saved.
    const ChildResult saved =
        runCliText({u"--database"_s, setup.journal(), u"reading"_s, u"add"_s, u"--systolic"_s,
                    u"120"_s, u"--diastolic"_s, u"80"_s, u"--note"_s, u"caf\u00e9 \u2615"_s});
    INFO(saved.err.toStdString());
    CHECK(saved.exitCode == 0);
}
