#include "gui/charts/ChartExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace odema::gui {

ChartExportDialog::ChartExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Exporter le graphique"));
    QSettings settings;
    m_format = new QComboBox(this);
    m_format->addItem(tr("SVG (vectoriel, texte modifiable)"), QStringLiteral("svg"));
    m_format->addItem(tr("PNG (image)"), QStringLiteral("png"));
    m_format->addItem(tr("PDF (vectoriel)"), QStringLiteral("pdf"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(QStringLiteral("charts/format"), QStringLiteral("svg")))));
    m_width = new QDoubleSpinBox(this);
    m_width->setRange(20, 2000);
    m_width->setSuffix(tr(" mm"));
    m_width->setValue(settings.value(QStringLiteral("charts/widthMm"), 160).toDouble());
    m_height = new QDoubleSpinBox(this);
    m_height->setRange(20, 2000);
    m_height->setSuffix(tr(" mm"));
    m_height->setValue(settings.value(QStringLiteral("charts/heightMm"), 100).toDouble());
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(96, 600);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(settings.value(QStringLiteral("charts/dpi"), 300).toInt());
    const auto updateDpi = [this] { m_dpi->setEnabled(format() == charts::ExportFormat::Png); };
    connect(m_format, &QComboBox::currentIndexChanged, this, updateDpi);
    updateDpi();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Format :"), m_format);
    form->addRow(tr("Largeur :"), m_width);
    form->addRow(tr("Hauteur :"), m_height);
    form->addRow(tr("Résolution :"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

charts::ExportFormat ChartExportDialog::format() const
{
    return charts::exportFormatFromKey(m_format->currentData().toString()).value_or(charts::ExportFormat::Svg);
}

charts::ExportSize ChartExportDialog::size() const
{
    charts::ExportSize s;
    s.widthMm = m_width->value();
    s.heightMm = m_height->value();
    s.dpi = m_dpi->value();
    return s;
}

void ChartExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("charts/format"), m_format->currentData());
    settings.setValue(QStringLiteral("charts/widthMm"), m_width->value());
    settings.setValue(QStringLiteral("charts/heightMm"), m_height->value());
    settings.setValue(QStringLiteral("charts/dpi"), m_dpi->value());
}

} // namespace odema::gui
