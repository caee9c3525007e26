#include "TestStores.h"
#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/SqliteBackend.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// A SQLite file made by another program, with one table and no Odema mark.
void makeForeignSqlite(const QString &path, int userVersion, int applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        sql::exec(db, QStringLiteral("CREATE TABLE notes(x TEXT)"));
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
        sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

QString openError(const QString &path, Store::OpenMode mode)
{
    try {
        Store::open(path, mode);
    } catch (const OdemaError &e) {
        return e.message();
    }
    return QString();
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void createsSchemaAndSeeds()
    {
        QTemporaryDir dir;
        const QString path = test::newStoreLocation(dir, QStringLiteral("new.sqlite"));
        {
            auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
            QVERIFY(store->wasCreated());
            const QSqlDatabase db = store->database();
            QCOMPARE(store->backend().schemaVersion(db), Store::currentSchemaVersion());
            if (!test::onPostgres()) {
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            }
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT label FROM waste_stream WHERE code = '02G'")).toString(), QStringLiteral("Mobilier"));
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT label FROM treatment_mode WHERE code = '02B'")).toString(),
                     QStringLiteral("Incinération avec récupération d'énergie"));
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT label FROM waste_stream WHERE code = '08B'")).toString(),
                     QStringLiteral("Emballages, journaux-magazines"));
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM territory WHERE level = 'france'")).toInt(), 1);
        }
        auto again = Store::open(path, Store::OpenMode::ReadWrite);
        QVERIFY(!again->wasCreated());
    }
    void missingStoreIsNotCreatedUnlessAsked()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only (tst_pg_store checks the server's refusals)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        QVERIFY(openError(path, Store::OpenMode::ReadWrite).contains(QStringLiteral("n'existe pas")));
        QVERIFY(!QFile::exists(path));
    }
    void textFileIsRefusedAndUntouched()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only (tst_pg_store checks the server's refusals)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, "ANNEE;C_DEPT\n2021;59\n");
        const QByteArray before = fileHash(path);
        QVERIFY(openError(path, Store::OpenMode::CreateIfMissing).contains(QStringLiteral("pas une base Odema")));
        QCOMPARE(fileHash(path), before);
    }
    void foreignSqliteIsRefusedAndUntouched()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only (tst_pg_store checks the server's refusals)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        makeForeignSqlite(path, 0, 0);
        const QByteArray before = fileHash(path);
        QVERIFY(openError(path, Store::OpenMode::ReadWrite).contains(QStringLiteral("pas une base Odema")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    void newerSchemaIsRefusedAndUntouched()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only (tst_pg_store checks the server's refusals)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        makeForeignSqlite(path, Store::currentSchemaVersion() + 1, SqliteBackend::kApplicationId);
        const QByteArray before = fileHash(path);
        QVERIFY(openError(path, Store::OpenMode::ReadWrite).contains(QStringLiteral("plus récente")));
        QCOMPARE(fileHash(path), before);
    }
    void corruptFileIsRefusedAndUntouched()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only (tst_pg_store checks the server's refusals)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QByteArray bytes("SQLite format 3", 16);
        bytes += QByteArray(8192, '\xAB');
        writeFile(path, bytes);
        const QByteArray before = fileHash(path);
        QVERIFY(!openError(path, Store::OpenMode::ReadWrite).isEmpty());
        QCOMPARE(fileHash(path), before);
    }
    void readOnlyModeNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = test::newStoreLocation(dir, QStringLiteral("ro.sqlite"));
        Store::open(path, Store::OpenMode::CreateIfMissing);
        auto store = Store::open(path, Store::OpenMode::ReadOnly);
        QVERIFY(store->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(OdemaError, store->requireWritable());
    }
    void derivedPopulations()
    {
        QTemporaryDir dir;
        auto store = Store::open(test::newStoreLocation(dir, QStringLiteral("pop.sqlite")), Store::OpenMode::CreateIfMissing);
        QSqlDatabase db = store->database();
        sql::Transaction t(db);
        sql::exec(db, QStringLiteral("INSERT INTO source_file(id, name, sha256, format, imported_at) VALUES (1, 'f.csv', 'x', 'test', 'now')"));
        sql::exec(db, QStringLiteral("INSERT INTO territory(id, level, code, name, search_key) VALUES "
                                     "(10, 'region', '32', 'R', 'r'), (11, 'departement', '59', 'D1', 'd1'), (12, 'departement', '62', 'D2', 'd2')"));
        sql::exec(db, QStringLiteral("INSERT INTO territory_link(parent_id, child_id) VALUES (1, 10), (10, 11), (10, 12)"));
        sql::exec(db, QStringLiteral("INSERT INTO population(territory_id, year, kind, population, source_id) VALUES "
                                     "(11, 2021, 'estimation', 100, 1), (12, 2021, 'estimation', 50, 1), (11, 2021, 'municipale', 99, 1), "
                                     "(11, 2019, 'estimation', 90, 1)"));
        store->refreshDerived();
        t.commit();
        // The estimate wins over the legal population; a région is the sum of all its départements…
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT population FROM population_used WHERE territory_id = 11 AND year = 2021")).toInt(), 100);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT population FROM population_used WHERE territory_id = 10 AND year = 2021")).toInt(), 150);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT basis FROM population_used WHERE territory_id = 10 AND year = 2021")).toString()
                    .startsWith(QStringLiteral("Somme des 2 départements")));
        // …and has none when one département lacks a figure (2019): empty, never a partial sum.
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT population FROM population_used WHERE territory_id = 10 AND year = 2019")).isValid());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM territory_closure WHERE ancestor_id = 1")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
