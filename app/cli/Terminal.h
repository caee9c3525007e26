#pragma once
// Printing to the terminal in UTF-8, and the shared way verbs report a refused request.
#include <QString>
#include <QStringList>

namespace odema {
class OdemaError;
}

namespace odema::cli {

void out(const QString &text);
void err(const QString &text);
/// Prints the error and its details to stderr; returns the exit status to use (1).
int fail(const OdemaError &error);
/// Prints a usage error to stderr; returns 2.
int usage(const QString &message);

} // namespace odema::cli
