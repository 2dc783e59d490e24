#include "widgets/wrapped_label.h"

#include <QEvent>
#include <QFontMetrics>

#include <algorithm>

namespace viparita::app {

namespace {
/// Enough for every width a layout pass tries, small enough to search in a line.
constexpr qsizetype maxRemembered = 16;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

void WrappedLabel::checkText() const
{
    const QString current = text();
    if (current != m_measuredText) {
        m_measuredText = current;
        m_heights.clear();
        m_sizeHint = QSize();
    }
}

QSize WrappedLabel::extra() const
{
    const QMargins margins = contentsMargins();
    return {margins.left() + margins.right() + 2 * margin(),
            margins.top() + margins.bottom() + 2 * margin()};
}

QSize WrappedLabel::sizeHint() const
{
    checkText();
    if (!m_sizeHint.isValid()) {
        ensurePolished();
        const QFontMetrics metrics = fontMetrics();
        const QSize around = extra();
        const int width =
            std::min(metrics.averageCharWidth() * 80, maximumWidth()) - around.width();
        const QRect text =
            metrics.boundingRect(0, 0, std::max(width, 1), 2000,
                                 static_cast<int>(alignment()) | Qt::TextWordWrap, m_measuredText);
        m_sizeHint = text.size() + around;
    }
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const QSize around = extra();
    return {std::min(hint.width(), metrics.averageCharWidth() * 12 + around.width()),
            std::min(hint.height(), metrics.height() + around.height())};
}

int WrappedLabel::heightForWidth(int width) const
{
    checkText();
    const auto known = std::find_if(m_heights.cbegin(), m_heights.cend(),
                                    [width](const Measured &m) { return m.width == width; });
    if (known != m_heights.cend())
        return known->height;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == maxRemembered)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        m_sizeHint = QSize();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace viparita::app
