#include "TestStores.h"
#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/SqliteBackend.h"
#include "dataset/PopulationBasis.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using odema::test::openError;

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
    void version3StoreGainsDataSetsAndExactTonnes()
    {
        // A store written before data sets: flows in REAL tonnes, a population 'fichier'.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            SqliteBackend backend;
            QSqlDatabase db = backend.connect(QStringLiteral("v3"), path, false);
            QVERIFY(db.open());
            backend.configure(db, false);
            backend.initialiseNewStore(db);
            Migrations::apply(db, backend, path, 3);
            sql::exec(db, QStringLiteral("INSERT INTO source_file(id, name, sha256, format, imported_at) VALUES "
                                         "(1, 'dech.csv', 'a', 'sinoe-departement-traitement', 'now'), (2, 'dma.csv', 'b', 'sinoe-departement-traitement', 'now'), "
                                         "(3, 'oma.csv', 'c', 'sinoe-departement', 'now'), (4, 'isdnd.json', 'd', 'odema-isdnd', 'now')"));
            sql::exec(db, QStringLiteral("INSERT INTO territory(id, level, code, name, search_key) VALUES (10, 'departement', '59', 'Nord', 'nord')"));
            // 07A was created by the old importer as an 'autre' stream.
            sql::exec(db, QStringLiteral("UPDATE waste_stream SET family = 'autre', gravats = 0 WHERE code IN ('07A', '07B')"));
            sql::exec(db, QStringLiteral(
                "INSERT INTO flow(kind, year, territory_id, stream_id, mode_id, tonnes, source_id) VALUES "
                "('traitement', 2017, 10, (SELECT id FROM waste_stream WHERE code = '02A'), (SELECT id FROM treatment_mode WHERE code = '02A'), 282.71938, 1), "
                "('traitement', 2017, 10, (SELECT id FROM waste_stream WHERE code = '07A'), (SELECT id FROM treatment_mode WHERE code = '02D'), 98575.13, 2), "
                "('collecte', 2017, 10, (SELECT id FROM waste_stream WHERE code = '08A'), NULL, 1358.45, 3)"));
            sql::exec(db, QStringLiteral("INSERT INTO population(territory_id, year, kind, population, source_id) VALUES "
                                         "(10, 2017, 'fichier', 2604361, 3), (10, 2017, 'estimation', 2605238, NULL)"));
            sql::exec(db, QStringLiteral("INSERT INTO landfill_site(id, aiot, name) VALUES (1, '0007000662', 'Isdnd')"));
            sql::exec(db, QStringLiteral("INSERT INTO landfill_year(site_id, year, tonnes, capacity, source_id) VALUES (1, 2010, 349775, 510000.0, 4)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        auto store = Store::open(path, Store::OpenMode::ReadWrite);
        const QSqlDatabase db = store->database();
        QCOMPARE(store->backend().schemaVersion(db), Store::currentSchemaVersion());
        auto one = [&db](const QString &statement) { return sql::scalar(db, statement); };
        // Exact grams; each flow tagged by the importer's own rule.
        QCOMPARE(one(QStringLiteral("SELECT grams FROM flow WHERE source_id = 1")).toLongLong(), qint64(282719380));
        QCOMPARE(one(QStringLiteral("SELECT grams FROM flow WHERE source_id = 2")).toLongLong(), qint64(98575130000));
        QCOMPARE(one(QStringLiteral("SELECT d.code FROM flow f JOIN dataset d ON d.id = f.dataset_id WHERE f.source_id = 1")).toString(),
                 QStringLiteral("sinoe-decheterie-destination"));
        QCOMPARE(one(QStringLiteral("SELECT d.code FROM flow f JOIN dataset d ON d.id = f.dataset_id WHERE f.source_id = 2")).toString(),
                 QStringLiteral("sinoe04-dma-destination"));
        QCOMPARE(one(QStringLiteral("SELECT d.code FROM flow f JOIN dataset d ON d.id = f.dataset_id WHERE f.source_id = 3")).toString(),
                 QStringLiteral("sinoe-oma-type"));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM flow WHERE dataset_id IS NULL")).toInt(), 0);
        QCOMPARE(one(QStringLiteral("SELECT family FROM waste_stream WHERE code = '07A'")).toString(), QStringLiteral("dma"));
        QCOMPARE(one(QStringLiteral("SELECT gravats FROM waste_stream WHERE code = '07B'")).toInt(), 1);
        // The file's population is now a 'source' population of the file's data set.
        QCOMPARE(one(QStringLiteral("SELECT d.code FROM population p JOIN dataset d ON d.id = p.dataset_id WHERE p.kind = 'source'")).toString(),
                 QStringLiteral("sinoe-oma-type"));
        QCOMPARE(one(QStringLiteral("SELECT d.code FROM population p JOIN dataset d ON d.id = p.dataset_id WHERE p.kind = 'estimation'")).toString(),
                 QStringLiteral("insee-estimation"));
        QCOMPARE(one(QStringLiteral("SELECT grams FROM landfill_year")).toLongLong(), qint64(349775000000));
        QCOMPARE(one(QStringLiteral("SELECT capacity_grams FROM landfill_year")).toLongLong(), qint64(510000000000));
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
        const QString estimation = QStringLiteral("(SELECT id FROM dataset WHERE code = 'insee-estimation')");
        const QString legale = QStringLiteral("(SELECT id FROM dataset WHERE code = 'insee-population-legale')");
        sql::exec(db, QStringLiteral("INSERT INTO population(territory_id, year, kind, dataset_id, population, source_id) VALUES "
                                     "(11, 2021, 'estimation', %1, 100, 1), (12, 2021, 'estimation', %1, 50, 1), "
                                     "(11, 2021, 'municipale', %2, 99, 1), (11, 2019, 'estimation', %1, 90, 1)").arg(estimation, legale));
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
        // The legal basis, chosen for the store, puts the population municipale first, and says so.
        setStorePopulationBasis(*store, PopulationBasis::Legale);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT population FROM population_used WHERE territory_id = 11 AND year = 2021")).toInt(), 99);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT kind FROM population_used WHERE territory_id = 11 AND year = 2021")).toString(),
                 QStringLiteral("municipale"));
        // D2 has only an estimate: the région is not a sum of two kinds.
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT population FROM population_used WHERE territory_id = 10 AND year = 2021")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
