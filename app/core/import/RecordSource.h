#pragma once
// A stream of records (rows of cells as text) that the layout importers read, whatever the
// file: a CSV file (CsvReader) or a worksheet of an .xlsx workbook (XlsxSheetReader). Keeping
// the layouts, checks and problem positions identical for both is the point of this interface.
#include "import/ImportWarnings.h"

#include <QString>
#include <QStringView>
#include <deque>
#include <vector>

namespace odema {

struct CsvRecord {
    qint64 line = 0; ///< 1-based physical line (CSV) or row number (worksheet) where the record starts
    std::vector<QStringView> fields;
    std::deque<QString> unescaped; ///< storage for fields that are not views into the reader's buffer
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    /// Reads the next non-empty record; false at the end. Throws OdemaError with file:line:column.
    virtual bool next(CsvRecord &record) = 0;
    /// Bytes of the file consumed so far, for progress.
    virtual qint64 bytesRead() const = 0;
    /// Where the reader reports what it accepted with doubt (an import sets it; a preview need not).
    void setWarnings(ImportWarnings *warnings) { m_warnings = warnings; }

protected:
    void warn(qint64 line, int column, const QString &message) const
    {
        if (m_warnings)
            m_warnings->add(line, column, message);
    }

private:
    ImportWarnings *m_warnings = nullptr;
};

} // namespace odema
