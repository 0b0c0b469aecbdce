#pragma once
// The rows of the participant picker: persons that can be checked as participants of an event,
// the already registered ones marked (and checked at first), with the role each takes. Which
// persons are checked is kept by person, not by row, so it survives a new name filter.
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Organisation, Position, Role, Registered, ColumnCount };

    struct Row {
        qint64 personId = 0;
        QString name;
        QString organisation;
        QString position;
    };
    // An existing participation of the event.
    struct Registration {
        qint64 participationId = 0;
        QString role; // a ParticipationRole code
    };

    explicit ParticipantModel(QObject* parent = nullptr);

    // The roles to choose from (code, name) and the role of newly checked persons.
    void setRoles(const QVector<QPair<QString, QString>>& roles);
    void setDefaultRole(const QString& code);
    QString defaultRole() const { return m_defaultRole; }
    // The event's participants as registered; they start checked with their roles.
    void setRegistrations(const QHash<qint64, Registration>& registrations);
    const QHash<qint64, Registration>& registrations() const { return m_registrations; }
    void setRows(const QVector<Row>& rows);
    const Row& row(int r) const { return m_rows.at(r); }

    bool isChecked(qint64 personId) const { return m_checked.contains(personId); }
    void setChecked(qint64 personId, bool checked);
    void checkAll(); // every row shown
    QString roleOf(qint64 personId) const;
    void setRole(qint64 personId, const QString& code);

    // What saving would do.
    QVector<qint64> added() const;             // checked, not registered (in the order checked)
    QVector<qint64> removed() const;           // registered, no longer checked: participation ids
    QVector<qint64> roleChanged() const;       // registered, still checked, another role: person ids
    int checkedCount() const { return int(m_checked.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void selectionChanged(); // checks or roles changed

private:
    QString roleName(const QString& code) const;

    QVector<Row> m_rows;
    QHash<qint64, Registration> m_registrations;
    QSet<qint64> m_checked;
    QVector<qint64> m_checkOrder;
    QHash<qint64, QString> m_roles; // chosen roles, by person
    QVector<QPair<QString, QString>> m_roleList;
    QString m_defaultRole = QStringLiteral("participant");
};
