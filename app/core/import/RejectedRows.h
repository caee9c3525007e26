#pragma once
// "Skip the listed rows": a record source that leaves out the lines a check listed as
// problems and copies them, with their line number, to <file>.rejets.csv beside the source so
// that nothing the user chose to leave out is lost. The copy is written atomically
// (QSaveFile) and only kept when the import commits.
#include "import/RecordSource.h"

#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <memory>

namespace odema {

/// "dir/base.csv" -> "dir/base.rejets.csv" (also for .xlsx sources).
QString rejectsPathFor(const QString &sourcePath);

class RejectingSource final : public RecordSource {
public:
    /// `rejectsPath` empty: count the rows left out without writing them (a check).
    RejectingSource(RecordSource &inner, QSet<qint64> lines, const QString &rejectsPath, const QStringList &header,
                    QChar delimiter);
    bool next(CsvRecord &record) override;
    qint64 bytesRead() const override { return m_inner.bytesRead(); }

    qint64 rejected() const { return m_rejected; }
    /// Keeps the rejects file; call after the import committed. Throws OdemaError.
    void commit();

private:
    void write(qint64 line, const std::vector<QStringView> &fields);

    RecordSource &m_inner;
    QSet<qint64> m_lines;
    QChar m_delimiter;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_rejected = 0;
};

} // namespace odema
