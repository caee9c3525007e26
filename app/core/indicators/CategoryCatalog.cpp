#include "indicators/CategoryCatalog.h"

#include "store/SqlUtil.h"

namespace odema {

namespace {
// Fallback when a stream or mode created by an import has no colour: a fixed muted palette.
QColor fallbackColour(int index)
{
    static const char *palette[] = {"#4E79A7", "#F28E2B", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#9C755F", "#BAB0AC"};
    return QColor(QLatin1String(palette[index % 8]));
}
} // namespace

void separateSharedColours(QList<Category> &categories)
{
    QHash<QRgb, int> seen;
    // Alternate darker / lighter so consecutive shades stay far apart.
    static const int factors[] = {135, 65, 170, 50, 210};
    for (Category &c : categories) {
        const QRgb key = c.colour.rgb();
        const int n = seen.value(key, 0);
        seen[key] = n + 1;
        if (n == 0)
            continue;
        const int f = factors[(n - 1) % 5];
        c.colour = f > 100 ? c.colour.darker(f) : c.colour.lighter(100 + (100 - f) * 2);
    }
}

CategoryCatalog::CategoryCatalog(const QSqlDatabase &db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT id, code, label, color, family, COALESCE(channel_id, 0) FROM waste_stream ORDER BY id"));
    while (q.next()) {
        Category c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), QColor(q.value(3).toString()),
                   int(m_streams.size()), q.value(4).toString(), q.value(5).toLongLong()};
        if (!c.colour.isValid())
            c.colour = fallbackColour(int(m_streams.size()));
        m_streamIndex.insert(c.id, int(m_streams.size()));
        m_streams << c;
    }
    separateSharedColours(m_streams);

    q = sql::exec(db, QStringLiteral(
        "SELECT id, code, label, color, sort_order, COALESCE(grp, '') FROM treatment_mode ORDER BY sort_order, id"));
    while (q.next()) {
        Category c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), QColor(q.value(3).toString()),
                   q.value(4).toInt(), q.value(5).toString(), 0};
        if (!c.colour.isValid())
            c.colour = fallbackColour(int(m_modes.size()) + 3);
        m_modeIndex.insert(c.id, int(m_modes.size()));
        m_modes << c;
    }
    separateSharedColours(m_modes);

    q = sql::exec(db, QStringLiteral("SELECT id, label FROM channel"));
    while (q.next())
        m_channels.insert(q.value(0).toLongLong(), q.value(1).toString());
}

const Category *CategoryCatalog::stream(qint64 id) const
{
    auto it = m_streamIndex.find(id);
    return it == m_streamIndex.end() ? nullptr : &m_streams.at(it.value());
}

const Category *CategoryCatalog::mode(qint64 id) const
{
    auto it = m_modeIndex.find(id);
    return it == m_modeIndex.end() ? nullptr : &m_modes.at(it.value());
}

QList<qint64> CategoryCatalog::modesInGroup(const QString &group) const
{
    QList<qint64> ids;
    for (const Category &c : m_modes)
        if (c.group == group)
            ids << c.id;
    return ids;
}

} // namespace odema
