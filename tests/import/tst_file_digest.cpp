// The file hash that names an import: the same on both paths (small files at once, large ones on
// the other core), and stoppable, so that a refused 1 GB file does not wait for a hash of 1 GB.
#include "common/OdemaError.h"
#include "common/WorkResult.h"
#include "import/FileDigest.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

class TestFileDigest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private slots:
    void sameHashOnBothPaths()
    {
        QByteArray bytes;
        for (int i = 0; i < 300000; ++i)
            bytes += QByteArray::number(i) + ";Déchèterie;12,5\n"; // several 1 MiB chunks and a partial one
        const QString path = write(QStringLiteral("a.csv"), bytes);
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(fileSha256(path), expected);
        BackgroundDigest digest(path);
        QCOMPARE(digest.result(), expected);
        QCOMPARE(digest.bytesRead(), qint64(bytes.size()));
    }

    void emptyFile() { QCOMPARE(fileSha256(write(QStringLiteral("empty.csv"), {})), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")); }

    void stopsBeforeTheEnd()
    {
        // 4 GiB sparse: reading all of it would take tens of seconds; stopped, it ends at once.
        QFile f(m_dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(4) << 30));
        f.close();
        BackgroundDigest digest(f.fileName());
        digest.stop();
        QVERIFY_THROWS_EXCEPTION(CancelledError, digest.result());
        QVERIFY2(digest.bytesRead() < f.size(), qPrintable(QString::number(digest.bytesRead())));
    }

    void unreadableFileSaysWhich()
    {
        const QString missing = m_dir.filePath(QStringLiteral("absent.csv"));
        try {
            fileSha256(missing);
            QFAIL("no error");
        } catch (const OdemaError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("absent.csv")));
        }
        BackgroundDigest digest(missing);
        QVERIFY_THROWS_EXCEPTION(OdemaError, digest.result());
    }
};

QTEST_GUILESS_MAIN(TestFileDigest)
#include "tst_file_digest.moc"
