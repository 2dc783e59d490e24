#include "exchange/export_preview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

ExportPreview::ExportPreview(QWidget *parent) : QGroupBox(tr("Preview"), parent)
{
    m_stack = new QStackedWidget(this);
    auto *pagePane = new QWidget(m_stack);
    m_picture = new QLabel(pagePane);
    m_picture->setObjectName(u"pagePreview"_s);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(pageWidth, qRound(pageWidth * 1.414));
    m_picture->setAccessibleName(tr("Preview of the report's first page"));
    m_caption = new QLabel(pagePane);
    m_caption->setAlignment(Qt::AlignCenter);
    auto *pageLayout = new QVBoxLayout(pagePane);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_picture, 1);
    pageLayout->addWidget(m_caption);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(u"textPreview"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumWidth(pageWidth);
    m_stack->addWidget(pagePane);
    m_stack->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void ExportPreview::showPage(const QImage &page, qreal pixelRatio, const QString &caption)
{
    m_image = page;
    QPixmap picture = QPixmap::fromImage(page);
    picture.setDevicePixelRatio(pixelRatio);
    m_picture->setPixmap(picture);
    m_caption->setText(caption);
    m_text->clear();
    m_stack->setCurrentIndex(0);
}

void ExportPreview::showPageProblem(const QString &problem)
{
    m_image = QImage();
    m_picture->clear();
    m_caption->setText(problem);
    m_text->clear();
    m_stack->setCurrentIndex(0);
}

void ExportPreview::showText(const QString &text)
{
    m_image = QImage();
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const qsizetype total = lines.size();
    if (total > textLines) {
        lines = lines.mid(0, textLines);
        lines.append(tr("… and %1 more lines").arg(total - textLines));
    }
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    m_text->setPlainText(lines.join(u'\n'));
    m_stack->setCurrentIndex(1);
}

QString ExportPreview::text() const
{
    return m_text->toPlainText();
}

} // namespace viparita::app
