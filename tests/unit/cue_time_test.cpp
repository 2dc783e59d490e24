#include <viparita/core/cue.h>
#include <viparita/core/diagnostic.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using viparita::CueTime;

TEST_CASE("a cue time gives its second within the step")
{
    CHECK(CueTime{CueTime::Kind::Start, 0}.secondsInto(90) == 0);
    CHECK(CueTime{CueTime::Kind::Seconds, 30}.secondsInto(90) == 30);
    CHECK(CueTime{CueTime::Kind::Percent, 50}.secondsInto(90) == 45);
    CHECK(CueTime{CueTime::Kind::Percent, 33}.secondsInto(90) == 29); // 29.7 rounds down
    CHECK(CueTime{CueTime::Kind::BeforeEnd, 10}.secondsInto(90) == 80);
    // Clamped to the step when the step was made shorter than the file's.
    CHECK(CueTime{CueTime::Kind::Seconds, 60}.secondsInto(45) == 44);
    CHECK(CueTime{CueTime::Kind::BeforeEnd, 60}.secondsInto(45) == 0);
}

TEST_CASE("a cue time prints in the form of the sequence files")
{
    CHECK(CueTime{CueTime::Kind::Start, 0}.toString() == u"start"_s);
    CHECK(CueTime{CueTime::Kind::Seconds, 30}.toString() == u"30"_s);
    CHECK(CueTime{CueTime::Kind::Percent, 50}.toString() == u"50%"_s);
    CHECK(CueTime{CueTime::Kind::BeforeEnd, 10}.toString() == u"end-10"_s);
}

TEST_CASE("a diagnostic names its place in one of three forms")
{
    using viparita::Diagnostic;
    CHECK(Diagnostic{Diagnostic::Kind::Syntax, u"a.json"_s, 7, 12, {}, u"bad"_s}.toString() ==
          u"a.json:7:12: bad"_s);
    CHECK(Diagnostic{Diagnostic::Kind::Meaning, u"a.json"_s, 0, 0, u"/steps/3/duration"_s, u"bad"_s}
              .toString() == u"a.json: /steps/3/duration: bad"_s);
    CHECK(Diagnostic{Diagnostic::Kind::File, u"a.json"_s, 0, 0, {}, u"bad"_s}.toString() ==
          u"a.json: bad"_s);
}
