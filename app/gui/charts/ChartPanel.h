#pragma once
// The "Graphiques" tab: one chart of the current selection (territories, years, streams,
// modes), its options, hover tooltips with exact values, legend entries that hide series, and
// exports (one chart, every chart of the territory, clipboard). Charts come from
// ChartDataBuilder's aggregate SQL, never from rows a table view loaded.
#include "charts/ChartExporter.h"
#include "indicators/ChartDataBuilder.h"
#include "query/FlowFilter.h"
#include "view/ChartOptions.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace odema::gui {

class ViewOrMessage;

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// What is drawn now (empty when nothing could be).
    const std::optional<ChartData> &currentData() const { return m_data; }
    /// Text shown instead of a chart ("Pas de données pour cette sélection"), empty when a chart is shown.
    QString messageText() const;
    void setKind(ChartKind kind);
    /// The options shown (kind, measure, year…), as a saved view keeps them.
    ChartOptions options() const;
    /// Shows `options` and redraws once; returns what could not be shown (a target this
    /// build does not offer, a measure the kind does not have), one sentence each.
    QStringList setOptions(const ChartOptions &options);

    struct ExportReport {
        QStringList written; ///< file paths
        QStringList skipped; ///< kinds without data, with the reason
    };
    /// Every chart kind of the current selection into `folder`, named from territory code,
    /// kind and years ("region-32_composition_2009-2021.svg"). No dialog.
    ExportReport exportAllTo(const QString &folder, charts::ExportFormat format, const charts::ExportSize &size) const;

public slots:
    /// The shared selection of the window: territories, years, streams and modes.
    void setSelection(const odema::FlowFilter &filter);
    void refresh();
    void exportCurrent();
    void exportAll();
    void copyToClipboard();

private:
    ChartRequest request(ChartKind kind) const;
    void updateOptions();
    void showMessage(const QString &text);

    std::unique_ptr<ChartDataBuilder> m_builder;
    FlowFilter m_filter;
    std::optional<ChartData> m_data;
    QComboBox *m_kind = nullptr;
    QComboBox *m_measure = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_donut = nullptr;
    QCheckBox *m_byStream = nullptr;
    QCheckBox *m_national = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_copy = nullptr;
    ViewOrMessage *m_stack = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace odema::gui
