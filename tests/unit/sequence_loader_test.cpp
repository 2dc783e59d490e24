#include "test_environment.h"

#include <viparita/core/sequence_loader.h>

#include "catch_qt.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;
using viparita::Diagnostic;
using viparita::SequenceLoader;
using viparita::toStrings;
using viparita::test::readFile;
using viparita::test::sourcePath;

namespace {} // namespace

TEST_CASE("every bundled sequence file loads without an error")
{
    const QStringList files =
        QDir(sourcePath(u"sequences"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(files == QStringList{u"classic.json"_s, u"healing.json"_s, u"supported.json"_s,
                                 u"thread-the-needle.json"_s});
    for (const QString &name : files) {
        const auto result = SequenceLoader::loadFile(sourcePath(u"sequences/"_s + name));
        INFO(name.toStdString() << ": " << toStrings(result.errors).join(u'\n').toStdString());
        REQUIRE(result.ok());
        CHECK(result.errors.isEmpty());
        CHECK(name == result.sequence->id + u".json"_s);
        CHECK(!result.sequence->contraindications.isEmpty());
        for (const auto &step : result.sequence->steps) {
            CHECK(!step.cues.isEmpty());
            CHECK(!step.image.isEmpty());
        }
    }
}

TEST_CASE("the healing sequence has the seven steps in order, two of them on both sides")
{
    const auto result = SequenceLoader::loadFile(sourcePath(u"sequences/healing.json"_s));
    REQUIRE(result.ok());
    const auto &sequence = *result.sequence;
    QStringList ids;
    QStringList bothSides;
    for (const auto &step : sequence.steps) {
        ids.append(step.id);
        if (step.sides == viparita::Sides::Both)
            bothSides.append(step.id);
    }
    CHECK(ids == QStringList{u"hamstrings"_s, u"straddle"_s, u"bound-angle"_s, u"ankle-to-knee"_s,
                             u"psoas"_s, u"twist"_s, u"bolster"_s});
    CHECK(bothSides == QStringList{u"ankle-to-knee"_s, u"twist"_s});
    CHECK(sequence.playedStepCount() == 9);
    // About ten minutes of practice.
    CHECK(sequence.practiceSeconds() >= 9 * 60);
    CHECK(sequence.practiceSeconds() <= 11 * 60);
    for (const QString &prop : {u"mat"_s, u"bolster"_s, u"blanket"_s, u"strap"_s})
        CHECK(sequence.props.contains(prop));
    CHECK(sequence.breath.start.breathsPerMinute() == Approx(6.0));
}

TEST_CASE("the classic sequence is one twelve-minute hold with setup cues")
{
    const auto result = SequenceLoader::loadFile(sourcePath(u"sequences/classic.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.sequence->steps.size() == 1);
    CHECK(result.sequence->steps.first().durationSeconds == 12 * 60);
    CHECK(result.sequence->setup.size() >= 3);
    CHECK(result.sequence->steps.first().cues.size() >= 6);
}

TEST_CASE("a broken file is rejected with every error at its exact place")
{
    struct Case {
        const char *file;
        QStringList expected;
    };
    // clang-format off
    const std::vector<Case> cases{
        {"syntax-equals-for-colon", {u":7:12: expected ':' after the key \"version\""_s}},
        {"syntax-trailing-comma", {u":7:16: expected a key in double quotes"_s}},
        {"syntax-missing-comma", {u":8:3: expected ',' or '}' after the value of \"version\""_s}},
        {"syntax-single-quotes", {u":4:3: keys must be in double quotes"_s}},
        {"syntax-unclosed-string", {u":5:47: the string is not closed on its line"_s}},
        {"syntax-bare-word", {u":6:15: unknown word \"en\": text must be in double quotes, and the only words are true, false and null"_s}},
        {"syntax-leading-zero", {u":7:14: a number must not start with 0"_s}},
        {"syntax-truncated", {u":16:7: the file ends inside an object: expected a key or '}'"_s}},
        {"syntax-empty", {u":1:1: the file holds no JSON value"_s}},
        {"syntax-invalid-utf8", {u":4:17: the text is not valid UTF-8"_s}},
        {"not-an-object", {u": must be a JSON object holding a sequence"_s}},
        {"wrong-format", {u": /format: must be \"viparita.sequence/2\" (or \"viparita.sequence/1\", without translations)"_s}},
        {"missing-title", {u": missing required key \"title\""_s}},
        {"missing-steps", {u": missing required key \"steps\""_s}},
        {"unknown-top-key", {u": /titel: unknown key (did you mean \"title\"?)"_s}},
        {"unknown-step-key", {u": /steps/0/duraton: unknown key (did you mean \"duration\"?)"_s}},
        {"title-not-string", {u": /title: must be a string"_s}},
        {"title-blank", {u": /title: must not be empty"_s}},
        {"bad-id", {u": /id: must be an id of lower-case letters, digits and single hyphens, like \"legs-up\""_s}},
        {"bad-language", {u": /language: must be a language tag such as \"en\" or \"en-GB\""_s}},
        {"version-zero", {u": /version: must be a whole number, 1 or more"_s}},
        {"no-steps", {u": /steps: must have at least one step"_s}},
        {"steps-not-array", {u": /steps: must be an array"_s}},
        {"step-not-object", {u": /steps/1: must be an object"_s}},
        {"negative-duration", {u": /steps/0/duration: must be a whole number of seconds from 10 to 3600"_s}},
        {"huge-duration", {u": /steps/0/duration: must be a whole number of seconds from 10 to 3600"_s}},
        {"fractional-duration", {u": /steps/0/duration: must be a whole number of seconds from 10 to 3600"_s}},
        {"duration-as-string", {u": /steps/0/duration: must be a whole number of seconds from 10 to 3600"_s}},
        {"missing-duration", {u": /steps/0: missing required key \"duration\""_s}},
        {"duplicate-step-id", {u": /steps/1/id: repeats the id \"rest\" of /steps/0"_s}},
        {"bad-sides", {u": /steps/0/sides: must be \"none\" or \"both\""_s}},
        {"no-cues", {u": /steps/0/cues: must have at least one cue"_s}},
        {"empty-targets", {u": /steps/0/targets: must name at least one muscle or area"_s}},
        {"cue-past-end", {u": /steps/0/cues/1/at: 75 s is not within the 60 s step"_s}},
        {"cue-end-too-far", {u": /steps/0/cues/1/at: end-90 is not within the 60 s step"_s}},
        {"cue-negative", {u": /steps/0/cues/1/at: must be a whole number of seconds from 0 into the step"_s}},
        {"cue-bad-percent", {u": /steps/0/cues/1/at: must be a percentage from 0% to 99%, like \"50%\""_s}},
        {"cue-bad-form", {u": /steps/0/cues/1/at: must be \"start\", whole seconds into the step, a percentage like \"50%\", or \"end-N\" for N seconds before the end"_s}},
        {"cue-empty-text", {u": /steps/0/cues/0/text: must not be empty"_s}},
        {"cue-spoken-not-bool", {u": /steps/0/cues/0/spoken: must be true or false"_s}},
        {"duplicate-prop", {u": /props/2: repeats \"mat\""_s}},
        {"breath-out-of-range", {u": /breath/inhale: must be a number of seconds from 1 to 20"_s}},
        {"breath-nested-end", {u": /breath/end/end: unknown key (allowed here: inhale, hold_in, exhale, hold_out)"_s}},
        {"many-errors", {u": /title: must not be empty"_s,
                         u": /steps/0/duration: must be a whole number of seconds from 10 to 3600"_s,
                         u": /steps/0/sides: must be \"none\" or \"both\""_s,
                         u": /steps/0/cues/0: missing required key \"text\""_s}},
    };
    // clang-format on
    REQUIRE(cases.size() >= 20);
    const QDir broken(sourcePath(u"tests/data/broken"_s));
    // Every broken file in the folder has its case, and no case lacks its file.
    CHECK(static_cast<size_t>(broken.entryList({u"*.json"_s}, QDir::Files).size()) == cases.size());

    for (const Case &c : cases) {
        const QString path = broken.filePath(QLatin1String(c.file) + u".json"_s);
        QStringList expected;
        for (const QString &message : c.expected)
            expected.append(path + message);
        const auto result = SequenceLoader::loadFile(path);
        INFO(c.file);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.unreadable());
        CHECK(toStrings(result.errors).join(u'\n').toStdString() ==
              expected.join(u'\n').toStdString());
        // The same bytes give the same messages, named as asked.
        const auto fromBytes = SequenceLoader::loadBytes(readFile(path), u"x.json"_s);
        CHECK(fromBytes.errors.size() == result.errors.size());
        if (!fromBytes.errors.isEmpty())
            CHECK(fromBytes.errors.first().file == u"x.json"_s);
    }
}

TEST_CASE("syntax and meaning errors carry their kind, line, column and pointer")
{
    const auto syntax = SequenceLoader::loadBytes("{\n  \"id\" \"x\"\n}", u"a.json"_s);
    REQUIRE(syntax.errors.size() == 1);
    CHECK(syntax.errors.first().kind == Diagnostic::Kind::Syntax);
    CHECK(syntax.errors.first().line == 2);
    CHECK(syntax.errors.first().column == 8);

    const auto meaning = SequenceLoader::loadBytes("{\"id\": 1}", u"a.json"_s);
    REQUIRE_FALSE(meaning.errors.isEmpty());
    CHECK(meaning.errors.first().kind == Diagnostic::Kind::Meaning);
    CHECK(meaning.errors.first().line == 0);
}

TEST_CASE("columns count characters, not bytes, and a byte order mark is allowed")
{
    // "é" is two bytes in UTF-8 but one column.
    const auto accented = SequenceLoader::loadBytes("{\"é\" 1}", u"a.json"_s);
    REQUIRE(accented.errors.size() == 1);
    CHECK(accented.errors.first().toString() == u"a.json:1:6: expected ':' after the key \"é\""_s);

    QByteArray withMark = "\xEF\xBB\xBF" + readFile(sourcePath(u"tests/data/valid/tiny.json"_s));
    const auto marked = SequenceLoader::loadBytes(withMark, u"tiny.json"_s);
    INFO(toStrings(marked.errors).join(u'\n').toStdString());
    CHECK(marked.ok());
}

TEST_CASE("a minimal file gets the documented defaults")
{
    const auto result = SequenceLoader::loadFile(sourcePath(u"tests/data/valid/tiny.json"_s));
    REQUIRE(result.ok());
    const auto &sequence = *result.sequence;
    CHECK(sequence.breath.start == viparita::BreathPattern{4.0, 0.0, 6.0, 0.0});
    CHECK_FALSE(sequence.breath.end.has_value());
    CHECK(sequence.props.isEmpty());
    CHECK(sequence.setup.isEmpty());
    REQUIRE(sequence.steps.size() == 1);
    const auto &step = sequence.steps.first();
    CHECK(step.sides == viparita::Sides::None);
    CHECK(step.cues.first().spoken);
    CHECK(step.cues.first().at.kind == viparita::CueTime::Kind::Start);
    CHECK_FALSE(step.breath.has_value());
}

TEST_CASE("a file that cannot be read is reported as unreadable, not as invalid")
{
    const auto missing = SequenceLoader::loadFile(u"/no/such/folder/sequence.json"_s);
    CHECK(missing.unreadable());
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors.first().toString().startsWith(
        u"/no/such/folder/sequence.json: cannot open: "_s));

    const QString huge = viparita::test::dataHome() + u"/huge.json"_s;
    viparita::test::writeFile(huge, QByteArray(SequenceLoader::maxFileBytes + 1, ' '));
    const auto tooLarge = SequenceLoader::loadFile(huge);
    CHECK(tooLarge.unreadable());
    CHECK(tooLarge.errors.first().message == u"is larger than 1024 KiB: not a sequence file"_s);
}

TEST_CASE("deeply nested input is rejected with a message, not a crash")
{
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const auto result = SequenceLoader::loadBytes(deep, u"deep.json"_s);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().kind == Diagnostic::Kind::Syntax);
}

// Found by fuzzing (tests/fuzz, fuzz_sequence_loader): Qt takes no lone value as a document, so
// `"image"` was refused with Qt's "illegal value" at Qt's offset instead of a message of ours.
TEST_CASE("a lone string, number or word is refused as not holding a sequence")
{
    for (const QByteArray &bytes : {QByteArray("\"image\""), QByteArray(" 42\n"),
                                    QByteArray("null"), QByteArray("\xEF\xBB\xBFtrue")}) {
        INFO(bytes.toStdString());
        const auto result = SequenceLoader::loadBytes(bytes, u"lone.json"_s);
        CHECK_FALSE(result.ok());
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().kind == Diagnostic::Kind::Meaning);
        CHECK(result.errors.first().toString() ==
              u"lone.json: must be a JSON object holding a sequence"_s);
    }
    // Broken text around a lone value is still a syntax error at its place.
    const auto broken = SequenceLoader::loadBytes("\"image\" x", u"lone.json"_s);
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().kind == Diagnostic::Kind::Syntax);
    CHECK(broken.errors.first().column == 9);
}

// Found by fuzzing (tests/fuzz, fuzz_sequence_loader): Qt refuses a number that overflows a double
// ("illegal number", placed after it); the grammar pass took it, so the place was Qt's guess.
TEST_CASE("a number too large or too small to be read is a syntax error at the number")
{
    for (const QByteArray &number :
         {QByteArray("1e400"), QByteArray("-1.8e308"), QByteArray("1e-400")}) {
        INFO(number.toStdString());
        const auto result =
            SequenceLoader::loadBytes("{\"version\": " + number + ", \"id\": 1}", u"n.json"_s);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().kind == Diagnostic::Kind::Syntax);
        CHECK(result.errors.first().toString() ==
              u"n.json:1:13: the number is too large or too small to be read"_s);
    }
    // The smallest numbers a double holds are read.
    const auto tiny = SequenceLoader::loadBytes("{\"version\": 4.9e-324}", u"n.json"_s);
    REQUIRE_FALSE(tiny.errors.isEmpty());
    CHECK(tiny.errors.first().kind == Diagnostic::Kind::Meaning);
}
