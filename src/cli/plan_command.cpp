#include "plan_command.h"

#include "exit_code.h"
#include "sequence_argument.h"

#include <viparita/core/session_plan.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

QString clock(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const SessionPlan &plan)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < plan.steps().size(); ++i) {
        const PlannedStep &step = plan.steps().at(i);
        steps.append(QJsonObject{
            {u"index"_s, static_cast<int>(i)},
            {u"step_id"_s, step.stepId},
            {u"title"_s, step.title},
            {u"side"_s, step.side ? QJsonValue(sideName(*step.side)) : QJsonValue()},
            {u"start_seconds"_s, step.startSeconds},
            {u"duration_seconds"_s, step.durationSeconds},
        });
    }
    return QJsonObject{
        {u"sequence"_s, plan.sequenceId()},
        {u"title"_s, plan.sequenceTitle()},
        {u"total_seconds"_s, plan.totalSeconds()},
        {u"settle_seconds"_s, plan.settleSeconds()},
        {u"switch_pause_seconds"_s, plan.switchPauseSeconds()},
        {u"steps"_s, steps},
    };
}

} // namespace

PlanCommand::PlanCommand()
    : Command(u"plan"_s,
              CliText::tr("Show a sequence as it will be played: each step's start and length."),
              u"SEQUENCE"_s)
{}

void PlanCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"sequence"_s,
                                 CliText::tr("A sequence id, or the path of a sequence file."),
                                 u"SEQUENCE"_s);
    parser.addOption(
        {u"minutes"_s,
         //: N is the value name shown in the help; %1 to %2: the minutes it may be.
         CliText::tr("Fit the whole session, settle-in included, to N minutes (%1 to %2).")
             .arg(SessionPlan::minMinutes)
             .arg(SessionPlan::maxMinutes),
         u"N"_s});
    parser.addOption({u"json"_s, CliText::tr("Print JSON instead of a table.")});
}

int PlanCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = commandArguments(parser);
    if (arguments.size() != 1) {
        //: SEQUENCE is the value name shown in the help.
        context.err << "viparita-cli plan: " << CliText::tr("give one SEQUENCE (an id or a file)")
                    << "\n";
        //: %1: the program's name; %2: the command ("reading add"); --help is typed as
        //: is.
        context.err
            << CliText::tr("Run '%1 %2 --help' for its options.").arg(u"viparita-cli"_s, name())
            << "\n";
        return UsageError;
    }
    PlanOptions options;
    if (parser.isSet(u"minutes"_s)) {
        bool isNumber = false;
        const int minutes = parser.value(u"minutes"_s).toInt(&isNumber);
        if (!isNumber || minutes < SessionPlan::minMinutes || minutes > SessionPlan::maxMinutes) {
            //: %1 to %2: the minutes it may be; %3: the value typed.
            context.err << "viparita-cli plan: "
                        << CliText::tr("--minutes must be a whole number from %1 to %2, not '%3'")
                               .arg(SessionPlan::minMinutes)
                               .arg(SessionPlan::maxMinutes)
                               .arg(parser.value(u"minutes"_s))
                        << "\n";
            return UsageError;
        }
        options.minutes = minutes;
    }

    int status = Success;
    const auto sequence = loadSequenceArgument(arguments.first(), context, status);
    if (!sequence)
        return status;
    const PlanResult result = SessionPlan::create(*sequence, options);
    if (!result.plan) {
        context.err << "viparita-cli plan: " << result.error << "\n";
        return InputRejected;
    }
    const SessionPlan &plan = *result.plan;

    if (parser.isSet(u"json"_s)) {
        context.out << QString::fromUtf8(
            QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (plan.settleSeconds() > 0) {
        //: %1: the sequence's title; %2: the session's length; %3: how long the settling in
        //: lasts; both as minutes:seconds.
        context.out << CliText::tr("%1: %2 in all, settling in for %3")
                           .arg(plan.sequenceTitle(), clock(plan.totalSeconds()),
                                clock(plan.settleSeconds()));
    } else {
        //: %1: the sequence's title; %2: the session's length as minutes:seconds.
        context.out
            << CliText::tr("%1: %2 in all").arg(plan.sequenceTitle(), clock(plan.totalSeconds()));
    }
    //: A column title: the step's number.
    const QString numberTitle = CliText::tr("#");
    //: A column title: when the step starts.
    const QString startTitle = CliText::tr("START");
    //: A column title: how long it lasts.
    const QString lengthTitle = CliText::tr("LENGTH");
    //: A column title.
    const QString stepTitle = CliText::tr("STEP");
    context.out << "\n\n"
                << numberTitle.rightJustified(3) << "  " << startTitle.rightJustified(6) << "  "
                << lengthTitle.rightJustified(6) << "  " << stepTitle << "\n";
    for (qsizetype i = 0; i < plan.steps().size(); ++i) {
        const PlannedStep &step = plan.steps().at(i);
        QString title = step.title;
        if (step.side)
            title += u" (%1)"_s.arg(sideName(*step.side));
        context.out << QString::number(i + 1).rightJustified(3) << "  "
                    << clock(step.startSeconds).rightJustified(6) << "  "
                    << clock(step.durationSeconds).rightJustified(6) << "  " << title << "\n";
    }
    return Success;
}

} // namespace viparita::cli
