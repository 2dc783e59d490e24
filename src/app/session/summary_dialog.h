#pragma once

#include <viparita/core/measurement.h>

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace viparita::app {

/// What a finished (or stopped) session came to: time practised, steps done
/// and skipped, before and after; and how the person feels, with a note.
class SummaryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryDialog)

public:
    struct Facts {
        QString sequenceTitle;
        int practisedSeconds = 0;
        int stepsDone = 0;
        int stepsSkipped = 0;
        int stepsPlanned = 0;
        bool stopped = false;
        /// The readings taken during the session, in the order taken.
        QList<Reading> during;
        std::optional<Measurement> before;
        std::optional<Measurement> after;
        /// The readings on standing up, in the order taken (after 1 minute, after 3).
        QList<Reading> standing;
        /// One of them fell on standing (SafetyFlag::Orthostatic).
        bool fellOnStanding = false;
    };

    /// The result of "Discard this session" (offered for a session stopped early).
    static constexpr int Discarded = 2;

    explicit SummaryDialog(const Facts &facts, QWidget *parent = nullptr);

    /// How a person can say they feel after a session, 1 (worse) to 5 (much better).
    [[nodiscard]] static QStringList feelingNames();

    /// 1 (worse) to 5 (much better), or nothing when not chosen.
    [[nodiscard]] std::optional<int> feeling() const;
    void setFeeling(int feeling);
    [[nodiscard]] QString note() const;
    void setNote(const QString &note);
    /// The facts as shown, one line each (for tests and screen readers).
    [[nodiscard]] QString factsText() const { return m_factsText; }
    /// What is wrong with the note (too long), empty when nothing is.
    [[nodiscard]] QString noteProblem() const;
    /// Closes only with a note that keeps the rule (at most ReadingValidator::maxNoteLength
    /// characters): the note is saved whichever way the dialog closes.
    void done(int result) override;

private:
    void checkNote();

    QButtonGroup *m_feeling = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteProblem = nullptr;
    QPushButton *m_save = nullptr;
    QString m_factsText;
};

} // namespace viparita::app
