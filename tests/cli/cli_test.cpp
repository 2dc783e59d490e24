#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QTranslator>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using viparita::test::readFile;
using viparita::test::runCli;
using viparita::test::sourcePath;

namespace {

QStringList bundledFiles()
{
    QStringList files;
    const QDir folder(sourcePath(u"sequences"_s));
    for (const QString &name : folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(folder.filePath(name));
    return files;
}

} // namespace

TEST_CASE("validate accepts every bundled sequence")
{
    const auto result = runCli(QStringList{u"validate"_s} + bundledFiles());
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.endsWith(u"4 of 4 files valid\n"_s));
}

TEST_CASE("validate prints a syntax error as FILE:LINE:COLUMN and exits 1")
{
    const QString file = sourcePath(u"tests/data/broken/syntax-equals-for-colon.json"_s);
    const auto result = runCli({u"validate"_s, file});
    CHECK(result.exitCode == 1);
    CHECK(result.err == file + u":7:12: expected ':' after the key \"version\"\n"_s);
    CHECK(result.out == u"0 of 1 files valid\n"_s);
}

TEST_CASE("validate prints every error of every file")
{
    const QString many = sourcePath(u"tests/data/broken/many-errors.json"_s);
    const QString duplicate = sourcePath(u"tests/data/broken/duplicate-step-id.json"_s);
    const QString good = sourcePath(u"sequences/classic.json"_s);
    const auto result = runCli({u"validate"_s, many, good, duplicate});
    CHECK(result.exitCode == 1);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == many + u": /title: must not be empty"_s);
    CHECK(lines.at(3) == many + u": /steps/0/cues/0: missing required key \"text\""_s);
    CHECK(lines.at(4) == duplicate + u": /steps/1/id: repeats the id \"rest\" of /steps/0"_s);
    CHECK(result.out.contains(good + u": ok"_s));
    CHECK(result.out.endsWith(u"1 of 3 files valid\n"_s));
}

TEST_CASE("validate exits 3 when a file cannot be read, and 2 when none is given")
{
    const auto missing = runCli({u"validate"_s, u"/no/such/file.json"_s});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.startsWith(u"/no/such/file.json: cannot open: "_s));

    const auto none = runCli({u"validate"_s});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(u"no file given"_s));
}

TEST_CASE("a wrong command line is a usage error with exit status 2")
{
    const auto unknown = runCli({u"valdate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.startsWith(u"viparita-cli: unknown command 'valdate'"_s));

    const auto empty = runCli({});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(u"Commands:"_s));

    const auto badOption = runCli({u"sequences"_s, u"--jsn"_s});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(u"Unknown option 'jsn'"_s));
}

TEST_CASE("every command answers --help and --version")
{
    const auto version = runCli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"viparita-cli 0."_s));
    for (const QString &command : {u"validate"_s, u"sequences"_s, u"plan"_s}) {
        INFO(command.toStdString());
        const auto help = runCli({command, u"--help"_s});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(u"viparita-cli [options] "_s + command));
        const auto commandVersion = runCli({command, u"--version"_s});
        CHECK(commandVersion.exitCode == 0);
        CHECK(commandVersion.out == version.out);
    }
    const auto overview = runCli({u"--help"_s});
    CHECK(overview.exitCode == 0);
    CHECK(overview.out.contains(u"validate"_s));
    CHECK(overview.out.contains(u"sequences"_s));
}

