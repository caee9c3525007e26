#pragma once
// Entry point of the headless verbs (import, info, export, chart, report, map).
#include <QStringList>
#include <optional>

namespace odema::cli {

/// The verbs that run without a window.
QStringList verbs();
/// True when argv names a verb (or --help / --version, or a first argument that is no option
/// and no verb: refused with exit status 2): then main() runs run() and exits.
bool isHeadless(const QStringList &arguments);
/// Verbs that draw (charts, reports, maps) need a QApplication, even offscreen.
bool needsGui(const QStringList &arguments);
/// Runs the verb; returns the process exit code. Prints to stdout/stderr.
int run(const QStringList &arguments);

} // namespace odema::cli
