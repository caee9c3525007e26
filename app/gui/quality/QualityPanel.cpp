#include "gui/quality/QualityPanel.h"

#include "common/OdemaError.h"
#include "gui/explorer/QueryThread.h"
#include "gui/quality/QualityFilterProxy.h"
#include "gui/quality/QualityModel.h"
#include "quality/QualityAcknowledgment.h"
#include "quality/QualityChecker.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace odema::gui {

QualityPanel::QualityPanel(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_thread = new QueryThread(store.location(), this);
    m_model = new QualityModel(this);
    m_proxy = new QualityFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(m_thread, &QueryThread::failed, this, [this](const QString &message) {
        m_running = false;
        m_summary->setText(tr("Contrôles impossibles : %1").arg(message));
        m_rerun->setEnabled(true);
    });
}

QualityPanel::~QualityPanel() = default;

void QualityPanel::buildUi()
{
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("qualitySeverity"));
    m_severity->addItem(tr("Tous les constats"), int(QualitySeverity::Info));
    m_severity->addItem(tr("Avertissements et erreurs"), int(QualitySeverity::Warning));
    m_severity->addItem(tr("Erreurs seulement"), int(QualitySeverity::Error));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("qualitySearch"));
    m_search->setPlaceholderText(tr("Rechercher (territoire, jeu de données, contrôle…)"));
    m_search->setClearButtonEnabled(true);
    m_rerun = new QPushButton(tr("Relancer les contrôles"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_severity);
    top->addWidget(m_search, 1);
    top->addWidget(m_rerun);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("qualityTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QualityModel::Severity, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(QualityModel::Sentence, 560);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setColumnWidth(QualityModel::Comment, 180);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("qualityComment"));
    m_comment->setPlaceholderText(tr("Commentaire : ce qui a été vérifié, ce qui a été décidé"));
    m_acknowledge = new QPushButton(tr("Prendre acte"), this);
    m_withdraw = new QPushButton(tr("Retirer"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Constat choisi :"), this));
    bottom->addWidget(m_comment, 1);
    bottom->addWidget(m_acknowledge);
    bottom->addWidget(m_withdraw);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setMinimumSeverity(m_severity->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QualityFilterProxy::setText);
    connect(m_rerun, &QPushButton::clicked, this, &QualityPanel::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &QualityPanel::acknowledgeCurrent);
    connect(m_comment, &QLineEdit::returnPressed, this, &QualityPanel::acknowledgeCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, &QualityPanel::withdrawCurrent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit findingActivated(m_model->finding(m_proxy->mapToSource(index).row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QualityPanel::showCurrent);
    showCurrent();
}

void QualityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void QualityPanel::refresh()
{
    m_started = true;
    m_running = true;
    m_rerun->setEnabled(false);
    m_summary->setText(tr("Contrôles en cours…"));
    const quint64 generation = ++m_generation;
    m_thread->post([this, generation](const QSqlDatabase &db) {
        QList<QualityFinding> findings = QualityChecker(db).run();
        QHash<QString, QualityAcknowledgment> acknowledgments = loadAcknowledgments(db);
        QMetaObject::invokeMethod(this, [this, generation, findings = std::move(findings), acknowledgments = std::move(acknowledgments)]() mutable {
            if (generation != m_generation)
                return;
            m_model->setFindings(std::move(findings), std::move(acknowledgments));
            m_view->resizeColumnToContents(QualityModel::Severity);
            m_view->resizeColumnToContents(QualityModel::Kind);
            m_view->resizeColumnToContents(QualityModel::Territory);
            m_view->resizeColumnToContents(QualityModel::Year);
            m_view->resizeColumnToContents(QualityModel::GapTonnes);
            m_view->resizeColumnToContents(QualityModel::GapPercent);
            m_running = false;
            m_rerun->setEnabled(true);
            m_summary->setText(summaryText());
            showCurrent();
            emit checked();
        });
    });
}

QString QualityPanel::summaryText() const
{
    int counts[3] = {0, 0, 0};
    int acknowledged = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ++counts[int(m_model->finding(row).severity)];
        acknowledged += m_model->acknowledgment(row) ? 1 : 0;
    }
    return tr("%n constat(s) sur toute la base — erreurs : %1, avertissements : %2, informations : %3, pris en compte : %4. "
              "Double-cliquez un constat pour voir ses lignes dans le tableau.", nullptr, m_model->rowCount())
        .arg(counts[int(QualitySeverity::Error)])
        .arg(counts[int(QualitySeverity::Warning)])
        .arg(counts[int(QualitySeverity::Info)])
        .arg(acknowledged);
}

int QualityPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void QualityPanel::showCurrent()
{
    const int row = currentRow();
    const QualityAcknowledgment *a = row >= 0 ? m_model->acknowledgment(row) : nullptr;
    m_comment->setText(a ? a->comment : QString());
    m_comment->setEnabled(row >= 0);
    m_acknowledge->setEnabled(row >= 0 && !m_store.isReadOnly());
    m_withdraw->setEnabled(a && !m_store.isReadOnly());
}

void QualityPanel::acknowledgeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    try {
        acknowledgeFinding(m_store, m_model->finding(row).key(), m_comment->text());
        m_model->setAcknowledgments(loadAcknowledgments(m_store.database()));
        m_summary->setText(summaryText());
        showCurrent();
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Prendre acte"), e.message());
    }
}

void QualityPanel::withdrawCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    try {
        withdrawAcknowledgment(m_store, m_model->finding(row).key());
        m_model->setAcknowledgments(loadAcknowledgments(m_store.database()));
        m_summary->setText(summaryText());
        showCurrent();
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Retirer"), e.message());
    }
}

} // namespace odema::gui
