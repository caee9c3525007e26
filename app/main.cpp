// odema-explorer: without a verb it opens the window; with a verb it works headless.
#include "cli/CommandLine.h"
#include "gui/GuiMain.h"
#include "report/FactSheetWorkers.h"
#include "settings/InterfaceLanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Odema"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cerdd.org"));
    QCoreApplication::setApplicationName(QStringLiteral("odema-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODEMA_VERSION));

    if (odema::cli::isHeadless(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (odema::cli::needsGui(arguments)) {
            // Charts and reports draw through Qt Charts, which needs a QApplication; without a
            // display, the offscreen platform serves.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        odema::InterfaceLanguage::install(*app); // --help and messages in the user's language
        odema::report::setWorkerProgram(QCoreApplication::applicationFilePath()); // draws series of sheets
        return odema::cli::run(arguments);
    }

    QApplication app(argc, argv);
    odema::InterfaceLanguage::install(app);
    odema::report::setWorkerProgram(QCoreApplication::applicationFilePath()); // draws series of sheets
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cerdd.OdemaExplorer")); // matches the .desktop entry
    app.setWindowIcon(QIcon(QStringLiteral(":/odema/icons/odema-explorer.svg")));
    odema::gui::SampleDataLocation sample;
    sample.sourceTree = QStringLiteral(ODEMA_SOURCE_DATA_DIR);
    sample.installedSubdir = QStringLiteral(ODEMA_INSTALL_DATA_SUBDIR);
    return odema::gui::run(app, arguments, sample);
}
