#include "import/ImportPreview.h"

#include "common/FileChecks.h"
#include "common/OdemaError.h"
#include "import/JsonImport.h"
#include "import/NumberParser.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kHeadBytes = 4 << 20; // same head as the import's detection
constexpr qint64 kMaxJsonPreview = 32 << 20;

enum class CellType { Text, Number, Year, Count };

CellType cellType(Role role)
{
    switch (role) {
    case Role::Year: return CellType::Year;
    case Role::Tonnes: return CellType::Number;
    case Role::Population: case Role::PopMunicipale: case Role::PopTotale: return CellType::Count;
    default: return CellType::Text;
    }
}

PreviewCell readCell(QStringView text, CellType type, QChar decimal)
{
    PreviewCell cell;
    const QStringView t = text.trimmed();
    cell.text = t.toString();
    if (t.isEmpty())
        return cell;
    cell.kind = PreviewCell::Kind::Text;
    if (type == CellType::Text)
        return cell;
    std::optional<double> value;
    if (type == CellType::Year) {
        if (const auto y = parseYear(t))
            value = *y;
    } else if (type == CellType::Count) {
        if (const auto n = parseCount(t))
            value = double(*n);
    } else {
        value = parseNumber(t, decimal);
    }
    cell.kind = value ? PreviewCell::Kind::Number : PreviewCell::Kind::Invalid;
    cell.number = value.value_or(0);
    return cell;
}

/// ',' or '.' when the numbers of the tonnage column use one of them as decimal separator.
QChar seenDecimal(const QList<QStringList> &raw, int column)
{
    int commas = 0, dots = 0;
    for (const QStringList &row : raw) {
        const QString v = row.value(column).trimmed();
        const bool comma = v.contains(QLatin1Char(','));
        const bool dot = v.contains(QLatin1Char('.'));
        if (comma && dot)
            (v.lastIndexOf(QLatin1Char(',')) > v.lastIndexOf(QLatin1Char('.')) ? commas : dots)++;
        else if (comma && v.count(QLatin1Char(',')) == 1)
            ++commas;
        else if (dot && v.count(QLatin1Char('.')) == 1)
            ++dots;
    }
    if (commas > dots)
        return QLatin1Char(',');
    if (dots > commas)
        return QLatin1Char('.');
    return QChar();
}
} // namespace

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Year: return Tr::tr("Année");
    case Role::RegionCode: return Tr::tr("Région (code)");
    case Role::RegionName: return Tr::tr("Région");
    case Role::DeptCode: case Role::CodDep: return Tr::tr("Département (code)");
    case Role::DeptName: return Tr::tr("Département");
    case Role::StreamCode: return Tr::tr("Flux (code)");
    case Role::StreamLabel: return Tr::tr("Flux");
    case Role::ModeCode: return Tr::tr("Mode (code)");
    case Role::ModeLabel: return Tr::tr("Mode de traitement");
    case Role::Tonnes: return Tr::tr("Tonnes");
    case Role::Population: return Tr::tr("Population");
    case Role::Siren: return Tr::tr("EPCI (SIREN)");
    case Role::TypeCom: return Tr::tr("Type de commune");
    case Role::CommuneCode: case Role::CodCom: return Tr::tr("Commune (code)");
    case Role::CommuneName: return Tr::tr("Commune");
    case Role::ParentCommune: return Tr::tr("Commune parente");
    case Role::Name: return Tr::tr("Nom");
    case Role::PopMunicipale: return Tr::tr("Population municipale");
    case Role::PopTotale: return Tr::tr("Population totale");
    case Role::TerritoryCode: return Tr::tr("Territoire (code)");
    case Role::Channel: return Tr::tr("Canal");
    case Role::TonnesHorsGravats: return Tr::tr("Tonnes hors gravats");
    case Role::Ratio: return Tr::tr("Ratio publié (kg/hab)");
    case Role::TonnesKg: return Tr::tr("Kilogrammes");
    case Role::PopDesservie: return Tr::tr("Population desservie");
    case Role::Sites: return Tr::tr("Déchèteries");
    case Role::SitesPro: return Tr::tr("Déchèteries ouvertes aux professionnels");
    case Role::CommunesDesservies: return Tr::tr("Communes desservies");
    case Role::CommunesParSite: return Tr::tr("Communes par déchèterie");
    case Role::HabitantsParSite: return Tr::tr("Habitants par déchèterie");
    case Role::Couverture: return Tr::tr("Couverture de la population (%)");
    case Role::Visites: return Tr::tr("Visites");
    case Role::VisitesParHabitant: return Tr::tr("Visites par habitant");
    case Role::KgParVisite: return Tr::tr("Kilogrammes par visite");
    case Role::GroupCode: return Tr::tr("Famille (code)");
    case Role::ParentCode: return Tr::tr("Code parent");
    case Role::Label: return Tr::tr("Libellé");
    case Role::LongLabel: return Tr::tr("Libellé long");
    case Role::HierarchyLevel: return Tr::tr("Niveau");
    case Role::ValidFrom: return Tr::tr("Valide depuis");
    case Role::ValidTo: return Tr::tr("Valide jusqu'au");
    case Role::InstallationCode: return Tr::tr("Installation (code)");
    case Role::PostalCode: return Tr::tr("Code postal");
    case Role::OpenDate: return Tr::tr("Date d'ouverture");
    case Role::Management: return Tr::tr("Mode de gestion");
    case Role::MercatorX: return Tr::tr("X (Web Mercator)");
    case Role::MercatorY: return Tr::tr("Y (Web Mercator)");
    case Role::Latitude: return Tr::tr("Latitude");
    case Role::Longitude: return Tr::tr("Longitude");
    case Role::Operator: return Tr::tr("Exploitant");
    case Role::Capacity: return Tr::tr("Capacité (t/an)");
    case Role::InstallationType: return Tr::tr("Type d'installation");
    }
    return QString();
}

