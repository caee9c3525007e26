#include "import/FileImport.h"

#include "common/FileChecks.h"
#include "common/WorkResult.h"
#include "dataset/DataSetCatalog.h"
#include "import/ImportCheck.h"
#include "import/ImportRules.h"
#include "import/ImportSource.h"
#include "import/JsonImport.h"
#include "import/JsonLocator.h"
#include "import/Revision.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlBackend.h"
#include "store/Store.h"
#include "store/StoreWrite.h"
#include "territory/TerritoryRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace odema {

namespace {

constexpr qint64 kMaxJsonSize = 256LL << 20;
constexpr qint64 kHashFirstLimit = 16LL << 20;

/// "name, importé le date" of an earlier import of the same bytes, or empty.
QString existingImport(const QSqlDatabase &db, const QString &sha)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name, imported_at FROM source_file WHERE sha256 = ?"), {sha});
    return q.next() ? QCoreApplication::translate("Import", "%1, importé le %2").arg(q.value(0).toString(), q.value(1).toString())
                    : QString();
}

/// Compares the file with the slices the store holds (another export of the same data sets) and
/// replaces them when asked; refuses otherwise, naming what would change. A check only reports.
void applyRevision(ImportContext &c)
{
    RevisionSummary &revision = c.report.revision;
    revision = compareSlices(c.db, c.sourceId, c.flowSlices, c.publishedSlices);
    QHash<qint64, QString> names;
    for (const TerritoryRegistry::PopulationChange &p : c.territories.populationChanges()) {
        if (!names.contains(p.territoryId))
            names.insert(p.territoryId, sql::scalar(c.db, QStringLiteral("SELECT name || ' (' || level || ':' || code || ')' FROM territory WHERE id = ?"),
                                                    {p.territoryId}).toString());
        revision.populations << PopulationRevision{names.value(p.territoryId), p.year, p.kind, p.before, p.after, p.beforeFile};
    }
    if (!revision.isEmpty() && !c.options.replace && !c.options.checkOnly)
        throw OdemaError(revisionRefusal(c.report.fileName, revision), revision.describe());
    // Identical slices move to the new export too: the store names the latest export of each figure.
    revision.rowsReplaced = replaceSlices(c.db, c.sourceId, c.flowSlices, c.publishedSlices);
    revision.applied = !revision.isEmpty() && !c.options.checkOnly;
    c.report.rowsReplaced = revision.rowsReplaced;
    if (revision.applied)
        c.report.notes << revision.describe();
}

} // namespace

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db, const SqlBackend &backend) : m_db(std::move(db)), m_backend(backend)
{
    m_backend.setForeignKeyChecks(m_db, false);
}

ForeignKeysOff::~ForeignKeysOff()
{
    // Never throws: it runs while a refusal unwinds (a second exception would end the program)
    // and after a commit already reported done. A connection whose checks could not be switched
    // back on is closed, so that nothing writes through it unchecked.
    try {
        m_backend.setForeignKeyChecks(m_db, true);
    } catch (const std::exception &e) {
        qWarning("Foreign-key checks could not be switched back on (%s); the connection is closed.", e.what());
        m_db.close();
    }
}

/// Lives from read() to finish(): the checks switched off before the transaction opens (engines
/// ignore the switch inside one) and on again after it ends, and what the layout importers write
/// through.
struct FileImport::Open {
    Open(FileImport &run, QSqlDatabase db)
        : foreignKeysOff(db, run.m_store.backend()),
          transaction(run.m_store, QCoreApplication::translate("Import", "import de %1").arg(run.m_report.fileName)),
          problems(run.m_report.fileName)
    {
        const QSqlQuery source = sql::exec(db, QStringLiteral(
            "INSERT INTO source_file(name, sha256, format, imported_at) VALUES (?, ?, '', ?)"),
            {run.m_report.fileName, run.m_hashFirst ? run.m_report.sha256 : QStringLiteral("pending:") + run.m_report.filePath,
             QDateTime::currentDateTime().toString(Qt::ISODate)});
        run.m_sourceId = source.lastInsertId().toLongLong();
        DataSetCatalog::seed(db); // data sets a newer version knows, before any row names one
        territories.emplace(db);
        nomenclature.emplace(db);
        datasets.emplace(db);
        context.emplace(ImportContext{db, run.m_store.backend(), run.m_sourceId, *territories, *nomenclature, *datasets, problems, warnings,
                                      run.m_report, run.m_options, run.m_feedback, run.m_file.size()});
    }
    ForeignKeysOff foreignKeysOff; ///< declared first: on again once the transaction has ended
    StoreWrite transaction; ///< on a shared store, a second import is told who imports what
    ImportProblems problems;
    ImportWarnings warnings;
    std::optional<TerritoryRegistry> territories;
    std::optional<Nomenclature> nomenclature;
    std::optional<DataSetCatalog> datasets;
    std::optional<ImportContext> context;
    OpenedRecords opened;
    std::unique_ptr<RejectingSource> rejecting;
};