TEST_CASE("sequences --json lists the bundled sequences and the user's own")
{
    const QString userFolder = viparita::test::dataHome() + u"/viparita/sequences"_s;
    QDir(userFolder).removeRecursively();
    viparita::test::writeFile(userFolder + u"/tiny.json"_s,
                              readFile(sourcePath(u"tests/data/valid/tiny.json"_s)));
    viparita::test::writeFile(userFolder + u"/broken.json"_s,
                              readFile(sourcePath(u"tests/data/broken/no-cues.json"_s)));

    const auto result = runCli({u"sequences"_s, u"--json"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error{};
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8(), &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(list.size() == 6);

    const QJsonObject healing = list.at(0).toObject();
    CHECK(healing.value(u"id"_s).toString() == u"healing"_s);
    CHECK(healing.value(u"steps"_s).toInt() == 7);
    CHECK(healing.value(u"total_seconds"_s).toInt() == 630);
    CHECK(healing.value(u"source"_s).toString() == u"bundled"_s);

    const QJsonObject broken = list.at(4).toObject();
    CHECK(broken.value(u"source"_s).toString() == userFolder + u"/broken.json"_s);
    CHECK(broken.value(u"id"_s).isNull());
    CHECK(broken.value(u"errors"_s).toArray().first().toString() ==
          userFolder + u"/broken.json: /steps/0/cues: must have at least one cue"_s);

    const QJsonObject tiny = list.at(5).toObject();
    CHECK(tiny.value(u"id"_s).toString() == u"tiny"_s);
    CHECK(tiny.value(u"total_seconds"_s).toInt() == 60);
    CHECK(tiny.value(u"source"_s).toString() == userFolder + u"/tiny.json"_s);
    CHECK(tiny.value(u"errors"_s).toArray().isEmpty());

    const auto table = runCli({u"sequences"_s});
    CHECK(table.exitCode == 0);
    CHECK(table.out.startsWith(u"ID "_s));
    CHECK(table.out.contains(u"healing"_s));
    CHECK(table.out.contains(u"10:30"_s));
    CHECK(table.out.contains(u"1 file could not be loaded"_s));
    QDir(userFolder).removeRecursively();
}

TEST_CASE("the CLI writes its log into the data folder")
{
    const auto result = runCli({u"sequences"_s});
    REQUIRE(result.exitCode == 0);
    const QByteArray log =
        readFile(viparita::test::dataHome() + u"/viparita/logs/viparita-cli.log"_s);
    CHECK(log.contains("viparita 0."));
    CHECK(log.contains("Journal: "));
    CHECK(log.contains("Qt 6."));
}

namespace {

QJsonObject planJson(const QStringList &arguments)
{
    const auto result = runCli(QStringList{u"plan"_s} + arguments + QStringList{u"--json"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("plan healing lists the played steps in order, both sides of the two-sided ones")
{
    const QJsonObject plan = planJson({u"healing"_s});
    CHECK(plan.value(u"sequence"_s).toString() == u"healing"_s);
    QStringList played;
    int expectedStart = plan.value(u"settle_seconds"_s).toInt();
    const QJsonArray steps = plan.value(u"steps"_s).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        CHECK(step.value(u"index"_s).toInt() == i);
        const QJsonValue side = step.value(u"side"_s);
        played.append(step.value(u"step_id"_s).toString() +
                      (side.isNull() ? QString() : u"/"_s + side.toString()));
        CHECK(!step.value(u"title"_s).toString().isEmpty());
        if (side.toString() == u"left"_s)
            expectedStart += plan.value(u"switch_pause_seconds"_s).toInt();
        CHECK(step.value(u"start_seconds"_s).toInt() == expectedStart);
        expectedStart += step.value(u"duration_seconds"_s).toInt();
    }
    CHECK(played == QStringList{u"hamstrings"_s, u"straddle"_s, u"bound-angle"_s,
                                u"ankle-to-knee/right"_s, u"ankle-to-knee/left"_s, u"psoas"_s,
                                u"twist/right"_s, u"twist/left"_s, u"bolster"_s});
    CHECK(plan.value(u"total_seconds"_s).toInt() == expectedStart);

    const auto table = runCli({u"plan"_s, u"healing"_s});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"(right)"_s));
    CHECK(table.out.contains(u"11:00 in all"_s));
}

TEST_CASE("plan --minutes N fits every bundled sequence from 3 to 60 minutes")
{
    for (const QString &id : {u"healing"_s, u"classic"_s, u"thread-the-needle"_s, u"supported"_s}) {
        for (int minutes = 3; minutes <= 60; ++minutes) {
            INFO(id.toStdString() << " --minutes " << minutes);
            const QJsonObject plan = planJson({id, u"--minutes"_s, QString::number(minutes)});
            const int total = plan.value(u"total_seconds"_s).toInt();
            CHECK(std::abs(total - minutes * 60) <= 5);
            for (const auto &value : plan.value(u"steps"_s).toArray()) {
                const int duration = value.toObject().value(u"duration_seconds"_s).toInt();
                CHECK(duration % 5 == 0);
                CHECK(duration >= 15);
            }
        }
    }
}

TEST_CASE("plan refuses a length outside 3 to 60 minutes with exit status 2")
{
    for (const QString &minutes : {u"2"_s, u"61"_s, u"ten"_s, u""_s, u"-3"_s, u"4.5"_s}) {
        const auto result = runCli({u"plan"_s, u"healing"_s, u"--minutes"_s, minutes});
        CHECK(result.exitCode == 2);
        CHECK(result.err == u"viparita-cli plan: --minutes must be a whole number from 3 to 60, "
                            "not '%1'\n"_s.arg(minutes));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("plan takes a sequence file too, and names what is wrong with a sequence")
{
    const QString tiny = sourcePath(u"tests/data/valid/tiny.json"_s);
    const QJsonObject plan = planJson({tiny});
    CHECK(plan.value(u"sequence"_s).toString() == u"tiny"_s);
    CHECK(plan.value(u"total_seconds"_s).toInt() == 80);

    const QString broken = sourcePath(u"tests/data/broken/bad-sides.json"_s);
    const auto rejected = runCli({u"plan"_s, broken});
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.err == broken + u": /steps/0/sides: must be \"none\" or \"both\"\n"_s);

    const auto missing = runCli({u"plan"_s, u"/no/such/sequence.json"_s});
    CHECK(missing.exitCode == 3);

    const auto unknown = runCli({u"plan"_s, u"no-such-id"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.startsWith(u"viparita-cli: no sequence with the id 'no-such-id' (there are: "
                                 "healing, "_s));

    const auto none = runCli({u"plan"_s});
    CHECK(none.exitCode == 2);
}

TEST_CASE("the first word of a two-word command lists its sub-commands")
{
    const auto help = runCli({u"session"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(u"Usage: viparita-cli session SUB-COMMAND"_s));
    for (const QString &sub :
         {u"session log"_s, u"session show"_s, u"session delete"_s, u"session restore"_s})
        CHECK(help.out.contains(sub));
    CHECK_FALSE(help.out.contains(u"reading add"_s));

    const auto bare = runCli({u"reading"_s});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains(u"which one?"_s));
    CHECK(bare.err.contains(u"reading add"_s));
    CHECK(bare.err.contains(u"reading delete"_s));

    const auto mistyped = runCli({u"session"_s, u"shwo"_s, u"1"_s});
    CHECK(mistyped.exitCode == 2);
    CHECK(mistyped.err.contains(u"Did you mean 'session show'?"_s));
}

TEST_CASE("a mistyped command gets the nearest one, not the whole help")
{
    for (const auto &[typed, meant] :
         {std::pair{u"valdate"_s, u"validate"_s}, std::pair{u"sesions"_s, u"sessions"_s},
          std::pair{u"readngs"_s, u"readings"_s}, std::pair{u"exprot"_s, u"export"_s}}) {
        INFO(typed.toStdString());
        const auto result = runCli({typed});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"Did you mean '%1'?"_s.arg(meant)));
        CHECK_FALSE(result.err.contains(u"Commands:"_s));
    }
    const auto nothingNear = runCli({u"xyzzyplugh"_s});
    CHECK(nothingNear.exitCode == 2);
    CHECK_FALSE(nothingNear.err.contains(u"Did you mean"_s));
    CHECK(nothingNear.err.contains(u"viparita-cli --help"_s));
}

TEST_CASE("a command's usage line names viparita-cli, not the path it was started by")
{
    const auto help = runCli({u"readings"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(u"Usage: viparita-cli [options] readings"_s));
}

TEST_CASE("the CLI speaks to people in the system's language and writes the same JSON in every one")
{
    QTranslator german;
    REQUIRE(german.load(u":/i18n/viparita_de.qm"_s));
    const auto inGerman = [&german](const char *english) {
        const QString text = german.translate("viparita::cli::Cli", english);
        REQUIRE_FALSE(text.isEmpty());
        REQUIRE(text != QLatin1String(english));
        return text;
    };
    const QStringList germany{u"LC_ALL=de_DE.UTF-8"_s, u"LANG=de_DE.UTF-8"_s, u"LANGUAGE="_s};

    // The help: Qt's own words and the commands' summaries in German, the program named as
    // typed (not by the path it was started from).
    const auto help = runCli({u"export"_s, u"--help"_s}, {}, germany);
    REQUIRE(help.exitCode == 0);
    INFO(help.out.toStdString());
    CHECK(help.out.startsWith(u"Aufruf: viparita-cli "_s));
    CHECK(help.out.simplified().contains(
        inGerman("Export readings or sessions: CSV, a PDF report, or FHIR R4 for a doctor's "
                 "system.")
            .simplified()));

    // A mistake is explained in German, the command names in it as typed.
    const auto mistake = runCli({u"sesion"_s}, {}, germany);
    CHECK(mistake.exitCode != 0);
    CHECK(mistake.err.contains(
        inGerman("unknown command '%1'. Did you mean '%2'?").arg(u"sesion"_s, u"session"_s)));

    // What scripts read does not change with the language: the same JSON, with decimal points.
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString journal = folder.filePath(u"journal.sqlite"_s);
    for (const QStringList &environment : {QStringList{u"LC_ALL=C"_s}, germany}) {
        const bool english = environment.first() == u"LC_ALL=C"_s;
        const auto added =
            runCli({u"--database"_s, journal, u"reading"_s, u"add"_s, u"--systolic"_s,
                    english ? u"131"_s : u"132"_s, u"--diastolic"_s, english ? u"84"_s : u"85"_s,
                    u"--at"_s, english ? u"2026-11-20T08:00:00"_s : u"2026-11-20T08:05:00"_s},
                   {}, environment);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    // In words, the language's numbers: the morning's mean of 131/84 and 132/85.
    const auto englishText = runCli({u"--database"_s, journal, u"stats"_s}, {}, {u"LC_ALL=C"_s});
    const auto germanText = runCli({u"--database"_s, journal, u"stats"_s}, {}, germany);
    INFO(englishText.out.toStdString() << germanText.out.toStdString());
    CHECK(englishText.out.contains(u"131.5/84.5"_s));
    CHECK(germanText.out.contains(u"131,5/84,5"_s));
    const auto english =
        runCli({u"--database"_s, journal, u"stats"_s, u"--json"_s}, {}, {u"LC_ALL=C"_s});
    const auto stats = runCli({u"--database"_s, journal, u"stats"_s, u"--json"_s}, {}, germany);
    REQUIRE(english.exitCode == 0);
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out == english.out);
    CHECK(QJsonDocument::fromJson(stats.out.toUtf8()).isObject());
}
