#include "gui/explorer/ExplorerView.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "export/ResultExport.h"
#include "gui/explorer/FilterBar.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/explorer/PivotModel.h"
#include "gui/explorer/SelectionCopy.h"
#include "gui/explorer/TerritoryTreeModel.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace odema::gui {

namespace {

constexpr int kCopyLimit = 200000; ///< rows a copy fetches at most (a clipboard is not an export)

void setupTableView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures a million rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

ExplorerView::ExplorerView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_choices(FilterChoices::load(store.database()))
{
    m_tree = new TerritoryTreeModel(store.database(), this);
    m_table = new FlowTableModel(store.location(), this);
    m_pivot = new PivotModel(store.location(), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("explorerSplitter"));
    layout->addWidget(m_splitter);
    m_splitter->addWidget(buildLeft());

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FilterBar(m_choices, right);
    rightLayout->addWidget(m_filterBar);
    m_tabs = new QTabWidget(right);
    m_tabs->setDocumentMode(true);
    rightLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 1000});

    m_tableView = new QTableView(m_tabs);
    m_tableView->setObjectName(QStringLiteral("flowTable"));
    setupTableView(m_tableView);
    m_tableView->setModel(m_table);
    m_tableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tableView->setSortingEnabled(true);
    const int widths[] = {60, 90, 190, 95, 60, 190, 200, 110, 80, 260};
    for (int c = 0; c < int(FlowColumn::Count); ++c)
        m_tableView->setColumnWidth(c, widths[c]);
    m_tabs->addTab(m_tableView, tr("Tableau"));
    m_tableView->setProperty(kViewTabProperty, viewTabKey(ViewTab::Table));
    QWidget *pivotTab = buildPivotTab();
    pivotTab->setProperty(kViewTabProperty, viewTabKey(ViewTab::Pivot));
    m_tabs->addTab(pivotTab, tr("Tableau croisé"));

    connect(m_filterBar, &FilterBar::changed, this, &ExplorerView::applyFilter);
    connect(m_table, &FlowTableModel::countChanged, this, &ExplorerView::updateStatus);
    connect(m_table, &FlowTableModel::modelReset, this, &ExplorerView::updateStatus);
    connect(m_table, &FlowTableModel::totalsChanged, this, &ExplorerView::updateStatus);
    connect(m_table, &FlowTableModel::loadFailed, this, [this](const QString &message) {
        m_statusText = tr("Lecture impossible : %1").arg(message);
        emit statusChanged(m_statusText);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isPivotShown() && m_pivotDirty)
            updatePivot();
    });
    applyFilter();
}

ExplorerView::~ExplorerView() = default;

