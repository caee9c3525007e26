#pragma once
// "Fiches en série…": every territory of a level inside a parent, one PDF each named from a
// pattern or one combined PDF with contents. Sheets are produced one by one with the event
// loop running between them (charts are drawn by Qt Charts, which lives in the GUI thread),
// so the window repaints, the progress bar moves and "Annuler" stops after the current sheet.
#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace odema {
class Store;
}
namespace odema::report {
class FactSheetBuilder;
class BatchFeedback;
}

namespace odema::gui {

class TerritoryPicker;

class FactSheetSeriesDialog : public QDialog {
    Q_OBJECT
public:
    FactSheetSeriesDialog(const QString &storePath, qint64 parentId, int year, QWidget *parent = nullptr);
    ~FactSheetSeriesDialog() override;

protected:
    void reject() override;

private:
    void run();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<report::FactSheetBuilder> m_builder;
    TerritoryPicker *m_parent = nullptr;
    QComboBox *m_level = nullptr;
    QSpinBox *m_year = nullptr;
    QRadioButton *m_perTerritory = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_html = nullptr;
    QRadioButton *m_combined = nullptr;
    QLineEdit *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_start = nullptr;
    report::BatchFeedback *m_running = nullptr;
};

} // namespace odema::gui
