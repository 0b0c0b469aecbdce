#include "participantpicker.h"
#include "editsession.h"
#include "errorlabel.h"
#include "io/fieldparsing.h"
#include "messagebox.h"
#include "participantmodel.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/subtreestaff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

std::function<void(ParticipantPicker&)> nextScript;

// The role column is chosen from the list of participation roles.
class RoleDelegate : public QStyledItemDelegate {
public:
    RoleDelegate(QVector<QPair<QString, QString>> roles, QObject* parent)
        : QStyledItemDelegate(parent), m_roles(std::move(roles))
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const auto& [code, name] : m_roles)
            combo->addItem(name, code);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }

private:
    QVector<QPair<QString, QString>> m_roles;
};

} // namespace

ParticipantPicker::ParticipantPicker(EditSession& session, qint64 eventId, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_db(session.database()),
      m_eventId(eventId),
      m_model(new ParticipantModel(this)),
      m_unit(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_error(new ErrorLabel(this)),
      m_nameDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("participantPicker"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setToolTip(tr("The staff of this unit's subtree on the event's date"));
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setPlaceholderText(tr("Search by name…"));
    m_name->setClearButtonEnabled(true);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setToolTip(tr("The role of the persons checked from now on"));
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    ReferenceRepository references(*m_db);
    QVector<QPair<QString, QString>> roles;
    for (const ReferenceItem& item : references.items(ReferenceList::ParticipationRole)) {
        roles.append({item.code, item.name});
        m_role->addItem(item.name, item.code);
    }
    m_model->setRoles(roles);
    m_role->setCurrentIndex(std::max(0, m_role->findData(m_model->defaultRole())));
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDefaultRole(m_role->currentData().toString()); });

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ParticipantModel::Role, new RoleDelegate(roles, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ParticipantModel::Name, 280);
    m_view->setColumnWidth(ParticipantModel::Organisation, 200);

    auto* all = new QPushButton(tr("Check all shown"), this);
    all->setObjectName(QStringLiteral("checkAllButton"));
    connect(all, &QPushButton::clicked, this, &ParticipantPicker::checkAllShown);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Staff of:"), this));
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_name, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(all);
    actions->addWidget(new QLabel(tr("Role of the checked:"), this));
    actions->addWidget(m_role);
    actions->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("eventLabel"));
    header->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 640);

    m_nameDelay->setSingleShot(true);
    m_nameDelay->setInterval(250);
    connect(m_name, &QLineEdit::textChanged, m_nameDelay, qOverload<>(&QTimer::start));
    connect(m_nameDelay, &QTimer::timeout, this, &ParticipantPicker::reloadRows);
    connect(m_model, &ParticipantModel::selectionChanged, this, &ParticipantPicker::updateSummary);

    EventRepository events(*m_db);
    const auto event = events.find(eventId);
    if (!event) {
        header->setText(tr("The event (id %1) does not exist.").arg(eventId));
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_topic = event->topic;
    m_eventDate = event->date;
    setWindowTitle(tr("Participants of «%1»").arg(m_topic));
    const auto organiser = RecordChecks(*m_db).unitName(event->orgUnitId);
    header->setText(tr("%1 «%2», %3; organised by %4")
                        .arg(references.name(ReferenceList::EventKind, event->kind), m_topic, formatDateRu(m_eventDate),
                             organiser ? *organiser : QString()));

    QHash<qint64, ParticipantModel::Registration> registered;
    for (const EventParticipation& p : events.participants(eventId))
        registered.insert(p.personId, {p.id, p.role});
    m_model->setRegistrations(registered);
    fillUnits(event->orgUnitId);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ParticipantPicker::reloadRows);
    reloadRows();
}

void ParticipantPicker::setNextScript(std::function<void(ParticipantPicker&)> script)
{
    nextScript = std::move(script);
}

bool ParticipantPicker::pick(QWidget* parent, EditSession& session, qint64 eventId)
{
    if (!session.database())
        return false;
    ParticipantPicker picker(session, eventId, parent);
    if (nextScript) {
        const auto script = std::move(nextScript);
        nextScript = nullptr;
        script(picker);
        return picker.saved();
    }
    if (MessageBox::unattended())
        return false;
    return picker.exec() == QDialog::Accepted;
}

// The units above the organiser, the organiser (chosen), and the units right under it.
void ParticipantPicker::fillUnits(qint64 organiserId)
{
    OrgUnitRepository units(*m_db);
    QVector<OrgUnit> above;
    for (auto unit = units.find(organiserId); unit; unit = unit->parentId ? units.find(unit->parentId) : std::nullopt)
        above.prepend(*unit);
    const QSignalBlocker block(m_unit);
    for (const OrgUnit& u : above)
        m_unit->addItem(u.displayName(), u.id);
    m_unit->setCurrentIndex(m_unit->count() - 1);
    for (const OrgUnit& child : units.children(organiserId))
        m_unit->addItem(QStringLiteral("    ") + child.displayName(), child.id);
}

