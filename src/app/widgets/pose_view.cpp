#include "widgets/pose_view.h"

#include "appearance/theme.h"

#include <QEvent>
#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

PoseView::PoseView(QWidget *parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Picture of the pose"));
}

void PoseView::setImage(const QString &image)
{
    if (image == m_image)
        return;
    m_image = image;
    reload();
}

bool PoseView::hasPicture() const
{
    return m_renderer->isValid();
}

void PoseView::reload()
{
    QByteArray svg;
    if (!m_image.isEmpty()) {
        QFile file(u":/poses/%1.svg"_s.arg(m_image));
        if (file.open(QIODevice::ReadOnly))
            svg = file.readAll();
    }
    // The drawings use currentColor for the figure: give it the theme's text colour.
    svg.replace("currentColor", Theme::text().name().toLatin1());
    m_renderer->load(svg);
    update();
}

void PoseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        reload();
    QWidget::changeEvent(event);
}

void PoseView::paintEvent(QPaintEvent *)
{
    if (!m_renderer->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF size = m_renderer->defaultSize();
    size.scale(QSizeF(this->size()), Qt::KeepAspectRatio);
    const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2, size.width(),
                        size.height());
    if (m_mirrored) {
        painter.translate(width(), 0);
        painter.scale(-1, 1);
    }
    m_renderer->render(&painter, target);
}

void PoseView::setMirrored(bool mirrored)
{
    if (mirrored == m_mirrored)
        return;
    m_mirrored = mirrored;
    update();
}

} // namespace viparita::app
