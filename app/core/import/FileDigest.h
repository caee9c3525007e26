#pragma once
// The SHA-256 that names an imported file (same bytes → same import). Large files are hashed on
// the other core while their records are read; that work must stop as soon as the import is
// refused or cancelled, or a 1 GB file refused at its second line still waits ~20 s for a hash
// nobody will read.
#include <QString>

#include <atomic>
#include <future>
#include <memory>

namespace odema {

/// Hash of the whole file. Throws OdemaError naming the file when it cannot be read.
QString fileSha256(const QString &path);

/// fileSha256 on another thread, stoppable between chunks of 1 MiB.
class BackgroundDigest {
public:
    explicit BackgroundDigest(const QString &path);
    /// Stops the hash and waits for the chunk in hand only.
    ~BackgroundDigest();
    BackgroundDigest(const BackgroundDigest &) = delete;
    BackgroundDigest &operator=(const BackgroundDigest &) = delete;

    void stop();
    /// Waits for the hash. Throws OdemaError when the file could not be read, CancelledError
    /// when stop() came first.
    QString result();
    /// Bytes hashed so far (for the tests and the phase figures).
    qint64 bytesRead() const;

private:
    struct Progress {
        std::atomic_bool stop{false};
        std::atomic<qint64> bytes{0};
    };
    std::shared_ptr<Progress> m_progress;
    std::future<QString> m_hash;
};

} // namespace odema
