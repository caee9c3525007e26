#pragma once
// One function per headless verb; each parses its own options (QCommandLineParser) and
// returns the exit status. Add a verb here and in verbTable() (CommandLine.cpp).
#include <QStringList>

namespace odema::cli {

int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runChart(const QStringList &arguments);
int runPaths(const QStringList &arguments);
int runMap(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runIndicators(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runRoles(const QStringList &arguments);

} // namespace odema::cli
