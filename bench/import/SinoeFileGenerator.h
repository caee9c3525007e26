#pragma once
// Writes a synthetic file in the SINOE département layout (';', decimal comma, UTF-8), with the
// real régions, départements and stream codes, for benchmarks of every layer.
#include <QString>

namespace odema::bench {

/// Writes `rows` data rows to `path`; returns false when the file cannot be written.
bool writeSinoeFile(const QString &path, qint64 rows);

/// The national commune-level series (layout `sinoe-commune`): every département of France
/// with its real number of communes (about 35 000), 13 years (2009–2021), and per commune and
/// year the 11 collecte streams and 11 treatment pairs (stream × mode) of the real files, each
/// kept with the probability that gives about `rows` rows. Also writes the communes as an INSEE
/// geographic-code file (COM, DEP, REG, LIBELLE) for the territory tree.
struct NationalFiles {
    QString flows;    ///< the tonnages, ';' and decimal comma like the SINOE files
    QString communes; ///< insee-cog-communes layout
    qint64 rows = 0;  ///< data rows written to `flows`
    int communeCount = 0;
};
/// `dataDir` is the repository's data/ (real INSEE départements and régions, their commune
/// counts). Throws std::runtime_error when a file cannot be read or written.
NationalFiles writeNationalFiles(const QString &dataDir, const QString &outDir, qint64 rows);

} // namespace odema::bench
