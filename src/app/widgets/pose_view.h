#pragma once

#include <QByteArray>
#include <QWidget>

class QSvgRenderer;

namespace viparita::app {

/// A pose picture (an SVG line drawing from the resources), drawn in the
/// text colour of the current theme and kept in proportion.
class PoseView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoseView)

public:
    explicit PoseView(QWidget *parent = nullptr);

    /// Shows ":/poses/<image>.svg"; an empty or unknown name shows nothing.
    void setImage(const QString &image);
    [[nodiscard]] const QString &image() const { return m_image; }
    /// Draws the picture mirrored left to right (the left side of a two-sided step).
    void setMirrored(bool mirrored);
    [[nodiscard]] bool isMirrored() const { return m_mirrored; }
    [[nodiscard]] bool hasPicture() const;
    [[nodiscard]] QSize sizeHint() const override { return {400, 300}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();

    QString m_image;
    bool m_mirrored = false;
    QSvgRenderer *m_renderer = nullptr;
};

} // namespace viparita::app
