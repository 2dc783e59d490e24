#include "shell/first_frame_probe.h"

#include <QApplication>
#include <QFile>
#include <QWidget>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

FirstFrameProbe::FirstFrameProbe(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        qApp->removeEventFilter(this);
        // Posted: it runs once this paint pass has been flushed to the screen.
        QMetaObject::invokeMethod(this, &FirstFrameProbe::report, Qt::QueuedConnection);
    }
    return false;
}

void FirstFrameProbe::report()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    long peakKb = -1;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    std::printf("first-frame %lld %ld\n",
                static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec, peakKb);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace viparita::app
