#include "test_environment.h"

#include <viparita/core/sequence_loader.h>
#include <viparita/core/sequence_writer.h>

#include "catch_qt.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;
using viparita::Sequence;
using viparita::SequenceLoader;
using viparita::SequenceWriter;
using viparita::toStrings;
using viparita::test::sourcePath;

TEST_CASE("every bundled sequence written and read again is the same sequence")
{
    const QDir folder(sourcePath(u"sequences"_s));
    const QStringList names = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 4);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const auto loaded = SequenceLoader::loadFile(folder.filePath(name));
        REQUIRE(loaded.ok());
        const QByteArray written = SequenceWriter::toJson(*loaded.sequence);
        const auto again = SequenceLoader::loadBytes(written, name);
        INFO(toStrings(again.errors).join(u'\n').toStdString());
        REQUIRE(again.ok());
        CHECK(again.errors.isEmpty());
        CHECK(*again.sequence == *loaded.sequence);
        CHECK(written.contains("\"format\": \"viparita.sequence/2\""));
    }
}

TEST_CASE("a sequence with every kind of value is written so that it reads back the same")
{
    const auto healing = SequenceLoader::loadFile(sourcePath(u"sequences/healing.json"_s));
    REQUIRE(healing.ok());
    Sequence sequence = *healing.sequence;
    sequence.id = u"my-evening"_s;
    sequence.breath.start.holdIn = 1.5;
    sequence.breath.start.holdOut = 2.0;
    sequence.breath.end.reset();
    viparita::Step &step = sequence.steps.first();
    step.breath = viparita::BreathProgression{{4.0, 0.0, 8.0, 0.0},
                                              viparita::BreathPattern{5.0, 1.0, 9.0, 0.0}};
    step.askReading = true;
    step.image.clear();
    step.cues = {
        {{viparita::CueTime::Kind::Start, 0}, u"Arrive."_s, true},
        {{viparita::CueTime::Kind::Seconds, 12}, u"Soften the jaw."_s, false},
        {{viparita::CueTime::Kind::Percent, 50}, u"Halfway: breathe out longer."_s, true},
        {{viparita::CueTime::Kind::BeforeEnd, 10}, u"Ten seconds more."_s, true},
    };
    // Its translations follow the cues, entry for entry.
    for (auto &texts : sequence.translations)
        texts.steps.remove(step.id);
    const auto again = SequenceLoader::loadBytes(SequenceWriter::toJson(sequence), u"mine.json"_s);
    INFO(toStrings(again.errors).join(u'\n').toStdString());
    REQUIRE(again.ok());
    CHECK(*again.sequence == sequence);
}

TEST_CASE("a draft with a problem is written as it is, and the loader names the problem's place")
{
    const auto classic = SequenceLoader::loadFile(sourcePath(u"sequences/classic.json"_s));
    REQUIRE(classic.ok());
    Sequence draft = *classic.sequence;
    draft.steps.first().durationSeconds = 0;
    const auto read = SequenceLoader::loadBytes(SequenceWriter::toJson(draft), u"draft.json"_s);
    CHECK_FALSE(read.ok());
    REQUIRE_FALSE(read.errors.isEmpty());
    CHECK(read.errors.first().pointer == u"/steps/0/duration"_s);
}
