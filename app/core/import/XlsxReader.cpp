#include "import/XlsxReader.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

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

    /// Opens one entry of the archive; nullptr when it does not exist.
    std::unique_ptr<QuaZipFile> openEntry(QuaZip &zip, const QString &entry) const
    {
        if (!zip.setCurrentFile(entry, QuaZip::csInsensitive))
            return nullptr;
        auto file = std::make_unique<QuaZipFile>(&zip);
        if (!file->open(QIODevice::ReadOnly))
            fail(Tr::tr("entrée %1 illisible").arg(entry));
        return file;
    }
};

namespace {

/// Reads the next token; false at the end of the document or at the first error. A damaged
/// entry (bad CRC) makes QuaZip fail every read, which QXmlStreamReader takes for data still to
/// come (PrematureEndOfDocumentError, atEnd() false): a loop on atEnd() alone never ends.
bool advance(QXmlStreamReader &xml)
{
    if (xml.atEnd() || xml.hasError())
        return false;
    xml.readNext();
    return !xml.hasError();
}

/// Text of an <si> or <is> element: its <t> runs, phonetic runs (<rPh>) left out.
QString richText(QXmlStreamReader &xml, const QString &endName, qint64 &budget)
{
    QString text;
    int phonetic = 0;
    while (advance(xml)) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && !phonetic)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
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
        m_file = m_data->openEntry(m_zip, sheet.entry);
        if (!m_file)
            m_data->fail(Tr::tr("feuille « %1 » absente de l'archive").arg(sheet.name));
        m_size = qMax<qint64>(1, m_file->usize());
        m_xml.setDevice(m_file.get());
    }

    bool next(CsvRecord &record) override
    {
        record.fields.clear();
        record.unescaped.clear();
        while (advance(m_xml)) {
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
                const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong();
                m_rowNumber = number > 0 ? number : m_rowNumber + 1;
                if (readRow(record))
                    return true;
            }
        }
        if (m_xml.hasError())
            fail(m_rowNumber, Tr::tr("XML de la feuille illisible : %1").arg(m_xml.errorString()));
        return false;
    }

    qint64 bytesRead() const override
    {
        // Progress in bytes of the .xlsx file, proportional to the sheet XML read so far.
        const qint64 fileSize = QFileInfo(m_data->path).size();
        return qint64(double(m_file->pos()) / double(m_size) * double(fileSize));
    }

private:
    [[noreturn]] void fail(qint64 row, const QString &reason) const
    {
        throw OdemaError(QStringLiteral("%1:%2:1: %3").arg(m_data->fileName, QString::number(row), reason));
    }

    /// Reads the cells of one <row>; false when they are all empty.
    bool readRow(CsvRecord &record)
    {
        m_cells.clear();
        int nextColumn = 0;
        while (advance(m_xml)) {
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row"))
                break;
            if (!(m_xml.isStartElement() && m_xml.name() == QLatin1String("c")))
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            int column = columnOfReference(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            if (column >= XlsxWorkbook::kMaxColumns)
                fail(m_rowNumber, Tr::tr("plus de %1 colonnes").arg(XlsxWorkbook::kMaxColumns));
            nextColumn = column + 1;
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString value = readCell(type, style);
            if (value.isEmpty())
                continue;
            if (int(m_cells.size()) <= column)
                m_cells.resize(size_t(column) + 1);
            m_cells[size_t(column)] = std::move(value);
        }
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
        while (advance(m_xml)) {
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c"))
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == QLatin1String("v")) {
                value = m_xml.readElementText();
                haveValue = true;
            } else if (m_xml.name() == QLatin1String("is")) {
                value = richText(m_xml, QStringLiteral("is"), budget);
                haveValue = true;
            } else if (m_xml.name() == QLatin1String("f")) {
                m_xml.skipCurrentElement(); // formulas: only the cached <v> matters
            }
        }
        if (value.size() > XlsxWorkbook::kMaxCellChars)
            fail(m_rowNumber, Tr::tr("cellule de plus de %1 caractères").arg(XlsxWorkbook::kMaxCellChars));
        if (!haveValue)
            return QString();
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_data->sharedStrings.size())
                fail(m_rowNumber, Tr::tr("référence à un texte partagé inexistant (%1)").arg(value));
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
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    qint64 m_size = 1;
    qint64 m_rowNumber = 0;
    std::vector<QString> m_cells;
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

    // Relationship ids -> sheet entries.
    QHash<QString, QString> targets;
    if (auto rels = data->openEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(rels.get());
        while (advance(xml)) {
            if (xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               resolveTarget(xml.attributes().value(QLatin1String("Target")).toString()));
        }
        if (xml.hasError())
            data->fail(Tr::tr("xl/_rels/workbook.xml.rels : %1").arg(xml.errorString()));
    }
    {
        auto workbook = data->openEntry(zip, QStringLiteral("xl/workbook.xml"));
        if (!workbook)
            data->fail(Tr::tr("pas de xl/workbook.xml : ce n'est pas un classeur Excel"));
        QXmlStreamReader xml(workbook.get());
        while (advance(xml)) {
            if (xml.tokenType() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                data->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const auto &a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString(); // r:id, whatever the prefix
                const QString target = targets.value(id);
                if (!target.isEmpty())
                    data->sheets.append({xml.attributes().value(QLatin1String("name")).toString(), target});
            }
        }
        if (xml.hasError())
            data->fail(Tr::tr("xl/workbook.xml : %1").arg(xml.errorString()));
    }
    if (data->sheets.isEmpty())
        data->fail(Tr::tr("aucune feuille de calcul"));

    if (auto strings = data->openEntry(zip, QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(strings.get());
        qint64 budget = kMaxSharedStringChars;
        while (advance(xml)) {
            if (xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                data->sharedStrings.append(richText(xml, QStringLiteral("si"), budget));
                if (budget < 0)
                    data->fail(Tr::tr("textes partagés de plus de %1 caractères").arg(kMaxSharedStringChars));
            }
        }
        if (xml.hasError())
            data->fail(Tr::tr("xl/sharedStrings.xml : %1").arg(xml.errorString()));
    }

    if (auto styles = data->openEntry(zip, QStringLiteral("xl/styles.xml"))) {
        QXmlStreamReader xml(styles.get());
        QSet<int> customDates;
        bool inCellXfs = false;
        int xfIndex = 0;
        while (advance(xml)) {
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt")) {
                    if (customDateFormat(xml.attributes().value(QLatin1String("formatCode")).toString()))
                        customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    if (builtinDateFormat(format) || customDates.contains(format))
                        data->dateStyles.insert(xfIndex);
                    ++xfIndex;
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError()) // without its styles, dates would silently come in as numbers
            data->fail(Tr::tr("xl/styles.xml : %1").arg(xml.errorString()));
    }
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
