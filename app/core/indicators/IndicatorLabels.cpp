#include "indicators/IndicatorCatalog.h"

#include <QtGlobal>

// The labels of resources/indicators.json, for lupdate: JSON is not scanned for tr(), so the
// English of each label lives in the .ts under the context "Indicator" through this list.
// tst_indicators checks that every label of the catalogue is here.

namespace odema {

QStringList indicatorLabelsForTranslation()
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Indicator", "Déchets ménagers et assimilés (DMA), avec gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Déchets ménagers et assimilés (DMA), hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "DMA par habitant, avec gravats"),
        QT_TRANSLATE_NOOP("Indicator", "DMA par habitant, hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Ordures ménagères et assimilées (OMA)"),
        QT_TRANSLATE_NOOP("Indicator", "OMA par habitant"),
        QT_TRANSLATE_NOOP("Indicator", "Ordures ménagères résiduelles (OMR)"),
        QT_TRANSLATE_NOOP("Indicator", "OMR par habitant"),
        QT_TRANSLATE_NOOP("Indicator", "Collectes séparées, hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Collectes séparées par habitant, hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Déchèteries, avec gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Déchèteries, hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Déchèteries par habitant, avec gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Déchèteries par habitant, hors gravats"),
        QT_TRANSLATE_NOOP("Indicator", "Taux de valorisation matière et organique des DMA"),
        QT_TRANSLATE_NOOP("Indicator", "Part des DMA en valorisation énergétique"),
        QT_TRANSLATE_NOOP("Indicator", "Part des DMA stockés (ISDND)"),
        QT_TRANSLATE_NOOP("Indicator", "Déchets non dangereux non inertes enfouis en ISDND"),
        QT_TRANSLATE_NOOP("Indicator", "Évolution des tonnages enfouis en ISDND depuis 2010"),
        QT_TRANSLATE_NOOP("Indicator", "Évolution des DMA par habitant depuis 2010"),
    };
    QStringList out;
    for (const char *l : labels)
        out << QString::fromUtf8(l);
    return out;
}

} // namespace odema
