#pragma once

#include <QWidget>

namespace viparita::app {

/// A ring that empties as a step runs out, with the time left in its middle.
class CountdownRing final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownRing)

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    /// `remaining` of `total` milliseconds.
    void setTime(qint64 remainingMs, qint64 totalMs);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QSize sizeHint() const override { return {180, 180}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {110, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 0.0;
    QString m_text;
};

} // namespace viparita::app
