#include "view/ViewResolver.h"

#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryResolver.h"

#include <QCoreApplication>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(View)
};
} // namespace

QStringList ViewResolver::codesOf(const char *table, const QList<qint64> &ids) const
{
    QStringList codes;
    for (qint64 id : ids) {
        const QVariant code = sql::scalar(m_db, QStringLiteral("SELECT code FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
        if (code.isValid())
            codes << code.toString();
    }
    return codes;
}

QList<qint64> ViewResolver::idsOf(const char *table, const QStringList &codes, const QString &what, QStringList &missing) const
{
    QList<qint64> ids;
    for (const QString &code : codes) {
        const QVariant id = sql::scalar(m_db, QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)), {code});
        if (id.isValid())
            ids << id.toLongLong();
        else
            missing << what.arg(code);
    }
    return ids;
}

SavedView ViewResolver::capture(const ViewState &state) const
{
    SavedView v;
    const TerritoryResolver resolver(m_db);
    for (const TerritorySelection &t : state.filter.territories) {
        v.territories << resolver.byId(t.territoryId).ref().toString();
        v.includeContained = t.includeDescendants;
    }
    v.yearFrom = state.filter.yearFrom;
    v.yearTo = state.filter.yearTo;
    v.streams = codesOf("waste_stream", state.filter.streamIds);
    v.modes = codesOf("treatment_mode", state.filter.modeIds);
    v.channels = codesOf("channel", state.filter.channelIds);
    v.kind = state.filter.kind;
    v.text = state.filter.text;
    v.tab = state.tab;
    v.sort = state.sort;
    v.pivot = state.pivot;
    v.chart = state.chart;
    v.map = state.map;
    return v;
}

RestoredView ViewResolver::restore(const SavedView &view) const
{
    RestoredView r;
    ViewState &s = r.state;
    const TerritoryResolver resolver(m_db);
    for (const QString &ref : view.territories) {
        std::optional<TerritoryInfo> t;
        try {
            t = resolver.find(parseTerritoryRef(ref));
        } catch (const OdemaError &) {
            // an unreadable reference is reported like an unknown one
        }
        if (t)
            s.filter.territories << TerritorySelection{t->id, view.includeContained};
        else
            r.notRestored << Tr::tr("le territoire %1, absent de cette base").arg(ref);
    }
    s.filter.yearFrom = view.yearFrom;
    s.filter.yearTo = view.yearTo;
    s.filter.streamIds = idsOf("waste_stream", view.streams, Tr::tr("le flux %1, absent de cette base"), r.notRestored);
    s.filter.modeIds = idsOf("treatment_mode", view.modes, Tr::tr("le mode de traitement %1, absent de cette base"), r.notRestored);
    s.filter.channelIds = idsOf("channel", view.channels, Tr::tr("le canal de collecte %1, absent de cette base"), r.notRestored);
    s.filter.kind = view.kind;
    s.filter.text = view.text;
    if (view.yearFrom > 0 || view.yearTo > 0) {
        // One row is enough to know the store has these years (LIMIT stops at the first).
        const QVariant any = sql::scalar(m_db, QStringLiteral("SELECT year FROM flow WHERE year >= ? AND year <= ? LIMIT 1"),
                                         {view.yearFrom > 0 ? view.yearFrom : 0, view.yearTo > 0 ? view.yearTo : 9999});
        if (!any.isValid())
            r.notRestored << Tr::tr("les années %1–%2, sans aucun tonnage dans cette base")
                                 .arg(view.yearFrom > 0 ? QString::number(view.yearFrom) : QStringLiteral("…"),
                                      view.yearTo > 0 ? QString::number(view.yearTo) : QStringLiteral("…"));
    }
    s.tab = view.tab;
    s.sort = view.sort;
    s.pivot = view.pivot;
    s.chart = view.chart;
    s.map = view.map;
    return r;
}

} // namespace odema
