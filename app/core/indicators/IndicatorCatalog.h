#pragma once
// The indicator catalogue (resources/indicators.json, ":/odema/indicators.json"): what each figure
// the application prints means — label, unit, definition (numerator, denominator, avec/hors
// gravats, population basis), the source of that definition, and the data sets it may be
// computed from in order of preference. Data, not code: IndicatorEvaluator computes them.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

/// One way of computing an indicator's tonnes: a published figure, the flows of a data set, the
/// sum of parts, or the landfill file.
struct IndicatorSource {
    enum class Kind { Published, Flows, Parts, Landfill };
    Kind kind = Kind::Flows;
    QString dataset;         ///< data set code (published, flows, landfill)
    QString measure;         ///< published: 'tonnage'
    bool horsGravats = false;
    QStringList streams;     ///< stream codes (empty = every stream)
    QStringList modes;       ///< share: the numerator's mode codes (the denominator is every mode)
    QList<IndicatorSource> parts; ///< kind Parts: added, each on its own data set

    /// "SINOE® – Destination des DMA…" style name for messages: the data set codes involved.
    QStringList datasetCodes() const;
};

struct IndicatorDefinition {
    QString id;
    QString kind;       ///< tonnage | ratio | share | evolution
    QString unit;       ///< t | kg/hab | %
    QString label;      ///< French
    QString gravats;    ///< avec | hors | empty
    QString numerator;
    QString denominator;
    QString source;
    QList<IndicatorSource> from;  ///< in order of preference (ratio: those of perInhabitantOf)
    QString perInhabitantOf;      ///< ratio: the tonnage indicator divided by the population
    QString evolutionOf;          ///< evolution: the indicator compared with referenceYear
    int referenceYear = 0;
    // ADEME's published value shown beside the computed one (territory itself, no sum).
    QString publishedDataSet;
    QString publishedMeasure;
    QString publishedStream;

    /// The label in the interface language (French is the source).
    QString displayLabel() const;
};

/// The French labels listed for translation (IndicatorLabels.cpp): every catalogue label must be one.
QStringList indicatorLabelsForTranslation();

class IndicatorCatalog {
public:
    /// Loads the bundled catalogue; throws OdemaError (naming the file and entry) when it cannot
    /// be read or an entry is incomplete.
    static IndicatorCatalog load(const QString &path = QStringLiteral(":/odema/indicators.json"));

    const QList<IndicatorDefinition> &all() const { return m_items; }
    const IndicatorDefinition *find(const QString &id) const;
    QStringList ids() const;

private:
    QList<IndicatorDefinition> m_items;
};

} // namespace odema
