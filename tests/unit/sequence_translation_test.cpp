#include "test_environment.h"

#include <viparita/core/sequence_loader.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::Sequence;
using viparita::SequenceLoader;
using viparita::toStrings;
using viparita::test::sourcePath;

namespace {

/// A small sequence of format `format` with `translations` (JSON text) as its translations.
QByteArray smallSequence(const char *format, const char *translations)
{
    QByteArray json = R"({
  "format": ")" + QByteArray(format) +
                      R"(",
  "id": "small", "title": "Small", "description": "Two steps.", "language": "en",
  "version": 1, "props": ["mat", "strap"], "setup": ["Lie down.", "Rest."],
  "steps": [
    {"id": "one", "title": "One", "targets": ["calves"], "duration": 60,
     "cues": [{"at": "start", "text": "Begin."}, {"at": 30, "text": "Halfway."}]},
    {"id": "two", "title": "Two", "targets": ["hips"], "duration": 60,
     "cues": [{"at": "start", "text": "Again."}]}
  ])";
    if (translations)
        json += ",\n  \"translations\": " + QByteArray(translations);
    return json + "\n}\n";
}

} // namespace

TEST_CASE("each bundled sequence speaks the eight languages in every text, its times unchanged")
{
    for (const QString &id : {u"classic"_s, u"healing"_s, u"supported"_s, u"thread-the-needle"_s}) {
        const auto result = SequenceLoader::loadFile(sourcePath(u"sequences/%1.json"_s.arg(id)));
        INFO(id.toStdString() << ": " << toStrings(result.errors).join(u'\n').toStdString());
        REQUIRE(result.ok());
        const Sequence &own = *result.sequence;
        CHECK(own.languages() == QStringList{u"en"_s, u"ar"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s,
                                             u"nl"_s, u"pl"_s, u"pt-BR"_s});
        for (const QString &language : own.languages().mid(1)) {
            INFO(language.toStdString());
            const Sequence translated = own.inLanguage(language);
            CHECK(translated.language == language);
            CHECK(translated.title != own.title);
            CHECK(translated.description != own.description);
            REQUIRE(translated.steps.size() == own.steps.size());
            for (qsizetype i = 0; i < own.steps.size(); ++i) {
                const auto &step = translated.steps.at(i);
                CHECK(step.title != own.steps.at(i).title);
                REQUIRE(step.cues.size() == own.steps.at(i).cues.size());
                CHECK(step.durationSeconds == own.steps.at(i).durationSeconds);
                for (qsizetype c = 0; c < step.cues.size(); ++c) {
                    CHECK(step.cues.at(c).at == own.steps.at(i).cues.at(c).at);
                    CHECK(step.cues.at(c).text != own.steps.at(i).cues.at(c).text);
                }
            }
            CHECK(translated.practiceSeconds() == own.practiceSeconds());
        }
    }
}

TEST_CASE("a sequence is read in the nearest language it has, else in its own")
{
    const auto result = SequenceLoader::loadFile(sourcePath(u"sequences/healing.json"_s));
    REQUIRE(result.ok());
    const Sequence &own = *result.sequence;
    CHECK(own.inLanguage(u"de-AT"_s).title == own.inLanguage(u"de"_s).title);
    CHECK(own.inLanguage(u"de_CH"_s).language == u"de"_s);
    CHECK(own.inLanguage(u"pt"_s).language == u"pt-BR"_s);
    CHECK(own.inLanguage(u"PT-br"_s).language == u"pt-BR"_s);
    // No Japanese: its own English; English of another country: its own too.
    CHECK(own.inLanguage(u"ja"_s) == own);
    CHECK(own.inLanguage(u"en-GB"_s) == own);
    CHECK(own.inLanguage(QString()) == own);
}

TEST_CASE("a translation may leave texts out: they stay the sequence's own")
{
    const auto result =
        SequenceLoader::loadBytes(smallSequence("viparita.sequence/2", R"({"de": {"title": "Klein",
            "steps": {"two": {"cues": ["Noch einmal."]}}}})"),
                                  u"small.json"_s);
    INFO(toStrings(result.errors).join(u'\n').toStdString());
    REQUIRE(result.ok());
    const Sequence german = result.sequence->inLanguage(u"de"_s);
    CHECK(german.title == u"Klein"_s);
    CHECK(german.description == u"Two steps."_s);
    CHECK(german.setup == QStringList{u"Lie down."_s, u"Rest."_s});
    CHECK(german.steps.at(0).cues.at(1).text == u"Halfway."_s);
    CHECK(german.steps.at(1).title == u"Two"_s);
    CHECK(german.steps.at(1).cues.at(0).text == u"Noch einmal."_s);
}

TEST_CASE("a format 1 file still loads, and one without translations reads the same in all")
{
    const auto result =
        SequenceLoader::loadBytes(smallSequence("viparita.sequence/1", nullptr), u"old.json"_s);
    INFO(toStrings(result.errors).join(u'\n').toStdString());
    REQUIRE(result.ok());
    CHECK(result.sequence->languages() == QStringList{u"en"_s});
    CHECK(result.sequence->inLanguage(u"fr"_s) == *result.sequence);
}

TEST_CASE("a wrong translation is named at its place and the sequence is not loaded")
{
    struct Case {
        const char *format;
        const char *translations;
        QString message;
    };
    const QList<Case> cases{
        {"viparita.sequence/1", R"({"de": {"title": "Klein"}})",
         u"t.json: /translations: needs \"format\": \"viparita.sequence/2\""_s},
        {"viparita.sequence/2", R"({"de": {"setup": ["Hinlegen."]}})",
         u"t.json: /translations/de/setup: must have 2 entries, one for each of the "
         "sequence's setup"_s},
        {"viparita.sequence/2", R"({"fr": {"steps": {"one": {"cues": ["Commencez."]}}}})",
         u"t.json: /translations/fr/steps/one/cues: must have 2 entries, one for each of the "
         "step's cues, in their order"_s},
        {"viparita.sequence/2", R"({"fr": {"steps": {"three": {"title": "Trois"}}}})",
         u"t.json: /translations/fr/steps/three: names no step of this sequence"_s},
        {"viparita.sequence/2", R"({"en": {"title": "Little"}})",
         u"t.json: /translations/en: is the sequence's own language"_s},
        {"viparita.sequence/2", R"({"German": {"title": "Klein"}})",
         u"t.json: /translations/German: must be named by a language tag such as \"de\" or "
         "\"pt-BR\""_s},
        {"viparita.sequence/2", R"({"de": {"titel": "Klein"}})",
         u"t.json: /translations/de/titel: unknown key (did you mean \"title\"?)"_s},
        {"viparita.sequence/2", R"({"de": {"props": ["Matte", "Matte"]}})",
         u"t.json: /translations/de/props/1: repeats \"Matte\""_s},
        {"viparita.sequence/2", R"({"de": {"steps": {"one": {"title": " "}}}})",
         u"t.json: /translations/de/steps/one/title: must not be empty"_s},
        {"viparita.sequence/2", R"(["de"])", u"t.json: /translations: must be an object"_s},
    };
    for (const Case &c : cases) {
        const auto result =
            SequenceLoader::loadBytes(smallSequence(c.format, c.translations), u"t.json"_s);
        INFO(c.translations);
        CHECK_FALSE(result.ok());
        CHECK(toStrings(result.errors).join(u'\n').toStdString() == c.message.toStdString());
    }
}
