#pragma once
// Writes a synthetic file in the SINOE département layout (';', decimal comma, UTF-8), with the
// real régions, départements and stream codes, for benchmarks of every layer.
#include <QString>

namespace odema::bench {

/// Writes `rows` data rows to `path`; returns false when the file cannot be written.
bool writeSinoeFile(const QString &path, qint64 rows);

} // namespace odema::bench
