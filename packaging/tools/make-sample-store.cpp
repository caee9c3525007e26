// Build-time tool: imports the sample data of data/manifest.json into a new store, the one a
// first start copies instead of importing the files again (7 s on a 2-core laptop, against a
// copy of a few hundred milliseconds). Made by the build from the files themselves, never
// committed: a change to a data file or to the importer makes it again.
// Beside the store it writes OUT.manifest-sha256: the hash of the manifest it was made from,
// so that the application copies it only for the same sample (not when ODEMA_DATA_DIR points
// elsewhere).
// Usage: odema-make-sample-store DATA_DIR OUT.sqlite
#include "common/OdemaError.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

using namespace odema;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: odema-make-sample-store DATA_DIR OUT.sqlite\n");
        return 2;
    }
    const QString dataDir = args.at(1), out = args.at(2);
    const QString partial = out + QStringLiteral(".partial");
    QDir().mkpath(QFileInfo(out).absolutePath());
    for (const QString &stale : {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(stale);
    QElapsedTimer timer;
    timer.start();
    try {
        qint64 rows = 0;
        {
            auto store = Store::open(partial, Store::OpenMode::CreateIfMissing);
            for (const ImportReport &r : SampleData::importInto(*store, dataDir))
                rows += r.rowsStored;
        } // closed: the store is one self-contained file again
        QFile::remove(out);
        if (!QFile::rename(partial, out))
            throw OdemaError(QStringLiteral("cannot rename %1 to %2").arg(partial, out));
        QSaveFile hash(out + QStringLiteral(".manifest-sha256"));
        if (!hash.open(QIODevice::WriteOnly) || hash.write(SampleData::manifestSha256(dataDir).toLatin1()) < 0 || !hash.commit())
            throw OdemaError(QStringLiteral("cannot write %1: %2").arg(hash.fileName(), hash.errorString()));
        std::printf("sample store: %lld rows from %s in %.1f s\n", rows, qPrintable(dataDir), timer.elapsed() / 1000.0);
    } catch (const OdemaError &e) {
        std::fprintf(stderr, "odema-make-sample-store: %s\n%s\n", qPrintable(e.message()), qPrintable(e.details().join(QLatin1Char('\n'))));
        QFile::remove(partial);
        return 1;
    }
    return 0;
}
