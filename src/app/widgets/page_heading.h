#pragma once

#include "widgets/wrapped_label.h"

#include <QLabel>
#include <QVBoxLayout>

namespace viparita::app {

/// A page's title (bold, larger) and the sentence under it that says what the page is for,
/// added to `layout`.
inline void addPageHeading(QVBoxLayout *layout, const QString &title, const QString &intro,
                           QWidget *parent)
{
    auto *titleLabel = new QLabel(title, parent);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    titleLabel->setFont(font);
    layout->addWidget(titleLabel);
    auto *introLabel = new WrappedLabel(parent);
    introLabel->setText(intro);
    layout->addWidget(introLabel);
}

} // namespace viparita::app
