#include "import_sources.h"

using namespace Qt::Literals::StringLiterals;

namespace viparita::importing {

namespace {

SourceLayout omronReport()
{
    SourceLayout layout;
    layout.source = {u"omron-connect"_s, u"OMRON connect (emailed report)"_s};
    layout.signature = {u"date"_s, u"time"_s, u"systolic (mmhg)"_s, u"diastolic (mmhg)"_s};
    layout.date = u"Date"_s;
    layout.time = u"Time"_s;
    layout.systolic = u"Systolic (mmHg)"_s;
    layout.diastolic = u"Diastolic (mmHg)"_s;
    layout.pulse = u"Pulse (bpm)"_s;
    layout.note = u"Notes"_s;
    layout.irregular = u"Irregular heartbeat detected"_s;
    layout.dateFormat = u"MMM d yyyy"_s;
    return layout;
}

/// The same report in Spanish, as a monitor with more columns writes it.
SourceLayout omronReportSpanish()
{
    SourceLayout layout;
    layout.source = {u"omron-connect"_s, u"OMRON connect (emailed report)"_s};
    layout.signature = {u"fecha"_s, u"hora"_s, u"sistólica (mmhg)"_s, u"diastólica (mmhg)"_s};
    layout.date = u"Fecha"_s;
    layout.time = u"Hora"_s;
    layout.systolic = u"Sistólica (mmHg)"_s;
    layout.diastolic = u"Diastólica (mmHg)"_s;
    layout.pulse = u"Pulso (ppm)"_s;
    layout.note = u"Notas"_s;
    layout.irregular = u"Se detectó latido arrítmico"_s;
    layout.dateFormat = u"dd MMM yyyy"_s;
    return layout;
}

SourceLayout omronApp()
{
    SourceLayout layout;
    layout.source = {u"omron-connect"_s, u"OMRON connect (app export)"_s};
    layout.signature = {u"measurement date"_s, u"sys(mmhg)"_s, u"dia(mmhg)"_s};
    layout.datetime = u"Measurement Date"_s;
    layout.offset = u"Timezone"_s;
    layout.systolic = u"SYS(mmHg)"_s;
    layout.diastolic = u"DIA(mmHg)"_s;
    layout.pulse = u"Pulse(bpm)"_s;
    layout.irregular = u"Irregular heartbeat detected"_s;
    layout.dateFormat = u"yyyy/MM/dd"_s;
    return layout;
}

SourceLayout withings()
{
    SourceLayout layout;
    layout.source = {u"withings"_s, u"Withings Health Mate"_s};
    layout.signature = {u"date"_s, u"heart rate"_s, u"systolic"_s, u"diastolic"_s};
    layout.datetime = u"Date"_s;
    layout.systolic = u"Systolic"_s;
    layout.diastolic = u"Diastolic"_s;
    layout.pulse = u"Heart rate"_s;
    layout.note = u"Comments"_s;
    return layout;
}

SourceLayout bloodPressureMonitor()
{
    SourceLayout layout;
    layout.source = {u"blood-pressure-monitor"_s, u"Blood Pressure Monitor (derdilla)"_s};
    layout.signature = {u"timestampunixms"_s, u"systolic"_s, u"diastolic"_s};
    layout.datetime = u"timestampUnixMs"_s;
    layout.systolic = u"systolic"_s;
    layout.diastolic = u"diastolic"_s;
    layout.pulse = u"pulse"_s;
    layout.note = u"notes"_s;
    layout.dateFormat = u"unix-ms"_s;
    return layout;
}

SourceLayout obpm()
{
    SourceLayout layout;
    layout.source = {u"obpm"_s, u"OBPM"_s};
    layout.signature = {u"user"_s, u"date"_s, u"time"_s, u"sys"_s, u"dia"_s, u"bpm"_s};
    layout.date = u"date"_s;
    layout.time = u"time"_s;
    layout.systolic = u"sys"_s;
    layout.diastolic = u"dia"_s;
    layout.pulse = u"bpm"_s;
    layout.note = u"comment"_s;
    layout.dateFormat = u"dd.MM.yy"_s;
    return layout;
}

SourceLayout samsungHealth()
{
    SourceLayout layout;
    const QString prefix = u"com.samsung.health.blood_pressure."_s;
    layout.source = {u"samsung-health"_s, u"Samsung Health"_s};
    layout.signature = {prefix + u"start_time"_s, prefix + u"systolic"_s, prefix + u"diastolic"_s};
    layout.datetime = prefix + u"start_time"_s;
    layout.offset = prefix + u"time_offset"_s;
    layout.systolic = prefix + u"systolic"_s;
    layout.diastolic = prefix + u"diastolic"_s;
    layout.pulse = prefix + u"pulse"_s;
    layout.note = prefix + u"comment"_s;
    layout.utcTimes = true;
    return layout;
}

SourceLayout vitaDock()
{
    SourceLayout layout;
    layout.source = {u"medisana-vitadock"_s, u"Medisana VitaDock"_s};
    // "16.12.2022 - 14:33";"135 mmHg";"83 mmHg";"83 bpm";...
    layout.firstRowPattern =
        u"^\\d{2}\\.\\d{2}\\.\\d{4} - \\d{2}:\\d{2}\\|\\d+ mmHg\\|\\d+ mmHg\\|\\d+ bpm\\|"_s;
    layout.positions = {1, 2, 3, 4, 7};
    layout.dateFormat = u"dd.MM.yyyy"_s;
    return layout;
}

} // namespace

const QList<SourceLayout> &layouts()
{
    static const QList<SourceLayout> all{
        omronReport(), omronReportSpanish(), omronApp(), withings(), bloodPressureMonitor(),
        obpm(),        samsungHealth(),      vitaDock()};
    return all;
}

QString normalisedHeader(const QString &name)
{
    QString text = name.simplified().toLower();
    text.remove(u'"');
    return text.trimmed();
}

const SourceLayout *layoutOf(const QStringList &header, const QString &sourceId)
{
    QStringList names;
    for (const QString &name : header)
        names.append(normalisedHeader(name));
    for (const SourceLayout &layout : layouts()) {
        if (layout.signature.isEmpty() || (!sourceId.isEmpty() && layout.source.id != sourceId))
            continue;
        const bool all =
            std::all_of(layout.signature.cbegin(), layout.signature.cend(),
                        [&names](const QString &name) { return names.contains(name); });
        if (all)
            return &layout;
    }
    return nullptr;
}

const SourceLayout *layoutOfRow(const QStringList &row, const QString &sourceId)
{
    const QString joined = row.join(u'|') + u'|';
    for (const SourceLayout &layout : layouts()) {
        if (layout.firstRowPattern.isEmpty() ||
            (!sourceId.isEmpty() && layout.source.id != sourceId))
            continue;
        if (QRegularExpression(layout.firstRowPattern).match(joined).hasMatch())
            return &layout;
    }
    return nullptr;
}

const SourceLayout *layoutById(const QString &sourceId)
{
    for (const SourceLayout &layout : layouts()) {
        if (layout.source.id == sourceId)
            return &layout;
    }
    return nullptr;
}

CsvImport::ColumnMap columnsOf(const SourceLayout &layout, const QStringList &header)
{
    CsvImport::ColumnMap map;
    map.dateFormat = layout.dateFormat;
    map.utcTimes = layout.utcTimes;
    if (!layout.positions.isEmpty()) {
        const auto at = [&](int index) -> std::optional<CsvImport::Column> {
            const int position = layout.positions.value(index);
            if (position < 1 || position > header.size())
                return std::nullopt;
            return CsvImport::Column(position);
        };
        map.datetime = at(0);
        map.systolic = at(1);
        map.diastolic = at(2);
        map.pulse = at(3);
        map.note = at(4);
        return map;
    }
    QStringList names;
    for (const QString &name : header)
        names.append(normalisedHeader(name));
    const auto named = [&names](const QString &name) -> std::optional<CsvImport::Column> {
        const qsizetype index = name.isEmpty() ? -1 : names.indexOf(normalisedHeader(name));
        if (index < 0)
            return std::nullopt;
        return CsvImport::Column(static_cast<int>(index) + 1);
    };
    map.datetime = named(layout.datetime);
    map.date = named(layout.date);
    map.time = named(layout.time);
    map.systolic = named(layout.systolic);
    map.diastolic = named(layout.diastolic);
    map.pulse = named(layout.pulse);
    map.note = named(layout.note);
    map.offset = named(layout.offset);
    map.irregular = named(layout.irregular);
    return map;
}

} // namespace viparita::importing
