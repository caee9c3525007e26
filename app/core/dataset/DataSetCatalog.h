#pragma once
// The data sets of a store (table dataset, seeded from resources/datasets.json). A flow, a
// published figure, a population and an installation each belong to one. A data set's family
// says what its figures count: 'dma' contains 'oma' and 'decheterie', so figures of two
// families, or of two data sets of one family, are never added (the same tonnes counted twice).
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace odema {

struct DataSetInfo {
    qint64 id = 0;
    QString code;      ///< stable id: "sinoe04-dma-destination"
    QString label;     ///< French, as the publisher names it
    QString family;    ///< dma | oma | decheterie | population | installation | reference | autre
    QString axis;      ///< type | destination | canal | chiffres-cles | performance | population | annuaire | nomenclature
    QString gravats;   ///< "avec" / "hors" for whole-scope figures; empty: per stream
    QString publisher;
    QString scopeNote; ///< what the figures cover, when the name does not say it
};

/// The SINOE code family of a waste-type code: "07A" -> "07", "01ZHG" -> "01"; empty when the
/// code does not start with two digits.
QString sinoeCodeFamily(const QString &code);
/// The family of a SINOE code family (07 -> dma, 08 and 01 -> oma, 02 -> decheterie, else autre).
QString familyOfSinoeCodeFamily(const QString &codeFamily);

class DataSetCatalog {
public:
    /// Inserts the data sets of the resource file the store lacks (by code) and their own
    /// treatment codes; idempotent, run by the migrations and before each import.
    static void seed(QSqlDatabase &db);

    explicit DataSetCatalog(QSqlDatabase db);

    QList<DataSetInfo> all() const { return m_sets; }
    const DataSetInfo *byId(qint64 id) const;
    const DataSetInfo *byCode(const QString &code) const;
    /// Id of a data set the catalogue must hold; throws OdemaError otherwise.
    qint64 idOf(const QString &code) const;

    /// The data set of a row of a SINOE® département file: by the layout's axis ('type',
    /// 'destination') and the row's code family. A code family no data set describes gets one
    /// of family 'autre' (or of the family its code says), created and reported once.
    qint64 forSinoeRows(const QString &axis, const QString &codeFamily);
    /// The data set of a file read through a column mapping, by its rows' code family.
    qint64 forMappedRows(const QString &codeFamily);
    /// The one rule for flows of a tonnage layout (by id: "sinoe-departement"…), used by the
    /// importer and by the migration that tagged flows imported before data sets existed.
    qint64 forFlowRows(const QString &layoutId, bool treatment, const QString &streamCode);

    /// Gives every flow without a data set the one forFlowRows() says (migration to version 5).
    static void tagUntaggedFlows(QSqlDatabase &db);

    /// A data set by code, created (family, axis) when the store lacks it.
    qint64 ensure(const QString &code, const QString &label, const QString &family, const QString &axis);

    /// Data sets this session created (for the import notes).
    QStringList added() const { return m_added; }

private:
    qint64 create(const QString &code, const QString &label, const QString &family, const QString &axis);

    QSqlDatabase m_db;
    QList<DataSetInfo> m_sets;
    QHash<QString, int> m_byCode;
    QHash<QString, qint64> m_sinoe; ///< "axis/codeFamily" -> id
    QStringList m_added;
};

} // namespace odema
