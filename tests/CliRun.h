#pragma once
// The real executable as a user runs it: exit status and both outputs. A run that has not ended
// within `seconds` is killed and reported unfinished (status -1), so a test fails instead of
// hanging (a FIFO read blocks forever).
#include <QProcess>
#include <QString>
#include <QStringList>

namespace odema::test {

struct CliRun {
    int status = -1;
    QString out, err;
    bool finished = false;
};

inline CliRun runCli(const QStringList &arguments, int seconds = 120, const QString &program = QStringLiteral(ODEMA_BINARY))
{
    QProcess p;
    p.start(program, arguments);
    CliRun r;
    r.finished = p.waitForFinished(seconds * 1000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.status = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace odema::test
