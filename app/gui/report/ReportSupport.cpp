#include "gui/report/ReportSupport.h"

#include "common/OdemaError.h"
#include "gui/report/FactSheetDialog.h"
#include "gui/report/FactSheetSeriesDialog.h"
#include "gui/report/ReportTemplateDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

namespace odema::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportSupport)
};

qint64 selectedTerritory(const ReportSelection &s)
{
    return s.filter.territories.isEmpty() ? 0 : s.filter.territories.first().territoryId;
}
} // namespace

QString userReportTemplatePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("modele-fiche.json"));
}

report::ReportTemplate userReportTemplate()
{
    const QString path = userReportTemplatePath();
    if (QFile::exists(path)) {
        try {
            return report::ReportTemplate::load(path);
        } catch (const OdemaError &) {
            // A broken user file falls back to the defaults; the settings dialog says why.
        }
    }
    return report::ReportTemplate::defaults();
}

void installReportActions(QMainWindow *window, std::function<ReportSelection()> selection)
{
    QMenu *menu = window->menuBar()->addMenu(Tr::tr("F&iches"));
    menu->addAction(Tr::tr("&Fiche territoriale…"), QKeySequence(Tr::tr("Ctrl+R")), window, [window, selection] {
        const ReportSelection s = selection();
        try {
            // yearTo: the latest year of the selection; 0 = the latest year with data.
            auto *dialog = new FactSheetDialog(s.storePath, selectedTerritory(s), s.filter.yearTo, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        } catch (const OdemaError &e) {
            QMessageBox::warning(window, Tr::tr("Fiche territoriale"), e.message());
        }
    });
    menu->addAction(Tr::tr("Fiches en &série…"), window, [window, selection] {
        const ReportSelection s = selection();
        try {
            FactSheetSeriesDialog dialog(s.storePath, selectedTerritory(s), s.filter.yearTo, window);
            dialog.exec();
        } catch (const OdemaError &e) {
            QMessageBox::warning(window, Tr::tr("Fiches en série"), e.message());
        }
    });
    menu->addSeparator();
    menu->addAction(Tr::tr("&Modèle de fiche…"), window, [window] {
        ReportTemplateDialog dialog(window);
        dialog.exec();
    });
}

} // namespace odema::gui
