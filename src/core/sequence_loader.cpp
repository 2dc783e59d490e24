#include <viparita/core/sequence_loader.h>

#include "json_object_reader.h"
#include "json_syntax_locator.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

using detail::DiagnosticSink;
using detail::JsonObjectReader;
using detail::pointerTo;
using detail::Presence;

namespace {

constexpr qsizetype maxTitleLength = 80;
constexpr qsizetype maxIdLength = 64;
constexpr qsizetype maxDescriptionLength = 2000;
constexpr qsizetype maxCueLength = 500;
constexpr int minStepSeconds = 10;
constexpr int maxStepSeconds = 3600;
constexpr qsizetype maxSteps = 100;

/// A BCP 47 language tag as sequences name their languages: "en", "de-AT", "pt-BR".
bool isLanguageTag(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return pattern.match(text).hasMatch();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return id.size() <= maxIdLength && pattern.match(id).hasMatch();
}

std::optional<QString> readId(const JsonObjectReader &reader, const QString &key, Presence presence,
                              const QString &what)
{
    const auto id = reader.text(key, presence, maxIdLength);
    if (id && !isValidId(*id)) {
        reader.error(key, u"must be %1 of lower-case letters, digits and single hyphens, "
                          "like \"legs-up\""_s.arg(what));
        return std::nullopt;
    }
    return id;
}

std::optional<BreathPattern> readBreathPattern(const QJsonObject &object, const QString &pointer,
                                               DiagnosticSink &sink)
{
    const JsonObjectReader reader(object, pointer, sink,
                                  {u"inhale"_s, u"hold_in"_s, u"exhale"_s, u"hold_out"_s});
    // The limits are BreathPattern's own: what a file may hold is what the pacer breathes.
    constexpr double minBreath = BreathPattern::minBreathSeconds;
    constexpr double minHold = BreathPattern::minHoldSeconds;
    constexpr double maxPhase = BreathPattern::maxPhaseSeconds;
    const QString phaseRule =
        u"must be a number of seconds from %1 to %2"_s.arg(minBreath).arg(maxPhase);
    const QString holdRule =
        u"must be a number of seconds from %1 to %2"_s.arg(minHold).arg(maxPhase);
    const auto inhale =
        reader.number(u"inhale"_s, Presence::Required, minBreath, maxPhase, phaseRule);
    const auto holdIn =
        reader.number(u"hold_in"_s, Presence::Optional, minHold, maxPhase, holdRule);
    const auto exhale =
        reader.number(u"exhale"_s, Presence::Required, minBreath, maxPhase, phaseRule);
    const auto holdOut =
        reader.number(u"hold_out"_s, Presence::Optional, minHold, maxPhase, holdRule);
    if (!inhale || !exhale)
        return std::nullopt;
    BreathPattern pattern;
    pattern.inhale = *inhale;
    pattern.holdIn = holdIn.value_or(0.0);
    pattern.exhale = *exhale;
    pattern.holdOut = holdOut.value_or(0.0);
    return pattern;
}

// A breath object: a pattern, and optionally under "end" the pattern the
// breath lengthens toward.
std::optional<BreathProgression> readBreath(const QJsonObject &object, const QString &pointer,
                                            DiagnosticSink &sink)
{
    QJsonObject startPart = object;
    startPart.remove(u"end"_s);
    auto start = readBreathPattern(startPart, pointer, sink);
    std::optional<BreathPattern> end;
    bool endValid = true;
    if (object.contains(u"end"_s)) {
        const QString endPointer = pointerTo(pointer, u"end"_s);
        if (object.value(u"end"_s).isObject()) {
            end = readBreathPattern(object.value(u"end"_s).toObject(), endPointer, sink);
            endValid = end.has_value();
        } else {
            sink.error(endPointer, u"must be an object"_s);
            endValid = false;
        }
    }
    if (!start || !endValid)
        return std::nullopt;
    return BreathProgression{*start, end};
}

std::optional<CueTime> parseCueTime(const QJsonValue &value, int duration, QString &problem)
{
    static const QRegularExpression percent(u"^([1-9]?[0-9])%$"_s);
    static const QRegularExpression beforeEnd(u"^end-([1-9][0-9]{0,3})$"_s);
    CueTime time;
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds < 0 || seconds != std::floor(seconds) || seconds > maxStepSeconds) {
            problem = u"must be a whole number of seconds from 0 into the step"_s;
            return std::nullopt;
        }
        time = {CueTime::Kind::Seconds, static_cast<int>(seconds)};
        if (duration > 0 && time.value >= duration) {
            problem = u"%1 s is not within the %2 s step"_s.arg(time.value).arg(duration);
            return std::nullopt;
        }
        return time;
    }
    const QString text = value.toString();
    if (text == u"start"_s)
        return CueTime{};
    if (const auto match = percent.match(text); match.hasMatch()) {
        return CueTime{CueTime::Kind::Percent, match.captured(1).toInt()};
    }
    if (const auto match = beforeEnd.match(text); match.hasMatch()) {
        time = {CueTime::Kind::BeforeEnd, match.captured(1).toInt()};
        if (duration > 0 && time.value >= duration) {
            problem = u"end-%1 is not within the %2 s step"_s.arg(time.value).arg(duration);
            return std::nullopt;
        }
        return time;
    }
    if (text.endsWith(u'%'))
        problem = u"must be a percentage from 0% to 99%, like \"50%\""_s;
    else
        problem = u"must be \"start\", whole seconds into the step, a percentage like \"50%\", "
                  "or \"end-N\" for N seconds before the end"_s;
    return std::nullopt;
}

