#pragma once
// One write to the store as one action: a transaction (a savepoint inside another one), the
// store's write lock taken before the first write (on a server a second writer is told who
// writes what, and never interleaves its rows), and the news of the change, told to the other
// sessions when the outermost transaction commits. Imports and their undo go through it.
#include "store/SqlUtil.h"
#include "store/StoreChange.h"

namespace odema {

class Store;

class StoreWrite {
public:
    /// `what` names the work for a second writer ("import de SINOE14.csv"). Throws when the
    /// store is read-only or another session is writing.
    StoreWrite(Store &store, const QString &what);
    /// Commits (or releases the savepoint); `change` is announced to the other sessions.
    void commit(const StoreChange &change = {});
    bool isSavepoint() const { return m_transaction.isSavepoint(); }

private:
    Store &m_store;
    sql::Transaction m_transaction;
};

} // namespace odema
