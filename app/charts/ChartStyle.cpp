#include "charts/ChartStyle.h"

#include "common/FrenchFormat.h"

#include <QFontDatabase>
#include <algorithm>
#include <cmath>

namespace odema::charts {

namespace style {

QString fontFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/odema/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/odema/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return family;
}

namespace {
double g_fontScale = 1.0; // charts are built on the GUI thread only
} // namespace

ScopedFontScale::ScopedFontScale(double scale) : m_previous(g_fontScale)
{
    g_fontScale = scale;
}

ScopedFontScale::~ScopedFontScale()
{
    g_fontScale = m_previous;
}

double fontScaleForWidth(double logicalWidth)
{
    return std::clamp(logicalWidth / 520.0, 0.85, 1.0);
}

QFont font(double pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(std::max(6, qRound(pixelSize * g_fontScale)));
    f.setBold(bold);
    // No hinting: glyph metrics then scale linearly, so a 300 dpi export has the layout of
    // the 96 dpi one and the reference image is the same on every machine.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QFont titleFont() { return font(15, true); }
QFont subtitleFont() { return font(12); }
QFont axisLabelFont() { return font(11); }
QFont axisTitleFont() { return font(11); }
QFont legendFont() { return font(11); }
QFont footerFont() { return font(9.5); }
QColor textColour() { return QColor(QStringLiteral("#222222")); }
QColor mutedTextColour() { return QColor(QStringLiteral("#555555")); }
QColor gridColour() { return QColor(QStringLiteral("#DDDDDD")); }
QColor highlightColour() { return QColor(QStringLiteral("#25409A")); }

} // namespace style

QList<Tick> niceTicks(double min, double max, int wanted)
{
    if (!(max > min))
        max = min + 1;
    wanted = std::max(2, wanted);
    const double raw = (max - min) / wanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    // Decimals the step needs ("2,5" needs one, "0,25" two).
    int decimals = 0;
    while (decimals < 6 && std::fabs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    QList<Tick> ticks;
    const double start = std::floor(min / step) * step;
    for (double v = start; v < max + step * 0.999; v += step)
        ticks << Tick{v, formatNumber(std::fabs(v) < step * 1e-9 ? 0.0 : v, decimals)};
    return ticks;
}

} // namespace odema::charts
