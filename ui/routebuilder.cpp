#include "routebuilder.h"
#include "domain/academicyear.h"
#include "editsession.h"
#include "errorlabel.h"
#include "io/fieldparsing.h"
#include "messagebox.h"
#include "storage/courserepository.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/routerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

std::function<void(RouteBuilder&)> nextScript;

enum CandidateData { KeyRole = Qt::UserRole, DirectionRole, DueRole };
enum FreeColumn { FreeTitle, FreeDirection, FreeDue };

// Taking part in an event is community work, except the forms where one shows or discusses
// one's own practice (as the synthetic data has it).
QString directionOfEvent(const QString& kind)
{
    return kind == u"open_lesson" || kind == u"master_class" || kind == u"mo_meeting" ? QStringLiteral("methodical")
                                                                                      : QStringLiteral("community");
}

QDateEdit* dateEdit(const QDate& date, QWidget* parent = nullptr)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

} // namespace

RouteBuilder::RouteBuilder(EditSession& session, qint64 diagnosticId, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_db(session.database()),
      m_diagnosticId(diagnosticId),
      m_person(new QLabel(this)),
      m_deficits(new QListWidget(this)),
      m_start(dateEdit(QDate(), this)),
      m_end(dateEdit(QDate(), this)),
      m_candidates(new QTreeWidget(this)),
      m_free(new QTableWidget(0, 3, this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("routeBuilder"));
    setWindowTitle(tr("Route (ИОМ) from a diagnostic"));
    m_person->setObjectName(QStringLiteral("personLabel"));
    m_person->setWordWrap(true);
    m_deficits->setObjectName(QStringLiteral("deficitsList"));
    m_deficits->setMaximumHeight(90);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_candidates->setObjectName(QStringLiteral("candidatesTree"));
    m_candidates->setHeaderLabels({tr("Item"), tr("Direction"), tr("Due")});
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_candidates->setColumnWidth(1, 230);
    m_candidates->setColumnWidth(2, 90);
    m_free->setObjectName(QStringLiteral("freeItemsTable"));
    m_free->setHorizontalHeaderLabels({tr("Item"), tr("Direction"), tr("Due")});
    m_free->horizontalHeader()->setSectionResizeMode(FreeTitle, QHeaderView::Stretch);
    m_free->setColumnWidth(FreeDirection, 230);
    m_free->setColumnWidth(FreeDue, 120);
    m_free->verticalHeader()->hide();
    m_free->setMaximumHeight(140);

    auto* addFree = new QPushButton(tr("Add an item"), this);
    addFree->setObjectName(QStringLiteral("addFreeItemButton"));
    connect(addFree, &QPushButton::clicked, this, [this] {
        addFreeItem(QStringLiteral("self_education"), QString(), m_end->date());
        m_free->editItem(m_free->item(m_free->rowCount() - 1, FreeTitle));
    });
    auto* removeFree = new QPushButton(tr("Remove the item"), this);
    removeFree->setObjectName(QStringLiteral("removeFreeItemButton"));
    connect(removeFree, &QPushButton::clicked, this, [this] {
        if (m_free->currentRow() >= 0)
            m_free->removeRow(m_free->currentRow());
    });
    auto* freeButtons = new QHBoxLayout;
    freeButtons->addWidget(addFree);
    freeButtons->addWidget(removeFree);
    freeButtons->addStretch(1);

    auto* period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_end);
    period->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("Person:"), m_person);
    form->addRow(tr("Deficits (the route's problems):"), m_deficits);
    form->addRow(tr("Period:"), period);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create the route"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { create(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Courses and events of the deficit areas:"), this));
    layout->addWidget(m_candidates, 1);
    layout->addWidget(new QLabel(tr("Other items:"), this));
    layout->addWidget(m_free);
    layout->addLayout(freeButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 620);

    DiagnosticRepository diagnostics(*m_db);
    const auto diagnostic = diagnostics.find(diagnosticId);
    if (!diagnostic) {
        m_person->setText(tr("The diagnostic (id %1) does not exist.").arg(diagnosticId));
        m_create->setEnabled(false);
        return;
    }
    m_personId = diagnostic->personId;
    m_diagnosticDate = diagnostic->date;
    RecordChecks checks(*m_db);
    m_organisationId = checks.mainOrganisation(m_personId, diagnostic->date);
    const auto name = checks.personName(m_personId);
    const auto unit = checks.unitName(m_organisationId);
    m_diagnosticText = formatDateRu(diagnostic->date);
    m_personName = name ? *name : QString();
    m_person->setText(tr("%1 (%2); diagnostic of %3, %4")
                          .arg(m_personName, unit ? *unit : QString(), m_diagnosticText,
                               diagnostics.references().name(ReferenceList::DiagnosticSource, diagnostic->sourceCode)));
    m_areas = diagnostic->deficitAreas();
    for (const QString& area : m_areas)
        m_deficits->addItem(diagnostics.references().name(ReferenceList::CompetenceArea, area));
    if (m_areas.isEmpty())
        m_deficits->addItem(tr("No deficits: there is nothing to build a route on."));

    m_start->setDate(diagnostic->date);
    m_end->setDate(AcademicYear::lastDay(AcademicYear::of(diagnostic->date)));
    loadCandidates();
    connect(m_start, &QDateEdit::dateChanged, this, &RouteBuilder::loadCandidates);
    connect(m_end, &QDateEdit::dateChanged, this, &RouteBuilder::loadCandidates);
}

