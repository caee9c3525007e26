#include "store/StoreWrite.h"

#include "store/Store.h"

namespace odema {

namespace {
QSqlDatabase writableDatabase(Store &store)
{
    store.requireWritable();
    return store.database();
}
} // namespace

StoreWrite::StoreWrite(Store &store, const QString &what) : m_store(store), m_transaction(writableDatabase(store))
{
    QSqlDatabase db = m_store.database();
    m_store.backend().lockForWriting(db, what);
}

void StoreWrite::commit(const StoreChange &change)
{
    QSqlDatabase db = m_store.database();
    m_store.backend().announceChange(db, change.toPayload());
    m_transaction.commit();
}

} // namespace odema
