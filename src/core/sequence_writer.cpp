#include <viparita/core/sequence_writer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

/// A number as the file writes it: whole numbers without a fraction.
QJsonValue number(double value)
{
    if (value == static_cast<double>(static_cast<qint64>(value)))
        return static_cast<qint64>(value);
    return value;
}

QJsonObject patternJson(const BreathPattern &pattern)
{
    QJsonObject object{{u"inhale"_s, number(pattern.inhale)},
                       {u"exhale"_s, number(pattern.exhale)}};
    if (pattern.holdIn > 0.0)
        object.insert(u"hold_in"_s, number(pattern.holdIn));
    if (pattern.holdOut > 0.0)
        object.insert(u"hold_out"_s, number(pattern.holdOut));
    return object;
}

QJsonObject breathJson(const BreathProgression &breath)
{
    QJsonObject object = patternJson(breath.start);
    if (breath.end)
        object.insert(u"end"_s, patternJson(*breath.end));
    return object;
}

/// "start", 12, "50%" or "end-10", as the cue's "at".
QJsonValue timeJson(const CueTime &time)
{
    switch (time.kind) {
    case CueTime::Kind::Start:
        return u"start"_s;
    case CueTime::Kind::Seconds:
        return time.value;
    case CueTime::Kind::Percent:
        return u"%1%"_s.arg(time.value);
    case CueTime::Kind::BeforeEnd:
        return u"end-%1"_s.arg(time.value);
    }
    return u"start"_s;
}

/// Puts `list` under `key` unless it is empty.
void putList(QJsonObject &object, const QString &key, const QStringList &list)
{
    if (!list.isEmpty())
        object.insert(key, QJsonArray::fromStringList(list));
}

/// Puts `text` under `key` unless it is empty.
void putText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QJsonObject stepJson(const Step &step)
{
    QJsonObject object{{u"id"_s, step.id}, {u"title"_s, step.title}};
    putList(object, u"targets"_s, step.targets);
    object.insert(u"duration"_s, step.durationSeconds);
    if (step.sides == Sides::Both)
        object.insert(u"sides"_s, u"both"_s);
    putText(object, u"image"_s, step.image);
    putList(object, u"props"_s, step.props);
    putText(object, u"safety"_s, step.safety);
    if (step.breath)
        object.insert(u"breath"_s, breathJson(*step.breath));
    if (step.askReading)
        object.insert(u"reading"_s, true);
    QJsonArray cues;
    for (const Cue &cue : step.cues) {
        QJsonObject item{{u"at"_s, timeJson(cue.at)}, {u"text"_s, cue.text}};
        if (!cue.spoken)
            item.insert(u"spoken"_s, false);
        cues.append(item);
    }
    object.insert(u"cues"_s, cues);
    return object;
}

QJsonObject textsJson(const SequenceTexts &texts, const Sequence &sequence)
{
    QJsonObject object;
    putText(object, u"title"_s, texts.title);
    putText(object, u"description"_s, texts.description);
    putList(object, u"props"_s, texts.props);
    putList(object, u"contraindications"_s, texts.contraindications);
    putList(object, u"setup"_s, texts.setup);
    QJsonObject steps;
    // In the sequence's order of steps, so that the file reads as the sequence does.
    for (const Step &step : sequence.steps) {
        const auto found = texts.steps.constFind(step.id);
        if (found == texts.steps.constEnd())
            continue;
        QJsonObject item;
        putText(item, u"title"_s, found->title);
        putList(item, u"targets"_s, found->targets);
        putList(item, u"props"_s, found->props);
        putText(item, u"safety"_s, found->safety);
        putList(item, u"cues"_s, found->cues);
        steps.insert(step.id, item);
    }
    if (!steps.isEmpty())
        object.insert(u"steps"_s, steps);
    return object;
}

} // namespace

QByteArray SequenceWriter::toJson(const Sequence &sequence)
{
    QJsonObject object{
        {u"format"_s, QLatin1String(Sequence::formatName)},
        {u"id"_s, sequence.id},
        {u"title"_s, sequence.title},
        {u"description"_s, sequence.description},
        {u"language"_s, sequence.language},
        {u"version"_s, sequence.version},
    };
    putList(object, u"props"_s, sequence.props);
    putList(object, u"contraindications"_s, sequence.contraindications);
    putList(object, u"setup"_s, sequence.setup);
    object.insert(u"breath"_s, breathJson(sequence.breath));
    QJsonArray steps;
    for (const Step &step : sequence.steps)
        steps.append(stepJson(step));
    object.insert(u"steps"_s, steps);
    if (!sequence.translations.isEmpty()) {
        QJsonObject translations;
        for (auto it = sequence.translations.constBegin(); it != sequence.translations.constEnd();
             ++it)
            translations.insert(it.key(), textsJson(it.value(), sequence));
        object.insert(u"translations"_s, translations);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace viparita
