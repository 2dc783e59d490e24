#pragma once

#include "command.h"

#include <QJsonObject>

namespace viparita {
struct HomeWeekProgress;
}

namespace viparita::cli {

/// `stats [--from DATE] [--to DATE] [--guideline aha|esh] [--json]`: the statistics of the
/// journal's readings (docs/statistics.md): the change before to after a session, morning and
/// evening averages, the ESH home average, the trend and the categories.
class StatsCommand final : public Command {
public:
    StatsCommand();
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

/// A home-monitoring week as `stats --json` gives it (its "home_week" object).
[[nodiscard]] QJsonObject homeWeekJson(const HomeWeekProgress &week);

} // namespace viparita::cli
