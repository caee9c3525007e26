#include "cli/Terminal.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

#include <cstdio>

namespace odema::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int fail(const OdemaError &error)
{
    err(QCoreApplication::translate("Terminal", "Erreur : %1").arg(error.message()) + QLatin1Char('\n'));
    for (const QString &line : error.details())
        err(QStringLiteral("  %1\n").arg(line));
    return 1;
}

int usage(const QString &message)
{
    err(message + QLatin1Char('\n'));
    return 2;
}

} // namespace odema::cli
