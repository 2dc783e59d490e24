#include <viparita/core/measurement_guide.h>

#include <viparita/core/display_format.h>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct MeasurementGuideText {
    Q_DECLARE_TR_FUNCTIONS(viparita::MeasurementGuide)
};

Cue cue(CueTime::Kind kind, int value, const QString &text)
{
    return Cue{CueTime{kind, value}, text, true};
}

} // namespace

Sequence MeasurementGuide::sequence()
{
    Sequence sequence;
    sequence.id = u"measure"_s;
    sequence.title = MeasurementGuideText::tr("Measure my blood pressure");
    sequence.description =
        MeasurementGuideText::tr("Five minutes of quiet rest, then two readings a minute apart.");
    sequence.language = u"en"_s;
    // The breath is left as it comes: the player needs a pattern, the page shows none.
    sequence.breath = BreathProgression{BreathPattern{4, 0, 6, 0}, std::nullopt};

    Step rest;
    rest.id = QString::fromLatin1(restStep);
    rest.title = MeasurementGuideText::tr("Rest quietly for five minutes");
    rest.durationSeconds = restSeconds;
    rest.cues = {
        cue(CueTime::Kind::Start, 0,
            MeasurementGuideText::tr(
                "Sit on a chair with your back against it and both feet flat on the floor, legs "
                "uncrossed. Put the cuff on your bare upper arm and rest that arm on a table, the "
                "cuff at the height of your heart.")),
        cue(CueTime::Kind::Seconds, 45,
            MeasurementGuideText::tr(
                "Now stay quiet: no talking, no phone. Let your breath come as it does.")),
        cue(CueTime::Kind::Seconds, 150,
            MeasurementGuideText::tr(
                "Let your shoulders drop and your hands soften. Nothing to do but sit.")),
        cue(CueTime::Kind::BeforeEnd, 20,
            MeasurementGuideText::tr(
                "Nearly five minutes. Keep still; at the tone, start the cuff.")),
    };
    Step between;
    between.id = QString::fromLatin1(betweenStep);
    between.title = MeasurementGuideText::tr("One minute until the second reading");
    between.durationSeconds = betweenSeconds;
    between.cues = {
        cue(CueTime::Kind::Start, 0,
            MeasurementGuideText::tr(
                "Stay as you are, arm resting, and keep quiet. The second reading comes in a "
                "minute.")),
    };
    sequence.steps = {rest, between};
    return sequence;
}

QList<Reading> MeasurementGuide::asSaved(QList<Reading> readings, std::optional<Arm> arm)
{
    for (Reading &reading : readings) {
        reading.context = ReadingContext::Standalone;
        reading.sessionId.reset();
        reading.position = BodyPosition::Sitting;
        if (!reading.arm)
            reading.arm = arm;
    }
    return readings;
}

QString MeasurementGuide::describe(const QList<Reading> &readings)
{
    if (readings.isEmpty())
        return {};
    const DisplayFormat format;
    const Measurement mean = MeasurementGrouper::mean(readings);
    const QString average =
        MeasurementGuideText::tr("%1 mmHg").arg(format.pressure(mean.systolic, mean.diastolic));
    if (readings.size() == 1)
        return average;
    QStringList each;
    for (const Reading &reading : readings)
        each.append(u"%1/%2"_s.arg(reading.systolic).arg(reading.diastolic));
    const QString last = each.takeLast();
    return MeasurementGuideText::tr("%1, the mean of %2 and %3")
        .arg(average, each.join(u", "_s), last);
}

} // namespace viparita
