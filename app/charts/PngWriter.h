#pragma once
// A small PNG encoder for chart exports: RGB, 8 bits, the resolution in a pHYs chunk, zlib at
// its fastest level. Qt's PNG writer spends ~140 ms on a 300 dpi chart whatever the
// compression; flat chart images need none of its generality.
#include <QImage>
#include <QString>

namespace odema::charts {

/// Writes `image` (any format; drawn opaque) with its dotsPerMeter as the PNG resolution.
/// Returns false when the file cannot be written.
bool writePng(const QImage &image, const QString &path);

} // namespace odema::charts
