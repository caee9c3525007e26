#pragma once
// What the import dialog shows before anything is written: the detection (kind, encoding,
// delimiter, decimal separator, header row, sheet, layout), each overridable through
// ImportOptions, and the first rows as the import will read them (numbers parsed, codes kept
// as text). Reads only the head of the file, so it is instant even for a 1 GB file.
#include "import/ColumnMapping.h"
#include "import/ImportSource.h"
#include "import/ImportTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace odema {

struct PreviewCell {
    enum class Kind { Empty, Text, Number, Invalid };
    QString text; ///< as in the file
    Kind kind = Kind::Empty;
    double number = 0; ///< for Kind::Number
};

struct ImportPreview {
    QString path;
    QString fileName;
    qint64 fileSize = 0;
    FileKind kind = FileKind::Csv;
    QString encoding;       ///< detected or chosen
    QChar delimiter;        ///< CSV only
    QChar decimalSeparator; ///< chosen, else seen in the numbers of the preview (null: no decimals seen)
    QStringList sheets;     ///< .xlsx only
    QString sheet;
    qint64 headerLine = 0;
    QStringList header;
    std::optional<LayoutMatch> match; ///< recognised layout or mapping; empty: a mapping is needed
    QString layoutName;
    std::optional<ColumnMapping> savedMapping; ///< offered because it was made for this header
    QStringList columnRoles; ///< per column, what the import reads there ("Tonnes", "Année"…), empty if unused
    QList<qint64> lines;     ///< line (row) of each preview row
    QList<QList<PreviewCell>> rows;
    QString error; ///< why the file cannot be read (then rows may be partial)

    /// The options to import with: `chosen` plus what the preview settled (the saved mapping).
    ImportOptions optionsFor(const ImportOptions &chosen) const;
};

/// Previews `path` with the user's choices in `options`. Never throws: problems go to `error`.
ImportPreview previewFile(const QString &path, const ImportOptions &options, const MappingLibrary *library = nullptr,
                          int maxRows = 20);

/// French label of what the import reads in a column of this role.
QString roleLabel(Role role);

} // namespace odema

namespace odema {
/// The cells of the record at `line` (the row of a problem), read up to it; empty when the
/// file has no record there. Throws OdemaError when the file cannot be read.
QStringList recordAtLine(const QString &path, const ImportOptions &options, qint64 line);
} // namespace odema
