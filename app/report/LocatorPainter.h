#pragma once
// Draws a fact sheet's locator (SheetLocator): the neighbours as light shapes, the territory in
// the observatory's amber, meant for the sheet's coloured header band. One drawing for the PDF
// page and the HTML page's SVG.
#include "report/FactSheetLocator.h"

class QPainter;

namespace odema::report {

/// Fits the locator into `frame` (north up, aspect kept); `unitsPerMm` sizes the outlines.
void paintLocatorMap(QPainter &painter, const SheetLocator &locator, const QRectF &frame, double unitsPerMm);

/// The locator alone as an SVG document (`widthMm` × `heightMm`, transparent background).
QByteArray locatorSvg(const SheetLocator &locator, double widthMm, double heightMm);

} // namespace odema::report
