#include "import/XlsxReader.h"

#include "common/OdemaError.h"
#include "import/XlsxEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <quazip.h>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Sheet {
    QString name;
    QString entry; ///< path inside the archive: "xl/worksheets/sheet1.xml"
};

/// Built-in number formats that are dates or times (ECMA-376 §18.8.30).
bool builtinDateFormat(int id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58); }

/// A custom format code is a date when it holds d, m, y (or h, s) outside quotes and brackets.
bool customDateFormat(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('['))
            ++bracket;
        else if (c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (!bracket && QStringLiteral("dDmMyY").contains(c))
            return true;
    }
    return false;
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    if (t.startsWith(QLatin1String("../")))
        return t.mid(3);
    return QStringLiteral("xl/") + t;
}

/// 0-based column of a cell reference ("B6" -> 1), -1 when there is none.
int columnOfReference(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

} // namespace

struct XlsxWorkbook::Data {
    QString path;
    QString fileName;
    QList<Sheet> sheets;
    QStringList sharedStrings;
    QSet<int> dateStyles; ///< indexes into cellXfs whose number format is a date
    bool date1904 = false;

    [[noreturn]] void fail(const QString &reason) const
    {
        throw OdemaError(Tr::tr("%1 : classeur .xlsx illisible (%2).").arg(fileName, reason));
    }

    /// Refuses the workbook when reading `entry` stopped on a problem (a bound, a bad CRC…).
    void check(const XlsxEntry &entry) const
    {
        const QString problem = entry.problem();
        if (!problem.isEmpty())
            fail(problem);
    }
};

namespace {

/// Text of an <si> or <is> element: its <t> runs, phonetic runs (<rPh>) left out. Stops as
/// soon as the text is longer than `budget`, which it then leaves negative.
QString richText(XlsxEntry &entry, const QString &endName, qint64 &budget)
{
    QString text;
    int phonetic = 0;
    QXmlStreamReader &xml = entry.xml();
    while (entry.advance()) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && !phonetic)
                text += entry.readText(true);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
        if (text.size() > budget)
            break;
    }
    budget -= text.size();
    return text;
}

class XlsxSheetReader final : public RecordSource {
public:
    XlsxSheetReader(std::shared_ptr<const XlsxWorkbook::Data> data, const Sheet &sheet)
        : m_data(std::move(data)), m_zip(m_data->path)
    {
        if (!m_zip.open(QuaZip::mdUnzip))
            m_data->fail(Tr::tr("archive ZIP illisible"));
        m_entry = XlsxEntry::open(m_zip, sheet.entry, XlsxEntry::kMaxSheetBytes);
        if (!m_entry)
            m_data->fail(Tr::tr("feuille « %1 » absente de l'archive").arg(sheet.name));
        m_data->check(*m_entry); // sizes refused before the first row
        m_size = qMax<qint64>(1, m_entry->size());
    }

    bool next(CsvRecord &record) override
    {
        record.fields.clear();
        record.unescaped.clear();
        QXmlStreamReader &xml = m_entry->xml();
        while (m_entry->advance()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
                const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong();
                m_rowNumber = number > 0 ? number : m_rowNumber + 1;
                m_column = -1;
                if (readRow(record))
                    return true;
            }
        }
        failOnProblem();
        return false;
    }

    qint64 bytesRead() const override
    {
        // Progress in bytes of the .xlsx file, proportional to the sheet XML read so far.
        const qint64 fileSize = QFileInfo(m_data->path).size();
        return qint64(double(m_entry->pos()) / double(m_size) * double(fileSize));
    }

