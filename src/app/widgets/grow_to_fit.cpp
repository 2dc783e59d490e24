#include "widgets/grow_to_fit.h"

#include <QLayout>
#include <QWidget>

namespace viparita::app {

void growToFit(QWidget *window)
{
    QLayout *box = window->layout();
    if (!box)
        return;
    box->activate();
    QSize wanted = box->sizeHint();
    if (box->hasHeightForWidth())
        wanted.setHeight(box->totalHeightForWidth(window->width()));
    window->resize(window->size().expandedTo(wanted));
}

} // namespace viparita::app
