#pragma once

#include "widgets/accessibility.h"

#include <QList>
#include <QWidget>

namespace viparita::app {

/// The whole session as a bar, with a mark where each step begins.
class StepProgressBar final : public QWidget, public AccessibleValueSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepProgressBar)

public:
    explicit StepProgressBar(QWidget *parent = nullptr);

    /// Where the steps begin, as fractions of the session (0 to 1).
    void setMarks(const QList<double> &marks);
    void setProgress(double progress);
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const QList<double> &marks() const { return m_marks; }
    [[nodiscard]] QSize sizeHint() const override { return {400, 18}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 14}; }

    // A progress bar to a screen reader, in whole percent.
    [[nodiscard]] QAccessible::Role accessibleRole() const override
    {
        return QAccessible::ProgressBar;
    }
    [[nodiscard]] double accessibleValue() const override;
    [[nodiscard]] double accessibleMaximum() const override { return 100.0; }
    [[nodiscard]] QString accessibleValueText() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_marks;
    double m_progress = 0.0;
};

} // namespace viparita::app
