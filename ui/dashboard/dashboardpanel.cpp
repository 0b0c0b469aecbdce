#include "dashboard/dashboardpanel.h"

#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/indicatorcard.h"
#include "dashboard/peopledialog.h"
#include "dashboard/targetdialog.h"
#include "editsession.h"
#include "storage/database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <utility>

struct DashboardPanel::Computed {
    QString error;
    bool hasBoard = false; // false: only the years of the indicator were computed
    IndicatorBoardData board;
    QString code; // the indicator of the line chart
    QVector<IndicatorYear> years;
};

namespace {

// Every worker still running, so that the panel can wait for them before it goes.
QList<QPointer<QThread>>& running()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

} // namespace

DashboardPanel::DashboardPanel(EditSession* edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_title(new QLabel(this)), m_indicator(new QComboBox(this)),
      m_busy(new QProgressBar(this)), m_message(new QLabel(this)), m_cards(new QWidget), m_cardGrid(new QGridLayout(m_cards)),
      m_model(new DashboardModel(this)), m_table(new QTableView(this)), m_bars(new QChartView(this)), m_line(new QChartView(this))
{
    setObjectName(QStringLiteral("dashboard"));
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    m_indicator->setObjectName(QStringLiteral("dashboardIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(24);
    auto* target = new QPushButton(tr("Target…"), this);
    target->setObjectName(QStringLiteral("targetButton"));
    m_busy->setRange(0, 0); // a busy bar without a percentage
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("computing…"));
    m_busy->hide();
    m_message->setWordWrap(true);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Indicator for the charts:"), this));
    top->addWidget(m_indicator);
    top->addWidget(target);
    top->addWidget(m_busy);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cards);
    m_cardGrid->setSpacing(6);
    scroll->setMinimumHeight(150);

    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_line->setRenderHint(QPainter::Antialiasing);
    m_bars->setMinimumSize(240, 160);
    m_line->setMinimumSize(240, 160);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(scroll);
    left->addWidget(m_table);
    left->setSizes({520, 380}); // two rows of cards in sight
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_bars);
    right->addWidget(m_line);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    // The window keeps the size its registers need: the dashboard squeezes into it.
    setMinimumSize(400, 300);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_model->board().unit.readings.isEmpty())
            refresh(false); // the line chart needs the chosen indicator's years; the board stands
    });
    connect(target, &QPushButton::clicked, this, &DashboardPanel::editTarget);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const IndicatorReading* r = m_model->reading(index))
            showPeople(index.data(DashboardModel::UnitIdRole).toLongLong(), r->indicator.code);
    });
}

DashboardPanel::~DashboardPanel()
{
    waitForWorker();
}

void DashboardPanel::waitForWorker()
{
    for (const QPointer<QThread>& t : std::as_const(running()))
        if (t)
            t->wait();
}

void DashboardPanel::setDatabase(Database* database)
{
    waitForWorker();
    ++m_generation; // what was computed over the previous file is dropped
    m_worker = nullptr;
    m_pending = false;
    m_pendingBoard = false;
    m_busy->hide();
    disconnect(m_changed);
    m_database = database;
    if (database) // an edit, an undo, an import: the figures are read again when shown
        m_changed = connect(database, &Database::changed, this, [this] { refresh(); });
    m_unitId = 0;
    m_model->clear();
    m_indicator->clear();
    m_years.clear();
    showCards();
    showCharts();
}

void DashboardPanel::setUnit(qint64 unitId)
{
    m_unitId = unitId;
    refresh();
}

void DashboardPanel::setPeriod(const IndicatorPeriod& period)
{
    m_period = period;
    refresh();
}

void DashboardPanel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

QString DashboardPanel::message() const
{
    return m_error;
}

