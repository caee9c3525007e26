#include "charts/PngWriter.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <zlib.h>

namespace odema::charts {

namespace {

void putUint32(QByteArray &out, quint32 v)
{
    char bytes[4];
    qToBigEndian(v, bytes);
    out.append(bytes, 4);
}

void chunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    putUint32(out, quint32(data.size()));
    QByteArray body(type, 4);
    body += data;
    out += body;
    putUint32(out, quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))));
}

} // namespace

bool writePng(const QImage &source, const QString &path)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    const int w = image.width(), h = image.height();
    const qsizetype rowBytes = qsizetype(w) * 3;

    // Scanlines, each preceded by its filter type: 0 (none) suits large flat areas.
    QByteArray raw;
    raw.resize((rowBytes + 1) * h);
    char *p = raw.data();
    for (int y = 0; y < h; ++y) {
        *p++ = 0;
        memcpy(p, image.constScanLine(y), size_t(rowBytes));
        p += rowBytes;
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(packed.data()), &packedSize, reinterpret_cast<const Bytef *>(raw.constData()),
                  uLong(raw.size()), Z_BEST_SPEED) != Z_OK)
        return false;
    packed.resize(qsizetype(packedSize));

    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    putUint32(header, quint32(w));
    putUint32(header, quint32(h));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering (per-row filter bytes)
    header.append(char(0)); // no interlace
    chunk(out, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        putUint32(phys, quint32(image.dotsPerMeterX()));
        putUint32(phys, quint32(image.dotsPerMeterY()));
        phys.append(char(1)); // unit: metre
        chunk(out, "pHYs", phys);
    }
    chunk(out, "IDAT", packed);
    chunk(out, "IEND", QByteArray());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
        return false;
    return file.commit();
}

} // namespace odema::charts