private:
    /// At the sheet's row and the column of the cell being read (1 before the first cell).
    [[noreturn]] void fail(const QString &reason) const
    {
        throw OdemaError(QStringLiteral("%1:%2:%3: %4").arg(m_data->fileName, QString::number(m_rowNumber),
                                                            QString::number(qMax(0, m_column) + 1), reason));
    }

    void failOnProblem() const
    {
        const QString problem = m_entry->problem();
        if (!problem.isEmpty())
            fail(Tr::tr("feuille illisible : %1").arg(problem));
    }

    /// Reads the cells of one <row>; false when they are all empty.
    bool readRow(CsvRecord &record)
    {
        m_cells.clear();
        qint64 rowChars = 0;
        QXmlStreamReader &xml = m_entry->xml();
        while (m_entry->advance()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                break;
            if (!(xml.isStartElement() && xml.name() == QLatin1String("c")))
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            const int column = columnOfReference(attributes.value(QLatin1String("r")));
            m_column = column < 0 ? m_column + 1 : column;
            if (m_column >= XlsxWorkbook::kMaxColumns)
                fail(Tr::tr("plus de %1 colonnes").arg(XlsxWorkbook::kMaxColumns));
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString value = readCell(type, style);
            if (value.isEmpty())
                continue;
            // Shared strings are shared here, but whoever reads the record may copy them.
            rowChars += value.size();
            if (rowChars > XlsxWorkbook::kMaxRowChars)
                fail(Tr::tr("ligne de plus de %1 caractères").arg(XlsxWorkbook::kMaxRowChars));
            if (int(m_cells.size()) <= m_column)
                m_cells.resize(size_t(m_column) + 1);
            m_cells[size_t(m_column)] = std::move(value);
        }
        failOnProblem();
        if (m_cells.empty())
            return false;
        record.line = m_rowNumber;
        for (const QString &cell : m_cells)
            record.fields.emplace_back(cell);
        return true;
    }

    QString readCell(const QString &type, int style)
    {
        QString value;
        bool haveValue = false;
        qint64 budget = XlsxWorkbook::kMaxCellChars;
        QXmlStreamReader &xml = m_entry->xml();
        while (m_entry->advance()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v")) {
                value = m_entry->readText();
                haveValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                value = richText(*m_entry, QStringLiteral("is"), budget);
                haveValue = true;
            } else if (xml.name() == QLatin1String("f")) {
                m_entry->skip(); // formulas: only the cached <v> matters
            }
            if (value.size() > XlsxWorkbook::kMaxCellChars)
                fail(Tr::tr("cellule de plus de %1 caractères (la limite d'Excel)").arg(XlsxWorkbook::kMaxCellChars));
        }
        failOnProblem();
        if (!haveValue)
            return QString();
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_data->sharedStrings.size())
                fail(Tr::tr("référence à un texte partagé inexistant (%1)").arg(value));
            if (m_data->sharedStrings.at(index).size() > XlsxWorkbook::kMaxCellChars)
                fail(Tr::tr("cellule de plus de %1 caractères (la limite d'Excel)").arg(XlsxWorkbook::kMaxCellChars));
            return m_data->sharedStrings.at(index);
        }
        if (type == QLatin1String("b"))
            return value == QLatin1String("1") ? Tr::tr("VRAI") : Tr::tr("FAUX");
        if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e"))
            return value;
        if (type == QLatin1String("d")) // ISO 8601 date cell
            return value.left(10);
        // A number; a date when its style says so.
        if (m_data->dateStyles.contains(style)) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok && serial >= 1 && serial < 2958466) {
                // Excel counts from 1899-12-30 (its 1900 leap-year bug included) or 1904-01-01.
                const QDate base = m_data->date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
                return base.addDays(qint64(serial)).toString(Qt::ISODate);
            }
        }
        return value;
    }

    std::shared_ptr<const XlsxWorkbook::Data> m_data;
    QuaZip m_zip;
    std::unique_ptr<XlsxEntry> m_entry;
    qint64 m_size = 1;
    qint64 m_rowNumber = 0;
    int m_column = -1; ///< 0-based column of the cell being read, -1 before the row's first
    std::vector<QString> m_cells;
};

/// The parts of the workbook read once, when it is opened; each within XlsxEntry's bounds.
class WorkbookParts {
    /// Relationships, cell styles, date formats: Excel itself keeps to 64 000 styles.
    static constexpr int kMaxListed = 65536;

public:
    WorkbookParts(XlsxWorkbook::Data &data, QuaZip &zip) : m_data(data), m_zip(zip) {}

    void read()
    {
        readRelationships();
        readSheetList();
        readSharedStrings();
        readStyles();
    }

private:
    std::unique_ptr<XlsxEntry> open(const QString &name, qint64 maxBytes = XlsxEntry::kMaxPartBytes)
    {
        return XlsxEntry::open(m_zip, name, maxBytes);
    }

