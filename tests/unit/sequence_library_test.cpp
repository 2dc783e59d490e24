#include "test_environment.h"

#include <viparita/core/sequence_library.h>

#include "catch_qt.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::test::readFile;
using viparita::test::sourcePath;
using viparita::test::writeFile;

namespace {

QStringList loadedIds(const SequenceLibrary &library)
{
    QStringList ids;
    for (const auto &entry : library.entries()) {
        if (entry.sequence)
            ids.append(entry.sequence->id);
    }
    return ids;
}

} // namespace

TEST_CASE("the bundled sequences load from the resources, the default one first")
{
    const auto library = SequenceLibrary::load({});
    CHECK(library.brokenCount() == 0);
    const QStringList ids = loadedIds(library);
    REQUIRE(ids.size() == 4);
    CHECK(ids.first() == u"healing"_s);
    for (const QString &id : {u"classic"_s, u"thread-the-needle"_s, u"supported"_s})
        CHECK(ids.contains(id));
    for (const auto &entry : library.entries()) {
        CHECK(entry.bundled);
        CHECK(entry.source.startsWith(u":/sequences/"_s));
        // The compiled-in copy is the file in sequences/.
        CHECK(readFile(entry.source) ==
              readFile(sourcePath(u"sequences/"_s + entry.source.section(u'/', -1))));
    }
    REQUIRE(library.find(u"classic"_s) != nullptr);
    CHECK(library.find(u"classic"_s)->id == u"classic"_s);
    CHECK(library.find(u"no-such-sequence"_s) == nullptr);
}

TEST_CASE("user files load beside the bundled ones and a broken one is listed with its error")
{
    const QString folder = viparita::test::dataHome() + u"/library-test"_s;
    QDir(folder).removeRecursively();
    writeFile(folder + u"/tiny.json"_s, readFile(sourcePath(u"tests/data/valid/tiny.json"_s)));
    writeFile(folder + u"/broken.json"_s,
              readFile(sourcePath(u"tests/data/broken/no-steps.json"_s)));
    // A user file may not take the id of a bundled sequence ...
    writeFile(folder + u"/my-healing.json"_s,
              readFile(sourcePath(u"tests/data/valid/tiny.json"_s))
                  .replace("\"id\": \"tiny\"", "\"id\": \"healing\""));
    // ... nor of another user file.
    writeFile(folder + u"/twin.json"_s, readFile(sourcePath(u"tests/data/valid/tiny.json"_s)));
    writeFile(folder + u"/notes.txt"_s, "not a sequence");

    const auto library = SequenceLibrary::load(folder);
    CHECK(loadedIds(library) == QStringList{u"healing"_s, u"classic"_s, u"supported"_s,
                                            u"thread-the-needle"_s, u"tiny"_s});
    CHECK(library.brokenCount() == 3);
    REQUIRE(library.entries().size() == 8);

    QStringList errors;
    for (const auto &entry : library.entries()) {
        CHECK(entry.bundled == entry.source.startsWith(u':'));
        for (const auto &error : entry.errors)
            errors.append(error.toString());
    }
    CHECK(errors == QStringList{
                        folder + u"/broken.json: /steps: must have at least one step"_s,
                        folder + u"/my-healing.json: /id: the id \"healing\" is already used by a "
                                 "bundled sequence; give this sequence an id of its own"_s,
                        folder + u"/twin.json: /id: the id \"tiny\" is already used by "_s +
                            folder + u"/tiny.json; give this sequence an id of its own"_s,
                    });
    QDir(folder).removeRecursively();
}

TEST_CASE("a missing user folder is no error")
{
    const auto library = SequenceLibrary::load(u"/no/such/folder"_s);
    CHECK(library.entries().size() == 4);
    CHECK(library.brokenCount() == 0);
}
