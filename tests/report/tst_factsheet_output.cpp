// Fact sheet files: PDF text read back with poppler's pdftotext (name, year, key figures in
// French format), page counts with pdfinfo, HTML with embedded images, partial data, batches
// (N territories -> N files, combined file with contents), cancel leaving no partial file,
// branding template, and the command line.
#include "PdfProbe.h"
#include "TestStores.h"
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "report/FactSheetBatch.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWriter.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::report;
using odema::test::pdfPages;
using odema::test::pdfText;
using odema::test::plain;

namespace {
/// Cancels once `after` sheets are done.
class CancelAfter : public BatchFeedback {
public:
    explicit CancelAfter(int after) : m_after(after) {}
    void progress(int done, int, const QString &) override
    {
        if (done >= m_after)
            cancel();
    }

private:
    int m_after;
};
} // namespace

namespace {
/// Where the header band (top 36 mm of an A4 page image) shows the locator's amber #FFB800.
QRect amberBox(const QImage &page)
{
    QRect box;
    const int bandHeight = int(page.height() * 36 / 297);
    for (int y = 0; y < bandHeight; ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 235 && c.green() > 165 && c.green() < 200 && c.blue() < 50)
                box |= QRect(x, y, 1, 1);
        }
    return box;
}
} // namespace

class TestFactSheetOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nordPdfHasFiguresInFrench();
    void hautsDeFrancePdfAndHtml();
    void partialDataPdf();
    void batchOneFilePerTerritory();
    void batchFailureDoesNotStopTheOthers();
    void batchCancelLeavesNoPartialFile();
    void combinedPdfWithContents();
    void templateBranding();
    void commandLine();

private:
    TerritoryInfo info(const QString &ref) const { return m_builder->resolver().resolve(ref); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FactSheetBuilder> m_builder;
};

void TestFactSheetOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: bash packaging/install-deps.sh");
    m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    m_builder = std::make_unique<FactSheetBuilder>(m_store->database());
}

void TestFactSheetOutput::nordPdfHasFiguresInFrench()
{
    const FactSheetData d = m_builder->build(info(QStringLiteral("departement:59")).id, 2021);
    const QString path = m_dir.filePath(QStringLiteral("nord.pdf"));
    FactSheetWriter::writePdf(d, ReportTemplate::defaults(), path);
    QCOMPARE(pdfPages(path), 2);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Nord")));
    QVERIFY(text.contains(QStringLiteral("2021")));
    QVERIFY2(text.contains(QStringLiteral("641 071,69 t")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("245,87 kg/hab")));
    QVERIFY(text.contains(QStringLiteral("2 607 335"))); // population used
    QVERIFY(text.contains(QStringLiteral("Odema – Observatoire déchets-matières (Cerdd)")));
    QVERIFY(text.contains(QStringLiteral("sinoe14_tonnage_decheterie_par_type_dechet_dept.csv")));
    QVERIFY(text.contains(QStringLiteral("Page 2/2")));
    // The locator in the header: its caption is on the page, the Nord painted in amber at the
    // right of the band; France, with nothing to be located among, goes without one and its
    // band has no amber (and no empty parents in its line).
    QVERIFY(d.locator);
    QVERIFY2(text.contains(QStringLiteral("Parmi les départements")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("de la région Hauts-de-France")));
    const QRect amber = amberBox(FactSheetWriter::pageImages(d, ReportTemplate::defaults(), 60).first());
    const double pxPerMm = 60 / 25.4;
    QVERIFY2(amber.width() > 4 * pxPerMm && amber.height() > 4 * pxPerMm, qPrintable(QStringLiteral("%1×%2").arg(amber.width()).arg(amber.height())));
    QVERIFY(amber.left() > 140 * pxPerMm && amber.right() < 196 * pxPerMm);
    QVERIFY(amber.top() > 2 * pxPerMm && amber.bottom() < 30 * pxPerMm); // above its caption, inside the 36 mm band
    const FactSheetData france = m_builder->build(info(QStringLiteral("france:FR")).id, 2021);
    QVERIFY(!france.locator);
    QVERIFY(amberBox(FactSheetWriter::pageImages(france, ReportTemplate::defaults(), 60).first()).isNull());
    const QString franceText = pdfText([&] {
        const QString path = m_dir.filePath(QStringLiteral("france.pdf"));
        FactSheetWriter::writePdf(france, ReportTemplate::defaults(), path);
        return path;
    }());
    QVERIFY2(franceText.contains(QStringLiteral("France · données 2021")), qPrintable(franceText.left(400)));
}

