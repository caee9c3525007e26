#pragma once
// The import dialog: several files at once (added or dropped), for each the detection shown
// and changeable (encoding, delimiter, decimal separator, header row, sheet), a live preview
// of the first 20 rows as they will be read, the column mapping for unknown layouts, a check
// that writes nothing, then the import on a worker thread with progress and Cancel. The
// history tab lists the imports and undoes one. The logic lives in odema_core (ImportPreview,
// ColumnMapping, Importer's check, ImportHistory); this only shows it.
#include "import/ImportPreview.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace odema::gui {

class ImportHistoryPanel;
class ImportJob;
class MappingEditor;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QString storePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList &paths);
    int fileCount() const { return int(m_files.size()); }
    void selectFile(int index);
    bool isBusy() const;

    // For tests and scripting: the same actions as the buttons.
    void check();
    void startImport();
    void cancel();
    const ImportPreview &currentPreview() const;
    std::optional<ImportReport> currentCheck() const;
    MappingEditor *mappingEditor() const { return m_mapping; }
    ImportHistoryPanel *historyPanel() const { return m_history; }
    QTableWidget *previewTable() const { return m_preview; }
    QString logText() const;
    void setSkipProblemRows(bool skip);
    /// Chooses a sheet of the current .xlsx file.
    void setSheet(const QString &sheet);

signals:
    /// Rows were added or removed: views over the store must refresh.
    void storeChanged();
    void jobFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct FileState;

    // One file a step: ImportDialog.cpp (files), ImportDialogDetection.cpp (reading options),
    // ImportDialogPreview.cpp (preview and mapping), ImportDialogCheck.cpp (check),
    // ImportDialogRun.cpp (import, progress and log).
    void buildUi();
    void buildDetectionStep(QWidget *page, QVBoxLayout *layout);
    void buildPreviewStep(QWidget *page, QVBoxLayout *layout);
    void buildCheckStep(QWidget *page, QVBoxLayout *layout);
    void buildRunBar(QVBoxLayout *layout);
    void chooseFiles();
    void refreshPreview();
    void showPreview();
    void showDetection();
    void showPreviewRows();
    void showCheck();
    void optionsEdited();
    void mappingEdited();
    void saveMapping();
    void showProblemRow(int problemIndex);
    void runJob(bool checkOnly);
    void jobItemFinished(int index);
    void updateButtons();
    FileState *current() const;
    ImportOptions optionsFor(const FileState &file, bool checkOnly) const;

    QString m_storePath;
    std::vector<std::unique_ptr<FileState>> m_files;
    int m_current = -1;
    bool m_updating = false;
    std::unique_ptr<ImportJob> m_job;
    QList<int> m_jobFiles; ///< file index of each job item
    bool m_jobIsCheck = false;

    QListWidget *m_fileList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_decimal = nullptr;
    QSpinBox *m_headerLine = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_detection = nullptr;
    QTableWidget *m_preview = nullptr;
    MappingEditor *m_mapping = nullptr;
    QTreeWidget *m_checkView = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemRow = nullptr;
    QCheckBox *m_skipRows = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    ImportHistoryPanel *m_history = nullptr;
};

} // namespace odema::gui
