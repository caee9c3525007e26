#include "gui/import/ImportDialog.h"

// The reading options of the current file (encoding, delimiter, decimal separator, header row,
// sheet) and what was detected: changing one reads the file again with it.
#include "gui/import/ImportDialogFileState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace odema::gui {

void ImportDialog::buildDetectionStep(QWidget *right, QVBoxLayout *rightLayout)
{
    auto *form = new QFormLayout;
    m_encoding = new QComboBox(right);
    m_encoding->addItem(tr("détecté"), QString());
    for (const char *codec : {"UTF-8", "windows-1252", "ISO-8859-15", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString::fromLatin1(codec), QString::fromLatin1(codec));
    m_delimiter = new QComboBox(right);
    m_delimiter->addItem(tr("détecté"), QString());
    m_delimiter->addItem(tr("point-virgule ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("virgule ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("tabulation"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("barre |"), QStringLiteral("|"));
    m_decimal = new QComboBox(right);
    m_decimal->addItem(tr("les deux (1 234,5 et 1234.5)"), QString());
    m_decimal->addItem(tr("virgule (1.234,5)"), QStringLiteral(","));
    m_decimal->addItem(tr("point (1,234.5)"), QStringLiteral("."));
    m_headerLine = new QSpinBox(right);
    m_headerLine->setRange(0, 1000);
    m_headerLine->setSpecialValueText(tr("détectée"));
    m_sheet = new QComboBox(right);
    m_sheetLabel = new QLabel(tr("Feuille"), right);
    m_detection = new QLabel(right);
    m_detection->setWordWrap(true);
    m_detection->setTextFormat(Qt::RichText);
    m_detection->setObjectName(QStringLiteral("importDetection"));
    form->addRow(tr("Encodage"), m_encoding);
    form->addRow(tr("Séparateur"), m_delimiter);
    form->addRow(tr("Séparateur décimal"), m_decimal);
    form->addRow(tr("Ligne d'en-tête"), m_headerLine);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("Détection"), m_detection);
    rightLayout->addLayout(form);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_decimal, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::optionsEdited);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportDialog::optionsEdited);

}

void ImportDialog::optionsEdited()
{
    FileState *f = current();
    if (m_updating || !f)
        return;
    f->chosen.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    f->chosen.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QString decimal = m_decimal->currentData().toString();
    f->chosen.decimalSeparator = decimal.isEmpty() ? QChar() : decimal.at(0);
    f->chosen.headerLine = m_headerLine->value();
    f->chosen.sheet = m_sheet->currentText();
    if (f->mappingFromEditor) { // another header: the mapping is chosen again
        f->chosen.mapping.reset();
        f->mappingFromEditor = false;
    }
    refreshPreview();
}

void ImportDialog::setSheet(const QString &sheet) { m_sheet->setCurrentText(sheet); }

void ImportDialog::refreshPreview()
{
    FileState *f = current();
    MappingLibrary library;
    f->preview = previewFile(f->path, f->chosen, &library);
    f->check.reset();
    f->checkError.clear();
    showPreview();
    showCheck();
}

void ImportDialog::showDetection()
{
    const ImportPreview &p = current()->preview;
    QStringList facts;
    if (!p.encoding.isEmpty())
        facts << tr("encodage %1").arg(p.encoding);
    if (!p.delimiter.isNull())
        facts << tr("séparateur « %1 »").arg(p.delimiter == QLatin1Char('\t') ? tr("tabulation") : QString(p.delimiter));
    if (!p.decimalSeparator.isNull())
        facts << tr("décimales « %1 »").arg(p.decimalSeparator);
    if (p.headerLine > 0)
        facts << tr("en-tête ligne %1").arg(p.headerLine);
    facts << (p.layoutName.isEmpty() ? tr("format non reconnu : choisissez les colonnes ci-dessous") : tr("format : %1").arg(p.layoutName));
    if (p.savedMapping)
        facts << tr("correspondance « %1 » reprise (même en-tête)").arg(p.savedMapping->name);
    // Rich text: what comes from the file (a mapping's name, an error quoting a cell) is escaped.
    QString text = facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!p.error.isEmpty())
        text = tr("<b>Lecture impossible :</b> %1").arg(p.error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detection->setText(text);
    const bool xlsx = p.kind == FileKind::Xlsx;
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_delimiter})
        w->setEnabled(p.kind == FileKind::Csv);
}

} // namespace odema::gui