std::optional<Cue> readCue(const QJsonObject &object, const QString &pointer, int duration,
                           DiagnosticSink &sink)
{
    const JsonObjectReader reader(object, pointer, sink, {u"at"_s, u"text"_s, u"spoken"_s});
    std::optional<CueTime> at;
    if (const auto value = reader.value(u"at"_s, Presence::Required)) {
        QString problem;
        at = parseCueTime(*value, duration, problem);
        if (!at)
            reader.error(u"at"_s, problem);
    }
    const auto text = reader.text(u"text"_s, Presence::Required, maxCueLength);
    const auto spoken = reader.boolean(u"spoken"_s, Presence::Optional);
    if (!at || !text || (object.contains(u"spoken"_s) && !spoken))
        return std::nullopt;
    return Cue{*at, *text, spoken.value_or(true)};
}

/// Moves what a field gave into its place, and marks the object invalid when a field was
/// wrong: a required one when it gave nothing, an optional one when it is there but gave
/// nothing (its error already reported).
struct Taker {
    const QJsonObject &object;
    bool &valid;

    template <typename Optional, typename Target>
    void operator()(Optional &&value, Target &target) const
    {
        if (value)
            target = std::move(*value);
        else
            valid = false;
    }
    template <typename Optional, typename Target>
    void optional(const QString &key, Optional &&value, Target &target) const
    {
        if (value)
            target = std::move(*value);
        else if (object.contains(key))
            valid = false;
    }
};

std::optional<Step> readStep(const QJsonObject &object, const QString &pointer,
                             DiagnosticSink &sink)
{
    const JsonObjectReader reader(object, pointer, sink,
                                  {u"id"_s, u"title"_s, u"targets"_s, u"duration"_s, u"sides"_s,
                                   u"cues"_s, u"image"_s, u"props"_s, u"safety"_s, u"breath"_s,
                                   u"reading"_s});
    Step step;
    bool valid = true;
    const Taker take{object, valid};

    take(readId(reader, u"id"_s, Presence::Required, u"an id"_s), step.id);
    take(reader.text(u"title"_s, Presence::Required, maxTitleLength), step.title);
    take(reader.textList(u"targets"_s, Presence::Required, maxTitleLength), step.targets);
    if (step.targets.isEmpty() && object.value(u"targets"_s).isArray()) {
        reader.error(u"targets"_s, u"must name at least one muscle or area"_s);
        valid = false;
    }
    const auto duration =
        reader.wholeNumber(u"duration"_s, Presence::Required, minStepSeconds, maxStepSeconds,
                           u"must be a whole number of seconds from %1 to %2"_s.arg(minStepSeconds)
                               .arg(maxStepSeconds));
    take(duration, step.durationSeconds);

    if (const auto sides = reader.value(u"sides"_s, Presence::Optional)) {
        if (sides->toString() == u"none"_s) {
            step.sides = Sides::None;
        } else if (sides->toString() == u"both"_s) {
            step.sides = Sides::Both;
        } else {
            reader.error(u"sides"_s, u"must be \"none\" or \"both\""_s);
            valid = false;
        }
    }

    if (const auto cues = reader.array(u"cues"_s, Presence::Required)) {
        if (cues->isEmpty()) {
            reader.error(u"cues"_s, u"must have at least one cue"_s);
            valid = false;
        }
        const QString cuesPointer = reader.pointer(u"cues"_s);
        for (qsizetype i = 0; i < cues->size(); ++i) {
            const QString cuePointer = pointerTo(cuesPointer, i);
            if (!cues->at(i).isObject()) {
                sink.error(cuePointer, u"must be an object"_s);
                valid = false;
                continue;
            }
            const auto cue =
                readCue(cues->at(i).toObject(), cuePointer, duration.value_or(0), sink);
            if (cue)
                step.cues.append(*cue);
            else
                valid = false;
        }
    } else {
        valid = false;
    }

    take.optional(u"image"_s, readId(reader, u"image"_s, Presence::Optional, u"a picture name"_s),
                  step.image);
    take.optional(u"props"_s, reader.textList(u"props"_s, Presence::Optional, maxTitleLength),
                  step.props);
    take.optional(u"safety"_s, reader.text(u"safety"_s, Presence::Optional, maxCueLength),
                  step.safety);
    if (const auto breath = reader.object(u"breath"_s, Presence::Optional)) {
        step.breath = readBreath(*breath, reader.pointer(u"breath"_s), sink);
        valid = valid && step.breath.has_value();
    } else if (object.contains(u"breath"_s)) {
        valid = false;
    }
    take.optional(u"reading"_s, reader.boolean(u"reading"_s, Presence::Optional), step.askReading);

    if (!valid)
        return std::nullopt;
    return step;
}

