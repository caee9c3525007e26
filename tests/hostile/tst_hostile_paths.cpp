// Stores and paths a careless or hostile user gives (issue 17, item 5): an output that is the
// store, special files, empty files, read-only media, a store held by another import, a full
// disk, a corrupt page. Every case runs the real executable, checks its exit status and its
// words, and compares the store's bytes before and after.
#include "CliRun.h"
#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/StoreWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace odema;

namespace {
using Run = test::CliRun;
/// A minute at most: a FIFO read blocks forever, and the test must fail rather than hang.
Run run(const QStringList &arguments, const QString &program = QStringLiteral(ODEMA_BINARY)) { return test::runCli(arguments, 60, program); }

/// SQLite's or the SQL's own words, which a user cannot act on.
QString rawSqlIn(const QString &text)
{
    for (const char *raw : {"Requête", "INSERT", "SELECT", "database is locked", "malformed", "disk is full", "Unable to fetch row",
                            "unable to open"})
        if (text.contains(QString::fromUtf8(raw)))
            return QString::fromUtf8(raw);
    return QString();
}

bool hasSidecars(const QString &store)
{
    return QFile::exists(store + QStringLiteral("-wal")) || QFile::exists(store + QStringLiteral("-shm"));
}

QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }
/// A real SINOE file of the repository's sample data (1,4 Mo): enough rows to fill a small disk.
QString largeRealFile() { return QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/sinoe04_destination_dma_par_type_traitement_dept.csv"); }

/// Runs `command` (the executable and its arguments) as root in a mount namespace of its own,
/// after `setup` (shell lines; $M is a fresh tmpfs of `sizeKiB`): the only read-only or full
/// medium root cannot write through. Status 77 when namespaces or mounts are not allowed here.
Run inNamespace(const QString &setup, int sizeKiB, const QStringList &command)
{
    QTemporaryDir mountPoint;
    const QString script = QStringLiteral("M=\"$1\"; shift; mount -t tmpfs -o size=%1k tmpfs \"$M\" 2>/dev/null || exit 77; %2\n\"$@\"")
                               .arg(sizeKiB)
                               .arg(setup);
    Run r = run(QStringList{QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("sh"),
                            QStringLiteral("-c"), script, QStringLiteral("sh"), mountPoint.path(), QStringLiteral(ODEMA_BINARY)}
                    + command,
                QStringLiteral("unshare"));
    if (r.err.startsWith(QLatin1String("unshare:")) || !r.finished)
        r.status = 77;
    return r;
}

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

    void emptyFileIsNotReadAsStore_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : {"info", "export", "report", "chart", "map"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }
    void emptyFileIsNotReadAsStore()
    {
        QFETCH(QString, verb);
        const QString path = m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(verb));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        QStringList arguments{verb, QStringLiteral("--db"), path};
        if (verb != QLatin1String("info"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("empty-%1.out").arg(verb)) << verbArguments(verb);
        const Run r = run(arguments);
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("est un fichier vide (0 octet), pas une base Odema")), qPrintable(r.err));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!hasSidecars(path));
    }
    void emptyFileMadeStoreSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-import.sqlite"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path, fixture(QStringLiteral("odema_epci.csv"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("était un fichier vide (0 octet) : il est devenu une nouvelle base Odema")), qPrintable(r.err));
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void readersLeaveNoSidecars_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : {"info", "export", "report", "chart", "map"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }
    void readersLeaveNoSidecars()
    {
        QFETCH(QString, verb);
        const QString store = makeStore();
        QVERIFY(!hasSidecars(store));
        QStringList arguments{verb, QStringLiteral("--db"), store};
        if (verb != QLatin1String("info"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("read-%1.out").arg(verb)) << verbArguments(verb);
        const Run r = run(arguments);
        QVERIFY(r.finished);
        // A chart or a map of this small store may have nothing to draw: the store was read all the same.
        if (verb == QLatin1String("info") || verb == QLatin1String("export") || verb == QLatin1String("report"))
            QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(!hasSidecars(store), "a reader left -wal or -shm beside the store");
    }

    void otherApplicationsFileUntouched_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("export") << QStringLiteral("export");
        QTest::newRow("import") << QStringLiteral("import");
    }
    void otherApplicationsFileUntouched()
    {
        QFETCH(QString, verb);
        // Another application's database, in WAL mode like many: not a byte of it may change.
        const QString path = m_dir.filePath(QStringLiteral("other-app-%1.db").arg(verb));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            sql::exec(db, QStringLiteral("CREATE TABLE contact(name TEXT)"));
            sql::exec(db, QStringLiteral("INSERT INTO contact VALUES ('Marie')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
        QVERIFY(!hasSidecars(path));
        const QByteArray before = sha(path);
        QStringList arguments{verb, QStringLiteral("--db"), path};
        if (verb == QLatin1String("export"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("other-app.csv"));
        if (verb == QLatin1String("import"))
            arguments << fixture(QStringLiteral("odema_epci.csv"));
        const Run r = run(arguments);
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("pas une base Odema Explorer ; elle n'a pas été modifiée")), qPrintable(r.err));
        QCOMPARE(sha(path), before);
        QVERIFY2(!hasSidecars(path), "-wal or -shm files were made beside another application's database");
    }

    void readOnlyMediumIsRead_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("export") << QStringLiteral("export");
    }
    void readOnlyMediumIsRead()
    {
        QFETCH(QString, verb);
        const QString store = makeStore();
        const QString out = m_dir.filePath(QStringLiteral("ro-%1.csv").arg(verb));
        Run r;
        if (::geteuid() == 0) {
            // Root writes through file modes: only a read-only mount is read-only media for it.
            const QStringList tail = verb == QLatin1String("info") ? QStringList() : QStringList{QStringLiteral("--out"), out};
            r = inNamespace(QStringLiteral("cp \"%1\" \"$M/ro.sqlite\" && mount -o remount,ro \"$M\" || exit 77; cd \"$M\";").arg(store), 8192,
                            QStringList{verb, QStringLiteral("--db"), QStringLiteral("ro.sqlite")} + tail);
            if (r.status == 77)
                QSKIP("no mount namespace here (unshare -m refused): read-only media cannot be made for root");
        } else {
            const QString folder = m_dir.filePath(QStringLiteral("ro-%1").arg(verb));
            QVERIFY(QDir().mkpath(folder));
            const QString copy = folder + QStringLiteral("/ro.sqlite");
            QVERIFY(QFile::copy(store, copy));
            QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
            QStringList arguments{verb, QStringLiteral("--db"), copy};
            if (verb != QLatin1String("info"))
                arguments << QStringLiteral("--out") << out;
            r = run(arguments);
            QVERIFY(!hasSidecars(copy));
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QVERIFY2(r.status == 0, qPrintable(r.err));
        if (verb == QLatin1String("info"))
            QVERIFY2(r.out.contains(QStringLiteral("odema_epci.csv")), qPrintable(r.out));
        else
            QVERIFY2(r.out.contains(QStringLiteral("3 lignes")), qPrintable(r.out));
    }

    void lockHeldByAnotherImport()
    {
        const QString store = makeStore();
        // Another import holds the store (this process, through the same write path as an import).
        auto holder = Store::open(store, Store::OpenMode::ReadWrite);
        {
            StoreWrite writing(*holder, QStringLiteral("import de essai.csv"));
            const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), store, QStringLiteral("--attente"), QStringLiteral("2"),
                               fixture(QStringLiteral("tab_treatment.csv"))});
            QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("attente de sa fin")), qPrintable(r.err)); // the progress line
            const QString who = QStringLiteral("verrouillée par un autre import : import de essai.csv (processus %1")
                                    .arg(QCoreApplication::applicationPid());
            QVERIFY2(r.err.contains(who), qPrintable(r.err));
            QVERIFY2(rawSqlIn(r.err).isEmpty(), qPrintable(r.err));
        }
        QVERIFY2(!QFile::exists(store + QStringLiteral("-writer")), "the writer's note outlived its transaction");
    }
    void lockTakenAfterOpen()
    {
        // The second import opened the store while it was free; the other one took it before
        // its first write (the case that waited 15 s and then printed SQLite's words).
        const QString store = makeStore();
        QStringList progress;
        SqlBackend::setWriteWait({2, [&progress](const QString &line) { progress << line; }});
        auto late = Store::open(store, Store::OpenMode::ReadWrite);
        auto holder = Store::open(store, Store::OpenMode::ReadWrite);
        QString message;
        {
            StoreWrite writing(*holder, QStringLiteral("import de essai.csv"));
            try {
                Importer(*late).importFile(fixture(QStringLiteral("tab_treatment.csv")));
            } catch (const OdemaError &e) {
                message = e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
            }
        }
        SqlBackend::setWriteWait({});
        QVERIFY2(message.contains(QStringLiteral("verrouillée par un autre import : import de essai.csv")), qPrintable(message));
        QVERIFY2(rawSqlIn(message).isEmpty(), qPrintable(message));
        QVERIFY2(!progress.isEmpty(), "no word while waiting");
    }

    void fullDiskSaysSo()
    {
        // A disk with no room left, as SQLite sees it: the store may not grow past its pages.
        const QString store = makeStore();
        const QByteArray before = sha(store);
        QString message;
        {
            auto s = Store::open(store, Store::OpenMode::ReadWrite);
            const int pages = sql::scalar(s->database(), QStringLiteral("PRAGMA page_count")).toInt();
            sql::exec(s->database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8));
            try {
                Importer(*s).importFile(largeRealFile());
            } catch (const OdemaError &e) {
                message = e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
            }
        }
        QVERIFY2(message.contains(QStringLiteral("est plein : l'écriture a été annulée et la base est telle qu'avant")), qPrintable(message));
        QVERIFY2(rawSqlIn(message).isEmpty(), qPrintable(message));
        QCOMPARE(sha(store), before);
    }
    void fullDiskThroughCommandLine()
    {
        const QString store = makeStore();
        const int sizeKiB = int(QFileInfo(store).size() / 1024) + 160;
        const Run r = inNamespace(QStringLiteral("cp \"%1\" \"$M/full.sqlite\" || exit 77; cd \"$M\"; sha256sum full.sqlite >&2;").arg(store),
                                  sizeKiB, {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("full.sqlite"), largeRealFile()});
        if (r.status == 77)
            QSKIP("no mount namespace here (unshare -m refused): a small disk cannot be made");
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("est plein")), qPrintable(r.err));
        QVERIFY2(rawSqlIn(r.err).isEmpty(), qPrintable(r.err));
    }

    void corruptPageSaysSo_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("export") << QStringLiteral("export");
    }
    void corruptPageSaysSo()
    {
        QFETCH(QString, verb);
        const QString store = makeStore();
        {
            // Every page after the first (the header and the table list) overwritten: what a
            // failing disk or a bad copy leaves.
            QFile f(store);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray header = f.read(100);
            const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
            QVERIFY(f.size() > 2 * pageSize);
            QVERIFY(f.seek(pageSize));
            f.write(QByteArray(int(f.size()) - pageSize, '\xA5'));
        }
        const QByteArray before = sha(store);
        QStringList arguments{verb, QStringLiteral("--db"), store};
        if (verb == QLatin1String("import"))
            arguments << fixture(QStringLiteral("tab_treatment.csv"));
        if (verb == QLatin1String("export"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("corrupt.csv"));
        const Run r = run(arguments);
        QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("est endommagée (une de ses pages est illisible)")), qPrintable(r.err));
        QVERIFY2(rawSqlIn(r.err).isEmpty(), qPrintable(r.err));
        QCOMPARE(sha(store), before);
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
