#include "import/Importer.h"

#include "common/OdemaError.h"
#include "import/CsvReader.h"
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

namespace odema {

namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Import", text, nullptr, n); }

constexpr qint64 kMaxJsonSize = 256LL << 20;

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(delimiter);
}

bool looksLikeJson(const QByteArray &head)
{
    for (char c : head) {
        if (c == '[' || c == '{')
            return true;
        if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\xEF' || c == '\xBB' || c == '\xBF'))
            return false;
    }
    return false;
}

bool looksBinary(const QByteArray &head)
{
    return head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF");
}

/// Deletes the rows of older files that this file covers (same kind, year, territory, stream,
/// mode): a newer vintage of a dataset replaces what it re-states and keeps the rest.
qint64 replaceCoveredRows(QSqlDatabase &db, qint64 sourceId)
{
    if (!sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM flow WHERE source_id <> ?)"), {sourceId}).toBool())
        return 0;
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

QString sha256Of(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    hash.addData(&file);
    file.seek(0);
    return QString::fromLatin1(hash.result().toHex());
}

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
    if (head.trimmed().isEmpty())
        throw OdemaError(tr("%1:1:1: fichier vide.").arg(report.fileName));
    if (looksBinary(head))
        throw OdemaError(tr("%1:1:1: fichier binaire (tableur ? archive ?) : exportez-le en CSV (UTF-8).").arg(report.fileName));

    QSqlDatabase db = m_store.database();
    // Same bytes as a file already in the store: nothing to do, say so.
    const QString sha = sha256Of(file);
    if (const QString earlier = existingImport(db, sha); !earlier.isEmpty()) {
        report.sha256 = sha;
        report.alreadyImported = true;
        report.alreadyImportedAs = earlier;
        return report;
    }
    report.sha256 = sha;

    sql::Transaction transaction(db);
    QSqlQuery source = sql::exec(db, QStringLiteral(
        "INSERT INTO source_file(name, sha256, format, imported_at) VALUES (?, ?, '', ?)"),
        {report.fileName, sha, QDateTime::currentDateTime().toString(Qt::ISODate)});
    const qint64 sourceId = source.lastInsertId().toLongLong();
    TerritoryRegistry territories(db);
    Nomenclature nomenclature(db);
    ImportProblems problems(report.fileName);
    ImportContext context{db, m_store.backend(), sourceId, territories, nomenclature, problems, report, options, feedback, file.size()};

    bool flows = false;
    if (looksLikeJson(head)) {
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
        CsvDialect dialect;
        dialect.encoding = detectEncoding(head, head.size() == file.size());
        {
            QStringDecoder decoder(dialect.encoding.codec.constData());
            const QString text = decoder.decode(QByteArrayView(head).sliced(dialect.encoding.bomLength));
            dialect.delimiter = sniffDelimiter(text);
        }
        report.encoding = dialect.encoding.name;
        report.delimiter = delimiterName(dialect.delimiter);
        CsvReader reader(&file, dialect, report.fileName);
        CsvRecord header;
        if (!reader.next(header))
            throw OdemaError(tr("%1:1:1: fichier vide.").arg(report.fileName));
        QStringList columns;
        for (QStringView f : header.fields)
            columns << f.trimmed().toString();
        const auto match = detectCsvLayout(columns);
        if (!match)
            throw OdemaError(tr("%1:%2:1: format de fichier non reconnu. Colonnes trouvées : %3.")
                                 .arg(report.fileName).arg(header.line).arg(columns.join(QStringLiteral(", "))),
                             QStringList{tr("Formats connus :")} + knownCsvLayouts());
        report.layout = layoutName(match->layout);
        report.layoutId = layoutId(match->layout);
        flows = isFlowLayout(match->layout);
        if (flows) {
            m_store.backend().beginBulkLoad(db);
            importFlowRecords(context, reader, *match);
        } else {
            importReferenceRecords(context, reader, *match);
        }
    }
    if (!problems.isEmpty())
        throw OdemaError(tr("%1 refusé : %n problème(s) ; la base n'a pas été modifiée.", problems.count()).arg(report.fileName),
                         problems.lines());
    context.checkpoint(file.size());
    if (flows) {
        m_store.backend().endBulkLoad(db);
        report.rowsReplaced = replaceCoveredRows(db, sourceId);
    }
    report.notes << nomenclature.added();
    report.territoriesCreated = territories.createdCount();
    sql::exec(db, QStringLiteral("UPDATE source_file SET format = ?, encoding = ?, delimiter = ?, row_count = ? WHERE id = ?"),
              {report.layoutId, report.encoding, report.delimiter, report.rowsStored, sourceId});
    m_store.refreshDerived();
    transaction.commit();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace odema
