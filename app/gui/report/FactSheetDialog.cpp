#include "gui/report/FactSheetDialog.h"

#include "common/OdemaError.h"
#include "gui/report/ReportSupport.h"
#include "gui/report/TerritoryPicker.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWriter.h"
#include "store/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>

namespace odema::gui {

FactSheetDialog::FactSheetDialog(const QString &storePath, qint64 territoryId, int year, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Fiche territoriale"));
    resize(900, 900);
    m_store = Store::open(storePath, Store::OpenMode::ReadOnly);
    m_builder = std::make_unique<report::FactSheetBuilder>(m_store->database());

    auto *form = new QFormLayout;
    m_territory = new TerritoryPicker(m_store->database(),
                                      {QStringLiteral("france"), QStringLiteral("region"), QStringLiteral("departement"), QStringLiteral("epci")}, this);
    if (territoryId)
        m_territory->setTerritoryId(territoryId);
    else if (auto ref = m_builder->resolver().find({Level::Region, QStringLiteral("32")}))
        m_territory->setTerritoryId(ref->id);
    form->addRow(tr("&Territoire :"), m_territory);
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("dernière année avec des données"));
    m_year->setValue(year);
    form->addRow(tr("&Année :"), m_year);

    auto *pagesWidget = new QWidget;
    m_pages = new QVBoxLayout(pagesWidget);
    m_pages->setAlignment(Qt::AlignHCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    m_status = new QLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *preview = buttons->addButton(tr("A&perçu"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Enregistrer en &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *html = buttons->addButton(tr("Enregistrer en &HTML…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this, &FactSheetDialog::refresh);
    connect(pdf, &QPushButton::clicked, this, [this] { save(false); });
    connect(html, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    refresh();
}

FactSheetDialog::~FactSheetDialog() = default;

void FactSheetDialog::refresh()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_data.reset();
    const qint64 id = m_territory->territoryId();
    if (!id) {
        m_status->setText(tr("Choisissez un territoire dans la liste."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_data = m_builder->build(id, m_year->value());
        const qreal ratio = devicePixelRatioF();
        for (QImage page : report::FactSheetWriter::pageImages(*m_data, userReportTemplate(), 90 * ratio)) {
            page.setDevicePixelRatio(ratio);
            auto *label = new QLabel;
            label->setPixmap(QPixmap::fromImage(page));
            m_pages->addWidget(label);
        }
        m_status->setText(tr("%1, données %2 : 2 pages A4.").arg(m_data->header.name, QString::number(m_data->header.year)));
    } catch (const OdemaError &e) {
        m_status->setText(e.message());
    }
    QApplication::restoreOverrideCursor();
}

void FactSheetDialog::save(bool html)
{
    if (!m_data || m_data->header.territoryId != m_territory->territoryId())
        refresh();
    if (!m_data)
        return;
    const TerritoryInfo t = m_builder->resolver().byId(m_data->header.territoryId);
    const QString suffix = html ? QStringLiteral("html") : QStringLiteral("pdf");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(report::expandFileName(QStringLiteral("{code}_{nom}_{annee}"), t, m_data->header.year, suffix));
    const QString path = QFileDialog::getSaveFileName(this, html ? tr("Enregistrer la fiche en HTML") : tr("Enregistrer la fiche en PDF"),
                                                      suggested, html ? tr("Page HTML (*.html)") : tr("Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        if (html)
            report::FactSheetWriter::writeHtml(*m_data, userReportTemplate(), path);
        else
            report::FactSheetWriter::writePdf(*m_data, userReportTemplate(), path);
        m_status->setText(tr("Fiche enregistrée : %1").arg(path));
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace odema::gui
