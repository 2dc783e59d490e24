#pragma once

#include <QGroupBox>
#include <QImage>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace viparita::app {

/// The export dialog's preview: the report's first page as a picture, or the first lines of
/// a text file (CSV, FHIR) as they will be written.
class ExportPreview final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPreview)

public:
    static constexpr int pageWidth = 320; ///< logical pixels
    static constexpr int textLines = 40;

    explicit ExportPreview(QWidget *parent = nullptr);

    /// The report's first page, `pixelRatio` device pixels to a logical one, and its caption.
    void showPage(const QImage &page, qreal pixelRatio, const QString &caption);
    /// Why the report cannot be shown, in place of its page.
    void showPageProblem(const QString &problem);
    /// A text file's first lines; the rest is counted.
    void showText(const QString &text);

    /// The page shown; null for a text file or a problem.
    [[nodiscard]] QImage image() const { return m_image; }
    [[nodiscard]] QString text() const;

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QImage m_image;
};

} // namespace viparita::app
