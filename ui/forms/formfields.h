#pragma once
// The typed editors of the record forms: a date that may be "not set", a list of codes with
// their names (reference lists, statuses), a searchable list of records (units, programmes) and
// a person picker that searches the staff by name in SQL, never loading everyone.
#include "storage/referencerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPair>
#include <QVector>
#include <functional>
#include <memory>

class Database;
class OrgUnitRepository;
class PersonRepository;
class QStandardItemModel;
class RecordChecks;
struct Person;

// Calls `edited` whenever the user changes the editor (any of the editors of this file or a Qt
// text, number, check or combo box).
void onEdited(QWidget* editor, QObject* context, const std::function<void()>& edited);

// A date; an optional one shows "not set" until given (its lowest value means none).
class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(bool optional, QWidget* parent = nullptr);
    QDate value() const; // invalid when not set
    void setValue(const QDate& date);
    bool isOptional() const { return m_optional; }

private:
    bool m_optional;
};

// One of several codes, shown by name; optionally with an empty first choice ("—").
class CodeCombo : public QComboBox {
    Q_OBJECT
public:
    using Choice = QPair<QString, QString>; // code, name
    explicit CodeCombo(QWidget* parent = nullptr) : QComboBox(parent) {}
    void setChoices(const QVector<Choice>& choices, bool optional = false);
    void setReference(ReferenceRepository& references, ReferenceList list, bool optional = false);
    QString code() const;
    void setCode(const QString& code); // an unknown code is added so that nothing is lost
};

// Codes in `codes` order with their names, as choices.
QVector<CodeCombo::Choice> codeChoices(const QStringList& codes, const std::function<QString(const QString&)>& name);
// The statuses a record in `current` may move to (current first), along the lifecycle's
// (from, to) pairs.
QVector<CodeCombo::Choice> statusChoices(const QString& current, const QStringList& codes,
                                         const QVector<QPair<QString, QString>>& lifecycle,
                                         const std::function<QString(const QString&)>& name);

// One record of a list (a unit, a programme, an academic year), found by typing part of its name.
class SearchCombo : public QComboBox {
    Q_OBJECT
public:
    using Entry = QPair<qint64, QString>; // id, name
    explicit SearchCombo(QWidget* parent = nullptr);
    void setEntries(const QVector<Entry>& entries);
    qint64 id() const; // 0 when nothing of the list is chosen
    void setId(qint64 id);
};

// The units of the tree as entries (of the given levels; all when empty), with the name of
// their parent for organisations ("СОШ № 1 г. Асино (Асиновский район)").
QVector<SearchCombo::Entry> unitEntries(Database& db, const QVector<int>& levels = {});
// Academic years from the earliest to the current one, newest first ("2024/25").
QVector<SearchCombo::Entry> academicYearEntries(const QDate& today);

// A person chosen by typing part of their name: the list under the field shows up to Limit
// matches as "Фамилия Имя Отчество — школа" (one SQL LIKE with a limit).
class PersonPicker : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int Limit = 30;
    PersonPicker(Database& db, QWidget* parent = nullptr);
    ~PersonPicker() override;
    qint64 personId() const { return m_id; }
    void setPersonId(qint64 id);
    // Persons whose name contains the text, as (id, label), by name.
    QVector<SearchCombo::Entry> search(const QString& text);
    // Text typed but no person chosen from the list.
    bool isPending() const { return m_id == 0 && !text().trimmed().isEmpty(); }

signals:
    void personChanged();

private:
    void typed(const QString& text);
    QString label(const Person& person); // "Фамилия Имя Отчество — школа" (their main organisation today)
    Database& m_db;
    std::unique_ptr<PersonRepository> m_persons;
    std::unique_ptr<RecordChecks> m_checks;
    std::unique_ptr<OrgUnitRepository> m_units;
    QStandardItemModel* m_model;
    qint64 m_id = 0;
};
