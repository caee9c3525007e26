// A series of fact sheets drawn by worker processes (odema-explorer itself, one per core) gives
// what one process gives: the same files with the same text, the same combined PDF page for
// page (numbering and contents included, also when a sheet fails), the same failures, and a
// cancel that leaves only complete files. Without a worker program the series is drawn here.
#include "PdfProbe.h"
#include "report/FactSheetBatch.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWorkers.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::report;
using odema::test::pdfPages;
using odema::test::pdfText;

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

/// Counts what the series reports, as a progress bar would show it.
class Watch : public BatchFeedback {
public:
    void progress(int done, int total, const QString &) override
    {
        QVERIFY(done >= last);
        last = done;
        this->total = total;
    }
    void failed(const QString &territory, const QString &) override { failures << territory; }
    int last = 0, total = 0;
    QStringList failures;
};

} // namespace

class TestFactSheetWorkers : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<Store> m_open;
    std::unique_ptr<FactSheetBuilder> m_builder;
    QList<TerritoryInfo> m_hdf;

    BatchSettings settings(const QString &name, int workers, bool combined) const
    {
        BatchSettings s;
        s.year = 2021;
        s.workers = workers;
        s.storeLocation = m_store;
        (combined ? s.singleFile : s.outDir) = m_dir.filePath(name) + (combined ? QStringLiteral(".pdf") : QString());
        s.combinedTitle = QStringLiteral("Fiches des Hauts-de-France");
        return s;
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("sample.sqlite"));
        SampleData::importInto(*Store::open(m_store, Store::OpenMode::CreateIfMissing), QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
        m_open = Store::open(m_store, Store::OpenMode::ReadOnly);
        m_builder = std::make_unique<FactSheetBuilder>(m_open->database());
        m_hdf = FactSheetCoverage(m_builder->resolver(), m_builder->resolver().resolve(QStringLiteral("region:32")), Level::Departement)
                    .territories();
        QCOMPARE(m_hdf.size(), 5);
        setWorkerProgram(QStringLiteral(ODEMA_BINARY));
    }

    void workerCountFollowsTheSeries()
    {
        QCOMPARE(workerCount(2, 5, settings(QStringLiteral("x"), 2, false)), 2);
        QCOMPARE(workerCount(8, 5, settings(QStringLiteral("x"), 8, false)), 2); // at least two sheets each
        QCOMPARE(workerCount(1, 5, settings(QStringLiteral("x"), 1, false)), 1);
        BatchSettings noStore = settings(QStringLiteral("x"), 2, false);
        noStore.storeLocation.clear();
        QCOMPARE(workerCount(2, 5, noStore), 1);
    }

    void filesAreThoseOfOneProcess()
    {
        BatchFeedback quiet;
        const BatchReport one = FactSheetBatch::run(*m_builder, m_hdf, settings(QStringLiteral("one"), 1, false), quiet);
        Watch watch;
        const BatchSettings s = settings(QStringLiteral("two"), 2, false);
        const BatchReport two = FactSheetBatch::run(*m_builder, m_hdf, s, watch);
        QVERIFY(one.complete());
        QVERIFY(two.complete());
        QCOMPARE(one.workers, 1);
        QCOMPARE(two.workers, 2);
        QCOMPARE(watch.last, 5);
        QCOMPARE(watch.total, 5);
        QStringList oneNames, twoNames;
        for (const QString &f : one.files)
            oneNames << QFileInfo(f).fileName();
        for (const QString &f : two.files)
            twoNames << QFileInfo(f).fileName();
        QCOMPARE(twoNames, oneNames); // in the series' order, whoever drew them
        for (int i = 0; i < one.files.size(); ++i)
            QCOMPARE(pdfText(two.files[i]), pdfText(one.files[i]));
        QCOMPARE(QDir(s.outDir).entryList(QDir::Files | QDir::Hidden).size(), 5); // no temporary file left
    }

    void combinedPdfIsThatOfOneProcess()
    {
        BatchFeedback quiet;
        const BatchSettings s1 = settings(QStringLiteral("one-all"), 1, true), s2 = settings(QStringLiteral("two-all"), 2, true);
        QVERIFY(FactSheetBatch::run(*m_builder, m_hdf, s1, quiet).complete());
        const BatchReport two = FactSheetBatch::run(*m_builder, m_hdf, s2, quiet);
        QVERIFY2(two.complete(), qPrintable(two.error));
        QCOMPARE(two.workers, 2);
        QCOMPARE(two.files, QStringList{s2.singleFile});
        QCOMPARE(pdfPages(s2.singleFile), 1 + 2 * 5);
        QCOMPARE(pdfText(s2.singleFile), pdfText(s1.singleFile));
    }

    void aFailedSheetKeepsTheNumberingRight()
    {
        // A territory that cannot be built, second of the series: the sheets after it move up,
        // in the contents and in the page footers, as in one process.
        QList<TerritoryInfo> territories = m_hdf;
        territories.insert(1, TerritoryInfo{987654321, Level::Departement, QStringLiteral("99"), QStringLiteral("Nulle part")});
        BatchFeedback quiet;
        const BatchSettings s1 = settings(QStringLiteral("one-failing"), 1, true), s2 = settings(QStringLiteral("two-failing"), 2, true);
        const BatchReport one = FactSheetBatch::run(*m_builder, territories, s1, quiet);
        Watch watch;
        const BatchReport two = FactSheetBatch::run(*m_builder, territories, s2, watch);
        QCOMPARE(two.result, WorkResult::Done);
        QCOMPARE(two.failures.size(), 1);
        QCOMPARE(two.failures.first().first, QStringLiteral("Nulle part"));
        QCOMPARE(watch.failures, QStringList{QStringLiteral("Nulle part")});
        QCOMPARE(one.failures.size(), 1);
        QCOMPARE(pdfPages(s2.singleFile), 1 + 2 * 5);
        const QString text = pdfText(s2.singleFile);
        QVERIFY(text.contains(QStringLiteral("Page 11/11")));
        QCOMPARE(text, pdfText(s1.singleFile));
    }

    void cancelKeepsOnlyCompleteFiles()
    {
        CancelAfter feedback(1);
        const BatchSettings s = settings(QStringLiteral("cancelled"), 2, false);
        const BatchReport r = FactSheetBatch::run(*m_builder, m_hdf, s, feedback);
        QCOMPARE(r.result, WorkResult::Cancelled);
        const QStringList names = QDir(s.outDir).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(names.size() < 5);
        QCOMPARE(names.size(), r.files.size());
        for (const QString &n : names)
            QCOMPARE(pdfPages(QDir(s.outDir).filePath(n)), 2);

        CancelAfter early(1);
        const BatchSettings all = settings(QStringLiteral("cancelled-all/all"), 2, true);
        QCOMPARE(FactSheetBatch::run(*m_builder, m_hdf, all, early).result, WorkResult::Cancelled);
        QVERIFY(!QFile::exists(all.singleFile));
    }

    void withoutWorkersTheSeriesIsDrawnHere()
    {
        setWorkerProgram(m_dir.filePath(QStringLiteral("no-such-program")));
        BatchFeedback quiet;
        const BatchReport r = FactSheetBatch::run(*m_builder, m_hdf, settings(QStringLiteral("here"), 2, false), quiet);
        setWorkerProgram(QStringLiteral(ODEMA_BINARY));
        QVERIFY(r.complete());
        QCOMPARE(r.workers, 1);
        QCOMPARE(r.files.size(), 5);
    }
};

QTEST_MAIN(TestFactSheetWorkers)
#include "tst_factsheet_workers.moc"
