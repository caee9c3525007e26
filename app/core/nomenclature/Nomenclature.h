#pragma once
// Waste streams, treatment modes and collection channels: seeded from
// resources/nomenclature.json, extended by imports. Matching by code first, then by label
// ignoring case, accents and punctuation. Unknown entries are added, never dropped, and
// reported through added().
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace odema {

class Nomenclature {
public:
    /// Fills the empty nomenclature tables of a new store from the resource file.
    static void seed(QSqlDatabase &db);

    explicit Nomenclature(QSqlDatabase db);

    /// Stream id for a SINOE code (label used only to create an unknown code).
    qint64 streamForCode(const QString &code, const QString &label);
    /// Stream id for a label alone (observatory files); created when unknown.
    qint64 streamForLabel(const QString &label);
    qint64 modeForCode(const QString &code, const QString &label);
    qint64 modeForLabel(const QString &label);
    /// Default collection channel of a stream (0 when unknown).
    qint64 channelOfStream(qint64 streamId) const { return m_streamChannel.value(streamId, 0); }

    /// Human-readable lines for what this session added: "Flux ajouté : 02H « Textiles »".
    QStringList added() const { return m_added; }

private:
    qint64 create(const QString &table, const QString &code, const QString &label);
    void addAlias(const QString &kind, const QString &label, qint64 id);

    QSqlDatabase m_db;
    QHash<QString, qint64> m_streamByCode, m_modeByCode;
    QHash<QString, qint64> m_streamByKey, m_modeByKey;
    QHash<qint64, qint64> m_streamChannel;
    QStringList m_added;
};

} // namespace odema
