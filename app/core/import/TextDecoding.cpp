#include "import/TextDecoding.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

namespace odema {

TextEncoding detectEncoding(const QByteArray &head, bool headIsWholeFile)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8 (BOM)"), "UTF-8", 3, true};
    if (head.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE (BOM)"), "UTF-16LE", 2, true};
    if (head.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE (BOM)"), "UTF-16BE", 2, true};

    // Strict UTF-8 check of the head. A sequence cut by the end of the sample is not an error:
    // the stateful decoder keeps it pending instead of flagging it.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(head); // EncodedData is lazy: convert to run the decoder
    Q_UNUSED(decoded);
    const bool valid = !utf8.hasError();
    Q_UNUSED(headIsWholeFile);
    if (valid)
        return {QStringLiteral("UTF-8"), "UTF-8", 0, true};
    return {QStringLiteral("Windows-1252"), "windows-1252", 0, false};
}

std::unique_ptr<QStringDecoder> makeDecoder(const TextEncoding &encoding)
{
    auto decoder = std::make_unique<QStringDecoder>(encoding.codec.constData());
    if (!decoder->isValid())
        throw OdemaError(QCoreApplication::translate("Import", "Cette installation de Qt ne sait pas lire l'encodage %1.")
                             .arg(encoding.name));
    return decoder;
}

} // namespace odema
