#pragma once
// The benchmarks' memory figures, read from Linux's /proc/self/status.
#include <QByteArray>

namespace odema::bench {

/// A "kB" field of /proc/self/status ("VmHWM:" peak, "VmRSS:" current), -1 when unreadable.
long statusKiB(const QByteArray &field);

/// Starts VmHWM again from the current RSS ("5" into clear_refs), so that the peak read later
/// is the peak of what follows, not of what came before (writing a test file).
bool resetPeakMemory();

} // namespace odema::bench
