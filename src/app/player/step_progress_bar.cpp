#include "player/step_progress_bar.h"

#include "appearance/theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace viparita::app {

StepProgressBar::StepProgressBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Progress through the session"));
}

void StepProgressBar::setMarks(const QList<double> &marks)
{
    m_marks = marks;
    update();
}

void StepProgressBar::setProgress(double progress)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (std::abs(progress - m_progress) * width() < 0.5 && progress != 1.0)
        return;
    m_progress = progress;
    valueChanged(this);
    update();
}

double StepProgressBar::accessibleValue() const
{
    return double(std::lround(m_progress * 100));
}

QString StepProgressBar::accessibleValueText() const
{
    return tr("%1 percent").arg(std::lround(m_progress * 100));
}

void StepProgressBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // It fills the way the words of the layout run: from the right in Arabic.
    if (isRightToLeft()) {
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    const qreal barHeight = std::min<qreal>(height(), 10.0);
    const QRectF bar(0, (height() - barHeight) / 2.0, width(), barHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::track());
    painter.drawRoundedRect(bar, barHeight / 2, barHeight / 2);
    painter.setBrush(Theme::accent());
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * m_progress, bar.height()),
                            barHeight / 2, barHeight / 2);
    painter.setPen(QPen(palette().color(QPalette::Window), 2.0));
    for (double mark : m_marks) {
        if (mark <= 0.0 || mark >= 1.0)
            continue;
        const qreal x = bar.left() + bar.width() * mark;
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

} // namespace viparita::app
