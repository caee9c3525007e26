// The Carte tab over the real sample data: the selection drives the map, the tooltip gives
// name and exact value in French format, a click emits the territory, levels switch outlines.
#include "gui/map/MapPanel.h"
#include "gui/map/MapView.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QWheelEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

class TestMapView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FlowFilter m_filter;
    qint64 m_nord = 0;

private slots:
    void initTestCase()
    {
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")), Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
        const TerritoryResolver resolver(m_store->database());
        m_nord = resolver.resolve(QStringLiteral("departement:59")).id;
        m_filter.territories << TerritorySelection{resolver.resolve(QStringLiteral("region:32")).id, true};
        m_filter.yearTo = 2021;
        m_filter.channelIds << sql::scalar(m_store->database(), QStringLiteral("SELECT id FROM channel WHERE code = 'DECH'")).toLongLong();
    }

    void selectionDrivesTheMap()
    {
        MapPanel panel(m_store->database());
        panel.resize(1000, 800);
        panel.show();
        panel.setSelection(m_filter);
        QVERIFY2(panel.messageText().isEmpty(), qPrintable(panel.messageText()));
        const geo::MapData &data = panel.view()->mapData();
        QCOMPARE(data.features.size(), 5);
        QCOMPARE(data.year, 2021);
        QCOMPARE(panel.view()->toolTipOf(m_nord), QStringLiteral("Nord (59)\n245,87\u00a0kg/hab"));
        if (qEnvironmentVariableIsSet("ODEMA_MAP_SCREENSHOT"))
            panel.grab().save(qEnvironmentVariable("ODEMA_MAP_SCREENSHOT"));

        // A click on Nord (not a drag) asks the window to select it.
        QSignalSpy spy(&panel, &MapPanel::territoryActivated);
        QTest::qWait(50);
        const geo::MapFeature *nord = data.feature(m_nord);
        QVERIFY(nord);
        const QPoint at = panel.view()->mapFromScene(nord->territory.labelAt);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toLongLong(), m_nord);
    }

    void zoomShowsMoreNames()
    {
        MapPanel panel(m_store->database());
        panel.resize(1000, 800);
        panel.show();
        panel.setSelection(m_filter);
        panel.findChild<QComboBox *>()->setCurrentIndex(2); // communes of the région
        const auto visibleNames = [&] {
            int n = 0;
            for (QGraphicsItem *item : panel.view()->scene()->items())
                if (item->type() == QGraphicsSimpleTextItem::Type && item->isVisible())
                    ++n;
            return n;
        };
        const int before = visibleNames();
        QWheelEvent wheel(QPointF(500, 300), panel.view()->viewport()->mapToGlobal(QPointF(500, 300)), QPoint(), QPoint(0, 1200),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(panel.view()->viewport(), &wheel);
        const int after = visibleNames();
        QVERIFY2(after > before + 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        if (qEnvironmentVariableIsSet("ODEMA_MAP_SCREENSHOT"))
            panel.grab().save(qEnvironmentVariable("ODEMA_MAP_SCREENSHOT") + QStringLiteral(".zoom.png"));
    }

    void levelsSwitchOutlines()
    {
        MapPanel panel(m_store->database());
        panel.setSelection(m_filter);
        auto *level = panel.findChild<QComboBox *>();
        QVERIFY(level);
        level->setCurrentIndex(2); // communes of the région
        QCOMPARE(panel.view()->mapData().features.size(), 3788 + 5);
        // No commune has flows in the sample data: every one hatched, and the legend says why.
        QVERIFY(!panel.view()->mapData().hasValues());
        level->setCurrentIndex(4); // régions de France
        QCOMPARE(panel.view()->mapData().features.size(), 13);
    }
};

QTEST_MAIN(TestMapView)
#include "tst_map_view.moc"
