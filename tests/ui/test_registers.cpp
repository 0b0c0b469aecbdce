// The registers of the record kinds (ui/registerpanel, ui/recordtablemodel) on the small tree
// of RegisterFixture (today 15.03.2025): the rows of a subtree and a period, worked out by hand
// in the comments; filtering, sorting, the count line, refresh after a write; and in the
// window: sections, the shared period, the column chooser remembered in the settings.
#include "../core/registerfixture.h"
#include "mainwindow.h"
#include "modelchecker.h"
#include "recordtablemodel.h"
#include "registerpanel.h"
#include "settings.h"
#include "storage/riskrepository.h"
#include "unittreeview.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <catch2/catch.hpp>

namespace {

QStringList texts(std::initializer_list<const char*> utf8)
{
    QStringList list;
    for (const char* text : utf8)
        list << QString::fromUtf8(text);
    return list;
}

QVector<qint64> shownIds(const RegisterPanel& panel)
{
    QVector<qint64> ids;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        ids << panel.model()->recordId(row);
    return ids;
}

QStringList shownColumn(const RegisterPanel& panel, const char* id)
{
    const int column = panel.model()->spec().columnIndex(QString::fromLatin1(id));
    REQUIRE(column >= 0);
    QStringList texts;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        texts << panel.model()->index(row, column).data().toString();
    return texts;
}

QStringList headers(const RegisterPanel& panel)
{
    QStringList texts;
    for (int column = 0; column < panel.model()->columnCount(); ++column)
        texts << panel.model()->headerData(column, Qt::Horizontal).toString();
    return texts;
}

void search(RegisterPanel& panel, const QString& text, int expectedRows)
{
    panel.textFilter()->setText(text);
    CHECK(panel.model()->filter().text != text); // not at once: after a pause in typing
    REQUIRE(QTest::qWaitFor([&] { return panel.model()->filter().text == text; }, 2000));
    CHECK(panel.model()->rowCount() == expectedRows);
}

void chooseStatus(RegisterPanel& panel, const QString& code)
{
    const int index = panel.statusFilter()->findData(code);
    REQUIRE(index >= 0);
    panel.statusFilter()->setCurrentIndex(index);
}

struct Panel {
    Panel(RegisterFixture& f, RecordKind kind) : panel(kind), checker(panel.model())
    {
        panel.setDatabase(f.db.get());
        panel.setPeriod(RegisterPeriod::academicYear(2024));
        panel.setRootUnit(f.region);
    }
    ~Panel() { CHECK(checker.complaints().isEmpty()); }
    RegisterPanel panel;
    ModelChecker checker;
};

const QString year2425 = QStringLiteral("2024/25 учебный год");

} // namespace

