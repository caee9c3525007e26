#pragma once
// Pages of several PDF files put together into one, with QPDF (Debian's libqpdf): the combined
// fact sheets drawn by several worker processes become one document without drawing anything
// again. Pages are copied with everything they use (fonts, images).
#include <QList>
#include <QString>

namespace odema::report {

struct PdfPage {
    QString file;
    int index = 0; ///< 0-based page of `file`
};

/// Writes `pages`, in order, to `path` (complete or not at all). The document information
/// (title, creator) is the first file's. Throws OdemaError naming the file that failed.
void assemblePdf(const QList<PdfPage> &pages, const QString &path);

} // namespace odema::report