FileImport::FileImport(Store &store, const QString &path, const ImportOptions &options, ImportFeedback *feedback)
    : m_store(store), m_file(path), m_options(options), m_feedback(feedback)
{
    m_total.start();
    m_store.requireWritable();
    refuseSpecialFile(path); // a FIFO would block the open below forever
    if (!m_file.open(QIODevice::ReadOnly))
        throw OdemaError(QCoreApplication::translate("Import", "Impossible de lire « %1 » : %2").arg(path, m_file.errorString()));
    m_report.filePath = QFileInfo(path).absoluteFilePath();
    m_report.fileName = QFileInfo(path).fileName();
    m_head = m_file.peek(4 << 20);
    refuseUnreadable(sniffFileKind(m_head), m_report.fileName, m_head);
    m_hashFirst = m_file.size() < kHashFirstLimit;
    m_phase.start();
}

FileImport::~FileImport()
{
    // A refused or cancelled import stops hashing before its rows roll back with m_open.
    if (m_shaLater)
        m_shaLater->stop();
}

void FileImport::endPhase(const QString &name) { m_report.phases.append({name, m_phase.restart() / 1000.0}); }

void FileImport::checkpoint() const
{
    if (m_feedback && m_feedback->isCanceled())
        throw CancelledError(QCoreApplication::translate("Import", "Import annulé : la base n'a pas été modifiée."));
}

bool FileImport::findEarlierCopy()
{
    if (!m_hashFirst) {
        m_shaLater.emplace(m_report.filePath);
        return false;
    }
    m_report.sha256 = fileSha256(m_report.filePath);
    endPhase(QStringLiteral("empreinte"));
    const QString earlier = existingImport(m_store.database(), m_report.sha256);
    if (earlier.isEmpty())
        return false;
    m_report.alreadyImported = true;
    m_report.alreadyImportedAs = earlier;
    return true;
}

void FileImport::read()
{
    m_open = std::make_unique<Open>(*this, m_store.database());
    if (sniffFileKind(m_head) == FileKind::Json)
        readJson();
    else
        readTable();
    endPhase(QStringLiteral("lecture+écriture"));
    const ImportProblems &problems = m_open->problems;
    m_report.problemCount = problems.count();
    m_report.problems = problems.entries();
    m_report.problemLines = problems.problemLines();
    m_report.warningCount = m_open->warnings.count();
    m_report.warnings = m_open->warnings.entries();
    if (!problems.isEmpty() && !m_options.checkOnly)
        throw OdemaError(QCoreApplication::translate("Import", "%1 refusé : %n problème(s) ; la base n'a pas été modifiée.", nullptr,
                                                     problems.count()).arg(m_report.fileName),
                         problems.lines());
    m_open->context->checkpoint(m_file.size());
}

void FileImport::readJson()
{
    if (m_file.size() > kMaxJsonSize)
        throw OdemaError(QCoreApplication::translate("Import", "%1 : fichier JSON de plus de 256 Mo, refusé.").arg(m_report.fileName));
    QByteArray bytes = m_file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QJsonDocument document = parseJsonFile(bytes, m_report.fileName);
    const auto layout = detectJsonLayout(document);
    if (!layout)
        throw OdemaError(QCoreApplication::translate("Import", "%1 : structure JSON non reconnue.").arg(m_report.fileName),
                         knownCsvLayouts());
    m_report.layout = layoutName(*layout);
    m_report.layoutId = layoutId(*layout);
    m_report.encoding = QStringLiteral("UTF-8");
    importJsonDocument(*m_open->context, document, JsonLocator(bytes), *layout);
}

