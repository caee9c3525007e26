#include "quality/QualityAcknowledgment.h"

#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace odema {

QHash<QString, QualityAcknowledgment> loadAcknowledgments(const QSqlDatabase &db)
{
    QHash<QString, QualityAcknowledgment> all;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT finding_key, comment, acknowledged_at, coalesce(acknowledged_by, '') "
                                               "FROM quality_acknowledgment"));
    while (q.next()) {
        QualityAcknowledgment a{q.value(0).toString(), q.value(1).toString(),
                                QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()};
        all.insert(a.key, a);
    }
    return all;
}

void acknowledgeFinding(Store &store, const QString &key, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        throw OdemaError(QCoreApplication::translate("Quality", "Écrivez un commentaire pour prendre acte de ce constat : "
                                                                "il dit aux autres ce qui a été vérifié."));
    store.requireWritable();
    QSqlDatabase db = store.database();
    // The server knows who is connected; a local file has the session's user.
    const QString by = store.isServer() ? db.userName() : qEnvironmentVariable("USER");
    sql::Transaction transaction(db);
    sql::exec(db,
              QStringLiteral("INSERT INTO quality_acknowledgment(finding_key, comment, acknowledged_at, acknowledged_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (finding_key) DO UPDATE SET comment = excluded.comment, "
                             "acknowledged_at = excluded.acknowledged_at, acknowledged_by = excluded.acknowledged_by"),
              {key, comment.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), by.isEmpty() ? QVariant() : QVariant(by)});
    transaction.commit();
}

void withdrawAcknowledgment(Store &store, const QString &key)
{
    store.requireWritable();
    QSqlDatabase db = store.database();
    sql::Transaction transaction(db);
    sql::exec(db, QStringLiteral("DELETE FROM quality_acknowledgment WHERE finding_key = ?"), {key});
    transaction.commit();
}

} // namespace odema