TEST_CASE("the routes register: subtree, period, status, search, sorting, count", "[ui][registers]")
{
    RegisterFixture f;
    // r1 runs through 2024/25; r2 ended before it (30.06.2024); r3 has no end (still running);
    // r4 starts in it.
    const qint64 r1 = f.add("route", {{"org_unit_id", f.schoolA}, {"person_id", f.ivanova}, {"start_date", "2024-09-15"},
                                      {"end_date", "2025-05-31"}, {"status", "active"}, {"goals", "Формирующее оценивание"}});
    const qint64 r2 = f.add("route", {{"org_unit_id", f.schoolB}, {"person_id", f.petrov}, {"start_date", "2023-10-01"},
                                      {"end_date", "2024-06-30"}, {"status", "completed_successfully"}});
    const qint64 r3 = f.add("route", {{"org_unit_id", f.schoolC}, {"person_id", f.sidorova}, {"start_date", "2024-01-10"},
                                      {"status", "draft"}});
    const qint64 r4 = f.add("route", {{"org_unit_id", f.schoolB}, {"person_id", f.petrov}, {"start_date", "2025-01-20"},
                                      {"end_date", "2025-12-31"}, {"status", "draft"}, {"goals", "Ёмкие задания"}});
    f.add("route_item", {{"route_id", r1}, {"direction_code", "courses"}, {"title", "Курсы"}, {"due_date", "2024-12-01"},
                         {"status", "done"}});
    f.add("route_item", {{"route_id", r1}, {"direction_code", "community"}, {"title", "Семинар"}, {"due_date", "2025-02-01"},
                         {"status", "planned"}});
    Panel p(f, RecordKind::Route);
    RegisterPanel& panel = p.panel;

    CHECK(headers(panel).mid(0, 5) == texts({"Педагог", "Организация", "Начало", "Окончание", "Статус"}));
    // The region in 2024/25, by name: Иванова (r1), Петров (r4), Сидорова (r3).
    CHECK(shownIds(panel) == QVector<qint64>{r1, r4, r3});
    CHECK(shownColumn(panel, "person") == texts({"Иванова А. П.", "Петров Б.", "Сидорова В. И."}));
    CHECK(shownColumn(panel, "unit") == texts({"Школа А", "Школа Б", "Школа В"}));
    CHECK(shownColumn(panel, "start") == texts({"15.09.2024", "20.01.2025", "10.01.2024"}));
    CHECK(shownColumn(panel, "end") == texts({"31.05.2025", "31.12.2025", ""}));
    CHECK(shownColumn(panel, "status") == texts({"действует", "черновик", "черновик"}));
    CHECK(shownColumn(panel, "items") == texts({"2", "0", "0"}));
    CHECK(shownColumn(panel, "done") == texts({"1", "0", "0"}));
    CHECK(panel.countLabel()->text() == QStringLiteral("Записей: 3"));
    CHECK(panel.view()->horizontalHeader()->isSectionHidden(panel.model()->spec().columnIndex(QStringLiteral("done"))));

    // The municipality M holds schools A and B.
    panel.setRootUnit(f.municipality);
    CHECK(shownIds(panel) == QVector<qint64>{r1, r4});
    panel.setRootUnit(f.region);
    // All years add r2; Петров's two routes by id.
    panel.setPeriod(RegisterPeriod::all());
    CHECK(shownIds(panel) == QVector<qint64>{r1, r2, r4, r3});
    CHECK(panel.countLabel()->text() == QStringLiteral("Записей: 4"));
    // The calendar year 2024: r4 starts in 2025.
    panel.setPeriod(RegisterPeriod::calendarYear(2024));
    CHECK(shownIds(panel) == QVector<qint64>{r1, r2, r3});
    panel.setPeriod(RegisterPeriod::academicYear(2024));

    // The status filter: drafts.
    CHECK(panel.statusFilter()->isVisibleTo(&panel));
    CHECK(panel.statusFilter()->itemText(0) == QStringLiteral("Все статусы"));
    chooseStatus(panel, QStringLiteral("draft"));
    CHECK(shownIds(panel) == QVector<qint64>{r4, r3});
    chooseStatus(panel, QString());
    CHECK(shownIds(panel) == QVector<qint64>{r1, r4, r3});

    // The search: goals without ё and in lower case find «Ёмкие задания»; names ignore case.
    search(panel, QStringLiteral("емкие"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{r4});
    search(panel, QStringLiteral("СИДОР"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{r3});
    search(panel, QStringLiteral("школа б"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{r4});
    search(panel, QString(), 3);

    // Sorting by status follows the lifecycle: drafts (by name: Петров, Сидорова), then active.
    const int status = panel.model()->spec().columnIndex(QStringLiteral("status"));
    panel.view()->sortByColumn(status, Qt::AscendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{r4, r3, r1});
    panel.view()->sortByColumn(status, Qt::DescendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{r1, r4, r3});
    // By start date, the newest first.
    panel.view()->sortByColumn(panel.model()->spec().columnIndex(QStringLiteral("start")), Qt::DescendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{r4, r1, r3});
}

TEST_CASE("the diagnostics register: by date, the newest first", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 d1 = f.add("diagnostic", {{"org_unit_id", f.schoolA}, {"person_id", f.ivanova}, {"diagnosed_on", "2024-10-10"},
                                           {"source_code", "cnppm"}});
    const qint64 d2 = f.add("diagnostic", {{"org_unit_id", f.schoolB}, {"person_id", f.petrov}, {"diagnosed_on", "2025-02-01"},
                                           {"source_code", "school"}});
    const qint64 d3 = f.add("diagnostic", {{"org_unit_id", f.schoolA}, {"person_id", f.ivanova}, {"diagnosed_on", "2024-05-20"},
                                           {"source_code", "self"}});
    const qint64 d4 = f.add("diagnostic", {{"org_unit_id", f.schoolC}, {"person_id", f.sidorova}, {"diagnosed_on", "2024-11-11"},
                                           {"source_code", "cnppm"}});
    for (const char* area : {"digital", "methodical"})
        f.link("diagnostic_result", {{"diagnostic_id", d1}, {"area_code", area}, {"level", "low"}, {"deficit", 1}});
    f.link("diagnostic_result", {{"diagnostic_id", d1}, {"area_code", "subject"}, {"level", "high"}, {"deficit", 0}});
    Panel p(f, RecordKind::Diagnostic);
    RegisterPanel& panel = p.panel;

    // 2024/25 in the region: 01.02.2025, 11.11.2024, 10.10.2024 (d3 is in 2023/24).
    CHECK(shownIds(panel) == QVector<qint64>{d2, d4, d1});
    CHECK(shownColumn(panel, "date") == texts({"01.02.2025", "11.11.2024", "10.10.2024"}));
    CHECK(shownColumn(panel, "source") == texts({"образовательная организация", "ЦНППМ", "ЦНППМ"}));
    CHECK(shownColumn(panel, "deficits") == texts({"0", "0", "2"})); // d1: two areas with a deficit
    CHECK_FALSE(panel.statusFilter()->isVisibleTo(&panel)); // diagnostics have no status
    panel.setRootUnit(f.municipality);
    CHECK(shownIds(panel) == QVector<qint64>{d2, d1});
    panel.setPeriod(RegisterPeriod::all());
    CHECK(shownIds(panel) == QVector<qint64>{d2, d1, d3});
    panel.setRootUnit(f.region);
    panel.setPeriod(RegisterPeriod::calendarYear(2024));
    CHECK(shownIds(panel) == QVector<qint64>{d4, d1, d3});
    // By name: Иванова's two (ties in the default order, the newest first), Петров, Сидорова.
    panel.setPeriod(RegisterPeriod::all());
    panel.view()->sortByColumn(panel.model()->spec().columnIndex(QStringLiteral("person")), Qt::AscendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{d1, d3, d2, d4});
    search(panel, QStringLiteral("петров"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{d2});
}

TEST_CASE("the events register: organised in the subtree, by date", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 e1 = f.add("methodical_event", {{"org_unit_id", f.municipality}, {"kind", "seminar"}, {"level", "municipal"},
                                                 {"start_date", "2024-10-05"}, {"topic", "Функциональная грамотность"}});
    const qint64 e2 = f.add("methodical_event", {{"org_unit_id", f.region}, {"kind", "conference"}, {"level", "regional"},
                                                 {"start_date", "2025-03-01"}, {"end_date", "2025-03-02"}, {"topic", "Наставничество в школе"}});
    const qint64 e3 = f.add("methodical_event", {{"org_unit_id", f.schoolA}, {"kind", "webinar"}, {"level", "school"},
                                                 {"start_date", "2024-08-25"}, {"topic", "Цифровые ресурсы"}});
    const qint64 e4 = f.add("methodical_event", {{"org_unit_id", f.schoolC}, {"kind", "master_class"}, {"level", "school"},
                                                 {"start_date", "2024-12-12"}, {"topic", "Проектная деятельность"}});
    for (const qint64 person : {f.ivanova, f.petrov})
        f.add("event_participation", {{"org_unit_id", f.schoolA}, {"event_id", e1}, {"person_id", person}, {"role", "participant"}});
    Panel p(f, RecordKind::Event);
    RegisterPanel& panel = p.panel;

    // 2024/25 in the region, the newest first; e3 (25.08.2024) belongs to 2023/24.
    CHECK(shownIds(panel) == QVector<qint64>{e2, e4, e1});
    CHECK(shownColumn(panel, "topic") == texts({"Наставничество в школе", "Проектная деятельность", "Функциональная грамотность"}));
    CHECK(shownColumn(panel, "kind") == texts({"конференция", "мастер-класс", "семинар"}));
    CHECK(shownColumn(panel, "level") == texts({"региональный", "школьный", "муниципальный"}));
    CHECK(shownColumn(panel, "unit") == texts({"Регион", "Школа В", "Район"}));
    CHECK(shownColumn(panel, "participants") == texts({"0", "0", "2"}));
    // Organised in the municipality M (M, A, B): e1 in 2024/25, e3 too in all years.
    panel.setRootUnit(f.municipality);
    CHECK(shownIds(panel) == QVector<qint64>{e1});
    panel.setPeriod(RegisterPeriod::all());
    CHECK(shownIds(panel) == QVector<qint64>{e1, e3});
    panel.setRootUnit(f.region);
    panel.setPeriod(RegisterPeriod::calendarYear(2024));
    CHECK(shownIds(panel) == QVector<qint64>{e4, e1, e3});
    // The topic, in any case: «грамотность», «ГРАМОТНОСТЬ».
    search(panel, QStringLiteral("ГРАМОТНОСТЬ"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{e1});
    search(panel, QString(), 3);
    // By topic, А to Я.
    panel.view()->sortByColumn(panel.model()->spec().columnIndex(QStringLiteral("topic")), Qt::AscendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{e4, e1, e3});
}

TEST_CASE("the course completions register: completed in the period", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 p1 = f.add("course_programme", {{"org_unit_id", f.region}, {"title", "Методика преподавания"}, {"hours", 36},
                                                 {"form", "distance"}});
    const qint64 p2 = f.add("course_programme", {{"org_unit_id", f.region}, {"title", "Цифровая школа"}, {"hours", 72},
                                                 {"form", "in_person"}});
    const qint64 c1 = f.add("course_completion", {{"org_unit_id", f.schoolA}, {"programme_id", p1}, {"person_id", f.ivanova},
                                                  {"start_date", "2024-10-01"}, {"end_date", "2024-10-20"}});
    const qint64 c2 = f.add("course_completion", {{"org_unit_id", f.schoolB}, {"programme_id", p2}, {"person_id", f.petrov},
                                                  {"start_date", "2025-01-10"}, {"end_date", "2025-02-15"}, {"certificate", "№ 123"}});
    const qint64 c3 = f.add("course_completion", {{"org_unit_id", f.schoolC}, {"programme_id", p1}, {"person_id", f.sidorova},
                                                  {"start_date", "2024-06-01"}, {"end_date", "2024-06-20"}});
    Panel p(f, RecordKind::CourseCompletion);
    RegisterPanel& panel = p.panel;

    // Completed in 2024/25, the latest first: c2 (15.02.2025), c1 (20.10.2024); c3 in 2023/24.
    CHECK(shownIds(panel) == QVector<qint64>{c2, c1});
    CHECK(shownColumn(panel, "programme") == texts({"Цифровая школа", "Методика преподавания"}));
    CHECK(shownColumn(panel, "hours") == texts({"72", "36"}));
    CHECK(shownColumn(panel, "certificate") == texts({"№ 123", ""}));
    panel.setPeriod(RegisterPeriod::calendarYear(2024));
    CHECK(shownIds(panel) == QVector<qint64>{c1, c3});
    panel.setPeriod(RegisterPeriod::all());
    search(panel, QStringLiteral("цифров"), 1);
    CHECK(shownIds(panel) == QVector<qint64>{c2});
    search(panel, QString(), 3);
    // By hours, most first; the tie of 36 hours by completion, the latest first.
    panel.view()->sortByColumn(panel.model()->spec().columnIndex(QStringLiteral("hours")), Qt::DescendingOrder);
    CHECK(shownIds(panel) == QVector<qint64>{c2, c1, c3});
}

TEST_CASE("the mentoring register: programmes running in the period, by mentor", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 m1 = f.add("mentoring_programme", {{"org_unit_id", f.schoolC}, {"mentor_id", f.sidorova},
                                                    {"form_code", "teacher_teacher"}, {"type_code", "traditional"},
                                                    {"start_date", "2024-09-01"}, {"end_date", "2025-06-30"}, {"status", "active"}});
    f.add("mentoring_programme", {{"org_unit_id", f.schoolA}, {"mentor_id", f.ivanova}, {"form_code", "teacher_teacher"},
                                  {"type_code", "group"}, {"start_date", "2022-09-01"}, {"end_date", "2023-06-30"},
                                  {"status", "completed_successfully"}});
    const qint64 m3 = f.add("mentoring_programme", {{"org_unit_id", f.schoolB}, {"mentor_id", f.petrov},
                                                    {"form_code", "head_teacher"}, {"type_code", "traditional"},
                                                    {"start_date", "2024-10-01"}, {"status", "draft"}});
    f.add("mentoring_mentee", {{"programme_id", m1}, {"person_id", f.ivanova}, {"joined_on", "2024-09-01"}});
    Panel p(f, RecordKind::Mentoring);
    RegisterPanel& panel = p.panel;

    // Running in 2024/25: m1 and m3 (open-ended); by mentor: Петров, Сидорова.
    CHECK(shownIds(panel) == QVector<qint64>{m3, m1});
    CHECK(shownColumn(panel, "mentor") == texts({"Петров Б.", "Сидорова В. И."}));
    CHECK(shownColumn(panel, "form") == texts({"руководитель – педагог", "педагог – педагог"}));
    CHECK(shownColumn(panel, "mentees") == texts({"0", "1"}));
    chooseStatus(panel, QStringLiteral("active"));
    CHECK(shownIds(panel) == QVector<qint64>{m1});
    CHECK(panel.countLabel()->text() == QStringLiteral("Записей: 1"));
    chooseStatus(panel, QStringLiteral("completed_successfully"));
    CHECK(shownIds(panel).isEmpty());
    panel.setPeriod(RegisterPeriod::all());
    CHECK(shownIds(panel).size() == 1);
}

TEST_CASE("the risks register: open risks stay, and a write shows at once with the current row kept", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 k1 = f.add("risk", {{"org_unit_id", f.municipality}, {"description", "Формальный подход к ИОМ"},
                                     {"status", "open"}, {"identified_on", "2024-09-10"}, {"owner_text", "МКМС"}});
    const qint64 k2 = f.add("risk", {{"org_unit_id", f.region}, {"description", "Нехватка наставников"}, {"status", "mitigated"},
                                     {"identified_on", "2023-11-01"}, {"owner_id", f.ivanova}});
    const qint64 k3 = f.add("risk", {{"org_unit_id", f.region}, {"description", "Срыв курсов"}, {"status", "closed"},
                                     {"identified_on", "2023-12-01"}});
    const qint64 k4 = f.add("risk", {{"org_unit_id", f.schoolA}, {"description", "Выгорание"}, {"status", "occurred"},
                                     {"identified_on", "2025-02-02"}});
    Panel p(f, RecordKind::Risk);
    RegisterPanel& panel = p.panel;

    // 2024/25: k4, k1 identified in it, k2 from 2023 still not closed; the closed k3 is not.
    CHECK(shownIds(panel) == QVector<qint64>{k4, k1, k2});
    CHECK(shownColumn(panel, "owner") == texts({"", "МКМС", "Иванова А. П."}));
    CHECK(shownColumn(panel, "status") == texts({"наступил", "открыт", "снижен"}));
    panel.setRootUnit(f.municipality);
    CHECK(shownIds(panel) == QVector<qint64>{k4, k1});
    panel.setRootUnit(f.region);
    panel.setPeriod(RegisterPeriod::academicYear(2023));
    CHECK(shownIds(panel) == QVector<qint64>{k3, k2});
    panel.setPeriod(RegisterPeriod::all());
    chooseStatus(panel, QStringLiteral("closed"));
    CHECK(shownIds(panel) == QVector<qint64>{k3});
    chooseStatus(panel, QString());
    panel.setPeriod(RegisterPeriod::academicYear(2024));

    // k1 is current; a new risk of 10.03.2025 is written: it comes first, k1 stays current.
    panel.selectRecord(k1);
    CHECK(panel.currentId() == k1);
    Risk risk;
    risk.orgUnitId = f.schoolA;
    risk.description = QStringLiteral("Отток молодых педагогов");
    risk.identifiedOn = QDate(2025, 3, 10);
    const auto added = RiskRepository(*f.db).insert(risk);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK(shownIds(panel) == QVector<qint64>{*added, k4, k1, k2});
    CHECK(panel.currentId() == k1);
    CHECK(panel.countLabel()->text() == QStringLiteral("Записей: 4"));

    // An inactive register reads the write only when shown again.
    panel.setActive(false);
    REQUIRE(RiskRepository(*f.db).remove(*added).ok());
    CHECK(shownIds(panel).size() == 4);
    panel.setActive(true);
    CHECK(shownIds(panel) == QVector<qint64>{k4, k1, k2});
}

TEST_CASE("the register's actions: the forms' seam, and actions added by other parts", "[ui][registers]")
{
    RegisterFixture f;
    const qint64 k1 = f.add("risk", {{"org_unit_id", f.schoolA}, {"description", "Риск"}, {"status", "open"},
                                     {"identified_on", "2024-09-10"}});
    Panel p(f, RecordKind::Risk);
    RegisterPanel& panel = p.panel;
    // No forms given: nothing can be created, edited or deleted.
    CHECK_FALSE(panel.createAction()->isEnabled());
    CHECK(panel.createAction()->shortcut() == QKeySequence(Qt::Key_Insert));
    CHECK(panel.removeAction()->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(panel.createAction()->text() == QStringLiteral("Создать"));

    qint64 opened = 0;
    QAction* card = panel.addRecordAction(QStringLiteral("Карточка"), [&](qint64 id) { opened = id; });
    CHECK(panel.toolBar()->actions().contains(card));
    CHECK_FALSE(card->isEnabled()); // no current record
    panel.selectRecord(k1);
    CHECK(card->isEnabled());
    card->trigger();
    CHECK(opened == k1);
}

TEST_CASE("the window: sections, the shared period, and columns remembered", "[ui][registers][window]")
{
    RegisterFixture f;
    const qint64 r1 = f.add("route", {{"org_unit_id", f.schoolA}, {"person_id", f.ivanova}, {"start_date", "2024-09-15"},
                                      {"status", "active"}});
    f.add("route", {{"org_unit_id", f.schoolC}, {"person_id", f.sidorova}, {"start_date", "2023-09-15"},
                    {"end_date", "2024-05-01"}, {"status", "abandoned"}});
    const qint64 e1 = f.add("methodical_event", {{"org_unit_id", f.schoolB}, {"kind", "seminar"}, {"level", "school"},
                                                 {"start_date", "2024-10-05"}, {"topic", "Семинар"}});
    const QString path = f.db->path();
    const QString ini = f.folder.path(QStringLiteral("settings.ini"));
    const int goals = RegisterSpecs::of(RecordKind::Route).columnIndex(QStringLiteral("goals"));
    {
        QSettings storage(ini, QSettings::IniFormat);
        Settings settings(&storage);
        MainWindow window(settings);
        REQUIRE(window.openDatabase(path));
        // The staff register first; every kind is a section, in the View menu with Ctrl+1…Ctrl+9.
        CHECK(window.currentSection() == RecordKind::Person);
        CHECK(window.sectionList()->count() == RecordKinds::all().size());
        CHECK(window.sectionList()->item(2)->text() == QStringLiteral("Маршруты (ИОМ)"));
        CHECK(window.action("section-route")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
        CHECK(window.registerPanel(RecordKind::Person) == nullptr);
        // The current academic year by the database's clock is chosen.
        const QDate today = window.database()->clock().today();
        CHECK(window.period() == RegisterPeriod::currentAcademicYear(today));
        CHECK(window.periodSelector()->currentText() == RegisterPeriod::currentAcademicYear(today).text());

        window.action("section-route")->trigger();
        RegisterPanel* routes = window.registerPanel(RecordKind::Route);
        CHECK(window.currentSection() == RecordKind::Route);
        CHECK(window.sectionList()->currentRow() == 2);
        CHECK(window.findChild<QStackedWidget*>()->currentWidget() == routes);
        window.periodSelector()->setCurrentIndex(window.periodSelector()->findText(year2425));
        CHECK(shownIds(*routes) == QVector<qint64>{r1});
        // A hidden register does not read until shown.
        RegisterPanel* events = window.registerPanel(RecordKind::Event);
        CHECK(events->model()->rowCount() == 0);
        window.sectionList()->setCurrentRow(7); // Методические мероприятия
        CHECK(window.currentSection() == RecordKind::Event);
        CHECK(shownIds(*events) == QVector<qint64>{e1});
        // The tree drives every register.
        REQUIRE(window.unitTree()->selectUnit(f.schoolC));
        CHECK(events->model()->rowCount() == 0);
        window.showSection(RecordKind::Route);
        CHECK(routes->model()->rowCount() == 0);
        window.periodSelector()->setCurrentIndex(window.periodSelector()->findText(QStringLiteral("Все годы")));
        CHECK(routes->model()->rowCount() == 1);

        // The column chooser hides the goals; a width is set.
        QMenu* chooser = routes->columnMenu();
        REQUIRE(chooser->actions().size() == routes->model()->columnCount());
        CHECK(chooser->actions().at(goals)->isChecked());
        chooser->actions().at(goals)->trigger();
        CHECK(routes->view()->horizontalHeader()->isSectionHidden(goals));
        routes->view()->setColumnWidth(0, 333);
        window.close();
    }
    QSettings storage(ini, QSettings::IniFormat);
    Settings settings(&storage);
    MainWindow window(settings);
    REQUIRE(window.openDatabase(path));
    CHECK(window.currentSection() == RecordKind::Route);
    RegisterPanel* routes = window.registerPanel(RecordKind::Route);
    CHECK(routes->view()->horizontalHeader()->isSectionHidden(goals));
    CHECK(routes->hiddenColumns().contains(QStringLiteral("goals")));
    CHECK(routes->view()->columnWidth(0) == 333);
    // The others keep their defaults.
    CHECK_FALSE(window.registerPanel(RecordKind::Event)->view()->horizontalHeader()->isSectionHidden(0));
}
