#include "gui/explorer/TerritoryTreeModel.h"

#include "common/TextKey.h"
#include "query/FlowQuery.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryLevel.h"

#include <QSqlQuery>

namespace odema::gui {

namespace {

const char *const kColumns = "t.id, t.level, t.code, t.name, "
                             "EXISTS(SELECT 1 FROM territory_link k WHERE k.parent_id = t.id AND k.year_to IS NULL)";

} // namespace

TerritoryTreeModel::TerritoryTreeModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db)), m_root(std::make_unique<Node>()), m_matches(std::make_unique<Node>())
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory t WHERE t.level = 'france'").arg(QLatin1String(kColumns)));
    while (q.next())
        adopt(m_root.get(), readNode(q));
    m_root->loaded = true;
    m_matches->loaded = true;
}

TerritoryTreeModel::~TerritoryTreeModel() = default;

std::unique_ptr<TerritoryTreeModel::Node> TerritoryTreeModel::readNode(const QSqlQuery &q)
{
    auto node = std::make_unique<Node>();
    node->id = q.value(0).toLongLong();
    node->level = q.value(1).toString();
    node->code = q.value(2).toString();
    node->name = q.value(3).toString();
    node->hasChildren = q.value(4).toBool();
    return node;
}

void TerritoryTreeModel::adopt(Node *parent, std::unique_ptr<Node> child)
{
    child->parent = parent;
    child->row = int(parent->children.size());
    parent->children.push_back(std::move(child));
}

std::vector<std::unique_ptr<TerritoryTreeModel::Node>> TerritoryTreeModel::queryChildren(qint64 parentId) const
{
    // Names in French order (Île-de-France among the I), as people look for them.
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory_link l JOIN territory t ON t.id = l.child_id "
                                                 "WHERE l.parent_id = ? AND l.year_to IS NULL ORDER BY %2")
                                      .arg(QLatin1String(kColumns), frenchNameOrder(QStringLiteral("t"))), {parentId});
    std::vector<std::unique_ptr<Node>> all;
    int shallowest = 99;
    while (q.next()) {
        auto node = readNode(q);
        if (const auto level = levelFromKey(node->level))
            shallowest = qMin(shallowest, levelDepth(*level));
        all.push_back(std::move(node));
    }
    // A département links to its EPCI and to its communes: show the next level down only
    // (EPCI and syndicats), and the communes under them.
    std::vector<std::unique_ptr<Node>> kept;
    for (auto &node : all) {
        const auto level = levelFromKey(node->level);
        if (!level || levelDepth(*level) == shallowest)
            kept.push_back(std::move(node));
    }
    return kept;
}

void TerritoryTreeModel::loadChildren(Node *node, bool notify)
{
    if (node->loaded)
        return;
    auto children = queryChildren(node->id);
    node->loaded = true;
    if (children.empty()) {
        node->hasChildren = false;
        return;
    }
    if (notify)
        beginInsertRows(indexOf(node), 0, int(children.size()) - 1);
    for (size_t i = 0; i < children.size(); ++i) {
        children[i]->parent = node;
        children[i]->row = int(i);
    }
    node->children = std::move(children);
    if (notify)
        endInsertRows();
}

void TerritoryTreeModel::setSearch(const QString &text)
{
    const QString key = foldKey(text);
    beginResetModel();
    m_matches->children.clear();
    m_searching = !key.isEmpty();
    if (m_searching) {
        const QString pattern = FlowQuery::containsPattern(key);
        // Exact names and codes first, then by level (régions before communes), then name.
        QSqlQuery q = sql::exec(m_db, QStringLiteral(
            "SELECT %1 FROM territory t WHERE t.search_key LIKE ? ESCAPE '\\' OR lower(t.code) LIKE ? ESCAPE '\\' "
            "ORDER BY (t.search_key = ? OR lower(t.code) = ?) DESC, "
            "CASE t.level WHEN 'france' THEN 0 WHEN 'region' THEN 1 WHEN 'departement' THEN 2 WHEN 'epci' THEN 3 "
            "WHEN 'syndicat' THEN 3 ELSE 4 END, %2 LIMIT %3")
                                      .arg(QLatin1String(kColumns), frenchNameOrder(QStringLiteral("t")), QString::number(kMaxMatches)),
            {pattern, pattern, key, key});
        while (q.next()) {
            auto node = readNode(q);
            node->hasChildren = false; // matches are a flat list
            node->loaded = true;
            adopt(m_matches.get(), std::move(node));
        }
    }
    endResetModel();
}

TerritoryTreeModel::Node *TerritoryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_searching ? m_matches.get() : m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex TerritoryTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get() || node == m_matches.get())
        return QModelIndex();
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex TerritoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex TerritoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOf(nodeOf(child)->parent);
}

int TerritoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TerritoryTreeModel::columnCount(const QModelIndex &) const { return 1; }

bool TerritoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return n->loaded ? !n->children.empty() : n->hasChildren;
}

bool TerritoryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return !n->loaded && n->hasChildren;
}

void TerritoryTreeModel::fetchMore(const QModelIndex &parent)
{
    loadChildren(nodeOf(parent), true);
}

QVariant TerritoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node *n = nodeOf(index);
    const auto level = levelFromKey(n->level);
    switch (role) {
    case Qt::DisplayRole:
        if (m_searching)
            return tr("%1 — %2 %3").arg(n->name, level ? levelLabel(*level) : n->level, n->code);
        return n->name;
    case Qt::ToolTipRole:
        return tr("%1 (%2 %3)").arg(n->name, level ? levelLabel(*level) : n->level, n->code);
    case IdRole:
        return n->id;
    case RefRole:
        return n->level + QLatin1Char(':') + n->code;
    default:
        return QVariant();
    }
}

QModelIndex TerritoryTreeModel::indexOfId(qint64 id) const
{
    std::vector<const Node *> stack{m_searching ? m_matches.get() : m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n->id == id && n != m_root.get() && n != m_matches.get())
            return indexOf(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return QModelIndex();
}

QModelIndex TerritoryTreeModel::revealId(qint64 id)
{
    if (m_searching)
        return indexOfId(id);
    // Ancestors from the top (largest depth first) down to the territory, through the closure.
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT ancestor_id FROM territory_closure WHERE descendant_id = ? AND depth > 0 "
                                                 "ORDER BY depth DESC"), {id});
    QList<qint64> path;
    while (q.next())
        path << q.value(0).toLongLong();
    for (qint64 ancestor : path) {
        const QModelIndex i = indexOfId(ancestor);
        if (i.isValid())
            loadChildren(nodeOf(i), true);
    }
    return indexOfId(id);
}

} // namespace odema::gui
