#include "gui/map/MapPanel.h"

#include "common/OdemaError.h"
#include "gui/map/MapView.h"
#include "gui/view/ViewOrMessage.h"
#include "map/MapExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace odema::gui {

namespace {

// What the level box offers: a level, and whether it is drawn inside the selected région.
struct LevelChoice {
    Level level;
    bool inRegion;
};
const LevelChoice kLevels[] = {
    {Level::Departement, true}, {Level::Epci, true}, {Level::Commune, true}, {Level::Departement, false}, {Level::Region, false},
};

} // namespace

MapPanel::MapPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(db), m_builder(std::make_unique<geo::MapDataBuilder>(db))
{
    m_level = new QComboBox(this);
    m_level->addItems({tr("Départements de la région"), tr("EPCI de la région"), tr("Communes de la région"),
                       tr("Départements de France"), tr("Régions de France")});
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("kg/hab"), int(geo::MapMeasure::KgPerInhabitant));
    m_measure->addItem(tr("Tonnes"), int(geo::MapMeasure::Tonnes));
    m_measure->addItem(tr("Part du flux ou du mode (%)"), int(geo::MapMeasure::Share));
    m_measure->addItem(tr("Population"), int(geo::MapMeasure::Population));
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("fin de période"));
    m_year->setToolTip(tr("Année de la carte ; par défaut la dernière année de la période choisie."));
    m_compare = new QSpinBox(this);
    m_compare->setRange(0, 2100);
    m_compare->setSpecialValueText(tr("aucune"));
    m_compare->setToolTip(tr("Évolution depuis cette année (en %, palette divergente)."));
    m_classes = new QSpinBox(this);
    m_classes->setRange(geo::kMinClasses, geo::kMaxClasses);
    m_classes->setValue(5);
    m_method = new QComboBox(this);
    for (geo::BreakMethod m : {geo::BreakMethod::Quantiles, geo::BreakMethod::EqualIntervals, geo::BreakMethod::Jenks})
        m_method->addItem(geo::breakMethodLabel(m), int(m));
    m_landfills = new QCheckBox(tr("ISDND"), this);
    m_landfills->setToolTip(tr("Installations de stockage de déchets non dangereux, cercles proportionnels au tonnage de l'année."));
    auto *exportButton = new QPushButton(tr("Exporter…"), this);

    auto *controls = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        controls->addWidget(new QLabel(text, this));
        controls->addWidget(w);
    };
    labelled(tr("Niveau"), m_level);
    labelled(tr("Indicateur"), m_measure);
    labelled(tr("Année"), m_year);
    labelled(tr("Évolution depuis"), m_compare);
    labelled(tr("Classes"), m_classes);
    controls->addWidget(m_method);
    controls->addWidget(m_landfills);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    m_view = new MapView(this);
    m_stack = new ViewOrMessage(m_view, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    const auto changedOutlines = [this] {
        m_hasGeometry = false;
        refresh();
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, changedOutlines);
    for (QComboBox *box : {m_measure, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &MapPanel::refresh);
    for (QSpinBox *box : {m_year, m_compare, m_classes})
        connect(box, &QSpinBox::valueChanged, this, &MapPanel::refresh);
    connect(m_landfills, &QCheckBox::toggled, this, &MapPanel::refresh);
    connect(exportButton, &QPushButton::clicked, this, &MapPanel::exportMap);
    connect(m_view, &MapView::territoryClicked, this, &MapPanel::territoryActivated);
    refresh();
}

MapPanel::~MapPanel() = default;

QString MapPanel::messageText() const { return m_stack->message(); }

geo::MapRequest MapPanel::request() const
{
    return options().request(m_db, m_filter);
}

MapOptions MapPanel::options() const
{
    MapOptions o;
    const LevelChoice choice = kLevels[std::max(0, m_level->currentIndex())];
    o.level = choice.level;
    o.inRegion = choice.inRegion;
    o.measure = geo::MapMeasure(m_measure->currentData().toInt());
    o.year = m_year->value();
    o.compareYear = m_compare->value();
    o.classes = m_classes->value();
    o.method = geo::BreakMethod(m_method->currentData().toInt());
    o.landfills = m_landfills->isChecked();
    return o;
}

QStringList MapPanel::setOptions(const MapOptions &o)
{
    QStringList missing;
    {
        const QSignalBlocker b1(m_level), b2(m_measure), b3(m_year), b4(m_compare), b5(m_classes), b6(m_method), b7(m_landfills);
        int level = -1;
        for (int i = 0; i < int(std::size(kLevels)); ++i)
            if (kLevels[i].level == o.level && kLevels[i].inRegion == o.inRegion)
                level = i;
        if (level < 0)
            missing << tr("le niveau « %1 » de la carte, que l'onglet n'offre pas").arg(levelLabel(o.level));
        m_level->setCurrentIndex(qMax(0, level));
        m_measure->setCurrentIndex(qMax(0, m_measure->findData(int(o.measure))));
        m_year->setValue(o.year);
        m_compare->setValue(o.compareYear);
        m_classes->setValue(o.classes);
        m_method->setCurrentIndex(qMax(0, m_method->findData(int(o.method))));
        m_landfills->setChecked(o.landfills);
    }
    m_hasGeometry = false;
    if (isVisible())
        refresh();
    else
        m_stale = true;
    return missing;
}

void MapPanel::setSelection(const FlowFilter &filter)
{
    const bool perimeterChanged = filter.territories != m_filter.territories;
    m_filter = filter;
    if (perimeterChanged)
        m_hasGeometry = false;
    // Hidden behind another tab: redrawn when shown, not at every change of the table's filter.
    if (isVisible())
        refresh();
    else
        m_stale = true;
    QList<qint64> ids;
    for (const TerritorySelection &t : filter.territories)
        ids << t.territoryId;
    m_view->highlight(ids);
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MapPanel::showMessage(const QString &text)
{
    m_stack->showMessage(text);
}

void MapPanel::refresh()
{
    m_stale = false;
    try {
        const geo::MapRequest r = request();
        if (!m_hasGeometry || m_geometry.level != r.level || m_geometry.withinId != r.withinId) {
            m_geometry = m_builder->loadGeometry(r.level, r.withinId);
            m_hasGeometry = true;
        }
        const geo::MapData data = m_builder->build(r, m_geometry);
        m_view->setMapData(data);
        m_stack->showView();
        if (!data.hasValues())
            setToolTip(tr("Pas de données pour cette sélection à ce niveau : territoires hachurés."));
        else
            setToolTip(QString());
    } catch (const OdemaError &e) {
        showMessage(e.message());
    }
}

void MapPanel::exportMap()
{
    if (!m_stack->showsView())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter la carte"), m_view->mapData().fileStem + QStringLiteral(".png"),
                                                      tr("Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto format = map::mapFormatFromKey(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Exporter la carte"), tr("Choisissez un fichier .png, .svg ou .pdf."));
        return;
    }
    map::MapPageSize size;
    if (*format == map::MapFormat::Png) {
        bool ok = false;
        const int dpi = QInputDialog::getInt(this, tr("Exporter la carte"), tr("Résolution (dpi) :"), 300, 96, 600, 1, &ok);
        if (!ok)
            return;
        size.dpi = dpi;
    }
    try {
        map::MapExporter::exportToFile(m_view->mapData(), size, *format, path);
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Exporter la carte"), e.message());
    }
}

} // namespace odema::gui
