#include "geo/MapPalette.h"

#include <algorithm>
#include <cmath>

namespace odema::geo {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// t in [−1, 1] on the ColorBrewer RdBu anchors, reversed (−1 blue, +1 red).
QColor diverging(double t)
{
    static const QColor anchors[] = {QColor(0x21, 0x66, 0xac), QColor(0x92, 0xc5, 0xde), QColor(0xf7, 0xf7, 0xf7),
                                     QColor(0xf4, 0xa5, 0x82), QColor(0xb2, 0x18, 0x2b)};
    const double x = (std::clamp(t, -1.0, 1.0) + 1) * 2; // 0..4
    const int i = std::min(3, int(std::floor(x)));
    return mix(anchors[i], anchors[i + 1], x - i);
}

} // namespace

QList<QColor> sequentialPalette(int classes)
{
    // ColorBrewer YlOrBr (Cynthia Brewer, Apache-2.0 licence), one scheme per class count.
    static const std::vector<std::vector<const char *>> schemes{
        {"#fff7bc", "#fec44f", "#d95f0e"},
        {"#ffffd4", "#fed98e", "#fe9929", "#cc4c02"},
        {"#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"},
        {"#ffffd4", "#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404"},
        {"#ffffd4", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04"},
        {"#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04"},
        {"#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"},
    };
    QList<QColor> colours;
    if (classes <= 0)
        return colours;
    if (classes < 3) { // merged bounds left one or two classes: take the ends of the 3-class scheme
        colours << QColor(QLatin1String(schemes[0][classes == 1 ? 1 : 0]));
        if (classes == 2)
            colours << QColor(QLatin1String(schemes[0][2]));
        return colours;
    }
    for (const char *hex : schemes[size_t(std::min(classes, 9) - 3)])
        colours << QColor(QLatin1String(hex));
    return colours;
}

QList<QColor> divergingPalette(const std::vector<double> &breaks)
{
    // Shades by rank on each side of zero, not by value: with falls down to −80 % and rises up
    // to +180 %, value scaling would leave every fall almost white.
    QList<QColor> colours;
    if (breaks.size() < 2)
        return colours;
    int negative = 0, positive = 0;
    for (size_t i = 0; i + 1 < breaks.size(); ++i) {
        negative += breaks[i + 1] <= 0 ? 1 : 0;
        positive += breaks[i] >= 0 ? 1 : 0;
    }
    int neg = 0, pos = 0;
    for (size_t i = 0; i + 1 < breaks.size(); ++i) {
        double t = 0;
        if (breaks[i + 1] <= 0 && !(breaks[i] == 0 && breaks[i + 1] == 0))
            t = -(0.3 + 0.7 * double(negative - neg++) / negative);
        else if (breaks[i] >= 0)
            t = 0.3 + 0.7 * double(++pos) / positive;
        colours << diverging(t);
    }
    return colours;
}

QColor noDataFill() { return QColor(0xf2, 0xf2, 0xf2); }
QColor noDataHatch() { return QColor(0x9a, 0x9a, 0x9a); }

} // namespace odema::geo
