#include <viparita/report/cuff_intake.h>

#include "import_time.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cuff {

namespace {

struct IntakeText {
    Q_DECLARE_TR_FUNCTIONS(viparita::cuff::Intake)
};

/// The cuff's wall-clock time as a moment here, with its UTC offset; invalid when it cannot
/// be one.
QDateTime localMoment(const QDateTime &wallClock, const QDate &today)
{
    importing::TimeRules rules;
    rules.today = today;
    const importing::Moment moment =
        importing::readMoment(wallClock.date().toString(Qt::ISODate),
                              wallClock.time().toString(u"HH:mm:ss"_s), QString(), rules);
    return moment.problem.isEmpty() ? moment.time : QDateTime();
}

} // namespace

QString findingsInWords(const MeasurementStatus &status)
{
    QStringList words;
    if (status.bodyMovement)
        words << IntakeText::tr("body movement");
    if (status.cuffTooLoose)
        words << IntakeText::tr("a loose cuff");
    if (status.irregularPulse)
        words << IntakeText::tr("an irregular pulse");
    switch (status.pulseRange) {
    case MeasurementStatus::PulseRange::Within:
        break;
    case MeasurementStatus::PulseRange::AboveUpper:
        words << IntakeText::tr("a pulse above its range");
        break;
    case MeasurementStatus::PulseRange::BelowLower:
        words << IntakeText::tr("a pulse below its range");
        break;
    case MeasurementStatus::PulseRange::Reserved:
        words << IntakeText::tr("a pulse out of its range");
        break;
    }
    if (status.improperPosition)
        words << IntakeText::tr("an improper measurement position");
    return words.join(u"; "_s);
}

QString spokenReading(const Reading &reading)
{
    const QString pressure =
        IntakeText::tr("%1 over %2").arg(reading.systolic).arg(reading.diastolic);
    if (!reading.pulse)
        return pressure;
    return IntakeText::tr("%1, pulse %2").arg(pressure).arg(*reading.pulse);
}

Intake takeMeasurement(QByteArrayView bytes, const QDateTime &arrivedAt, std::optional<int> user)
{
    Intake intake;
    intake.bytes = hexBytes(bytes);
    const DecodedMeasurement decoded = decodeMeasurement(bytes);
    intake.sent = decoded.reading;
    switch (decoded.outcome) {
    case DecodedMeasurement::Outcome::Malformed:
        intake.outcome = Intake::Outcome::Malformed;
        intake.problem = decoded.problem;
        return intake;
    case DecodedMeasurement::Outcome::CuffError:
        intake.outcome = Intake::Outcome::CuffError;
        intake.problem = decoded.problem;
        return intake;
    case DecodedMeasurement::Outcome::Reading:
        break;
    }

    const CuffReading &sent = decoded.reading;
    Reading &reading = intake.reading;
    reading.systolic = sent.systolic;
    reading.diastolic = sent.diastolic;
    reading.pulse = sent.pulse;
    reading.irregular = sent.status && sent.status->irregularPulse;

    QStringList notes;
    const QDateTime arrived = importing::withOwnOffset(arrivedAt);
    QDateTime taken;
    if (sent.cuffTime) {
        taken = localMoment(*sent.cuffTime, arrived.date().addDays(1));
        const qint64 ahead = taken.isValid() ? arrived.secsTo(taken) : 0;
        if (!taken.isValid() || ahead > futureToleranceSeconds ||
            taken.daysTo(arrived) > pastToleranceDays) {
            notes << IntakeText::tr("Stored at the time it arrived: the cuff's clock said %1.")
                         .arg(sent.cuffTime->toString(u"yyyy-MM-dd HH:mm"_s));
            taken = QDateTime();
        }
    } else {
        notes << IntakeText::tr("Stored at the time it arrived: the cuff sent no time.");
    }
    intake.timeReplaced = !taken.isValid();
    // readMoment() gives the cuff's time with its own offset already.
    reading.takenAt = taken.isValid() ? taken : arrived;
    // Stored to the second like every other reading.
    reading.takenAt = reading.takenAt.addMSecs(-reading.takenAt.time().msec());

    if (sent.status) {
        const QString findings = findingsInWords(*sent.status);
        if (!findings.isEmpty())
            notes.prepend(IntakeText::tr("The cuff found %1.").arg(findings));
    }
    reading.note = notes.join(u' ');

    const bool otherUser = user && sent.userId && *sent.userId != *user;
    intake.outcome = otherUser ? Intake::Outcome::OtherUser : Intake::Outcome::Reading;
    return intake;
}

} // namespace viparita::cuff