void RouteBuilder::checkPeriod()
{
    // The core's rules for the route itself, as the period is typed (the items are checked on Create).
    Route route{.personId = m_personId, .start = m_start->date(), .end = m_end->date(), .diagnosticId = m_diagnosticId};
    m_create->setEnabled(m_error->report(RouteRepository(*m_db).validate(route)) && !m_areas.isEmpty());
}

void RouteBuilder::setNextScript(std::function<void(RouteBuilder&)> script)
{
    nextScript = std::move(script);
}

qint64 RouteBuilder::build(QWidget* parent, EditSession& session, qint64 diagnosticId)
{
    if (!session.database())
        return 0;
    RouteBuilder builder(session, diagnosticId, parent);
    if (nextScript) {
        const auto script = std::move(nextScript);
        nextScript = nullptr;
        script(builder);
        return builder.routeId();
    }
    if (MessageBox::unattended())
        return 0;
    return builder.exec() == QDialog::Accepted ? builder.routeId() : 0;
}

void RouteBuilder::setPeriod(const QDate& start, const QDate& end)
{
    const QSignalBlocker blockStart(m_start);
    const QSignalBlocker blockEnd(m_end);
    m_start->setDate(start);
    m_end->setDate(end);
    loadCandidates();
}

QTreeWidgetItem* RouteBuilder::candidate(QTreeWidgetItem* area, const QString& key, const QString& title,
                                         const QString& directionCode, const QDate& due)
{
    RouteRepository routes(*m_db);
    auto* item = new QTreeWidgetItem(area, {title, routes.references().name(ReferenceList::RouteDirection, directionCode)});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    item->setData(0, KeyRole, key);
    item->setData(0, DirectionRole, directionCode);
    item->setData(0, DueRole, due); // invalid: at the route's end
    item->setToolTip(0, title);
    return item;
}

void RouteBuilder::loadCandidates()
{
    // The checks survive a change of the period for the items still offered.
    QSet<QString> checked;
    for (int a = 0; a < m_candidates->topLevelItemCount(); ++a)
        for (int i = 0; i < m_candidates->topLevelItem(a)->childCount(); ++i)
            if (QTreeWidgetItem* item = m_candidates->topLevelItem(a)->child(i); item->checkState(0) == Qt::Checked)
                checked.insert(item->data(0, KeyRole).toString());
    m_candidates->clear();
    if (m_areas.isEmpty()) {
        checkPeriod();
        return;
    }
    const QDate start = m_start->date();
    const QDate end = m_end->date();
    CourseRepository courses(*m_db);
    EventRepository events(*m_db);
    OrgUnitRepository units(*m_db);
    ReferenceRepository references(*m_db);
    // The events a teacher can attend: organised by their organisation or a unit above it.
    QSet<qint64> organisers;
    for (auto unit = units.find(m_organisationId); unit; unit = unit->parentId ? units.find(unit->parentId) : std::nullopt)
        organisers.insert(unit->id);
    const auto region = units.region();
    const QVector<MethodicalEvent> inPeriod =
        region && end >= start ? events.list(region->id, start, end) : QVector<MethodicalEvent>();
    const QVector<CourseProgramme> programmes = courses.programmes();
    for (const QString& area : m_areas) {
        auto* top = new QTreeWidgetItem(m_candidates, {references.name(ReferenceList::CompetenceArea, area)});
        top->setFlags(Qt::ItemIsEnabled);
        for (const CourseProgramme& p : programmes) {
            if (p.competenceArea != area)
                continue;
            QString title = tr("Course «%1» (%2 h)").arg(p.title).arg(p.hours);
            QTreeWidgetItem* item = candidate(top, QStringLiteral("course:%1").arg(p.id), title, QStringLiteral("courses"), {});
            item->setToolTip(0, tr("%1; %2").arg(title, p.provider));
        }
        for (const MethodicalEvent& e : inPeriod) {
            if (e.competenceArea != area || !organisers.contains(e.orgUnitId) || e.date < start)
                continue;
            const QString title =
                tr("Taking part: %1 «%2»").arg(references.name(ReferenceList::EventKind, e.kind), e.topic);
            candidate(top, QStringLiteral("event:%1").arg(e.id), title, directionOfEvent(e.kind), e.date);
        }
        if (top->childCount() == 0) {
            auto* none = new QTreeWidgetItem(top, {tr("No courses or events of this area in the period")});
            none->setFlags(Qt::ItemIsEnabled);
        }
        for (int i = 0; i < top->childCount(); ++i)
            if (checked.contains(top->child(i)->data(0, KeyRole).toString()))
                top->child(i)->setCheckState(0, Qt::Checked);
    }
    m_candidates->expandAll();
    updateDueDates();
    checkPeriod();
}

