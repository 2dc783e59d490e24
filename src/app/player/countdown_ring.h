#pragma once

#include "widgets/accessibility.h"

#include <QWidget>

namespace viparita::app {

/// A ring that empties as a step runs out, with the time left in its middle.
class CountdownRing final : public QWidget, public AccessibleValueSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownRing)

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    /// `remaining` of `total` milliseconds.
    void setTime(qint64 remainingMs, qint64 totalMs);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QSize sizeHint() const override { return {180, 180}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {110, 110}; }

    // A progress bar to a screen reader: seconds left of the step's, said as "3:05".
    [[nodiscard]] QAccessible::Role accessibleRole() const override
    {
        return QAccessible::ProgressBar;
    }
    [[nodiscard]] double accessibleValue() const override { return double(m_remainingSeconds); }
    [[nodiscard]] double accessibleMaximum() const override { return double(m_totalSeconds); }
    [[nodiscard]] QString accessibleValueText() const override { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 0.0;
    QString m_text;
    qint64 m_remainingSeconds = 0;
    qint64 m_totalSeconds = 0;
};

} // namespace viparita::app
