#include "store/FlowWriter.h"

#include "store/SqlUtil.h"

namespace odema {

GenericFlowWriter::GenericFlowWriter(const QSqlDatabase &db)
    : m_insert(sql::prepare(db, QStringLiteral(
          "INSERT INTO flow(kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, dataset_id) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

void GenericFlowWriter::add(const FlowRow &row)
{
    m_insert.bindValue(0, row.treatment ? QStringLiteral("traitement") : QStringLiteral("collecte"));
    m_insert.bindValue(1, row.year);
    m_insert.bindValue(2, row.territoryId);
    m_insert.bindValue(3, row.streamId);
    m_insert.bindValue(4, row.modeId ? QVariant(row.modeId) : QVariant());
    m_insert.bindValue(5, row.channelId ? QVariant(row.channelId) : QVariant());
    m_insert.bindValue(6, row.grams);
    m_insert.bindValue(7, row.sourceId);
    m_insert.bindValue(8, row.datasetId);
    sql::exec(m_insert);
}

} // namespace odema
