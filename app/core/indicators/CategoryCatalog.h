#pragma once
// Waste streams and treatment modes as charts and fact sheets show them: label, colour and
// order from the store's nomenclature tables (seeded from resources/nomenclature.json), so the
// same stream or mode always has the same colour and place in every chart.
#include <QColor>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace odema {

struct Category {
    qint64 id = 0;
    QString code;
    QString label;
    QColor colour;
    int order = 0;     ///< display order (modes: treatment_mode.sort_order; streams: nomenclature order)
    QString group;     ///< modes: treatment_mode.grp ('valorisation', 'stockage'…); streams: family
    qint64 channelId = 0; ///< streams: collection channel (0 when unknown)
};

class CategoryCatalog {
public:
    explicit CategoryCatalog(const QSqlDatabase &db);

    const QList<Category> &streams() const { return m_streams; }
    const QList<Category> &modes() const { return m_modes; }
    const Category *stream(qint64 id) const;
    const Category *mode(qint64 id) const;
    /// Label of a collection channel ("Collecte OMR"), empty when unknown.
    QString channelLabel(qint64 channelId) const { return m_channels.value(channelId); }

    /// Ids of the modes whose group is `group` ('valorisation', 'stockage').
    QList<qint64> modesInGroup(const QString &group) const;

private:
    QList<Category> m_streams, m_modes;
    QHash<qint64, int> m_streamIndex, m_modeIndex;
    QHash<qint64, QString> m_channels;
};

/// The observatory gives several streams the same colour (all déchèterie-like streams are
/// orange); stacked side by side they would merge. Later streams with an already-used colour get
/// a darker or lighter shade, assigned in nomenclature order so it is the same in every chart.
void separateSharedColours(QList<Category> &categories);

} // namespace odema
