#include "gui/report/ReportTemplateDialog.h"

#include "common/OdemaError.h"
#include "gui/report/ReportSupport.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace odema::gui {

ReportTemplateDialog::ReportTemplateDialog(QWidget *parent) : QDialog(parent), m_tpl(userReportTemplate())
{
    setWindowTitle(tr("Modèle de fiche"));
    auto *form = new QFormLayout;
    m_organisation = new QLineEdit(m_tpl.organisation, this);
    form->addRow(tr("&Organisation :"), m_organisation);
    m_title = new QLineEdit(m_tpl.title, this);
    form->addRow(tr("&Titre :"), m_title);
    m_logo = new QLineEdit(m_tpl.logoPath, this);
    auto *browse = new QPushButton(tr("Choisir…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.svg *.png *.jpg)"));
        if (!f.isEmpty())
            m_logo->setText(f);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    form->addRow(tr("&Logo :"), logoRow);
    m_colour = new QPushButton(this);
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_tpl.accent, this, tr("Couleur d'accent"));
        if (c.isValid()) {
            m_tpl.accent = c;
            showColour();
        }
    });
    showColour();
    form->addRow(tr("&Couleur d'accent :"), m_colour);
    m_footer = new QLineEdit(m_tpl.footerText, this);
    form->addRow(tr("&Pied de page :"), m_footer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_tpl = report::ReportTemplate::defaults();
        m_organisation->setText(m_tpl.organisation);
        m_title->setText(m_tpl.title);
        m_logo->setText(m_tpl.logoPath);
        m_footer->setText(m_tpl.footerText);
        showColour();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 0);
}

void ReportTemplateDialog::showColour()
{
    m_colour->setText(m_tpl.accent.name());
    m_colour->setStyleSheet(QStringLiteral("background:%1;color:white").arg(m_tpl.accent.name()));
}

void ReportTemplateDialog::accept()
{
    m_tpl.organisation = m_organisation->text();
    m_tpl.title = m_title->text();
    m_tpl.logoPath = m_logo->text();
    m_tpl.footerText = m_footer->text();
    if (!m_tpl.logoPath.isEmpty() && !QFileInfo::exists(m_tpl.logoPath)) {
        QMessageBox::warning(this, windowTitle(), tr("Logo introuvable : %1").arg(m_tpl.logoPath));
        return;
    }
    try {
        QDir().mkpath(QFileInfo(userReportTemplatePath()).absolutePath());
        m_tpl.save(userReportTemplatePath());
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    QDialog::accept();
}

} // namespace odema::gui
