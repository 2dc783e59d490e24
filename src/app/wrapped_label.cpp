#include "wrapped_label.h"

#include <QEvent>

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

int WrappedLabel::heightForWidth(int width) const
{
    const QString current = text();
    if (current != m_measuredText) {
        m_measuredText = current;
        m_heights.clear();
    }
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
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace viparita::app