void DashboardPanel::refresh(bool withBoard)
{
    if (!m_active || !m_database || m_unitId == 0 || m_period.year == 0)
        return;
    if (m_worker) { // one computation at a time: the newest wish runs when it ends
        m_pending = true;
        m_pendingBoard = m_pendingBoard || withBoard;
        return;
    }
    withBoard = withBoard || m_model->board().unit.readings.isEmpty();
    const quint64 generation = ++m_generation;
    const QString path = m_database->path();
    const qint64 unit = m_unitId;
    const IndicatorPeriod period = m_period;
    const QString code = m_indicator->currentData().toString();
    auto computed = std::make_shared<Computed>();
    QThread* thread = QThread::create([path, unit, period, code, withBoard, computed] {
        // A connection of the worker's own: SQLite connections do not cross threads.
        const auto db = Database::open(path, Database::OpenMode::ReadOnly);
        if (!db) {
            computed->error = db.error();
            return;
        }
        IndicatorBoard board(**db);
        computed->code = code;
        if (withBoard) {
            const auto data = board.read(unit, period);
            if (!data) {
                computed->error = data.error();
                return;
            }
            computed->board = *data;
            computed->hasBoard = true;
            if (!data->unit.find(code) && !data->unit.readings.isEmpty())
                computed->code = data->unit.readings.first().indicator.code;
        }
        if (!computed->code.isEmpty()) {
            const auto years = board.history(unit, computed->code, period, 5);
            if (years)
                computed->years = *years;
        }
    });
    running() << thread;
    m_worker = thread;
    m_busy->show();
    connect(thread, &QThread::finished, this, [this, computed, generation] { finished(computed, generation); });
    connect(thread, &QThread::finished, thread, [thread] {
        running().removeAll(QPointer<QThread>(thread));
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void DashboardPanel::finished(std::shared_ptr<Computed> computed, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_worker = nullptr;
    m_busy->hide();
    if (std::exchange(m_pending, false)) {
        // The unit, period or indicator changed meanwhile: these figures are old.
        refresh(std::exchange(m_pendingBoard, false) || computed->hasBoard);
        return;
    }
    m_error = computed->error;
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    if (!m_error.isEmpty()) {
        emit refreshed();
        return;
    }
    m_years = computed->years;
    if (!computed->hasBoard) {
        showCharts();
        emit refreshed();
        return;
    }
    m_model->setBoard(computed->board);
    {
        const QSignalBlocker block(m_indicator);
        m_indicator->clear();
        for (const IndicatorReading& r : computed->board.unit.readings)
            m_indicator->addItem(QStringLiteral("%1 %2").arg(r.indicator.code, r.indicator.name), r.indicator.code);
        m_indicator->setCurrentIndex(m_indicator->findData(computed->code));
    }
    m_title->setText(tr("%1, %2 academic year").arg(computed->board.unit.unitName, computed->board.period.text()));
    showCards();
    showCharts();
    emit refreshed();
}

void DashboardPanel::showCards()
{
    while (QLayoutItem* item = m_cardGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = 4;
    int i = 0;
    for (const IndicatorReading& r : m_model->board().unit.readings) {
        auto* card = new IndicatorCard(r, m_cards);
        connect(card, &IndicatorCard::chosen, this, [this](const QString& code) {
            m_indicator->setCurrentIndex(m_indicator->findData(code));
        });
        connect(card, &IndicatorCard::opened, this, [this](const QString& code) { showPeople(m_unitId, code); });
        m_cardGrid->addWidget(card, i / columns, i % columns);
        ++i;
    }
}

void DashboardPanel::showCharts()
{
    const QString code = m_indicator->currentData().toString();
    const IndicatorReading* r = m_model->board().unit.find(code);
    QChart* old = m_bars->chart();
    m_bars->setChart(r ? DashboardCharts::children(m_model->board(), code) : new QChart);
    delete old;
    old = m_line->chart();
    m_line->setChart(r ? DashboardCharts::years(r->indicator, m_years) : new QChart);
    delete old;
}

void DashboardPanel::showPeople(qint64 unitId, const QString& code)
{
    if (m_database && unitId)
        PeopleDialog::show(this, *m_database, code, unitId, m_period);
}

void DashboardPanel::editTarget()
{
    if (!m_database || !m_unitId)
        return;
    TargetDialog dialog(*m_edits, m_unitId, m_model->board().unit.unitName, m_indicator->currentData().toString(),
                        m_period.targetYear(), this);
    dialog.exec(); // a saved target changes the database: the figures follow
}
