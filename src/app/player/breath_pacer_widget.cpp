#include "player/breath_pacer_widget.h"

#include "appearance/theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace viparita::app {

BreathPacerWidget::BreathPacerWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Breath pacer"));
}

void BreathPacerWidget::setState(const BreathState &state)
{
    const bool wordChanged = state.phase != m_state.phase;
    m_state = state;
    if (wordChanged)
        valueChanged(this);
    // Painted again only when it looks different: another word, or the circle grown or
    // shrunk by a pixel. Near the turns of the breath, and in a hold, most frames
    // change nothing that can be seen.
    const double radius = radiusAt(state.fullness);
    if (wordChanged || m_paintedRadius < 0) {
        update();
    } else if (std::abs(radius - m_paintedRadius) >= 1.0) {
        // Only the square around the larger of the two circles changes.
        const double reach = std::max(radius, m_paintedRadius) + 2.0;
        const QPointF centre(width() / 2.0, height() / 2.0);
        update(
            QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).toAlignedRect());
    }
}

double BreathPacerWidget::radiusAt(double fullness) const
{
    const double side = std::min(width(), height());
    const double outer = side / 2.0 - 2.0;
    const double inner = outer * 0.38;
    // Ease in and out so the motion feels like a breath, not a machine.
    const double eased = (1.0 - std::cos(fullness * M_PI)) / 2.0;
    return inner + (outer - inner) * eased;
}

QString BreathPacerWidget::word() const
{
    switch (m_state.phase) {
    case BreathPhase::Inhale:
        return tr("in");
    case BreathPhase::HoldIn:
        return tr("hold");
    case BreathPhase::Exhale:
        return tr("out");
    case BreathPhase::HoldOut:
        break;
    }
    return tr("rest");
}

void BreathPacerWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height());
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double outer = side / 2.0 - 2.0;
    const double eased = (1.0 - std::cos(m_state.fullness * M_PI)) / 2.0;
    const double radius = radiusAt(m_state.fullness);
    m_paintedRadius = radius;

    QColor guide = Theme::track();
    painter.setPen(QPen(guide, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, outer, outer);

    QColor fill = Theme::accent();
    fill.setAlphaF(0.35f + 0.35f * static_cast<float>(eased));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);

    QFont font = painter.font();
    font.setPixelSize(std::max(14, static_cast<int>(side * 0.12)));
    painter.setFont(font);
    painter.setPen(Theme::text());
    painter.drawText(rect(), Qt::AlignCenter, word());
}

} // namespace viparita::app
