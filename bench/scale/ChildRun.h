#pragma once
// Runs a program to its end and tells its own wall time and peak memory (wait4's rusage of that
// child alone, where getrusage(RUSAGE_CHILDREN) gives the largest child so far).
#include <QString>
#include <QStringList>

namespace odema::bench {

struct ChildRun {
    double seconds = 0;
    long peakKiB = 0; ///< VmHWM of the child
    double cpuSeconds = 0; ///< user + system time of the child and the processes it waited for
    int status = -1;  ///< exit code; -1 when it did not start or was killed
    QByteArray output; ///< standard output (standard error goes to the terminal)
};

/// Runs `program` (found in PATH when it has no slash) with `arguments`; `extraEnv` entries
/// ("NAME=value") are added to the environment.
ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &extraEnv = {});

} // namespace odema::bench
