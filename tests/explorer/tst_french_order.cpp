// Names in French order (issue 18, item 9): "Étaples" between "Essonne" and "Eure",
// "Île-de-France" among the I, in the table's model, the territory tree and the lists the
// pickers and batch sheets read. SQLite (and PostgreSQL's COLLATE "C" columns) compare bytes,
// which put every accented capital after "Z".
#include "TestStores.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/explorer/TerritoryTreeModel.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList names(const QList<TerritoryInfo> &list)
{
    QStringList out;
    for (const TerritoryInfo &t : list)
        out << t.name;
    return out;
}
} // namespace

class TestFrenchOrder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        m_location = test::newStoreLocation(m_dir, QStringLiteral("ordre.sqlite"));
        m_store = Store::open(m_location, Store::OpenMode::CreateIfMissing);
        const QString departements = m_dir.filePath(QStringLiteral("departements.csv"));
        QVERIFY(writeFile(departements, "ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n"
                                        "2021;28;Normandie;27;Eure;02C;Déchets verts;10\n"
                                        "2021;11;Île-de-France;91;Essonne;02C;Déchets verts;20\n"));
        const QString communes = m_dir.filePath(QStringLiteral("communes.csv"));
        QVERIFY(writeFile(communes, "ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_COMMUNE;L_COMMUNE;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n"
                                    "2021;32;Hauts-de-France;62;Pas-de-Calais;62318;Étaples;02C;Déchets verts;1\n"));
        Importer importer(*m_store);
        importer.importFile(departements);
        importer.importFile(communes);
    }

    void tableSortsNamesInFrenchOrder()
    {
        // The explorer's table, sorted on the territory column both ways (keyset paging on the
        // folded key and the name).
        FlowTableModel model(m_location);
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.countKnown(), 10000);
        QCOMPARE(model.rowCount(), 3);
        const auto shown = [&model] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.index(row, int(FlowColumn::Territory)).data().toString();
            return out;
        };
        model.sort(int(FlowColumn::Territory), Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.isRowLoaded(0), 10000);
        QCOMPARE(shown(), (QStringList{QStringLiteral("Essonne"), QStringLiteral("Étaples"), QStringLiteral("Eure")}));
        model.sort(int(FlowColumn::Territory), Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.isRowLoaded(0), 10000);
        QCOMPARE(shown(), (QStringList{QStringLiteral("Eure"), QStringLiteral("Étaples"), QStringLiteral("Essonne")}));
    }

    void treeListsRegionsInFrenchOrder()
    {
        TerritoryTreeModel tree(m_store->database());
        const QModelIndex france = tree.index(0, 0);
        if (tree.canFetchMore(france))
            tree.fetchMore(france);
        QStringList regions;
        for (int row = 0; row < tree.rowCount(france); ++row)
            regions << tree.index(row, 0, france).data().toString();
        QCOMPARE(regions, (QStringList{QStringLiteral("Hauts-de-France"), QStringLiteral("Île-de-France"), QStringLiteral("Normandie")}));
        // The search list (level by level, then by name) in the same order.
        tree.setSearch(QStringLiteral("an")); // France, then the three régions
        QStringList found;
        for (int row = 0; row < tree.rowCount(); ++row)
            found << tree.index(row, 0).data(TerritoryTreeModel::RefRole).toString();
        QCOMPARE(found, (QStringList{QStringLiteral("france:FR"), QStringLiteral("region:32"), QStringLiteral("region:11"),
                                     QStringLiteral("region:28")}));
    }

    void resolverListsInFrenchOrder()
    {
        // What the pickers, rankings and batch sheets read.
        const TerritoryResolver resolver(m_store->database());
        QCOMPARE(names(resolver.descendants(0, Level::Region)),
                 (QStringList{QStringLiteral("Hauts-de-France"), QStringLiteral("Île-de-France"), QStringLiteral("Normandie")}));
        QCOMPARE(names(resolver.descendants(0, Level::Departement)),
                 (QStringList{QStringLiteral("Essonne"), QStringLiteral("Eure"), QStringLiteral("Pas-de-Calais")}));
    }
};

QTEST_MAIN(TestFrenchOrder)
#include "tst_french_order.moc"
