#include "gui/charts/ChartPanel.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "common/OdemaError.h"
#include "gui/charts/ChartExportDialog.h"
#include "gui/view/ViewOrMessage.h"
#include "territory/TerritoryResolver.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace odema::gui {

namespace {
QString measureLabel(Measure m)
{
    switch (m) {
    case Measure::Tonnes: return ChartPanel::tr("Tonnes");
    case Measure::KgPerInhabitant: return ChartPanel::tr("kg par habitant");
    case Measure::Percent: return ChartPanel::tr("% du total");
    case Measure::Default: break;
    }
    return ChartPanel::tr("Selon l'objectif");
}
} // namespace

ChartPanel::ChartPanel(QSqlDatabase db, QWidget *parent) : QWidget(parent)
{
    try {
        m_builder = std::make_unique<ChartDataBuilder>(db);
    } catch (const OdemaError &) {
        m_builder.reset(); // no targets file: the panel says so below
    }
    m_kind = new QComboBox(this);
    for (ChartKind k : allChartKinds())
        m_kind->addItem(chartKindLabel(k), int(k));
    m_measure = new QComboBox(this);
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("dernière année complète"));
    m_year->setToolTip(tr("Année des graphiques d'une seule année : anneau, classement, plusieurs territoires."));
    m_donut = new QCheckBox(tr("Anneau d'une année"), this);
    m_national = new QCheckBox(tr("Toute la France"), this);
    m_byStream = new QCheckBox(tr("Par flux"), this);
    m_byStream->setToolTip(tr("Un territoire : aires empilées par flux de déchets."));
    m_target = new QComboBox(this);
    if (m_builder)
        for (const Target &t : m_builder->targets().all())
            if (t.unit == QLatin1String("kg/hab") || (t.unit == QLatin1String("%") && t.id.contains(QLatin1String("valorisation"))))
                m_target->addItem(t.label, t.id);
    m_export = new QPushButton(tr("Exporter…"), this);
    m_exportAll = new QPushButton(tr("Exporter tous les graphiques…"), this);
    m_copy = new QPushButton(tr("Copier"), this);
    m_copy->setToolTip(tr("Copie le graphique comme image dans le presse-papiers."));

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Graphique :"), this));
    options->addWidget(m_kind);
    options->addWidget(m_measure);
    options->addWidget(m_year);
    options->addWidget(m_donut);
    options->addWidget(m_byStream);
    options->addWidget(m_national);
    options->addWidget(m_target);
    options->addStretch(1);
    options->addWidget(m_copy);
    options->addWidget(m_export);
    options->addWidget(m_exportAll);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_stack = new ViewOrMessage(m_view, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_stack, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateOptions();
        refresh();
    });
    for (QComboBox *box : {m_measure, m_target})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &ChartPanel::refresh);
    connect(m_donut, &QCheckBox::toggled, this, [this] {
        updateOptions(); // the year applies to the donut only
        refresh();
    });
    connect(m_national, &QCheckBox::toggled, this, &ChartPanel::refresh);
    connect(m_byStream, &QCheckBox::toggled, this, &ChartPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportCurrent);
    connect(m_exportAll, &QPushButton::clicked, this, &ChartPanel::exportAll);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyToClipboard);
    updateOptions();
    refresh();
}

ChartPanel::~ChartPanel() = default;

QString ChartPanel::messageText() const
{
    return m_stack->message();
}

void ChartPanel::setKind(ChartKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ChartPanel::setSelection(const odema::FlowFilter &filter)
{
    if (filter == m_filter && m_data)
        return;
    m_filter = filter;
    refresh();
}

void ChartPanel::updateOptions()
{
    const auto kind = ChartKind(m_kind->currentData().toInt());
    const QSignalBlocker block(m_measure);
    const QVariant previous = m_measure->currentData();
    m_measure->clear();
    for (Measure m : ChartDataBuilder::measuresFor(kind))
        m_measure->addItem(measureLabel(m), int(m));
    const int again = m_measure->findData(previous);
    if (again >= 0)
        m_measure->setCurrentIndex(again);
    m_measure->setVisible(kind != ChartKind::Trajectoire);
    m_donut->setVisible(kind == ChartKind::Traitement);
    m_national->setVisible(kind == ChartKind::Classement);
    m_byStream->setVisible(kind == ChartKind::Evolution);
    m_target->setVisible(kind == ChartKind::Trajectoire);
    m_year->setVisible(kind == ChartKind::Classement || kind == ChartKind::Comparaison
                       || (kind == ChartKind::Traitement && m_donut->isChecked()));
}

ChartOptions ChartPanel::options() const
{
    ChartOptions o;
    o.kind = ChartKind(m_kind->currentData().toInt());
    o.measure = Measure(m_measure->currentData().toInt());
    o.year = m_year->value();
    o.donut = m_donut->isChecked();
    o.national = m_national->isChecked();
    o.byStream = m_byStream->isChecked();
    o.targetId = m_target->currentData().toString();
    return o;
}

QStringList ChartPanel::setOptions(const ChartOptions &o)
{
    QStringList missing;
    {
        const QSignalBlocker b1(m_kind), b2(m_year), b3(m_donut), b4(m_national), b5(m_byStream), b6(m_target);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(o.kind))));
        m_year->setValue(o.year);
        m_donut->setChecked(o.donut);
        m_national->setChecked(o.national);
        m_byStream->setChecked(o.byStream);
        if (!o.targetId.isEmpty()) {
            const int t = m_target->findData(o.targetId);
            if (t < 0)
                missing << tr("l'objectif « %1 » du graphique, inconnu de cette version").arg(o.targetId);
            m_target->setCurrentIndex(qMax(0, t));
        }
        updateOptions();
        const QSignalBlocker b7(m_measure);
        const int m = m_measure->findData(int(o.measure));
        if (m < 0 && o.measure != Measure::Default)
            missing << tr("la mesure « %1 » du graphique, que ce type n'offre pas").arg(measureLabel(o.measure));
        if (m >= 0)
            m_measure->setCurrentIndex(m);
    }
    refresh();
    return missing;
}

