#pragma once
// The filter bar above the tables: year range, streams (by family) and modes (multi-select),
// collection channel, collecte/traitement, free text (debounced), and "Réinitialiser". It edits
// the non-territory part of a FlowFilter and says when it changed.
#include "query/FilterChoices.h"
#include "query/FlowFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace odema::gui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTextDelayMs = 200;

    explicit FilterBar(const FilterChoices &choices, QWidget *parent = nullptr);

    /// Writes years, streams, modes, channel, kind and text into `filter` (territories untouched).
    void fillFilter(FlowFilter &filter) const;
    /// Shows `filter` (restoring last session's filters); emits changed() once.
    void setFromFilter(const FlowFilter &filter);
    void reset();

    // For tests and the screenshot helper: the widgets a user would touch.
    QComboBox *yearFromBox() const { return m_yearFrom; }
    QComboBox *yearToBox() const { return m_yearTo; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *textEdit() const { return m_text; }
    void setStreamChecked(qint64 streamId, bool checked);
    void setModeChecked(qint64 modeId, bool checked);

signals:
    void changed();

private:
    QToolButton *makeMultiButton(QMenu **menu, const QList<Choice> &choices, bool grouped);
    void updateButtonText(QToolButton *button, QMenu *menu, const QString &all, const QString &some);
    QList<qint64> checkedIds(QMenu *menu) const;
    void setChecked(QMenu *menu, const QList<qint64> &ids);
    void emitChanged();

    FilterChoices m_choices;
    QComboBox *m_yearFrom = nullptr;
    QComboBox *m_yearTo = nullptr;
    QToolButton *m_streams = nullptr;
    QMenu *m_streamMenu = nullptr;
    QToolButton *m_modes = nullptr;
    QMenu *m_modeMenu = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_textTimer = nullptr;
    bool m_quiet = false; ///< set while several widgets change at once
};

} // namespace odema::gui
