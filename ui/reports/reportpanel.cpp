#include "reports/reportpanel.h"

#include "editsession.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "forms/formfields.h"
#include "indicators/indicatorcatalogue.h"
#include "messagebox.h"
#include "reportoutput.h"
#include "reportprinting.h"
#include "reports/authortexts.h"
#include "settings.h"
#include "storage/authortextrepository.h"
#include "storage/clock.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

struct ReportPanel::Outcome {
    QString error;
    std::optional<ReportDocument> document;
};

namespace {

QString kindTitle(const ReportKind& kind)
{
    return QCoreApplication::translate("Report", kind.title);
}

// A file name for the document: its title, unit and year ("Анализ … — Школа № 1, 2024-25").
QString suggestedName(const ReportDocument& d, int year)
{
    const QString years = QStringLiteral("%1-%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    const QString name = d.unitName.isEmpty() ? QStringLiteral("%1, %2").arg(d.title, years)
                                              : QStringLiteral("%1 — %2, %3").arg(d.title, d.unitName, years);
    return ReportOutput::safeFileName(name);
}

} // namespace

ReportPanel::ReportPanel(EditSession* edits, Settings& settings, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_settings(settings), m_kind(new QComboBox(this)), m_unit(new SearchCombo(this)),
      m_year(new SearchCombo(this)), m_personPlace(new QWidget(this)), m_months(new QSpinBox(this)), m_indicator(new QComboBox(this)),
      m_years(new QSpinBox(this)), m_form(new QFormLayout), m_build(new QPushButton(tr("&Build"), this)), m_busy(new QProgressBar(this)),
      m_reason(new QLabel(this)), m_error(new ErrorLabel(this)), m_title(new QLabel(this)), m_outline(new QListWidget(this)),
      m_authorBox(new QGroupBox(tr("The author's text"), this)), m_authorLayout(new QVBoxLayout(m_authorBox)),
      m_saveTexts(new QPushButton(tr("Save the &text"), this)), m_preview(new QPushButton(tr("Pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_saveAs(new QPushButton(tr("Save &as…"), this))
{
    setObjectName(QStringLiteral("reportPanel"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const ReportKind& k : reportKinds())
        m_kind->addItem(kindTitle(k), QString::fromLatin1(k.name));
    m_unit->setObjectName(QStringLiteral("reportUnit"));
    m_unit->setMinimumContentsLength(32);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_months->setObjectName(QStringLiteral("reportMonths"));
    m_months->setRange(1, 60);
    m_months->setValue(6);
    m_indicator->setObjectName(QStringLiteral("reportIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(32);
    m_years->setObjectName(QStringLiteral("reportYears"));
    m_years->setRange(2, 10);
    m_years->setValue(5);
    auto* personLayout = new QHBoxLayout(m_personPlace);
    personLayout->setContentsMargins(0, 0, 0, 0);

    m_form->addRow(tr("&Report:"), m_kind);
    m_form->addRow(tr("&Unit:"), m_unit);
    m_form->addRow(tr("Academic &year:"), m_year);
    m_form->addRow(tr("P&erson:"), m_personPlace);
    m_form->addRow(tr("Categories expiring within, &months:"), m_months);
    m_form->addRow(tr("&Indicator:"), m_indicator);
    m_form->addRow(tr("Number of y&ears:"), m_years);

    m_build->setObjectName(QStringLiteral("buildReportButton"));
    m_build->setAutoDefault(true); // Enter on the button builds
    m_build->setToolTip(tr("Build the report (Ctrl+Enter)"));
    m_busy->setRange(0, 0); // a busy bar without a percentage
    m_busy->setFormat(tr("building…"));
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_reason->setObjectName(QStringLiteral("reportMissing"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(m_build);
    buildRow->addWidget(m_busy);
    buildRow->addStretch(1);

    auto* choices = new QGroupBox(tr("What to build"), this);
    auto* left = new QVBoxLayout(choices);
    left->addLayout(m_form);
    left->addLayout(buildRow);
    left->addWidget(m_reason);
    left->addWidget(m_error);
    left->addStretch(1);
    choices->setMaximumWidth(560);

    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_outline->setObjectName(QStringLiteral("reportOutline"));
    m_outline->setFocusPolicy(Qt::NoFocus);
    m_outline->setSelectionMode(QAbstractItemView::NoSelection);
    m_authorBox->setObjectName(QStringLiteral("authorTexts"));
    m_saveTexts->setObjectName(QStringLiteral("saveAuthorTextButton"));
    m_saveTexts->setToolTip(tr("Save the author's text with the database (Ctrl+S)"));
    m_preview->setObjectName(QStringLiteral("previewReportButton"));
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_saveAs->setObjectName(QStringLiteral("saveReportButton"));
    auto* outputs = new QHBoxLayout;
    outputs->addWidget(m_saveTexts);
    outputs->addStretch(1);
    outputs->addWidget(m_preview);
    outputs->addWidget(m_print);
    outputs->addWidget(m_saveAs);

    auto* result = new QWidget(this);
    auto* right = new QVBoxLayout(result);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_title);
    right->addWidget(new QLabel(tr("Sections:"), this));
    right->addWidget(m_outline, 1);
    right->addWidget(m_authorBox, 2);
    right->addLayout(outputs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(choices, 2);
    layout->addWidget(result, 3);
    setMinimumSize(400, 300);

    auto* buildKey = new QAction(this);
    buildKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    buildKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(buildKey);
    connect(buildKey, &QAction::triggered, this, &ReportPanel::build);
    auto* saveKey = new QAction(this);
    saveKey->setShortcut(QKeySequence::Save);
    saveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveKey);
    connect(saveKey, &QAction::triggered, this, &ReportPanel::saveAuthorTexts);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportPanel::kindChosen);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_unit->lineEdit()->setCursorPosition(0); // a long name shows its beginning
        m_unit->setToolTip(m_unit->currentText());
        refreshState();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &ReportPanel::refreshState);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ReportPanel::refreshState);
    connect(m_build, &QPushButton::clicked, this, &ReportPanel::build);
    connect(m_saveTexts, &QPushButton::clicked, this, &ReportPanel::saveAuthorTexts);
    connect(m_preview, &QPushButton::clicked, this, &ReportPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportPanel::print);
    connect(m_saveAs, &QPushButton::clicked, this, &ReportPanel::saveAs);

    const QVariantMap last = m_settings.reportChoices();
    m_months->setValue(last.value(QStringLiteral("months"), 6).toInt());
    m_years->setValue(last.value(QStringLiteral("years"), 5).toInt());
    setKind(last.value(QStringLiteral("kind"), QStringLiteral("analysis")).toString());
    kindChosen();
    showDocument();
}

ReportPanel::~ReportPanel()
{
    waitForWorkers();
}

void ReportPanel::waitForWorkers()
{
    for (const QPointer<QThread>& t : std::as_const(m_running))
        if (t)
            t->wait();
}

void ReportPanel::setDatabase(Database* database)
{
    waitForWorkers();
    ++m_generation; // a build over the previous file is dropped
    m_worker = nullptr;
    m_busy->hide();
    disconnect(m_changed);
    m_database = database;
    m_document.reset();
    const qint64 unit = m_unit->id();
    const int year = m_year->id();
    delete m_person;
    m_person = nullptr;
    {
        const QSignalBlocker blockUnits(m_unit), blockYears(m_year), blockIndicators(m_indicator);
        m_unit->setEntries(database ? unitEntries(*database) : QVector<SearchCombo::Entry>());
        m_year->setEntries(database ? academicYearEntries(database->clock().today()) : QVector<SearchCombo::Entry>());
        m_indicator->clear();
        if (database)
            for (const Indicator& i : IndicatorCatalogue(*database).all())
                m_indicator->addItem(QStringLiteral("%1 %2").arg(i.code, i.name), i.code);
        const int last = m_indicator->findData(m_settings.reportChoices().value(QStringLiteral("indicator")));
        m_indicator->setCurrentIndex(std::max(0, last));
        m_unit->setId(unit);
        m_year->setId(year);
    }
    if (database) {
        m_person = new PersonPicker(*database, m_personPlace);
        m_person->setObjectName(QStringLiteral("reportPerson"));
        m_personPlace->layout()->addWidget(m_person);
        connect(m_person, &PersonPicker::personChanged, this, &ReportPanel::refreshState);
        connect(m_person, &QLineEdit::textChanged, this, &ReportPanel::refreshState);
        m_changed = connect(database, &Database::changed, this, [this](Changes what) {
            if (what.testFlag(Change::Units)) {
                const qint64 chosen = m_unit->id();
                const QSignalBlocker block(m_unit);
                m_unit->setEntries(unitEntries(*m_database));
                m_unit->setId(chosen);
            }
            if (what.testFlag(Change::AuthorTexts) && !m_saving)
                reloadAuthorTexts();
        });
    }
    m_error->report(Status::success());
    showDocument();
    kindChosen();
}

void ReportPanel::setUnit(qint64 unitId)
{
    m_unit->setId(unitId);
}

void ReportPanel::setYear(int year)
{
    m_year->setId(year);
}

void ReportPanel::setKind(const QString& name)
{
    const int index = m_kind->findData(name);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString ReportPanel::kind() const
{
    return m_kind->currentData().toString();
}

const ReportKind& ReportPanel::currentKind() const
{
    const ReportKind* k = findReportKind(kind());
    return k ? *k : reportKinds().first();
}

void ReportPanel::kindChosen()
{
    const ReportKind& k = currentKind();
    m_form->setRowVisible(m_personPlace, k.needs == ReportNeeds::Person);
    m_form->setRowVisible(m_months, k.takesMonths);
    m_form->setRowVisible(m_indicator, k.needs == ReportNeeds::Indicator);
    m_form->setRowVisible(m_years, k.needs == ReportNeeds::Indicator);
    refreshState();
}

void ReportPanel::focusNext()
{
    if (missing().isEmpty())
        m_build->setFocus();
    else if (currentKind().needs == ReportNeeds::Person && m_person)
        m_person->setFocus();
    else if (m_unit->id() == 0)
        m_unit->setFocus();
    else
        m_kind->setFocus();
}

QString ReportPanel::missing() const
{
    if (!m_database)
        return tr("Open a database first.");
    const ReportKind& k = currentKind();
    if (k.needs == ReportNeeds::Person) {
        if (!m_person || m_person->personId() == 0)
            return tr("Choose the person: type part of their last name and pick them from the list.");
    } else if (m_unit->id() == 0) {
        return tr("Choose the unit whose report to build.");
    }
    if (m_year->id() == 0)
        return tr("Choose the academic year.");
    if (k.needs == ReportNeeds::Indicator && m_indicator->currentData().toString().isEmpty())
        return tr("Choose the indicator.");
    return {};
}

void ReportPanel::refreshState()
{
    const QString reason = missing();
    m_build->setEnabled(!isBusy() && reason.isEmpty());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    const bool ready = m_document.has_value();
    m_preview->setEnabled(ready);
    m_print->setEnabled(ready);
    m_saveAs->setEnabled(ready);
    bool modified = false;
    for (const auto& [key, editor] : std::as_const(m_editors))
        modified = modified || editor->document()->isModified();
    m_saveTexts->setEnabled(ready && modified);
}

void ReportPanel::build()
{
    if (!m_database || isBusy() || !missing().isEmpty())
        return;
    const ReportKind* kind = &currentKind();
    ReportRequest request;
    request.unitId = m_unit->id();
    request.personId = kind->needs == ReportNeeds::Person && m_person ? m_person->personId() : 0;
    request.year = m_year->id();
    request.months = m_months->value();
    request.indicatorCode = m_indicator->currentData().toString();
    request.years = m_years->value();
    rememberChoices();

    const quint64 generation = ++m_generation;
    const QString path = m_database->path();
    const QDateTime now = m_database->clock().now(); // the worker's "today" is the window's
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([path, now, kind, request, outcome] {
        const FixedClock clock(now);
        // A connection of the worker's own: SQLite connections do not cross threads.
        const auto db = Database::open(path, Database::OpenMode::ReadOnly);
        if (!db) {
            outcome->error = db.error();
            return;
        }
        (*db)->setClock(&clock);
        auto document = buildReport(**db, *kind, request);
        if (document)
            outcome->document = std::move(document.value());
        else
            outcome->error = document.error();
    });
    m_running.removeAll(QPointer<QThread>()); // the finished ones are gone
    m_running << thread;
    m_worker = thread;
    m_busy->show();
    m_error->report(Status::success());
    refreshState();
    connect(thread, &QThread::finished, this, [this, outcome, generation, request] {
        if (generation == m_generation)
            m_built = request;
        finished(outcome, generation);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ReportPanel::finished(const std::shared_ptr<Outcome>& outcome, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_worker = nullptr;
    m_busy->hide();
    if (outcome->document)
        m_document = std::move(outcome->document);
    else
        m_document.reset();
    m_error->report(outcome->error.isEmpty() ? Status::success() : Status::failure(outcome->error));
    showDocument();
    emit built();
}

QString ReportPanel::message() const
{
    return m_error->text();
}

void ReportPanel::showDocument()
{
    m_outline->clear();
    for (const auto& [key, editor] : std::as_const(m_editors))
        editor->parentWidget()->deleteLater(); // its block: title and editor
    m_editors.clear();
    if (!m_document) {
        m_title->setText(tr("Choose the report and press «Build» (Ctrl+Enter)."));
        m_authorBox->hide();
        refreshState();
        emit documentReady(false);
        return;
    }
    const ReportDocument& d = *m_document;
    QStringList parts{d.unitName, d.period};
    parts.removeAll(QString());
    m_title->setText(parts.isEmpty() ? d.title : tr("%1 — %2").arg(d.title, parts.join(QStringLiteral(", "))));
    for (const ReportSection& s : d.sections)
        if (!s.heading.isEmpty())
            m_outline->addItem(s.heading);
    const QVector<AuthorText> blocks = AuthorTexts::blocks(d);
    for (const AuthorText& a : blocks) {
        auto* block = new QWidget(m_authorBox);
        auto* blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, 0);
        auto* editor = new QPlainTextEdit(block);
        editor->setObjectName(QStringLiteral("authorText-%1").arg(a.key));
        editor->setTabChangesFocus(true); // Tab moves on: the panel is used from the keyboard
        editor->setPlaceholderText(tr("Blank lines are printed until the text is written here."));
        editor->setPlainText(a.text);
        editor->document()->setModified(false);
        auto* label = new QLabel(a.title, block);
        label->setBuddy(editor);
        blockLayout->addWidget(label);
        blockLayout->addWidget(editor);
        m_authorLayout->addWidget(block);
        m_editors.append({a.key, editor});
        connect(editor, &QPlainTextEdit::textChanged, this, [this, key = a.key, editor] {
            if (m_document)
                AuthorTexts::put(*m_document, key, editor->toPlainText());
            refreshState();
        });
    }
    m_authorBox->setVisible(!blocks.isEmpty());
    refreshState();
    emit documentReady(true);
}

QPlainTextEdit* ReportPanel::authorEditor(const QString& key) const
{
    for (const auto& [k, editor] : m_editors)
        if (k == key)
            return editor;
    return nullptr;
}

bool ReportPanel::saveAuthorTexts()
{
    if (!m_document || !m_database)
        return false;
    QVector<QPair<QString, QPlainTextEdit*>> edited;
    for (const auto& e : std::as_const(m_editors))
        if (e.second->document()->isModified())
            edited.append(e);
    if (edited.isEmpty())
        return true;
    Database* db = m_database;
    const ReportRequest request = m_built;
    QVector<QPair<QString, QString>> texts;
    for (const auto& [key, editor] : std::as_const(edited))
        texts.append({key, editor->toPlainText()});
    m_saving = true;
    const Status status = m_edits->run(tr("The author's text of «%1», %2").arg(m_document->unitName, m_document->period),
                                       [db, request, texts] {
                                           AuthorTextRepository repository(*db);
                                           for (const auto& [key, text] : texts)
                                               if (Status s = repository.save(request.unitId, key, request.year, text); !s)
                                                   return s;
                                           return Status::success();
                                       });
    m_saving = false;
    if (!m_error->report(status))
        return false;
    for (const auto& [key, editor] : std::as_const(edited))
        editor->document()->setModified(false);
    refreshState();
    return true;
}

void ReportPanel::reloadAuthorTexts()
{
    if (!m_document || !m_database || m_built.unitId == 0)
        return;
    const QHash<QString, QString> saved = AuthorTextRepository(*m_database).texts(m_built.unitId, m_built.year);
    for (const auto& [key, editor] : std::as_const(m_editors)) {
        if (editor->document()->isModified())
            continue; // what is being typed is not overwritten
        const QString text = saved.value(key);
        if (editor->toPlainText() != text) {
            const QSignalBlocker block(editor);
            editor->setPlainText(text);
            editor->document()->setModified(false);
        }
        AuthorTexts::put(*m_document, key, text);
    }
    refreshState();
}

void ReportPanel::preview()
{
    if (!m_document || !saveAuthorTexts() || MessageBox::unattended())
        return;
    ReportPrinting::preview(*m_document, this);
}

void ReportPanel::print()
{
    if (!m_document || !saveAuthorTexts() || MessageBox::unattended())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportPrinting::print(*m_document, printer);
}

void ReportPanel::saveAs()
{
    if (!m_document)
        return;
    const QString suggested = QDir(m_settings.lastFolder()).filePath(suggestedName(*m_document, m_built.year) + QStringLiteral(".pdf"));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save the report"), suggested,
        tr("PDF (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt);;Excel workbook (*.xlsx);;Web page (*.html)"),
        QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    saveTo(path);
}

bool ReportPanel::saveTo(const QString& path)
{
    if (!m_document || !saveAuthorTexts())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportOutput::write(*m_document, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Save the report"), written.error());
        return false;
    }
    return true;
}

void ReportPanel::rememberChoices()
{
    m_settings.setReportChoices({{QStringLiteral("kind"), kind()},
                                 {QStringLiteral("months"), m_months->value()},
                                 {QStringLiteral("indicator"), m_indicator->currentData()},
                                 {QStringLiteral("years"), m_years->value()}});
}
