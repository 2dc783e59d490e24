#include <viparita/core/sequence.h>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

int Sequence::practiceSeconds() const
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0,
                           [](int sum, const Step &step) { return sum + step.practiceSeconds(); });
}

int Sequence::playedStepCount() const
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0,
                           [](int sum, const Step &step) { return sum + step.sideCount(); });
}

namespace {

/// The primary language subtag of a tag: "pt" of "pt-BR", lower case.
QString primaryOf(const QString &tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

/// `translated` where it has an entry for each of `own`, else `own`.
QStringList listIn(const QStringList &own, const QStringList &translated)
{
    return translated.size() == own.size() ? translated : own;
}

QString textIn(const QString &own, const QString &translated)
{
    return translated.isEmpty() ? own : translated;
}

} // namespace

QStringList Sequence::languages() const
{
    QStringList all{language};
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (it.key() != language)
            all.append(it.key());
    }
    return all;
}

QString Sequence::bestLanguageFor(const QString &wanted) const
{
    const QString tag = QString(wanted).replace(u'_', u'-');
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (it.key().compare(tag, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    const QString primary = primaryOf(tag);
    // The sequence's own language of another country reads better than a translation.
    if (primaryOf(language) == primary)
        return {};
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (primaryOf(it.key()) == primary)
            return it.key();
    }
    return {};
}

Sequence Sequence::inLanguage(const QString &wanted) const
{
    const QString chosen = bestLanguageFor(wanted);
    if (chosen.isEmpty())
        return *this;
    const SequenceTexts &texts = translations[chosen];
    Sequence result = *this;
    result.language = chosen;
    result.title = textIn(title, texts.title);
    result.description = textIn(description, texts.description);
    result.props = listIn(props, texts.props);
    result.contraindications = listIn(contraindications, texts.contraindications);
    result.setup = listIn(setup, texts.setup);
    for (Step &step : result.steps) {
        const auto found = texts.steps.constFind(step.id);
        if (found == texts.steps.constEnd())
            continue;
        step.title = textIn(step.title, found->title);
        step.targets = listIn(step.targets, found->targets);
        step.props = listIn(step.props, found->props);
        step.safety = textIn(step.safety, found->safety);
        if (found->cues.size() == step.cues.size()) {
            for (qsizetype i = 0; i < step.cues.size(); ++i)
                step.cues[i].text = textIn(step.cues[i].text, found->cues[i]);
        }
    }
    return result;
}

} // namespace viparita