/// A translated list, which must have as many entries as the list it translates.
bool readListLike(const JsonObjectReader &reader, const QString &key, int maxLength,
                  qsizetype count, const QString &ofWhat, QStringList &target)
{
    const auto list = reader.textList(key, Presence::Optional, maxLength);
    if (!list)
        return !reader.has(key);
    if (list->size() != count) {
        reader.error(key, u"must have %1 entries, one for each of %2"_s.arg(count).arg(ofWhat));
        return false;
    }
    target = *list;
    return true;
}

/// One language's texts of `step`, at `pointer`.
bool readStepTexts(const QJsonObject &object, const QString &pointer, const Step &step,
                   DiagnosticSink &sink, StepTexts &texts)
{
    const JsonObjectReader reader(object, pointer, sink,
                                  {u"title"_s, u"targets"_s, u"props"_s, u"safety"_s, u"cues"_s});
    bool valid = true;
    const Taker take{object, valid};
    take.optional(u"title"_s, reader.text(u"title"_s, Presence::Optional, maxTitleLength),
                  texts.title);
    take.optional(u"safety"_s, reader.text(u"safety"_s, Presence::Optional, maxCueLength),
                  texts.safety);
    valid = readListLike(reader, u"targets"_s, maxTitleLength, step.targets.size(),
                         u"the step's targets"_s, texts.targets) &&
            valid;
    valid = readListLike(reader, u"props"_s, maxTitleLength, step.props.size(),
                         u"the step's props"_s, texts.props) &&
            valid;
    valid = readListLike(reader, u"cues"_s, maxCueLength, step.cues.size(),
                         u"the step's cues, in their order"_s, texts.cues) &&
            valid;
    return valid;
}

/// One language's texts of `sequence`, at `pointer`.
bool readSequenceTexts(const QJsonObject &object, const QString &pointer, const Sequence &sequence,
                       DiagnosticSink &sink, SequenceTexts &texts)
{
    const JsonObjectReader reader(
        object, pointer, sink,
        {u"title"_s, u"description"_s, u"props"_s, u"contraindications"_s, u"setup"_s, u"steps"_s});
    bool valid = true;
    const Taker take{object, valid};
    take.optional(u"title"_s, reader.text(u"title"_s, Presence::Optional, maxTitleLength),
                  texts.title);
    take.optional(u"description"_s,
                  reader.text(u"description"_s, Presence::Optional, maxDescriptionLength),
                  texts.description);
    valid = readListLike(reader, u"props"_s, maxTitleLength, sequence.props.size(),
                         u"the sequence's props"_s, texts.props) &&
            valid;
    valid = readListLike(reader, u"contraindications"_s, maxCueLength,
                         sequence.contraindications.size(), u"the sequence's contraindications"_s,
                         texts.contraindications) &&
            valid;
    valid = readListLike(reader, u"setup"_s, maxCueLength, sequence.setup.size(),
                         u"the sequence's setup"_s, texts.setup) &&
            valid;
    if (const auto steps = reader.object(u"steps"_s, Presence::Optional)) {
        const QString stepsPointer = reader.pointer(u"steps"_s);
        for (auto it = steps->constBegin(); it != steps->constEnd(); ++it) {
            const QString stepPointer = pointerTo(stepsPointer, it.key());
            const auto step = std::find_if(sequence.steps.cbegin(), sequence.steps.cend(),
                                           [&](const Step &s) { return s.id == it.key(); });
            if (step == sequence.steps.cend()) {
                sink.error(stepPointer, u"names no step of this sequence"_s);
                valid = false;
            } else if (!it.value().isObject()) {
                sink.error(stepPointer, u"must be an object"_s);
                valid = false;
            } else {
                StepTexts stepTexts;
                if (readStepTexts(it.value().toObject(), stepPointer, *step, sink, stepTexts))
                    texts.steps.insert(it.key(), stepTexts);
                else
                    valid = false;
            }
        }
    } else if (reader.has(u"steps"_s)) {
        valid = false;
    }
    return valid;
}

