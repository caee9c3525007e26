#include "import/Importer.h"

#include "common/OdemaError.h"
#include "import/CsvReader.h"
#include "import/ImportCheck.h"
#include "import/ImportSource.h"
#include "import/RejectedRows.h"
#include "import/ImportContext.h"
#include "import/JsonImport.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryRegistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <future>

namespace odema {

namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Import", text, nullptr, n); }

constexpr qint64 kMaxJsonSize = 256LL << 20;

/// Deletes the rows of older files that this file covers (same kind, year, territory, stream,
/// mode): a newer vintage of a dataset replaces what it re-states and keeps the rest.
qint64 replaceCoveredRows(QSqlDatabase &db, qint64 sourceId)
{
    sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.covered"));
    sql::exec(db, QStringLiteral(
        "CREATE TEMP TABLE covered AS SELECT DISTINCT kind, year, territory_id, stream_id, coalesce(mode_id, 0) AS mode_id "
        "FROM flow WHERE source_id = ?"), {sourceId});
    sql::exec(db, QStringLiteral("CREATE INDEX temp.covered_key ON covered(territory_id, year, stream_id, mode_id, kind)"));
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "DELETE FROM flow WHERE source_id <> ? AND EXISTS (SELECT 1 FROM covered c WHERE c.territory_id = flow.territory_id "
        "AND c.year = flow.year AND c.stream_id = flow.stream_id AND c.mode_id = coalesce(flow.mode_id, 0) AND c.kind = flow.kind)"),
        {sourceId});
    const qint64 replaced = q.numRowsAffected();
    sql::exec(db, QStringLiteral("DROP TABLE temp.covered"));
    return replaced;
}

