#include "player/countdown_ring.h"

#include "appearance/theme.h"

#include <viparita/core/display_format.h>

#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

CountdownRing::CountdownRing(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Time left in this step"));
}

void CountdownRing::setTime(qint64 remainingMs, qint64 totalMs)
{
    const double fraction =
        totalMs > 0
            ? std::clamp(static_cast<double>(remainingMs) / static_cast<double>(totalMs), 0.0, 1.0)
            : 0.0;
    // Whole seconds, rounded up: "0:01" until the very end.
    const QString text = DisplayFormat::clock(remainingMs);
    if (text == m_text && std::abs(fraction - m_fraction) < 0.002)
        return;
    m_fraction = fraction;
    m_text = text;
    m_remainingSeconds = (remainingMs + 999) / 1000;
    m_totalSeconds = (totalMs + 999) / 1000;
    valueChanged(this);
    update();
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal pen = std::max(6.0, side * 0.06);
    const QRectF ring((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2,
                      side - pen, side - pen);
    painter.setPen(QPen(Theme::track(), pen, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(ring);
    painter.setPen(QPen(Theme::accent(), pen, Qt::SolidLine, Qt::RoundCap));
    // From the top, the way the words of the layout run: clockwise when right to left.
    const int span = static_cast<int>(m_fraction * 360 * 16);
    painter.drawArc(ring, 90 * 16, isRightToLeft() ? -span : span);

    QFont font = painter.font();
    font.setPixelSize(std::max(14, static_cast<int>(side * 0.22)));
    painter.setFont(font);
    painter.setPen(Theme::text());
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

} // namespace viparita::app
