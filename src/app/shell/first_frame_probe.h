#pragma once

#include <QObject>

class QWidget;

namespace viparita::app {

/// For the start-up figure of scripts/bench.sh (docs/performance.md): once `window`'s first
/// frame is painted and flushed, prints "first-frame NS KB" on the standard output (NS: the
/// CLOCK_MONOTONIC time in nanoseconds; KB: the peak resident memory so far, VmHWM) and quits
/// the application. The app uses it when VIPARITA_QUIT_AFTER_FIRST_FRAME is set, and the
/// benchmark's minimal window reports the same way with the same code.
class FirstFrameProbe final : public QObject {
public:
    explicit FirstFrameProbe(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void report();

    QWidget *m_window;
};

} // namespace viparita::app
