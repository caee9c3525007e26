#pragma once
// Acknowledgments of quality findings: an analyst's comment on a doubtful figure ("écart connu,
// l'ADEME a révisé 2017"), kept in the store (table quality_acknowledgment, schema version 8)
// under the finding's stable key, so that the next run of the checks finds it again. Shown with
// the finding in the Qualité tab and printed in the fact sheet's notes.
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace odema {

class Store;

struct QualityAcknowledgment {
    QString key;
    QString comment;
    QDateTime at; ///< UTC
    QString by;   ///< user name, may be empty
};

/// Every acknowledgment of the store, by finding key.
QHash<QString, QualityAcknowledgment> loadAcknowledgments(const QSqlDatabase &db);
/// Records (or replaces) the comment on a finding. Throws OdemaError when the comment is empty
/// or the store cannot be written (read-only file, a server role without write rights).
void acknowledgeFinding(Store &store, const QString &key, const QString &comment);
/// Withdraws the acknowledgment of a finding (nothing when there is none).
void withdrawAcknowledgment(Store &store, const QString &key);

} // namespace odema
