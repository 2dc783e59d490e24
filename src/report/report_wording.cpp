#include "report_wording.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

QString ReportWording::contextWord(ReadingContext context)
{
    switch (context) {
    case ReadingContext::Standalone:
        return tr("standalone");
    case ReadingContext::Before:
        return tr("before");
    case ReadingContext::During:
        return tr("during");
    case ReadingContext::After:
        return tr("after");
    case ReadingContext::Standing:
        return tr("standing");
    }
    return {};
}

QString ReportWording::armWord(const std::optional<Arm> &arm)
{
    if (!arm)
        return {};
    return *arm == Arm::Left ? tr("left") : tr("right");
}

QString ReportWording::positionWord(const std::optional<BodyPosition> &position)
{
    if (!position)
        return {};
    switch (*position) {
    case BodyPosition::Sitting:
        return tr("sitting");
    case BodyPosition::Lying:
        return tr("lying");
    case BodyPosition::Standing:
        return tr("standing");
    }
    return {};
}

QString ReportWording::periodText(const PdfReportOptions &options,
                                  const QList<Reading> &readings) const
{
    std::optional<QDate> from = options.from;
    std::optional<QDate> to = options.to;
    if (!readings.isEmpty()) {
        if (!from)
            from = readings.first().takenAt.date();
        if (!to)
            to = readings.last().takenAt.date();
    }
    if (from && to)
        return tr("%1 to %2").arg(DisplayFormat::isoDate(*from), DisplayFormat::isoDate(*to));
    if (from)
        return tr("from %1").arg(DisplayFormat::isoDate(*from));
    if (to)
        return tr("up to %1").arg(DisplayFormat::isoDate(*to));
    return tr("no readings");
}

QString ReportWording::averageText(const PeriodAverage &average, Guideline guideline) const
{
    if (!average.systolic || !average.diastolic || average.n == 0)
        return tr("no measurements");
    return tr("%1 mmHg (%2), %3")
        .arg(m_format.pressure(*average.systolic, *average.diastolic),
             BpClassifier::name(
                 BpClassifier::classify(*average.systolic, *average.diastolic, guideline)),
             tr("%n measurement(s)", nullptr, average.n));
}

QString ReportWording::estimateText(const QString &what, const Estimate &estimate) const
{
    if (!estimate.mean)
        return {};
    QString text = what + u" "_s + m_format.change(*estimate.mean) + u" mmHg"_s;
    if (estimate.ci95)
        text +=
            tr(" (95% CI %1 to %2)")
                .arg(m_format.change(estimate.ci95->first), m_format.change(estimate.ci95->second));
    return text;
}

QString ReportWording::describeMeasurement(const QList<Reading> &readings)
{
    int total = 0;
    QMap<QString, int> arms;
    QMap<QString, int> positions;
    int noArm = 0;
    int noPosition = 0;
    for (const Reading &reading : readings) {
        if (reading.deletedAt)
            continue;
        ++total;
        if (reading.arm)
            ++arms[armWord(reading.arm)];
        else
            ++noArm;
        if (reading.position)
            ++positions[positionWord(reading.position)];
        else
            ++noPosition;
    }
    if (arms.isEmpty() && positions.isEmpty())
        return {};
    const auto counts = [total](const QMap<QString, int> &found, int missing,
                                const QString &unknownWord) {
        QList<std::pair<int, QString>> parts;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            parts.append({it.value(), it.key()});
        std::stable_sort(parts.begin(), parts.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList words;
        for (const auto &[count, word] : parts)
            words.append(count == total ? tr("%1 (all)").arg(word)
                                        : tr("%1 (%2 of %3)").arg(word).arg(count).arg(total));
        if (missing > 0 && missing < total)
            words.append(tr("%1 (%2 of %3)").arg(unknownWord).arg(missing).arg(total));
        return words.join(u", "_s);
    };
    QStringList sentences;
    if (!arms.isEmpty())
        sentences.append(tr("Arm: %1.").arg(counts(arms, noArm, tr("not recorded"))));
    if (!positions.isEmpty())
        sentences.append(
            tr("Position: %1.").arg(counts(positions, noPosition, tr("not recorded"))));
    return sentences.join(u' ');
}

} // namespace viparita::detail
