#pragma once
// The user's selection over the flows: territories, years, streams, modes, channel, kind and
// free text. The window's filter bar, the export verb, the charts and the tests all speak it;
// SQL is built from it in the data layer only, with bound parameters.
#include <QList>
#include <QString>

namespace odema {

struct TerritorySelection {
    qint64 territoryId = 0;
    bool includeDescendants = true; ///< the territory and everything below it (closure)

    bool operator==(const TerritorySelection &o) const
    {
        return territoryId == o.territoryId && includeDescendants == o.includeDescendants;
    }
};

struct FlowFilter {
    enum class Kind { Any, Collecte, Traitement };

    QList<TerritorySelection> territories; ///< empty = every territory
    int yearFrom = 0;                       ///< 0 = no lower bound
    int yearTo = 0;                         ///< 0 = no upper bound
    QList<qint64> streamIds;                ///< empty = every stream
    QList<qint64> modeIds;                  ///< empty = every mode (and none)
    QList<qint64> channelIds;               ///< empty = every channel
    Kind kind = Kind::Any;
    QString text;                           ///< matched, folded, against territory, stream and mode names and codes

    bool operator==(const FlowFilter &o) const
    {
        return territories == o.territories && yearFrom == o.yearFrom && yearTo == o.yearTo && streamIds == o.streamIds
            && modeIds == o.modeIds && channelIds == o.channelIds && kind == o.kind && text == o.text;
    }
    bool operator!=(const FlowFilter &o) const { return !(*this == o); }
};

} // namespace odema
