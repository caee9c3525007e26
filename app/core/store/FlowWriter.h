#pragma once
// Writes flow rows during an import. The generic writer uses Qt Sql only; a backend may provide
// a faster one (see SqliteBackend), which is the only place engine-specific bulk tricks live.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace odema {

struct FlowRow {
    qint64 datasetId = 0;   ///< the data set the figure belongs to (never 0 once written)
    bool treatment = false; ///< false: collecte (per stream), true: traitement (per mode)
    int year = 0;
    qint64 territoryId = 0;
    qint64 streamId = 0;
    qint64 modeId = 0;    ///< 0 = none
    qint64 channelId = 0; ///< 0 = unknown
    qint64 grams = 0;       ///< exact tonnage in grams (common/Tonnage.h)
    qint64 sourceId = 0;
};

class FlowWriter {
public:
    virtual ~FlowWriter() = default;
    virtual void add(const FlowRow &row) = 0;
    /// Flushes what is buffered; throws OdemaError on failure.
    virtual void finish() = 0;
};

/// Portable writer: one prepared INSERT, one exec per row, inside the caller's transaction.
class GenericFlowWriter : public FlowWriter {
public:
    explicit GenericFlowWriter(const QSqlDatabase &db);
    void add(const FlowRow &row) override;
    void finish() override {}

private:
    QSqlQuery m_insert;
};

} // namespace odema
