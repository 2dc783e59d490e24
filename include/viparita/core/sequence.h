#pragma once

#include <viparita/core/breath_pattern.h>
#include <viparita/core/step.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace viparita {

/// A step's texts in another language; an empty field keeps the step's own.
struct StepTexts {
    QString title;
    QStringList targets;
    QStringList props;
    QString safety;
    QStringList cues; ///< in the order of the step's cues, one for each
    friend bool operator==(const StepTexts &, const StepTexts &) = default;
};

/// A sequence's texts in another language; an empty field keeps the sequence's own.
struct SequenceTexts {
    QString title;
    QString description;
    QStringList props;
    QStringList contraindications;
    QStringList setup;
    QHash<QString, StepTexts> steps; ///< by step id
    friend bool operator==(const SequenceTexts &, const SequenceTexts &) = default;
};

/// A guided sequence as loaded from a "viparita.sequence/1" or "/2" file.
struct Sequence {
    /// The format written today: version 2 adds "translations".
    static constexpr auto formatName = "viparita.sequence/2";
    /// The first format, still read: no translations.
    static constexpr auto firstFormatName = "viparita.sequence/1";

    QString id;
    QString title;
    QString description;
    QString language;
    int version = 1;
    QStringList props;
    QStringList contraindications;
    QStringList setup;
    BreathProgression breath;
    QList<Step> steps;
    /// The texts in other languages, by language tag ("de", "pt-BR").
    QMap<QString, SequenceTexts> translations;

    /// The languages this sequence can be read in: its own first, then its translations.
    [[nodiscard]] QStringList languages() const;
    /// The translation that best speaks `language` ("pt-BR", "de-AT", "de"): the same tag,
    /// else the same language of another country; empty when there is none.
    [[nodiscard]] QString bestLanguageFor(const QString &language) const;
    /// This sequence with its texts in `language` where it has them (see bestLanguageFor),
    /// and `language` set to the language it now speaks; itself when it has no such
    /// translation.
    [[nodiscard]] Sequence inLanguage(const QString &language) const;

    /// Seconds of practice in all steps, both sides counted; the settle-in
    /// period and the pauses between sides are not included.
    [[nodiscard]] int practiceSeconds() const;
    /// Steps as played: a step done on both sides counts twice.
    [[nodiscard]] int playedStepCount() const;

    friend bool operator==(const Sequence &, const Sequence &) = default;
};

} // namespace viparita
