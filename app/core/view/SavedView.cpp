#include "view/SavedView.h"

#include "common/FileChecks.h"
#include "common/OdemaError.h"
#include "import/JsonImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(View)
};

const char *const kMarker = "odemaView";

QString kindKey(FlowFilter::Kind kind)
{
    switch (kind) {
    case FlowFilter::Kind::Collecte: return QStringLiteral("collecte");
    case FlowFilter::Kind::Traitement: return QStringLiteral("traitement");
    case FlowFilter::Kind::Any: break;
    }
    return QStringLiteral("any");
}

QString pivotRowsKey(PivotRows rows)
{
    switch (rows) {
    case PivotRows::Stream: return QStringLiteral("flux");
    case PivotRows::Mode: return QStringLiteral("mode");
    case PivotRows::Territory: break;
    }
    return QStringLiteral("territoire");
}

QString pivotMeasureKey(PivotMeasure m)
{
    switch (m) {
    case PivotMeasure::KgPerInhabitant: return QStringLiteral("kg-hab");
    case PivotMeasure::Share: return QStringLiteral("part");
    case PivotMeasure::Tonnes: break;
    }
    return QStringLiteral("tonnes");
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

/// Reads one object's members with their expected type, naming the file and the member path
/// in the error ("vue.json : « chart.year » doit être un entier").
class Members {
public:
    Members(const QJsonObject &object, QString path, const QString &fileName) : m_o(object), m_path(std::move(path)), m_file(fileName) {}

    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }
    Members object(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            wrong(key, Tr::tr("un objet"));
        return Members(v.toObject(), name(key) + QLatin1Char('.'), m_file);
    }
    int integer(const char *key, int fallback, int min, int max) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            wrong(key, Tr::tr("un entier de %1 à %2").arg(QString::number(min), QString::number(max)));
        return int(d);
    }
    bool boolean(const char *key, bool fallback) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            wrong(key, Tr::tr("true ou false"));
        return v.toBool();
    }
    QString text(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            wrong(key, Tr::tr("un texte"));
        return v.toString();
    }
    QStringList texts(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            wrong(key, Tr::tr("une liste de textes"));
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                wrong(key, Tr::tr("une liste de textes"));
            out << item.toString();
        }
        return out;
    }
    /// A member holding one of the keys `fromKey` accepts; `fallback` when absent.
    template <typename T, typename F> T choice(const char *key, T fallback, F fromKey, const QString &accepted) const
    {
        if (!has(key))
            return fallback;
        const std::optional<T> v = fromKey(text(key));
        if (!v)
            wrong(key, accepted);
        return *v;
    }

private:
    QString name(const char *key) const { return m_path + QLatin1String(key); }
    [[noreturn]] void wrong(const char *key, const QString &expected) const
    {
        throw OdemaError(Tr::tr("%1 : « %2 » doit être %3.").arg(m_file, name(key), expected));
    }

    QJsonObject m_o;
    QString m_path;
    QString m_file;
};

template <typename T, typename KeyFn, typename... Values> std::optional<T> fromKeys(const QString &key, KeyFn keyOf, Values... values)
{
    for (T v : {values...})
        if (keyOf(v) == key)
            return v;
    return std::nullopt;
}

void readChart(const Members &m, ChartOptions &c)
{
    c.kind = m.choice("kind", c.kind, chartKindFromKey, QStringLiteral("evolution, composition, traitement, comparaison, classement, trajectoire"));
    c.measure = m.choice("measure", c.measure, measureFromKey, QStringLiteral("default, tonnes, kg_hab, percent"));
    c.year = m.integer("year", 0, 0, 2100);
    c.donut = m.boolean("donut", false);
    c.byStream = m.boolean("byStream", false);
    c.national = m.boolean("national", false);
    c.targetId = m.text("target");
}

