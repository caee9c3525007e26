#pragma once
// The real sample data in a temporary store, built once per test executable.
#include "TestStores.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QTemporaryDir>
#include <memory>

namespace odema::test {

struct SampleStore {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString path;

    void build()
    {
        path = newStoreLocation(dir, QStringLiteral("sample.sqlite"));
        store = Store::open(path, Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    }
    QSqlDatabase db() const { return store->database(); }
    qint64 territory(const QString &ref) const { return TerritoryResolver(db()).resolve(ref).id; }
    qint64 streamId(const QString &code) const
    {
        return sql::scalar(db(), QStringLiteral("SELECT id FROM waste_stream WHERE code = ?"), {code}).toLongLong();
    }
};

} // namespace odema::test
