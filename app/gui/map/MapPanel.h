#pragma once
// The "Carte" tab: the territories of one level (régions or départements of France, or
// départements, EPCI or communes of the selected région) coloured by an indicator of the shared
// selection (streams, modes, kind, last year of the range), with classes, palette, landfill
// overlay and export (PNG at a DPI, SVG, PDF). Clicking a territory asks the window to select it
// in the tree; the tree's selection is outlined on the map.
#include "geo/MapDataBuilder.h"
#include "query/FlowFilter.h"
#include "view/MapOptions.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace odema::gui {

class MapView;
class ViewOrMessage;

class MapPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~MapPanel() override;

    MapView *view() const { return m_view; }
    /// Text shown instead of the map, empty when a map is shown.
    QString messageText() const;
    /// The request the controls and the selection make now.
    geo::MapRequest request() const;
    /// The options shown (level, indicator, year…), as a saved view keeps them.
    MapOptions options() const;
    /// Shows `options` and redraws once; returns what could not be shown, one sentence each.
    QStringList setOptions(const MapOptions &options);

public slots:
    void setSelection(const odema::FlowFilter &filter);
    void refresh();
    void exportMap();

signals:
    /// The user clicked a territory: select it in the tree.
    void territoryActivated(qint64 territoryId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text);

    QSqlDatabase m_db;
    std::unique_ptr<geo::MapDataBuilder> m_builder;
    FlowFilter m_filter;
    geo::MapGeometry m_geometry;    ///< outlines of the last level/perimeter, reused when only values change
    bool m_hasGeometry = false;
    bool m_stale = false;           ///< the selection changed while the tab was hidden
    QComboBox *m_level = nullptr;
    QComboBox *m_measure = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_compare = nullptr;
    QSpinBox *m_classes = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_landfills = nullptr;
    ViewOrMessage *m_stack = nullptr;
    MapView *m_view = nullptr;
};

} // namespace odema::gui
