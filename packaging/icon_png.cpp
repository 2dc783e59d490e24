// Draws the app's scalable icon at the sizes a desktop asks for when it cannot use the SVG:
//   viparita_icon_png ICON.svg FOLDER NAME 16 24 32 ...
// writes FOLDER/NxN/apps/NAME.png for each size N.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fputs("usage: viparita_icon_png ICON.svg FOLDER NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer icon(arguments.at(1));
    if (!icon.isValid()) {
        std::fprintf(stderr, "viparita_icon_png: %s is not an SVG image\n",
                     qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString &argument : arguments.mid(4)) {
        bool isNumber = false;
        const int size = argument.toInt(&isNumber);
        if (!isNumber || size < 8 || size > 1024) {
            std::fprintf(stderr, "viparita_icon_png: %s is not a size\n", qPrintable(argument));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            icon.render(&painter, QRectF(0, 0, size, size));
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(folder) ||
            !image.save(folder + u'/' + arguments.at(3) + QStringLiteral(".png"))) {
            std::fprintf(stderr, "viparita_icon_png: cannot write into %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
