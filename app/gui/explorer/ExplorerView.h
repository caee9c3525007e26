#pragma once
// The explorer: territory tree and search on the left; filter bar, then the tabs (Tableau,
// Tableau croisé, and those other parts of the application add) on the right. It turns what the
// user picks into one FlowFilter, hands it to the models, and reports the row count and totals.
#include "export/ResultExport.h"
#include "query/FilterChoices.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"
#include "view/ViewState.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace odema {
class Store;
}

namespace odema::gui {

class FilterBar;
class FlowTableModel;
class PivotModel;
class TerritoryTreeModel;

class ExplorerView : public QWidget {
    Q_OBJECT
public:
    explicit ExplorerView(Store &store, QWidget *parent = nullptr);
    ~ExplorerView() override;

    FlowFilter currentFilter() const { return m_filter; }
    /// The tab widget, for other views (charts…) to add their tab.
    QTabWidget *tabs() const { return m_tabs; }
    FilterBar *filterBar() const { return m_filterBar; }
    FlowTableModel *tableModel() const { return m_table; }
    PivotModel *pivotModel() const { return m_pivot; }
    QTableView *tableView() const { return m_tableView; }
    QTableView *pivotView() const { return m_pivotView; }
    QTreeView *territoryView() const { return m_treeView; }
    QLineEdit *territorySearch() const { return m_search; }
    bool isPivotShown() const;
    void showPivot(bool pivot);

    /// Selects these territories in the tree (opening branches) and applies them.
    void selectTerritories(const QList<qint64> &ids);
    /// Where a store opens the first time: the observatory's région with its départements
    /// shown below it (France when the store has no such région).
    static constexpr const char *kHomeTerritory = "region:32";
    void selectHome();
    /// "12 345 lignes — 1 412 078,62 t" for the status bar.
    QString statusText() const { return m_statusText; }

    /// Copies the selected cells of the current table as tab-separated text.
    void copySelection();
    /// The whole current result (table or cross table), not only the rows loaded so far.
    ExportJob exportJob() const;

    /// Shows `filter` whole: territories selected in the tree, "include contained", filter bar;
    /// applies it once.
    void showFilter(const FlowFilter &filter);
    void setSort(const FlowSort &sort);
    PivotOptions pivotOptions() const;
    void setPivotOptions(const PivotOptions &options);
    /// Property of each tab page naming what it shows (viewTabKey), for saved views.
    static constexpr const char *kViewTabProperty = "odemaViewTab";

    /// The selection (as territory references, so a copy of the store restores it too),
    /// filters, tabs and column layout; restoreState() falls back to selectHome() for a store
    /// that has no saved selection.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void filterChanged(const odema::FlowFilter &filter);
    void statusChanged(const QString &text);

private:
    void applyFilter();
    void updatePivot();
    void updateStatus();
    void onTreeSelection();
    QWidget *buildLeft();
    QWidget *buildPivotTab();

    Store &m_store;
    FilterChoices m_choices;
    FlowFilter m_filter;
    QString m_statusText;
    TerritoryTreeModel *m_tree = nullptr;
    FlowTableModel *m_table = nullptr;
    PivotModel *m_pivot = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_treeView = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QCheckBox *m_withChildren = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_tableView = nullptr;
    QTableView *m_pivotView = nullptr;
    QComboBox *m_pivotRows = nullptr;
    QComboBox *m_pivotMeasure = nullptr;
    QLabel *m_pivotNote = nullptr;
    QList<qint64> m_selectedIds; ///< kept apart from the tree's selection, which a search resets
    bool m_pivotDirty = true;
    bool m_treeUpdating = false;
};

} // namespace odema::gui
