// ADEME's directories of waste-treatment installations (annuaires ISDND, UIOM 2016): one row
// per installation with its SINOE code, name, commune, operator, permitted capacity (t/an) and
// position. Real exports write the position in WGS84 degrees (lat, lon) and in Web Mercator
// metres; the degrees are used when present, else the metres are projected (PROJ). Codes lost
// their leading zeros in some exports (postal code 2100, commune 2691, département 2).
#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "common/Tonnage.h"
#include "geo/CrsTransform.h"
#include "import/CsvReader.h"
#include "import/ImportContext.h"
#include "import/NumberParser.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// Names as written, without the double spaces and no-break spaces of the exports.
QString cleanText(QStringView text)
{
    QString s = text.toString();
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    return s.simplified();
}

/// A code that a spreadsheet read as a number: "2691" -> "02691" for 5 characters.
QString padded(const QString &code, int width)
{
    if (code.size() < width && !code.isEmpty() && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
        return QString(width - code.size(), QLatin1Char('0')) + code;
    return code;
}

class InstallationRecordReader {
public:
    InstallationRecordReader(ImportContext &context, const LayoutMatch &match)
        : m_c(context), m_match(match),
          m_insert(sql::prepare(context.db, QStringLiteral(
              "INSERT INTO installation(kind, code_scheme, code, year, name, subtype, commune_code, postal_code, departement, territory_id, "
              "operator, management, opened, capacity_grams, lon, lat, position_from, dataset_id, source_id) "
              "VALUES (?, 'sinoe', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (kind, code_scheme, code, year) DO UPDATE SET name = excluded.name, subtype = excluded.subtype, "
              "commune_code = excluded.commune_code, postal_code = excluded.postal_code, departement = excluded.departement, "
              "territory_id = excluded.territory_id, operator = excluded.operator, management = excluded.management, "
              "opened = excluded.opened, capacity_grams = excluded.capacity_grams, lon = excluded.lon, lat = excluded.lat, "
              "position_from = excluded.position_from, dataset_id = excluded.dataset_id, source_id = excluded.source_id")))
    {
        for (int column : match.columns)
            m_width = qMax(m_width, column + 1);
        const QString kind = match.installationKind;
        m_dataset = context.datasets.ensure(QStringLiteral("sinoe-annuaire-") + kind,
                                            Tr::tr("SINOE® – Annuaire des installations %1").arg(kind.toUpper()),
                                            QStringLiteral("installation"), QStringLiteral("annuaire"));
        static const QRegularExpression year(QStringLiteral("(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"));
        const auto m = year.match(QFileInfo(context.report.fileName).completeBaseName());
        if (m.hasMatch())
            m_fileYear = m.captured(1).toInt();
    }

    void read(RecordSource &reader)
    {
        m_c.readRecords(reader, m_width, [this](const CsvRecord &r) { readRecord(r); });
        m_c.report.notes << Tr::tr("%n installation(s) %1 enregistrée(s) avec leur position et leur capacité.", nullptr, int(m_c.report.rowsStored))
                                .arg(m_match.installationKind.toUpper());
        if (m_projected)
            m_c.report.notes << Tr::tr("%n position(s) calculée(s) depuis les coordonnées Web Mercator du fichier (sans latitude/longitude).", nullptr,
                                   m_projected);
        if (m_unlocated)
            m_c.report.notes << Tr::tr("%n installation(s) sans position utilisable : absentes de la carte.", nullptr, m_unlocated);
    }

private:
    QStringView field(const CsvRecord &r, Role role) const
    {
        const int column = m_match.column(role);
        return column >= 0 ? r.fields[size_t(column)].trimmed() : QStringView();
    }

    QVariant text(const CsvRecord &r, Role role) const
    {
        const QString t = cleanText(field(r, role));
        return t.isEmpty() ? QVariant() : QVariant(t);
    }

    std::optional<double> number(const CsvRecord &r, Role role) const
    {
        return field(r, role).isEmpty() ? std::nullopt : parseNumber(field(r, role), m_c.options.decimalSeparator);
    }

    void readRecord(const CsvRecord &r)
    {
        const auto year = m_match.has(Role::Year) ? parseYear(field(r, Role::Year)) : m_fileYear;
        if (!year) {
            m_c.problems.add(r.line, m_match.column(Role::Year) + 1, Tr::tr("année illisible « %1 »").arg(field(r, Role::Year)));
            return;
        }
        const QString code = cleanText(field(r, Role::InstallationCode));
        const QString name = cleanText(field(r, Role::Name));
        if (code.isEmpty() || name.isEmpty()) {
            m_c.problems.add(r.line, m_match.column(code.isEmpty() ? Role::InstallationCode : Role::Name) + 1,
                             code.isEmpty() ? Tr::tr("code de l'installation vide") : Tr::tr("nom de l'installation vide"));
            return;
        }
        QVariant capacity;
        if (!field(r, Role::Capacity).isEmpty()) {
            const auto grams = parseTonnesAsGrams(field(r, Role::Capacity), m_c.options.decimalSeparator);
            if (!grams || grams->grams < 0) {
                m_c.problems.add(r.line, m_match.column(Role::Capacity) + 1, Tr::tr("capacité illisible « %1 »").arg(field(r, Role::Capacity)));
                return;
            }
            capacity = grams->grams;
        }
        const QString commune = padded(cleanText(field(r, Role::CommuneCode)), 5);
        const QString departement = field(r, Role::DeptCode).isEmpty() ? QString() : normaliseDepartementCode(cleanText(field(r, Role::DeptCode)));
        qint64 territory = 0;
        if (commune.size() == 5)
            territory = m_c.territories.findOrAlias(Level::Commune, commune).value_or(0);
        const auto [lon, lat, from] = position(r);
        if (!m_c.problems.isEmpty() && !m_c.options.checkOnly)
            return;
        const QVariantList values{m_match.installationKind, code, *year, name, text(r, Role::InstallationType),
                                  commune.isEmpty() ? QVariant() : QVariant(commune), padded(cleanText(field(r, Role::PostalCode)), 5),
                                  departement.isEmpty() ? QVariant() : QVariant(departement),
                                  territory ? QVariant(territory) : QVariant(), text(r, Role::Operator), text(r, Role::Management),
                                  openedDate(field(r, Role::OpenDate)), capacity, lon, lat, from, m_dataset, m_c.sourceId};
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values.at(i));
        sql::exec(m_insert);
        ++m_c.report.rowsStored;
        m_c.report.noteYear(*year);
        if (territory)
            m_c.report.territories.insert(territory);
    }

    /// lon, lat (degrees) and where they come from; nulls when the row has no usable position.
    std::tuple<QVariant, QVariant, QVariant> position(const CsvRecord &r)
    {
        const auto lat = number(r, Role::Latitude), lon = number(r, Role::Longitude);
        if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180 && (*lat != 0 || *lon != 0))
            return {*lon, *lat, QStringLiteral("wgs84")};
        const auto x = number(r, Role::MercatorX), y = number(r, Role::MercatorY);
        if (x && y && (*x != 0 || *y != 0) && std::abs(*x) <= 20037508.35 && std::abs(*y) <= 20048966.11) {
            const QPointF p = geo::webMercatorToLonLat(*x, *y);
            ++m_projected;
            return {p.x(), p.y(), QStringLiteral("mercator")};
        }
        ++m_unlocated;
        return {QVariant(), QVariant(), QVariant()};
    }

    /// "20/11/2006" -> "2006-11-20"; other spellings kept as written.
    static QVariant openedDate(QStringView text)
    {
        if (text.isEmpty())
            return QVariant();
        const QDate date = QDate::fromString(text.toString(), QStringLiteral("dd/MM/yyyy"));
        return date.isValid() ? date.toString(Qt::ISODate) : text.toString();
    }

    ImportContext &m_c;
    const LayoutMatch &m_match;
    QSqlQuery m_insert;
    qint64 m_dataset = 0;
    int m_width = 0;
    std::optional<int> m_fileYear;
    int m_projected = 0, m_unlocated = 0;
};

} // namespace

void importInstallationRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match)
{
    InstallationRecordReader(context, match).read(reader);
}

} // namespace odema
