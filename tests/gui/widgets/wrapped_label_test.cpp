#include "widgets/wrapped_label.h"

#include "catch_qt.h"

#include <QFont>
#include <QFontMetrics>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;
using viparita::app::WrappedLabel;

namespace {

const QString longText =
    u"Lie on your back with your legs up the wall, your hips close to it and your arms "
    "resting by your sides. Let the floor take the weight of your back and breathe out "
    "slowly through the nose."_s;

/// The height a plain word-wrapped QLabel gives for `width`, with the label's text and font.
int plainHeight(const QLabel &like, int width)
{
    QLabel plain;
    plain.setWordWrap(true);
    plain.setFont(like.font());
    plain.setText(like.text());
    return plain.heightForWidth(width);
}

} // namespace

TEST_CASE("a wrapped label gives the heights of a plain wrapped label, asked once or again")
{
    WrappedLabel label;
    CHECK(label.wordWrap());
    label.setText(longText);
    for (const int width : {80, 160, 320, 640, 160, 80, 2000}) {
        INFO("width " << width);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
    }
    // Narrower is never shorter.
    CHECK(label.heightForWidth(80) > label.heightForWidth(640));
}

TEST_CASE("a wrapped label measures again when its text or font changes")
{
    WrappedLabel label;
    label.setText(longText);
    const int before = label.heightForWidth(200);

    label.setText(u"Rest."_s);
    CHECK(label.heightForWidth(200) == plainHeight(label, 200));
    CHECK(label.heightForWidth(200) < before);

    label.setText(longText);
    CHECK(label.heightForWidth(200) == before);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    label.setFont(larger);
    CHECK(label.heightForWidth(200) == plainHeight(label, 200));
    CHECK(label.heightForWidth(200) > before);
}

TEST_CASE("a wrapped label would like 80 average characters and can shrink to 12")
{
    WrappedLabel label;
    label.setText(longText);
    const QFontMetrics metrics = label.fontMetrics();
    const QSize hint = label.sizeHint();
    CHECK(hint.width() <= metrics.averageCharWidth() * 80);
    CHECK(hint.width() > metrics.averageCharWidth() * 40);
    CHECK(hint.height() == label.heightForWidth(hint.width()));
    CHECK(hint.height() > metrics.height()); // wrapped onto several lines

    const QSize minimum = label.minimumSizeHint();
    CHECK(minimum.width() == metrics.averageCharWidth() * 12);
    CHECK(minimum.height() == metrics.height());

    // A short text: as wide as it is, one line high.
    label.setText(u"Rest."_s);
    CHECK(label.sizeHint().width() == metrics.horizontalAdvance(u"Rest."_s));
    CHECK(label.sizeHint().height() == metrics.height());
    CHECK(label.minimumSizeHint().width() == label.sizeHint().width());
}
