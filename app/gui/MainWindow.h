#pragma once
// The main window: menus, the views over the open store, and a status line. It only shows and
// forwards; the data work lives in odema_core.
#include <QMainWindow>
#include <memory>

class QLabel;

namespace odema {
class Store;
}

namespace odema::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    QString statusText() const;

private:
    void refreshStatus();

    std::unique_ptr<Store> m_store;
    QLabel *m_status = nullptr;
};

} // namespace odema::gui