void FileImport::readTable()
{
    Open &open = *m_open;
    open.opened = openRecords(m_file, m_head, sniffFileKind(m_head), m_options, m_report.fileName);
    open.opened.records->setWarnings(&open.warnings);
    m_report.encoding = open.opened.encoding;
    m_report.delimiter = open.opened.delimiter.isNull() ? QString() : delimiterName(open.opened.delimiter);
    m_report.sheet = open.opened.sheet;
    const FoundHeader header = findHeader(*open.opened.records, m_options, m_report.fileName);
    if (!header.match)
        refuseUnknownLayout(m_report.fileName, header);
    m_report.headerLine = header.line;
    int duplicateColumn = 0;
    if (const QString why = rules::duplicateHeaderProblem(header.columns, &duplicateColumn); !why.isEmpty() && !m_options.mapping)
        throw OdemaError(QStringLiteral("%1:%2:%3: %4").arg(m_report.fileName, QString::number(header.line),
                                                            QString::number(duplicateColumn), why));
    if (!open.opened.workbook)
        open.context->headerWidth = int(header.columns.size());
    open.context->fileDecimal = sniffFileDecimal(m_head, open.opened, m_report.fileName);
    const LayoutMatch &match = *header.match;
    m_report.layout = layoutName(match.layout);
    m_report.layoutId = layoutId(match.layout);
    RecordSource *records = open.opened.records.get();
    if (!m_options.skipLines.isEmpty()) {
        open.rejecting = std::make_unique<RejectingSource>(*records, m_options.skipLines,
                                                           m_options.checkOnly ? QString() : rejectsPathFor(m_report.filePath),
                                                           header.columns, open.opened.delimiter);
        records = open.rejecting.get();
    }
    m_flows = isFlowLayout(match.layout);
    if (m_flows) {
        QSqlDatabase db = m_store.database();
        m_hadFlows = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM flow)")).toBool();
        m_store.backend().beginBulkLoad(db);
        importFlowRecords(*open.context, *records, match);
    } else if (isPublishedLayout(match.layout)) {
        importPublishedRecords(*open.context, *records, match);
    } else if (match.layout == Layout::InstallationDirectory) {
        importInstallationRecords(*open.context, *records, match);
    } else if (match.layout == Layout::NomenclatureDechets || match.layout == Layout::NomenclatureActeurs) {
        importCodeListRecords(*open.context, *records, match);
    } else {
        importReferenceRecords(*open.context, *records, match);
    }
    if (const auto *csv = dynamic_cast<const CsvReader *>(open.opened.records.get()))
        m_report.encoding = csv->encoding().name; // a head of ASCII decided at the first other byte
    if (open.rejecting) {
        m_report.rowsRejected = open.rejecting->rejected();
        m_report.notes << QCoreApplication::translate("Import", "%n ligne(s) écartée(s) à la demande.", nullptr,
                                                      int(m_report.rowsRejected));
    }
}

void FileImport::buildIndexes()
{
    if (!m_flows)
        return;
    QSqlDatabase db = m_store.database();
    m_store.backend().endBulkLoad(db);
    endPhase(QStringLiteral("index"));
    checkpoint();
}

void FileImport::replaceOlderRows()
{
    QSqlDatabase db = m_store.database();
    if (m_flows && m_options.checkOnly)
        summariseCheckedFlows(db, m_sourceId, m_report); // before the replaced slices go
    // Flows into a store without any need no comparison.
    if (!m_flows || m_hadFlows)
        applyRevision(*m_open->context);
    endPhase(QStringLiteral("révision"));
    checkpoint();
}

bool FileImport::findLateCopy()
{
    if (m_hashFirst)
        return false;
    m_report.sha256 = m_shaLater->result();
    QSqlDatabase db = m_store.database();
    if (const QString earlier = existingImport(db, m_report.sha256); !earlier.isEmpty()) {
        ImportReport repeat;
        repeat.fileName = m_report.fileName;
        repeat.filePath = m_report.filePath;
        repeat.sha256 = m_report.sha256;
        repeat.alreadyImported = true;
        repeat.alreadyImportedAs = earlier;
        m_report = repeat;
        return true;
    }
    sql::exec(db, QStringLiteral("UPDATE source_file SET sha256 = ? WHERE id = ?"), {m_report.sha256, m_sourceId});
    return false;
}

void FileImport::refreshDerived()
{
    const Nomenclature &nomenclature = *m_open->nomenclature;
    m_report.nomenclatureAdded = nomenclature.added();
    m_report.notes << nomenclature.added() << m_open->datasets->added();
    m_report.territoriesCreated = m_open->territories->createdCount();
    sql::exec(m_store.database(), QStringLiteral(
        "UPDATE source_file SET format = ?, encoding = ?, delimiter = ?, row_count = ? WHERE id = ?"),
        {m_report.layoutId, m_report.encoding, m_report.delimiter, m_report.rowsStored, m_sourceId});
    saveImportWarnings(m_store.database(), m_sourceId, m_report.warnings, m_report.warningCount);
    m_store.refreshDerived();
    endPhase(QStringLiteral("tables dérivées"));
}

ImportReport FileImport::finish()
{
    if (m_options.checkOnly) {
        m_report.checked = true;
        m_open.reset(); // rolls everything back
        m_report.seconds = m_total.elapsed() / 1000.0;
        return m_report;
    }
    checkpoint(); // the last one: past it, a Cancel comes too late and the file is imported
    if (m_feedback && !m_open->transaction.isSavepoint())
        m_feedback->committing(); // (in a batch, Importer::importFiles says it before its commit)
    // The rows left out are saved before the rows kept are committed: a failure to write them
    // refuses the import instead of following a commit that was already reported done.
    if (m_open->rejecting) {
        m_open->rejecting->commit();
        m_report.rejectsPath = rejectsPathFor(m_report.filePath);
    }
    try {
        m_open->transaction.commit(StoreChange::of(StoreChange::Kind::Import, {m_report.fileName}, m_report.rowsStored));
    } catch (const OdemaError &) {
        if (!m_report.rejectsPath.isEmpty())
            QFile::remove(m_report.rejectsPath);
        throw;
    }
    m_open.reset();
    endPhase(QStringLiteral("commit"));
    m_report.seconds = m_total.elapsed() / 1000.0;
    return m_report;
}

} // namespace odema
