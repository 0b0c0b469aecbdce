#include "personcard.h"
#include "editsession.h"
#include "io/fieldparsing.h"
#include "messagebox.h"
#include "routebuilder.h"
#include "storage/attestationrepository.h"
#include "storage/competitionrepository.h"
#include "storage/courserepository.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/personhistory.h"
#include "storage/personrepository.h"
#include "storage/routerepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// Replaces the table's rows; the first cell of each row keeps the record's id (Qt::UserRole).
void fill(QTableWidget* table, const QVector<QStringList>& rows, const QVector<qint64>& ids = {})
{
    const qint64 selected = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
                                ? table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (c == 0 && r < ids.size())
                item->setData(Qt::UserRole, ids[r]);
            table->setItem(r, c, item);
        }
        if (selected != 0 && r < ids.size() && ids[r] == selected)
            table->setCurrentCell(r, 0);
    }
    table->resizeColumnsToContents();
}

} // namespace

PersonCard::PersonCard(EditSession& session, qint64 personId, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_db(session.database()),
      m_personId(personId),
      m_header(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("personCard"));
    m_header->setObjectName(QStringLiteral("personHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("personTabs"));

    m_history = addTable(QStringLiteral("historyTable"), tr("History"), {tr("Date"), tr("Record"), tr("What")});

    m_diagnostics = addTable(QStringLiteral("diagnosticsTable"), tr("Diagnostics"),
                             {tr("Date"), tr("Source"), tr("Results"), tr("Deficits")});
    auto* build = new QPushButton(tr("Build a route…"));
    build->setObjectName(QStringLiteral("buildRouteButton"));
    build->setToolTip(tr("An individual educational route from the selected diagnostic: its deficits become the route's problems"));
    connect(build, &QPushButton::clicked, this, [this] { buildRoute(); });
    if (auto* page = qobject_cast<QVBoxLayout*>(m_diagnostics->parentWidget()->layout()))
        page->addWidget(build, 0, Qt::AlignLeft);

    // Routes: the routes above, the items of the selected one below.
    m_routes = new QTableWidget(0, 5);
    m_routes->setObjectName(QStringLiteral("routesTable"));
    m_routes->setHorizontalHeaderLabels({tr("Period"), tr("Status"), tr("Problems"), tr("Items done"), tr("Goals")});
    m_routeItems = new QTableWidget(0, 5);
    m_routeItems->setObjectName(QStringLiteral("routeItemsTable"));
    m_routeItems->setHorizontalHeaderLabels({tr("Due"), tr("Direction"), tr("Item"), tr("Status"), tr("Completed")});
    for (QTableWidget* t : {m_routes, m_routeItems}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_routeStatus = new QToolButton;
    m_routeStatus->setObjectName(QStringLiteral("routeStatusButton"));
    m_routeStatus->setText(tr("Status"));
    m_routeStatus->setToolTip(tr("Move the selected route along its lifecycle as of today"));
    m_routeStatus->setPopupMode(QToolButton::InstantPopup);
    auto* statusMenu = new QMenu(m_routeStatus);
    for (const QString& code : RouteStatuses::codes()) {
        if (code == u"draft")
            continue;
        QAction* action = statusMenu->addAction(RouteStatuses::name(code));
        action->setObjectName(QStringLiteral("routeStatus_") + code);
        connect(action, &QAction::triggered, this, [this, code] {
            if (const qint64 id = selectedId(m_routes))
                setRouteStatus(id, code);
        });
    }
    m_routeStatus->setMenu(statusMenu);
    m_routes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_routes, &QWidget::customContextMenuRequested, this, [this, statusMenu](const QPoint& at) {
        if (m_routes->itemAt(at))
            statusMenu->popup(m_routes->viewport()->mapToGlobal(at));
    });
    connect(m_routes, &QTableWidget::currentCellChanged, this, [this] {
        loadRouteItems();
        m_routeStatus->setEnabled(selectedId(m_routes) != 0);
    });
    auto* routesPage = new QWidget;
    auto* routesLayout = new QVBoxLayout(routesPage);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_routes);
    split->addWidget(m_routeItems);
    routesLayout->addWidget(split, 1);
    routesLayout->addWidget(m_routeStatus, 0, Qt::AlignLeft);
    m_tabs->addTab(routesPage, tr("Routes (ИОМ)"));

    m_courses = addTable(QStringLiteral("coursesTable"), tr("Courses (ДПО)"),
                         {tr("Ended"), tr("Started"), tr("Programme"), tr("Provider"), tr("Hours"), tr("Certificate")});
    m_attestation = addTable(QStringLiteral("attestationTable"), tr("Attestation"),
                             {tr("Date"), tr("Category sought"), tr("Outcome"), tr("Valid until")});
    m_mentoring = addTable(QStringLiteral("mentoringTable"), tr("Mentoring"),
                           {tr("Period"), tr("Role"), tr("With"), tr("Form"), tr("Type"), tr("Status")});
    m_events = addTable(QStringLiteral("eventsTable"), tr("Events"),
                        {tr("Date"), tr("Kind"), tr("Topic"), tr("Level"), tr("Role"), tr("Organiser")});
    m_competitions = addTable(QStringLiteral("competitionsTable"), tr("Competitions"),
                              {tr("Year"), tr("Competition"), tr("Level"), tr("Stage"), tr("Result")});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    if (m_db) {
        connect(m_db, &Database::changed, this, &PersonCard::reload);
        connect(m_db, &QObject::destroyed, this, &QWidget::close); // another database opened
    }
    reload();
}

PersonCard* PersonCard::show(QWidget* parent, EditSession& session, qint64 personId)
{
    auto* card = new PersonCard(session, personId, parent);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->QDialog::show();
    return card;
}

QTableWidget* PersonCard::addTable(const QString& objectName, const QString& title, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    m_tabs->addTab(page, title);
    return table;
}

qint64 PersonCard::selectedId(QTableWidget* table) const
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void PersonCard::reload()
{
    if (!m_db) {
        close();
        return;
    }
    loadHeader();
    loadHistory();
    loadDiagnostics();
    loadRoutes();
    loadCourses();
    loadAttestation();
    loadMentoring();
    loadEvents();
    loadCompetitions();
}

void PersonCard::loadHeader()
{
    PersonRepository persons(*m_db);
    const auto person = persons.find(m_personId);
    if (!person) {
        m_header->setText(tr("The person (id %1) does not exist.").arg(m_personId));
        return;
    }
    setWindowTitle(tr("%1 — card").arg(person->fullName()));
    const QDate today = m_db->clock().today();
    QStringList lines{person->fullName()};
    // The main employment (DOMAIN.md §4): at the main organisation, the highest rate.
    RecordChecks checks(*m_db);
    const qint64 unitId = checks.mainOrganisation(m_personId, today);
    const Employment* main = nullptr;
    const QVector<Employment> employments = persons.employments(m_personId);
    for (const Employment& e : employments)
        if (e.unitId == unitId && e.activeOn(today) && (!main || e.rate > main->rate))
            main = &e;
    if (main) {
        const auto unit = OrgUnitRepository(*m_db).find(unitId);
        lines << tr("%1, %2").arg(persons.references().positionName(main->positionCode), unit ? unit->name : QString());
    } else {
        lines << tr("Not employed on %1").arg(formatDateRu(today));
    }
    QString category = tr("Category: %1").arg(persons.references().categoryName(person->category));
    if (person->categoryExpires.isValid())
        category += tr(", valid until %1").arg(formatDateRu(person->categoryExpires));
    QStringList facts{category};
    const int experience = person->experienceYearsOn(today);
    facts << (experience >= 0 ? tr("experience: %n year(s)", nullptr, experience) : tr("experience: unknown"));
    const int age = person->ageOn(today);
    facts << (age >= 0 ? tr("age: %n year(s)", nullptr, age) : tr("age: unknown"));
    lines << facts.join(QStringLiteral("; "));
    m_header->setText(lines.join(u'\n'));
}

void PersonCard::loadHistory()
{
    QVector<QStringList> rows;
    for (const HistoryEntry& e : PersonHistory::of(*m_db, m_personId))
        rows.append({formatDateRu(e.date), e.kind, e.summary});
    fill(m_history, rows);
}

void PersonCard::loadDiagnostics()
{
    DiagnosticRepository diagnostics(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const Diagnostic& d : diagnostics.diagnosticsOf(m_personId)) {
        QStringList results;
        QStringList deficits;
        for (const DiagnosticResult& r : d.results) {
            const QString area = diagnostics.references().name(ReferenceList::CompetenceArea, r.areaCode);
            QString text = tr("%1: %2").arg(area, CompetenceLevels::name(r.level));
            if (r.score)
                text += tr(" (%1)").arg(*r.score);
            results << text;
            if (r.isDeficit())
                deficits << area;
        }
        rows.append({formatDateRu(d.date), diagnostics.references().name(ReferenceList::DiagnosticSource, d.sourceCode),
                     results.join(QStringLiteral("; ")), deficits.join(QStringLiteral(", "))});
        ids.append(d.id);
    }
    fill(m_diagnostics, rows, ids);
}

void PersonCard::loadRoutes()
{
    RouteRepository routes(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const Route& r : routes.routesOf(m_personId)) {
        QStringList problems;
        for (const RouteProblem& p : routes.problems(r.id))
            problems << p.description;
        const QVector<RouteItem> items = routes.items(r.id);
        const auto done = std::count_if(items.cbegin(), items.cend(), [](const RouteItem& i) { return i.status == u"done"; });
        QString status = RouteStatuses::name(r.status);
        if (r.statusDate.isValid() && r.status != u"draft")
            status += tr(" (%1)").arg(formatDateRu(r.statusDate));
        rows.append({r.periodText(), status, problems.join(QStringLiteral(", ")),
                     tr("%1 of %2").arg(done).arg(items.size()), r.goals});
        ids.append(r.id);
    }
    fill(m_routes, rows, ids);
    if (m_routes->currentRow() < 0 && m_routes->rowCount() > 0)
        m_routes->setCurrentCell(m_routes->rowCount() - 1, 0); // the latest route
    loadRouteItems();
    m_routeStatus->setEnabled(selectedId(m_routes) != 0);
}

void PersonCard::loadRouteItems()
{
    QVector<QStringList> rows;
    QVector<qint64> ids;
    if (const qint64 routeId = selectedId(m_routes)) {
        RouteRepository routes(*m_db);
        for (const RouteItem& i : routes.items(routeId)) {
            rows.append({formatDateRu(i.dueDate), routes.references().name(ReferenceList::RouteDirection, i.directionCode), i.title,
                         RouteItemStatuses::name(i.status), formatDateRu(i.completedOn)});
            ids.append(i.id);
        }
    }
    fill(m_routeItems, rows, ids);
}

void PersonCard::loadCourses()
{
    CourseRepository courses(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const CourseCompletion& c : courses.completionsOf(m_personId)) {
        const auto programme = courses.findProgramme(c.programmeId);
        rows.append({formatDateRu(c.end), formatDateRu(c.start), programme ? programme->title : QString(),
                     programme ? programme->provider : QString(), programme ? QString::number(programme->hours) : QString(),
                     c.certificate});
        ids.append(c.id);
    }
    fill(m_courses, rows, ids);
}

void PersonCard::loadAttestation()
{
    AttestationRepository attestations(*m_db);
    ReferenceRepository references(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const Attestation& a : attestations.attestationsOf(m_personId)) {
        rows.append({formatDateRu(a.date), references.categoryName(a.category), AttestationOutcome::name(a.outcome), formatDateRu(a.validUntil)});
        ids.append(a.id);
    }
    fill(m_attestation, rows, ids);
}

void PersonCard::loadMentoring()
{
    MentoringRepository mentoring(*m_db);
    ReferenceRepository references(*m_db);
    RecordChecks checks(*m_db);
    auto nameOf = [&checks](qint64 id) {
        const auto name = checks.personName(id);
        return name ? *name : QString();
    };
    struct Line {
        MentoringProgramme programme;
        bool asMentor;
    };
    QVector<Line> lines;
    for (const MentoringProgramme& p : mentoring.programmesOfMentor(m_personId))
        lines.append({p, true});
    for (const MentoringProgramme& p : mentoring.programmesOfMentee(m_personId))
        lines.append({p, false});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.programme.start < b.programme.start; });
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const Line& l : lines) {
        QStringList with;
        if (l.asMentor) {
            for (const MentoringMentee& m : mentoring.mentees(l.programme.id))
                with << nameOf(m.personId);
        } else {
            with << nameOf(l.programme.mentorId);
        }
        rows.append({l.programme.periodText(), l.asMentor ? tr("mentor") : tr("mentee"), with.join(QStringLiteral(", ")),
                     references.name(ReferenceList::MentoringForm, l.programme.formCode),
                     references.name(ReferenceList::MentoringType, l.programme.typeCode), MentoringStatus::name(l.programme.status)});
        ids.append(l.programme.id);
    }
    fill(m_mentoring, rows, ids);
}

