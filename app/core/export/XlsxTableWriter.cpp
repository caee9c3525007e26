#include "export/TableWriter.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace odema {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Export", text); }

constexpr lxw_row_t kMaxRows = 1048576; // the sheet limit of Excel

/// libxlsxwriter in constant-memory mode: each row goes to a temporary file as it is written,
/// so a million-row export stays small in memory.
class XlsxTableWriter final : public TableWriter {
public:
    XlsxTableWriter(const QString &path, const QString &sheetName) : m_path(path), m_utf8Path(QFile::encodeName(path))
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        m_book = workbook_new_opt(m_utf8Path.constData(), &options);
        if (!m_book)
            throw OdemaError(tr("Impossible de préparer le classeur « %1 ».").arg(path));
        const QByteArray name = (sheetName.isEmpty() ? tr("Données") : sheetName.left(31)).toUtf8();
        m_sheet = workbook_add_worksheet(m_book, name.constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "#,##0.00");
    }
    ~XlsxTableWriter() override
    {
        if (m_book) {
            workbook_close(m_book); // frees it; a writer dropped after an error leaves no half file
            QFile::remove(m_path);
        }
    }

    void header(const QStringList &titles) override
    {
        for (int c = 0; c < titles.size(); ++c) {
            worksheet_write_string(m_sheet, m_row, lxw_col_t(c), titles.at(c).toUtf8().constData(), m_bold);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), qMax(10, int(titles.at(c).size()) + 4), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        ++m_row;
    }

    void row(const QVariantList &cells) override
    {
        if (m_row >= kMaxRows)
            throw OdemaError(tr("Plus de %1 lignes : une feuille Excel ne peut pas les contenir ; exportez en CSV ou "
                                "resserrez les filtres.").arg(kMaxRows - 1));
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant &v = cells.at(c);
            if (!v.isValid() || v.isNull())
                continue;
            const int type = v.typeId();
            const lxw_col_t col = lxw_col_t(c);
            if (type == QMetaType::Double || type == QMetaType::Float)
                worksheet_write_number(m_sheet, m_row, col, v.toDouble(), m_decimal);
            else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt)
                worksheet_write_number(m_sheet, m_row, col, double(v.toLongLong()), nullptr);
            else
                worksheet_write_string(m_sheet, m_row, col, v.toString().toUtf8().constData(), nullptr);
        }
        ++m_row;
    }

    void finish() override
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            throw OdemaError(tr("Impossible d'écrire le classeur « %1 » : %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    }

private:
    QString m_path;
    QByteArray m_utf8Path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_decimal = nullptr;
    lxw_row_t m_row = 0;
};

} // namespace

std::unique_ptr<TableWriter> makeXlsxTableWriter(const QString &path, const QString &sheetName)
{
    // libxlsxwriter reports a missing folder only when closing: say it before any work.
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw OdemaError(tr("Le dossier de « %1 » n'existe pas.").arg(path));
    return std::make_unique<XlsxTableWriter>(path, sheetName);
}

} // namespace odema
