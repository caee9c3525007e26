#pragma once
// Between a saved view and a store: capture() names the window's ids by reference and code,
// restore() finds them again in a store, keeping what it finds and naming, in a sentence each,
// what this store lacks (a territory, a stream…), so the window can say it and the command line
// can refuse to draw something other than what was saved.
#include "view/SavedView.h"

#include <QSqlDatabase>

namespace odema {

struct RestoredView {
    ViewState state;
    QStringList notRestored; ///< one sentence per reference the store does not know
    bool complete() const { return notRestored.isEmpty(); }
};

class ViewResolver {
public:
    explicit ViewResolver(QSqlDatabase db) : m_db(std::move(db)) {}

    SavedView capture(const ViewState &state) const;
    RestoredView restore(const SavedView &view) const;

private:
    QStringList codesOf(const char *table, const QList<qint64> &ids) const;
    QList<qint64> idsOf(const char *table, const QStringList &codes, const QString &what, QStringList &missing) const;

    QSqlDatabase m_db;
};

} // namespace odema