void readMap(const Members &m, MapOptions &o)
{
    o.level = m.choice("level", o.level, levelFromKey, QStringLiteral("region, departement, epci, commune"));
    const QString within = m.has("within") ? m.text("within") : QStringLiteral("region");
    if (within != QLatin1String("region") && within != QLatin1String("france"))
        throw OdemaError(Tr::tr("« map.within » doit être region ou france, pas « %1 ».").arg(within));
    o.inRegion = within == QLatin1String("region");
    o.measure = m.choice("indicator", o.measure, geo::mapMeasureFromKey, QStringLiteral("tonnes, kg_hab, part, population"));
    o.year = m.integer("year", 0, 0, 2100);
    o.compareYear = m.integer("compare", 0, 0, 2100);
    o.classes = m.integer("classes", 5, geo::kMinClasses, geo::kMaxClasses);
    o.method = m.choice("method", o.method, geo::breakMethodFromKey, QStringLiteral("quantiles, equal, jenks"));
    o.landfills = m.boolean("landfills", false);
}

} // namespace

QString flowColumnKey(FlowColumn column)
{
    switch (column) {
    case FlowColumn::Year: return QStringLiteral("annee");
    case FlowColumn::Kind: return QStringLiteral("type");
    case FlowColumn::Territory: return QStringLiteral("territoire");
    case FlowColumn::Level: return QStringLiteral("niveau");
    case FlowColumn::Code: return QStringLiteral("code");
    case FlowColumn::Stream: return QStringLiteral("flux");
    case FlowColumn::Mode: return QStringLiteral("mode");
    case FlowColumn::Tonnes: return QStringLiteral("tonnes");
    case FlowColumn::KgPerInhabitant: return QStringLiteral("kg-hab");
    case FlowColumn::Source: return QStringLiteral("source");
    case FlowColumn::Count: break;
    }
    return QStringLiteral("defaut");
}

std::optional<FlowColumn> flowColumnFromKey(const QString &key)
{
    for (int c = 0; c <= int(FlowColumn::Count); ++c)
        if (flowColumnKey(FlowColumn(c)) == key)
            return FlowColumn(c);
    return std::nullopt;
}

QJsonObject SavedView::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String(kMarker), kFormatVersion);
    o.insert(QLatin1String("territories"), toArray(territories));
    o.insert(QLatin1String("includeContained"), includeContained);
    o.insert(QLatin1String("years"), QJsonObject{{QLatin1String("from"), yearFrom}, {QLatin1String("to"), yearTo}});
    o.insert(QLatin1String("streams"), toArray(streams));
    o.insert(QLatin1String("modes"), toArray(modes));
    o.insert(QLatin1String("channels"), toArray(channels));
    o.insert(QLatin1String("kind"), kindKey(kind));
    o.insert(QLatin1String("text"), text);
    o.insert(QLatin1String("tab"), viewTabKey(tab));
    o.insert(QLatin1String("table"), QJsonObject{{QLatin1String("sort"), flowColumnKey(sort.column)},
                                                 {QLatin1String("order"), sort.order == Qt::DescendingOrder ? QStringLiteral("descending")
                                                                                                              : QStringLiteral("ascending")}});
    o.insert(QLatin1String("pivot"), QJsonObject{{QLatin1String("rows"), pivotRowsKey(pivot.rows)},
                                                 {QLatin1String("measure"), pivotMeasureKey(pivot.measure)}});
    o.insert(QLatin1String("chart"), QJsonObject{{QLatin1String("kind"), chartKindKey(chart.kind)},
                                                 {QLatin1String("measure"), measureKey(chart.measure)},
                                                 {QLatin1String("year"), chart.year},
                                                 {QLatin1String("donut"), chart.donut},
                                                 {QLatin1String("byStream"), chart.byStream},
                                                 {QLatin1String("national"), chart.national},
                                                 {QLatin1String("target"), chart.targetId}});
    o.insert(QLatin1String("map"), QJsonObject{{QLatin1String("level"), levelKey(map.level)},
                                               {QLatin1String("within"), map.inRegion ? QStringLiteral("region") : QStringLiteral("france")},
                                               {QLatin1String("indicator"), geo::mapMeasureKey(map.measure)},
                                               {QLatin1String("year"), map.year},
                                               {QLatin1String("compare"), map.compareYear},
                                               {QLatin1String("classes"), map.classes},
                                               {QLatin1String("method"), geo::breakMethodKey(map.method)},
                                               {QLatin1String("landfills"), map.landfills}});
    return o;
}