QWidget *ExplorerView::buildLeft()
{
    auto *left = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Chercher un territoire (nom ou code)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_treeView = new QTreeView(left);
    m_treeView->setObjectName(QStringLiteral("territoryTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->expand(m_tree->index(0, 0));
    layout->addWidget(m_treeView, 1);
    m_withChildren = new QCheckBox(tr("Inclure les territoires contenus"), left);
    m_withChildren->setChecked(true);
    m_withChildren->setToolTip(tr("Coché : une région compte ses départements (les tonnages SINOE® sont donnés par département). "
                                  "Décoché : seulement les lignes du territoire lui-même."));
    layout->addWidget(m_withChildren);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(FilterBar::kTextDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_treeUpdating = true;
        m_tree->setSearch(m_search->text());
        if (!m_tree->isSearching())
            m_treeView->expand(m_tree->index(0, 0));
        // Show what is still selected among the rows now listed.
        for (qint64 id : m_selectedIds)
            if (const QModelIndex i = m_tree->indexOfId(id); i.isValid())
                m_treeView->selectionModel()->select(i, QItemSelectionModel::Select);
        m_treeUpdating = false;
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExplorerView::onTreeSelection);
    connect(m_withChildren, &QCheckBox::toggled, this, &ExplorerView::applyFilter);
    return left;
}

QWidget *ExplorerView::buildPivotTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Lignes"), tab));
    m_pivotRows = new QComboBox(tab);
    m_pivotRows->addItem(tr("Territoires"), int(PivotRows::Territory));
    m_pivotRows->addItem(tr("Flux"), int(PivotRows::Stream));
    m_pivotRows->addItem(tr("Modes de traitement"), int(PivotRows::Mode));
    bar->addWidget(m_pivotRows);
    bar->addWidget(new QLabel(tr("Valeurs"), tab));
    m_pivotMeasure = new QComboBox(tab);
    m_pivotMeasure->addItem(tr("Tonnes"), int(PivotMeasure::Tonnes));
    m_pivotMeasure->addItem(tr("kg/hab"), int(PivotMeasure::KgPerInhabitant));
    m_pivotMeasure->addItem(tr("Part du total de l'année (%)"), int(PivotMeasure::Share));
    bar->addWidget(m_pivotMeasure);
    m_pivotNote = new QLabel(tab);
    m_pivotNote->setWordWrap(true);
    bar->addWidget(m_pivotNote, 1);
    layout->addLayout(bar);
    m_pivotView = new QTableView(tab);
    m_pivotView->setObjectName(QStringLiteral("pivotTable"));
    setupTableView(m_pivotView);
    m_pivotView->setModel(m_pivot);
    layout->addWidget(m_pivotView, 1);
    connect(m_pivotRows, &QComboBox::currentIndexChanged, this, &ExplorerView::updatePivot);
    connect(m_pivotMeasure, &QComboBox::currentIndexChanged, this, &ExplorerView::updatePivot);
    connect(m_pivot, &PivotModel::ready, this, [this] {
        const PivotTable &t = m_pivot->table();
        QString note = t.years.isEmpty() ? tr("Aucune donnée pour ces filtres.")
                                         : tr("Tonnages de %1 (collecte et traitement ne s'additionnent pas).").arg(t.kindTitle());
        if (!t.grandTotalNote.isEmpty()) // why the totals are missing, in one sentence
            note += QLatin1Char(' ') + t.grandTotalNote + QLatin1Char('.');
        m_pivotNote->setText(note);
        m_pivotView->resizeColumnsToContents();
        m_pivotView->setColumnWidth(0, qMin(m_pivotView->columnWidth(0), 320));
    });
    return tab;
}

bool ExplorerView::isPivotShown() const
{
    return m_tabs->currentIndex() == 1;
}

void ExplorerView::showPivot(bool pivot)
{
    m_tabs->setCurrentIndex(pivot ? 1 : 0);
}

void ExplorerView::onTreeSelection()
{
    if (m_treeUpdating)
        return;
    // Rows no longer listed (another search) stay selected; rows listed follow the view.
    QSet<qint64> listed;
    if (m_tree->isSearching())
        for (int r = 0; r < m_tree->rowCount(); ++r)
            listed.insert(m_tree->index(r, 0).data(TerritoryTreeModel::IdRole).toLongLong());
    QList<qint64> ids;
    for (qint64 id : m_selectedIds)
        if (m_tree->isSearching() && !listed.contains(id))
            ids << id;
    for (const QModelIndex &i : m_treeView->selectionModel()->selectedRows())
        ids << i.data(TerritoryTreeModel::IdRole).toLongLong();
    m_selectedIds = ids;
    applyFilter();
}

void ExplorerView::selectTerritories(const QList<qint64> &ids)
{
    m_treeUpdating = true;
    m_treeView->selectionModel()->clearSelection();
    for (qint64 id : ids) {
        const QModelIndex i = m_tree->revealId(id);
        if (!i.isValid())
            continue;
        m_treeView->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_treeView->scrollTo(i);
    }
    m_treeUpdating = false;
    m_selectedIds = ids;
    applyFilter();
}

void ExplorerView::selectHome()
{
    const auto home = TerritoryResolver(m_store.database()).find(parseTerritoryRef(QLatin1String(kHomeTerritory)));
    selectTerritories(home ? QList<qint64>{home->id} : QList<qint64>{});
    if (home)
        m_treeView->expand(m_tree->indexOfId(home->id)); // its départements, in view
}

void ExplorerView::applyFilter()
{
    FlowFilter f;
    for (qint64 id : m_selectedIds)
        f.territories << TerritorySelection{id, m_withChildren->isChecked()};
    m_filterBar->fillFilter(f);
    if (f == m_filter && m_table->countKnown())
        return;
    m_filter = f;
    m_table->setFilter(f);
    m_pivotDirty = true;
    if (isPivotShown())
        updatePivot();
    updateStatus();
    emit filterChanged(m_filter);
}

void ExplorerView::updatePivot()
{
    m_pivotDirty = false;
    m_pivotNote->setText(tr("Calcul…"));
    m_pivot->setRequest(m_filter, PivotRows(m_pivotRows->currentData().toInt()), PivotMeasure(m_pivotMeasure->currentData().toInt()));
}

void ExplorerView::updateStatus()
{
    if (!m_table->countKnown()) {
        m_statusText = m_table->isUpToDate() ? tr("Comptage des lignes…") : tr("Recherche des lignes…");
    } else {
        const qint64 rows = m_table->rowCount();
        QString text = rows == 1 ? tr("1 ligne") : tr("%1 lignes").arg(formatInteger(rows));
        if (m_table->totalsKnown()) {
            // Never a sum of two data sets: each is named with its tonnes (FlowTotals::tonnesText).
            const FlowTotals t = m_table->totals();
            if (rows > 0)
                text = tr("%1 — %2").arg(text, t.tonnesText());
        }
        m_statusText = text;
    }
    emit statusChanged(m_statusText);
}

void ExplorerView::copySelection()
{
    QTableView *view = isPivotShown() ? m_pivotView : m_tableView;
    const QModelIndexList selection = view->selectionModel()->selectedIndexes();
    if (selection.isEmpty())
        return;
    QString text;
    if (view == m_pivotView) {
        text = selectionToTsv(*m_pivot, selection, [this](int r, int c) {
            return m_pivot->index(r, c).data(PivotModel::RawValueRole);
        });
    } else {
        // Rows not loaded yet are read in one go on the window's connection.
        int first = selection.first().row(), last = first;
        for (const QModelIndex &i : selection) {
            first = qMin(first, i.row());
            last = qMax(last, i.row());
        }
        last = qMin(last, first + kCopyLimit - 1);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QVector<FlowRecord> rows = m_table->query().rows(m_store.database(), first, last - first + 1);
        QApplication::restoreOverrideCursor();
        QModelIndexList kept;
        for (const QModelIndex &i : selection)
            if (i.row() <= last)
                kept << i;
        text = selectionToTsv(*m_table, kept, [&rows, first](int r, int c) {
            const int at = r - first;
            return at < rows.size() ? rows.at(at).value(FlowColumn(c)) : QVariant();
        });
    }
    QApplication::clipboard()->setText(text);
}

ExportJob ExplorerView::exportJob() const
{
    ExportJob job;
    job.storeLocation = m_store.location();
    job.filter = m_filter;
    job.sort = m_table->flowSort();
    job.pivot = isPivotShown();
    job.expectedRows = job.pivot ? m_pivot->rowCount() : m_table->countKnown() ? m_table->rowCount() : 0;
    job.rows = PivotRows(m_pivotRows->currentData().toInt());
    job.measure = PivotMeasure(m_pivotMeasure->currentData().toInt());
    return job;
}

void ExplorerView::showFilter(const FlowFilter &filter)
{
    QList<qint64> ids;
    for (const TerritorySelection &t : filter.territories)
        ids << t.territoryId;
    {
        const QSignalBlocker blockChildren(m_withChildren), blockBar(m_filterBar);
        if (!filter.territories.isEmpty())
            m_withChildren->setChecked(filter.territories.first().includeDescendants);
        m_filterBar->setFromFilter(filter);
    }
    selectTerritories(ids); // applies the whole filter once
}

void ExplorerView::setSort(const FlowSort &sort)
{
    if (sort.column == FlowColumn::Count) {
        m_tableView->horizontalHeader()->setSortIndicator(-1, sort.order);
        m_table->sort(-1, sort.order);
    } else {
        m_tableView->sortByColumn(int(sort.column), sort.order);
    }
}

PivotOptions ExplorerView::pivotOptions() const
{
    return {PivotRows(m_pivotRows->currentData().toInt()), PivotMeasure(m_pivotMeasure->currentData().toInt())};
}

void ExplorerView::setPivotOptions(const PivotOptions &options)
{
    {
        const QSignalBlocker rows(m_pivotRows), measure(m_pivotMeasure);
        m_pivotRows->setCurrentIndex(qMax(0, m_pivotRows->findData(int(options.rows))));
        m_pivotMeasure->setCurrentIndex(qMax(0, m_pivotMeasure->findData(int(options.measure))));
    }
    m_pivotDirty = true;
    if (isPivotShown())
        updatePivot();
}

void ExplorerView::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("explorer"));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tableHeader"), m_tableView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("pivotRows"), m_pivotRows->currentIndex());
    settings.setValue(QStringLiteral("pivotMeasure"), m_pivotMeasure->currentIndex());
    // Filters name store ids: kept with the store they belong to.
    settings.setValue(QStringLiteral("filterStore"), m_store.location());
    const TerritoryResolver resolver(m_store.database());
    QStringList territories;
    for (qint64 id : m_selectedIds)
        territories << resolver.byId(id).ref().toString();
    settings.setValue(QStringLiteral("territories"), territories);
    settings.setValue(QStringLiteral("withChildren"), m_withChildren->isChecked());
    auto ids = [](const QList<qint64> &list) {
        QStringList out;
        for (qint64 id : list)
            out << QString::number(id);
        return out;
    };
    settings.setValue(QStringLiteral("yearFrom"), m_filter.yearFrom);
    settings.setValue(QStringLiteral("yearTo"), m_filter.yearTo);
    settings.setValue(QStringLiteral("streams"), ids(m_filter.streamIds));
    settings.setValue(QStringLiteral("modes"), ids(m_filter.modeIds));
    settings.setValue(QStringLiteral("channels"), ids(m_filter.channelIds));
    settings.setValue(QStringLiteral("kind"), int(m_filter.kind));
    settings.setValue(QStringLiteral("text"), m_filter.text);
    settings.endGroup();
}

