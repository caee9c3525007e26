#pragma once
// The publication style shared by every chart: bundled font, sizes in pixels of a 96 dpi
// layout (a 160 mm chart is 605 px wide and is scaled, not re-laid out, for 300 dpi), greys,
// and the French tick labels Qt's own axes cannot produce.
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace odema::charts {

namespace style {
constexpr double kLayoutDpi = 96.0;
QString fontFamily(); ///< loads the bundled DejaVu Sans once; its family name
QFont font(double pixelSize, bool bold = false);
/// Fonts shrink a little for narrow exports (down to 85 % at 8 cm: about 7 pt in print);
/// the exporter sets the scale while it builds a chart, the window keeps 1.
class ScopedFontScale {
public:
    explicit ScopedFontScale(double scale);
    ~ScopedFontScale();
    ScopedFontScale(const ScopedFontScale &) = delete;
    ScopedFontScale &operator=(const ScopedFontScale &) = delete;

private:
    double m_previous;
};
/// Scale for a chart laid out `logicalWidth` px wide (96 dpi).
double fontScaleForWidth(double logicalWidth);
QFont titleFont();
QFont subtitleFont();
QFont axisLabelFont();
QFont axisTitleFont();
QFont legendFont();
QFont footerFont();
QColor textColour();
QColor mutedTextColour();
QColor gridColour();
QColor highlightColour();
} // namespace style

struct Tick {
    double value;
    QString label;
};

/// "Nice" ticks from 0 (or min) to at least max, about `wanted` of them, French labels.
QList<Tick> niceTicks(double min, double max, int wanted);

} // namespace odema::charts