ChartRequest ChartPanel::request(ChartKind kind) const
{
    return options().request(kind, m_filter);
}

void ChartPanel::showMessage(const QString &text)
{
    m_data.reset();
    m_stack->showMessage(text);
    for (QPushButton *b : {m_export, m_copy})
        b->setEnabled(false);
    m_exportAll->setEnabled(!m_filter.territories.isEmpty() && m_builder);
}

void ChartPanel::refresh()
{
    if (!m_builder) {
        showMessage(tr("Les objectifs (resources/targets.json) sont illisibles : les graphiques ne peuvent pas être tracés."));
        return;
    }
    if (m_filter.territories.isEmpty()) {
        showMessage(tr("Choisissez un territoire pour voir ses graphiques."));
        return;
    }
    try {
        const ChartData data = m_builder->build(request(ChartKind(m_kind->currentData().toInt())));
        if (data.isEmpty()) {
            showMessage(data.emptyReason.isEmpty() ? tr("Pas de données pour cette sélection") : data.emptyReason);
            return;
        }
        auto chart = charts::ChartFactory::create(data);
        chart->setInteractive(true);
        QChart *old = m_view->chart();
        m_view->setChart(chart.release()); // the view owns the new chart, not the old one
        delete old;
        m_data = data;
        m_stack->showView();
        for (QPushButton *b : {m_export, m_copy, m_exportAll})
            b->setEnabled(true);
    } catch (const OdemaError &e) {
        showMessage(e.message());
    }
}

void ChartPanel::exportCurrent()
{
    if (!m_data)
        return;
    ChartExportDialog options(this);
    if (options.exec() != QDialog::Accepted)
        return;
    options.remember();
    const QString suffix = charts::exportFormatSuffix(options.format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter le graphique"),
                                                      QDir::home().filePath(m_data->fileStem + QLatin1Char('.') + suffix),
                                                      tr("Fichiers %1 (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    try {
        charts::ChartExporter::exportToFile(*m_data, options.size(), options.format(), path);
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Exporter le graphique"), e.message());
    }
}

void ChartPanel::exportAll()
{
    if (m_filter.territories.isEmpty() || !m_builder)
        return;
    ChartExportDialog options(this);
    options.setWindowTitle(tr("Exporter tous les graphiques"));
    if (options.exec() != QDialog::Accepted)
        return;
    options.remember();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dossier des graphiques"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const ExportReport report = exportAllTo(folder, options.format(), options.size());
    QStringList written;
    for (const QString &path : report.written)
        written << QDir(folder).relativeFilePath(path);
    const QStringList &skipped = report.skipped;
    QString text = tr("%n graphique(s) écrit(s) dans %1 :\n%2", nullptr, int(written.size()))
                       .arg(folder, written.join(QLatin1Char('\n')));
    if (!skipped.isEmpty())
        text += QLatin1String("\n\n") + tr("Sans données : %1").arg(skipped.join(QStringLiteral(", ")));
    QMessageBox::information(this, tr("Exporter tous les graphiques"), text);
}

ChartPanel::ExportReport ChartPanel::exportAllTo(const QString &folder, charts::ExportFormat format,
                                                const charts::ExportSize &size) const
{
    ExportReport report;
    if (!m_builder)
        return report;
    for (ChartKind kind : allChartKinds()) {
        try {
            const ChartData data = m_builder->build(request(kind));
            if (data.isEmpty()) {
                report.skipped << chartKindLabel(kind);
                continue;
            }
            const QString path = QDir(folder).filePath(data.fileStem + QLatin1Char('.') + charts::exportFormatSuffix(format));
            charts::ChartExporter::exportToFile(data, size, format, path);
            report.written << path;
        } catch (const OdemaError &e) {
            report.skipped << tr("%1 (%2)").arg(chartKindLabel(kind), e.message());
        }
    }
    return report;
}

void ChartPanel::copyToClipboard()
{
    if (m_data)
        charts::ChartExporter::copyToClipboard(*m_data, charts::ExportSize());
}

} // namespace odema::gui