void ParticipantPicker::setUnit(qint64 unitId)
{
    const int i = m_unit->findData(unitId);
    if (i >= 0)
        m_unit->setCurrentIndex(i); // reloads
}

void ParticipantPicker::setNameFilter(const QString& text)
{
    const QSignalBlocker block(m_name);
    m_name->setText(text);
    reloadRows();
}

void ParticipantPicker::checkAllShown()
{
    m_model->checkAll();
}

void ParticipantPicker::reloadRows()
{
    m_nameDelay->stop();
    if (!m_db || !m_eventDate.isValid())
        return;
    const QString filter = normaliseKey(m_name->text());
    RecordChecks checks(*m_db);
    // The registered participants first (wherever they work), then the staff of the subtree.
    QVector<ParticipantModel::Row> rows;
    QSet<qint64> listed;
    EventRepository events(*m_db);
    for (const EventParticipation& p : events.participants(m_eventId)) {
        const auto name = checks.personName(p.personId);
        if (!name || (!filter.isEmpty() && !normaliseKey(*name).contains(filter)))
            continue;
        const auto unit = checks.unitName(p.orgUnitId);
        rows.append({p.personId, *name, unit ? *unit : QString(), QString()});
        listed.insert(p.personId);
    }
    const auto staff = SubtreeStaff(*m_db).find(m_unit->currentData().toLongLong(), m_eventDate, m_name->text(), RowLimit);
    int shownStaff = 0;
    if (staff) {
        for (const StaffMember& m : *staff) {
            if (listed.contains(m.personId))
                continue;
            rows.append({m.personId, m.name, m.organisation, m.position});
            ++shownStaff;
        }
    }
    m_model->setRows(rows);
    m_view->resizeColumnToContents(ParticipantModel::Registered);
    m_error->report(staff.status());
    m_limited = staff && staff->size() >= RowLimit;
    updateSummary();
}

void ParticipantPicker::updateSummary()
{
    QString text = tr("Shown: %1").arg(m_model->rowCount());
    if (m_limited)
        text += tr(" (the first %1 of the staff: narrow the search by name)").arg(RowLimit);
    text += QStringLiteral("; ") + tr("checked: %1; to add: %2, to remove: %3")
                                       .arg(m_model->checkedCount())
                                       .arg(m_model->added().size())
                                       .arg(m_model->removed().size());
    m_summary->setText(text);
}

QString ParticipantPicker::summaryText() const
{
    return m_summary->text();
}

QString ParticipantPicker::errorText() const
{
    return m_error->text();
}

bool ParticipantPicker::save()
{
    const QVector<qint64> added = m_model->added();
    const QVector<qint64> removed = m_model->removed();
    const QVector<qint64> changed = m_model->roleChanged();
    if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
        m_saved = true;
        accept();
        return true;
    }
    QStringList what;
    if (!added.isEmpty())
        what << QStringLiteral("+%1").arg(added.size());
    if (!removed.isEmpty())
        what << QStringLiteral("−%1").arg(removed.size());
    if (!changed.isEmpty())
        what << tr("roles changed: %1").arg(changed.size());
    EventRepository events(*m_db);
    const Status s = m_session.run(tr("Participants of the event «%1»: %2").arg(m_topic, what.join(QStringLiteral(", "))),
                                   [&]() -> Status {
        for (const qint64 participationId : removed)
            if (Status r = events.removeParticipant(participationId); !r)
                return r;
        for (const qint64 personId : changed) {
            auto p = events.findParticipation(m_model->registrations().value(personId).participationId);
            if (!p)
                continue;
            p->role = m_model->roleOf(personId);
            if (Status r = events.updateParticipant(*p); !r)
                return r;
        }
        // The new participants, a list per role, in the order they were checked.
        QStringList roles;
        for (const qint64 personId : added)
            if (!roles.contains(m_model->roleOf(personId)))
                roles << m_model->roleOf(personId);
        for (const QString& role : roles) {
            QVector<qint64> persons;
            for (const qint64 personId : added)
                if (m_model->roleOf(personId) == role)
                    persons << personId;
            if (const auto n = events.addParticipants(m_eventId, persons, role); !n)
                return n.status();
        }
        return Status::success();
    });
    if (!m_error->report(s))
        return false;
    m_saved = true;
    accept();
    return true;
}
