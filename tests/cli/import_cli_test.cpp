// `viparita-cli import FILE` with no options on other apps' exports (tests/data/import): each
// recognised and imported, once; the same readings from two apps come in once; hostile and
// broken files are refused and the journal's bytes stay as they were.

#include "cli_journal.h"
#include "local_zone.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using viparita::test::CliJournal;

namespace {

const QString samples = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/data/import");

/// How many readings EXPECTED.md lists for a sample, from its "N readings" line.
int expectedCount(const QString &sample)
{
    const QString text = QString::fromUtf8(viparita::test::readFile(samples + u"/EXPECTED.md"_s));
    const qsizetype section = text.indexOf(u"## "_s + sample + u'\n');
    REQUIRE(section >= 0);
    static const QRegularExpression count(u"\\n(\\d+) readings"_s);
    const auto match = count.match(text, section);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

/// A zip archive of `files` (name in the archive, path), made with Python's zipfile.
void makeZip(const QString &zip, const QList<std::pair<QString, QString>> &files)
{
    QStringList arguments{u"-c"_s,
                          u"import sys, zipfile\n"
                          "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) "
                          "as z:\n"
                          "    for i in range(2, len(sys.argv), 2):\n"
                          "        z.write(sys.argv[i + 1], sys.argv[i])\n"_s,
                          zip};
    for (const auto &[name, path] : files)
        arguments << name << path;
    QProcess python;
    python.start(u"python3"_s, arguments);
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);
}

} // namespace

TEST_CASE("import with no options recognises each app's export and imports it once")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const QStringList files =
        QDir(samples).entryList({u"*.csv"_s, u"*.xml"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString &name : files) {
        INFO(name.toStdString());
        const CliJournal journal;
        const QString path = samples + u'/' + name;
        const int count = expectedCount(name);

        const auto dryRun = journal.run({u"import"_s, path, u"--dry-run"_s});
        INFO(dryRun.err.toStdString());
        CHECK(dryRun.exitCode == 0);
        CHECK(dryRun.out.startsWith(u"Source: "_s));
        CHECK_FALSE(dryRun.out.startsWith(u"Source: a table no app is known by"_s));
        CHECK(dryRun.out.contains(u"(--format "_s));
        CHECK(dryRun.out.contains(u"Dry run, nothing written: %1 imported"_s.arg(count)));
        CHECK_FALSE(QFile::exists(journal.path()));

        const auto imported = journal.run({u"import"_s, path});
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.startsWith(
            u"%1 imported, 0 already in the journal, 0 bad rows skipped"_s.arg(count)));
        CHECK(journal.json({u"readings"_s}).size() == count);

        const auto again = journal.run({u"import"_s, path});
        CHECK(again.exitCode == 0);
        CHECK(again.out.startsWith(u"0 imported, %1 already in the journal"_s.arg(count)));
        CHECK(journal.json({u"readings"_s}).size() == count);
    }
}

TEST_CASE("the same readings exported by two apps, with and without seconds, come in once")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const CliJournal journal;
    const auto omron = journal.run({u"import"_s, samples + u"/omron-connect-24h.csv"_s});
    INFO(omron.err.toStdString());
    REQUIRE(omron.exitCode == 0);
    // Two of the same readings as another app wrote them (with seconds and a pulse it
    // measured itself), and one new one.
    const QString withings = journal.folder() + u"/bp.csv"_s;
    viparita::test::writeFile(withings, "Date,\"Heart rate\",Systolic,Diastolic,Comments\n"
                                        "\"2026-03-14 21:48:41\",67,124,79,\n"
                                        "\"2026-03-14 07:12:05\",,131,84,\n"
                                        "\"2026-03-15 07:20:00\",63,127,81,\n");
    const auto second = journal.run({u"import"_s, withings});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out == u"1 imported, 2 already in the journal, 0 bad rows skipped\n"_s);
    CHECK(journal.json({u"readings"_s}).size() == 7);
}

