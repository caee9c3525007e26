#pragma once
// The main window: menus, the explorer over the open store, and the status bar. It only shows
// and forwards; the data work lives in odema_core and the explorer's models.
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace odema {
class Store;
}

namespace odema::gui {

class ExplorerView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Builds a view added as a tab after "Tableau" and "Tableau croisé" (charts…). Called again
    /// each time another store is opened, since the views are rebuilt over the new store.
    using TabFactory = std::function<QWidget *(MainWindow &window)>;

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    ExplorerView *explorer() const { return m_explorer; }
    /// The tabs of the explorer (valid until another store is opened).
    QTabWidget *tabs() const;
    void addViewTab(const QString &title, TabFactory factory);

    /// Row count and total tonnes of the current filter, as the status bar shows them.
    QString statusText() const;

    /// Opens another store in this window; shows why when it cannot. Returns true on success.
    bool openStore(const QString &path, bool create);

    static QStringList recentStores();

    /// Opens the import dialog (one per window) with `files` added.
    void importFiles(const QStringList &files = {});
    /// Opens a saved view (Fichier › Ouvrir une vue, a dropped view file, `--view FILE`),
    /// saying what it could not restore.
    void openView(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildExplorer();
    void rememberStore();
    void refreshRecentMenu();
    void newStore();
    void openStoreDialog();
    void exportResult();
    void refreshSummary();

    std::unique_ptr<Store> m_store;
    ExplorerView *m_explorer = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QPair<QString, TabFactory>> m_tabFactories;
};

} // namespace odema::gui
