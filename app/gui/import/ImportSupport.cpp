#include "gui/import/ImportSupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace odema::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportSupport)
};
} // namespace

DroppedFiles sortDroppedUrls(const QList<QUrl> &urls)
{
    DroppedFiles d;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            d.refused << Tr::tr("« %1 » n'est pas un fichier de cet ordinateur : enregistrez-le d'abord.").arg(url.toDisplayString());
            continue;
        }
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            d.refused << Tr::tr("« %1 » est un dossier : déposez les fichiers qu'il contient.").arg(info.fileName());
        else
            d.files << info.absoluteFilePath();
    }
    return d;
}

} // namespace odema::gui
