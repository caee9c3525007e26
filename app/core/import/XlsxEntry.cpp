#include "import/XlsxEntry.h"

#include <QCoreApplication>
#include <QIODevice>
#include <quazip.h>
#include <quazipfile.h>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / double(1 << 20), 'f', 1); }

} // namespace

/// The entry's bytes as QXmlStreamReader asks for them (8 KB at a time), counted: reading stops
/// (an error for the XML reader) as soon as the part or one token goes past its bound.
class XlsxEntry::Device final : public QIODevice {
public:
    Device(QuaZipFile &file, const QString &name, qint64 maxBytes) : m_file(file), m_name(name), m_maxBytes(maxBytes) {}

    bool isSequential() const override { return true; }
    void newToken() { m_tokenBytes = 0; }
    qint64 total() const { return m_total; }
    const QString &problem() const { return m_problem; }

    /// Reads what the XML reader left (nothing, for a well-formed part), within the part's bound.
    void drain()
    {
        char buffer[16384];
        while (m_problem.isEmpty()) {
            newToken();
            if (readData(buffer, sizeof buffer) <= 0)
                break;
        }
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_problem.isEmpty())
            return -1;
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_problem = Tr::tr("entrée %1 endommagée : données compressées illisibles (code %2)").arg(m_name, QString::number(m_file.getZipError()));
            return -1;
        }
        m_total += n;
        m_tokenBytes += n;
        if (m_total > m_maxBytes) {
            m_problem = Tr::tr("entrée %1 de plus de %2 Mo une fois décompressée").arg(m_name, megabytes(m_maxBytes));
            return -1;
        }
        if (m_tokenBytes > XlsxEntry::kMaxTokenBytes) {
            m_problem = Tr::tr("entrée %1 : élément XML de plus de %2 Mo d'un seul tenant").arg(m_name, megabytes(XlsxEntry::kMaxTokenBytes));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile &m_file;
    QString m_name;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    qint64 m_tokenBytes = 0;
    QString m_problem;
};

std::unique_ptr<XlsxEntry> XlsxEntry::open(QuaZip &zip, const QString &name, qint64 maxBytes)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return nullptr;
    return std::unique_ptr<XlsxEntry>(new XlsxEntry(name, std::make_unique<QuaZipFile>(&zip), maxBytes));
}

XlsxEntry::XlsxEntry(const QString &name, std::unique_ptr<QuaZipFile> file, qint64 maxBytes)
    : m_name(name), m_file(std::move(file))
{
    m_device = std::make_unique<Device>(*m_file, name, maxBytes);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_problem = Tr::tr("entrée %1 illisible").arg(name);
        return;
    }
    // The declared sizes bound what minizip will inflate: refuse before reading a byte.
    m_size = m_file->usize();
    const qint64 packed = qMax<qint64>(1, m_file->csize());
    if (m_size > kRatioFloor && m_size / packed > kMaxRatio)
        m_problem = Tr::tr("entrée %1 de %2 Mo une fois décompressée pour %3 Ko dans l'archive, plus de %4 fois sa taille : "
                           "bombe de décompression ?").arg(name, megabytes(m_size), QString::number(packed / 1024), QString::number(kMaxRatio));
    else if (m_size > maxBytes)
        m_problem = Tr::tr("entrée %1 de %2 Mo une fois décompressée, plus que les %3 Mo admis")
                        .arg(name, megabytes(m_size), megabytes(maxBytes));
    m_device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_xml.setDevice(m_device.get());
}

XlsxEntry::~XlsxEntry() = default;

bool XlsxEntry::advance()
{
    if (!m_problem.isEmpty() || m_finished || m_xml.hasError())
        return false;
    m_device->newToken();
    m_xml.readNext();
    if (m_xml.hasError())
        return false;
    // Office Open XML parts may not have one (ECMA-376 part 2, 8.1.4): its entities would expand
    // a few bytes of text into megabytes, past every bound on what is read.
    if (m_xml.tokenType() == QXmlStreamReader::DTD) {
        m_problem = Tr::tr("entrée %1 : déclaration DTD (<!DOCTYPE>), interdite dans un classeur").arg(m_name);
        return false;
    }
    if (m_xml.isStartElement() && ++m_depth > kMaxDepth) {
        m_problem = Tr::tr("entrée %1 : éléments XML imbriqués sur plus de %2 niveaux").arg(m_name, QString::number(kMaxDepth));
        return false;
    }
    if (m_xml.isEndElement())
        --m_depth;
    if (m_xml.isEndDocument()) {
        finish();
        return false;
    }
    return true;
}

QString XlsxEntry::readText(bool children)
{
    m_device->newToken();
    const QString text = m_xml.readElementText(children ? QXmlStreamReader::IncludeChildElements : QXmlStreamReader::ErrorOnUnexpectedElement);
    --m_depth; // the reader now stands on the element's end (or on an error)
    return text;
}

void XlsxEntry::skip()
{
    m_device->newToken();
    m_xml.skipCurrentElement();
    --m_depth;
}

void XlsxEntry::finish()
{
    m_finished = true;
    // minizip checks the CRC only once every byte of the entry was read, when it is closed.
    m_device->drain();
    if (!m_device->problem().isEmpty())
        return;
    m_file->close();
    const int error = m_file->getZipError();
    if (error == UNZ_CRCERROR)
        m_problem = Tr::tr("entrée %1 endommagée : sa somme de contrôle (CRC) ne correspond pas à son contenu").arg(m_name);
    else if (error != UNZ_OK)
        m_problem = Tr::tr("entrée %1 endommagée (code %2)").arg(m_name, QString::number(error));
}

QString XlsxEntry::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!m_device->problem().isEmpty())
        return m_device->problem();
    if (m_xml.hasError())
        return Tr::tr("entrée %1 : %2 (ligne %3 du XML)").arg(m_name, m_xml.errorString()).arg(m_xml.lineNumber());
    return QString();
}

qint64 XlsxEntry::pos() const { return m_device->total(); }

} // namespace odema
