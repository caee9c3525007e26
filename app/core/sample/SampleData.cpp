#include "sample/SampleData.h"

#include "common/OdemaError.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema::SampleData {

namespace {

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
        throw OdemaError(QCoreApplication::translate("Import", "Données d'exemple introuvables dans « %1 ».").arg(dataDir));
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

} // namespace odema::SampleData
