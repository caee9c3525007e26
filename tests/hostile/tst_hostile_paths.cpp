// Stores and paths a careless or hostile user gives (issue 17, item 5): an output that is the
// store, special files, empty files, read-only media, a store held by another import, a full
// disk, a corrupt page. Every case runs the real executable, checks its exit status and its
// words, and compares the store's bytes before and after.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Run {
    int status = -1;
    QString out, err;
    bool finished = false;
};

/// Runs the executable; a run that has not ended after a minute is killed and reported as
/// unfinished (a FIFO read blocks forever), so the test fails instead of hanging.
Run run(const QStringList &arguments, const QString &program = QStringLiteral(ODEMA_BINARY))
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// What each drawing or exporting verb needs besides --db and --out, output format given so
/// that the store's ".sqlite" name is not read as one.
QStringList verbArguments(const QString &verb)
{
    if (verb == QLatin1String("export"))
        return {QStringLiteral("--format"), QStringLiteral("csv")};
    if (verb == QLatin1String("report"))
        return {QStringLiteral("--territory"), QStringLiteral("epci:200093201")};
    if (verb == QLatin1String("chart"))
        return {QStringLiteral("--territory"), QStringLiteral("epci:200093201"), QStringLiteral("--kind"), QStringLiteral("evolution"),
                QStringLiteral("--format"), QStringLiteral("svg")};
    return {QStringLiteral("--level"), QStringLiteral("epci"), QStringLiteral("--format"), QStringLiteral("svg")};
}
} // namespace

class TestHostilePaths : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A new store holding a small EPCI file, made by the real import.
    QString makeStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path, fixture(QStringLiteral("odema_epci.csv"))});
        if (r.status != 0)
            qFatal("import failed: %s", qPrintable(r.err));
        return path;
    }

private slots:
    void outputOnStoreRefused_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("spelling");
        for (const char *verb : {"export", "report", "chart", "map"})
            for (const char *spelling : {"same", "wal", "shm", "symlink", "hardlink", "dotdot"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(verb), QLatin1String(spelling))))
                    << QString::fromLatin1(verb) << QString::fromLatin1(spelling);
    }
    void outputOnStoreRefused()
    {
        QFETCH(QString, verb);
        QFETCH(QString, spelling);
        const QString store = makeStore();
        QString output = store;
        if (spelling == QLatin1String("wal") || spelling == QLatin1String("shm")) {
            output = store + QLatin1Char('-') + spelling;
        } else if (spelling == QLatin1String("symlink")) {
            output = m_dir.filePath(QStringLiteral("link-%1.csv").arg(m_count));
            QVERIFY(QFile::link(store, output));
        } else if (spelling == QLatin1String("hardlink")) {
            output = m_dir.filePath(QStringLiteral("hard-%1.csv").arg(m_count));
            QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(output).constData()), 0);
        } else if (spelling == QLatin1String("dotdot")) {
            QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
            output = m_dir.path() + QStringLiteral("/sub/../") + QFileInfo(store).fileName();
        }
        const QByteArray before = sha(store);
        const Run r = run(QStringList{verb, QStringLiteral("--db"), store, QStringLiteral("--out"), output} + verbArguments(verb));
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Choisissez un autre fichier de sortie ; la base n'a pas été modifiée.")), qPrintable(r.err));
        QCOMPARE(sha(store), before);
        if (spelling == QLatin1String("wal") || spelling == QLatin1String("shm"))
            QVERIFY2(!QFile::exists(output), qPrintable(output));
    }

    void specialInputRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("tube nommé (FIFO)");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("périphérique");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("dossier");
    }
    void specialInputRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString path = specialFile(kind);
        const QString store = m_dir.filePath(QStringLiteral("special-input-%1.sqlite").arg(kind));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), store, path});
        QVERIFY2(r.finished, "the import blocked on the input");
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(words) && r.err.contains(QStringLiteral("pas un fichier ordinaire")), qPrintable(r.err));
        QVERIFY2(!QFile::exists(store), "a store was created for nothing to import");
    }

    void specialStoreRefused_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        for (const char *verb : {"info", "import", "export"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1-fifo").arg(QLatin1String(verb)))) << QString::fromLatin1(verb) << QStringLiteral("fifo")
                                                                                        << QStringLiteral("tube nommé (FIFO)");
            QTest::newRow(qPrintable(QStringLiteral("%1-device").arg(QLatin1String(verb)))) << QString::fromLatin1(verb) << QStringLiteral("device")
                                                                                          << QStringLiteral("périphérique");
        }
    }
    void specialStoreRefused()
    {
        QFETCH(QString, verb);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString db = specialFile(kind);
        QStringList arguments{verb, QStringLiteral("--db"), db};
        if (verb == QLatin1String("import"))
            arguments << fixture(QStringLiteral("odema_epci.csv"));
        if (verb == QLatin1String("export"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("special-db-%1.csv").arg(kind));
        const Run r = run(arguments);
        QVERIFY2(r.finished, "the verb blocked on --db");
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(words) && r.err.contains(QStringLiteral("pas une base Odema")), qPrintable(r.err));
    }

    void mapHelpInUtf8()
    {
        const Run r = run({QStringLiteral("map"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ANNÉE")) && r.out.contains(QStringLiteral("MÉTHODE")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Ã")), qPrintable(r.out));
    }

private:
    /// A FIFO, a character device or a directory, as a user may give one by mistake.
    QString specialFile(const QString &kind)
    {
        if (kind == QLatin1String("device"))
            return QStringLiteral("/dev/null");
        const QString path = m_dir.filePath(QStringLiteral("special-%1-%2").arg(kind).arg(++m_count));
        if (kind == QLatin1String("fifo")) {
            if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
                qFatal("mkfifo failed");
        } else {
            QDir().mkpath(path);
        }
        return path;
    }
};

QTEST_GUILESS_MAIN(TestHostilePaths)
#include "tst_hostile_paths.moc"
