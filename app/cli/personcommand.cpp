// metodist-cli person --db FILE ID|UUID|NAME [--json]: a person's history in date order.
#include "cli.h"
#include "storage/personhistory.h"
#include "storage/personrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

int runPerson(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({db, json});
    parser.addPositionalArgument(QStringLiteral("PERSON"), Cli::tr("The person's id, UUID or a part of the full name."));
    if (!Cli::parse(parser, arguments, 1, QStringLiteral("person --db FILE ID|UUID|NAME [--json]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;

    PersonRepository persons(*database);
    const QString wanted = parser.positionalArguments().first().trimmed();
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    std::optional<Person> person = isId ? persons.find(id) : persons.findByUuid(wanted);
    if (!person && !isId) {
        const QVector<Person> found = persons.findByName(wanted, 21);
        if (found.size() > 1) {
            Cli::err() << Cli::tr("Several persons match «%1»; give the id:").arg(wanted) << Qt::endl;
            for (const Person& p : found.mid(0, 20))
                Cli::err() << QStringLiteral("  %1  %2  %3").arg(p.id).arg(p.fullName(), date(p.birthDate)) << Qt::endl;
            return InvalidInput;
        }
        if (found.size() == 1)
            person = found.first();
    }
    if (!person)
        return Cli::fail(InvalidInput, Cli::tr("No person matches «%1».").arg(wanted));

    const QVector<HistoryEntry> history = PersonHistory::of(*database, person->id);
    const QString category = persons.references().categoryName(person->category);
    if (parser.isSet(json)) {
        QJsonArray lines;
        for (const HistoryEntry& h : history)
            lines.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), h.kind},
                                     {QStringLiteral("summary"), h.summary},
                                     {QStringLiteral("uuid"), h.uuid}});
        const QJsonObject o{
            {QStringLiteral("id"), person->id},
            {QStringLiteral("uuid"), person->uuid},
            {QStringLiteral("fullName"), person->fullName()},
            {QStringLiteral("birthDate"), person->birthDate.toString(Qt::ISODate)},
            {QStringLiteral("snils"), person->snils},
            {QStringLiteral("category"), category},
            {QStringLiteral("categoryExpires"), person->categoryExpires.toString(Qt::ISODate)},
            {QStringLiteral("history"), lines},
        };
        Cli::out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    Cli::out() << person->fullName() << QStringLiteral(" (id %1)").arg(person->id) << Qt::endl;
    Cli::out() << Cli::tr("Born %1; SNILS %2; category: %3").arg(date(person->birthDate), person->snils.isEmpty() ? QStringLiteral("—") : person->snils, category);
    if (person->categoryExpires.isValid())
        Cli::out() << Cli::tr(", until %1").arg(date(person->categoryExpires));
    Cli::out() << Qt::endl << Qt::endl;
    for (const HistoryEntry& h : history)
        Cli::out() << date(h.date) << QStringLiteral("  ") << h.kind << QStringLiteral(": ") << h.summary << Qt::endl;
    if (history.isEmpty())
        Cli::out() << Cli::tr("No records yet.") << Qt::endl;
    return Done;
}
