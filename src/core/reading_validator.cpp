#include <viparita/core/reading_validator.h>

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct ReadingValidatorText {
    Q_DECLARE_TR_FUNCTIONS(viparita::ReadingValidator)
};

QString mmHgRule(int minimum, int maximum)
{
    return ReadingValidatorText::tr("must be a whole number of mmHg from %1 to %2")
        .arg(minimum)
        .arg(maximum);
}

bool inRange(int value, int minimum, int maximum)
{
    return value >= minimum && value <= maximum;
}

} // namespace

QString FieldError::toString() const
{
    return u"%1: %2"_s.arg(field, message);
}

QString FieldError::sentence() const
{
    QString subject;
    if (field == u"systolic")
        subject = ReadingValidatorText::tr("The systolic value");
    else if (field == u"diastolic")
        subject = ReadingValidatorText::tr("The diastolic value");
    else if (field == u"pulse")
        subject = ReadingValidatorText::tr("The pulse");
    else if (field == u"taken_at")
        subject = ReadingValidatorText::tr("The time");
    else if (field == u"position")
        subject = ReadingValidatorText::tr("The position");
    else if (field == u"note")
        subject = ReadingValidatorText::tr("The note");
    else
        subject = field;
    return ReadingValidatorText::tr("%1 %2.").arg(subject, message);
}

QList<FieldError> ReadingValidator::validate(const Reading &reading, const QDateTime &now)
{
    QList<FieldError> errors;
    const bool systolicInRange = inRange(reading.systolic, minSystolic, maxSystolic);
    const bool diastolicInRange = inRange(reading.diastolic, minDiastolic, maxDiastolic);

    if (!systolicInRange) {
        errors.append({u"systolic"_s, rangeRule(u"systolic"_s)});
    } else if (diastolicInRange && reading.systolic <= reading.diastolic) {
        errors.append(
            {u"systolic"_s, ReadingValidatorText::tr(
                                "must be higher than the diastolic value (did you swap them?)")});
    }
    if (!diastolicInRange)
        errors.append({u"diastolic"_s, rangeRule(u"diastolic"_s)});
    if (reading.pulse && !inRange(*reading.pulse, minPulse, maxPulse))
        errors.append({u"pulse"_s, rangeRule(u"pulse"_s)});

    if (!reading.takenAt.isValid()) {
        errors.append({u"taken_at"_s, rangeRule(u"taken_at"_s)});
    } else if (now.isValid() && reading.takenAt.toMSecsSinceEpoch() >
                                    now.toMSecsSinceEpoch() + maxMinutesInFuture * 60 * 1000LL) {
        errors.append(
            {u"taken_at"_s, ReadingValidatorText::tr("is more than %1 minutes in the future")
                                .arg(maxMinutesInFuture)});
    }
    // An offset beyond any zone's is a typing mistake, and the CSV could not carry it back.
    if (reading.takenAt.isValid() &&
        std::abs(reading.takenAt.offsetFromUtc()) > maxOffsetMinutes * 60) {
        errors.append(
            {u"taken_at"_s, ReadingValidatorText::tr("must have a UTC offset from -%1:00 to +%1:00")
                                .arg(maxOffsetMinutes / 60)});
    }

    // The standing check is taken on one's feet: another position contradicts it.
    if (reading.context == ReadingContext::Standing && reading.position &&
        *reading.position != BodyPosition::Standing) {
        errors.append({u"position"_s,
                       ReadingValidatorText::tr("must be standing (or left out) for a reading on "
                                                "standing up, not %1")
                           .arg(toString(*reading.position))});
    }

    // Characters are counted as code points, as everywhere else in Viparita's formats.
    const qsizetype noteLength = reading.note.toUcs4().size();
    if (noteLength > maxNoteLength) {
        errors.append({u"note"_s, ReadingValidatorText::tr(
                                      "must be at most %1 characters long (this one has %2)")
                                      .arg(maxNoteLength)
                                      .arg(noteLength)});
    }
    return errors;
}

std::optional<int> ReadingValidator::parseWholeNumber(const QString &text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar character : digits) {
        if (character < u'0' || character > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const int value = digits.toInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

QString ReadingValidator::rangeRule(const QString &field)
{
    if (field == u"systolic"_s)
        return mmHgRule(minSystolic, maxSystolic);
    if (field == u"diastolic"_s)
        return mmHgRule(minDiastolic, maxDiastolic);
    if (field == u"pulse"_s)
        return ReadingValidatorText::tr("must be a whole number of beats a minute from %1 to %2")
            .arg(minPulse)
            .arg(maxPulse);
    if (field == u"taken_at"_s)
        return ReadingValidatorText::tr("must be a valid date and time");
    if (field == u"note"_s)
        return ReadingValidatorText::tr("must be at most %1 characters long").arg(maxNoteLength);
    return {};
}

} // namespace viparita