ImportOptions ImportPreview::optionsFor(const ImportOptions &chosen) const
{
    ImportOptions options = chosen;
    if (!options.mapping && savedMapping && match && match->layout == Layout::Mapped)
        options.mapping = match;
    if (options.headerLine == 0 && headerLine > 0 && kind == FileKind::Xlsx)
        options.headerLine = int(headerLine);
    return options;
}

ImportPreview previewFile(const QString &path, const ImportOptions &options, const MappingLibrary *library, int maxRows)
{
    ImportPreview p;
    p.path = path;
    p.fileName = QFileInfo(path).fileName();
    p.decimalSeparator = options.decimalSeparator;
    try {
        refuseSpecialFile(path); // a FIFO would block the open forever
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw OdemaError(Tr::tr("Impossible de lire « %1 » : %2").arg(path, file.errorString()));
        p.fileSize = file.size();
        const QByteArray head = file.peek(kHeadBytes);
        p.kind = sniffFileKind(head);
        refuseUnreadable(p.kind, p.fileName, head);
        if (p.kind == FileKind::Json) {
            p.encoding = QStringLiteral("UTF-8");
            if (file.size() > kMaxJsonPreview) {
                p.layoutName = Tr::tr("JSON (reconnu à l'import)");
                return p;
            }
            const auto layout = detectJsonLayout(parseJsonFile(file.readAll(), p.fileName));
            if (!layout)
                throw OdemaError(Tr::tr("%1 : structure JSON non reconnue.").arg(p.fileName));
            p.layoutName = layoutName(*layout);
            return p;
        }
        OpenedRecords opened = openRecords(file, head, p.kind, options, p.fileName);
        p.encoding = opened.encoding;
        p.delimiter = opened.delimiter;
        p.sheets = opened.sheets;
        p.sheet = opened.sheet;
        FoundHeader header = findHeader(*opened.records, options, p.fileName);
        // Without a layout, the header search read on past the first record: read again below.
        const bool consumedAhead = !header.match && options.headerLine == 0;
        p.headerLine = header.line;
        p.header = header.columns;
        if (!header.match && library) {
            if (auto saved = library->forHeader(header.columns)) {
                p.savedMapping = saved;
                header.match = saved->toLayoutMatch();
            }
        }
        if (consumedAhead) {
            // The header search consumed records: read the head again from the first record.
            file.seek(0);
            opened = openRecords(file, head, p.kind, options, p.fileName);
            CsvRecord first;
            opened.records->next(first);
        }
        p.match = header.match;
        p.layoutName = p.match ? layoutName(p.match->layout) : QString();
        QHash<int, Role> roles;
        if (p.match)
            for (auto it = p.match->columns.cbegin(); it != p.match->columns.cend(); ++it)
                roles.insert(it.value(), it.key());
        for (int c = 0; c < p.header.size(); ++c)
            p.columnRoles << (roles.contains(c) ? roleLabel(roles.value(c)) : QString());

        QList<QStringList> raw;
        CsvRecord record;
        while (raw.size() < maxRows && opened.records->next(record)) {
            QStringList row;
            for (QStringView f : record.fields)
                row << f.toString();
            raw << row;
            p.lines << record.line;
        }
        if (p.decimalSeparator.isNull() && p.match && p.match->has(Role::Tonnes))
            p.decimalSeparator = seenDecimal(raw, p.match->column(Role::Tonnes));
        for (const QStringList &row : raw) {
            QList<PreviewCell> cells;
            const int width = qMax(int(row.size()), int(p.header.size()));
            for (int c = 0; c < width; ++c)
                cells << readCell(row.value(c), roles.contains(c) ? cellType(roles.value(c)) : CellType::Text,
                                  options.decimalSeparator);
            p.rows << cells;
        }
    } catch (const OdemaError &e) {
        p.error = e.details().isEmpty() ? e.message() : e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
    }
    return p;
}

} // namespace odema

namespace odema {

QStringList recordAtLine(const QString &path, const ImportOptions &options, qint64 line)
{
    refuseSpecialFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Impossible de lire « %1 » : %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(kHeadBytes);
    const FileKind kind = sniffFileKind(head);
    refuseUnreadable(kind, QFileInfo(path).fileName(), head);
    if (kind == FileKind::Json)
        return {};
    OpenedRecords opened = openRecords(file, head, kind, options, QFileInfo(path).fileName());
    CsvRecord record;
    while (opened.records->next(record)) {
        if (record.line == line) {
            QStringList cells;
            for (QStringView f : record.fields)
                cells << f.toString();
            return cells;
        }
        if (record.line > line)
            break;
    }
    return {};
}

} // namespace odema
