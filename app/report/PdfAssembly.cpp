#include "report/PdfAssembly.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <map>
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

void assemblePdf(const QList<PdfPage> &pages, const QString &path)
{
    if (pages.isEmpty())
        throw OdemaError(Tr::tr("Aucune page à assembler dans %1.").arg(path));
    QString current;
    try {
        // Sources stay open until the output is written: copied pages refer to their objects.
        std::map<QString, std::unique_ptr<QPDF>> sources;
        std::map<QString, std::vector<QPDFPageObjectHelper>> sourcePages;
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper outPages(out);
        for (const PdfPage &page : pages) {
            current = page.file;
            auto &source = sources[page.file];
            if (!source) {
                source = std::make_unique<QPDF>();
                source->processFile(page.file.toLocal8Bit().constData());
                sourcePages[page.file] = QPDFPageDocumentHelper(*source).getAllPages();
                if (sources.size() == 1) // title and creator of the first file
                    out.getTrailer().replaceKey("/Info", out.copyForeignObject(source->getTrailer().getKey("/Info")));
            }
            const auto &available = sourcePages[page.file];
            if (page.index < 0 || size_t(page.index) >= available.size())
                throw OdemaError(Tr::tr("La page %1 manque dans %2.").arg(QString::number(page.index + 1), page.file));
            outPages.addPage(available[size_t(page.index)], false);
        }
        current = path;
        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char *>(bytes->getBuffer()), qint64(bytes->getSize())) != qint64(bytes->getSize())
            || !file.commit())
            throw OdemaError(Tr::tr("Impossible d'écrire %1 : %2. Vérifiez le dossier et les droits.").arg(path, file.errorString()));
    } catch (const OdemaError &) {
        throw;
    } catch (const std::exception &e) {
        throw OdemaError(Tr::tr("Assemblage du PDF impossible (%1) : %2").arg(current, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace odema::report
