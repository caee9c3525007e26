#pragma once
// "Modèle de fiche…": organisation name, logo file, accent colour and footer text of the fact
// sheets, saved as a JSON template (the same format as the command line's --template).
#include "report/ReportTemplate.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace odema::gui {

class ReportTemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportTemplateDialog(QWidget *parent = nullptr);

private:
    void showColour();
    void accept() override;

    report::ReportTemplate m_tpl;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_logo = nullptr;
    QLineEdit *m_footer = nullptr;
    QPushButton *m_colour = nullptr;
};

} // namespace odema::gui
