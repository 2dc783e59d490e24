#include "widgets/grow_to_fit.h"

#include <QLayout>
#include <QVariant>
#include <QWidget>

#include <algorithm>

namespace viparita::app {

namespace {
constexpr const char *fittedHeight = "viparitaFittedHeight";
}

void fitToContents(QWidget *window)
{
    QLayout *box = window->layout();
    if (!box)
        return;
    box->activate();
    const QSize hint = box->sizeHint();
    const int width = std::max(window->width(), hint.width());
    int wanted = hint.height();
    if (box->hasHeightForWidth())
        wanted = box->totalHeightForWidth(width);
    // A height the person chose by hand is kept, and grows only; one this function chose
    // follows the contents both ways.
    const QVariant fitted = window->property(fittedHeight);
    const bool chosenByHand = fitted.isValid() && fitted.toInt() != window->height();
    const int height = chosenByHand ? std::max(window->height(), wanted) : wanted;
    window->resize(width, height);
    window->setProperty(fittedHeight, window->height());
}

} // namespace viparita::app