void ExplorerView::restoreState(const QSettings &settings)
{
    const QString g = QStringLiteral("explorer/");
    m_splitter->restoreState(settings.value(g + QStringLiteral("splitter")).toByteArray());
    m_tableView->horizontalHeader()->restoreState(settings.value(g + QStringLiteral("tableHeader")).toByteArray());
    m_pivotRows->setCurrentIndex(qBound(0, settings.value(g + QStringLiteral("pivotRows")).toInt(), m_pivotRows->count() - 1));
    m_pivotMeasure->setCurrentIndex(qBound(0, settings.value(g + QStringLiteral("pivotMeasure")).toInt(), m_pivotMeasure->count() - 1));
    const int tab = settings.value(g + QStringLiteral("tab")).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    if (settings.value(g + QStringLiteral("filterStore")).toString() != m_store.location()) {
        selectHome();
        return;
    }
    auto ids = [&settings, &g](const char *key) {
        QList<qint64> out;
        for (const QString &s : settings.value(g + QLatin1String(key)).toStringList())
            out << s.toLongLong();
        return out;
    };
    FlowFilter f;
    f.yearFrom = settings.value(g + QStringLiteral("yearFrom")).toInt();
    f.yearTo = settings.value(g + QStringLiteral("yearTo")).toInt();
    f.streamIds = ids("streams");
    f.modeIds = ids("modes");
    f.channelIds = ids("channels");
    f.kind = FlowFilter::Kind(qBound(0, settings.value(g + QStringLiteral("kind")).toInt(), 2));
    f.text = settings.value(g + QStringLiteral("text")).toString();
    m_withChildren->blockSignals(true);
    m_withChildren->setChecked(settings.value(g + QStringLiteral("withChildren"), true).toBool());
    m_withChildren->blockSignals(false);
    m_filterBar->blockSignals(true);
    m_filterBar->setFromFilter(f);
    m_filterBar->blockSignals(false);
    const TerritoryResolver resolver(m_store.database());
    QList<qint64> territories;
    for (const QString &ref : settings.value(g + QStringLiteral("territories")).toStringList()) {
        if (!looksLikeTerritoryRef(ref))
            continue; // an id saved by an older version: its territory may be another one now
        if (const auto t = resolver.find(parseTerritoryRef(ref)))
            territories << t->id;
    }
    selectTerritories(territories);
}

} // namespace odema::gui