    /// Relationship ids -> sheet entries.
    void readRelationships()
    {
        auto rels = open(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels)
            return;
        while (rels->advance()) {
            QXmlStreamReader &xml = rels->xml();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                m_targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                                 resolveTarget(xml.attributes().value(QLatin1String("Target")).toString()));
            if (m_targets.size() > kMaxListed)
                m_data.fail(Tr::tr("plus de %1 relations dans xl/_rels/workbook.xml.rels").arg(kMaxListed));
        }
        m_data.check(*rels);
    }

    void readSheetList()
    {
        auto workbook = open(QStringLiteral("xl/workbook.xml"));
        if (!workbook)
            m_data.fail(Tr::tr("pas de xl/workbook.xml : ce n'est pas un classeur Excel"));
        while (workbook->advance()) {
            QXmlStreamReader &xml = workbook->xml();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                m_data.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const auto &a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString(); // r:id, whatever the prefix
                const QString target = m_targets.value(id);
                if (!target.isEmpty())
                    m_data.sheets.append({xml.attributes().value(QLatin1String("name")).toString(), target});
                if (m_data.sheets.size() > XlsxWorkbook::kMaxSheets)
                    m_data.fail(Tr::tr("plus de %1 feuilles").arg(XlsxWorkbook::kMaxSheets));
            }
        }
        m_data.check(*workbook);
        if (m_data.sheets.isEmpty())
            m_data.fail(Tr::tr("aucune feuille de calcul"));
    }

    /// Kept in memory for the sheets' references: their number and size are bounded as they grow.
    void readSharedStrings()
    {
        auto strings = open(QStringLiteral("xl/sharedStrings.xml"), XlsxEntry::kMaxSheetBytes);
        if (!strings)
            return;
        qint64 budget = XlsxWorkbook::kMaxSharedStringChars;
        while (strings->advance()) {
            QXmlStreamReader &xml = strings->xml();
            if (!(xml.isStartElement() && xml.name() == QLatin1String("si")))
                continue;
            if (m_data.sharedStrings.size() >= XlsxWorkbook::kMaxSharedStrings)
                m_data.fail(Tr::tr("plus de %1 textes partagés").arg(XlsxWorkbook::kMaxSharedStrings));
            m_data.sharedStrings.append(richText(*strings, QStringLiteral("si"), budget));
            if (budget < 0)
                m_data.fail(Tr::tr("textes partagés de plus de %1 caractères en tout").arg(XlsxWorkbook::kMaxSharedStringChars));
        }
        m_data.check(*strings);
    }

    void readStyles()
    {
        auto styles = open(QStringLiteral("xl/styles.xml"));
        if (!styles)
            return;
        QSet<int> customDates;
        bool inCellXfs = false;
        int xfIndex = 0;
        while (styles->advance()) {
            QXmlStreamReader &xml = styles->xml();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt")) {
                    if (customDateFormat(xml.attributes().value(QLatin1String("formatCode")).toString()))
                        customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                    if (customDates.size() > kMaxListed)
                        m_data.fail(Tr::tr("plus de %1 formats de date").arg(kMaxListed));
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    if (builtinDateFormat(format) || customDates.contains(format))
                        m_data.dateStyles.insert(xfIndex);
                    if (++xfIndex > kMaxListed)
                        m_data.fail(Tr::tr("plus de %1 styles de cellule").arg(kMaxListed));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        m_data.check(*styles); // without its styles, dates would silently come in as numbers
    }

    XlsxWorkbook::Data &m_data;
    QuaZip &m_zip;
    QHash<QString, QString> m_targets;
};

} // namespace

bool looksLikeZip(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }

XlsxWorkbook::XlsxWorkbook(const QString &path, const QString &fileName)
{
    auto data = std::make_shared<Data>();
    data->path = path;
    data->fileName = fileName;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        data->fail(Tr::tr("archive ZIP illisible ou tronquée"));
    WorkbookParts(*data, zip).read();
    m_data = std::move(data);
}
XlsxWorkbook::~XlsxWorkbook() = default;

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_data->sheets)
        names << s.name;
    return names;
}

std::unique_ptr<RecordSource> XlsxWorkbook::openSheet(const QString &name) const
{
    for (const Sheet &s : m_data->sheets)
        if (name.isEmpty() || s.name == name)
            return std::make_unique<XlsxSheetReader>(m_data, s);
    throw OdemaError(Tr::tr("%1 : pas de feuille « %2 » (feuilles : %3).").arg(m_data->fileName, name, sheetNames().join(QStringLiteral(", "))));
}

} // namespace odema
