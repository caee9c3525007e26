#include "gui/GuiMain.h"

#include "common/OdemaError.h"
#include "gui/MainWindow.h"
#include "gui/SampleImportDialog.h"
#include "gui/charts/ChartTab.h"
#include "gui/map/MapTab.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace odema::gui {

QString defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("odema.sqlite"));
}

int run(QApplication &app, const QStringList &arguments, const SampleDataLocation &sample)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QObject::tr("Base à ouvrir."), QStringLiteral("BASE")});
    parser.process(arguments);
    // Without --db: the store of the last session when it is still there, else the default one.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastStore")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultStorePath();
    }

    if (!QFileInfo::exists(path) && !parser.isSet(QStringLiteral("db"))) {
        const QString dataDir = SampleData::locate(sample.sourceTree, sample.installedSubdir);
        if (!dataDir.isEmpty() && !importSampleData(path, dataDir, nullptr))
            QFile::remove(path); // a cancelled first fill leaves no half-made default store
    }
    try {
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        MainWindow window(std::move(store));
        installChartTab(window); // "Graphiques" tab, following the explorer selection
        installMapTab(window);   // "Carte" tab, same selection; a click selects in the tree
        window.show();
        return app.exec();
    } catch (const OdemaError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Odema Explorer"), e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n')));
        return 1;
    }
}

} // namespace odema::gui