void TestFactSheetOutput::hautsDeFrancePdfAndHtml()
{
    const FactSheetData d = m_builder->build(info(QStringLiteral("region:32")).id, 2021);
    const QString pdf = m_dir.filePath(QStringLiteral("hdf.pdf")), html = m_dir.filePath(QStringLiteral("hdf.html"));
    FactSheetWriter::writePdf(d, ReportTemplate::defaults(), pdf);
    FactSheetWriter::writeHtml(d, ReportTemplate::defaults(), html);
    QVERIFY(pdfPages(pdf) <= 2);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Hauts-de-France")));
    QVERIFY(text.contains(QStringLiteral("1 545 890,32 t")));
    QVERIFY(text.contains(QStringLiteral("258,03 kg/hab")));
    // The DMA valorisation rate of 2021 (SINOE04) against the 2009 → 2035 trajectory.
    const KeyFigure *valo = d.figure(QStringLiteral("valo_mo_dma"));
    QVERIFY(valo && valo->value && valo->year == 2021);
    const QString rate = formatPercent(*valo->value).replace(QChar(0x202F), QLatin1Char(' ')); // the probe's spaces
    QVERIFY2(text.contains(rate), qPrintable(rate));
    QVERIFY(text.contains(QStringLiteral("Taux de valorisation matière et organique des DMA")));
    QVERIFY(!text.contains(QStringLiteral("déchets de déchèterie ont été valorisés")));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = plain(QString::fromUtf8(f.readAll()));
    QVERIFY(page.contains(QStringLiteral("1 545 890,32 t")));
    QVERIFY(page.contains(QStringLiteral("258,03 kg/hab")));
    QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));
    QCOMPARE(page.count(QStringLiteral("data:image/svg+xml;base64,")), 2); // the logo and the locator
    QVERIFY(page.contains(QStringLiteral("Parmi les régions")));
    QVERIFY(!page.contains(QStringLiteral("src=\"http")));                 // standalone
}

void TestFactSheetOutput::partialDataPdf()
{
    const auto epcis = m_builder->resolver().descendants(info(QStringLiteral("departement:59")).id, Level::Epci);
    QVERIFY(!epcis.isEmpty());
    const QString epci = m_dir.filePath(QStringLiteral("epci.pdf")), mayotte = m_dir.filePath(QStringLiteral("976.pdf"));
    FactSheetWriter::writePdf(m_builder->build(epcis.first().id, 2021), ReportTemplate::defaults(), epci);
    FactSheetWriter::writePdf(m_builder->build(info(QStringLiteral("departement:976")).id, 0), ReportTemplate::defaults(), mayotte);
    QCOMPARE(pdfPages(epci), 2);
    QCOMPARE(pdfPages(mayotte), 2);
    const QString e = pdfText(epci), m = pdfText(mayotte);
    QVERIFY(e.contains(QStringLiteral("Données non disponibles")));
    QVERIFY(e.contains(epcis.first().name.left(20)));
    QVERIFY(m.contains(QStringLiteral("Mayotte")));
    QVERIFY(m.contains(QStringLiteral("Données non disponibles")));
    QVERIFY(m.contains(QStringLiteral("Tonnage déchèteries par type"))); // the data sets it lacks are named
}

void TestFactSheetOutput::batchOneFilePerTerritory()
{
    const FactSheetCoverage coverage(m_builder->resolver(), info(QStringLiteral("region:32")), Level::Departement);
    BatchSettings s;
    s.outDir = m_dir.filePath(QStringLiteral("batch"));
    s.year = 2021;
    BatchFeedback feedback;
    const BatchReport r = FactSheetBatch::run(*m_builder, coverage.territories(), s, feedback);
    QVERIFY(r.complete());
    QCOMPARE(r.files.size(), 5);
    const QStringList names = QDir(s.outDir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList{QStringLiteral("02_aisne_2021.pdf"), QStringLiteral("59_nord_2021.pdf"), QStringLiteral("60_oise_2021.pdf"),
                                 QStringLiteral("62_pas-de-calais_2021.pdf"), QStringLiteral("80_somme_2021.pdf")}));
    QVERIFY(pdfText(QDir(s.outDir).filePath(names[3])).contains(QStringLiteral("Pas-de-Calais")));
}

void TestFactSheetOutput::batchFailureDoesNotStopTheOthers()
{
    const FactSheetCoverage coverage(m_builder->resolver(), info(QStringLiteral("region:32")), Level::Departement);
    BatchSettings s;
    s.outDir = m_dir.filePath(QStringLiteral("failing"));
    s.year = 2021;
    // A folder where the Nord's file should go: that one sheet cannot be written.
    QVERIFY(QDir().mkpath(QDir(s.outDir).filePath(QStringLiteral("59_nord_2021.pdf"))));
    BatchFeedback feedback;
    const BatchReport r = FactSheetBatch::run(*m_builder, coverage.territories(), s, feedback);
    QCOMPARE(r.result, WorkResult::Done); // ran to the end
    QVERIFY(!r.complete());
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().first, QStringLiteral("Nord"));
    QCOMPARE(r.files.size(), 4); // the four others, after the Nord too
    QVERIFY(QFile::exists(QDir(s.outDir).filePath(QStringLiteral("80_somme_2021.pdf"))));
}

