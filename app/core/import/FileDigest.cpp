#include "import/FileDigest.h"

#include "common/OdemaError.h"
#include "common/WorkResult.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace odema {

namespace {

constexpr qint64 kChunk = 1 << 20;

/// Empty when `stop` was raised before the end.
QString hashChunks(const QString &path, const std::atomic_bool *stop, std::atomic<qint64> *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(QCoreApplication::translate("Import", "Impossible de lire « %1 » : %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load())
            return {};
        const qint64 n = file.read(chunk.data(), kChunk);
        if (n < 0)
            throw OdemaError(QCoreApplication::translate("Import", "Impossible de lire « %1 » : %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        if (bytes)
            *bytes += n;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString fileSha256(const QString &path) { return hashChunks(path, nullptr, nullptr); }

BackgroundDigest::BackgroundDigest(const QString &path) : m_progress(std::make_shared<Progress>())
{
    // The task holds its own reference: it may outlive nothing, but it never reads freed state.
    m_hash = std::async(std::launch::async, [path, progress = m_progress] { return hashChunks(path, &progress->stop, &progress->bytes); });
}

BackgroundDigest::~BackgroundDigest()
{
    stop();
    if (m_hash.valid())
        m_hash.wait();
}

void BackgroundDigest::stop() { m_progress->stop = true; }

QString BackgroundDigest::result()
{
    const QString sha = m_hash.get(); // rethrows the task's OdemaError
    if (sha.isEmpty())
        throw CancelledError(QCoreApplication::translate("Import", "Empreinte du fichier interrompue."));
    return sha;
}

qint64 BackgroundDigest::bytesRead() const { return m_progress->bytes.load(); }

} // namespace odema
