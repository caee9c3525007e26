// SINOE® code lists: the nomenclature of waste groupings (C_TYP_REG_DECHET with its family
// C_TYP_AGR_DECHET: 07 = DMA, 08 = OMA, 02 = déchèterie, 01 = OMA destination) and the types of
// acteurs (a hierarchy through C_TYP_ACTEUR_PERE, validity dates). Stored in reference_code, one
// row per code; a newer list replaces an older one's labels. The exports come from MySQL: an
// unset date is "0000-00-00 00:00:00" (stored as NULL) and parent codes lost their leading zero.
#include "import/CsvReader.h"
#include "import/ImportContext.h"
#include "import/NumberParser.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

class CodeListReader {
public:
    CodeListReader(ImportContext &context, const LayoutMatch &match)
        : m_c(context), m_match(match),
          m_kind(match.layout == Layout::NomenclatureDechets ? QStringLiteral("regroupement_dechet") : QStringLiteral("type_acteur")),
          m_insert(sql::prepare(context.db, QStringLiteral(
              "INSERT INTO reference_code(kind, code, parent_code, label, long_label, level, valid_from, valid_to, source_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, code) DO UPDATE SET parent_code = excluded.parent_code, "
              "label = excluded.label, long_label = excluded.long_label, level = excluded.level, valid_from = excluded.valid_from, "
              "valid_to = excluded.valid_to, source_id = excluded.source_id")))
    {
        for (int column : match.columns)
            m_width = qMax(m_width, column + 1);
    }

    void read(RecordSource &reader)
    {
        m_c.readRecords(reader, m_width, [this](const CsvRecord &r) { readRecord(r); });
        m_c.report.notes << Tr::tr("%n code(s) de nomenclature enregistré(s).", nullptr, int(m_c.report.rowsStored));
    }

private:
    QString field(const CsvRecord &r, Role role) const
    {
        const int column = m_match.column(role);
        return column >= 0 ? r.fields[size_t(column)].trimmed().toString() : QString();
    }

    /// "2003-01-01 00:00:00" -> "2003-01-01"; MySQL's zero date -> NULL.
    static QVariant date(const QString &text)
    {
        if (text.isEmpty() || text.startsWith(QLatin1String("0000-00-00")))
            return QVariant();
        return text.left(10);
    }

    void readRecord(const CsvRecord &r)
    {
        const QString code = field(r, Role::StreamCode);
        const QString label = m_match.has(Role::Label) ? field(r, Role::Label) : field(r, Role::StreamLabel);
        if (code.isEmpty() || label.isEmpty()) {
            m_c.problems.add(r.line, m_match.column(code.isEmpty() ? Role::StreamCode : Role::Label) + 1,
                             code.isEmpty() ? Tr::tr("code vide") : Tr::tr("libellé vide"));
            return;
        }
        QString parent = m_match.has(Role::GroupCode) ? field(r, Role::GroupCode) : field(r, Role::ParentCode);
        if (parent.size() == 1 && parent.at(0).isDigit())
            parent.prepend(QLatin1Char('0')); // "1" for the family "01"
        const auto level = parseCount(field(r, Role::HierarchyLevel));
        if (!m_c.problems.isEmpty() && !m_c.options.checkOnly)
            return;
        const QVariantList values{m_kind, code, parent.isEmpty() ? QVariant() : QVariant(parent), label,
                                  field(r, Role::LongLabel).isEmpty() ? QVariant() : QVariant(field(r, Role::LongLabel)),
                                  level ? QVariant(*level) : QVariant(), date(field(r, Role::ValidFrom)), date(field(r, Role::ValidTo)),
                                  m_c.sourceId};
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values.at(i));
        sql::exec(m_insert);
        ++m_c.report.rowsStored;
    }

    ImportContext &m_c;
    const LayoutMatch &m_match;
    QString m_kind;
    QSqlQuery m_insert;
    int m_width = 0;
};

} // namespace

void importCodeListRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match)
{
    CodeListReader(context, match).read(reader);
}

} // namespace odema
