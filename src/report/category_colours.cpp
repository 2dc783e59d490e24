#include <viparita/report/category_colours.h>

#include <QList>

#include <algorithm>
#include <cmath>

namespace viparita {

QColor CategoryColours::forSeverity(int severity, int levels)
{
    static const QList<QColor> colours{QColor(0x4f, 0x9a, 0x6d), QColor(0x9a, 0xa8, 0x3c),
                                       QColor(0xd1, 0x9a, 0x2f), QColor(0xd0, 0x6b, 0x2e),
                                       QColor(0xb8, 0x3a, 0x2c), QColor(0x8e, 0x1f, 0x3d)};
    if (levels <= 1)
        return colours.first();
    const double last = static_cast<double>(colours.size() - 1);
    const auto index = static_cast<qsizetype>(std::lround(severity * last / (levels - 1.0)));
    return colours.at(std::clamp<qsizetype>(index, 0, colours.size() - 1));
}

QColor CategoryColours::of(BpCategory category)
{
    // Low is blue: set apart from the greens of the normal range and the warm colours above.
    if (category == BpCategory::Low)
        return QColor(0x3a, 0x6e, 0xb0);
    // The categories above Low, green to dark red, spread over their guideline's scale.
    for (const Guideline guideline : BpClassifier::guidelines()) {
        for (const QList<BpCategory> &scale :
             {BpClassifier::categories(guideline), BpClassifier::homeCategories(guideline)}) {
            if (scale.contains(category))
                return forSeverity(BpClassifier::severity(category) - 1,
                                   static_cast<int>(scale.size()) - 1);
        }
    }
    return forSeverity(0, 1);
}

} // namespace viparita
