#pragma once
// "Fiche territoriale…": one territory and year, a preview of the two pages (painted by the
// same code as the PDF), saved as PDF or HTML.
#include "report/FactSheetBuilder.h"

#include <QDialog>
#include <memory>

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace odema {
class Store;
}

namespace odema::gui {

class TerritoryPicker;

class FactSheetDialog : public QDialog {
    Q_OBJECT
public:
    FactSheetDialog(const QString &storePath, qint64 territoryId, int year, QWidget *parent = nullptr);
    ~FactSheetDialog() override;

private:
    void refresh();
    void save(bool html);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<report::FactSheetBuilder> m_builder;
    std::optional<report::FactSheetData> m_data;
    TerritoryPicker *m_territory = nullptr;
    QSpinBox *m_year = nullptr;
    QVBoxLayout *m_pages = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace odema::gui
