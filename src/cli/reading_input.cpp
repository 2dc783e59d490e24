#include "reading_input.h"

#include "exit_code.h"

#include <viparita/core/reading_validator.h>

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

void addReadingOptions(QCommandLineParser &parser)
{
    parser.addOption({u"systolic"_s, CliText::tr("Systolic pressure, mmHg (50 to 300)."), u"N"_s});
    parser.addOption(
        {u"diastolic"_s, CliText::tr("Diastolic pressure, mmHg (25 to 200)."), u"N"_s});
    parser.addOption({u"pulse"_s, CliText::tr("Pulse, beats a minute (25 to 250)."), u"N"_s});
    //: left and right are typed as they are.
    parser.addOption({u"arm"_s, CliText::tr("The arm measured: left or right."), u"ARM"_s});
    //: The help of --position: sitting, lying and standing are typed as they are.
    parser.addOption({u"position"_s, CliText::tr("sitting, lying or standing."), u"POSITION"_s});
    parser.addOption({u"irregular"_s, CliText::tr("The monitor showed an irregular heartbeat.")});
    parser.addOption({u"note"_s, CliText::tr("A note."), u"TEXT"_s});
}

std::optional<Reading> readingFromOptions(const QCommandLineParser &parser, CommandContext &context,
                                          int &status)
{
    for (const QString &required : {u"systolic"_s, u"diastolic"_s}) {
        if (!parser.isSet(required)) {
            //: %1: the option's name (systolic, diastolic).
            context.err << "viparita-cli: " << CliText::tr("--%1 is required").arg(required)
                        << "\n";
            status = UsageError;
            return std::nullopt;
        }
    }
    Reading reading;
    QStringList problems;
    auto number = [&](const QString &field) -> std::optional<int> {
        const auto value = ReadingValidator::parseWholeNumber(parser.value(field));
        //: %1: the field (systolic); %2: its rule ("must be a whole number of mmHg
        //: from 50 to 300"); %3: the value typed.
        if (!value)
            problems.append(
                CliText::tr("%1: %2, not '%3'")
                    .arg(field, ReadingValidator::rangeRule(field), parser.value(field)));
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
        //: %1: the value typed. left and right are typed as they are.
        if (!reading.arm)
            problems.append(
                CliText::tr("arm: must be left or right, not '%1'").arg(parser.value(u"arm"_s)));
    }
    if (parser.isSet(u"position"_s)) {
        reading.position = bodyPositionFromString(parser.value(u"position"_s));
        //: %1: the value typed. sitting, lying and standing are typed as they are.
        if (!reading.position)
            problems.append(CliText::tr("position: must be sitting, lying or standing, not '%1'")
                                .arg(parser.value(u"position"_s)));
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
        //: %1: the option (--before); %2: the value typed.
        problems.append(CliText::tr("%1: must be SYSTOLIC/DIASTOLIC or SYSTOLIC/DIASTOLIC/PULSE, "
                                    "like 135/85/70, not '%2'")
                            .arg(option, text));
        return std::nullopt;
    }
    const QStringList fields{u"systolic"_s, u"diastolic"_s, u"pulse"_s};
    std::optional<int> values[3];
    bool valid = true;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        values[i] = ReadingValidator::parseWholeNumber(parts[i]);
        if (!values[i]) {
            //: %1: the option (--before); %2: the field (systolic); %3: its rule ("must be a
            //: whole number of mmHg from 50 to 300"); %4: the value typed.
            problems.append(
                CliText::tr("%1 %2: %3, not '%4'")
                    .arg(option, fields[i], ReadingValidator::rangeRule(fields[i]), parts[i]));
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
