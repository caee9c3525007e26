#pragma once
// Colours of choropleth classes: ColorBrewer YlOrBr for amounts (sequential, light = little),
// a blue–white–red ramp for changes between two years (diverging around zero: a fall in
// blue, a rise in red), and the hatching of territories without data.
#include <QColor>
#include <QList>
#include <vector>

namespace odema::geo {

/// `classes` colours (3–9), light to dark.
QList<QColor> sequentialPalette(int classes);
/// One colour per class of `breaks`, centred on zero: the class holding zero is near white.
QList<QColor> divergingPalette(const std::vector<double> &breaks);

QColor noDataFill();
QColor noDataHatch();

} // namespace odema::geo
