#pragma once
// Format and size of chart exports (one file or every chart of the territory), remembered
// between uses in QSettings.
#include "charts/ChartExporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace odema::gui {

class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChartExportDialog(QWidget *parent = nullptr);

    charts::ExportFormat format() const;
    charts::ExportSize size() const;
    /// Saves the choices for the next export.
    void remember() const;

private:
    QComboBox *m_format = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};

} // namespace odema::gui
