// The form of an individual educational route (ИОМ) with its items on a second tab.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/routerepository.h"

#include <QFormLayout>
#include <algorithm>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>

namespace {
enum ItemColumn { Direction, Title, Due, ItemStatus, CompletedOn, Evidence };
enum ProblemColumn { ProblemArea, ProblemText };
enum ReviewColumn { ReviewDate, ReviewNotes };

// Parts shown as the rows of a table: those no longer in it are deleted, the others updated,
// new rows added.
template <class Part>
Status saveRows(const QVector<Part>& old, const RowsTable& rows, const std::function<Part(int)>& partAt,
                const std::function<Status(qint64)>& remove, const std::function<Status(const Part&)>& update,
                const std::function<Result<qint64>(Part&)>& add)
{
    QSet<qint64> kept;
    for (int row = 0; row < rows.rowCount(); ++row)
        kept.insert(rows.rowId(row));
    for (const Part& part : old)
        if (!kept.contains(part.id))
            if (Status s = remove(part.id); !s)
                return s;
    for (int row = 0; row < rows.rowCount(); ++row) {
        Part part = partAt(row);
        if (part.id) {
            if (Status s = update(part); !s)
                return s;
        } else if (auto added = add(part); !added) {
            return added.status();
        }
    }
    return Status::success();
}
} // namespace

// Problems have no update: an edited row replaces its problem, keeping the link to the
// diagnostic's result while the area stays the same.
Status KindForms::saveProblems(RouteRepository& routes, qint64 routeId, const QVector<RouteProblem>& old, const RowsTable& rows)
{
    QVector<RouteProblem> wanted;
    for (int row = 0; row < rows.rowCount(); ++row) {
        RouteProblem p;
        p.routeId = routeId;
        p.areaCode = rows.cell<CodeCombo>(row, ProblemArea)->code();
        p.description = rows.cell<QLineEdit>(row, ProblemText)->text().simplified();
        for (const RouteProblem& o : old)
            if (o.id == rows.rowId(row)) {
                p.id = o.id;
                p.diagnosticResultId = o.areaCode == p.areaCode ? o.diagnosticResultId : 0;
                if (o.areaCode == p.areaCode && o.description == p.description)
                    p.uuid = o.uuid; // unchanged
            }
        wanted.append(p);
    }
    for (const RouteProblem& o : old) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(), [&](const RouteProblem& p) { return p.uuid == o.uuid && p.id == o.id; });
        if (!kept)
            if (Status s = routes.removeProblem(o.id); !s)
                return s;
    }
    for (RouteProblem& p : wanted) {
        if (!p.uuid.isEmpty())
            continue;
        p.id = 0;
        if (auto added = routes.addProblem(p); !added)
            return added.status();
    }
    return Status::success();
}

