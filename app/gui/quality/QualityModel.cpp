#include "gui/quality/QualityModel.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "quality/QualityCheck.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace odema::gui {

void QualityModel::setFindings(QList<QualityFinding> findings, QHash<QString, QualityAcknowledgment> acknowledgments)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_acknowledgments = std::move(acknowledgments);
    endResetModel();
}

void QualityModel::setAcknowledgments(QHash<QString, QualityAcknowledgment> acknowledgments)
{
    m_acknowledgments = std::move(acknowledgments);
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_findings.size()) - 1, ColumnCount - 1));
}

const QualityAcknowledgment *QualityModel::acknowledgment(int row) const
{
    auto it = m_acknowledgments.constFind(m_findings.at(row).key());
    return it == m_acknowledgments.constEnd() ? nullptr : &*it;
}

int QualityModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }

int QualityModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QualityModel::display(const QualityFinding &f, int column, int row) const
{
    switch (column) {
    case Severity: return severityLabel(f.severity);
    case Kind: return qualityKindLabel(f.kind);
    case Territory: return f.territoryName;
    case Year: return f.previousYear && f.kind != QLatin1String(QualityKind::MissingYear) && f.kind != QLatin1String(QualityKind::OlderPopulation)
                          ? QStringLiteral("%1–%2").arg(f.previousYear).arg(f.year)
                          : QString::number(f.year);
    case DataSets: return f.datasets.join(QStringLiteral(" / "));
    case GapTonnes:
        if (const auto d = f.differenceGrams())
            return formatGrams(*d, 2);
        return f.difference ? formatNumber(*f.difference, 2) + QLatin1Char(' ') + f.unit : QString();
    case GapPercent: return f.differencePercent ? formatSignedPercent(*f.differencePercent, 2) : QString();
    case Sentence: return f.sentence;
    case Comment:
        if (const QualityAcknowledgment *a = acknowledgment(row))
            return a->comment;
        return QString();
    }
    return QVariant();
}

QVariant QualityModel::sortValue(const QualityFinding &f, int column, int row) const
{
    switch (column) {
    case Severity: return int(f.severity);
    case Year: return f.year * 10000 + f.previousYear;
    case GapTonnes: return f.differenceGrams() ? QVariant(*f.differenceGrams()) : QVariant(f.difference.value_or(0.0));
    case GapPercent: return f.differencePercent.value_or(0.0);
    default: return display(f, column, row);
    }
}

QVariant QualityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return QVariant();
    const QualityFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(f, index.column(), index.row());
    case SortRole: return sortValue(f, index.column(), index.row());
    case SeverityRole: return int(f.severity);
    case Qt::TextAlignmentRole:
        if (index.column() == GapTonnes || index.column() == GapPercent || index.column() == Year)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Severity && f.severity == QualitySeverity::Error)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == Severity && f.severity == QualitySeverity::Warning)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = f.sentence;
        if (!f.files.isEmpty())
            tip += QLatin1Char('\n') + tr("Fichiers : %1").arg(f.files.join(QStringLiteral(", ")));
        if (const QualityAcknowledgment *a = acknowledgment(index.row()))
            tip += QLatin1Char('\n') + tr("Pris en compte le %1 : %2").arg(QLocale().toString(a->at.toLocalTime().date(), QLocale::ShortFormat), a->comment);
        return tip;
    }
    default: return QVariant();
    }
}

QVariant QualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Gravité");
    case Kind: return tr("Contrôle");
    case Territory: return tr("Territoire");
    case Year: return tr("Année");
    case DataSets: return tr("Jeux de données");
    case GapTonnes: return tr("Écart");
    case GapPercent: return tr("Écart (%)");
    case Sentence: return tr("Constat");
    case Comment: return tr("Commentaire");
    }
    return QVariant();
}

} // namespace odema::gui