SavedView SavedView::fromJson(const QJsonObject &object, const QString &fileName)
{
    const Members m(object, QString(), fileName);
    if (!m.has(kMarker))
        throw OdemaError(Tr::tr("%1 n'est pas une vue Odema Explorer (membre « odemaView » absent).").arg(fileName));
    const int version = m.integer(kMarker, 0, 1, 1000);
    if (version > kFormatVersion)
        throw OdemaError(Tr::tr("%1 est une vue de format %2, plus récent que celui de cette version (%3) : "
                                "ouvrez-la avec une version plus récente d'Odema Explorer.")
                             .arg(fileName, QString::number(version), QString::number(kFormatVersion)));
    SavedView v;
    v.territories = m.texts("territories");
    v.includeContained = m.boolean("includeContained", true);
    const Members years = m.object("years");
    v.yearFrom = years.integer("from", 0, 0, 2100);
    v.yearTo = years.integer("to", 0, 0, 2100);
    v.streams = m.texts("streams");
    v.modes = m.texts("modes");
    v.channels = m.texts("channels");
    v.kind = m.choice("kind", FlowFilter::Kind::Any, [](const QString &k) {
        return fromKeys<FlowFilter::Kind>(k, kindKey, FlowFilter::Kind::Any, FlowFilter::Kind::Collecte, FlowFilter::Kind::Traitement);
    }, QStringLiteral("any, collecte, traitement"));
    v.text = m.text("text");
    v.tab = m.choice("tab", ViewTab::Table, viewTabFromKey, QStringLiteral("tableau, tableau-croise, graphiques, carte, qualite"));
    const Members table = m.object("table");
    v.sort.column = table.choice("sort", FlowColumn::Count, flowColumnFromKey, QStringLiteral("defaut, annee, territoire, tonnes…"));
    v.sort.order = table.text("order") == QLatin1String("descending") ? Qt::DescendingOrder : Qt::AscendingOrder;
    const Members pivot = m.object("pivot");
    v.pivot.rows = pivot.choice("rows", PivotRows::Territory, [](const QString &k) {
        return fromKeys<PivotRows>(k, pivotRowsKey, PivotRows::Territory, PivotRows::Stream, PivotRows::Mode);
    }, QStringLiteral("territoire, flux, mode"));
    v.pivot.measure = pivot.choice("measure", PivotMeasure::Tonnes, [](const QString &k) {
        return fromKeys<PivotMeasure>(k, pivotMeasureKey, PivotMeasure::Tonnes, PivotMeasure::KgPerInhabitant, PivotMeasure::Share);
    }, QStringLiteral("tonnes, kg-hab, part"));
    readChart(m.object("chart"), v.chart);
    readMap(m.object("map"), v.map);
    return v;
}

void SavedView::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw OdemaError(Tr::tr("Impossible d'écrire la vue %1 : %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw OdemaError(Tr::tr("Impossible d'écrire la vue %1 : %2.").arg(path, file.errorString()));
}

SavedView SavedView::read(const QString &path)
{
    refuseSpecialFile(path); // a FIFO would block the open forever
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Impossible de lire la vue %1 : %2.").arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = 1 << 20; // a view is a few hundred bytes; anything larger is not one
    if (file.size() > kMaxBytes)
        throw OdemaError(Tr::tr("%1 n'est pas une vue Odema Explorer (fichier de plus d'un Mo).").arg(path));
    const QJsonDocument doc = parseJsonFile(file.readAll(), path);
    if (!doc.isObject())
        throw OdemaError(Tr::tr("%1 n'est pas une vue Odema Explorer (un objet JSON est attendu).").arg(path));
    return fromJson(doc.object(), path);
}

bool SavedView::looksLikeView(const QString &path)
{
    QFile file(path);
    if (!specialFileKind(path).isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4096).contains(QByteArray("\"") + kMarker + "\"");
}

bool SavedView::operator==(const SavedView &o) const
{
    return territories == o.territories && includeContained == o.includeContained && yearFrom == o.yearFrom && yearTo == o.yearTo
        && streams == o.streams && modes == o.modes && channels == o.channels && kind == o.kind && text == o.text && tab == o.tab
        && sort == o.sort && pivot == o.pivot && chart == o.chart && map == o.map;
}

} // namespace odema