void TestFactSheetOutput::batchCancelLeavesNoPartialFile()
{
    const FactSheetCoverage coverage(m_builder->resolver(), info(QStringLiteral("region:32")), Level::Departement);
    BatchSettings s;
    s.outDir = m_dir.filePath(QStringLiteral("canceled"));
    CancelAfter feedback(2);
    const BatchReport r = FactSheetBatch::run(*m_builder, coverage.territories(), s, feedback);
    QCOMPARE(r.result, WorkResult::Cancelled);
    const QStringList names = QDir(s.outDir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(names.size(), 2); // stopped early, only complete files
    for (const QString &n : names)
        QCOMPARE(pdfPages(QDir(s.outDir).filePath(n)), 2);

    // Combined file canceled while painting: nothing at all.
    BatchSettings one;
    one.singleFile = m_dir.filePath(QStringLiteral("canceled-all/all.pdf"));
    CancelAfter late(5); // cancels on the "assembling" step, before the sheets are painted
    const BatchReport r2 = FactSheetBatch::run(*m_builder, coverage.territories(), one, late);
    QCOMPARE(r2.result, WorkResult::Cancelled);
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("canceled-all"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestFactSheetOutput::combinedPdfWithContents()
{
    const FactSheetCoverage coverage(m_builder->resolver(), info(QStringLiteral("region:32")), Level::Departement);
    BatchSettings s;
    s.singleFile = m_dir.filePath(QStringLiteral("all.pdf"));
    s.year = 2021;
    BatchFeedback feedback;
    const BatchReport r = FactSheetBatch::run(*m_builder, coverage.territories(), s, feedback);
    QVERIFY(r.complete());
    QCOMPARE(pdfPages(s.singleFile), 1 + 2 * 5);
    const QString text = pdfText(s.singleFile);
    QVERIFY(text.contains(QStringLiteral("Sommaire")));
    QVERIFY(text.contains(QStringLiteral("Somme")));
    QVERIFY(text.contains(QStringLiteral("Page 11/11")));
}

void TestFactSheetOutput::templateBranding()
{
    const QString path = m_dir.filePath(QStringLiteral("tpl.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"organisation": "Communauté de test", "accentColor": "#884422", "footerText": "Pied de page de test"})");
    f.close();
    const ReportTemplate tpl = ReportTemplate::load(path);
    QCOMPARE(tpl.accent, QColor(QStringLiteral("#884422")));
    QVERIFY(!tpl.logoPath.isEmpty()); // kept from the defaults
    const QString pdf = m_dir.filePath(QStringLiteral("brand.pdf"));
    FactSheetWriter::writePdf(m_builder->build(info(QStringLiteral("departement:80")).id, 2021), tpl, pdf);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Communauté de test")));
    QVERIFY(text.contains(QStringLiteral("Pied de page de test")));
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"accentColor": "pas une couleur"})");
    bad.close();
    QVERIFY_THROWS_EXCEPTION(OdemaError, ReportTemplate::load(bad.fileName()));
}

void TestFactSheetOutput::commandLine()
{
    const QString db = m_store->location();
    const QString out = m_dir.filePath(QStringLiteral("cli/fiche.pdf")), html = m_dir.filePath(QStringLiteral("cli/fiche.html"));
    QProcess p;
    p.start(QStringLiteral(ODEMA_BINARY), {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--territory"),
                                           QStringLiteral("departement:59"), QStringLiteral("--year"), QStringLiteral("2021"),
                                           QStringLiteral("--out"), out, QStringLiteral("--html"), html});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(pdfPages(out), 2);
    QVERIFY(QFile::exists(html));

    const QString dir = m_dir.filePath(QStringLiteral("cli/series"));
    p.start(QStringLiteral(ODEMA_BINARY), {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--all-in"),
                                           QStringLiteral("region:32"), QStringLiteral("--level"), QStringLiteral("departement"),
                                           QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--out-dir"), dir});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 5);
    const QString progress = QString::fromUtf8(p.readAllStandardError());
    QVERIFY(progress.contains(QStringLiteral("[5/5]")));
    QVERIFY(progress.contains(QStringLiteral("Toutes les fiches sont écrites (5)")));

    p.start(QStringLiteral(ODEMA_BINARY), {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--territory"),
                                           QStringLiteral("departement:999"), QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.exitCode() != 0);
}

QTEST_MAIN(TestFactSheetOutput)
#include "tst_factsheet_output.moc"
