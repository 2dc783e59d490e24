// Bytes as a sequence file: SequenceLoader::loadBytes, with the JSON grammar pass that places
// syntax errors, and SessionPlan on what loads.

#include "fuzz_support.h"
#include "json_syntax_locator.h"

#include <viparita/core/sequence_loader.h>
#include <viparita/core/session_plan.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

const QString fileName = u"fuzz.json"_s;

QString describe(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(u"\n  "_s);
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

/// RFC 6901: "/a~1b/0" is the member "a/b", then the element 0.
QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // before the first '/'
    for (QString &token : tokens)
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

/// True when every token of the pointer but the last names a value in the document, and that
/// value is an object or an array: the place exists, though a missing member may not.
bool parentExists(const QJsonDocument &document, const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    const QStringList tokens = pointerTokens(pointer);
    QJsonValue current =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return false;
            current = object.value(token);
        } else if (current.isArray()) {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            const QJsonArray array = current.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return false;
            current = array.at(index);
        } else {
            return false;
        }
    }
    return current.isObject() || current.isArray();
}

void checkBreath(const BreathPattern &pattern, const QString &where)
{
    FUZZ_CHECK(pattern.inhale >= 1 && pattern.inhale <= 20 && pattern.exhale >= 1 &&
                   pattern.exhale <= 20,
               where);
    FUZZ_CHECK(pattern.holdIn >= 0 && pattern.holdIn <= 20 && pattern.holdOut >= 0 &&
                   pattern.holdOut <= 20,
               where);
}

