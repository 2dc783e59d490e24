#pragma once

#include <viparita/core/breath_pacer.h>

#include "widgets/accessibility.h"

#include <QWidget>

namespace viparita::app {

/// The breath pacer: a circle that grows on the inhale, rests on the hold
/// and shrinks on the exhale, with "in" / "out" written in it.
class BreathPacerWidget final : public QWidget, public AccessibleValueSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreathPacerWidget)

public:
    explicit BreathPacerWidget(QWidget *parent = nullptr);

    void setState(const BreathState &state);
    [[nodiscard]] const BreathState &state() const { return m_state; }
    /// The word shown: "in", "hold", "out" or "rest".
    [[nodiscard]] QString word() const;
    [[nodiscard]] QSize sizeHint() const override { return {220, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 120}; }

    // An animation to a screen reader: how full the breath is (0 to 1), said as its word.
    [[nodiscard]] QAccessible::Role accessibleRole() const override
    {
        return QAccessible::Animation;
    }
    [[nodiscard]] double accessibleValue() const override { return m_state.fullness; }
    [[nodiscard]] double accessibleMaximum() const override { return 1.0; }
    [[nodiscard]] QString accessibleValueText() const override { return word(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The filled circle's radius, in pixels, at `fullness`.
    [[nodiscard]] double radiusAt(double fullness) const;

    BreathState m_state;
    double m_paintedRadius = -1.0; ///< as last painted
};

} // namespace viparita::app
