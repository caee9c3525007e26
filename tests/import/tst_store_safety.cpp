// A store that took weeks to assemble must survive a crash in the middle of an import and
// must never be touched when it cannot be used: read-only, locked by another process,
// truncated. Every case compares the file's bytes before and after.
#include "ImportTestUtil.h"
#include "TestStores.h"
#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/SqliteBackend.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace odema;
using namespace odema::test;

namespace {
/// A SINOE-shaped file of about `rows` rows (years x départements x streams).
void writeLargeSinoe(const QString &path, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ANNEE,C_REGION,L_REGION,C_DEPT,N_DEPT,C_TYP_REG_DECHET,L_TYP_REG_DECHET,TONNAGE_T\n");
    QByteArray block;
    int written = 0;
    // Plausible keys only (import/ImportRules.h): years from 1990, real départements (no "20").
    for (int year = 1990; written < rows; ++year)
        for (int dept = 1; dept <= 95 && written < rows; ++dept)
            for (int stream = 0; stream < 200 && written < rows && dept != 20; ++stream, ++written) {
                block += QByteArray::number(year) + ",32,Hauts-de-France," + QByteArray::number(dept).rightJustified(2, '0')
                       + ",Dept,X" + QByteArray::number(stream) + ",Flux " + QByteArray::number(stream) + ",\""
                       + QByteArray::number(written % 1000) + ",5\"\n";
                if (block.size() > (1 << 20)) {
                    f.write(block);
                    block.clear();
                }
            }
    f.write(block);
}
} // namespace

class TestStoreSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        Importer(*store).importFile(fixture(QStringLiteral("odema_epci.csv")));
        return path;
    }

private slots:
    void killedImportIsAllOrNothing_data()
    {
        QTest::addColumn<qint64>("walBytesBeforeKill");
        QTest::newRow("early") << qint64(256 << 10);
        QTest::newRow("late") << qint64(24 << 20);
    }
    void killedImportIsAllOrNothing()
    {
        QFETCH(qint64, walBytesBeforeKill);
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        constexpr int kRows = 600000;
        if (!QFile::exists(big))
            writeLargeSinoe(big, kRows);
        const QString path = makeStore(QStringLiteral("kill-%1.sqlite").arg(walBytesBeforeKill));
        qint64 baseFlows = 0;
        QString baseFingerprint;
        {
            auto store = Store::open(path, Store::OpenMode::ReadOnly);
            baseFlows = scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toLongLong();
            baseFingerprint = fingerprint(*store);
        }
        QProcess import;
        import.start(QStringLiteral(ODEMA_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), path, big});
        QVERIFY(import.waitForStarted());
        // Kill once the transaction has written this much to the WAL: mid-way through the rows.
        const QString wal = path + QStringLiteral("-wal");
        while (import.state() == QProcess::Running && QFileInfo(wal).size() < walBytesBeforeKill)
            QThread::msleep(2);
        const bool killedMidway = import.state() == QProcess::Running;
        import.kill(); // SIGKILL
        QVERIFY(import.waitForFinished());
        QVERIFY2(killedMidway, "the import ended before it could be killed: make the file larger");
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        auto store = Store::open(path, Store::OpenMode::ReadWrite);
        QCOMPARE(store->backend().integrityCheck(store->database()), QStringLiteral("ok"));
        const qint64 flows = scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toLongLong();
        QVERIFY2(flows == baseFlows || flows == baseFlows + kRows, qPrintable(QString::number(flows)));
        if (flows == baseFlows)
            QCOMPARE(fingerprint(*store), baseFingerprint); // none of it
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM source_file")).toLongLong(), flows == baseFlows ? 1 : 2);
        // The store is still usable: the same file imports whole now.
        if (flows == baseFlows)
            QCOMPARE(Importer(*store).importFile(big).rowsStored, kRows);
    }

    void readOnlyFileIsNeverModified()
    {
        const QString path = makeStore(QStringLiteral("ro.sqlite"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileSha(path);
        QVERIFY(openError(path, Store::OpenMode::ReadWrite).contains(QStringLiteral("lecture seule")));
        {
            auto store = Store::open(path, Store::OpenMode::ReadOnly);
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 3);
            QVERIFY_THROWS_EXCEPTION(OdemaError, Importer(*store).importFile(fixture(QStringLiteral("tab_treatment.csv"))));
        }
        QCOMPARE(fileSha(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void lockedStoreGivesClearMessage()
    {
        const QString path = makeStore(QStringLiteral("locked.sqlite"));
        const QByteArray before = fileSha(path);
        QProcess holder; // another program holding the write lock
        holder.start(QStringLiteral("sqlite3"), {path});
        if (!holder.waitForStarted())
            QSKIP("sqlite3 shell not installed (packaging/install-deps.sh installs it)");
        holder.write("BEGIN EXCLUSIVE;\nSELECT 'verrou';\n");
        while (!holder.readAllStandardOutput().contains("verrou"))
            QVERIFY(holder.waitForReadyRead());
        const QString error = openError(path, Store::OpenMode::ReadWrite);
        QVERIFY2(error.contains(QStringLiteral("verrouillée")), qPrintable(error));
        // Reading stays possible while another program writes.
        {
            auto store = Store::open(path, Store::OpenMode::ReadOnly);
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 3);
        }
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished());
        QCOMPARE(fileSha(path), before);
    }

    void truncatedStoreIsRefused()
    {
        const QString full = makeStore(QStringLiteral("full.sqlite"));
        {
            auto store = Store::open(full, Store::OpenMode::ReadWrite); // checkpoints the WAL on close
        }
        QFile source(full);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QVERIFY(bytes.size() > 8192);
        const QString path = m_dir.filePath(QStringLiteral("half.sqlite"));
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2))); // an interrupted copy
        const QByteArray before = fileSha(path);
        for (auto mode : {Store::OpenMode::ReadWrite, Store::OpenMode::CreateIfMissing, Store::OpenMode::ReadOnly}) {
            const QString error = openError(path, mode);
            QVERIFY2(error.contains(QStringLiteral("tronqué")), qPrintable(error));
        }
        QCOMPARE(fileSha(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_store_safety.moc"
