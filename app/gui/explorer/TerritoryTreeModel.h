#pragma once
// France > régions > départements > EPCI / syndicats > communes, only the levels present in the
// store, children read when a branch is opened. A search replaces the tree by the territories
// whose name or code contains the text, case and accents ignored ("hauts de france", "2a").
#include <QAbstractItemModel>
#include <QSqlDatabase>
#include <memory>
#include <vector>

namespace odema::gui {

class TerritoryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RefRole = Qt::UserRole + 2; ///< "region:32"
    static constexpr int kMaxMatches = 300;

    explicit TerritoryTreeModel(QSqlDatabase db, QObject *parent = nullptr);
    ~TerritoryTreeModel() override;

    /// Empty text: the tree. Otherwise a flat list of matches (at most kMaxMatches).
    void setSearch(const QString &text);
    bool isSearching() const { return m_searching; }
    /// Index of a territory already loaded in the tree or the matches (invalid otherwise).
    QModelIndex indexOfId(qint64 id) const;
    /// Opens the branches down to `id` (loading them) and returns its index.
    QModelIndex revealId(qint64 id);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node {
        qint64 id = 0;
        QString level;
        QString code;
        QString name;
        Node *parent = nullptr;
        bool hasChildren = false;
        bool loaded = false;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    static std::unique_ptr<Node> readNode(const class QSqlQuery &q); ///< from a row of kColumns
    static void adopt(Node *parent, std::unique_ptr<Node> child);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void loadChildren(Node *node, bool notify);
    std::vector<std::unique_ptr<Node>> queryChildren(qint64 parentId) const;

    QSqlDatabase m_db;
    std::unique_ptr<Node> m_root;    ///< invisible; its child is France
    std::unique_ptr<Node> m_matches; ///< invisible root of the search results
    bool m_searching = false;
};

} // namespace odema::gui
