#include "forms/formfields.h"
#include "domain/academicyear.h"
#include "domain/orgunit.h"
#include "storage/clock.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/recordchecks.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHash>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>

void onEdited(QWidget* editor, QObject* context, const std::function<void()>& edited)
{
    if (auto* picker = qobject_cast<PersonPicker*>(editor))
        QObject::connect(picker, &PersonPicker::personChanged, context, edited);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        QObject::connect(date, &QDateEdit::dateChanged, context, edited);
    else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, edited);
        if (combo->isEditable())
            QObject::connect(combo, &QComboBox::editTextChanged, context, edited);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor))
        QObject::connect(line, &QLineEdit::textChanged, context, edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, edited);
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        QObject::connect(spin, &QSpinBox::valueChanged, context, edited);
    else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor))
        QObject::connect(number, &QDoubleSpinBox::valueChanged, context, edited);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        QObject::connect(check, &QCheckBox::toggled, context, edited);
}

// --- DateField

namespace {
const QDate noDate(1900, 1, 1); // an optional field's "not set"
}

DateField::DateField(bool optional, QWidget* parent) : QDateEdit(parent), m_optional(optional)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setMinimumDate(noDate);
    setMaximumDate(QDate(2100, 12, 31));
    if (optional) {
        setSpecialValueText(tr("not set"));
        setDate(noDate);
    }
}

QDate DateField::value() const
{
    return m_optional && date() == noDate ? QDate() : date();
}

void DateField::setValue(const QDate& value)
{
    setDate(value.isValid() ? value : (m_optional ? noDate : date()));
}

// --- CodeCombo

void CodeCombo::setChoices(const QVector<Choice>& choices, bool optional)
{
    const QSignalBlocker block(this);
    const QString current = code();
    clear();
    if (optional)
        addItem(QStringLiteral("—"), QString());
    for (const auto& [code, name] : choices)
        addItem(name, code);
    setCode(current);
}

void CodeCombo::setReference(ReferenceRepository& references, ReferenceList list, bool optional)
{
    QVector<Choice> choices;
    for (const ReferenceItem& item : references.items(list))
        choices.append({item.code, item.name});
    setChoices(choices, optional);
}

QString CodeCombo::code() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

void CodeCombo::setCode(const QString& code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index < 0 ? (count() > 0 ? 0 : -1) : index);
}

QVector<CodeCombo::Choice> codeChoices(const QStringList& codes, const std::function<QString(const QString&)>& name)
{
    QVector<CodeCombo::Choice> choices;
    for (const QString& code : codes)
        choices.append({code, name(code)});
    return choices;
}

QVector<CodeCombo::Choice> statusChoices(const QString& current, const QStringList& codes,
                                         const QVector<QPair<QString, QString>>& lifecycle,
                                         const std::function<QString(const QString&)>& name)
{
    QStringList allowed{current};
    for (const QString& code : codes)
        if (code != current && lifecycle.contains({current, code}))
            allowed.append(code);
    return codeChoices(allowed, name);
}

// --- SearchCombo

SearchCombo::SearchCombo(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void SearchCombo::setEntries(const QVector<Entry>& entries)
{
    const QSignalBlocker block(this);
    clear();
    for (const auto& [id, name] : entries)
        addItem(name, id);
    setCurrentIndex(-1);
}

qint64 SearchCombo::id() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index < 0 ? 0 : itemData(index).toLongLong();
}

void SearchCombo::setId(qint64 id)
{
    setCurrentIndex(findData(id));
    if (currentIndex() < 0)
        setEditText(QString());
}

QVector<SearchCombo::Entry> unitEntries(Database& db, const QVector<int>& levels)
{
    const QVector<OrgUnit> units = OrgUnitRepository(db).all();
    QHash<qint64, QString> names;
    for (const OrgUnit& u : units)
        names.insert(u.id, u.displayName());
    QVector<SearchCombo::Entry> entries;
    for (const OrgUnit& u : units) {
        if (!levels.isEmpty() && !levels.contains(int(u.level)))
            continue;
        entries.append({u.id, u.level == UnitLevel::Organisation
                                  ? QStringLiteral("%1 (%2)").arg(u.displayName(), names.value(u.parentId))
                                  : u.displayName()});
    }
    return entries;
}

QVector<SearchCombo::Entry> academicYearEntries(const QDate& today)
{
    QVector<SearchCombo::Entry> entries;
    for (int year = AcademicYear::of(today); year >= AcademicYear::earliest; --year)
        entries.append({year, AcademicYear::text(year)});
    return entries;
}

// --- PersonPicker

PersonPicker::PersonPicker(Database& db, QWidget* parent)
    : QLineEdit(parent), m_db(db), m_persons(std::make_unique<PersonRepository>(db)),
      m_checks(std::make_unique<RecordChecks>(db)), m_units(std::make_unique<OrgUnitRepository>(db)),
      m_model(new QStandardItemModel(this))
{
    setPlaceholderText(tr("type part of the last name"));
    auto* completer = new QCompleter(m_model, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::typed);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_id = index.data(Qt::UserRole).toLongLong();
        setText(index.data().toString());
        emit personChanged();
    });
}

PersonPicker::~PersonPicker() = default;

void PersonPicker::typed(const QString& text)
{
    const bool had = m_id != 0;
    m_id = 0;
    m_model->clear();
    if (text.trimmed().size() >= 2)
        for (const auto& [personId, shown] : search(text)) {
            auto* item = new QStandardItem(shown);
            item->setData(personId, Qt::UserRole);
            m_model->appendRow(item);
        }
    if (had || !text.isEmpty())
        emit personChanged();
}

QVector<SearchCombo::Entry> PersonPicker::search(const QString& text)
{
    QVector<SearchCombo::Entry> found;
    for (const Person& p : m_persons->findByName(text, Limit))
        found.append({p.id, label(p)});
    return found;
}

QString PersonPicker::label(const Person& person)
{
    const qint64 unitId = m_checks->mainOrganisation(person.id, m_db.clock().today());
    const auto unit = unitId ? m_units->find(unitId) : std::nullopt;
    return unit ? QStringLiteral("%1 — %2").arg(person.fullName(), unit->displayName()) : person.fullName();
}

void PersonPicker::setPersonId(qint64 id)
{
    m_id = id;
    const auto person = id ? m_persons->find(id) : std::nullopt;
    setText(person ? label(*person) : QString());
    emit personChanged();
}
