#include "sample/SampleData.h"

#include "common/OdemaError.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema::SampleData {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// Maps one file's progress onto its slice of the whole run.
class SliceFeedback : public ImportFeedback {
public:
    SliceFeedback(ImportFeedback *outer, int index, int count) : m_outer(outer), m_index(index), m_count(count) {}
    void setProgress(double fraction) override
    {
        if (m_outer) {
            if (m_outer->isCanceled())
                cancel();
            m_outer->setProgress((m_index + fraction) / m_count);
        }
    }

private:
    ImportFeedback *m_outer;
    int m_index, m_count;
};

} // namespace

QString locate(const QString &sourceTree, const QString &installedSubdir)
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("ODEMA_DATA_DIR"))
        candidates << qEnvironmentVariable("ODEMA_DATA_DIR");
    candidates << QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).filePath(installedSubdir);
    candidates << sourceTree;
    for (const QString &dir : candidates)
        if (!dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))))
            return QDir(dir).absolutePath();
    return QString();
}

QList<ImportReport> importInto(Store &store, const QString &dataDir, ImportFeedback *feedback)
{
    QFile manifest(QDir(dataDir).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Données d'exemple introuvables dans « %1 ».").arg(dataDir));
    const QJsonArray files = QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("files")).toArray();
    Importer importer(store);
    QList<ImportReport> reports;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        ImportOptions options;
        if (entry.contains(QLatin1String("populationYear")))
            options.populationYear = entry.value(QLatin1String("populationYear")).toInt();
        SliceFeedback slice(feedback, i, int(files.size()));
        reports << importer.importFile(QDir(dataDir).filePath(entry.value(QLatin1String("file")).toString()), options, &slice);
        if (feedback && feedback->isCanceled())
            break;
    }
    return reports;
}

QString manifestSha256(const QString &dataDir)
{
    QFile manifest(QDir(dataDir).filePath(QStringLiteral("manifest.json")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!manifest.open(QIODevice::ReadOnly) || !hash.addData(&manifest))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QString prebuiltStore(const QString &dataDir)
{
    const QString store = QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("../share/odema-explorer/sample/odema-sample.sqlite"));
    QFile made(store + QStringLiteral(".manifest-sha256"));
    if (!QFileInfo::exists(store) || !made.open(QIODevice::ReadOnly))
        return QString();
    const QString sha = manifestSha256(dataDir);
    return !sha.isEmpty() && QString::fromLatin1(made.readAll().trimmed()) == sha ? QDir::cleanPath(store) : QString();
}

void copyPrebuilt(const QString &prebuilt, const QString &target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile source(prebuilt);
    if (!source.copy(partial))
        throw OdemaError(Tr::tr("Copie de la base d'exemple « %1 » impossible : %2").arg(prebuilt, source.errorString()));
    // An installed copy is read-only for the user; theirs is theirs to write.
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw OdemaError(Tr::tr("Copie de la base d'exemple vers « %1 » impossible.").arg(target));
    }
}

} // namespace odema::SampleData
