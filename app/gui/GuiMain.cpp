#include "gui/GuiMain.h"

#include "common/OdemaError.h"
#include "gui/MainWindow.h"
#include "gui/SampleImportDialog.h"
#include "gui/charts/ChartTab.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/map/MapTab.h"
#include "gui/quality/QualityPanel.h"
#include "gui/quality/QualityTab.h"
#include "sample/SampleData.h"
#include "settings/StoreLocation.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace odema::gui {

namespace {

/// ODEMA_STARTUP_TRACE=1: one line on stderr at each step of the start, for bench-first-start.
class StartupTrace {
public:
    StartupTrace() : m_on(qEnvironmentVariableIsSet("ODEMA_STARTUP_TRACE")) { m_clock.start(); }
    void operator()(const char *step) const
    {
        if (m_on) {
            std::fprintf(stderr, "odema-startup %s %lld ms\n", step, static_cast<long long>(m_clock.elapsed()));
            std::fflush(stderr);
        }
    }

private:
    bool m_on;
    QElapsedTimer m_clock;
};

/// A new default store: a copy of the sample store the build made (instant), else the sample
/// files imported under a progress dialog. False when the user cancelled or it failed.
bool fillFirstStore(const QString &path, const QString &dataDir)
{
    if (const QString prebuilt = SampleData::prebuiltStore(dataDir); !prebuilt.isEmpty()) {
        try {
            SampleData::copyPrebuilt(prebuilt, path);
            return true;
        } catch (const OdemaError &e) {
            qWarning("%s", qPrintable(e.message())); // the files are still there to import
        }
    }
    return importSampleData(path, dataDir, nullptr);
}

/// Tells the trace when the table first shows rows of the selection the window opened on;
/// with ODEMA_STARTUP_SCREENSHOT=file.png, saves a picture of the window then (the README's).
void traceFirstRows(MainWindow &window, const StartupTrace &trace)
{
    auto *explorer = window.findChild<ExplorerView *>();
    if (!explorer)
        return;
    FlowTableModel *model = explorer->tableModel();
    auto *once = new QObject(model);
    QObject::connect(model, &FlowTableModel::windowLoaded, once, [&window, model, once, trace] {
        if (model->rowCount() == 0 || !model->isUpToDate())
            return;
        QTimer::singleShot(0, [trace] { trace("first-rows"); }); // after the repaint it caused
        if (const QString shot = qEnvironmentVariable("ODEMA_STARTUP_SCREENSHOT"); !shot.isEmpty())
            QTimer::singleShot(500, &window, [&window, shot] {
                // A view opened on the Qualité tab (--view): the picture waits for its checks.
                auto *quality = qobject_cast<QualityPanel *>(window.tabs()->currentWidget());
                if (!quality || !quality->isRunning()) {
                    window.grab().save(shot);
                    return;
                }
                QObject::connect(quality, &QualityPanel::checked, &window, [&window, shot] { window.grab().save(shot); },
                                 Qt::SingleShotConnection);
            });
        delete once;
    });
}

} // namespace

int run(QApplication &app, const QStringList &arguments, const SampleDataLocation &sample)
{
    const StartupTrace trace;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QObject::tr("Base à ouvrir."), QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("view"), QObject::tr("Vue enregistrée à ouvrir (Fichier › Enregistrer la vue)."), QStringLiteral("VUE")});
    parser.process(arguments);
    // Without --db: the store of the last session when it is still there, else the default one.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = StoreLocation::lastOrDefault();

    if (!QFileInfo::exists(path) && !parser.isSet(QStringLiteral("db"))) {
        const QString dataDir = SampleData::locate(sample.sourceTree, sample.installedSubdir);
        if (!dataDir.isEmpty() && !fillFirstStore(path, dataDir))
            QFile::remove(path); // a cancelled first fill leaves no half-made default store
    }
    trace("store-ready");
    try {
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        MainWindow window(std::move(store));
        installChartTab(window); // "Graphiques" tab, following the explorer selection
        installMapTab(window);   // "Carte" tab, same selection; a click selects in the tree
        installQualityTab(window); // "Qualité" tab: the quality checks; a double-click shows the rows
        traceFirstRows(window, trace);
        window.show();
        trace("window-shown");
        if (parser.isSet(QStringLiteral("view")))
            window.openView(parser.value(QStringLiteral("view")));
        return app.exec();
    } catch (const OdemaError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Odema Explorer"), e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n')));
        return 1;
    }
}

} // namespace odema::gui