/// The "translations" object: texts by language tag.
bool readTranslations(const QJsonObject &object, const QString &pointer, Sequence &sequence,
                      DiagnosticSink &sink)
{
    bool valid = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString languagePointer = pointerTo(pointer, it.key());
        if (!isLanguageTag(it.key())) {
            sink.error(languagePointer, u"must be named by a language tag such as \"de\" or "
                                        u"\"pt-BR\""_s);
            valid = false;
        } else if (it.key() == sequence.language) {
            sink.error(languagePointer, u"is the sequence's own language"_s);
            valid = false;
        } else if (!it.value().isObject()) {
            sink.error(languagePointer, u"must be an object"_s);
            valid = false;
        } else {
            SequenceTexts texts;
            if (readSequenceTexts(it.value().toObject(), languagePointer, sequence, sink, texts))
                sequence.translations.insert(it.key(), texts);
            else
                valid = false;
        }
    }
    return valid;
}

std::optional<Sequence> readSequence(const QJsonObject &object, DiagnosticSink &sink)
{
    const JsonObjectReader reader(object, QString(), sink,
                                  {u"format"_s, u"id"_s, u"title"_s, u"description"_s,
                                   u"language"_s, u"version"_s, u"props"_s, u"contraindications"_s,
                                   u"setup"_s, u"breath"_s, u"steps"_s, u"translations"_s});
    Sequence sequence;
    bool valid = true;
    const Taker take{object, valid};

    bool firstFormat = false;
    if (const auto format = reader.value(u"format"_s, Presence::Required)) {
        firstFormat = format->toString() == QLatin1String(Sequence::firstFormatName);
        if (!firstFormat && format->toString() != QLatin1String(Sequence::formatName)) {
            reader.error(u"format"_s, u"must be \"%1\" (or \"%2\", without translations)"_s.arg(
                                          QLatin1String(Sequence::formatName),
                                          QLatin1String(Sequence::firstFormatName)));
            valid = false;
        }
    } else {
        valid = false;
    }
    take(readId(reader, u"id"_s, Presence::Required, u"an id"_s), sequence.id);
    take(reader.text(u"title"_s, Presence::Required, maxTitleLength), sequence.title);
    take(reader.text(u"description"_s, Presence::Required, maxDescriptionLength),
         sequence.description);

    if (const auto language = reader.value(u"language"_s, Presence::Required)) {
        if (isLanguageTag(language->toString())) {
            sequence.language = language->toString();
        } else {
            reader.error(u"language"_s, u"must be a language tag such as \"en\" or \"en-GB\""_s);
            valid = false;
        }
    } else {
        valid = false;
    }
    take(reader.wholeNumber(u"version"_s, Presence::Required, 1, std::numeric_limits<int>::max(),
                            u"must be a whole number, 1 or more"_s),
         sequence.version);
    take.optional(u"props"_s, reader.textList(u"props"_s, Presence::Optional, maxTitleLength),
                  sequence.props);
    take.optional(u"contraindications"_s,
                  reader.textList(u"contraindications"_s, Presence::Optional, maxCueLength),
                  sequence.contraindications);
    take.optional(u"setup"_s, reader.textList(u"setup"_s, Presence::Optional, maxCueLength),
                  sequence.setup);
    if (const auto breath = reader.object(u"breath"_s, Presence::Optional)) {
        const auto progression = readBreath(*breath, reader.pointer(u"breath"_s), sink);
        take(progression, sequence.breath);
    } else if (object.contains(u"breath"_s)) {
        valid = false;
    }

    if (const auto steps = reader.array(u"steps"_s, Presence::Required)) {
        if (steps->isEmpty()) {
            reader.error(u"steps"_s, u"must have at least one step"_s);
            valid = false;
        } else if (steps->size() > maxSteps) {
            reader.error(u"steps"_s, u"must have at most %1 steps"_s.arg(maxSteps));
            valid = false;
        }
        QHash<QString, QString> firstPointerOfId;
        const QString stepsPointer = reader.pointer(u"steps"_s);
        for (qsizetype i = 0; i < steps->size(); ++i) {
            const QString stepPointer = pointerTo(stepsPointer, i);
            if (!steps->at(i).isObject()) {
                sink.error(stepPointer, u"must be an object"_s);
                valid = false;
                continue;
            }
            const auto step = readStep(steps->at(i).toObject(), stepPointer, sink);
            if (!step) {
                valid = false;
                continue;
            }
            if (const auto seen = firstPointerOfId.constFind(step->id);
                seen != firstPointerOfId.constEnd()) {
                sink.error(pointerTo(stepPointer, u"id"_s),
                           u"repeats the id \"%1\" of %2"_s.arg(step->id, *seen));
                valid = false;
                continue;
            }
            firstPointerOfId.insert(step->id, stepPointer);
            sequence.steps.append(*step);
        }
    } else {
        valid = false;
    }

    if (object.contains(u"translations"_s)) {
        if (firstFormat) {
            reader.error(u"translations"_s,
                         u"needs \"format\": \"%1\""_s.arg(QLatin1String(Sequence::formatName)));
            valid = false;
        } else if (const auto translations = reader.object(u"translations"_s, Presence::Optional)) {
            valid = readTranslations(*translations, reader.pointer(u"translations"_s), sequence,
                                     sink) &&
                    valid;
        } else {
            valid = false;
        }
    }

    if (!valid)
        return std::nullopt;
    return sequence;
}

// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const QString prefix = QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart);
    return {line, static_cast<int>(prefix.toUcs4().size()) + 1};
}

} // namespace

bool SequenceLoadResult::unreadable() const
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const Diagnostic &diagnostic) {
        return diagnostic.kind == Diagnostic::Kind::File;
    });
}

SequenceLoadResult SequenceLoader::loadFile(const QString &path)
{
    SequenceLoadResult result;
    QFile file(path);
    auto fail = [&](const QString &message) {
        result.errors.append({Diagnostic::Kind::File, path, 0, 0, QString(), message});
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open: %1"_s.arg(file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(u"is larger than %1 KiB: not a sequence file"_s.arg(maxFileBytes / 1024));
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(u"cannot read: %1"_s.arg(file.errorString()));
    if (bytes.size() > maxFileBytes)
        return fail(u"is larger than %1 KiB: not a sequence file"_s.arg(maxFileBytes / 1024));
    return loadBytes(bytes, path);
}

SequenceLoadResult SequenceLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    SequenceLoadResult result;
    // A UTF-8 byte order mark is allowed; positions stay those of the file.
    const qsizetype skipped = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(skipped), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Point at the offending byte itself where the grammar pass finds it.
        qsizetype offset = parseError.offset;
        QString message = parseError.errorString();
        const auto problem = detail::locateJsonSyntaxError(bytes.mid(skipped));
        if (problem) {
            offset = problem->offset;
            message = problem->message;
        } else if (const QByteArray text = bytes.mid(skipped).trimmed();
                   !text.startsWith('{') && !text.startsWith('[')) {
            // Well-formed JSON that Qt takes only as a document's member: a lone string,
            // number, true, false or null. Said like any other document that is no object.
            DiagnosticSink sink(fileName);
            sink.error(QString(), u"must be a JSON object holding a sequence"_s);
            result.errors = sink.errors();
            return result;
        }
        const auto [line, column] = lineAndColumn(bytes, skipped + offset);
        result.errors.append(
            {Diagnostic::Kind::Syntax, fileName, line, column, QString(), message});
        return result;
    }
    DiagnosticSink sink(fileName);
    if (!document.isObject()) {
        sink.error(QString(), u"must be a JSON object holding a sequence"_s);
        result.errors = sink.errors();
        return result;
    }
    result.sequence = readSequence(document.object(), sink);
    result.errors = sink.errors();
    if (!result.errors.isEmpty())
        result.sequence.reset();
    return result;
}

} // namespace viparita
