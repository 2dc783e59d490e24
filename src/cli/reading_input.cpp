#include "reading_input.h"

#include "exit_code.h"

#include <viparita/core/reading_validator.h>

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

void addReadingOptions(QCommandLineParser &parser)
{
    parser.addOption({u"systolic"_s, u"Systolic pressure, mmHg (50 to 300)."_s, u"N"_s});
    parser.addOption({u"diastolic"_s, u"Diastolic pressure, mmHg (25 to 200)."_s, u"N"_s});
    parser.addOption({u"pulse"_s, u"Pulse, beats a minute (25 to 250)."_s, u"N"_s});
    parser.addOption({u"arm"_s, u"The arm measured: left or right."_s, u"ARM"_s});
    parser.addOption({u"position"_s, u"sitting, lying or standing."_s, u"POSITION"_s});
    parser.addOption({u"irregular"_s, u"The monitor showed an irregular heartbeat."_s});
    parser.addOption({u"note"_s, u"A note."_s, u"TEXT"_s});
}

std::optional<Reading> readingFromOptions(const QCommandLineParser &parser, CommandContext &context,
                                          int &status)
{
    for (const QString &required : {u"systolic"_s, u"diastolic"_s}) {
        if (!parser.isSet(required)) {
            context.err << u"viparita-cli: --%1 is required\n"_s.arg(required);
            status = UsageError;
            return std::nullopt;
        }
    }
    Reading reading;
    QStringList problems;
    auto number = [&](const QString &field) -> std::optional<int> {
        const auto value = ReadingValidator::parseWholeNumber(parser.value(field));
        if (!value)
            problems.append(u"%1: %2, not '%3'"_s.arg(field, ReadingValidator::rangeRule(field),
                                                      parser.value(field)));
        return value;
    };
    const auto systolic = number(u"systolic"_s);
    const auto diastolic = number(u"diastolic"_s);
    reading.systolic = systolic.value_or(0);
    reading.diastolic = diastolic.value_or(0);
    if (parser.isSet(u"pulse"_s))
        reading.pulse = number(u"pulse"_s);
    if (parser.isSet(u"arm"_s)) {
        reading.arm = armFromString(parser.value(u"arm"_s));
        if (!reading.arm)
            problems.append(u"arm: must be left or right, not '%1'"_s.arg(parser.value(u"arm"_s)));
    }
    if (parser.isSet(u"position"_s)) {
        reading.position = bodyPositionFromString(parser.value(u"position"_s));
        if (!reading.position)
            problems.append(u"position: must be sitting, lying or standing, not '%1'"_s.arg(
                parser.value(u"position"_s)));
    }
    reading.irregular = parser.isSet(u"irregular"_s);
    reading.note = parser.value(u"note"_s);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.err << "viparita-cli: " << problem << "\n";
        status = InputRejected;
        return std::nullopt;
    }
    return reading;
}

std::optional<Reading> readingFromTriple(const QString &text, const QString &option,
                                         QStringList &problems)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() < 2 || parts.size() > 3) {
        problems.append(
            u"%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, like 135/85/70, "
            "not '%2'"_s.arg(option, text));
        return std::nullopt;
    }
    const QStringList fields{u"systolic"_s, u"diastolic"_s, u"pulse"_s};
    std::optional<int> values[3];
    bool valid = true;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        values[i] = ReadingValidator::parseWholeNumber(parts[i]);
        if (!values[i]) {
            problems.append(u"%1 %2: %3, not '%4'"_s.arg(
                option, fields[i], ReadingValidator::rangeRule(fields[i]), parts[i]));
            valid = false;
        }
    }
    if (!valid)
        return std::nullopt;
    Reading reading;
    reading.systolic = *values[0];
    reading.diastolic = *values[1];
    reading.pulse = values[2];
    return reading;
}

} // namespace viparita::cli
