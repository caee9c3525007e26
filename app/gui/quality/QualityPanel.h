#pragma once
// The "Qualité" tab: the findings of the quality checks (core/quality) on the whole store,
// filterable by severity and text, sortable, each with the analyst's comment when it was
// acknowledged. The checks run on a worker thread with its own connection, the first time the
// tab is shown and on "Relancer". A double-click asks the window to show the rows a finding is
// about; acknowledging writes the comment to the store.
#include "quality/QualityFinding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace odema {
class Store;
}

namespace odema::gui {

class QualityFilterProxy;
class QualityModel;
class QueryThread;

class QualityPanel : public QWidget {
    Q_OBJECT
public:
    explicit QualityPanel(Store &store, QWidget *parent = nullptr);
    ~QualityPanel() override;

    QualityModel *model() const { return m_model; }
    QualityFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *severityFilter() const { return m_severity; }
    QLineEdit *searchBox() const { return m_search; }
    QLineEdit *commentBox() const { return m_comment; }
    QString summaryText() const;
    /// True while a run of the checks is under way (checked() follows).
    bool isRunning() const { return m_running; }

public slots:
    /// Runs the checks again (on the worker) and shows what they find.
    void refresh();
    /// Records the comment box's text on the current finding; says why when it cannot.
    void acknowledgeCurrent();
    void withdrawCurrent();

signals:
    /// The user double-clicked a finding: show the rows it is about.
    void findingActivated(const odema::QualityFinding &finding);
    /// A run of the checks finished and the table shows it.
    void checked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    int currentRow() const; ///< model row of the current finding, -1 when none
    void showCurrent();

    Store &m_store;
    QueryThread *m_thread = nullptr;
    QualityModel *m_model = nullptr;
    QualityFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_rerun = nullptr;
    QLabel *m_summary = nullptr;
    bool m_started = false;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace odema::gui