void checkSequence(const Sequence &sequence)
{
    static const QRegularExpression id(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    FUZZ_CHECK(id.match(sequence.id).hasMatch() && sequence.id.size() <= 64, sequence.id);
    FUZZ_CHECK(!sequence.title.trimmed().isEmpty() && codePoints(sequence.title) <= 80,
               sequence.title);
    FUZZ_CHECK(!sequence.description.trimmed().isEmpty() &&
                   codePoints(sequence.description) <= 2000,
               sequence.description);
    FUZZ_CHECK(!sequence.language.isEmpty() && sequence.version >= 1, sequence.language);
    checkBreath(sequence.breath.start, u"/breath"_s);
    if (sequence.breath.end)
        checkBreath(*sequence.breath.end, u"/breath/end"_s);
    FUZZ_CHECK(!sequence.steps.isEmpty() && sequence.steps.size() <= 100,
               QString::number(sequence.steps.size()));
    QStringList ids;
    for (const Step &step : sequence.steps) {
        FUZZ_CHECK(id.match(step.id).hasMatch() && !ids.contains(step.id), step.id);
        ids.append(step.id);
        FUZZ_CHECK(step.durationSeconds >= 10 && step.durationSeconds <= 3600, step.id);
        FUZZ_CHECK(!step.targets.isEmpty() && !step.cues.isEmpty(), step.id);
        for (const Cue &cue : step.cues) {
            FUZZ_CHECK(!cue.text.trimmed().isEmpty() && codePoints(cue.text) <= 500, cue.text);
            const int value = cue.at.value;
            switch (cue.at.kind) {
            case CueTime::Kind::Start:
                FUZZ_CHECK(value == 0, cue.at.toString());
                break;
            case CueTime::Kind::Seconds:
            case CueTime::Kind::BeforeEnd:
                FUZZ_CHECK(value >= 0 && value < step.durationSeconds, cue.at.toString());
                break;
            case CueTime::Kind::Percent:
                FUZZ_CHECK(value >= 0 && value <= 99, cue.at.toString());
                break;
            }
            const int second = cue.at.secondsInto(step.durationSeconds);
            FUZZ_CHECK(second >= 0 && second <= step.durationSeconds, cue.at.toString());
        }
        if (step.breath) {
            checkBreath(step.breath->start, step.id);
            if (step.breath->end)
                checkBreath(*step.breath->end, step.id);
        }
    }
}

void checkPlan(const Sequence &sequence, const PlanOptions &options)
{
    const PlanResult result = SessionPlan::create(sequence, options);
    FUZZ_CHECK(result.plan.has_value() != !result.error.isEmpty(), result.error);
    if (!result.plan) {
        FUZZ_CHECK(options.minutes.has_value(),
                   u"a valid sequence plans with its own durations: "_s + result.error);
        return;
    }
    const SessionPlan &plan = *result.plan;
    FUZZ_CHECK(plan.steps().size() == sequence.playedStepCount(),
               QString::number(plan.steps().size()));
    int previousEnd = plan.settleSeconds();
    for (const PlannedStep &step : plan.steps()) {
        FUZZ_CHECK(step.startSeconds >= previousEnd && step.durationSeconds > 0,
                   u"%1 starts at %2 s"_s.arg(step.stepId).arg(step.startSeconds));
        previousEnd = step.endSeconds();
        for (const PlannedCue &cue : step.cues)
            FUZZ_CHECK(cue.atSeconds >= 0 && cue.atSeconds <= step.durationSeconds,
                       u"%1: a cue at %2 s of %3 s"_s.arg(step.stepId)
                           .arg(cue.atSeconds)
                           .arg(step.durationSeconds));
    }
    FUZZ_CHECK(plan.totalSeconds() == previousEnd, QString::number(plan.totalSeconds()));
    // Fitted to the minutes as near as whole granules allow (a two-sided step moves by two).
    if (options.minutes)
        FUZZ_CHECK(std::abs(plan.totalSeconds() - *options.minutes * 60) <=
                       SessionPlan::fitGranularitySeconds,
                   u"%1 minutes planned as %2 s"_s.arg(*options.minutes).arg(plan.totalSeconds()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const SequenceLoadResult result = SequenceLoader::loadBytes(bytes, fileName);
    FUZZ_CHECK(result.ok() == result.errors.isEmpty(), describe(result.errors));
    FUZZ_CHECK(!result.unreadable(), describe(result.errors));
    for (const Diagnostic &error : result.errors) {
        FUZZ_CHECK(error.file == fileName && !error.message.isEmpty(), error.toString());
        FUZZ_CHECK(error.toString().startsWith(fileName + u':'), error.toString());
    }

    const qsizetype skipped = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(skipped), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        FUZZ_CHECK(result.errors.size() == 1, describe(result.errors));
        const auto problem = detail::locateJsonSyntaxError(bytes.mid(skipped));
        if (!problem) {
            // Well-formed, but Qt takes no lone string, number or word as a document.
            const QByteArray text = bytes.mid(skipped).trimmed();
            FUZZ_CHECK(!text.startsWith('{') && !text.startsWith('['),
                       u"the grammar pass misses what Qt rejects: "_s + parseError.errorString());
            FUZZ_CHECK(result.errors.first().kind == Diagnostic::Kind::Meaning &&
                           result.errors.first().pointer.isEmpty(),
                       describe(result.errors));
            return 0;
        }
        // Not JSON: one syntax error at a line and column that exist in the file.
        const Diagnostic &error = result.errors.first();
        FUZZ_CHECK(error.kind == Diagnostic::Kind::Syntax && error.pointer.isEmpty(),
                   error.toString());
        const QList<QByteArray> lines = bytes.split('\n');
        FUZZ_CHECK(error.line >= 1 && error.line <= lines.size(), error.toString());
        const qsizetype lineLength = codePoints(QString::fromUtf8(lines.at(error.line - 1)));
        FUZZ_CHECK(error.column >= 1 && error.column <= lineLength + 1,
                   u"%1 (the line has %2 characters)"_s.arg(error.toString()).arg(lineLength));
        FUZZ_CHECK(problem->offset >= 0 && problem->offset <= bytes.size() - skipped,
                   problem->message);
        return 0;
    }

    for (const Diagnostic &error : result.errors) {
        // Well-formed: every error is one of meaning, at a place of the document.
        FUZZ_CHECK(error.kind == Diagnostic::Kind::Meaning && error.line == 0 && error.column == 0,
                   error.toString());
        FUZZ_CHECK(parentExists(document, error.pointer), error.toString());
    }
    if (!result.ok())
        return 0;

    const Sequence &sequence = *result.sequence;
    checkSequence(sequence);
    // The same document written out again loads to the same sequence.
    const SequenceLoadResult again =
        SequenceLoader::loadBytes(document.toJson(QJsonDocument::Indented), fileName);
    FUZZ_CHECK(again.ok() && *again.sequence == sequence, describe(again.errors));

    checkPlan(sequence, {});
    PlanOptions fitted;
    fitted.minutes =
        SessionPlan::minMinutes +
        static_cast<int>(size % (SessionPlan::maxMinutes - SessionPlan::minMinutes + 1));
    checkPlan(sequence, fitted);
    return 0;
}
