#include <viparita/report/csv_column_guess.h>

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

/// The first header that holds one of `words` (without case) and none of `unless`, not yet
/// taken; -1 when there is none.
int findHeader(const QStringList &header, const QStringList &words, const QSet<int> &taken,
               const QStringList &unless = {})
{
    for (int i = 0; i < header.size(); ++i) {
        if (taken.contains(i))
            continue;
        const QString name = header.at(i).toLower();
        const auto has = [&name](const QString &word) { return name.contains(word); };
        if (std::any_of(words.cbegin(), words.cend(), has) &&
            std::none_of(unless.cbegin(), unless.cend(), has))
            return i;
    }
    return -1;
}

} // namespace

CsvImport::ColumnMap CsvColumnGuess::guess(const QByteArray &bytes, const QLocale &locale)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return {};
    const QList<CsvImport::Record> records = CsvImport::parse(text);
    if (records.isEmpty())
        return {};
    return guess(records.first().fields, records.size() > 1 ? records.at(1).fields : QStringList(),
                 locale);
}

CsvImport::ColumnMap CsvColumnGuess::guess(const QStringList &header, const QStringList &firstRow,
                                           const QLocale &locale)
{
    CsvImport::ColumnMap map;
    QSet<int> taken;
    const auto pick = [&](const QStringList &words, const QStringList &unless = {}) {
        const int found = findHeader(header, words, taken, unless);
        if (found >= 0)
            taken.insert(found);
        return found;
    };
    const auto column = [](int index) -> std::optional<CsvImport::Column> {
        if (index < 0)
            return std::nullopt;
        return CsvImport::Column(index + 1);
    };

    // An offset or time-zone column first, so that "time_offset" is not taken for the time.
    map.offset = column(pick({u"offset"_s, u"timezone"_s, u"time zone"_s, u"time_zone"_s,
                              u"zeitzone"_s, u"fuseau"_s, u"zona horaria"_s, u"tijdzone"_s}));
    map.irregular =
        column(pick({u"irregular"_s, u"arrhythm"_s, u"ihb"_s, u"unregelm"_s, u"irrégul"_s,
                     u"irregol"_s, u"onregelm"_s, u"arritm"_s, u"arrítm"_s}));
    // The date: a column named for it, else one named for the time of day (a "Time" column
    // holding the whole moment). A date column whose name also says "time" holds both.
    // The words other apps write in English, German, French, Spanish, Italian, Portuguese,
    // Dutch, Swedish and Polish headers.
    int when = pick({u"date"_s, u"day"_s, u"when"_s, u"datum"_s, u"fecha"_s, u"data"_s});
    const bool whenHasTime = when >= 0 && header.at(when).toLower().contains(u"time"_s);
    int time = -1;
    if (!whenHasTime)
        time = pick({u"time"_s, u"hour"_s, u"clock"_s, u"zeit"_s, u"heure"_s, u"hora"_s, u"ora"_s,
                     u"tijd"_s, u"tid"_s, u"godz"_s});
    if (when < 0) {
        when = time;
        time = -1;
    }
    if (time >= 0) {
        map.date = column(when);
        map.time = column(time);
    } else {
        map.datetime = column(when);
    }
    map.systolic =
        column(pick({u"sys"_s, u"upper"_s, u"sbp"_s, u"sist"_s, u"skurcz"_s, u"massima"_s}));
    map.diastolic = column(pick({u"dia"_s, u"lower"_s, u"dbp"_s, u"rozkurcz"_s, u"minima"_s}));
    map.pulse = column(pick({u"pulse"_s, u"heart"_s, u"bpm"_s, u"hr"_s, u"puls"_s, u"pouls"_s,
                             u"hartslag"_s, u"battiti"_s, u"cardi"_s}));
    map.note = column(pick({u"note"_s, u"comment"_s, u"remark"_s, u"memo"_s, u"notiz"_s,
                            u"kommentar"_s, u"bemerkung"_s, u"remarque"_s, u"nota"_s,
                            u"comentario"_s, u"opmerking"_s, u"uwagi"_s}));
    if (when >= 0 && when < firstRow.size())
        map.dateFormat = dateFormat(firstRow.at(when), locale);
    return map;
}

QString CsvColumnGuess::dateFormat(const QString &sample, const QLocale &locale)
{
    const QString text = sample.trimmed();
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}"_s);
    if (text.isEmpty() || iso.match(text).hasMatch())
        return {};
    static const QRegularExpression dotted(
        u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(\\s+\\d{1,2}:\\d{2})?"_s);
    static const QRegularExpression slashed(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(\\s+\\d{1,2}:\\d{2})?"_s);
    QString date;
    bool hasTime = false;
    if (const auto match = dotted.match(text); match.hasMatch()) {
        date = u"d.M.yyyy"_s;
        hasTime = match.capturedLength(4) > 0;
    } else if (const auto found = slashed.match(text); found.hasMatch()) {
        // Month first only where it must be (a first number over 12 is a day) or is the custom.
        const int first = found.captured(1).toInt();
        const bool monthFirst = first <= 12 && locale.territory() == QLocale::UnitedStates;
        date = monthFirst ? u"M/d/yyyy"_s : u"d/M/yyyy"_s;
        hasTime = found.capturedLength(4) > 0;
    } else {
        return {};
    }
    return hasTime ? date + u" H:mm"_s : date;
}

} // namespace viparita
