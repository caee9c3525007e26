#pragma once
// Flow rows into PostgreSQL by COPY … FROM STDIN (binary), on libpq beneath Qt's connection,
// inside the import's transaction: all-or-nothing like any other write. The COPY stays open
// while rows stream in, so that the server stores them while the importer reads the next ones
// (two cores at work); a statement of the importer in between (a new territory) first ends it
// (sql::setPendingBulkWrite), and the rows after it open a new one.
#include "store/FlowWriter.h"

#include <QByteArray>
#include <QSqlDatabase>

struct pg_conn;

namespace odema {

class PostgresCopyWriter final : public FlowWriter {
public:
    explicit PostgresCopyWriter(const QSqlDatabase &db);
    ~PostgresCopyWriter() override;
    PostgresCopyWriter(const PostgresCopyWriter &) = delete;
    PostgresCopyWriter &operator=(const PostgresCopyWriter &) = delete;

    void add(const FlowRow &row) override;
    void finish() override;

private:
    void beginCopy();
    void sendPending();
    void endCopy();
    [[noreturn]] void fail(const QString &what);

    QSqlDatabase m_db;
    pg_conn *m_connection = nullptr;
    QByteArray m_pending; ///< encoded rows not yet handed to libpq
    int m_pendingRows = 0;
    bool m_copying = false;
};

} // namespace odema
