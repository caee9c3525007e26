#include "export/TableWriter.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr qint64 kMaxRows = 1048576; // the sheet limit of Excel

QByteArray escapeXml(const QString &text)
{
    QString s = text.toHtmlEscaped();
    // Control characters are not allowed in XML 1.0.
    for (QChar &c : s)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return s.toUtf8();
}

QByteArray columnName(int c)
{
    QByteArray name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

/// A minimal SpreadsheetML package written with QuaZip (libxlsxwriter cannot be used beside
/// QuaZip in one process: both bring a minizip whose zipOpen3 symbols collide). The sheet
/// streams to a temporary file, so a million-row export stays small in memory; numbers are
/// real numeric cells, the header row bold and frozen.
class XlsxTableWriter final : public TableWriter {
public:
    XlsxTableWriter(const QString &path, const QString &sheetName) : m_path(path), m_sheetName(sheetName)
    {
        if (!m_sheet.open())
            throw OdemaError(Tr::tr("Impossible de préparer le classeur « %1 » (dossier temporaire).").arg(path));
        m_sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                      "state=\"frozen\"/></sheetView></sheetViews><sheetData>");
    }

    void header(const QStringList &titles) override
    {
        QVariantList cells;
        for (const QString &t : titles)
            cells << t;
        writeRow(cells, true);
    }

    void row(const QVariantList &cells) override { writeRow(cells, false); }

    void finish() override
    {
        m_sheet.write("</sheetData></worksheet>");
        m_sheet.flush();
        m_sheet.seek(0);
        QuaZip zip(m_path);
        zip.setZip64Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            throw OdemaError(Tr::tr("Impossible d'écrire le classeur « %1 ».").arg(m_path));
        const QByteArray name = escapeXml((m_sheetName.isEmpty() ? Tr::tr("Données") : m_sheetName).left(31));
        add(zip, QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            "</Types>");
        add(zip, QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>");
        add(zip, QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
                + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        add(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>");
        // Styles: 0 default, 1 bold header, 2 number with two decimals (#,##0.00 shows the user's separators).
        add(zip, QStringLiteral("xl/styles.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            "<borders count=\"1\"><border/></borders>"
            "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            "<cellXfs count=\"3\"><xf/><xf fontId=\"1\" applyFont=\"1\"/><xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs>"
            "</styleSheet>");
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
            throw OdemaError(Tr::tr("Impossible d'écrire le classeur « %1 ».").arg(m_path));
        while (!m_sheet.atEnd())
            entry.write(m_sheet.read(1 << 20));
        entry.close();
        zip.close();
        if (zip.getZipError() != 0)
            throw OdemaError(Tr::tr("Écriture du classeur « %1 » interrompue.").arg(m_path));
    }

private:
    void add(QuaZip &zip, const QString &name, const QByteArray &content)
    {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || entry.write(content) != content.size())
            throw OdemaError(Tr::tr("Impossible d'écrire le classeur « %1 ».").arg(m_path));
        entry.close();
    }

    void writeRow(const QVariantList &cells, bool bold)
    {
        if (m_row >= kMaxRows)
            throw OdemaError(Tr::tr("Plus de %1 lignes : une feuille Excel ne peut pas les contenir ; exportez en CSV ou "
                                "resserrez les filtres.").arg(kMaxRows - 1));
        ++m_row;
        const QByteArray r = QByteArray::number(m_row);
        QByteArray xml = "<row r=\"" + r + "\">";
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant &v = cells.at(c);
            if (!v.isValid() || v.isNull())
                continue;
            const QByteArray ref = columnName(c) + r;
            const int type = v.typeId();
            if (type == QMetaType::Double || type == QMetaType::Float)
                xml += "<c r=\"" + ref + "\" s=\"2\"><v>" + QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1() + "</v></c>";
            else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt)
                xml += "<c r=\"" + ref + "\"><v>" + QByteArray::number(v.toLongLong()) + "</v></c>";
            else
                xml += "<c r=\"" + ref + "\" t=\"inlineStr\"" + (bold ? " s=\"1\"" : "") + "><is><t>" + escapeXml(v.toString())
                       + "</t></is></c>";
        }
        xml += "</row>";
        m_sheet.write(xml);
    }

    QString m_path;
    QString m_sheetName;
    QTemporaryFile m_sheet;
    qint64 m_row = 0;
};

} // namespace

std::unique_ptr<TableWriter> makeXlsxTableWriter(const QString &path, const QString &sheetName)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw OdemaError(Tr::tr("Le dossier de « %1 » n'existe pas.").arg(path));
    return std::make_unique<XlsxTableWriter>(path, sheetName);
}

} // namespace odema
