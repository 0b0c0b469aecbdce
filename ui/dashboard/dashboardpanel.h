#pragma once
// The dashboard («Показатели»): for the selected unit and academic year, a card per indicator
// (value, counts, target, trend against the year before, coloured by status), the drill-down
// table of the unit's children, a bar chart of the children for the chosen indicator with the
// target as a line, and the unit's last five years with the target path. The figures are
// computed in a worker thread over its own connection to the same file; a busy bar shows while
// it runs. A double click on a card or a cell opens the people behind the figure.
#include "indicators/indicatorboard.h"

#include <QWidget>
#include <memory>

class Database;
class DashboardModel;
class EditSession;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTableView;
class QThread;

class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(EditSession* edits, QWidget* parent = nullptr);
    ~DashboardPanel() override;

    void setDatabase(Database* database);
    void setUnit(qint64 unitId);
    void setPeriod(const IndicatorPeriod& period);
    // Only the shown dashboard computes; it catches up when shown.
    void setActive(bool active);

    DashboardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* indicatorSelector() const { return m_indicator; }
    const QVector<IndicatorYear>& years() const { return m_years; }
    bool isBusy() const { return m_worker != nullptr; }
    QString message() const; // the error of the last computation, or empty
    // Opens the people behind a unit's figure (double click).
    void showPeople(qint64 unitId, const QString& code);
    void editTarget(); // the target dialog for the shown unit and indicator

signals:
    void refreshed(); // new figures are shown

private:
    struct Computed;
    void refresh(bool withBoard = true); // false: only the chosen indicator's years
    void finished(std::shared_ptr<Computed> computed, quint64 generation);
    void showCards();
    void showCharts();
    void waitForWorker();

    EditSession* m_edits;
    Database* m_database = nullptr;
    qint64 m_unitId = 0;
    IndicatorPeriod m_period;
    bool m_active = false;
    quint64 m_generation = 0;
    QThread* m_worker = nullptr;
    bool m_pending = false;      // asked again while computing
    bool m_pendingBoard = false; // ... and the board is wanted too
    QMetaObject::Connection m_changed;
    QVector<IndicatorYear> m_years;
    QString m_error;

    QLabel* m_title;
    QComboBox* m_indicator;
    QProgressBar* m_busy;
    QLabel* m_message;
    QWidget* m_cards;
    QGridLayout* m_cardGrid;
    DashboardModel* m_model;
    QTableView* m_table;
    QChartView* m_bars;
    QChartView* m_line;
};
