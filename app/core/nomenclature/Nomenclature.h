#pragma once
// Waste streams, treatment modes and collection channels: seeded from
// resources/nomenclature.json, extended by imports. Codes are matched within their data set
// first (table dataset_code: the OMA destination file writes "01A" for the mode others write
// "02A"), then by code, then by label ignoring case, accents and punctuation. Unknown entries are
// added, never dropped, and reported through added().
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace odema {

class Nomenclature {
public:
    /// Fills the nomenclature tables from the resource file: every channel, stream and mode the
    /// store lacks (by code), so that a migrated store gains the entries of a newer version.
    static void seed(QSqlDatabase &db);

    explicit Nomenclature(QSqlDatabase db);

    /// Stream id for a code of data set `datasetId` (label used only to create an unknown code).
    /// A code known in another family (02A déchèterie read in a DMA data set) is not reused.
    qint64 streamForCode(qint64 datasetId, const QString &family, const QString &code, const QString &label);
    /// Stream id for a label alone (observatory files); created when unknown.
    qint64 streamForLabel(const QString &label);
    /// Stream a data set names by a value of its own (dataset_code), 0 when it has none.
    qint64 streamOfDataSet(qint64 datasetId, const QString &value) const;
    /// Stream of code `code`, created with `label`, `family` and `gravats` when missing.
    qint64 ensureStream(const QString &code, const QString &label, const QString &family, bool gravats, qint64 channelId);
    /// Mode id for a treatment code of data set `datasetId`: its own code list, then the label
    /// (the same label is the same mode in every data set), then the code.
    qint64 modeForCode(qint64 datasetId, const QString &code, const QString &label);
    qint64 modeForLabel(const QString &label);
    /// Default collection channel of a stream (0 when unknown).
    qint64 channelOfStream(qint64 streamId) const { return m_streamChannel.value(streamId, 0); }

    /// Human-readable lines for what this session added: "Flux ajouté : 02H « Textiles »".
    QStringList added() const { return m_added; }

private:
    qint64 create(const QString &table, const QString &code, const QString &label, const QString &family = QString());
    void addAlias(const QString &kind, const QString &label, qint64 id);
    void remember(qint64 datasetId, const QString &axis, const QString &code, qint64 id);

    QSqlDatabase m_db;
    QHash<QString, qint64> m_streamByCode, m_modeByCode;
    QHash<QString, qint64> m_streamByKey, m_modeByKey;
    QHash<qint64, qint64> m_streamChannel;
    QHash<qint64, QString> m_streamFamily, m_modeLabelKey;
    QHash<QString, qint64> m_datasetCodes; ///< "dataset/axis/code" -> id
    QStringList m_added;
};

} // namespace odema
