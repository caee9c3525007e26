#pragma once
// Files dropped on the main window, sorted before the import dialog sees them: local files go
// to the dialog; folders and other URLs (web links, mail parts) are named in the status bar.
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace odema::gui {

struct DroppedFiles {
    QStringList files;   ///< local files, in the order dropped
    QStringList refused; ///< French reasons, one per URL left out
};

DroppedFiles sortDroppedUrls(const QList<QUrl> &urls);

} // namespace odema::gui
