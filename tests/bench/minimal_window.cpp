// The reference for the start-up, memory and CPU figures: the least a Qt
// Widgets app can be, a QMainWindow with a label, as large as Viparita's
// window.
//
// With VIPARITA_QUIT_AFTER_FIRST_FRAME set it reports its first frame as the
// app does (src/app/first_frame_probe.cpp, the same code): it prints
// "first-frame NS KB" (CLOCK_MONOTONIC ns; peak resident memory, VmHWM) and quits.
//
// With "--animate SECONDS" it redraws a breathing circle from a 16 ms precise
// timer, as the app's player redraws its pacer, for that long and quits: the
// reference for the CPU used while a session plays.
#include "shell/first_frame_probe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A circle that grows and shrinks over a six-second breath.
class Circle final : public QWidget {
public:
    explicit Circle(QWidget *parent) : QWidget(parent) { setMinimumSize(300, 300); }
    void setFullness(double fullness)
    {
        m_fullness = fullness;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const double side = std::min(width(), height());
        const QPointF centre(width() / 2.0, height() / 2.0);
        const double outer = side / 2.0 - 2.0;
        const double radius = outer * (0.38 + 0.62 * m_fullness);
        painter.setPen(QPen(palette().color(QPalette::Mid), 2.0));
        painter.drawEllipse(centre, outer, outer);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(centre, radius, radius);
    }

private:
    double m_fullness = 0.0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(u"Minimal"_s);
    window.resize(1000, 700);
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(u"A minimal Qt Widgets window"_s, central));
    window.setCentralWidget(central);

    const QStringList arguments = QApplication::arguments();
    const qsizetype animate = arguments.indexOf(u"--animate"_s);
    if (animate >= 0) {
        const int seconds = arguments.value(animate + 1).toInt();
        auto *circle = new Circle(central);
        layout->addWidget(circle, 1);
        auto *frames = new QTimer(&window);
        frames->setTimerType(Qt::PreciseTimer);
        frames->setInterval(16);
        const auto start = std::chrono::steady_clock::now();
        QObject::connect(frames, &QTimer::timeout, circle, [circle, start] {
            const double elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            circle->setFullness((1.0 - std::cos(elapsed * 2.0 * M_PI / 6.0)) / 2.0);
        });
        frames->start();
        QTimer::singleShot(std::chrono::seconds(seconds), &application, &QApplication::quit);
    }
    if (qEnvironmentVariableIsSet("VIPARITA_QUIT_AFTER_FIRST_FRAME"))
        new viparita::app::FirstFrameProbe(&window);
    window.show();
    return QApplication::exec();
}