QString existingImport(const QSqlDatabase &db, const QString &sha)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name, imported_at FROM source_file WHERE sha256 = ?"), {sha});
    return q.next() ? tr("%1, importé le %2").arg(q.value(0).toString(), q.value(1).toString()) : QString();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw OdemaError(tr("Impossible de lire « %1 » : %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

constexpr qint64 kHashFirstLimit = 16LL << 20;

/// Foreign-key checks off for the life of the object. Engines ignore the switch inside a
/// transaction, so it is made before the outermost one opens (a file's, or a batch's).
struct ForeignKeysOff {
    QSqlDatabase &db;
    const SqlBackend &backend;
    ForeignKeysOff(QSqlDatabase &d, const SqlBackend &b) : db(d), backend(b) { backend.setForeignKeyChecks(db, false); }
    ~ForeignKeysOff() { backend.setForeignKeyChecks(db, true); }
};

} // namespace

Importer::Importer(Store &store) : m_store(store) {}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options, ImportFeedback *feedback)
{
    QElapsedTimer timer;
    timer.start();
    m_store.requireWritable();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(tr("Impossible de lire « %1 » : %2").arg(path, file.errorString()));
    ImportReport report;
    report.filePath = QFileInfo(path).absoluteFilePath();
    report.fileName = QFileInfo(path).fileName();
    const QByteArray head = file.peek(4 << 20);
    const FileKind kind = sniffFileKind(head);
    refuseUnreadable(kind, report.fileName);

    QSqlDatabase db = m_store.database();
    // Same bytes as a file already in the store: nothing to do, say so.
    QElapsedTimer phase;
    phase.start();
    auto endPhase = [&report, &phase](const QString &name) { report.phases.append({name, phase.restart() / 1000.0}); };
    // Small files are hashed first, so a repeated import answers at once. Large ones are hashed
    // on the other core while they are read; a repeat is then found at the end and rolled back.
    const bool hashFirst = file.size() < kHashFirstLimit;
    std::future<QString> shaLater;
    if (hashFirst) {
        report.sha256 = sha256Of(path);
        if (const QString earlier = existingImport(db, report.sha256); !earlier.isEmpty()) {
            report.alreadyImported = true;
            report.alreadyImportedAs = earlier;
            return report;
        }
    } else {
        shaLater = std::async(std::launch::async, [path] { return sha256Of(path); });
    }

    // Declared before the transaction so that checks come back on after commit or rollback.
    ForeignKeysOff foreignKeysOff(db, m_store.backend());
    sql::Transaction transaction(db);
    QSqlQuery source = sql::exec(db, QStringLiteral(
        "INSERT INTO source_file(name, sha256, format, imported_at) VALUES (?, ?, '', ?)"),
        {report.fileName, hashFirst ? report.sha256 : QStringLiteral("pending:") + report.filePath,
         QDateTime::currentDateTime().toString(Qt::ISODate)});
    const qint64 sourceId = source.lastInsertId().toLongLong();
    TerritoryRegistry territories(db);
    Nomenclature nomenclature(db);
    ImportProblems problems(report.fileName);
    ImportContext context{db, m_store.backend(), sourceId, territories, nomenclature, problems, report, options, feedback, file.size()};

    bool flows = false;
    bool hadFlows = false; // nothing to replace in a store without flows
    std::unique_ptr<RejectingSource> rejecting;
    if (kind == FileKind::Json) {
        if (file.size() > kMaxJsonSize)
            throw OdemaError(tr("%1 : fichier JSON de plus de 256 Mo, refusé.").arg(report.fileName));
        const QJsonDocument document = parseJsonFile(file.readAll(), report.fileName);
        const auto layout = detectJsonLayout(document);
        if (!layout)
            throw OdemaError(tr("%1 : structure JSON non reconnue.").arg(report.fileName), knownCsvLayouts());
        report.layout = layoutName(*layout);
        report.layoutId = layoutId(*layout);
        report.encoding = QStringLiteral("UTF-8");
        importJsonDocument(context, document, *layout);
    } else {
        OpenedRecords opened = openRecords(file, head, kind, options, report.fileName);
        report.encoding = opened.encoding;
        report.delimiter = opened.delimiter.isNull() ? QString() : delimiterName(opened.delimiter);
        report.sheet = opened.sheet;
        const FoundHeader header = findHeader(*opened.records, options, report.fileName);
        if (!header.match)
            refuseUnknownLayout(report.fileName, header);
        report.headerLine = header.line;
        const LayoutMatch &match = *header.match;
        report.layout = layoutName(match.layout);
        report.layoutId = layoutId(match.layout);
        RecordSource *records = opened.records.get();
        if (!options.skipLines.isEmpty()) {
            rejecting = std::make_unique<RejectingSource>(*records, options.skipLines,
                                                          options.checkOnly ? QString() : rejectsPathFor(report.filePath),
                                                          header.columns, opened.delimiter);
            records = rejecting.get();
        }
        flows = isFlowLayout(match.layout);
        if (flows) {
            hadFlows = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM flow)")).toBool();
            m_store.backend().beginBulkLoad(db);
            importFlowRecords(context, *records, match);
        } else {
            importReferenceRecords(context, *records, match);
        }
        if (rejecting) {
            report.rowsRejected = rejecting->rejected();
            report.notes << tr("%n ligne(s) écartée(s) à la demande.", int(report.rowsRejected));
        }
    }
    endPhase(QStringLiteral("lecture+écriture"));
    report.problemCount = problems.count();
    report.problems = problems.entries();
    report.problemLines = problems.problemLines();
    if (!problems.isEmpty() && !options.checkOnly)
        throw OdemaError(tr("%1 refusé : %n problème(s) ; la base n'a pas été modifiée.", problems.count()).arg(report.fileName),
                         problems.lines());
    context.checkpoint(file.size());
    if (flows) {
        m_store.backend().endBulkLoad(db);
        endPhase(QStringLiteral("index"));
        if (options.checkOnly)
            summariseCheckedFlows(db, sourceId, report);
        if (hadFlows)
            report.rowsReplaced = replaceCoveredRows(db, sourceId);
        endPhase(QStringLiteral("remplacement"));
    }
    if (!hashFirst) {
        report.sha256 = shaLater.get();
        if (const QString earlier = existingImport(db, report.sha256); !earlier.isEmpty()) {
            ImportReport repeat;
            repeat.fileName = report.fileName;
            repeat.filePath = report.filePath;
            repeat.sha256 = report.sha256;
            repeat.alreadyImported = true;
            repeat.alreadyImportedAs = earlier;
            return repeat; // the transaction rolls back
        }
        sql::exec(db, QStringLiteral("UPDATE source_file SET sha256 = ? WHERE id = ?"), {report.sha256, sourceId});
    }
    report.nomenclatureAdded = nomenclature.added();
    report.notes << nomenclature.added();
    report.territoriesCreated = territories.createdCount();
    sql::exec(db, QStringLiteral("UPDATE source_file SET format = ?, encoding = ?, delimiter = ?, row_count = ? WHERE id = ?"),
              {report.layoutId, report.encoding, report.delimiter, report.rowsStored, sourceId});
    m_store.refreshDerived();
    endPhase(QStringLiteral("tables dérivées"));
    if (options.checkOnly) {
        report.checked = true; // the transaction's destructor rolls everything back
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    }
    transaction.commit();
    if (rejecting) {
        rejecting->commit();
        report.rejectsPath = rejectsPathFor(report.filePath);
    }
    endPhase(QStringLiteral("commit"));
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

QList<ImportReport> Importer::importFiles(const QList<BatchItem> &items, ImportFeedback *feedback,
                                          const std::function<void(int, const ImportReport &)> &fileDone)
{
    m_store.requireWritable();
    QSqlDatabase db = m_store.database();
    ForeignKeysOff foreignKeysOff(db, m_store.backend());
    sql::Transaction batch(db); // each file's own transaction becomes a savepoint inside it
    QList<ImportReport> reports;
    QStringList rejects; // written beside their source at each file's end: gone if the batch is
    auto dropRejects = [&rejects] {
        for (const QString &path : std::as_const(rejects))
            QFile::remove(path);
    };
    for (int i = 0; i < items.size(); ++i) {
        try {
            if (feedback && feedback->isCanceled())
                throw OdemaError(tr("Import annulé : la base n'a pas été modifiée."));
            reports << importFile(items.at(i).path, items.at(i).options, feedback);
        } catch (const OdemaError &e) {
            dropRejects();
            const QString name = QFileInfo(items.at(i).path).fileName();
            throw OdemaError(items.size() == 1 ? e.message()
                                               : tr("%1\nAucun des %2 fichiers n'a été importé : la base est telle qu'avant (arrêt sur « %3 »).")
                                                     .arg(e.message()).arg(items.size()).arg(name),
                             e.details());
        }
        if (!reports.last().rejectsPath.isEmpty())
            rejects << reports.last().rejectsPath;
        if (fileDone)
            fileDone(i, reports.last());
    }
    batch.commit();
    return reports;
}

} // namespace odema
