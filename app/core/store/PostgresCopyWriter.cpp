#include "store/PostgresCopyWriter.h"

#include "common/OdemaError.h"
#include "store/PostgresSession.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>
#include <libpq-fe.h>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Rows are gathered before a COPY opens, so that a file whose rows keep meeting new
// territories (one statement each) does not open one COPY per row; once open, the COPY is fed
// by blocks of this size.
constexpr int kRowsBeforeCopy = 8192;
constexpr int kBlockBytes = 256 * 1024;

const char kCopyStatement[] =
    "COPY flow(kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, dataset_id) FROM STDIN (FORMAT binary)";
constexpr qint16 kColumns = 9;

// PGCOPY binary format: signature, flags, header extension length; each row a field count and
// (length, bytes) per field, -1 for NULL; -1 ends the data.
const char kSignature[] = "PGCOPY\n\377\r\n";

void putInt16(QByteArray &out, qint16 v)
{
    const qint16 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 2);
}
void putInt32(QByteArray &out, qint32 v)
{
    const qint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 4);
}
void putInt8Field(QByteArray &out, qint64 v)
{
    putInt32(out, 8);
    const qint64 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 8);
}
void putNullableId(QByteArray &out, qint64 id)
{
    if (id)
        putInt8Field(out, id);
    else
        putInt32(out, -1);
}
void putTextField(QByteArray &out, const char *text)
{
    const qint32 n = qint32(std::strlen(text));
    putInt32(out, n);
    out.append(text, n);
}

} // namespace

PostgresCopyWriter::PostgresCopyWriter(const QSqlDatabase &db) : m_db(db), m_connection(PostgresSession::handle(db))
{
    if (!m_connection)
        throw OdemaError(Tr::tr("Écriture impossible dans la base : la connexion PostgreSQL n'est pas ouverte."));
    m_pending.reserve(kBlockBytes + 1024);
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    if (!m_copying)
        return;
    // Left by an exception: abandon the COPY; the import's transaction is rolled back.
    sql::setPendingBulkWrite(m_db, {});
    PQputCopyEnd(m_connection, "import interrompu");
    while (PGresult *r = PQgetResult(m_connection))
        PQclear(r);
}

void PostgresCopyWriter::add(const FlowRow &row)
{
    putInt16(m_pending, kColumns);
    putTextField(m_pending, row.treatment ? "traitement" : "collecte");
    putInt8Field(m_pending, row.year);
    putInt8Field(m_pending, row.territoryId);
    putInt8Field(m_pending, row.streamId);
    putNullableId(m_pending, row.modeId);
    putNullableId(m_pending, row.channelId);
    putInt8Field(m_pending, row.grams); // exact: integer grams (common/Tonnage.h)
    putInt8Field(m_pending, row.sourceId);
    putInt8Field(m_pending, row.datasetId);
    ++m_pendingRows;
    if (m_copying) {
        if (m_pending.size() >= kBlockBytes)
            sendPending();
    } else if (m_pendingRows >= kRowsBeforeCopy) {
        beginCopy();
        sendPending();
    }
}

void PostgresCopyWriter::finish()
{
    if (!m_copying && m_pendingRows > 0)
        beginCopy();
    if (m_copying)
        endCopy();
}

void PostgresCopyWriter::beginCopy()
{
    while (PGresult *r = PQgetResult(m_connection)) // what Qt may have left unread
        PQclear(r);
    PGresult *result = PQexec(m_connection, kCopyStatement);
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!ok)
        fail(Tr::tr("COPY refusé"));
    m_copying = true;
    QByteArray header(kSignature, sizeof kSignature); // with its terminating NUL, part of the signature
    putInt32(header, 0); // flags
    putInt32(header, 0); // header extension
    m_pending.prepend(header);
    // A statement of the importer on this connection first ends the COPY.
    sql::setPendingBulkWrite(m_db, [this] { endCopy(); });
}

void PostgresCopyWriter::sendPending()
{
    if (m_pending.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_pending.constData(), int(m_pending.size())) != 1)
        fail(Tr::tr("envoi des lignes interrompu"));
    m_pending.clear();
    m_pendingRows = 0;
}

void PostgresCopyWriter::endCopy()
{
    sql::setPendingBulkWrite(m_db, {});
    putInt16(m_pending, -1);
    sendPending();
    m_copying = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        fail(Tr::tr("fin du COPY refusée"));
    bool ok = true;
    QString error;
    while (PGresult *r = PQgetResult(m_connection)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            error = QString::fromUtf8(PQresultErrorMessage(r)).simplified();
        }
        PQclear(r);
    }
    if (!ok)
        throw OdemaError(Tr::tr("Écriture impossible dans la base : %1").arg(error));
}

void PostgresCopyWriter::fail(const QString &what)
{
    throw OdemaError(Tr::tr("Écriture impossible dans la base (%1) : %2").arg(what, PostgresSession::lastError(m_connection)));
}

} // namespace odema