void PersonCard::loadEvents()
{
    EventRepository events(*m_db);
    ReferenceRepository references(*m_db);
    RecordChecks checks(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const EventAttendance& a : events.eventsOf(m_personId)) {
        const auto organiser = checks.unitName(a.event.orgUnitId);
        QString date = formatDateRu(a.event.date);
        if (a.event.endDate.isValid() && a.event.endDate != a.event.date)
            date += QStringLiteral("–") + formatDateRu(a.event.endDate);
        rows.append({date, references.name(ReferenceList::EventKind, a.event.kind), a.event.topic,
                     references.name(ReferenceList::EventLevel, a.event.level),
                     references.name(ReferenceList::ParticipationRole, a.participation.role), organiser ? *organiser : QString()});
        ids.append(a.participation.id);
    }
    fill(m_events, rows, ids);
}

void PersonCard::loadCompetitions()
{
    CompetitionRepository competitions(*m_db);
    ReferenceRepository references(*m_db);
    QVector<QStringList> rows;
    QVector<qint64> ids;
    for (const CompetitionEntry& e : competitions.competitionsOf(m_personId)) {
        rows.append({QString::number(e.competition.year), e.competition.title,
                     references.name(ReferenceList::EventLevel, e.competition.level), e.participation.stage,
                     references.name(ReferenceList::CompetitionResult, e.participation.result)});
        ids.append(e.participation.id);
    }
    fill(m_competitions, rows, ids);
}

bool PersonCard::setRouteStatus(qint64 routeId, const QString& status)
{
    if (!m_db)
        return false;
    RouteRepository routes(*m_db);
    const auto route = routes.find(routeId);
    if (!route)
        return false;
    const QDate today = m_db->clock().today();
    const Status s = m_session.run(tr("Route %1: %2").arg(route->periodText(), RouteStatuses::name(status)),
                                   [&] { return routes.setStatus(routeId, status, today); });
    if (!s) {
        MessageBox::warning(this, tr("Route status"), s.error());
        return false;
    }
    return true;
}

qint64 PersonCard::buildRoute()
{
    const qint64 diagnosticId = selectedId(m_diagnostics);
    if (diagnosticId == 0) {
        MessageBox::information(this, tr("Build a route"), tr("Select the diagnostic to build the route from."));
        return 0;
    }
    const qint64 routeId = RouteBuilder::build(this, m_session, diagnosticId);
    if (routeId != 0)
        m_tabs->setCurrentIndex(2);
    return routeId;
}