qint64 KindForms::route(FormContext& c, qint64 id, qint64)
{
    RouteRepository routes(c.db);
    const Route original = id ? routes.find(id).value_or(Route{}) : Route{};
    if (id && original.id == 0)
        return 0;
    const QDate today = c.today();
    const QString title = id ? tr("Edit route") : tr("New route");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* person = dialog.add(main, tr("Person"), new PersonPicker(c.db), "person");
    dialog.require(person);
    auto* start = dialog.add(main, tr("Start"), new DateField(false), "start");
    auto* end = dialog.add(main, tr("End"), new DateField(true), "end");
    auto* status = dialog.add(main, tr("Status"), new CodeCombo, "status");
    auto* goals = dialog.add(main, tr("Goals"), new QPlainTextEdit, "goals");
    auto* skills = dialog.add(main, tr("Skills to develop"), new QPlainTextEdit, "skills");
    auto* responsible = dialog.add(main, tr("Responsible"), new PersonPicker(c.db), "responsible");
    ReferenceRepository& references = routes.references();
    auto* items = new RowsTable({
        {tr("Direction"), [&references] { auto* d = new CodeCombo; d->setReference(references, ReferenceList::RouteDirection); return d; }},
        {tr("Item"), [] { return new QLineEdit; }},
        {tr("Due"), [today] { auto* d = new DateField(false); d->setValue(today); return d; }},
        {tr("Status"), [] { auto* s = new CodeCombo; s->setChoices(codeChoices(RouteItemStatuses::codes(), &RouteItemStatuses::name)); return s; }},
        {tr("Done on"), [] { return new DateField(true); }},
        {tr("Evidence"), [] { return new QLineEdit; }},
    });
    dialog.addWide(dialog.page(tr("Items")), {}, items, "items");
    auto* problems = new RowsTable({
        {tr("Competence area"), [&references] { auto* a = new CodeCombo; a->setReference(references, ReferenceList::CompetenceArea); return a; }},
        {tr("Problem"), [] { return new QLineEdit; }},
    });
    dialog.addWide(dialog.page(tr("Problems")), {}, problems, "problems");
    auto* reviews = new RowsTable({
        {tr("Date"), [today] { auto* d = new DateField(false); d->setValue(today); return d; }},
        {tr("Notes"), [] { return new QLineEdit; }},
    });
    dialog.addWide(dialog.page(tr("Reviews")), {}, reviews, "reviews");

    status->setChoices(statusChoices(original.status, RouteStatuses::codes(), RouteStatuses::lifecycle(), &RouteStatuses::name));
    status->setCode(original.status);
    person->setPersonId(original.personId);
    start->setValue(id ? original.start : today);
    end->setValue(original.end);
    goals->setPlainText(original.goals);
    skills->setPlainText(original.skills);
    responsible->setPersonId(original.responsibleId);
    const QVector<RouteItem> oldItems = id ? routes.items(id) : QVector<RouteItem>{};
    for (const RouteItem& item : oldItems) {
        const int row = items->addRow(item.id);
        items->cell<CodeCombo>(row, Direction)->setCode(item.directionCode);
        items->cell<QLineEdit>(row, Title)->setText(item.title);
        items->cell<DateField>(row, Due)->setValue(item.dueDate);
        items->cell<CodeCombo>(row, ItemStatus)->setCode(item.status);
        items->cell<DateField>(row, CompletedOn)->setValue(item.completedOn);
        items->cell<QLineEdit>(row, Evidence)->setText(item.evidence);
    }

    const QVector<RouteProblem> oldProblems = id ? routes.problems(id) : QVector<RouteProblem>{};
    for (const RouteProblem& problem : oldProblems) {
        const int row = problems->addRow(problem.id);
        problems->cell<CodeCombo>(row, ProblemArea)->setCode(problem.areaCode);
        problems->cell<QLineEdit>(row, ProblemText)->setText(problem.description);
    }
    const QVector<RouteReview> oldReviews = id ? routes.reviews(id) : QVector<RouteReview>{};
    for (const RouteReview& review : oldReviews) {
        const int row = reviews->addRow(review.id);
        reviews->cell<DateField>(row, ReviewDate)->setValue(review.date);
        reviews->cell<QLineEdit>(row, ReviewNotes)->setText(review.notes);
    }

    const auto build = [&] {
        Route r = original;
        r.personId = person->personId();
        r.start = start->value();
        r.end = end->value();
        r.status = status->code();
        r.goals = goals->toPlainText();
        r.skills = skills->toPlainText();
        r.responsibleId = responsible->personId();
        r.unitId = keptUnit(original.unitId, original.personId, r.personId, original.start, r.start);
        return r;
    };
    const auto itemAt = [&](int row, qint64 routeId) {
        RouteItem item;
        for (const RouteItem& old : oldItems)
            if (old.id == items->rowId(row))
                item = old;
        item.routeId = routeId;
        item.directionCode = items->cell<CodeCombo>(row, Direction)->code();
        item.title = items->cell<QLineEdit>(row, Title)->text();
        item.dueDate = items->cell<DateField>(row, Due)->value();
        item.status = items->cell<CodeCombo>(row, ItemStatus)->code();
        item.completedOn = items->cell<DateField>(row, CompletedOn)->value();
        item.evidence = items->cell<QLineEdit>(row, Evidence)->text();
        return item;
    };
    const auto reviewAt = [&](int row, qint64 routeId) {
        RouteReview review;
        for (const RouteReview& old : oldReviews)
            if (old.id == reviews->rowId(row))
                review = old;
        review.routeId = routeId;
        review.date = reviews->cell<DateField>(row, ReviewDate)->value();
        review.notes = reviews->cell<QLineEdit>(row, ReviewNotes)->text();
        return review;
    };
    dialog.setCheck([&]() -> Status {
        Route r = build();
        if (Status s = routes.validate(r); !s)
            return s;
        for (int row = 0; row < items->rowCount(); ++row) {
            RouteItem item = itemAt(row, r.id);
            if (Status s = routes.validateItem(item, r); !s)
                return Status::failure(tr("Item %1: %2").arg(row + 1).arg(s.error()));
        }
        for (int row = 0; row < reviews->rowCount(); ++row) {
            RouteReview review = reviewAt(row, r.id);
            if (Status s = routes.validateReview(review, r); !s)
                return s;
        }
        return Status::success();
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Route r = build();
            if (id) {
                if (Status s = routes.update(r); !s)
                    return Result<qint64>(s);
            } else if (auto inserted = routes.insert(r); !inserted) {
                return inserted;
            }
            const auto itemOf = [&](int row) { return itemAt(row, r.id); };
            if (Status s = saveRows<RouteItem>(oldItems, *items, itemOf, [&](qint64 partId) { return routes.removeItem(partId); },
                                               [&](const RouteItem& item) { return routes.updateItem(item); },
                                               [&](RouteItem& item) { return routes.addItem(item); });
                !s)
                return Result<qint64>(s);
            if (Status s = saveProblems(routes, r.id, oldProblems, *problems); !s)
                return Result<qint64>(s);
            const auto reviewOf = [&](int row) { return reviewAt(row, r.id); };
            if (Status s = saveRows<RouteReview>(oldReviews, *reviews, reviewOf, [&](qint64 partId) { return routes.removeReview(partId); },
                                                 [&](const RouteReview& review) { return routes.updateReview(review); },
                                                 [&](RouteReview& review) { return routes.addReview(review); });
                !s)
                return Result<qint64>(s);
            return r.id;
        });
    });
    return dialog.run() ? saved : 0;
}
