#include "export/TableWriter.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QLocale>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

class CsvTableWriter final : public TableWriter {
public:
    CsvTableWriter(const QString &path, CsvStyle style) : m_file(path), m_style(style)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw OdemaError(Tr::tr("Impossible d'écrire « %1 » : %2").arg(path, m_file.errorString()));
        m_separator = style == CsvStyle::Excel ? QLatin1Char(';') : QLatin1Char(',');
        if (style == CsvStyle::Excel)
            m_file.write("\xEF\xBB\xBF"); // the BOM makes Excel read UTF-8 instead of Windows-1252
    }

    void header(const QStringList &titles) override
    {
        QVariantList cells;
        for (const QString &t : titles)
            cells << t;
        row(cells);
    }

    void row(const QVariantList &cells) override
    {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                line += m_separator;
            line += field(cells.at(i));
        }
        line += QStringLiteral("\r\n"); // RFC 4180 line end, which Excel reads too
        m_buffer += line.toUtf8();
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    void finish() override
    {
        flush();
        // Written beside under another name and renamed now: an export cancelled or failed half
        // way leaves the file that was there before, never a truncated one.
        if (!m_file.commit())
            throw OdemaError(Tr::tr("Écriture de « %1 » interrompue : %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw OdemaError(Tr::tr("Écriture de « %1 » interrompue : %2").arg(m_file.fileName(), m_file.errorString()));
        m_buffer.clear();
    }

    QString field(const QVariant &v) const
    {
        if (!v.isValid() || v.isNull())
            return QString();
        const int type = v.typeId();
        if (type == QMetaType::Double || type == QMetaType::Float)
            return csvNumber(v.toDouble(), m_style);
        if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong)
            return QString::number(v.toLongLong());
        return csvText(v.toString(), m_separator);
    }

    QSaveFile m_file;
    CsvStyle m_style;
    QChar m_separator;
    QByteArray m_buffer;
};

} // namespace

QString csvText(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value, CsvStyle style)
{
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    if (style == CsvStyle::Excel)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

std::unique_ptr<TableWriter> makeCsvTableWriter(const QString &path, CsvStyle style)
{
    return std::make_unique<CsvTableWriter>(path, style);
}

} // namespace odema
