#include "gui/import/ImportDialog.h"

// The check of the current file (nothing written): what each year would gain or replace, the
// problems and warnings, and the faulty row shown with the faulty cell in bold.
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "gui/import/ImportDialogFileState.h"
#include "import/RejectedRows.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace odema::gui {

void ImportDialog::buildCheckStep(QWidget *right, QVBoxLayout *rightLayout)
{
    m_checkView = new QTreeWidget(right);
    m_checkView->setObjectName(QStringLiteral("importCheck"));
    m_checkView->setHeaderLabels({tr("Année"), tr("Lignes ajoutées"), tr("Tonnes ajoutées"), tr("Lignes remplacées"), tr("Tonnes remplacées")});
    m_checkView->setRootIsDecorated(false);
    m_problems = new QListWidget(right);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problemRow = new QLabel(right);
    m_problemRow->setWordWrap(true);
    m_problemRow->setTextFormat(Qt::RichText); // the row's cells are escaped, the faulty one in bold
    m_problemRow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_problems, &QListWidget::currentRowChanged, this, &ImportDialog::showProblemRow);
    auto *checkBox = new QSplitter(Qt::Horizontal, right);
    checkBox->addWidget(m_checkView);
    auto *problemBox = new QWidget;
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problems, 1);
    problemLayout->addWidget(m_problemRow);
    checkBox->addWidget(problemBox);
    rightLayout->addWidget(new QLabel(tr("Vérification (rien n'est écrit) :"), right));
    rightLayout->addWidget(checkBox, 1);
    m_skipRows = new QCheckBox(tr("Écarter les lignes en erreur (elles seront copiées dans un fichier .rejets.csv à côté du fichier)"), right);
    m_skipRows->setObjectName(QStringLiteral("skipProblemRows"));
    rightLayout->addWidget(m_skipRows);
    connect(m_skipRows, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
}

void ImportDialog::showCheck()
{
    FileState *f = current();
    m_checkView->clear();
    m_problems->clear();
    m_problemRow->clear();
    if (!f)
        return;
    if (!f->checkError.isEmpty()) {
        m_problems->addItem(f->checkError);
        return;
    }
    if (!f->check)
        return;
    const ImportReport &r = *f->check;
    if (r.alreadyImported) {
        m_problems->addItem(tr("Déjà importé (%1) : rien ne changerait.").arg(r.alreadyImportedAs));
        return;
    }
    for (const YearChange &y : r.yearChanges) {
        auto *item = new QTreeWidgetItem(m_checkView, {QString::number(y.year), formatInteger(y.rowsAdded), formatGramsAsTonnes(y.gramsAdded),
                                                       formatInteger(y.rowsReplaced), formatGramsAsTonnes(y.gramsReplaced)});
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *total = new QTreeWidgetItem(m_checkView, {tr("Total"), formatInteger(r.rowsStored), formatGramsAsTonnes(r.totalGrams),
                                                    formatInteger(r.rowsReplaced), QString()});
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int c = 0; c < 5; ++c)
        total->setFont(c, bold);
    new QTreeWidgetItem(m_checkView, {tr("Territoires"), formatInteger(r.territories.size())});
    if (r.streams)
        new QTreeWidgetItem(m_checkView, {tr("Flux"), formatInteger(r.streams)});
    if (r.populationsStored)
        new QTreeWidgetItem(m_checkView, {tr("Populations"), formatInteger(r.populationsStored)});
    for (const QString &added : r.nomenclatureAdded)
        new QTreeWidgetItem(m_checkView, {tr("Nouveau"), added});
    for (int c = 0; c < 5; ++c)
        m_checkView->resizeColumnToContents(c);
    for (const ImportProblem &p : r.problems)
        m_problems->addItem(QStringLiteral("%1:%2: %3").arg(QString::number(p.line), QString::number(p.column), p.reason));
    if (r.problemCount > r.problems.size())
        m_problems->addItem(tr("… et %n autre(s) problème(s)", nullptr, r.problemCount - int(r.problems.size())));
    if (r.problemCount == 0)
        m_problems->addItem(tr("Aucun problème : le fichier peut être importé."));
    else
        m_problemRow->setText(tr("%n problème(s) : l'import sera refusé, sauf si vous écartez ces lignes.", nullptr, r.problemCount));
    // Warnings after the problems (showProblemRow only looks at indices of problems): values
    // accepted with what was assumed, so that nothing doubtful goes in unseen.
    for (const ImportWarning &w : r.warnings) {
        const QString where = w.line <= 0 ? QString() : w.column <= 0 ? QString::number(w.line)
                                                      : QStringLiteral("%1:%2").arg(QString::number(w.line), QString::number(w.column));
        auto *item = new QListWidgetItem(where.isEmpty() ? tr("⚠ %1").arg(w.message) : tr("⚠ %1 : %2").arg(where, w.message), m_problems);
        item->setData(Qt::UserRole, QStringLiteral("warning"));
    }
    if (r.warningCount > r.warnings.size())
        m_problems->addItem(tr("… et %n autre(s) avertissement(s)", nullptr, r.warningCount - int(r.warnings.size())));
}

void ImportDialog::showProblemRow(int problemIndex)
{
    FileState *f = current();
    if (!f || !f->check || problemIndex < 0 || problemIndex >= f->check->problems.size())
        return;
    const ImportProblem &p = f->check->problems.at(problemIndex);
    try {
        const QStringList cells = recordAtLine(f->path, f->preview.optionsFor(f->chosen), p.line);
        QStringList shown;
        for (int c = 0; c < cells.size(); ++c)
            shown << (c + 1 == p.column ? QStringLiteral("<b>[%1]</b>").arg(cells.at(c).toHtmlEscaped()) : cells.at(c).toHtmlEscaped());
        m_problemRow->setText(tr("Ligne %1 : %2").arg(QString::number(p.line), shown.join(QStringLiteral(" | "))));
    } catch (const OdemaError &e) {
        m_problemRow->setText(e.message().toHtmlEscaped());
    }
}

} // namespace odema::gui
