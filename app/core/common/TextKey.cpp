#include "common/TextKey.h"

namespace odema {

QString foldKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toLower();
        } else {
            pendingSpace = true;
        }
    }
    // Ligatures that NFKD leaves alone.
    out.replace(QStringLiteral("œ"), QStringLiteral("oe"));
    out.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    return out;
}

QString frenchNameOrder(const QString &alias)
{
    return QStringLiteral("%1.search_key, %1.name").arg(alias);
}

QString slugify(const QString &text)
{
    QString key = foldKey(text);
    key.replace(QLatin1Char(' '), QLatin1Char('-'));
    return key;
}

} // namespace odema