void RouteBuilder::updateDueDates()
{
    for (int a = 0; a < m_candidates->topLevelItemCount(); ++a)
        for (int i = 0; i < m_candidates->topLevelItem(a)->childCount(); ++i) {
            QTreeWidgetItem* item = m_candidates->topLevelItem(a)->child(i);
            const QDate due = item->data(0, DueRole).toDate();
            if (!item->data(0, KeyRole).isNull())
                item->setText(2, formatDateRu(due.isValid() ? due : m_end->date()));
        }
}

int RouteBuilder::checkCandidates(const QString& titlePart)
{
    int n = 0;
    for (int a = 0; a < m_candidates->topLevelItemCount(); ++a)
        for (int i = 0; i < m_candidates->topLevelItem(a)->childCount(); ++i) {
            QTreeWidgetItem* item = m_candidates->topLevelItem(a)->child(i);
            if (!item->data(0, KeyRole).isNull() && item->text(0).contains(titlePart, Qt::CaseInsensitive)) {
                item->setCheckState(0, Qt::Checked);
                ++n;
            }
        }
    return n;
}

void RouteBuilder::addFreeItem(const QString& directionCode, const QString& title, const QDate& due)
{
    const int row = m_free->rowCount();
    m_free->insertRow(row);
    m_free->setItem(row, FreeTitle, new QTableWidgetItem(title));
    auto* direction = new QComboBox(m_free);
    for (const ReferenceItem& item : ReferenceRepository(*m_db).items(ReferenceList::RouteDirection))
        direction->addItem(item.name, item.code);
    direction->setCurrentIndex(std::max(0, direction->findData(directionCode)));
    m_free->setCellWidget(row, FreeDirection, direction);
    m_free->setCellWidget(row, FreeDue, dateEdit(due, m_free));
}

QString RouteBuilder::errorText() const
{
    return m_error->text();
}

bool RouteBuilder::create()
{
    m_routeId = 0;
    QVector<RouteItem> chosen;
    QSet<QString> keys; // a course offered under two areas is one item
    for (int a = 0; a < m_candidates->topLevelItemCount(); ++a)
        for (int i = 0; i < m_candidates->topLevelItem(a)->childCount(); ++i) {
            QTreeWidgetItem* item = m_candidates->topLevelItem(a)->child(i);
            const QString key = item->data(0, KeyRole).toString();
            if (item->checkState(0) != Qt::Checked || keys.contains(key))
                continue;
            keys.insert(key);
            const QDate due = item->data(0, DueRole).toDate();
            chosen.append(RouteItem{.directionCode = item->data(0, DirectionRole).toString(), .title = item->text(0),
                                    .dueDate = due.isValid() ? due : m_end->date()});
        }
    for (int row = 0; row < m_free->rowCount(); ++row) {
        const auto* direction = qobject_cast<QComboBox*>(m_free->cellWidget(row, FreeDirection));
        const auto* due = qobject_cast<QDateEdit*>(m_free->cellWidget(row, FreeDue));
        chosen.append(RouteItem{.directionCode = direction ? direction->currentData().toString() : QString(),
                                .title = m_free->item(row, FreeTitle) ? m_free->item(row, FreeTitle)->text() : QString(),
                                .dueDate = due ? due->date() : QDate()});
    }
    const QDate start = m_start->date();
    const QDate end = m_end->date();
    qint64 created = 0;
    RouteRepository routes(*m_db);
    const Status s = m_session.run(tr("Route from the diagnostic of %1: %2").arg(m_diagnosticText, m_personName), [&]() -> Status {
        const auto id = routes.createFromDiagnostic(m_diagnosticId, start, end);
        if (!id)
            return id.status();
        for (RouteItem& item : chosen) {
            item.routeId = *id;
            if (const auto added = routes.addItem(item); !added)
                return added.status();
        }
        created = *id;
        return Status::success();
    });
    if (!m_error->report(s))
        return false;
    m_routeId = created;
    accept();
    return true;
}