TEST_CASE("Apple Health's export.zip is read from the archive, and a broken one is refused")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const CliJournal journal;
    const QString zip = journal.folder() + u"/export.zip"_s;
    makeZip(zip,
            {{u"apple_health_export/export.xml"_s, samples + u"/apple-health-export.xml"_s},
             {u"apple_health_export/export_cda.xml"_s, samples + u"/apple-health-export.xml"_s}});
    const auto dryRun = journal.run({u"import"_s, zip, u"--dry-run"_s});
    INFO(dryRun.err.toStdString());
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.startsWith(u"Source: Apple Health (--format apple-health)\n"_s));
    CHECK(dryRun.out.contains(u"2026-03-14T07:12:00+01:00  128/82  pulse 64\n"_s));

    // Cut short: refused, the journal as it was.
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s});
    const QByteArray before = viparita::test::readFile(journal.path());
    const QByteArray whole = viparita::test::readFile(zip);
    const QString cut = journal.folder() + u"/cut.zip"_s;
    viparita::test::writeFile(cut, whole.left(whole.size() / 2));
    const auto refused = journal.run({u"import"_s, cut});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"the zip archive cannot be read"_s));
    CHECK(viparita::test::readFile(journal.path()) == before);

    const auto imported = journal.run({u"import"_s, zip});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"5 imported, 0 already in the journal, 0 bad rows skipped\n"_s);
}

TEST_CASE("hostile and broken files are refused with a message, and the journal is unchanged")
{
    const CliJournal journal;
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s});
    const QByteArray before = viparita::test::readFile(journal.path());
    const QByteArray xmlHead = "<?xml version=\"1.0\"?>\n";
    const QByteArray record =
        "<Record type=\"HKQuantityTypeIdentifierBloodPressureSystolic\" sourceName=\"&x;\" "
        "unit=\"mmHg\" startDate=\"2026-03-14 07:12:00 +0100\" value=\"128\"/>";
    struct Case {
        QString name;
        QByteArray bytes;
        QString message;
    };
    QList<Case> cases{
        {u"xxe.xml"_s,
         xmlHead +
             "<!DOCTYPE HealthData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
             "<HealthData>" +
             record + "</HealthData>\n",
         u"the XML declares entities (x)"_s},
        {u"laughs.xml"_s,
         xmlHead +
             "<!DOCTYPE HealthData [<!ENTITY a \"aaaaaaaaaa\">"
             "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
             "<!ENTITY x \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<HealthData>" +
             record + "</HealthData>\n",
         u"the XML declares entities (a)"_s},
        {u"undeclared.xml"_s, xmlHead + "<HealthData>" + record + "</HealthData>\n", u"line 2"_s},
        {u"cut.xml"_s, viparita::test::readFile(samples + u"/apple-health-export.xml"_s).left(6000),
         u"the file is cut short"_s},
        {u"nul.csv"_s,
         QByteArray("Date,Systolic,Diastolic\n2026-03-14 07:12,1\0"
                    "28,82\n",
                    48),
         u"binary data, not text (the file is not text: line 2 holds a NUL byte)"_s},
        {u"junk.csv"_s, QByteArray(), u"not a readings file: it looks like"_s},
        {u"picture.csv"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, '\x7f'),
         u"not a readings file: it looks like a picture"_s},
    };
    // Bytes that are no file format: a fixed sequence, so a failure repeats.
    quint32 state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245U + 12345U;
        cases[5].bytes.append(static_cast<char>(state >> 24));
    }
    for (const Case &c : cases) {
        INFO(c.name.toStdString());
        const QString path = journal.folder() + u'/' + c.name;
        viparita::test::writeFile(path, c.bytes);
        const auto refused = journal.run({u"import"_s, path});
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(c.message));
        CHECK(refused.out.isEmpty());
        CHECK(viparita::test::readFile(journal.path()) == before);
    }

    // Two gigabytes with no line break: refused by its size, before it is read.
    const QString huge = journal.folder() + u"/huge.csv"_s;
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Date,Systolic,Diastolic,");
        REQUIRE(file.resize(qint64(2) * 1024 * 1024 * 1024)); // sparse: no disk used
    }
    const auto tooLarge = journal.run({u"import"_s, huge});
    CHECK(tooLarge.exitCode == 1);
    CHECK(tooLarge.err.contains(u"at 2048 MB it is too large for a table of readings"_s));
    CHECK(viparita::test::readFile(journal.path()) == before);
    QFile::remove(huge);
}
