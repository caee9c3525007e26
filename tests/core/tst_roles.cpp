// The roles of a shared store (issue 14, item 4) as an administrator and a reader meet them:
// `roles` prints or applies the script; a reader of the store reads it, and an import by the
// reader is refused in a sentence naming the role it lacks, with the store unchanged. On SQLite
// (tst_roles) only what applies there: the script, and the refusal to apply roles to a file.
#include "CliRun.h"
#include "TestStores.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace odema;

namespace {
using Run = test::CliRun;
Run run(const QStringList &arguments) { return test::runCli(arguments, 300); }

/// `info --json` without the store's location, which names the user who asked.
QJsonObject contents(const Run &info)
{
    QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    o.remove(QStringLiteral("store"));
    return o;
}

QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }

/// The suite server's password (its pgpass line serves every user on 127.0.0.1).
QString serverPassword()
{
    QFile f(qEnvironmentVariable("PGPASSFILE"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no PGPASSFILE");
    return QString::fromUtf8(f.readAll()).trimmed().section(QLatin1Char(':'), 4);
}
} // namespace

class TestRoles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void scriptPrinted()
    {
        const Run r = run({QStringLiteral("roles")});
        QCOMPARE(r.status, 0);
        for (const char *role : {"odema_lecture", "odema_import", "odema_admin"})
            QVERIFY2(r.out.contains(QStringLiteral("CREATE ROLE %1").arg(QLatin1String(role))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("CREATE SCHEMA IF NOT EXISTS odema")));
    }

    void sqliteHasNoRoles()
    {
        if (test::onPostgres())
            QSKIP("SQLite only");
        const QString db = m_dir.filePath(QStringLiteral("solo.sqlite"));
        const Run r = run({QStringLiteral("roles"), QStringLiteral("--db"), db, QStringLiteral("--apply")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SQLite")) && r.err.contains(QStringLiteral("postgresql://")), qPrintable(r.err));
        QVERIFY(!QFile::exists(db)); // nothing created
    }

    void readerReadsAndIsRefusedAnImport()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL only");
        const QString database = test::newPgDatabase(QStringLiteral("roles"));
        const QString admin = test::pgLocation(database);
        const Run applied = run({QStringLiteral("roles"), QStringLiteral("--db"), admin, QStringLiteral("--apply")});
        QVERIFY2(applied.status == 0, qPrintable(applied.err));
        QVERIFY(applied.out.contains(QStringLiteral("odema_import")));
        // Applying twice changes nothing and still succeeds (an administrator re-runs it).
        QCOMPARE(run({QStringLiteral("roles"), QStringLiteral("--db"), admin, QStringLiteral("--apply")}).status, 0);

        const QString reader = QStringLiteral("lea_%1").arg(QCoreApplication::applicationPid());
        test::pgAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE odema_lecture").arg(reader, serverPassword()));
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), admin, fixture(QStringLiteral("tab_treatment.csv"))});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const Run before = run({QStringLiteral("info"), QStringLiteral("--db"), admin, QStringLiteral("--json")});
        QCOMPARE(before.status, 0);

        const QString asReader = test::pgLocation(database, reader);
        const Run read = run({QStringLiteral("info"), QStringLiteral("--db"), asReader, QStringLiteral("--json")});
        QVERIFY2(read.status == 0, qPrintable(read.err));
        QCOMPARE(contents(read), contents(before));
        QVERIFY(contents(read).value(QStringLiteral("flow_rows")).toInt() > 0);
        const Run refused = run({QStringLiteral("import"), QStringLiteral("--db"), asReader, fixture(QStringLiteral("semicolon_nbsp_no_final_newline.csv"))});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(reader) && refused.err.contains(QStringLiteral("odema_import"))
                     && refused.err.contains(QStringLiteral("n'a pas été modifiée")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("ERROR")) && !refused.err.contains(QStringLiteral("permission denied")), qPrintable(refused.err));
        QCOMPARE(contents(run({QStringLiteral("info"), QStringLiteral("--db"), admin, QStringLiteral("--json")})), contents(before));

        // Roles need a role that may create them: a reader applying them is told PostgreSQL's refusal.
        const Run notAdmin = run({QStringLiteral("roles"), QStringLiteral("--db"), asReader, QStringLiteral("--apply")});
        QCOMPARE(notAdmin.status, 1);
        QVERIFY(!notAdmin.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
