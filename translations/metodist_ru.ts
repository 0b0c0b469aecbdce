<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionLists</name>
    <message>
        <source>Further training (ДПО) overdue</source>
        <translation>Просроченные курсы повышения квалификации (ДПО)</translation>
    </message>
    <message numerus="yes">
        <source>Further training is overdue for %1 of %n teacher(s) (%2).</source>
        <translation>
            <numerusform>Курсы повышения квалификации просрочены у %1 из %n педагога (%2).</numerusform>
            <numerusform>Курсы повышения квалификации просрочены у %1 из %n педагогов (%2).</numerusform>
            <numerusform>Курсы повышения квалификации просрочены у %1 из %n педагогов (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has completed further training in time.</source>
        <translation>Все педагоги прошли курсы повышения квалификации в срок.</translation>
    </message>
    <message>
        <source>ДПО overdue</source>
        <translation>ДПО просрочено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Last course ended</source>
        <translation>Последние курсы окончены</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A course counts from %1 hours; it is due once in %2 years.</source>
        <translation>Учитываются курсы объёмом от %1 ч; срок между курсами, лет: не более %2.</translation>
    </message>
    <message numerus="yes">
        <source>Categories expiring within %n month(s)</source>
        <translation>
            <numerusform>Категории, истекающие в ближайший %n месяц</numerusform>
            <numerusform>Категории, истекающие в ближайшие %n месяца</numerusform>
            <numerusform>Категории, истекающие в ближайшие %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>No category expires by %1.</source>
        <translation>Ни у кого категория не истекает до %1.</translation>
    </message>
    <message numerus="yes">
        <source>The category expires by %3 for %1 of %n teacher(s) (%2).</source>
        <translation>
            <numerusform>Срок действия категории истекает до %3 у %1 из %n педагога (%2).</numerusform>
            <numerusform>Срок действия категории истекает до %3 у %1 из %n педагогов (%2).</numerusform>
            <numerusform>Срок действия категории истекает до %3 у %1 из %n педагогов (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories expiring</source>
        <translation>Истекающие категории</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Novices without a mentor</source>
        <translation>Молодые педагоги без наставника</translation>
    </message>
    <message numerus="yes">
        <source>Novices without a mentor: %1 of %n teacher(s) (%2).</source>
        <translation>
            <numerusform>Молодых педагогов без наставника: %1 из %n педагога (%2).</numerusform>
            <numerusform>Молодых педагогов без наставника: %1 из %n педагогов (%2).</numerusform>
            <numerusform>Молодых педагогов без наставника: %1 из %n педагогов (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every novice teacher has a mentor.</source>
        <translation>У всех молодых педагогов есть наставник.</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Стаж с</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <source>Deficits without a route</source>
        <translation>Дефициты без маршрута</translation>
    </message>
    <message>
        <source>Every deficit diagnosed from %1 to %2 is addressed by a route.</source>
        <translation>Все дефициты, выявленные с %1 по %2, закрыты маршрутами.</translation>
    </message>
    <message>
        <source>Deficits diagnosed from %1 to %2 and addressed by no route: %3; teachers with them: %4.</source>
        <translation>Дефицитов, выявленных с %1 по %2 и не закрытых маршрутами: %3; педагогов с такими дефицитами: %4.</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Область компетенций</translation>
    </message>
    <message>
        <source>Routes overdue</source>
        <translation>Просроченные маршруты</translation>
    </message>
    <message>
        <source>No route is overdue.</source>
        <translation>Просроченных маршрутов нет.</translation>
    </message>
    <message>
        <source>Routes overdue (past their end or with items past due): %1.</source>
        <translation>Просроченных маршрутов (срок истёк или есть невыполненные в срок пункты): %1.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Items past due</source>
        <translation>Пунктов просрочено</translation>
    </message>
    <message>
        <source>Lists for action</source>
        <translation>Списки для работы</translation>
    </message>
    <message>
        <source>No data: nobody works in %1 on %2.</source>
        <translation>Нет данных: на %2 в подразделении «%1» никто не работает.</translation>
    </message>
    <message numerus="yes">
        <source>The lists are drawn up on %1; %n teacher(s) work in the unit.</source>
        <translation>
            <numerusform>Списки составлены на %1; в подразделении работает %n педагог.</numerusform>
            <numerusform>Списки составлены на %1; в подразделении работают %n педагога.</numerusform>
            <numerusform>Списки составлены на %1; в подразделении работают %n педагогов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnualAnalysis</name>
    <message>
        <source>reading the staff</source>
        <translation>чтении состава педагогов</translation>
    </message>
    <message>
        <source>reading deficits</source>
        <translation>чтении дефицитов</translation>
    </message>
    <message>
        <source>reading attestations</source>
        <translation>чтении аттестаций</translation>
    </message>
    <message>
        <source>reading competitions</source>
        <translation>чтении конкурсов</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогов</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Staff composition</source>
        <translation>Состав педагогических работников</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the staff numbers %n teacher(s) (each counted once, at the main place of work).</source>
        <translation>
            <numerusform>На %1 работает %n педагог (каждый учтён один раз, по основному месту работы).</numerusform>
            <numerusform>На %1 работают %n педагога (каждый учтён один раз, по основному месту работы).</numerusform>
            <numerusform>На %1 работают %n педагогов (каждый учтён один раз, по основному месту работы).</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff by position</source>
        <translation>Состав по должностям</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Staff by category</source>
        <translation>Состав по квалификационным категориям</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Qualification categories</source>
        <translation>Квалификационные категории</translation>
    </message>
    <message>
        <source>under 3 years</source>
        <translation>менее 3 лет</translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation>от 3 до 5 лет</translation>
    </message>
    <message>
        <source>5 to 10 years</source>
        <translation>от 5 до 10 лет</translation>
    </message>
    <message>
        <source>10 to 20 years</source>
        <translation>от 10 до 20 лет</translation>
    </message>
    <message>
        <source>20 years and more</source>
        <translation>20 лет и более</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не известен</translation>
    </message>
    <message>
        <source>Staff by teaching experience</source>
        <translation>Состав по педагогическому стажу</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Teaching experience</source>
        <translation>Педагогический стаж</translation>
    </message>
    <message>
        <source>under 35</source>
        <translation>до 35 лет</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35–44 года</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45–54 года</translation>
    </message>
    <message>
        <source>55 and older</source>
        <translation>55 лет и старше</translation>
    </message>
    <message>
        <source>Staff by age</source>
        <translation>Состав по возрасту</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Further training (ДПО)</source>
        <translation>Повышение квалификации (ДПО)</translation>
    </message>
    <message>
        <source>The share of teachers who completed courses in the last three years was</source>
        <translation>Доля педагогов, прошедших курсы за последние три года, составила</translation>
    </message>
    <message>
        <source>; not completed: %1.</source>
        <translation>; не прошли курсы: %1.</translation>
    </message>
    <message>
        <source>ДПО overdue</source>
        <translation>ДПО просрочено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Last course ended</source>
        <translation>Последние курсы окончены</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Attestations of the year</source>
        <translation>Аттестация за год</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>установлена</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>No attestation took place from %1 to %2.</source>
        <translation>С %1 по %2 аттестаций не было.</translation>
    </message>
    <message>
        <source>No category expires within the next 12 months.</source>
        <translation>В ближайшие 12 месяцев ни у кого не истекает категория.</translation>
    </message>
    <message numerus="yes">
        <source>Categories expiring within 12 months: %1 of %n teacher(s) (%2).</source>
        <translation>
            <numerusform>Категория истекает в ближайшие 12 месяцев у %1 из %n педагога (%2).</numerusform>
            <numerusform>Категория истекает в ближайшие 12 месяцев у %1 из %n педагогов (%2).</numerusform>
            <numerusform>Категория истекает в ближайшие 12 месяцев у %1 из %n педагогов (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories expiring</source>
        <translation>Истекающие категории</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Diagnostics and deficits</source>
        <translation>Диагностика и дефициты</translation>
    </message>
    <message>
        <source>No deficit was diagnosed from %1 to %2.</source>
        <translation>С %1 по %2 дефицитов не выявлено.</translation>
    </message>
    <message>
        <source>Deficits by competence area</source>
        <translation>Дефициты по направлениям компетенций</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Teachers with a deficit</source>
        <translation>Педагогов с дефицитом</translation>
    </message>
    <message>
        <source>Share of staff</source>
        <translation>Доля от состава</translation>
    </message>
    <message>
        <source>Teachers with a deficit, by competence area</source>
        <translation>Педагоги с дефицитами по направлениям компетенций</translation>
    </message>
    <message>
        <source>Deficits diagnosed from %1 to %2, by competence area (a teacher counts once per area):</source>
        <translation>Дефициты, выявленные с %1 по %2, по направлениям компетенций (педагог учтён один раз в каждом направлении):</translation>
    </message>
    <message>
        <source>Routes and mentoring</source>
        <translation>Маршруты и наставничество</translation>
    </message>
    <message>
        <source>Events and competitions</source>
        <translation>Мероприятия и конкурсы</translation>
    </message>
    <message>
        <source>Nobody of the staff took part in a professional competition of %1.</source>
        <translation>В профессиональных конкурсах %1 года педагоги не участвовали.</translation>
    </message>
    <message>
        <source>Competitions by level</source>
        <translation>Конкурсы по уровням</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Участий</translation>
    </message>
    <message>
        <source>Indicators against targets and the year before</source>
        <translation>Показатели: цели и прошлый год</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>No indicator has data for %1.</source>
        <translation>Ни по одному показателю нет данных за %1.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Every indicator with a target has reached it.</source>
        <translation>Все показатели, для которых заданы целевые значения, их достигли.</translation>
    </message>
    <message>
        <source>Short of their targets:</source>
        <translation>Не достигнуты целевые значения:</translation>
    </message>
    <message>
        <source>The author&apos;s conclusions</source>
        <translation>Выводы автора</translation>
    </message>
    <message>
        <source>Tasks for the next academic year</source>
        <translation>Задачи на следующий учебный год</translation>
    </message>
    <message>
        <source>Analysis of methodical work</source>
        <translation>Анализ методической работы</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Заместитель директора</translation>
    </message>
    <message>
        <source>No data: nobody works in %1 on %2.</source>
        <translation>Нет данных: на %2 в подразделении «%1» никто не работает.</translation>
    </message>
    <message>
        <source>The analysis covers %1 to %2; figures of staff are as on %2.</source>
        <translation>Анализ охватывает период с %1 по %2; состав педагогов — на %2.</translation>
    </message>
    <message>
        <source>Checklist of the methodical system</source>
        <translation>Чек-лист методической системы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message numerus="yes">
        <source>The checklist of the methodical system for %1: %2 of %n item(s).</source>
        <translation>
            <numerusform>Чек-лист методической системы за %1: %2 из %n пункта.</numerusform>
            <numerusform>Чек-лист методической системы за %1: %2 из %n пунктов.</numerusform>
            <numerusform>Чек-лист методической системы за %1: %2 из %n пунктов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationCsv</name>
    <message>
        <source>the dates of a membership need the member&apos;s columns</source>
        <translation>для дат членства нужны столбцы участника</translation>
    </message>
    <message>
        <source>exporting methodical associations</source>
        <translation>выгрузке методических объединений</translation>
    </message>
</context>
<context>
    <name>AssociationRepository</name>
    <message>
        <source>The methodical association (id %1) does not exist.</source>
        <translation>Методическое объединение (id %1) не существует.</translation>
    </message>
    <message>
        <source>The membership (id %1) does not exist.</source>
        <translation>Запись о членстве в объединении (id %1) не существует.</translation>
    </message>
    <message>
        <source>The date %1 leaves the association is required.</source>
        <translation>Укажите дату, когда %1 выходит из объединения.</translation>
    </message>
    <message>
        <source>removing a member of «%1»</source>
        <translation>исключении члена объединения «%1»</translation>
    </message>
    <message>
        <source>saving a member of an association</source>
        <translation>сохранении члена объединения</translation>
    </message>
    <message>
        <source>Methodical association</source>
        <translation>Методическое объединение</translation>
    </message>
    <message>
        <source>«%1» (%2), %3</source>
        <translation>«%1» (%2), %3</translation>
    </message>
    <message>
        <source>head of %1; %2</source>
        <translation>руководитель объединения %1; %2</translation>
    </message>
    <message>
        <source>member of %1; %2</source>
        <translation>член объединения %1; %2</translation>
    </message>
    <message>
        <source>Unknown level of a methodical association «%1».</source>
        <translation>Неизвестный уровень методического объединения «%1».</translation>
    </message>
    <message>
        <source>The subject or theme of the association must not be empty.</source>
        <translation>Нужно указать предмет или тему объединения.</translation>
    </message>
    <message>
        <source>Choose the unit the association «%1» belongs to.</source>
        <translation>Выберите подразделение, к которому относится объединение «%1».</translation>
    </message>
    <message>
        <source>The head %1 works nowhere on %2: choose the school the association belongs to.</source>
        <translation>Руководитель %1 на %2 нигде не работает: выберите школу, к которой относится объединение.</translation>
    </message>
    <message>
        <source>«%1» is a %2, but an association of the level «%3» belongs to a %4.</source>
        <translation>«%1» — это %2, а объединение уровня «%3» должно относиться к подразделению уровня «%4».</translation>
    </message>
    <message>
        <source>The date %1 joins the association is required.</source>
        <translation>Укажите дату, когда %1 вступает в объединение.</translation>
    </message>
    <message>
        <source>%1 joins on %2, outside the period of the association «%3» (%4).</source>
        <translation>%1 вступает в объединение %2 — вне срока работы объединения «%3» (%4).</translation>
    </message>
    <message>
        <source>%1 leaves the association on %2, before joining it on %3.</source>
        <translation>%1 выходит из объединения %2 — раньше, чем вступает в него (%3).</translation>
    </message>
    <message>
        <source>%1 leaves the association «%2» on %3, after it ends on %4.</source>
        <translation>%1 выходит из объединения «%2» %3 — позже окончания его работы (%4).</translation>
    </message>
    <message>
        <source>%1 is already a member of «%2» (%3): one person&apos;s memberships must not overlap.</source>
        <translation>%1 уже состоит в объединении «%2» (%3): периоды членства одного сотрудника не должны пересекаться.</translation>
    </message>
    <message>
        <source>saving the association «%1»</source>
        <translation>сохранении объединения «%1»</translation>
    </message>
    <message>
        <source>The association «%1» still has members (%2): remove them first.</source>
        <translation>В объединении «%1» ещё есть члены (%2): сначала исключите их.</translation>
    </message>
    <message>
        <source>deleting the association «%1»</source>
        <translation>удалении объединения «%1»</translation>
    </message>
</context>
<context>
    <name>AttestationCsv</name>
    <message>
        <source>«%1» is not a category an attestation grants</source>
        <translation>«%1» — не категория, которая присваивается по итогам аттестации</translation>
    </message>
    <message>
        <source>«%1» is not an outcome of an attestation (присвоена, отказано)</source>
        <translation>«%1» — не результат аттестации (присвоена, отказано)</translation>
    </message>
    <message>
        <source>a new attestation needs its outcome</source>
        <translation>для новой аттестации нужен результат</translation>
    </message>
    <message>
        <source>exporting attestations</source>
        <translation>выгрузке аттестаций</translation>
    </message>
</context>
<context>
    <name>AttestationOutcome</name>
    <message>
        <source>granted</source>
        <translation>присвоена</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>AttestationRepository</name>
    <message>
        <source>category «%1» granted, valid until %2</source>
        <translation>присвоена категория «%1», действует до %2</translation>
    </message>
    <message>
        <source>category «%1» refused</source>
        <translation>отказано в присвоении категории «%1»</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>The date of the attestation is required.</source>
        <translation>Нужна дата аттестации.</translation>
    </message>
    <message>
        <source>The attestation date %1 is in the future.</source>
        <translation>Дата аттестации %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 works nowhere on %2: an attestation belongs to the organisation where the person works.</source>
        <translation>%1 на %2 нигде не работает, а аттестация относится к организации по месту работы.</translation>
    </message>
    <message>
        <source>Unknown qualification category «%1».</source>
        <translation>Неизвестная квалификационная категория «%1».</translation>
    </message>
    <message>
        <source>An attestation seeks a qualification category, and «%1» is none.</source>
        <translation>Аттестация проводится на квалификационную категорию, а «%1» ею не является.</translation>
    </message>
    <message>
        <source>Unknown outcome of an attestation «%1».</source>
        <translation>Неизвестный результат аттестации «%1».</translation>
    </message>
    <message>
        <source>Only a granted category has a validity date, and the outcome is «%1».</source>
        <translation>Срок действия указывается только для присвоенной категории, а результат аттестации — «%1».</translation>
    </message>
    <message>
        <source>The category is valid until %1, which is not after the attestation date %2.</source>
        <translation>Срок действия категории (до %1) должен заканчиваться позже даты аттестации %2.</translation>
    </message>
    <message>
        <source>saving an attestation</source>
        <translation>сохранении аттестации</translation>
    </message>
    <message>
        <source>The attestation (id %1) does not exist.</source>
        <translation>Запись об аттестации (id %1) не существует.</translation>
    </message>
    <message>
        <source>deleting an attestation</source>
        <translation>удалении аттестации</translation>
    </message>
</context>
<context>
    <name>AuthorTextRepository</name>
    <message>
        <source>«%1» is not the key of an author&apos;s text (such as analysis.conclusions).</source>
        <translation>«%1» — не ключ текста автора (такой, как analysis.conclusions).</translation>
    </message>
    <message>
        <source>The academic year of an author&apos;s text must start between %1 and 2100, not in %2.</source>
        <translation>Учебный год текста автора должен начинаться в %1–2100 году, а не в %2.</translation>
    </message>
    <message>
        <source>The author&apos;s text is too long: %1 characters, at most %2.</source>
        <translation>Текст автора слишком длинный: %1 знаков, допускается не более %2.</translation>
    </message>
    <message>
        <source>saving the author&apos;s text of «%1»</source>
        <translation>сохранении текста автора для «%1»</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the folder of backups %1.</source>
        <translation>Не удалось создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Резервную копию нельзя восстановить: %1</translation>
    </message>
    <message>
        <source>The backup %1 has schema %2 and the database %3: open the backup as a file (File ▸ Open) to upgrade it, and restore it then.</source>
        <translation>Резервная копия %1 имеет схему %2, а база — %3: откройте копию как файл («Файл ▸ Открыть»), чтобы обновить её, и тогда восстановите.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>Резервная копия %1 повреждена и не восстановлена.</translation>
    </message>
    <message>
        <source>The backup was not restored because the current data could not be kept first: %1</source>
        <translation>Резервная копия не восстановлена: не удалось сначала сохранить текущие данные: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Мест работы</translation>
    </message>
    <message>
        <source>Keep the last backup of each of the last &amp;days:</source>
        <translation>Хранить последнюю копию каждого из последних &amp;дней:</translation>
    </message>
    <message>
        <source>and of each of the &amp;weeks before them:</source>
        <translation>и каждой из &amp;недель до них:</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2. The first opening of each day takes one; older ones are removed by the rule below.</source>
        <translation>Резервные копии базы %1 хранятся в папке %2. Первое открытие базы за день делает копию; старые копии удаляются по правилу ниже.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The data of %1 will be replaced by the backup of %2 (units: %3, persons: %4). The current data are first kept as a backup of their own, so this can be undone by restoring that one. Restore?</source>
        <translation>Данные базы %1 будут заменены резервной копией от %2 (подразделений: %3, людей: %4). Текущие данные сначала сохранятся как отдельная резервная копия, так что восстановление можно отменить, восстановив её. Восстановить?</translation>
    </message>
    <message>
        <source>The backup of %1 is restored; the data before it are kept as a backup.</source>
        <translation>Резервная копия от %1 восстановлена; прежние данные сохранены как резервная копия.</translation>
    </message>
</context>
<context>
    <name>ChecklistCodes</name>
    <message>
        <source>yes</source>
        <comment>checklist answer</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>partly</source>
        <comment>checklist answer</comment>
        <translation>частично</translation>
    </message>
    <message>
        <source>no</source>
        <comment>checklist answer</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>general indicators</source>
        <comment>checklist group</comment>
        <translation>общие показатели</translation>
    </message>
    <message>
        <source>additional indicators</source>
        <comment>checklist group</comment>
        <translation>дополнительные показатели</translation>
    </message>
</context>
<context>
    <name>ChecklistCsv</name>
    <message>
        <source>«%1» is not an item of the checklist (C01…C16)</source>
        <translation>«%1» — не пункт чек-листа (C01…C16)</translation>
    </message>
    <message>
        <source>«%1» is not an answer of the checklist (да, частично, нет)</source>
        <translation>«%1» — не ответ чек-листа (да, частично, нет)</translation>
    </message>
    <message>
        <source>exporting the checklist</source>
        <translation>выгрузке чек-листа</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The checklist is answered by a municipality or an organisation, not by «%1».</source>
        <translation>Чек-лист заполняет муниципалитет или организация, а не «%1».</translation>
    </message>
    <message>
        <source>The academic year %1 is not between %2 and %3.</source>
        <translation>Учебный год %1 должен быть в пределах от %2 до %3.</translation>
    </message>
    <message>
        <source>Unknown checklist item «%1».</source>
        <translation>Неизвестный показатель чек-листа «%1».</translation>
    </message>
    <message>
        <source>Unknown checklist answer «%1»: yes, partly or no.</source>
        <translation>Неизвестный ответ чек-листа «%1»: допустимы «да», «частично» или «нет».</translation>
    </message>
    <message>
        <source>saving the answer of «%1» to %2</source>
        <translation>сохранении ответа «%1» на показатель %2</translation>
    </message>
    <message>
        <source>There is no answer to «%1» for %2 to delete.</source>
        <translation>Ответа на показатель «%1» за %2 учебный год нет — удалять нечего.</translation>
    </message>
    <message>
        <source>deleting a checklist answer</source>
        <translation>удалении ответа чек-листа</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <source>No errors found in %1.</source>
        <translation>В %1 ошибок не найдено.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Usage: metodist-cli %1</source>
        <translation>Использование: metodist-cli %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s), got %1.</source>
        <translation>
            <numerusform>Ожидался %n аргумент, передано: %1.</numerusform>
            <numerusform>Ожидалось %n аргумента, передано: %1.</numerusform>
            <numerusform>Ожидалось %n аргументов, передано: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>See: metodist-cli %1 --help</source>
        <translation>Справка: metodist-cli %1 --help</translation>
    </message>
    <message>
        <source>The database file is not given (--db FILE).</source>
        <translation>Не указан файл базы данных (--db ФАЙЛ).</translation>
    </message>
    <message>
        <source>Export only the subtree of this unit.</source>
        <translation>Выгрузить только это подразделение с подчинёнными.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>The CSV file to write (UTF-8 with BOM, ;).</source>
        <translation>Файл CSV для записи (UTF-8 с BOM, разделитель ;).</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>Нет подразделения с кодом %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Записан файл %1.</translation>
    </message>
    <message>
        <source>Write the valid rows and report the others (by default a file with any invalid row writes nothing).</source>
        <translation>Записать правильные строки и сообщить об остальных (по умолчанию файл с любой ошибочной строкой не записывается совсем).</translation>
    </message>
    <message>
        <source>Check the file and count the changes without writing anything.</source>
        <translation>Проверить файл и подсчитать изменения, ничего не записывая.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or Windows-1251; ; , or tab).</source>
        <translation>Файл CSV (UTF-8 или Windows-1251; разделитель ; , или табуляция).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <source>%1 (%2, delimiter «%3»): %4</source>
        <translation>%1 (%2, разделитель «%3»): %4</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows above and import the file again, or use --skip-invalid.</source>
        <translation>Ничего не записано: исправьте строки выше и загрузите файл снова или используйте --skip-invalid.</translation>
    </message>
    <message>
        <source>— %1: organisations %2, staff %3</source>
        <translation>— %1: организаций %2, сотрудников %3</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>Persons: %1; employments: %2, of them current on %3: %4</source>
        <translation>Сотрудников: %1; записей о работе: %2, из них действующих на %3: %4</translation>
    </message>
    <message>
        <source>Name of the region (the root of the tree).</source>
        <translation>Наименование региона (корня дерева).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАИМЕНОВАНИЕ</translation>
    </message>
    <message>
        <source>Code of the region (default: R).</source>
        <translation>Код региона (по умолчанию R).</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Новый файл базы данных.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or delete the file.</source>
        <translation>Файл %1 уже существует; выберите другое имя или удалите файл.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>Создан файл %1 (схема %2).</translation>
    </message>
    <message>
        <source>create a new empty database</source>
        <translation>создать новую пустую базу данных</translation>
    </message>
    <message>
        <source>create a database with synthetic demo data</source>
        <translation>создать базу с демонстрационными данными</translation>
    </message>
    <message>
        <source>schema version, the tree and record counts</source>
        <translation>версия схемы, дерево и число записей</translation>
    </message>
    <message>
        <source>check integrity and the tree rules</source>
        <translation>проверить целостность и правила дерева</translation>
    </message>
    <message>
        <source>Usage: metodist-cli COMMAND [options]</source>
        <translation>Использование: metodist-cli КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>metodist-cli COMMAND --help shows the options of a command.</source>
        <translation>metodist-cli КОМАНДА --help показывает параметры команды.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage error, 2 invalid input (nothing written), 3 file or database error.</source>
        <translation>Коды завершения: 0 — выполнено, 1 — ошибка в вызове, 2 — неверные данные (ничего не записано), 3 — ошибка файла или базы данных.</translation>
    </message>
    <message>
        <source>Unknown command «%1».</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>S (one school), M (one municipality), L (a region shaped like Tomsk&apos;s) or XL (a large region).</source>
        <translation>S (одна школа), M (один муниципалитет), L (регион по образцу Томской области) или XL (крупный регион).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>Seed of the generator (default: 1).</source>
        <translation>Начальное значение генератора (по умолчанию 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The date the data describes (default: 2026-09-01).</source>
        <translation>Дата, на которую составлены данные (по умолчанию 2026-09-01).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Unknown size «%1»; use S, M, L or XL.</source>
        <translation>Неизвестный размер «%1»; укажите S, M, L или XL.</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not «%1».</source>
        <translation>Начальное значение должно быть целым числом, а не «%1».</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD, not «%1».</source>
        <translation>Дату нужно записать как ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
    <message>
        <source>Created %1: %2 units, %3 persons, %4 employments (size %5, seed %6) in %7 s.</source>
        <translation>Создан файл %1: подразделений %2, сотрудников %3, записей о работе %4 (размер %5, начальное значение %6) за %7 с.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Units by level: %1</source>
        <translation>Подразделений по уровням: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>a person&apos;s history in date order</source>
        <translation>история сотрудника по датам</translation>
    </message>
    <message>
        <source>The person&apos;s id, UUID or a part of the full name.</source>
        <translation>id сотрудника, UUID или часть ФИО.</translation>
    </message>
    <message>
        <source>Several persons match «%1»; give the id:</source>
        <translation>Под «%1» подходят несколько сотрудников; укажите id:</translation>
    </message>
    <message>
        <source>No person matches «%1».</source>
        <translation>Нет сотрудника, подходящего под «%1».</translation>
    </message>
    <message>
        <source>Born %1; SNILS %2; category: %3</source>
        <translation>Дата рождения %1; СНИЛС %2; категория: %3</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation> до %1</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>Что содержит файл: %1.</translation>
    </message>
    <message>
        <source>Unknown kind «%1»: use one of %2.</source>
        <translation>Неизвестный вид данных «%1»: укажите один из видов %2.</translation>
    </message>
    <message>
        <source>import units, persons or records of the support cycle from CSV</source>
        <translation>загрузить подразделения, сотрудников или записи цикла методического сопровождения из CSV</translation>
    </message>
    <message>
        <source>export units, persons or records of the support cycle to CSV</source>
        <translation>выгрузить подразделения, сотрудников или записи цикла методического сопровождения в CSV</translation>
    </message>
    <message>
        <source>The indicator (K03, K17, ...).</source>
        <translation>Показатель (K03, K17, ...).</translation>
    </message>
    <message>
        <source>Write the list to a CSV file (UTF-8 with BOM, ;).</source>
        <translation>Записать список в файл CSV (UTF-8 с BOM, ;).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Параметр --%1 обязателен.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The unit whose subtree is counted.</source>
        <translation>Подразделение, по поддереву которого считаются показатели.</translation>
    </message>
    <message>
        <source>The academic year, such as 2024/25 (a calendar year with --calendar).</source>
        <translation>Учебный год, например 2024/25 (с --calendar — календарный год).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message>
        <source>The period is a calendar year.</source>
        <translation>Период — календарный год.</translation>
    </message>
    <message>
        <source>; target %1, %2</source>
        <translation>; цель %1, %2</translation>
    </message>
    <message>
        <source>; target %1</source>
        <translation>; цель %1</translation>
    </message>
    <message>
        <source>; includes reported figures</source>
        <translation>; включает сообщённые значения</translation>
    </message>
    <message>
        <source>Also each direct child of the unit.</source>
        <translation>Также каждое непосредственно подчинённое подразделение.</translation>
    </message>
    <message>
        <source>Only these indicators, comma-separated (K01,K08).</source>
        <translation>Только эти показатели, через запятую (K01,K08).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>КОДЫ</translation>
    </message>
    <message>
        <source>The option --codes names no indicator.</source>
        <translation>В параметре --codes не указан ни один показатель.</translation>
    </message>
    <message>
        <source>Indicators for %1</source>
        <translation>Показатели за %1</translation>
    </message>
    <message>
        <source>indicators of a unit and its children against their targets</source>
        <translation>показатели подразделения и подчинённых в сравнении с целями</translation>
    </message>
    <message>
        <source>the persons behind the gap of an indicator</source>
        <translation>педагоги, стоящие за отставанием показателя</translation>
    </message>
    <message>
        <source>a report to PDF, ODT, XLSX or HTML</source>
        <translation>отчёт в PDF, ODT, XLSX или HTML</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Отчёт: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>The unit whose subtree the report covers.</source>
        <translation>Подразделение, по поддереву которого строится отчёт.</translation>
    </message>
    <message>
        <source>The person of a card: id or UUID.</source>
        <translation>Педагог для карты: идентификатор или UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The academic year, e.g. 2024/25.</source>
        <translation>Учебный год, например 2024/25.</translation>
    </message>
    <message>
        <source>Lists: categories expiring within this many months (6).</source>
        <translation>Списки: категории, истекающие в ближайшие N месяцев (6).</translation>
    </message>
    <message>
        <source>Unknown report «%1»: use one of %2.</source>
        <translation>Неизвестный отчёт «%1»: используйте один из %2.</translation>
    </message>
    <message>
        <source>The report is not given (--kind %1).</source>
        <translation>Не указан отчёт (--kind %1).</translation>
    </message>
    <message>
        <source>«%1» is not an academic year: write it as 2024/25.</source>
        <translation>«%1» — не учебный год: запишите его как 2024/25.</translation>
    </message>
    <message>
        <source>The academic year is not given (--period 2024/25).</source>
        <translation>Не указан учебный год (--period 2024/25).</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 60, not «%1».</source>
        <translation>--months должно быть целым числом от 1 до 60, а не «%1».</translation>
    </message>
    <message>
        <source>The file to write is not given (--out FILE.pdf).</source>
        <translation>Не указан файл для записи (--out ФАЙЛ.pdf).</translation>
    </message>
    <message>
        <source>The report «%1» is about one person: give --person ID.</source>
        <translation>Отчёт «%1» строится по одному педагогу: укажите --person ID.</translation>
    </message>
    <message>
        <source>The unit is not given (--unit CODE).</source>
        <translation>Не указано подразделение (--unit КОД).</translation>
    </message>
    <message>
        <source>Written %1: %2.</source>
        <translation>Записан %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 not in the numerator</source>
        <translation>%1: не в числителе %2</translation>
    </message>
    <message>
        <source>%1: written %2.</source>
        <translation>%1: записан %2.</translation>
    </message>
    <message>
        <source>%1: failed.</source>
        <translation>%1: не записан.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Written %1 of %2 files to %3.</source>
        <translation>Записано файлов: %1 из %2 (папка %3).</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>Не записаны: %1.</translation>
    </message>
    <message>
        <source>Trend: the indicator, e.g. K03.</source>
        <translation>Динамика: показатель, например K03.</translation>
    </message>
    <message>
        <source>Trend: this many academic years ending with the period (5, from 2 to 10).</source>
        <translation>Динамика: столько учебных лет, заканчивая периодом (5, от 2 до 10).</translation>
    </message>
    <message>
        <source>The report of every organisation of the unit&apos;s subtree, one file each.</source>
        <translation>Отчёт по каждой организации подразделения, по файлу на каждую.</translation>
    </message>
    <message>
        <source>With --each: pdf (the default), odt, xlsx or html.</source>
        <translation>С --each: pdf (по умолчанию), odt, xlsx или html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx or .html; with --each the folder.</source>
        <translation>Файл для записи: .pdf, .odt, .xlsx или .html; с --each — папка.</translation>
    </message>
    <message>
        <source>--years must be a whole number from %1 to %2, not «%3».</source>
        <translation>--years — целое число от %1 до %2, а не «%3».</translation>
    </message>
    <message>
        <source>The report «%1» is about one indicator: give --code, e.g. --code K03.</source>
        <translation>Отчёт «%1» строится по одному показателю: укажите --code, например --code K03.</translation>
    </message>
    <message>
        <source>--each builds a report per organisation; the report «%1» is about one person.</source>
        <translation>--each строит отчёт по каждой организации; отчёт «%1» — об одном человеке.</translation>
    </message>
    <message>
        <source>The folder to write to is not given (--out DIR).</source>
        <translation>Не указана папка для записи (--out ПАПКА).</translation>
    </message>
    <message>
        <source>«%1» is a file, not a folder: with --each, --out names the folder for the files.</source>
        <translation>«%1» — файл, а не папка: с --each в --out указывается папка для файлов.</translation>
    </message>
    <message>
        <source>--format goes with --each; a single report takes its format from the file&apos;s suffix.</source>
        <translation>--format указывается вместе с --each; формат одного отчёта задаёт расширение файла.</translation>
    </message>
    <message>
        <source>Unknown indicator «%1» (--code): the catalogue holds K01–K22, C01–C16 and users&apos; own.</source>
        <translation>Неизвестный показатель «%1» (--code): в каталоге K01–K22, C01–C16 и показатели пользователей.</translation>
    </message>
    <message>
        <source>There is no organisation in %1.</source>
        <translation>В подразделении %1 нет ни одной организации.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>upgrade a database of an older schema, after a backup copy</source>
        <translation>обновить базу старой схемы, сохранив перед этим её копию</translation>
    </message>
    <message>
        <source>%1 is at schema %2 already; nothing to do.</source>
        <translation>%1 уже в схеме %2; ничего делать не нужно.</translation>
    </message>
    <message>
        <source>%1 is upgraded to schema %2; the previous version is kept as %3.</source>
        <translation>%1 обновлён до схемы %2; прежняя версия сохранена как %3.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Waiting (at most %1 s)…</source>
        <translation>База данных занята: в неё пишет другая программа. Жду (не дольше %1 с)…</translation>
    </message>
    <message>
        <source>Written in part: the valid rows; the rows above were left out.</source>
        <translation>Записано частично: верные строки записаны, строки выше пропущены.</translation>
    </message>
    <message>
        <source>%1  %2  %3 KB  units %4, persons %5, employment records %6</source>
        <translation>%1  %2  %3 КБ  организаций и подразделений %4, людей %5, работ %6</translation>
    </message>
    <message>
        <source>List the backups of the file instead of taking one.</source>
        <translation>Показать резервные копии файла вместо того, чтобы делать новую.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days (7).</source>
        <translation>Хранить самую новую копию каждого из последних N дней (7).</translation>
    </message>
    <message>
        <source>And of each of N weeks before them (4).</source>
        <translation>И каждой из N недель до них (4).</translation>
    </message>
    <message>
        <source>--keep-daily and --keep-weekly take a whole number from 0 to 1000.</source>
        <translation>--keep-daily и --keep-weekly принимают целое число от 0 до 1000.</translation>
    </message>
    <message>
        <source>--keep-daily 0 would remove the backup just taken; keep at least one day.</source>
        <translation>--keep-daily 0 удалил бы только что сделанную копию; храните хотя бы один день.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Файл базы данных %1 не существует.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2: %3</source>
        <translation>Резервные копии %1 в %2: %3</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Резервная копия сделана: %1</translation>
    </message>
    <message>
        <source>The backup to restore (backup --list shows them).</source>
        <translation>Резервная копия, которую восстановить (их показывает backup --list).</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>The backup to restore is not given (--from BACKUP).</source>
        <translation>Не указана резервная копия, которую восстановить (--from КОПИЯ).</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the data it held before are kept as the newest backup in %3.</source>
        <translation>Восстановлено: %1 из %2; прежние данные сохранены как самая новая резервная копия в %3.</translation>
    </message>
    <message>
        <source>The copy to write (a new file).</source>
        <translation>Копия, которую записать (новый файл).</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>The copy to write is not given (--to COPY).</source>
        <translation>Не указан файл копии (--to КОПИЯ).</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3 KB, one file with everything saved so far).</source>
        <translation>%1 скопирован в %2 (%3 КБ, один файл со всем сохранённым).</translation>
    </message>
    <message>
        <source>take a backup into the file&apos;s folder of backups, or list them</source>
        <translation>сделать резервную копию в папку копий файла или показать их</translation>
    </message>
    <message>
        <source>restore a backup, keeping the current data as a backup first</source>
        <translation>восстановить резервную копию, сначала сохранив текущие данные как копию</translation>
    </message>
    <message>
        <source>write a consistent single-file copy (for a USB stick or e-mail)</source>
        <translation>записать целостную копию одним файлом (для флешки или почты)</translation>
    </message>
</context>
<context>
    <name>CompetenceLevels</name>
    <message>
        <source>low</source>
        <comment>competence level</comment>
        <translation>низкий</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>competence level</comment>
        <translation>средний</translation>
    </message>
    <message>
        <source>high</source>
        <comment>competence level</comment>
        <translation>высокий</translation>
    </message>
</context>
<context>
    <name>CompetitionCsv</name>
    <message>
        <source>exporting competition participants</source>
        <translation>выгрузке участников конкурсов</translation>
    </message>
</context>
<context>
    <name>CompetitionRepository</name>
    <message>
        <source>The competition (id %1) does not exist.</source>
        <translation>Конкурс (id %1) не существует.</translation>
    </message>
    <message>
        <source>Unknown competition result «%1».</source>
        <translation>Неизвестный результат конкурса «%1».</translation>
    </message>
    <message>
        <source>%1 worked nowhere in %2, the year of the competition.</source>
        <translation>В %2 году, когда проходил конкурс, сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>%1 did not work at «%2» in %3.</source>
        <translation>В %3 году сотрудник %1 не работал в «%2».</translation>
    </message>
    <message>
        <source>%1 is already listed among the participants of «%2» (%3).</source>
        <translation>%1 уже есть в списке участников конкурса «%2» (%3).</translation>
    </message>
    <message>
        <source>adding a participant</source>
        <translation>добавлении участника</translation>
    </message>
    <message>
        <source>The participation (id %1) does not exist.</source>
        <translation>Запись об участии (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving a participant</source>
        <translation>сохранении участника</translation>
    </message>
    <message>
        <source>removing a participant</source>
        <translation>удалении участника</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>%1 уровень</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>этап: %1</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>The title of the competition must not be empty.</source>
        <translation>Название конкурса не может быть пустым.</translation>
    </message>
    <message>
        <source>Unknown competition level «%1».</source>
        <translation>Неизвестный уровень конкурса «%1».</translation>
    </message>
    <message>
        <source>The year of the competition must be from %1 to %2, not %3.</source>
        <translation>Год проведения конкурса должен быть от %1 до %2, а не %3.</translation>
    </message>
    <message>
        <source>The organiser of the competition is required.</source>
        <translation>Нужно указать организатора конкурса.</translation>
    </message>
    <message>
        <source>adding the competition «%1»</source>
        <translation>добавлении конкурса «%1»</translation>
    </message>
    <message>
        <source>saving the competition «%1»</source>
        <translation>сохранении конкурса «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The competition «%1» (%2) cannot be deleted: %n participant(s) are listed.</source>
        <translation>
            <numerusform>Конкурс «%1» (%2) нельзя удалить: в нём числится %n участник.</numerusform>
            <numerusform>Конкурс «%1» (%2) нельзя удалить: в нём числятся %n участника.</numerusform>
            <numerusform>Конкурс «%1» (%2) нельзя удалить: в нём числится %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the competition «%1»</source>
        <translation>удалении конкурса «%1»</translation>
    </message>
    <message>
        <source>The competition «%1» cannot move to %2:</source>
        <translation>Конкурс «%1» нельзя перенести на %2 год:</translation>
    </message>
</context>
<context>
    <name>ConsultationCsv</name>
    <message>
        <source>a new consultation needs its form</source>
        <translation>для новой консультации нужна форма</translation>
    </message>
    <message>
        <source>exporting consultations</source>
        <translation>выгрузке консультаций</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>«%1», %2</source>
        <translation>«%1», %2</translation>
    </message>
    <message>
        <source>consulted %1: %2</source>
        <translation>консультируемые: %1; %2</translation>
    </message>
    <message>
        <source>consulted by %1: %2</source>
        <translation>консультант: %1; %2</translation>
    </message>
    <message>
        <source>The date of the consultation is required.</source>
        <translation>Нужна дата консультации.</translation>
    </message>
    <message>
        <source>The consultation date %1 is in the future.</source>
        <translation>Дата консультации %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The topic of the consultation must not be empty.</source>
        <translation>Тема консультации не может быть пустой.</translation>
    </message>
    <message>
        <source>Unknown form of consultation «%1».</source>
        <translation>Неизвестная форма консультации «%1».</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>Name at least one person consulted.</source>
        <translation>Укажите хотя бы одного консультируемого.</translation>
    </message>
    <message>
        <source>%1 holds the consultation and cannot be among the persons consulted.</source>
        <translation>%1 проводит консультацию и не может быть в числе консультируемых.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the persons consulted.</source>
        <translation>Сотрудник %1 дважды указан среди консультируемых.</translation>
    </message>
    <message>
        <source>An individual consultation is for exactly one person, not %1.</source>
        <translation>Индивидуальная консультация проводится для одного человека, а указано: %1.</translation>
    </message>
    <message>
        <source>%1 worked nowhere on %2, the date of the consultation.</source>
        <translation>На %2 (дата консультации) сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>saving the consultation «%1»</source>
        <translation>сохранении консультации «%1»</translation>
    </message>
    <message>
        <source>adding %1 to the consultation «%2»</source>
        <translation>добавлении сотрудника %1 в консультацию «%2»</translation>
    </message>
    <message>
        <source>removing the persons of a consultation</source>
        <translation>удалении консультируемых из консультации</translation>
    </message>
    <message>
        <source>The consultation (id %1) does not exist.</source>
        <translation>Консультация (id %1) не существует.</translation>
    </message>
    <message>
        <source>deleting the consultation «%1»</source>
        <translation>удалении консультации «%1»</translation>
    </message>
</context>
<context>
    <name>CourseCsv</name>
    <message>
        <source>the hours must be greater than zero</source>
        <translation>объём в часах должен быть больше нуля</translation>
    </message>
    <message>
        <source>a new programme needs its form</source>
        <translation>для новой программы нужна форма обучения</translation>
    </message>
    <message>
        <source>a new completion needs its start date</source>
        <translation>для новой записи об обучении нужна дата начала</translation>
    </message>
    <message>
        <source>exporting course completions</source>
        <translation>выгрузке записей об обучении</translation>
    </message>
</context>
<context>
    <name>CourseRepository</name>
    <message>
        <source>The programme (id %1) does not exist.</source>
        <translation>Программа (id %1) не существует.</translation>
    </message>
    <message>
        <source>The start date of the course is required.</source>
        <translation>Нужна дата начала обучения.</translation>
    </message>
    <message>
        <source>The end date of the course is required.</source>
        <translation>Нужна дата окончания обучения.</translation>
    </message>
    <message>
        <source>The course ends (%1) before it starts (%2).</source>
        <translation>Обучение заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The course end date %1 is in the future.</source>
        <translation>Дата окончания обучения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 worked nowhere on %2, the end date of the course.</source>
        <translation>На %2 (дата окончания обучения) сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>удостоверение %1</translation>
    </message>
    <message>
        <source>%1 already has a completion of «%2» ending on %3: %4.</source>
        <translation>Сотрудник %1 уже прошёл обучение по программе «%2» с датой окончания %3: %4.</translation>
    </message>
    <message>
        <source>adding a course completion</source>
        <translation>добавлении записи об обучении</translation>
    </message>
    <message>
        <source>The course completion (id %1) does not exist.</source>
        <translation>Запись об обучении (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving a course completion</source>
        <translation>сохранении записи об обучении</translation>
    </message>
    <message>
        <source>deleting a course completion</source>
        <translation>удалении записи об обучении</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>The title of the programme must not be empty.</source>
        <translation>Название программы не может быть пустым.</translation>
    </message>
    <message>
        <source>The hours of the programme must be greater than zero, not %1.</source>
        <translation>Объём программы в часах должен быть больше нуля, а не %1.</translation>
    </message>
    <message>
        <source>Unknown course form «%1».</source>
        <translation>Неизвестная форма обучения «%1».</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>The unit that registers the programme is required.</source>
        <translation>Нужно указать подразделение, которое регистрирует программу.</translation>
    </message>
    <message>
        <source>adding the programme «%1»</source>
        <translation>добавлении программы «%1»</translation>
    </message>
    <message>
        <source>saving the programme «%1»</source>
        <translation>сохранении программы «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The programme «%1» cannot be deleted: %n completion(s) of it are recorded.</source>
        <translation>
            <numerusform>Программу «%1» нельзя удалить: по ней есть %n запись об обучении.</numerusform>
            <numerusform>Программу «%1» нельзя удалить: по ней есть %n записи об обучении.</numerusform>
            <numerusform>Программу «%1» нельзя удалить: по ней есть %n записей об обучении.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the programme «%1»</source>
        <translation>удалении программы «%1»</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>the column repeats «%1»</source>
        <translation>столбец повторяет «%1»</translation>
    </message>
    <message>
        <source>the required column «%1» is missing</source>
        <translation>нет обязательного столбца «%1»</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is too large (more than %1 MB).</source>
        <translation>Файл слишком велик (больше %1 МБ).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Строка %1: поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected characters after a closing quote.</source>
        <translation>Строка %1, позиция %2: лишние символы после закрывающей кавычки.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the value is longer than %3 characters; no column of a Metodist file holds so much.</source>
        <translation>Строка %1, поле %2: в значении больше %3 символов; ни в одном столбце файлов «Методиста» столько не бывает.</translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Импорт подразделений</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Импорт сотрудников</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows.</source>
        <translation>%1 (%2): строк — %3.</translation>
    </message>
    <message>
        <source>New: %1, changed: %2, unchanged: %3.</source>
        <translation>Новых: %1, изменённых: %2, без изменений: %3.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Не используются столбцы: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (see the details). A file with errors is not imported, unless you import only the valid rows.</source>
        <translation>
            <numerusform>Ошибки в %n строке (см. подробности). Файл с ошибками можно загрузить только частично — одни правильные строки.</numerusform>
            <numerusform>Ошибки в %n строках (см. подробности). Файл с ошибками можно загрузить только частично — одни правильные строки.</numerusform>
            <numerusform>Ошибки в %n строках (см. подробности). Файл с ошибками можно загрузить только частично — одни правильные строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Загрузить только правильные строки</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this file.</source>
        <translation>Менять нечего: в базе уже есть всё из этого файла.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Imported from %1: new %2, changed %3, unchanged %4, rejected %5.</source>
        <translation>Загружено из %1: новых %2, изменённых %3, без изменений %4, отклонено %5.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>подразделений</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудников</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт %1</translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation>Экспорт %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Записан файл %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>Keep this file as it is. Its backups: metodist-cli backup --list --db FILE (with their dates and counts); metodist-cli copy --db BACKUP --to NEW.db makes a new file of one, to open instead.</source>
        <translation>Сохраните этот файл как есть. Его резервные копии: metodist-cli backup --list --db ФАЙЛ (с датами и числом записей); metodist-cli copy --db КОПИЯ --to НОВЫЙ.db делает из копии новый файл, который можно открыть вместо этого.</translation>
    </message>
    <message>
        <source>Nothing can be read from the file: SQLite cannot read even its list of tables (%1).</source>
        <translation>Из файла ничего нельзя прочитать: SQLite не может прочитать даже список его таблиц (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %Ln rows can be read, the rest cannot (%2).</source>
        <translation>
            <numerusform>Таблица %1: можно прочитать %n строку, остальные нет (%2).</numerusform>
            <numerusform>Таблица %1: можно прочитать %n строки, остальные нет (%2).</numerusform>
            <numerusform>Таблица %1: можно прочитать %n строк, остальные нет (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be read: %Ln rows in %1 of %2 tables read whole.</source>
        <translation>
            <numerusform>Можно прочитать: %n строка; таблиц, читаемых целиком: %1 из %2.</numerusform>
            <numerusform>Можно прочитать: %n строки; таблиц, читаемых целиком: %1 из %2.</numerusform>
            <numerusform>Можно прочитать: %n строк; таблиц, читаемых целиком: %1 из %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 by units of %2</source>
        <translation>%1 по подразделениям: %2</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>%1 over five years</source>
        <translation>%1 за пять лет</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Target…</source>
        <translation>Цель…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>расчёт…</translation>
    </message>
    <message>
        <source>Indicator for the charts:</source>
        <translation>Показатель для диаграмм:</translation>
    </message>
    <message>
        <source>%1, %2 academic year</source>
        <translation>%1, %2 учебный год</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database was not upgraded because the backup copy failed: %1</source>
        <translation>База данных не обновлена, потому что не удалось сделать резервную копию: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Не удалось обновить базу данных до схемы %1 (%2): %3</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>записи версии схемы</translation>
    </message>
    <message>
        <source>writing the backup copy %1</source>
        <translation>записи резервной копии %1</translation>
    </message>
    <message>
        <source>A backup cannot be restored while changes are being saved.</source>
        <translation>Резервную копию нельзя восстановить, пока сохраняются изменения.</translation>
    </message>
    <message>
        <source>This database cannot be restored from a backup.</source>
        <translation>Эту базу нельзя восстановить из резервной копии.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>восстановлении резервной копии</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Creating the demo database: a region of six hubs, twenty municipalities and about 700 organisations with five academic years of records…</source>
        <translation>Создаётся демонстрационная база: область из шести межмуниципальных центров, двадцати муниципалитетов и примерно 700 организаций с записями за пять учебных лет…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>The demo database was not written out completely: %1</source>
        <translation>Демонстрационная база записана не полностью: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or delete the file.</source>
        <translation>Файл %1 уже существует; выберите другое имя или удалите файл.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The reference date of the demo data is not valid.</source>
        <translation>Неверная дата демонстрационных данных.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an empty database; this one already holds %1 units and %2 persons.</source>
        <translation>Демонстрационные данные создаются только в пустой базе, а в этой уже есть подразделения (%1) и сотрудники (%2).</translation>
    </message>
    <message>
        <source>Generation of demo data was cancelled; nothing was saved.</source>
        <translation>Создание демонстрационных данных отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Generating demo data failed (step %1): %2</source>
        <translation>Не удалось создать демонстрационные данные (шаг %1): %2</translation>
    </message>
</context>
<context>
    <name>DemoNames</name>
    <message>
        <source>The name list %1 is missing from the program.</source>
        <translation>В программе нет списка имён %1.</translation>
    </message>
    <message>
        <source>Malformed line in the %1 list: %2</source>
        <translation>Неверная строка в списке %1: %2</translation>
    </message>
    <message>
        <source>The name lists for demo data are empty.</source>
        <translation>Списки имён для демонстрационных данных пусты.</translation>
    </message>
</context>
<context>
    <name>DemoPlaces</name>
    <message>
        <source>The village list %1 is missing from the program.</source>
        <translation>В программе нет списка сёл %1.</translation>
    </message>
    <message>
        <source>Malformed line in the village list: %1</source>
        <translation>Неверная строка в списке сёл: %1</translation>
    </message>
    <message>
        <source>The village list for demo data is too short.</source>
        <translation>Список сёл для демонстрационных данных слишком короткий.</translation>
    </message>
</context>
<context>
    <name>DiagnosticCsv</name>
    <message>
        <source>the score must be from 0 to 100</source>
        <translation>балл должен быть от 0 до 100</translation>
    </message>
    <message>
        <source>«%1» is not a competence level (низкий, средний, высокий)</source>
        <translation>«%1» — не уровень компетентности (низкий, средний, высокий)</translation>
    </message>
    <message>
        <source>a new diagnostic needs its source</source>
        <translation>для новой диагностики нужен источник</translation>
    </message>
    <message>
        <source>a new result needs its level</source>
        <translation>для нового результата нужен уровень</translation>
    </message>
    <message>
        <source>not imported, as line %1 of the same diagnostic is not</source>
        <translation>не загружена, так как не загружена строка %1 той же диагностики</translation>
    </message>
    <message>
        <source>exporting diagnostics</source>
        <translation>выгрузке диагностики</translation>
    </message>
</context>
<context>
    <name>DiagnosticRepository</name>
    <message>
        <source>[deficit]</source>
        <translation>[дефицит]</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>The date of the diagnostic is required.</source>
        <translation>Нужна дата диагностики.</translation>
    </message>
    <message>
        <source>The date of the diagnostic %1 is in the future.</source>
        <translation>Дата диагностики %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 works nowhere on %2: a diagnostic belongs to the person&apos;s organisation.</source>
        <translation>%1 на %2 нигде не работает, а диагностика относится к организации по месту работы.</translation>
    </message>
    <message>
        <source>Unknown diagnostic source «%1».</source>
        <translation>Неизвестный источник диагностики «%1».</translation>
    </message>
    <message>
        <source>A diagnostic needs a result in at least one competence area.</source>
        <translation>В диагностике нужен результат хотя бы по одной компетентностной области.</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>The competence area «%1» has more than one result.</source>
        <translation>По компетентностной области «%1» указано больше одного результата.</translation>
    </message>
    <message>
        <source>The score %1 in «%2» is outside 0–100.</source>
        <translation>Балл %1 по области «%2» выходит за пределы 0–100.</translation>
    </message>
    <message>
        <source>Unknown competence level «%1» in «%2».</source>
        <translation>Неизвестный уровень «%1» по области «%2».</translation>
    </message>
    <message>
        <source>adding a diagnostic</source>
        <translation>добавлении диагностики</translation>
    </message>
    <message>
        <source>The result in «%1» is a problem of the route %2; it cannot be removed.</source>
        <translation>Результат по области «%1» указан как проблема маршрута %2, поэтому его нельзя удалить.</translation>
    </message>
    <message>
        <source>saving a diagnostic</source>
        <translation>сохранении диагностики</translation>
    </message>
    <message>
        <source>The diagnostic (id %1) does not exist.</source>
        <translation>Диагностика (id %1) не существует.</translation>
    </message>
    <message numerus="yes">
        <source>The diagnostic is the basis of %n route(s) of its person; it cannot pass to another person.</source>
        <translation>
            <numerusform>По этой диагностике построен %n маршрут сотрудника, поэтому её нельзя передать другому сотруднику.</numerusform>
            <numerusform>По этой диагностике построено %n маршрута сотрудника, поэтому её нельзя передать другому сотруднику.</numerusform>
            <numerusform>По этой диагностике построено %n маршрутов сотрудника, поэтому её нельзя передать другому сотруднику.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagnostic of %1 is the basis of %n route(s) (the first: %2); delete them first.</source>
        <translation>
            <numerusform>По диагностике сотрудника %1 построен %n маршрут (первый: %2); сначала удалите его.</numerusform>
            <numerusform>По диагностике сотрудника %1 построено %n маршрута (первый: %2); сначала удалите их.</numerusform>
            <numerusform>По диагностике сотрудника %1 построено %n маршрутов (первый: %2); сначала удалите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting a diagnostic</source>
        <translation>удалении диагностики</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The database is open to read only: nothing can be changed in it. To change it, copy the file to a folder you can write and open the copy.</source>
        <translation>База открыта только для чтения: изменить в ней ничего нельзя. Чтобы вносить изменения, скопируйте файл в папку, доступную для записи, и откройте копию.</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>%1 worked nowhere on %2, the date of the event.</source>
        <translation>На %2 (дата мероприятия) сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>%1 is already listed among the participants of «%2».</source>
        <translation>%1 уже есть в списке участников мероприятия «%2».</translation>
    </message>
    <message>
        <source>adding a participant</source>
        <translation>добавлении участника</translation>
    </message>
    <message>
        <source>The event (id %1) does not exist.</source>
        <translation>Мероприятие (id %1) не существует.</translation>
    </message>
    <message>
        <source>Unknown participation role «%1».</source>
        <translation>Неизвестная роль участия «%1».</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>Сотрудник %1 указан дважды.</translation>
    </message>
    <message>
        <source>The participation (id %1) does not exist.</source>
        <translation>Запись об участии (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving a participant</source>
        <translation>сохранении участника</translation>
    </message>
    <message>
        <source>removing a participant</source>
        <translation>удалении участника</translation>
    </message>
    <message>
        <source>Methodical event</source>
        <translation>Методическое мероприятие</translation>
    </message>
    <message>
        <source>%1 «%2», %3 level; %4; organised by %5</source>
        <translation>%1 «%2», %3 уровень; %4; организатор — %5</translation>
    </message>
    <message>
        <source>The topic of the event must not be empty.</source>
        <translation>Тема мероприятия не может быть пустой.</translation>
    </message>
    <message>
        <source>Unknown event kind «%1».</source>
        <translation>Неизвестный вид мероприятия «%1».</translation>
    </message>
    <message>
        <source>Unknown event level «%1».</source>
        <translation>Неизвестный уровень мероприятия «%1».</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation>Нужна дата мероприятия.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>Мероприятие заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The organiser of the event is required.</source>
        <translation>Нужно указать организатора мероприятия.</translation>
    </message>
    <message>
        <source>adding the event «%1»</source>
        <translation>добавлении мероприятия «%1»</translation>
    </message>
    <message>
        <source>saving the event «%1»</source>
        <translation>сохранении мероприятия «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The event «%1» cannot be deleted: %n participant(s) are listed.</source>
        <translation>
            <numerusform>Мероприятие «%1» нельзя удалить: в нём числится %n участник.</numerusform>
            <numerusform>Мероприятие «%1» нельзя удалить: в нём числятся %n участника.</numerusform>
            <numerusform>Мероприятие «%1» нельзя удалить: в нём числится %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the event «%1»</source>
        <translation>удалении мероприятия «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The event «%1» cannot be deleted: %n plan item(s) refer to it.</source>
        <translation>
            <numerusform>Мероприятие «%1» нельзя удалить: на него ссылается %n пункт плана.</numerusform>
            <numerusform>Мероприятие «%1» нельзя удалить: на него ссылаются %n пункта плана.</numerusform>
            <numerusform>Мероприятие «%1» нельзя удалить: на него ссылаются %n пунктов плана.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event «%1» cannot move to %2:</source>
        <translation>Мероприятие «%1» нельзя перенести на %2:</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>нет цели</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>deviation %1</source>
        <translation>отклонение %1</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>не удаётся заменить файл</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>такой файл уже есть</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Choose the person «%1» from the list that opens as you type.</source>
        <translation>Выберите сотрудника «%1» из списка, который открывается при вводе.</translation>
    </message>
    <message>
        <source>Choose: %1.</source>
        <translation>Выберите: %1.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1, column «%2»: %3</source>
        <translation>строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <source>rows %1: created %2, updated %3, unchanged %4, rejected %5</source>
        <translation>строк %1: создано %2, обновлено %3, без изменений %4, отклонено %5</translation>
    </message>
    <message>
        <source>«%1» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>«%1» — не дата (нужно дд.мм.гггг или гггг-мм-дд)</translation>
    </message>
    <message>
        <source>«%1» is not yes or no (expected да/нет)</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>«%1» is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>нужно значение</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a delimiter inside a value that is not in quotes?)</source>
        <translation>в строке %1 полей, а в заголовке %2 (разделитель внутри значения без кавычек?)</translation>
    </message>
    <message numerus="yes">
        <source>the value is %Ln character(s) long; this column holds at most %1</source>
        <translation>
            <numerusform>в значении %Ln символ; в этом столбце не больше %1</numerusform>
            <numerusform>в значении %Ln символа; в этом столбце не больше %1</numerusform>
            <numerusform>в значении %Ln символов; в этом столбце не больше %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Unknown indicator «%1».</source>
        <translation>Неизвестный показатель «%1».</translation>
    </message>
    <message>
        <source>The name of the indicator is required.</source>
        <translation>Нужно наименование показателя.</translation>
    </message>
    <message>
        <source>An indicator named «%1» already exists (%2).</source>
        <translation>Показатель «%1» уже есть (%2).</translation>
    </message>
    <message>
        <source>A user&apos;s indicator is a share of staff, a count per 100 staff or a checklist item.</source>
        <translation>Свой показатель — это доля педагогов, число записей на 100 педагогов или пункт чек-листа.</translation>
    </message>
    <message>
        <source>Unknown kind of record «%1».</source>
        <translation>Неизвестный вид записей «%1».</translation>
    </message>
    <message>
        <source>Records of the kind «%1» have no competence area.</source>
        <translation>У записей вида «%1» нет области компетенций.</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная область компетенций «%1».</translation>
    </message>
    <message>
        <source>adding the checklist item «%1»</source>
        <translation>добавлении пункта чек-листа «%1»</translation>
    </message>
    <message>
        <source>adding the indicator «%1»</source>
        <translation>добавлении показателя «%1»</translation>
    </message>
    <message>
        <source>The indicator %1 is built in and cannot be removed.</source>
        <translation>Показатель %1 встроенный, его нельзя удалить.</translation>
    </message>
    <message>
        <source>The indicator %1 has targets or reported figures; remove them first.</source>
        <translation>У показателя %1 есть цели или сообщённые значения; сначала удалите их.</translation>
    </message>
    <message>
        <source>removing the indicator %1</source>
        <translation>удалении показателя %1</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>computing indicators</source>
        <translation>расчёте показателей</translation>
    </message>
    <message>
        <source>The unit is not in the database.</source>
        <translation>Подразделения нет в базе данных.</translation>
    </message>
</context>
<context>
    <name>IndicatorFindings</name>
    <message>
        <source>The indicator «%1» was</source>
        <translation>Показатель «%1» составил</translation>
    </message>
    <message>
        <source>%1 not computed: there is no one to count (no data).</source>
        <translation>%1 — не вычисляется: некого учитывать (нет данных).</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2 (%3 из %4)</translation>
    </message>
    <message>
        <source>, which reaches the target value %1</source>
        <translation>, что достигает целевого значения %1</translation>
    </message>
    <message>
        <source>, which is above the target value %1</source>
        <translation>, что выше целевого значения %1</translation>
    </message>
    <message>
        <source>, which is below the target value %1</source>
        <translation>, что ниже целевого значения %1</translation>
    </message>
    <message>
        <source>; a year before: %1</source>
        <translation>; годом ранее — %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Год назад</translation>
    </message>
</context>
<context>
    <name>IndicatorPeople</name>
    <message>
        <source>Unknown indicator «%1».</source>
        <translation>Неизвестный показатель «%1».</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Код организации</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>In the numerator</source>
        <translation>В числителе</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>Не удалось записать список: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n подразделение</numerusform>
            <numerusform>%n подразделения</numerusform>
            <numerusform>%n подразделений</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <source>The indicator %1 counts nothing.</source>
        <translation>Показатель %1 ничего не считает.</translation>
    </message>
    <message>
        <source>Each person of the staff with their number of records; the figure is the records per 100 persons.</source>
        <translation>Каждый педагог штата с числом своих записей; показатель — число записей на 100 педагогов.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Units of the subtree that did not answer the item for %1 are not counted.</source>
        <translation>Подразделения, не ответившие на пункт за %1, не учитываются.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Teacher or mentees</source>
        <translation>Педагог или наставляемые</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Итоговый статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Кого консультировали</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The indicator %1 has no list of what it counts.</source>
        <translation>У показателя %1 нет списка того, что он считает.</translation>
    </message>
    <message>
        <source>listing what is behind %1</source>
        <translation>составление списка за показателем %1</translation>
    </message>
    <message>
        <source>individual educational route</source>
        <translation>ИОМ</translation>
    </message>
    <message>
        <source>mentoring programme</source>
        <translation>программа наставничества</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>The numerator is the whole staff of the subtree on %1: %2. Listed are the methodists&apos; employments on that day; their rates, %3 in all, are the denominator.</source>
        <translation>Числитель — весь штат подразделения на %1: %2. В списке — должности методистов на этот день; их ставки, всего %3, — знаменатель.</translation>
    </message>
    <message>
        <source>The denominator is the whole staff of the subtree on %1: %2. Listed are the consultations of the period, the numerator: %3.</source>
        <translation>Знаменатель — весь штат подразделения на %1: %2. В списке — консультации периода, числитель: %3.</translation>
    </message>
</context>
<context>
    <name>IndicatorPeriod</name>
    <message>
        <source>The period «%1» is not a calendar year such as 2025.</source>
        <translation>Период «%1» не похож на календарный год вида 2025.</translation>
    </message>
    <message>
        <source>The period «%1» is not an academic year such as 2024/25.</source>
        <translation>Период «%1» не похож на учебный год вида 2024/25.</translation>
    </message>
</context>
<context>
    <name>IndicatorRecordKinds</name>
    <message>
        <source>a completed course</source>
        <translation>пройденный курс</translation>
    </message>
    <message>
        <source>participation in a methodical event</source>
        <translation>участие в методическом мероприятии</translation>
    </message>
    <message>
        <source>a diagnostic</source>
        <translation>диагностика</translation>
    </message>
    <message>
        <source>a deficit found by a diagnostic</source>
        <translation>выявленный дефицит</translation>
    </message>
    <message>
        <source>an individual educational route</source>
        <translation>индивидуальный образовательный маршрут</translation>
    </message>
    <message>
        <source>mentoring as a mentee</source>
        <translation>наставничество в роли наставляемого</translation>
    </message>
    <message>
        <source>a category granted</source>
        <translation>установленная категория</translation>
    </message>
    <message>
        <source>participation in a competition</source>
        <translation>участие в конкурсе</translation>
    </message>
    <message>
        <source>a consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>membership in a methodical association</source>
        <translation>членство в методическом объединении</translation>
    </message>
</context>
<context>
    <name>IndicatorSql</name>
    <message>
        <source>last diagnostic</source>
        <translation>последняя диагностика</translation>
    </message>
    <message>
        <source>last deficit found</source>
        <translation>последний выявленный дефицит</translation>
    </message>
    <message>
        <source>last further training course</source>
        <translation>последний курс ДПО</translation>
    </message>
    <message>
        <source>last category granted</source>
        <translation>последняя установленная категория</translation>
    </message>
    <message>
        <source>last competition year</source>
        <translation>год последнего конкурса</translation>
    </message>
    <message>
        <source>last competition won</source>
        <translation>год последней победы или призового места</translation>
    </message>
    <message>
        <source>last route started</source>
        <translation>начало последнего ИОМ</translation>
    </message>
    <message>
        <source>subject / methodical level</source>
        <translation>предметный / методический уровень</translation>
    </message>
    <message>
        <source>experience since</source>
        <translation>стаж с</translation>
    </message>
    <message>
        <source>employment ended</source>
        <translation>увольнение</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>записей: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorTargets</name>
    <message>
        <source>Unknown indicator «%1».</source>
        <translation>Неизвестный показатель «%1».</translation>
    </message>
    <message>
        <source>The target of %1 cannot be negative.</source>
        <translation>Цель показателя %1 не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The target of %1 is a percentage and cannot exceed 100.</source>
        <translation>Цель показателя %1 — процент, она не может быть больше 100.</translation>
    </message>
    <message>
        <source>The year of a target must be between 2000 and 2100, not %1.</source>
        <translation>Год цели должен быть от 2000 до 2100, а не %1.</translation>
    </message>
    <message>
        <source>saving the target of %1</source>
        <translation>сохранении цели показателя %1</translation>
    </message>
    <message>
        <source>removing a target</source>
        <translation>удалении цели</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>close</source>
        <translation>близко к цели</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>отстаёт</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>цели нет</translation>
    </message>
</context>
<context>
    <name>InnovationSiteCsv</name>
    <message>
        <source>«%1» is not a level of an innovation site (муниципальная, региональная, федеральная)</source>
        <translation>«%1» — не уровень инновационной площадки (муниципальная, региональная, федеральная)</translation>
    </message>
    <message>
        <source>exporting innovation sites</source>
        <translation>выгрузке инновационных площадок</translation>
    </message>
</context>
<context>
    <name>InnovationSiteRepository</name>
    <message>
        <source>Choose the organisation that is the innovation site.</source>
        <translation>Выберите организацию, которая является инновационной площадкой.</translation>
    </message>
    <message>
        <source>«%1» is not an organisation: only an organisation can be an innovation site.</source>
        <translation>«%1» — не организация, а инновационной площадкой может быть только организация.</translation>
    </message>
    <message>
        <source>Unknown level of an innovation site «%1»: municipal, regional or federal.</source>
        <translation>Неизвестный уровень инновационной площадки «%1»: допустимы муниципальный, региональный или федеральный.</translation>
    </message>
    <message>
        <source>The topic of the innovation site must not be empty.</source>
        <translation>Тема инновационной площадки не может быть пустой.</translation>
    </message>
    <message>
        <source>«%1» is already a %2 innovation site in %3 («%4»).</source>
        <translation>«%1» уже является инновационной площадкой (%2 уровень) в период %3 («%4»).</translation>
    </message>
    <message>
        <source>adding the innovation site «%1»</source>
        <translation>добавлении инновационной площадки «%1»</translation>
    </message>
    <message>
        <source>The innovation site (id %1) does not exist.</source>
        <translation>Инновационная площадка (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving the innovation site «%1»</source>
        <translation>сохранении инновационной площадки «%1»</translation>
    </message>
    <message>
        <source>deleting the innovation site «%1»</source>
        <translation>удалении инновационной площадки «%1»</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>Проверка не выполнена: %1</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Целостность SQLite: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation>Таблица %1, запись %2 ссылается на отсутствующую запись в %3.</translation>
    </message>
    <message>
        <source>The database has %1 regions; it must have exactly one.</source>
        <translation>В базе %1 регионов, а должен быть ровно один.</translation>
    </message>
    <message>
        <source>Unit %1 «%2» is not placed under a unit of the level above it.</source>
        <translation>Подразделение %1 «%2» не подчинено подразделению вышестоящего уровня.</translation>
    </message>
    <message>
        <source>The subtree index (closure table) misses %1 links.</source>
        <translation>В индексе поддеревьев (таблице замыкания) не хватает связей: %1.</translation>
    </message>
    <message>
        <source>The subtree index (closure table) has %1 stale links.</source>
        <translation>В индексе поддеревьев (таблице замыкания) лишние связи: %1.</translation>
    </message>
    <message>
        <source>%1 %2 is employed by %3, which is not an organisation.</source>
        <translation>%1 %2 работает в %3, а это не организация.</translation>
    </message>
    <message>
        <source>The category of %1 %2 expires before it was granted.</source>
        <translation>Категория сотрудника %1 %2 заканчивается раньше, чем присвоена.</translation>
    </message>
    <message>
        <source>%1 persons share the name «%2» and the birth date %3: possible duplicates.</source>
        <translation>У %1 сотрудников совпадают ФИО «%2» и дата рождения %3: возможно, это дубликаты.</translation>
    </message>
    <message>
        <source>Diagnostics with an unknown source: %1 (for example «%2»).</source>
        <translation>Диагностики с неизвестным источником: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Diagnostic results in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Результаты диагностики по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route problems in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Проблемы маршрутов по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route items of an unknown direction: %1 (for example «%2»).</source>
        <translation>Пункты маршрутов неизвестного направления: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Mentoring programmes of an unknown form: %1 (for example «%2»).</source>
        <translation>Программы наставничества неизвестной формы: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Mentoring programmes of an unknown type: %1 (for example «%2»).</source>
        <translation>Программы наставничества неизвестного вида: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Attestations for an unknown category: %1 (for example «%2»).</source>
        <translation>Аттестации на неизвестную категорию: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Course programmes in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Программы курсов по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Course programmes of an unknown form: %1 (for example «%2»).</source>
        <translation>Программы курсов неизвестной формы: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Events of an unknown kind: %1 (for example «%2»).</source>
        <translation>Мероприятия неизвестного вида: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Events of an unknown level: %1 (for example «%2»).</source>
        <translation>Мероприятия неизвестного уровня: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Events in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Мероприятия по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Event participations in an unknown role: %1 (for example «%2»).</source>
        <translation>Участия в мероприятиях в неизвестной роли: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Competitions of an unknown level: %1 (for example «%2»).</source>
        <translation>Конкурсы неизвестного уровня: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Competition participations with an unknown result: %1 (for example «%2»).</source>
        <translation>Участия в конкурсах с неизвестным результатом: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical associations of an unknown level: %1 (for example «%2»).</source>
        <translation>Методические объединения неизвестного уровня: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Consultations of an unknown form: %1 (for example «%2»).</source>
        <translation>Консультации неизвестной формы: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Consultations in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Консультации по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical materials of an unknown type: %1 (for example «%2»).</source>
        <translation>Методические материалы неизвестного типа: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical materials in an unknown competence area: %1 (for example «%2»).</source>
        <translation>Методические материалы по неизвестной компетентностной области: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical materials of an unknown approval level: %1 (for example «%2»).</source>
        <translation>Методические материалы с неизвестным уровнем утверждения: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Survey needs with an unknown form of support: %1 (for example «%2»).</source>
        <translation>Потребности из анкет с неизвестной формой поддержки: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Consultations without any person consulted: %1 (for example «%2»).</source>
        <translation>Консультации без консультируемых: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Consultations whose methodist is among the persons consulted: %1 (for example «%2»).</source>
        <translation>Консультации, в которых методист указан среди консультируемых: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical materials without an author: %1 (for example «%2»).</source>
        <translation>Методические материалы без автора: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Routes built from a diagnostic of another person: %1 (for example «%2»).</source>
        <translation>Маршруты, построенные по диагностике другого человека: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route problems linked to a result of another diagnostic than their route&apos;s: %1 (for example «%2»).</source>
        <translation>Проблемы маршрутов, связанные с результатом не той диагностики, по которой построен маршрут: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Mentoring programmes whose mentor is their own mentee: %1 (for example «%2»).</source>
        <translation>Программы наставничества, в которых наставник — сам себе наставляемый: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Plan items carried out by an event of another year: %1 (for example «%2»).</source>
        <translation>Пункты плана, выполненные мероприятием другого учебного года: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Innovation sites at a unit that is not an organisation: %1 (for example «%2»).</source>
        <translation>Инновационные площадки в подразделении, которое не является организацией: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Checklist answers of a unit that is neither a municipality nor an organisation: %1 (for example «%2»).</source>
        <translation>Ответы чек-листа подразделения, которое не является ни муниципалитетом, ни организацией: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Methodical associations at a unit of another level than theirs: %1 (for example «%2»).</source>
        <translation>Методические объединения в подразделении не своего уровня: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route items due outside their route&apos;s period: %1 (for example «%2»).</source>
        <translation>Пункты маршрутов со сроком вне периода маршрута: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route reviews outside their route&apos;s period: %1 (for example «%2»).</source>
        <translation>Промежуточные оценки вне периода маршрута: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Routes whose status changed before they started: %1 (for example «%2»).</source>
        <translation>Маршруты, статус которых изменён раньше их начала: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Mentees who join outside their programme&apos;s period: %1 (for example «%2»).</source>
        <translation>Наставляемые, включённые в программу вне её периода: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Association members who join or leave outside the association&apos;s period: %1 (for example «%2»).</source>
        <translation>Члены методических объединений, вступившие или вышедшие вне периода работы объединения: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Overlapping memberships of one person in one association: %1 (for example «%2»).</source>
        <translation>Пересекающиеся периоды членства одного человека в одном объединении: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Overlapping innovation sites of one level at one organisation: %1 (for example «%2»).</source>
        <translation>Пересекающиеся инновационные площадки одного уровня в одной организации: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Course completions outside the period the person worked at their organisation: %1 (for example «%2»).</source>
        <translation>Прохождения курсов вне периода работы человека в указанной организации: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Diagnostics of a person who did not work at the diagnostic&apos;s organisation on its date: %1 (for example «%2»).</source>
        <translation>Диагностики человека, который в день диагностики не работал в её организации: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Routes of a person who did not work at the route&apos;s organisation when it started: %1 (for example «%2»).</source>
        <translation>Маршруты человека, который при начале маршрута не работал в его организации: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Event participations of a person who did not work at their organisation on the event&apos;s date: %1 (for example «%2»).</source>
        <translation>Участия в мероприятиях человека, который в день мероприятия не работал в указанной организации: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Completed routes without an end date: %1 (for example «%2»).</source>
        <translation>Завершённые маршруты без даты окончания: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Route items with a completion date that are not done: %1 (for example «%2»).</source>
        <translation>Невыполненные пункты маршрутов с датой выполнения: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Plan items held before their month: %1 (for example «%2»).</source>
        <translation>Пункты плана, отмеченные проведёнными раньше своего месяца: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Diagnostics dated in the future: %1 (for example «%2»).</source>
        <translation>Диагностики с датой в будущем: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Consultations dated in the future: %1 (for example «%2»).</source>
        <translation>Консультации с датой в будущем: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Attestations dated in the future: %1 (for example «%2»).</source>
        <translation>Аттестации с датой в будущем: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Survey responses dated in the future: %1 (for example «%2»).</source>
        <translation>Анкеты с датой в будущем: %1 (например, «%2»).</translation>
    </message>
    <message>
        <source>Student results of a person who worked nowhere in that academic year: %1 (for example «%2»).</source>
        <translation>Результаты обучающихся педагога, который в этом учебном году нигде не работал: %1 (например, «%2»).</translation>
    </message>
</context>
<context>
    <name>KindForms</name>
    <message>
        <source>Edit association</source>
        <translation>Изменить методическое объединение</translation>
    </message>
    <message>
        <source>New association</source>
        <translation>Новое методическое объединение</translation>
    </message>
    <message>
        <source>Subject or theme</source>
        <translation>Предмет или тема</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Edit attestation</source>
        <translation>Изменить аттестацию</translation>
    </message>
    <message>
        <source>New attestation</source>
        <translation>Новая аттестация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Category sought</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Not set: the validity the rules set on the date</source>
        <translation>Не задана: срок действия по правилам, действующим на дату</translation>
    </message>
    <message>
        <source>Edit checklist answer</source>
        <translation>Изменить ответ чек-листа</translation>
    </message>
    <message>
        <source>New checklist answer</source>
        <translation>Новый ответ чек-листа</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Изменить консультацию</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Область компетенций</translation>
    </message>
    <message>
        <source>Person consulted</source>
        <translation>Консультируемый</translation>
    </message>
    <message>
        <source>Persons consulted</source>
        <translation>Консультируемые</translation>
    </message>
    <message>
        <source>Edit CPD programme</source>
        <translation>Изменить программу ДПО</translation>
    </message>
    <message>
        <source>New CPD programme</source>
        <translation>Новая программа ДПО</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация, проводящая обучение</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>In the federal registry</source>
        <translation>В федеральном реестре (ФР ДПП)</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Кем внесена</translation>
    </message>
    <message>
        <source>Edit CPD completion</source>
        <translation>Изменить прохождение курсов</translation>
    </message>
    <message>
        <source>New CPD completion</source>
        <translation>Новое прохождение курсов</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n h)</source>
        <translation>
            <numerusform>%1 (%2, %n ч)</numerusform>
            <numerusform>%1 (%2, %n ч)</numerusform>
            <numerusform>%1 (%2, %n ч)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Удостоверение №</translation>
    </message>
    <message>
        <source>Edit diagnostic</source>
        <translation>Изменить диагностику</translation>
    </message>
    <message>
        <source>New diagnostic</source>
        <translation>Новая диагностика</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>by the level</source>
        <translation>по уровню</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Results by competence area</source>
        <translation>Результаты по областям компетенций</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Not set for a one-day event</source>
        <translation>Не задан для однодневного мероприятия</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Edit competition</source>
        <translation>Изменить конкурс</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Edit innovation site</source>
        <translation>Изменить инновационную площадку</translation>
    </message>
    <message>
        <source>New innovation site</source>
        <translation>Новая инновационная площадка</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Изменить методический материал</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>Новый методический материал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>Файл или ссылка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Authors (the first is the main author)</source>
        <translation>Авторы (первый — основной автор)</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Approved at the level</source>
        <translation>Утверждён на уровне</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Edit mentoring programme</source>
        <translation>Изменить программу наставничества</translation>
    </message>
    <message>
        <source>New mentoring programme</source>
        <translation>Новая программа наставничества</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Programme and outcome</source>
        <translation>Программа и результат</translation>
    </message>
    <message>
        <source>Programme (goals and tasks)</source>
        <translation>Программа (цели и задачи)</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить сотрудника</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Teaching since</source>
        <translation>Педагогический стаж с</translation>
    </message>
    <message>
        <source>Subjects (separated by ;)</source>
        <translation>Предметы (через ;)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Работает с</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Работает по</translation>
    </message>
    <message>
        <source>Category and roles</source>
        <translation>Категория и роли</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Дата присвоения</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Edit plan item</source>
        <translation>Изменить пункт плана</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>Новый пункт плана</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>or responsible in words</source>
        <translation>или ответственные словами</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Перенесено на</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Изменить риск</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Меры предупреждения</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>or owner in words</source>
        <translation>или ответственный словами</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Дата выявления</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>Изменить маршрут</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Новый маршрут</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Skills to develop</source>
        <translation>Развиваемые умения</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Пункт %1: %2</translation>
    </message>
    <message>
        <source>Edit student result</source>
        <translation>Изменить результат обучающихся</translation>
    </message>
    <message>
        <source>New student result</source>
        <translation>Новый результат обучающихся</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Edit survey response</source>
        <translation>Изменить анкету</translation>
    </message>
    <message>
        <source>New survey response</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Empty for an anonymous response</source>
        <translation>Пусто для анонимной анкеты</translation>
    </message>
    <message>
        <source>Unit (anonymous response)</source>
        <translation>Подразделение (анонимная анкета)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>Preferred form</source>
        <translation>Предпочтительная форма</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Промежуточные оценки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Metodist databases (*.db *.sqlite *.metodist);;All files (*)</source>
        <translation>Базы данных «Методиста» (*.db *.sqlite *.metodist);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Import CSV</source>
        <translation>&amp;Импорт CSV</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>&amp;Подразделения…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>&amp;Экспорт CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Metodist</source>
        <translation>&amp;О программе «Методист»</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version was saved as %1</source>
        <translation>База данных обновлена; прежняя версия сохранена как %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Name of the region (for example, Томская область):</source>
        <translation>Наименование региона (например, Томская область):</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Metodist — %1</source>
        <translation>Методист — %1</translation>
    </message>
    <message>
        <source>Metodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>No database is open: File ▸ New… or File ▸ Open…</source>
        <translation>База данных не открыта: Файл ▸ Создать… или Файл ▸ Открыть…</translation>
    </message>
    <message>
        <source>Units: %1 · Persons: %2</source>
        <translation>Подразделений: %1 · Сотрудников: %2</translation>
    </message>
    <message>
        <source>About Metodist</source>
        <translation>О программе «Методист»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metodist %1&lt;/h3&gt;&lt;p&gt;Methodical support of teachers: the four-level register of the methodical service (region, hub, municipality, organisation), indicators and reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Методист %1&lt;/h3&gt;&lt;p&gt;Методическое сопровождение педагогов: реестр четырёхуровневой методической службы (регион, хаб, муниципалитет, организация), показатели и отчёты.&lt;/p&gt;&lt;p&gt;Свободная программа на условиях GNU General Public License версии 3 или более поздней (GPL-3.0-or-later). Поставляется без каких-либо гарантий.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>What does %1 hold?</source>
        <translation>Что содержит файл %1?</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Person&apos;s card</source>
        <translation>Карточка педагога</translation>
    </message>
    <message>
        <source>Edit the person…</source>
        <translation>Изменить данные педагога…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новый педагог…</translation>
    </message>
    <message>
        <source>Build a route (IEM)…</source>
        <translation>Построить ИОМ…</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Участники…</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
    <message>
        <source>%1 already exists. A new database never replaces a file: choose another name, or open the file with File ▸ Open.</source>
        <translation>%1 уже существует. Новая база никогда не заменяет файл: выберите другое имя или откройте этот файл через «Файл ▸ Открыть…».</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no database. Make a new database in this file?</source>
        <translation>%1 пуст (0 байт): в нём нет базы данных. Создать в этом файле новую базу?</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not taken: %1</source>
        <translation>Резервная копия дня не сделана: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is taken: %1</source>
        <translation>Резервная копия дня сделана: %1</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-копия</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Сохранить копию базы данных</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>A copy cannot replace the database itself: choose another name.</source>
        <translation>Копия не может заменить саму базу: выберите другое имя.</translation>
    </message>
    <message>
        <source>A copy is saved: %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Open to &amp;read only…</source>
        <translation>Открыть только для &amp;чтения…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Р&amp;езервные копии…</translation>
    </message>
    <message>
        <source>Opened to read only: nothing can be changed.</source>
        <translation>Открыто только для чтения: изменения невозможны.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a protected file, folder or medium): it is open to read only.</source>
        <translation>Файл или его папка недоступны для записи (защищённый файл, папка или носитель): база открыта только для чтения.</translation>
    </message>
    <message>
        <source>Open to read only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Metodist — %1 (read only)</source>
        <translation>Методист — %1 (только чтение)</translation>
    </message>
</context>
<context>
    <name>MaterialCsv</name>
    <message>
        <source>without a UUID a material is found by its title and type</source>
        <translation>без UUID материал находится по названию и виду</translation>
    </message>
    <message>
        <source>several materials of this type are called «%1»; add the column «UUID»</source>
        <translation>несколько материалов этого вида называются «%1»; добавьте столбец «UUID»</translation>
    </message>
    <message>
        <source>a new material needs its type</source>
        <translation>для нового материала нужен вид</translation>
    </message>
    <message>
        <source>exporting methodical materials</source>
        <translation>выгрузке методических материалов</translation>
    </message>
</context>
<context>
    <name>MaterialRepository</name>
    <message>
        <source>with %1</source>
        <translation>соавторы: %1</translation>
    </message>
    <message>
        <source>approval: %1</source>
        <translation>уровень утверждения: %1</translation>
    </message>
    <message>
        <source>Methodical material</source>
        <translation>Методический материал</translation>
    </message>
    <message>
        <source>The title of the material must not be empty.</source>
        <translation>Название материала не может быть пустым.</translation>
    </message>
    <message>
        <source>Name at least one author of the material «%1».</source>
        <translation>Укажите хотя бы одного автора материала «%1».</translation>
    </message>
    <message>
        <source>%1 is listed twice among the authors.</source>
        <translation>Сотрудник %1 дважды указан среди авторов.</translation>
    </message>
    <message>
        <source>Unknown type of material «%1».</source>
        <translation>Неизвестный вид материала «%1».</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>The link «%1» must start with http:// or https:// and name a site.</source>
        <translation>Ссылка «%1» должна начинаться с http:// или https:// и содержать адрес сайта.</translation>
    </message>
    <message>
        <source>Unknown approval level «%1».</source>
        <translation>Неизвестный уровень утверждения «%1».</translation>
    </message>
    <message>
        <source>The approval date %1 needs an approval level.</source>
        <translation>Для даты утверждения %1 нужен уровень утверждения.</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>Дата утверждения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1, the first author, worked nowhere on %2: choose the organisation the material belongs to.</source>
        <translation>Первый автор %1 на %2 нигде не работал: выберите организацию, к которой относится материал.</translation>
    </message>
    <message>
        <source>None of the authors of «%1» works at «%2» on %3.</source>
        <translation>Ни один из авторов материала «%1» не работает в «%2» на %3.</translation>
    </message>
    <message>
        <source>saving the material «%1»</source>
        <translation>сохранении материала «%1»</translation>
    </message>
    <message>
        <source>adding an author to the material «%1»</source>
        <translation>добавлении автора материала «%1»</translation>
    </message>
    <message>
        <source>removing the authors of a material</source>
        <translation>удалении авторов материала</translation>
    </message>
    <message>
        <source>The material (id %1) does not exist.</source>
        <translation>Материал (id %1) не существует.</translation>
    </message>
    <message>
        <source>deleting the material «%1»</source>
        <translation>удалении материала «%1»</translation>
    </message>
</context>
<context>
    <name>MentoringCsv</name>
    <message>
        <source>«%1» is not a status of a mentoring programme (черновик, действует, завершена успешно, завершена неуспешно, прекращена)</source>
        <translation>«%1» — не статус программы наставничества (черновик, действует, завершена успешно, завершена неуспешно, прекращена)</translation>
    </message>
    <message>
        <source>a new mentoring programme needs its form</source>
        <translation>для новой программы наставничества нужна форма наставничества</translation>
    </message>
    <message>
        <source>the mentee joined on %1 according to the database; an import does not move that date</source>
        <translation>по данным базы наставляемый вступил в программу %1; при загрузке эта дата не меняется</translation>
    </message>
    <message>
        <source>exporting mentoring</source>
        <translation>выгрузке программ наставничества</translation>
    </message>
</context>
<context>
    <name>MentoringProgramme</name>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>MentoringRepository</name>
    <message>
        <source>The mentoring programme (id %1) does not exist.</source>
        <translation>Программа наставничества (id %1) не существует.</translation>
    </message>
    <message>
        <source>%1 is not a mentee of the programme of %2.</source>
        <translation>%1 не входит в число наставляемых программы наставника %2.</translation>
    </message>
    <message>
        <source>The date %1 leaves the programme is required.</source>
        <translation>Укажите дату, когда %1 выходит из программы.</translation>
    </message>
    <message>
        <source>removing a mentee</source>
        <translation>исключении наставляемого</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>%1, %2; %3; %4</source>
        <translation>%1, %2; %3; %4</translation>
    </message>
    <message>
        <source>no mentees yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>mentor of %1: %2</source>
        <translation>наставник (наставляемые: %1): %2</translation>
    </message>
    <message>
        <source>mentee of %1: %2</source>
        <translation>наставляемый (наставник: %1): %2</translation>
    </message>
    <message>
        <source>saving a mentoring programme</source>
        <translation>сохранении программы наставничества</translation>
    </message>
    <message>
        <source>saving a mentee</source>
        <translation>сохранении наставляемого</translation>
    </message>
    <message>
        <source>The mentoring programme of %1 still has mentees (%2): remove them first.</source>
        <translation>В программе наставничества (наставник %1) ещё есть наставляемые (%2): сначала исключите их.</translation>
    </message>
    <message>
        <source>deleting a mentoring programme</source>
        <translation>удалении программы наставничества</translation>
    </message>
    <message>
        <source>Unknown status of a mentoring programme «%1».</source>
        <translation>Неизвестный статус программы наставничества «%1».</translation>
    </message>
    <message>
        <source>The date of the status change is required.</source>
        <translation>Нужна дата смены статуса.</translation>
    </message>
    <message>
        <source>Unknown form of mentoring «%1».</source>
        <translation>Неизвестная форма наставничества «%1».</translation>
    </message>
    <message>
        <source>Unknown type of mentoring «%1».</source>
        <translation>Неизвестный вид наставничества «%1».</translation>
    </message>
    <message>
        <source>A programme that has ended («%1») needs its end date.</source>
        <translation>Для программы в статусе «%1» нужна дата окончания.</translation>
    </message>
    <message>
        <source>%1 is the mentor of this programme and cannot be its mentee.</source>
        <translation>%1 — наставник в этой программе и не может быть в ней наставляемым.</translation>
    </message>
    <message>
        <source>The date %1 joins the programme is required.</source>
        <translation>Укажите дату, когда %1 вступает в программу.</translation>
    </message>
    <message>
        <source>%1 joins on %2, outside the programme&apos;s period %3.</source>
        <translation>%1 вступает в программу %2 — вне срока программы (%3).</translation>
    </message>
    <message>
        <source>%1 leaves the programme on %2, before joining it on %3.</source>
        <translation>%1 выходит из программы %2 — раньше, чем вступает в неё (%3).</translation>
    </message>
    <message>
        <source>%1 leaves the programme on %2, after its end on %3.</source>
        <translation>%1 выходит из программы %2 — позже её окончания (%3).</translation>
    </message>
    <message>
        <source>%1 is already a mentee of this programme.</source>
        <translation>%1 уже в числе наставляемых этой программы.</translation>
    </message>
    <message>
        <source>A traditional (one-to-one) programme has one mentee at a time: %1 is in it from %2, so %3 cannot join on %4.</source>
        <translation>В традиционной программе (один на один) одновременно может быть только один наставляемый: %1 участвует в ней с %2, поэтому %3 не может вступить в неё %4.</translation>
    </message>
    <message>
        <source>%1 is already a mentee of %2 in a programme of the same type (%3), %4.</source>
        <translation>%1 уже в числе наставляемых наставника %2 в программе того же вида (%3), %4.</translation>
    </message>
    <message>
        <source>The mentor %1 works nowhere on %2 and no mentee is given: choose the organisation the programme belongs to.</source>
        <translation>Наставник %1 на %2 нигде не работает, а наставляемые не указаны: выберите организацию, к которой относится программа.</translation>
    </message>
    <message>
        <source>The programme belongs to «%1», but neither the mentor %2 on %3 nor any mentee works there.</source>
        <translation>Программа относится к «%1», но на %3 там не работает ни наставник %2, ни кто-либо из наставляемых.</translation>
    </message>
</context>
<context>
    <name>MentoringStatus</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>completed successfully</source>
        <translation>завершена успешно</translation>
    </message>
    <message>
        <source>completed unsuccessfully</source>
        <translation>завершена неуспешно</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>прекращена</translation>
    </message>
</context>
<context>
    <name>MonitoringReport</name>
    <message>
        <source>Monitoring of indicators</source>
        <translation>Мониторинг показателей</translation>
    </message>
    <message>
        <source>No data: no indicator of %1 can be computed for %2.</source>
        <translation>Нет данных: ни один показатель подразделения «%1» не вычисляется за %2.</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1 to %2; staff as on %3. Units compared: %n.</source>
        <translation>
            <numerusform>Показатели за период с %1 по %2; состав педагогов — на %3. Сравнивается %n подразделение.</numerusform>
            <numerusform>Показатели за период с %1 по %2; состав педагогов — на %3. Сравниваются %n подразделения.</numerusform>
            <numerusform>Показатели за период с %1 по %2; состав педагогов — на %3. Сравниваются %n подразделений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators of %1</source>
        <translation>Показатели: %1</translation>
    </message>
    <message>
        <source>Indicators against targets</source>
        <translation>Показатели и целевые значения</translation>
    </message>
    <message>
        <source>Indicators by unit</source>
        <translation>Показатели по подразделениям</translation>
    </message>
    <message>
        <source>%1 has no child units to compare.</source>
        <translation>У подразделения «%1» нет подчинённых подразделений для сравнения.</translation>
    </message>
    <message>
        <source>Units × indicators</source>
        <translation>Подразделения × показатели</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Deviation from targets</source>
        <translation>Отклонения от целевых значений</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Units furthest behind</source>
        <translation>Подразделения с наибольшим отставанием</translation>
    </message>
    <message>
        <source>There are no units to compare.</source>
        <translation>Нет подразделений для сравнения.</translation>
    </message>
    <message>
        <source>No unit is behind its targets.</source>
        <translation>Ни одно подразделение не отстаёт от целевых значений.</translation>
    </message>
    <message>
        <source>Units behind their targets</source>
        <translation>Подразделения, отстающие от целевых значений</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicators behind</source>
        <translation>Показателей с отставанием</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Units behind at least one target: %1 of %2.</source>
        <translation>Отстают хотя бы по одному целевому значению: %1 из %2 подразделений.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>The target is reached by %1 of %2 units.</source>
        <translation>Цель достигнута в %1 из %2 подразделений.</translation>
    </message>
    <message>
        <source>Behind: %1.</source>
        <translation>Отстают: %1.</translation>
    </message>
    <message>
        <source>The author&apos;s conclusions</source>
        <translation>Выводы автора</translation>
    </message>
</context>
<context>
    <name>OrgUnitRepository</name>
    <message>
        <source>The region is the root of the tree and has no parent unit.</source>
        <translation>Регион — корень дерева, у него нет вышестоящего подразделения.</translation>
    </message>
    <message>
        <source>The database already has a region (%1); it holds exactly one.</source>
        <translation>В базе уже есть регион (%1); в ней может быть только один регион.</translation>
    </message>
    <message>
        <source>A hub must be placed directly under the region.</source>
        <translation>Хаб размещается непосредственно в регионе.</translation>
    </message>
    <message>
        <source>A municipality must be placed under a hub.</source>
        <translation>Муниципалитет размещается в хабе.</translation>
    </message>
    <message>
        <source>An organisation must be placed under a municipality.</source>
        <translation>Организация размещается в муниципалитете.</translation>
    </message>
    <message>
        <source>The parent unit (id %1) does not exist.</source>
        <translation>Вышестоящее подразделение (id %1) не существует.</translation>
    </message>
    <message>
        <source>«%1» is a %2.</source>
        <translation>«%1» — это %2.</translation>
    </message>
    <message>
        <source>The unit code must not be empty.</source>
        <translation>Код подразделения не может быть пустым.</translation>
    </message>
    <message>
        <source>The unit name must not be empty.</source>
        <translation>Наименование подразделения не может быть пустым.</translation>
    </message>
    <message>
        <source>«%1» is not a kind of %2.</source>
        <translation>«%1» не является видом для уровня «%2».</translation>
    </message>
    <message>
        <source>Unknown innovation site level «%1».</source>
        <translation>Неизвестный уровень инновационной площадки «%1».</translation>
    </message>
    <message>
        <source>The code %1 is already used by «%2».</source>
        <translation>Код %1 уже занят подразделением «%2».</translation>
    </message>
    <message>
        <source>adding unit %1</source>
        <translation>добавлении подразделения %1</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>Подразделение (id %1) не существует.</translation>
    </message>
    <message>
        <source>The level and the parent of a unit change only by moving it.</source>
        <translation>Уровень и вышестоящее подразделение меняются только перемещением.</translation>
    </message>
    <message>
        <source>saving unit %1</source>
        <translation>сохранении подразделения %1</translation>
    </message>
    <message>
        <source>The region is the root of the tree and cannot be moved.</source>
        <translation>Регион — корень дерева, его нельзя переместить.</translation>
    </message>
    <message>
        <source>«%1» cannot be moved: %2</source>
        <translation>«%1» нельзя переместить: %2</translation>
    </message>
    <message>
        <source>moving unit %1</source>
        <translation>перемещении подразделения %1</translation>
    </message>
    <message>
        <source>«%1» has subordinate units; move or delete them first.</source>
        <translation>У «%1» есть подчинённые подразделения; сначала переместите или удалите их.</translation>
    </message>
    <message>
        <source>«%1» has %2 employment records; staff history is never deleted with a unit.</source>
        <translation>У «%1» есть записи о работе сотрудников (%2); история кадров не удаляется вместе с подразделением.</translation>
    </message>
    <message>
        <source>deleting unit %1</source>
        <translation>удалении подразделения %1</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>registered</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>registered; to be removed</source>
        <translation>записан; будет убран</translation>
    </message>
    <message>
        <source>to be added</source>
        <translation>будет добавлен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>The staff of this unit&apos;s subtree on the event&apos;s date</source>
        <translation>Сотрудники этого подразделения и подчинённых ему на дату мероприятия</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Поиск по ФИО…</translation>
    </message>
    <message>
        <source>The role of the persons checked from now on</source>
        <translation>Роль тех, кого отметят дальше</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Выбрать всех видимых</translation>
    </message>
    <message>
        <source>Staff of:</source>
        <translation>Сотрудники:</translation>
    </message>
    <message>
        <source>Role of the checked:</source>
        <translation>Роль отмеченных:</translation>
    </message>
    <message>
        <source>The event (id %1) does not exist.</source>
        <translation>Мероприятие (id %1) не существует.</translation>
    </message>
    <message>
        <source>Participants of «%1»</source>
        <translation>Участники: «%1»</translation>
    </message>
    <message>
        <source>%1 «%2», %3; organised by %4</source>
        <translation>%1 «%2», %3; организатор: %4</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source> (the first %1 of the staff: narrow the search by name)</source>
        <translation> (первые %1 сотрудников: уточните поиск по ФИО)</translation>
    </message>
    <message>
        <source>checked: %1; to add: %2, to remove: %3</source>
        <translation>отмечено: %1; добавить: %2, убрать: %3</translation>
    </message>
    <message>
        <source>roles changed: %1</source>
        <translation>изменены роли: %1</translation>
    </message>
    <message>
        <source>Participants of the event «%1»: %2</source>
        <translation>Участники мероприятия «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ParticipationCsv</name>
    <message>
        <source>a new event needs its kind and level</source>
        <translation>для нового мероприятия нужны вид и уровень</translation>
    </message>
    <message>
        <source>exporting event participants</source>
        <translation>выгрузке участников мероприятий</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Show those in the numerator</source>
        <translation>Показать тех, кто в числителе</translation>
    </message>
    <message>
        <source>People behind %1, %2</source>
        <translation>Люди за показателем %1, %2</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Выгрузить в CSV…</translation>
    </message>
    <message>
        <source>In the numerator: %1 of %2.</source>
        <translation>В числителе: %1 из %2.</translation>
    </message>
    <message>
        <source>Not in the numerator: %1 of %2.</source>
        <translation>Не в числителе: %1 из %2.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Выгрузка списка</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Records behind %1, %2</source>
        <translation>Записи за показателем %1, %2</translation>
    </message>
    <message>
        <source>Show the records in the numerator</source>
        <translation>Показать записи в числителе</translation>
    </message>
    <message>
        <source>Answers behind %1, %2</source>
        <translation>Ответы за показателем %1, %2</translation>
    </message>
    <message>
        <source>Show the units in the numerator</source>
        <translation>Показать подразделения в числителе</translation>
    </message>
    <message>
        <source>Numerator: %1. Denominator: %2.</source>
        <translation>Числитель: %1. Знаменатель: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Units that reported their figures (%n) have nothing listed.</source>
        <translation>
            <numerusform>Подразделение, приславшее свои цифры (%n), в списке не представлено.</numerusform>
            <numerusform>Подразделения, приславшие свои цифры (%n), в списке не представлены.</numerusform>
            <numerusform>Подразделения, приславшие свои цифры (%n), в списке не представлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: %1.</source>
        <translation>В списке: %1.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>No records.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>About the teacher</source>
        <translation>Сведения о педагоге</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (%n год)</numerusform>
            <numerusform>%1 (%n года)</numerusform>
            <numerusform>%1 (%n лет)</numerusform>
        </translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>%1, %2, rate %3</source>
        <translation>%1, %2, ставка %3</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>works nowhere on %1</source>
        <translation>на %1 нигде не работает</translation>
    </message>
    <message>
        <source>Pedagogical experience</source>
        <translation>Педагогический стаж</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), since %1</source>
        <translation>
            <numerusform>%n год, с %1</numerusform>
            <numerusform>%n года, с %1</numerusform>
            <numerusform>%n лет, с %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, granted %2, valid until %3</source>
        <translation>%1, присвоена %2, действует до %3</translation>
    </message>
    <message>
        <source>Qualification category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>тьютор</translation>
    </message>
    <message>
        <source>methodist</source>
        <translation>методист</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Diagnostics of professional deficits</source>
        <translation>Диагностика профессиональных дефицитов</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Результаты по областям</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Individual educational routes</source>
        <translation>Индивидуальные образовательные маршруты</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Маршрут %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Цели: %1</translation>
    </message>
    <message>
        <source>Further training (ДПО)</source>
        <translation>Повышение квалификации (ДПО)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация ДПО</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), %1 hours in all.</source>
        <translation>
            <numerusform>%n курс, всего %1 ч.</numerusform>
            <numerusform>%n курса, всего %1 ч.</numerusform>
            <numerusform>%n курсов, всего %1 ч.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Category sought</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>наставляемый</translation>
    </message>
    <message>
        <source>Methodical events</source>
        <translation>Методические мероприятия</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Professional competitions</source>
        <translation>Конкурсы профессионального мастерства</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>All records in date order</source>
        <translation>Все записи в порядке дат</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Нет педагога с идентификатором %1.</translation>
    </message>
    <message>
        <source>Card of professional development: %1</source>
        <translation>Карта профессионального развития педагога: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Build a route…</source>
        <translation>Построить ИОМ…</translation>
    </message>
    <message>
        <source>An individual educational route from the selected diagnostic: its deficits become the route&apos;s problems</source>
        <translation>Индивидуальный образовательный маршрут по выбранной диагностике: её дефициты станут проблемами маршрута</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Выполнено пунктов</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Move the selected route along its lifecycle as of today</source>
        <translation>Перевести выбранный маршрут в другой статус сегодняшним днём</translation>
    </message>
    <message>
        <source>Routes (ИОМ)</source>
        <translation>Маршруты (ИОМ)</translation>
    </message>
    <message>
        <source>Courses (ДПО)</source>
        <translation>Курсы ДПО</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>The person (id %1) does not exist.</source>
        <translation>Человек (id %1) не существует.</translation>
    </message>
    <message>
        <source>%1 — card</source>
        <translation>%1 — карточка</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not employed on %1</source>
        <translation>Не работает на %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, действует до %1</translation>
    </message>
    <message numerus="yes">
        <source>experience: %n year(s)</source>
        <translation>
            <numerusform>стаж: %n год</numerusform>
            <numerusform>стаж: %n года</numerusform>
            <numerusform>стаж: %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>experience: unknown</source>
        <translation>стаж: неизвестен</translation>
    </message>
    <message numerus="yes">
        <source>age: %n year(s)</source>
        <translation>
            <numerusform>возраст: %n год</numerusform>
            <numerusform>возраст: %n года</numerusform>
            <numerusform>возраст: %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>age: unknown</source>
        <translation>возраст: неизвестен</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Маршрут %1: %2</translation>
    </message>
    <message>
        <source>Route status</source>
        <translation>Статус маршрута</translation>
    </message>
    <message>
        <source>Build a route</source>
        <translation>Построение ИОМ</translation>
    </message>
    <message>
        <source>Select the diagnostic to build the route from.</source>
        <translation>Выберите диагностику, по которой строится маршрут.</translation>
    </message>
    <message>
        <source>Route %1, %2; no items.</source>
        <translation>Маршрут %1, %2; пунктов нет.</translation>
    </message>
    <message>
        <source>Status: %1; items done: %2 of %3.</source>
        <translation>Статус: %1; выполнено пунктов: %2 из %3.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <comment>the table of the report</comment>
        <translation>Диагностики</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>the columns «Фамилия» and «Имя» go together</source>
        <translation>столбцы «Фамилия» и «Имя» нужны вместе</translation>
    </message>
    <message>
        <source>the file needs the column «СНИЛС», or «ФИО» (or «Фамилия» and «Имя») with «Дата рождения», to find the persons</source>
        <translation>чтобы найти сотрудников, в файле нужен столбец «СНИЛС» или «ФИО» (либо «Фамилия» и «Имя») вместе со столбцом «Дата рождения»</translation>
    </message>
    <message>
        <source>the file needs the column «СНИЛС наставника», or «Наставник» with «Дата рождения наставника», to find the mentors</source>
        <translation>чтобы найти наставников, в файле нужен столбец «СНИЛС наставника» или «Наставник» вместе со столбцом «Дата рождения наставника»</translation>
    </message>
    <message>
        <source>write the last name, the first name and the middle name, if any</source>
        <translation>укажите фамилию, имя и, если есть, отчество</translation>
    </message>
    <message>
        <source>the person needs a SNILS, or the full name with the birth date</source>
        <translation>для сотрудника нужен СНИЛС или ФИО вместе с датой рождения</translation>
    </message>
    <message>
        <source>several persons are called %1 and were born on %2; add the SNILS</source>
        <translation>несколько сотрудников с ФИО %1 родились %2; укажите СНИЛС</translation>
    </message>
    <message>
        <source>there is no person %1 born on %2 in the database (persons are imported or added first)</source>
        <translation>в базе нет сотрудника %1 с датой рождения %2 (сначала загрузите или добавьте сотрудников)</translation>
    </message>
    <message>
        <source>there is no person with SNILS %1 in the database (persons are imported or added first)</source>
        <translation>в базе нет сотрудника со СНИЛС %1 (сначала загрузите или добавьте сотрудников)</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2, not to %3</source>
        <translation>СНИЛС %1 принадлежит сотруднику %2, а не %3</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2, born on %3, not on %4</source>
        <translation>СНИЛС %1 принадлежит сотруднику %2, родившемуся %3, а не %4</translation>
    </message>
    <message>
        <source>the file needs the column «%1», or «%2» with «%3», to find the persons</source>
        <translation>чтобы найти сотрудников, в файле нужен столбец «%1» или «%2» вместе с «%3»</translation>
    </message>
</context>
<context>
    <name>PersonCsv</name>
    <message>
        <source>the file needs the column «ФИО» or the columns «Фамилия» and «Имя»</source>
        <translation>в файле нужен столбец «ФИО» или столбцы «Фамилия» и «Имя»</translation>
    </message>
    <message>
        <source>the columns «Фамилия» and «Имя» go together</source>
        <translation>столбцы «Фамилия» и «Имя» нужны вместе</translation>
    </message>
    <message>
        <source>the file needs the column «Дата рождения» or «СНИЛС» to tell persons apart</source>
        <translation>в файле нужен столбец «Дата рождения» или «СНИЛС», чтобы различать людей</translation>
    </message>
    <message>
        <source>with an organisation the columns «Должность» and «Дата приёма» are required</source>
        <translation>при указании организации нужны столбцы «Должность» и «Дата приёма»</translation>
    </message>
    <message>
        <source>write the last name, the first name and the middle name, if any</source>
        <translation>укажите фамилию, имя и, если есть, отчество</translation>
    </message>
    <message>
        <source>a birth date or SNILS is needed to identify the person</source>
        <translation>чтобы узнать сотрудника, нужна дата рождения или СНИЛС</translation>
    </message>
    <message>
        <source>«%1» is not a qualification category</source>
        <translation>«%1» — не квалификационная категория</translation>
    </message>
    <message>
        <source>there is no organisation with the code %1</source>
        <translation>нет организации с кодом %1</translation>
    </message>
    <message>
        <source>several organisations are called «%1»; use the column «Код организации»</source>
        <translation>организаций с наименованием «%1» несколько; укажите столбец «Код организации»</translation>
    </message>
    <message>
        <source>there is no organisation called «%1»</source>
        <translation>нет организации с наименованием «%1»</translation>
    </message>
    <message>
        <source>«%1» is not a known position</source>
        <translation>«%1» — неизвестная должность</translation>
    </message>
    <message>
        <source>the person&apos;s details differ from line %1 of the same file</source>
        <translation>данные сотрудника расходятся со строкой %1 этого же файла</translation>
    </message>
    <message>
        <source>exporting persons</source>
        <translation>выгрузке сотрудников</translation>
    </message>
    <message>
        <source>the row repeats line %1</source>
        <translation>строка повторяет строку %1</translation>
    </message>
    <message>
        <source>several persons are called %1 and were born on %2; add the column «СНИЛС»</source>
        <translation>несколько сотрудников с ФИО %1 родились %2; добавьте столбец «СНИЛС»</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2, born on %3, not on %4</source>
        <translation>СНИЛС %1 принадлежит сотруднику %2, родившемуся %3, а не %4</translation>
    </message>
    <message>
        <source>the rate must be greater than 0 and at most 2</source>
        <translation>ставка должна быть больше 0 и не больше 2</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>Employment</source>
        <translation>Приём на работу</translation>
    </message>
    <message>
        <source>%1, %2, rate %3</source>
        <translation>%1, %2, ставка %3</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>type part of the last name</source>
        <translation>введите часть фамилии</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The last name must not be empty.</source>
        <translation>Фамилия не может быть пустой.</translation>
    </message>
    <message>
        <source>The first name must not be empty.</source>
        <translation>Имя не может быть пустым.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The pedagogical experience cannot start before the age of 14.</source>
        <translation>Педагогический стаж не может начинаться раньше 14 лет.</translation>
    </message>
    <message>
        <source>SNILS %1 already belongs to %2.</source>
        <translation>СНИЛС %1 уже принадлежит: %2.</translation>
    </message>
    <message>
        <source>Unknown qualification category «%1».</source>
        <translation>Неизвестная квалификационная категория «%1».</translation>
    </message>
    <message>
        <source>A person without a category has no category dates.</source>
        <translation>У педагога без категории не может быть дат присвоения и окончания категории.</translation>
    </message>
    <message>
        <source>The category expires before it was granted.</source>
        <translation>Срок действия категории заканчивается раньше даты её присвоения.</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>добавлении: %1</translation>
    </message>
    <message>
        <source>The person (id %1) does not exist.</source>
        <translation>Сотрудник (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>сохранении: %1</translation>
    </message>
    <message>
        <source>The organisation (id %1) does not exist.</source>
        <translation>Организация (id %1) не существует.</translation>
    </message>
    <message>
        <source>A person can be employed only by an organisation, and «%1» is a %2.</source>
        <translation>Место работы — только организация, а «%1» — это %2.</translation>
    </message>
    <message>
        <source>Unknown position «%1».</source>
        <translation>Неизвестная должность «%1».</translation>
    </message>
    <message>
        <source>The rate must be greater than 0 and at most 2, not %1.</source>
        <translation>Ставка должна быть больше 0 и не больше 2, а не %1.</translation>
    </message>
    <message>
        <source>The employment start date is required.</source>
        <translation>Нужна дата начала работы.</translation>
    </message>
    <message>
        <source>The employment ends (%1) before it starts (%2).</source>
        <translation>Работа заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>adding an employment</source>
        <translation>добавлении места работы</translation>
    </message>
    <message>
        <source>The employment (id %1) does not exist.</source>
        <translation>Запись о месте работы (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving an employment</source>
        <translation>сохранении места работы</translation>
    </message>
</context>
<context>
    <name>PlanCsv</name>
    <message>
        <source>«%1» is not a month (сентябрь, …, or 1–12)</source>
        <translation>«%1» — не месяц (сентябрь, … или 1–12)</translation>
    </message>
    <message>
        <source>give the responsible either as a person or in words, not both</source>
        <translation>укажите ответственного либо сотрудником, либо текстом, но не то и другое</translation>
    </message>
    <message>
        <source>«%1» is not a status of a plan item (запланировано, проведено, перенесено, отменено)</source>
        <translation>«%1» — не статус пункта плана (запланировано, проведено, перенесено, отменено)</translation>
    </message>
    <message>
        <source>exporting the plan</source>
        <translation>выгрузке плана</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>reading the plan</source>
        <translation>чтение плана</translation>
    </message>
    <message>
        <source>held on time</source>
        <translation>проведено в срок</translation>
    </message>
    <message>
        <source>held late</source>
        <translation>проведено с опозданием</translation>
    </message>
    <message>
        <source>moved, not yet due</source>
        <translation>перенесено, срок не наступил</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>срок не наступил</translation>
    </message>
    <message>
        <source>Plan of methodical events with execution</source>
        <translation>План методической работы и его выполнение</translation>
    </message>
    <message>
        <source>No data: the plan of %1 for %2 holds no item.</source>
        <translation>Нет данных: в плане «%1» на %2 нет ни одного мероприятия.</translation>
    </message>
    <message numerus="yes">
        <source>The plan for %1 holds %n item(s); by %2 the due date of %3 of them has come.</source>
        <translation>
            <numerusform>План на %1 содержит %n мероприятие; к %2 наступил срок %3 из них.</numerusform>
            <numerusform>План на %1 содержит %n мероприятия; к %2 наступил срок %3 из них.</numerusform>
            <numerusform>План на %1 содержит %n мероприятий; к %2 наступил срок %3 из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held: %1 of %2 (%3), on time %4, late %5. Not held: %6 (overdue %7, cancelled %8).</source>
        <translation>Проведено %1 из %2 (%3): в срок — %4, с опозданием — %5. Не проведено %6: просрочено — %7, отменено — %8.</translation>
    </message>
    <message>
        <source>No item was due by %1.</source>
        <translation>К %1 срок ни одного мероприятия ещё не наступил.</translation>
    </message>
    <message>
        <source>Moved to a date not yet come: %1; not yet due: %2.</source>
        <translation>Перенесено на ещё не наступившую дату — %1; срок ещё не наступил — %2.</translation>
    </message>
    <message>
        <source>Execution of the plan</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Мероприятий</translation>
    </message>
    <message>
        <source>Share of all items</source>
        <translation>Доля от всех</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Execution by month</source>
        <translation>Выполнение плана по месяцам</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>The plan and its execution</source>
        <translation>План и его выполнение</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Мероприятия плана</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Event held</source>
        <translation>Проведённое мероприятие</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Items not held</source>
        <translation>Невыполненные мероприятия</translation>
    </message>
    <message>
        <source>Every item due by %1 was held.</source>
        <translation>Все мероприятия, срок которых наступил к %1, проведены.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>The author&apos;s conclusions</source>
        <translation>Выводы автора</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The title of the plan item must not be empty.</source>
        <translation>Название пункта плана не может быть пустым.</translation>
    </message>
    <message>
        <source>The unit whose plan it is is required.</source>
        <translation>Нужно указать подразделение, к которому относится план.</translation>
    </message>
    <message>
        <source>The academic year %1 is not between %2 and %3.</source>
        <translation>Учебный год %1 должен быть в пределах от %2 до %3.</translation>
    </message>
    <message>
        <source>The month of the plan item must be from 1 to 12, not %1.</source>
        <translation>Месяц пункта плана должен быть от 1 до 12, а не %1.</translation>
    </message>
    <message>
        <source>Give the responsible either as a person or in words («%1»), not both.</source>
        <translation>Ответственного указывают либо выбором сотрудника, либо текстом («%1»), но не тем и другим сразу.</translation>
    </message>
    <message>
        <source>Unknown plan item status «%1».</source>
        <translation>Неизвестный статус пункта плана «%1».</translation>
    </message>
    <message>
        <source>The date the item «%1» is moved to is required.</source>
        <translation>Нужна дата, на которую перенесён пункт «%1».</translation>
    </message>
    <message>
        <source>Only a moved item has a new date (%1).</source>
        <translation>Новая дата (%1) указывается только для перенесённого пункта.</translation>
    </message>
    <message>
        <source>«%1» cannot be held yet: it is planned for %2.</source>
        <translation>Пункт «%1» пока нельзя отметить проведённым: он запланирован на %2.</translation>
    </message>
    <message>
        <source>The event (id %1) does not exist.</source>
        <translation>Мероприятие (id %1) не существует.</translation>
    </message>
    <message>
        <source>adding the plan item «%1»</source>
        <translation>добавлении пункта плана «%1»</translation>
    </message>
    <message>
        <source>The plan item (id %1) does not exist.</source>
        <translation>Пункт плана (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving the plan item «%1»</source>
        <translation>сохранении пункта плана «%1»</translation>
    </message>
    <message>
        <source>deleting a plan item</source>
        <translation>удалении пункта плана</translation>
    </message>
</context>
<context>
    <name>PlanStatuses</name>
    <message>
        <source>planned</source>
        <comment>plan item status</comment>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>held</source>
        <comment>plan item status</comment>
        <translation>проведено</translation>
    </message>
    <message>
        <source>moved</source>
        <comment>plan item status</comment>
        <translation>перенесено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>plan item status</comment>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>&amp;Recent Files</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>The person (id %1) does not exist.</source>
        <translation>Сотрудник (id %1) не существует.</translation>
    </message>
    <message>
        <source>The organisation unit (id %1) does not exist.</source>
        <translation>Подразделение (id %1) не существует.</translation>
    </message>
    <message>
        <source>%1 does not work at «%2» on %3.</source>
        <translation>%1 не работает в «%2» на %3.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Нужна дата начала.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Дата окончания %1 раньше даты начала %2.</translation>
    </message>
    <message>
        <source>The status cannot change from «%1» to «%2».</source>
        <translation>Статус нельзя сменить с «%1» на «%2».</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Together with it: %1.</source>
        <translation>Вместе с ней будут удалены: %1.</translation>
    </message>
    <message>
        <source>Delete the record?</source>
        <translation>Удалить запись?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records?</source>
        <translation>
            <numerusform>Удалить %n запись?</numerusform>
            <numerusform>Удалить %n записи?</numerusform>
            <numerusform>Удалить %n записей?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records (%1)</source>
        <translation>
            <numerusform>Удалить %n запись (%1)</numerusform>
            <numerusform>Удалить %n записи (%1)</numerusform>
            <numerusform>Удалить %n записей (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>The record «%1» is not deleted: %2</source>
        <translation>Запись «%1» не удалена: %2</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>the column «%1» is needed for this row</source>
        <translation>для этой строки нужен столбец «%1»</translation>
    </message>
    <message>
        <source>«%1» is not in the list of %2</source>
        <translation>«%1» нет в списке «%2»</translation>
    </message>
    <message>
        <source>there is no unit with the code %1</source>
        <translation>нет подразделения с кодом %1</translation>
    </message>
    <message>
        <source>«%1» differs from «%2» in line %3, which is about the same record</source>
        <translation>«%1» расходится с «%2» в строке %3, которая относится к той же записи</translation>
    </message>
    <message>
        <source>the row repeats line %1</source>
        <translation>строка повторяет строку %1</translation>
    </message>
    <message>
        <source>«%1» is not an academic year (write 2024/25)</source>
        <translation>«%1» — не учебный год (пишите 2024/25)</translation>
    </message>
    <message>
        <source>«%1» is not a UUID</source>
        <translation>«%1» — не UUID</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Staff</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>person</source>
        <translation>педагог</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>диагностика</translation>
    </message>
    <message>
        <source>Individual routes (IEM)</source>
        <translation>Маршруты (ИОМ)</translation>
    </message>
    <message>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>mentoring programme</source>
        <translation>программа наставничества</translation>
    </message>
    <message>
        <source>CPD programmes</source>
        <translation>Программы ДПО</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>CPD completions</source>
        <translation>Курсы ДПО</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>прохождение курсов</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>аттестация</translation>
    </message>
    <message>
        <source>Methodical events</source>
        <translation>Методические мероприятия</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>Methodical associations</source>
        <translation>Методические объединения</translation>
    </message>
    <message>
        <source>association</source>
        <translation>объединение</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>Innovation sites</source>
        <translation>Инновационные площадки</translation>
    </message>
    <message>
        <source>innovation site</source>
        <translation>инновационная площадка</translation>
    </message>
    <message>
        <source>Methodical materials</source>
        <translation>Методические материалы</translation>
    </message>
    <message>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Анкетирование</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>анкета</translation>
    </message>
    <message>
        <source>Student results</source>
        <translation>Результаты обучающихся</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>пункт плана</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>риск</translation>
    </message>
    <message>
        <source>Presence checklist</source>
        <translation>Чек-лист наличия</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>ответ чек-листа</translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <source>A person is not deleted: their records stay in their history. When a person leaves, set the end of their employment in their form.</source>
        <translation>Сотрудник не удаляется: его записи остаются в истории. Когда сотрудник увольняется, укажите в его карточке дату окончания работы.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) by competence area</source>
        <translation>
            <numerusform>%n результат по области компетенций</numerusform>
            <numerusform>%n результата по областям компетенций</numerusform>
            <numerusform>%n результатов по областям компетенций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route item(s)</source>
        <translation>
            <numerusform>%n пункт маршрута</numerusform>
            <numerusform>%n пункта маршрута</numerusform>
            <numerusform>%n пунктов маршрута</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate review(s)</source>
        <translation>
            <numerusform>%n промежуточная оценка</numerusform>
            <numerusform>%n промежуточные оценки</numerusform>
            <numerusform>%n промежуточных оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the entries of %n mentee(s) (%1)</source>
        <translation>
            <numerusform>записи %n наставляемого (%1)</numerusform>
            <numerusform>записи %n наставляемых (%1)</numerusform>
            <numerusform>записи %n наставляемых (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>mentor %1</source>
        <translation>наставник %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) named</source>
        <translation>
            <numerusform>%n названная потребность</numerusform>
            <numerusform>%n названные потребности</numerusform>
            <numerusform>%n названных потребностей</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>positions</source>
        <translation>должности</translation>
    </message>
    <message>
        <source>qualification categories</source>
        <translation>квалификационные категории</translation>
    </message>
    <message>
        <source>competence areas</source>
        <translation>компетентностные области</translation>
    </message>
    <message>
        <source>diagnostic sources</source>
        <translation>источники диагностики</translation>
    </message>
    <message>
        <source>event kinds</source>
        <translation>виды мероприятий</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>уровни</translation>
    </message>
    <message>
        <source>participation roles</source>
        <translation>роли участия</translation>
    </message>
    <message>
        <source>competition results</source>
        <translation>результаты конкурсов</translation>
    </message>
    <message>
        <source>mentoring forms</source>
        <translation>формы наставничества</translation>
    </message>
    <message>
        <source>mentoring types</source>
        <translation>виды наставничества</translation>
    </message>
    <message>
        <source>course forms</source>
        <translation>формы обучения</translation>
    </message>
    <message>
        <source>route directions</source>
        <translation>направления маршрута</translation>
    </message>
    <message>
        <source>The name of a list item must not be empty.</source>
        <translation>Наименование элемента списка не может быть пустым.</translation>
    </message>
    <message>
        <source>«%1» is already in the list of %2.</source>
        <translation>«%1» уже есть в списке «%2».</translation>
    </message>
    <message>
        <source>The code «%1» is already used in the list of %2.</source>
        <translation>Код «%1» уже занят в списке «%2».</translation>
    </message>
    <message>
        <source>adding «%1» to the list of %2</source>
        <translation>добавлении «%1» в список «%2»</translation>
    </message>
    <message>
        <source>association levels</source>
        <translation>уровни методических объединений</translation>
    </message>
    <message>
        <source>consultation forms</source>
        <translation>формы консультаций</translation>
    </message>
    <message>
        <source>material types</source>
        <translation>виды материалов</translation>
    </message>
    <message>
        <source>approval levels</source>
        <translation>уровни утверждения</translation>
    </message>
    <message>
        <source>forms of support</source>
        <translation>формы поддержки</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New %1 (Ins)</source>
        <translation>Создать: %1 (Ins)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Open the %1 (Enter, double click)</source>
        <translation>Открыть: %1 (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>Удалить выбранные записи (Del)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Часть текста в полях: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Could not read the records: %1</source>
        <translation>Не удалось прочитать записи: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPeriod</name>
    <message>
        <source>%1 academic year</source>
        <translation>%1 учебный год</translation>
    </message>
    <message>
        <source>%1 calendar year</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
</context>
<context>
    <name>RegisterQuery</name>
    <message>
        <source>reading the register «%1»</source>
        <translation>чтении реестра «%1»</translation>
    </message>
</context>
<context>
    <name>RegisterSpecs</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефицитов</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемых</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация ДПО</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Область компетенций</translation>
    </message>
    <message>
        <source>Federal registry</source>
        <translation>Фед. реестр</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Прошли обучение</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Зарегистрировал</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Winners and prize-winners</source>
        <translation>Победителей и призёров</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет (направление)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>Участников сейчас</translation>
    </message>
    <message>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Консультируемых</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторов</translation>
    </message>
    <message>
        <source>Approved at level</source>
        <translation>Одобрен на уровне</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>Needs named</source>
        <translation>Потребностей</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Перенесено на</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Выявлен</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Меры профилактики</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 academic year</source>
        <translation>%1 учебный год</translation>
    </message>
    <message>
        <source>Annual analysis of methodical work</source>
        <translation>Анализ методической работы за учебный год</translation>
    </message>
    <message>
        <source>Monitoring of indicators</source>
        <translation>Мониторинг показателей</translation>
    </message>
    <message>
        <source>Card of professional development</source>
        <translation>Карта профессионального развития педагога</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>Списки для работы</translation>
    </message>
    <message>
        <source>Plan of methodical events with execution</source>
        <translation>План методической работы и его выполнение</translation>
    </message>
    <message>
        <source>Trend of an indicator</source>
        <translation>Динамика показателя</translation>
    </message>
    <message>
        <source>There is no unit with the id %1.</source>
        <translation>Нет подразделения с идентификатором %1.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Нет данных.</translation>
    </message>
    <message>
        <source>Date of preparation: %1</source>
        <translation>Дата составления: %1</translation>
    </message>
    <message>
        <source>(position)</source>
        <translation>(должность)</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(Ф. И. О.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the document could not be written</source>
        <translation>документ не удалось записать</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>Cannot write a report to %1: the file name must end with .%2.</source>
        <translation>Нельзя записать отчёт в %1: имя файла должно оканчиваться на .%2.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Таблица %1</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>не удаётся создать файл</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>The author&apos;s text</source>
        <translation>Текст автора</translation>
    </message>
    <message>
        <source>Save the &amp;text</source>
        <translation>Сохранить &amp;текст</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>По&amp;дразделение:</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>П&amp;едагог:</translation>
    </message>
    <message>
        <source>Categories expiring within, &amp;months:</source>
        <translation>Категории, истекающие в течение, &amp;месяцев:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>Пока&amp;затель:</translation>
    </message>
    <message>
        <source>Number of y&amp;ears:</source>
        <translation>Число &amp;лет:</translation>
    </message>
    <message>
        <source>Build the report (Ctrl+Enter)</source>
        <translation>Сформировать отчёт (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>building…</source>
        <translation>формируется…</translation>
    </message>
    <message>
        <source>What to build</source>
        <translation>Что сформировать</translation>
    </message>
    <message>
        <source>Save the author&apos;s text with the database (Ctrl+S)</source>
        <translation>Сохранить текст автора в базе данных (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Разделы:</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Сначала откройте базу данных.</translation>
    </message>
    <message>
        <source>Choose the person: type part of their last name and pick them from the list.</source>
        <translation>Выберите педагога: введите часть фамилии и выберите его из списка.</translation>
    </message>
    <message>
        <source>Choose the unit whose report to build.</source>
        <translation>Выберите подразделение, отчёт которого нужно сформировать.</translation>
    </message>
    <message>
        <source>Choose the academic year.</source>
        <translation>Выберите учебный год.</translation>
    </message>
    <message>
        <source>Choose the indicator.</source>
        <translation>Выберите показатель.</translation>
    </message>
    <message>
        <source>Choose the report and press «Build» (Ctrl+Enter).</source>
        <translation>Выберите отчёт и нажмите «Сформировать» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Blank lines are printed until the text is written here.</source>
        <translation>Пока текст здесь не написан, в отчёте печатаются пустые строки.</translation>
    </message>
    <message>
        <source>The author&apos;s text of «%1», %2</source>
        <translation>Текст автора: «%1», %2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt);;Excel workbook (*.xlsx);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Документ OpenDocument для Word и LibreOffice (*.odt);;Книга Excel (*.xlsx);;Веб-страница (*.html)</translation>
    </message>
</context>
<context>
    <name>ReportedFigures</name>
    <message>
        <source>Unknown indicator «%1».</source>
        <translation>Неизвестный показатель «%1».</translation>
    </message>
    <message>
        <source>The reported numerator and denominator of %1 cannot be negative.</source>
        <translation>Сообщённые числитель и знаменатель %1 не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The reported numerator of %1 (%2) is greater than its denominator (%3).</source>
        <translation>Сообщённый числитель %1 (%2) больше знаменателя (%3).</translation>
    </message>
    <message>
        <source>The unit of the reported figure is not in the database.</source>
        <translation>Подразделения, сообщившего значение, нет в базе данных.</translation>
    </message>
    <message>
        <source>replacing a reported figure</source>
        <translation>замене сообщённого значения</translation>
    </message>
    <message>
        <source>saving a reported figure</source>
        <translation>сохранении сообщённого значения</translation>
    </message>
    <message>
        <source>removing a reported figure</source>
        <translation>удалении сообщённого значения</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Reports &amp;panel</source>
        <translation>&amp;Панель отчётов</translation>
    </message>
    <message>
        <source>Pre&amp;view of the report…</source>
        <translation>П&amp;росмотр отчёта…</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;Печать отчёта…</translation>
    </message>
    <message>
        <source>&amp;Save the report as…</source>
        <translation>&amp;Сохранить отчёт как…</translation>
    </message>
</context>
<context>
    <name>RiskCsv</name>
    <message>
        <source>«%1» is not a status of a risk (открыт, снижен, наступил, закрыт)</source>
        <translation>«%1» — не статус риска (открыт, снижен, наступил, закрыт)</translation>
    </message>
    <message>
        <source>give the owner either as a person or in words, not both</source>
        <translation>укажите владельца риска либо сотрудником, либо текстом, но не то и другое</translation>
    </message>
    <message>
        <source>a new risk needs the date it was identified</source>
        <translation>для нового риска нужна дата выявления</translation>
    </message>
    <message>
        <source>exporting risks</source>
        <translation>выгрузке рисков</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>The risk must be described.</source>
        <translation>Нужно описать риск.</translation>
    </message>
    <message>
        <source>The unit whose risk it is is required.</source>
        <translation>Нужно указать подразделение, к которому относится риск.</translation>
    </message>
    <message>
        <source>Give the owner of the risk either as a person or in words («%1»), not both.</source>
        <translation>Ответственного за риск указывают либо выбором сотрудника, либо текстом («%1»), но не тем и другим сразу.</translation>
    </message>
    <message>
        <source>Unknown risk status «%1».</source>
        <translation>Неизвестный статус риска «%1».</translation>
    </message>
    <message>
        <source>The date the risk was identified is required.</source>
        <translation>Нужна дата выявления риска.</translation>
    </message>
    <message>
        <source>The date the risk was identified, %1, is in the future.</source>
        <translation>Дата выявления риска %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>adding the risk «%1»</source>
        <translation>добавлении риска «%1»</translation>
    </message>
    <message>
        <source>The risk (id %1) does not exist.</source>
        <translation>Риск (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving the risk «%1»</source>
        <translation>сохранении риска «%1»</translation>
    </message>
    <message>
        <source>deleting a risk</source>
        <translation>удалении риска</translation>
    </message>
</context>
<context>
    <name>RiskStatuses</name>
    <message>
        <source>open</source>
        <comment>risk status</comment>
        <translation>открыт</translation>
    </message>
    <message>
        <source>mitigated</source>
        <comment>risk status</comment>
        <translation>снижен</translation>
    </message>
    <message>
        <source>occurred</source>
        <comment>risk status</comment>
        <translation>наступил</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>risk status</comment>
        <translation>закрыт</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>from %1</source>
        <comment>an open-ended period</comment>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>RouteBuilder</name>
    <message>
        <source>Route (ИОМ) from a diagnostic</source>
        <translation>ИОМ по диагностике</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Deficits (the route&apos;s problems):</source>
        <translation>Дефициты (проблемы маршрута):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Create the route</source>
        <translation>Создать маршрут</translation>
    </message>
    <message>
        <source>Courses and events of the deficit areas:</source>
        <translation>Курсы и мероприятия по областям дефицитов:</translation>
    </message>
    <message>
        <source>Other items:</source>
        <translation>Другие пункты:</translation>
    </message>
    <message>
        <source>The diagnostic (id %1) does not exist.</source>
        <translation>Диагностика (id %1) не существует.</translation>
    </message>
    <message>
        <source>%1 (%2); diagnostic of %3, %4</source>
        <translation>%1 (%2); диагностика от %3, %4</translation>
    </message>
    <message>
        <source>No deficits: there is nothing to build a route on.</source>
        <translation>Дефицитов нет: строить маршрут не на чем.</translation>
    </message>
    <message>
        <source>Course «%1» (%2 h)</source>
        <translation>Курсы «%1» (%2 ч)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Taking part: %1 «%2»</source>
        <translation>Участие: %1 «%2»</translation>
    </message>
    <message>
        <source>No courses or events of this area in the period</source>
        <translation>Нет курсов и мероприятий этой области в периоде маршрута</translation>
    </message>
    <message>
        <source>Route from the diagnostic of %1: %2</source>
        <translation>ИОМ по диагностике от %1: %2</translation>
    </message>
</context>
<context>
    <name>RouteCsv</name>
    <message>
        <source>«%1» is not a status of a route (черновик, действует, завершён успешно, завершён неуспешно, прекращён)</source>
        <translation>«%1» — не статус маршрута (черновик, действует, завершён успешно, завершён неуспешно, прекращён)</translation>
    </message>
    <message>
        <source>exporting routes</source>
        <translation>выгрузке маршрутов</translation>
    </message>
    <message>
        <source>there is no route with the UUID %1 in the database (routes are imported first)</source>
        <translation>в базе нет маршрута с UUID %1 (сначала импортируются маршруты)</translation>
    </message>
    <message>
        <source>name the route by its UUID, or by the person and the route&apos;s start</source>
        <translation>укажите маршрут по UUID или по сотруднику и дате начала маршрута</translation>
    </message>
    <message>
        <source>the person has no route starting on %1 (routes are imported first)</source>
        <translation>у сотрудника нет маршрута, начинающегося %1 (сначала импортируются маршруты)</translation>
    </message>
</context>
<context>
    <name>RouteItemCsv</name>
    <message>
        <source>«%1» is not a status of a route item (запланировано, выполнено, не выполнено)</source>
        <translation>«%1» — не статус пункта маршрута (запланировано, выполнено, не выполнено)</translation>
    </message>
    <message>
        <source>a new route item needs its due date</source>
        <translation>для нового пункта маршрута нужен срок</translation>
    </message>
    <message>
        <source>exporting route items</source>
        <translation>выгрузке пунктов маршрутов</translation>
    </message>
</context>
<context>
    <name>RouteItemStatuses</name>
    <message>
        <source>planned</source>
        <comment>route item status</comment>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>done</source>
        <comment>route item status</comment>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not done</source>
        <comment>route item status</comment>
        <translation>не выполнено</translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <source>Unknown route direction «%1».</source>
        <translation>Неизвестное направление маршрута «%1».</translation>
    </message>
    <message>
        <source>A route item needs a title.</source>
        <translation>У пункта маршрута должно быть название.</translation>
    </message>
    <message>
        <source>The item «%1» needs a due date.</source>
        <translation>Для пункта «%1» нужен срок выполнения.</translation>
    </message>
    <message>
        <source>The item «%1» is due on %2, outside the route&apos;s period %3.</source>
        <translation>Срок пункта «%1» (%2) выходит за период маршрута (%3).</translation>
    </message>
    <message>
        <source>Unknown item status «%1».</source>
        <translation>Неизвестный статус пункта «%1».</translation>
    </message>
    <message>
        <source>The item «%1» is not done and cannot have a completion date.</source>
        <translation>Пункт «%1» не выполнен, поэтому у него не может быть даты выполнения.</translation>
    </message>
    <message>
        <source>adding the item «%1»</source>
        <translation>добавлении пункта «%1»</translation>
    </message>
    <message>
        <source>The route item (id %1) does not exist.</source>
        <translation>Пункт маршрута (id %1) не существует.</translation>
    </message>
    <message>
        <source>The item «%1» can move only to another route of the same person.</source>
        <translation>Пункт «%1» можно перенести только в другой маршрут того же сотрудника.</translation>
    </message>
    <message>
        <source>saving the item «%1»</source>
        <translation>сохранении пункта «%1»</translation>
    </message>
    <message>
        <source>The diagnostic result (id %1) does not exist.</source>
        <translation>Результат диагностики (id %1) не существует.</translation>
    </message>
    <message>
        <source>A problem can be linked only to a result of the route&apos;s own diagnostic.</source>
        <translation>Проблему можно связать только с результатом той диагностики, на которой основан маршрут.</translation>
    </message>
    <message>
        <source>Unknown competence area «%1».</source>
        <translation>Неизвестная компетентностная область «%1».</translation>
    </message>
    <message>
        <source>The problem&apos;s area «%1» is not the area «%2» of its diagnostic result.</source>
        <translation>Область проблемы «%1» не совпадает с областью «%2» её результата диагностики.</translation>
    </message>
    <message>
        <source>adding the problem «%1»</source>
        <translation>добавлении проблемы «%1»</translation>
    </message>
    <message>
        <source>A review needs a date.</source>
        <translation>Для промежуточной оценки нужна дата.</translation>
    </message>
    <message>
        <source>The review of %1 falls outside the route&apos;s period %2.</source>
        <translation>Промежуточная оценка от %1 выходит за период маршрута (%2).</translation>
    </message>
    <message>
        <source>The review of %1 needs notes.</source>
        <translation>Заполните текст промежуточной оценки от %1.</translation>
    </message>
    <message>
        <source>adding a review</source>
        <translation>добавлении промежуточной оценки</translation>
    </message>
    <message>
        <source>The review (id %1) does not exist.</source>
        <translation>Промежуточная оценка (id %1) не существует.</translation>
    </message>
    <message>
        <source>A review cannot move to another route.</source>
        <translation>Промежуточную оценку нельзя перенести в другой маршрут.</translation>
    </message>
    <message>
        <source>saving a review</source>
        <translation>сохранении промежуточной оценки</translation>
    </message>
    <message>
        <source>The route problem (id %1) does not exist.</source>
        <translation>Проблема маршрута (id %1) не существует.</translation>
    </message>
    <message>
        <source>deleting from a route</source>
        <translation>удалении из маршрута</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>проблемы: %1</translation>
    </message>
    <message>
        <source>items done: %1 of %2</source>
        <translation>выполнено пунктов: %1 из %2</translation>
    </message>
    <message>
        <source>Individual educational route</source>
        <translation>Индивидуальный образовательный маршрут</translation>
    </message>
    <message>
        <source>Route review</source>
        <translation>Промежуточная оценка маршрута</translation>
    </message>
    <message>
        <source>Route ended</source>
        <translation>Окончание маршрута</translation>
    </message>
    <message>
        <source>The route (id %1) does not exist.</source>
        <translation>Маршрут (id %1) не существует.</translation>
    </message>
    <message>
        <source>Unknown route status «%1».</source>
        <translation>Неизвестный статус маршрута «%1».</translation>
    </message>
    <message>
        <source>The route needs a start date.</source>
        <translation>Нужна дата начала маршрута.</translation>
    </message>
    <message>
        <source>The route ends (%1) before it starts (%2).</source>
        <translation>Маршрут заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>A completed route needs an end date.</source>
        <translation>Для завершённого маршрута нужна дата окончания.</translation>
    </message>
    <message>
        <source>%1 works nowhere on %2: a route belongs to the person&apos;s organisation.</source>
        <translation>%1 на %2 нигде не работает, а маршрут относится к организации по месту работы.</translation>
    </message>
    <message>
        <source>The responsible person (id %1) does not exist.</source>
        <translation>Ответственное лицо (id %1) не существует.</translation>
    </message>
    <message>
        <source>The diagnostic (id %1) does not exist.</source>
        <translation>Диагностика (id %1) не существует.</translation>
    </message>
    <message>
        <source>The diagnostic of %1 is not a diagnostic of %2.</source>
        <translation>Диагностика от %1 проведена не у сотрудника %2.</translation>
    </message>
    <message>
        <source>%1 already has an unfinished route for %2, which overlaps this one.</source>
        <translation>У сотрудника %1 уже есть незавершённый маршрут на период %2, который пересекается с этим.</translation>
    </message>
    <message>
        <source>The problem «%1» is linked to a result of another diagnostic.</source>
        <translation>Проблема «%1» связана с результатом другой диагностики.</translation>
    </message>
    <message>
        <source>adding a route</source>
        <translation>добавлении маршрута</translation>
    </message>
    <message>
        <source>saving a route</source>
        <translation>сохранении маршрута</translation>
    </message>
    <message>
        <source>The date the route is completed is required.</source>
        <translation>Нужна дата завершения маршрута.</translation>
    </message>
    <message>
        <source>deleting the route %1</source>
        <translation>удалении маршрута %1</translation>
    </message>
    <message>
        <source>The diagnostic of %1 shows no deficits to build a route on.</source>
        <translation>Диагностика от %1 не выявила дефицитов, на которых можно построить маршрут.</translation>
    </message>
    <message>
        <source>The status of the route cannot change on %1, before the route starts on %2.</source>
        <translation>Статус маршрута не может смениться %1 — раньше начала маршрута (%2).</translation>
    </message>
    <message>
        <source>The date of the status change %1 is in the future.</source>
        <translation>Дата смены статуса %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The route starts on %1, before its diagnostic of %2.</source>
        <translation>Маршрут начинается %1, раньше своей диагностики от %2.</translation>
    </message>
</context>
<context>
    <name>RouteReviewCsv</name>
    <message>
        <source>exporting route reviews</source>
        <translation>выгрузке промежуточных оценок маршрутов</translation>
    </message>
</context>
<context>
    <name>RouteStatuses</name>
    <message>
        <source>draft</source>
        <comment>route status</comment>
        <translation>черновик</translation>
    </message>
    <message>
        <source>active</source>
        <comment>route status</comment>
        <translation>действует</translation>
    </message>
    <message>
        <source>completed successfully</source>
        <comment>route status</comment>
        <translation>завершён успешно</translation>
    </message>
    <message>
        <source>completed unsuccessfully</source>
        <comment>route status</comment>
        <translation>завершён неуспешно</translation>
    </message>
    <message>
        <source>abandoned</source>
        <comment>route status</comment>
        <translation>прекращён</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>validity of a qualification category, years</source>
        <translation>срок действия квалификационной категории, лет</translation>
    </message>
    <message>
        <source>further training (ДПО) at least once in, years</source>
        <translation>повышение квалификации (ДПО) не реже одного раза в, лет</translation>
    </message>
    <message>
        <source>least hours of a course that counts for further training</source>
        <translation>наименьший объём курса, засчитываемого как повышение квалификации, часов</translation>
    </message>
    <message>
        <source>novice period, years of experience</source>
        <translation>период молодого специалиста, лет стажа</translation>
    </message>
    <message>
        <source>young teacher: younger than, years</source>
        <translation>молодой педагог: моложе, лет</translation>
    </message>
    <message>
        <source>The date from which the rule applies is required.</source>
        <translation>Нужна дата, с которой действует правило.</translation>
    </message>
    <message>
        <source>The value of «%1» must be greater than zero.</source>
        <translation>Значение правила «%1» должно быть больше нуля.</translation>
    </message>
    <message>
        <source>«%1» already has a value from %2.</source>
        <translation>У правила «%1» уже есть значение с %2.</translation>
    </message>
    <message>
        <source>adding a rule</source>
        <translation>добавлении правила</translation>
    </message>
    <message>
        <source>a figure is close to its target when short of it by at most, % of the target</source>
        <translation>показатель близок к цели, если отстаёт от неё не более чем на, % от цели</translation>
    </message>
</context>
<context>
    <name>Snils</name>
    <message>
        <source>SNILS may contain only digits, hyphens and spaces</source>
        <translation>СНИЛС может содержать только цифры, дефисы и пробелы</translation>
    </message>
    <message>
        <source>SNILS must have 11 digits, found %1</source>
        <translation>В СНИЛС должно быть 11 цифр, а найдено %1</translation>
    </message>
    <message>
        <source>SNILS check digits do not match (expected %1)</source>
        <translation>Контрольное число СНИЛС не сходится (должно быть %1)</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Show former staff</source>
        <translation>Показывать уволенных</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Поиск по ФИО…</translation>
    </message>
    <message>
        <source>Any part of the full name; case and ё/е do not matter</source>
        <translation>Любая часть ФИО; регистр и ё/е не важны</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Все должности</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <source>Rows in the list: %Ln</source>
        <translation>
            <numerusform>Строк в списке: %Ln</numerusform>
            <numerusform>Строк в списке: %Ln</numerusform>
            <numerusform>Строк в списке: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the staff: %1</source>
        <translation>Не удалось прочитать сотрудников: %1</translation>
    </message>
</context>
<context>
    <name>StaffQuery</name>
    <message>
        <source>reading the staff list</source>
        <translation>чтении списка сотрудников</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>%1 left on %2</source>
        <translation>%1 уволен(а) %2</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category until</source>
        <translation>Категория до</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>The qualification category is valid until this date</source>
        <translation>Квалификационная категория действует до этой даты</translation>
    </message>
    <message>
        <source>Pedagogical experience, full years</source>
        <translation>Педагогический стаж, полных лет</translation>
    </message>
    <message>
        <source>Rate (ставка) of this employment</source>
        <translation>Ставка по этому месту работы</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Ошибка базы данных при %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Файл базы данных %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a Metodist database (not an SQLite file).</source>
        <translation>%1 не является базой данных «Методиста» (это не файл SQLite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Metodist database.</source>
        <translation>%1 — файл SQLite другой программы, а не база данных «Методиста».</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Metodist (schema %2; this program knows up to %3). Please update the program.</source>
        <translation>Файл %1 записан более новой версией «Методиста» (схема %2; эта программа знает схемы до %3). Обновите программу.</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no database. A new database is made with File ▸ New or metodist-cli init.</source>
        <translation>%1 пуст (0 байт): в нём нет базы данных. Новая база создаётся через «Файл ▸ Создать…» или командой metodist-cli init.</translation>
    </message>
    <message>
        <source>%1 holds no Metodist data yet (an empty SQLite file).</source>
        <translation>В %1 ещё нет данных «Методиста» (пустой файл SQLite).</translation>
    </message>
    <message>
        <source>%1 has schema %2, older than this program&apos;s %3. Commands that only read do not upgrade a file: upgrade it with «metodist-cli upgrade --db FILE» or by opening it in the window (a backup copy is written first).</source>
        <translation>Файл %1 — схема %2, старше схемы этой программы (%3). Команды, которые только читают, файл не обновляют: обновите его командой «metodist-cli upgrade --db ФАЙЛ» или открыв в окне (сначала сохраняется копия).</translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for too long</source>
        <translation>база занята: другая программа слишком долго записывает в неё</translation>
    </message>
    <message>
        <source>the file or its folder can only be read (a read-only file, folder, USB stick or share)</source>
        <translation>файл доступен только для чтения (защищены от записи он сам, его папка, флешка или сетевая папка)</translation>
    </message>
    <message>
        <source>the disk or medium failed to read or write</source>
        <translation>диск или носитель не смог прочитать или записать данные</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>файл базы данных повреждён</translation>
    </message>
    <message>
        <source>there is no free space left on the disk</source>
        <translation>на диске нет свободного места</translation>
    </message>
    <message>
        <source>the file cannot be opened (no access to it or to its folder)</source>
        <translation>файл не удаётся открыть (нет доступа к нему или к его папке)</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>файл не является базой данных</translation>
    </message>
    <message>
        <source>SQLite undid the whole write after the error before (a full disk, a failing disk or medium): nothing of it is written</source>
        <translation>после предыдущей ошибки (нет места на диске, сбой диска или носителя) SQLite отменила всю запись: ничего из неё не записано</translation>
    </message>
    <message>
        <source>%1 can only be read (a read-only file, folder, USB stick or share): nothing can be changed in it. Copy it to a folder that can be written, or open it to read only.</source>
        <translation>Файл %1 можно только читать (файл, папка, флешка или сетевая папка защищены от записи): изменить в нём ничего нельзя. Скопируйте его в папку, доступную для записи, или откройте только для чтения.</translation>
    </message>
</context>
<context>
    <name>StudentResultCsv</name>
    <message>
        <source>a new result needs its value</source>
        <translation>для нового результата нужно значение</translation>
    </message>
    <message>
        <source>exporting students&apos; results</source>
        <translation>выгрузке результатов обучающихся</translation>
    </message>
</context>
<context>
    <name>StudentResultRepository</name>
    <message>
        <source>The measure of the students&apos; results must be named.</source>
        <translation>Нужно указать показатель результатов обучающихся.</translation>
    </message>
    <message>
        <source>The academic year %1 is not between %2 and %3.</source>
        <translation>Учебный год %1 должен быть в пределах от %2 до %3.</translation>
    </message>
    <message>
        <source>The value of «%1» must be a number.</source>
        <translation>Значение показателя «%1» должно быть числом.</translation>
    </message>
    <message>
        <source>%1 worked nowhere in the academic year %2.</source>
        <translation>В %2 учебном году сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>%1 did not work at «%2» in the academic year %3.</source>
        <translation>В %3 учебном году сотрудник %1 не работал в «%2».</translation>
    </message>
    <message>
        <source>%1 already has «%2» for %3: %4.</source>
        <translation>У сотрудника %1 уже есть показатель «%2» за %3 учебный год: %4.</translation>
    </message>
    <message>
        <source>adding the result «%1»</source>
        <translation>добавлении результата «%1»</translation>
    </message>
    <message>
        <source>The students&apos; result (id %1) does not exist.</source>
        <translation>Результат обучающихся (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving the result «%1»</source>
        <translation>сохранении результата «%1»</translation>
    </message>
    <message>
        <source>deleting a students&apos; result</source>
        <translation>удалении результата обучающихся</translation>
    </message>
    <message>
        <source>Students&apos; results</source>
        <translation>Результаты обучающихся</translation>
    </message>
</context>
<context>
    <name>SubtreeStaff</name>
    <message>
        <source>reading the staff of a unit</source>
        <translation>чтении сотрудников подразделения</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>the satisfaction score is from 1 to 5</source>
        <translation>оценка удовлетворённости — от 1 до 5</translation>
    </message>
    <message>
        <source>an anonymous response needs the code of its organisation</source>
        <translation>для анонимной анкеты нужен код организации</translation>
    </message>
    <message>
        <source>exporting survey responses</source>
        <translation>выгрузке анкет</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>The date of the survey response is required.</source>
        <translation>Нужна дата заполнения анкеты.</translation>
    </message>
    <message>
        <source>The survey response date %1 is in the future.</source>
        <translation>Дата заполнения анкеты %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The satisfaction score must be from 1 to 5, not %1.</source>
        <translation>Оценка удовлетворённости должна быть от 1 до 5, а не %1.</translation>
    </message>
    <message>
        <source>The topic of a need must not be empty.</source>
        <translation>Тема потребности не может быть пустой.</translation>
    </message>
    <message>
        <source>The topic «%1» is named twice in one response.</source>
        <translation>Тема «%1» указана в анкете дважды.</translation>
    </message>
    <message>
        <source>Unknown form of support «%1».</source>
        <translation>Неизвестная форма поддержки «%1».</translation>
    </message>
    <message>
        <source>A survey response needs a satisfaction score or at least one need.</source>
        <translation>В анкете нужна оценка удовлетворённости или хотя бы одна потребность.</translation>
    </message>
    <message>
        <source>An anonymous survey response needs the organisation it comes from.</source>
        <translation>Для анонимной анкеты нужно указать организацию, из которой она поступила.</translation>
    </message>
    <message>
        <source>%1 worked nowhere on %2, the date of the survey response.</source>
        <translation>На %2 (дата заполнения анкеты) сотрудник %1 нигде не работал.</translation>
    </message>
    <message>
        <source>%1 already has a survey response dated %2.</source>
        <translation>У сотрудника %1 уже есть анкета от %2.</translation>
    </message>
    <message>
        <source>saving the needs of a survey response</source>
        <translation>сохранении потребностей из анкеты</translation>
    </message>
    <message>
        <source>saving the need «%1»</source>
        <translation>сохранении потребности «%1»</translation>
    </message>
    <message>
        <source>adding a survey response</source>
        <translation>добавлении анкеты</translation>
    </message>
    <message>
        <source>The survey response (id %1) does not exist.</source>
        <translation>Анкета (id %1) не существует.</translation>
    </message>
    <message>
        <source>saving a survey response</source>
        <translation>сохранении анкеты</translation>
    </message>
    <message>
        <source>deleting a survey response</source>
        <translation>удалении анкеты</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>удовлетворённость: %1 из 5</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>потребности: %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Анкетирование</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target of an indicator</source>
        <translation>Цель показателя</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Target %1 for %2</source>
        <translation>Цель %1 на %2 год</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not a text file (binary data at byte %1).</source>
        <translation>Это не текстовый файл (двоичные данные в байте %1).</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s «Unicode text»), which is not read. In Excel save it as «CSV UTF-8» or «CSV (разделители — точка с запятой)» and import that file.</source>
        <translation>Файл в кодировке UTF-16 (в Excel — «Текст в Юникоде»), такие файлы не читаются. Сохраните его в Excel как «CSV UTF-8» или «CSV (разделители — точка с запятой)» и загрузите этот файл.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is in UTF-8, but line(s) %1 hold bytes that are not UTF-8 (text pasted from a file in another encoding?). Correct those lines or save the whole file again as UTF-8.</source>
        <translation>
            <numerusform>Файл в кодировке UTF-8, но в строке %1 есть байты не из UTF-8 (вставлен текст из файла в другой кодировке?). Исправьте эту строку или сохраните весь файл заново в UTF-8.</numerusform>
            <numerusform>Файл в кодировке UTF-8, но в строках %1 есть байты не из UTF-8 (вставлен текст из файлов в другой кодировке?). Исправьте эти строки или сохраните весь файл заново в UTF-8.</numerusform>
            <numerusform>Файл в кодировке UTF-8, но в строках %1 есть байты не из UTF-8 (вставлен текст из файлов в другой кодировке?). Исправьте эти строки или сохраните весь файл заново в UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>The trend covers %1 to %2 years, not %3.</source>
        <translation>Динамика строится за %1–%2 лет, а не за %3.</translation>
    </message>
    <message>
        <source>The indicator of the trend is not given.</source>
        <translation>Не указан показатель для динамики.</translation>
    </message>
    <message>
        <source>Trend of an indicator</source>
        <translation>Динамика показателя</translation>
    </message>
    <message>
        <source>%1–%2 academic years</source>
        <translation>%1–%2 учебные годы</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Indicator %1 «%2»: %3.</source>
        <translation>Показатель %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>No data: the indicator cannot be computed for %1 in any of the years %2–%3.</source>
        <translation>Нет данных: показатель нельзя рассчитать для «%1» ни за один из годов %2–%3.</translation>
    </message>
    <message>
        <source>%1 has data for %2 only: %3.</source>
        <translation>По подразделению «%1» данные есть только за %2: %3.</translation>
    </message>
    <message>
        <source>In %1 the value rose from %2 in %3 to %4 in %5.</source>
        <translation>В подразделении «%1» значение выросло с %2 в %3 до %4 в %5.</translation>
    </message>
    <message>
        <source>In %1 the value fell from %2 in %3 to %4 in %5.</source>
        <translation>В подразделении «%1» значение снизилось с %2 в %3 до %4 в %5.</translation>
    </message>
    <message>
        <source>In %1 the value was the same in %3 and in %5: %2 and %4.</source>
        <translation>В подразделении «%1» значение в %3 и в %5 одинаково: %2 и %4.</translation>
    </message>
    <message>
        <source>This is a change for the better.</source>
        <translation>Это изменение к лучшему.</translation>
    </message>
    <message>
        <source>This is a change for the worse.</source>
        <translation>Это изменение к худшему.</translation>
    </message>
    <message>
        <source>No target is set for the indicator in these years.</source>
        <translation>Целевое значение показателя на эти годы не установлено.</translation>
    </message>
    <message>
        <source>The target was first reached in %1: %2 against the target %3.</source>
        <translation>Целевое значение впервые достигнуто в %1: %2 при цели %3.</translation>
    </message>
    <message>
        <source>The target was not reached in any year with data.</source>
        <translation>Целевое значение не достигнуто ни в одном году с данными.</translation>
    </message>
    <message>
        <source>In %1 the value %2 is short of the target %3.</source>
        <translation>В %1 значение %2 ниже цели %3.</translation>
    </message>
    <message>
        <source>No data for %1 in %2.</source>
        <translation>Нет данных по подразделению «%1» за %2.</translation>
    </message>
    <message>
        <source>%1 — %2 (target %3)</source>
        <translation>%1 — %2 (цель %3)</translation>
    </message>
    <message numerus="yes">
        <source>In %1, %2 of %n unit(s) are short of the target; furthest behind: %3.</source>
        <translation>
            <numerusform>В %1 не достигают цели %2 из %n подразделения; дальше всего отстают: %3.</numerusform>
            <numerusform>В %1 не достигают цели %2 из %n подразделений; дальше всего отстают: %3.</numerusform>
            <numerusform>В %1 не достигают цели %2 из %n подразделений; дальше всего отстают: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 every unit with data has reached its target.</source>
        <translation>В %1 все подразделения с данными достигли цели.</translation>
    </message>
    <message>
        <source>No data in %1 for: %2.</source>
        <translation>Нет данных за %1: %2.</translation>
    </message>
    <message>
        <source>%1 by year</source>
        <translation>%1 по годам</translation>
    </message>
    <message>
        <source>Figures by year</source>
        <translation>Значения по годам</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>По подразделениям</translation>
    </message>
    <message>
        <source>%1 has no child units to compare.</source>
        <translation>У подразделения «%1» нет подчинённых подразделений для сравнения.</translation>
    </message>
    <message>
        <source>Units × years</source>
        <translation>Подразделения × годы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Целевое значение для %1</translation>
    </message>
    <message>
        <source>%1 in %2 by unit</source>
        <translation>%1 в %2 по подразделениям</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>keeping the undo history</source>
        <translation>ведении истории правок</translation>
    </message>
    <message>
        <source>The change cannot be undone or redone: the records were changed since (%1).</source>
        <translation>Правку нельзя отменить или повторить: записи с тех пор изменены (%1).</translation>
    </message>
</context>
<context>
    <name>UnitCsv</name>
    <message>
        <source>the code %1 already appears in line %2</source>
        <translation>код %1 уже встречается в строке %2</translation>
    </message>
    <message>
        <source>«%1» is not a level (регион, хаб, муниципалитет, организация)</source>
        <translation>«%1» — не уровень (регион, хаб, муниципалитет, организация)</translation>
    </message>
    <message>
        <source>the code of the parent unit is required for a %1</source>
        <translation>для уровня «%1» нужен код вышестоящего подразделения</translation>
    </message>
    <message>
        <source>the region has no parent unit</source>
        <translation>у региона нет вышестоящего подразделения</translation>
    </message>
    <message>
        <source>«%1» is not a kind of %2</source>
        <translation>«%1» не является видом для уровня «%2»</translation>
    </message>
    <message>
        <source>«%1» is not a level of an innovation site (муниципальный, региональный, федеральный)</source>
        <translation>«%1» — не уровень инновационной площадки (муниципальный, региональный, федеральный)</translation>
    </message>
    <message>
        <source>the parent unit %1 is not imported because of line %2</source>
        <translation>вышестоящее подразделение %1 не импортировано из-за строки %2</translation>
    </message>
    <message>
        <source>there is no unit with the code %1 in the file or the database</source>
        <translation>подразделения с кодом %1 нет ни в файле, ни в базе</translation>
    </message>
    <message>
        <source>%1 is a %2 in the database; the level of a unit does not change</source>
        <translation>%1 в базе — %2; уровень подразделения не меняется</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>Подразделение (id %1) не существует.</translation>
    </message>
</context>
<context>
    <name>UnitLevels</name>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>хаб</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>hubs</source>
        <translation>хабы</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>муниципалитеты</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <source>general education school</source>
        <translation>общеобразовательная организация</translation>
    </message>
    <message>
        <source>preschool (ДОО)</source>
        <translation>дошкольная образовательная организация (ДОО)</translation>
    </message>
    <message>
        <source>additional education (УДО)</source>
        <translation>учреждение дополнительного образования (УДО)</translation>
    </message>
    <message>
        <source>college (СПО)</source>
        <translation>профессиональная образовательная организация (СПО)</translation>
    </message>
    <message>
        <source>non-state organisation</source>
        <translation>негосударственная организация</translation>
    </message>
    <message>
        <source>methodical centre</source>
        <translation>методический центр</translation>
    </message>
    <message>
        <source>methodical cabinet</source>
        <translation>методический кабинет</translation>
    </message>
    <message>
        <source>methodical department</source>
        <translation>методический отдел</translation>
    </message>
    <message>
        <source>specialist of the education authority</source>
        <translation>специалист органа управления образованием</translation>
    </message>
    <message>
        <source>methodical service</source>
        <translation>методическая служба</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>муниципальный</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <source>federal</source>
        <translation>федеральный</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <source>low results (ШНОР)</source>
        <translation>низкие результаты (ШНОР)</translation>
    </message>
    <message>
        <source>unfavourable social conditions (ШНСУ)</source>
        <translation>неблагоприятные социальные условия (ШНСУ)</translation>
    </message>
    <message>
        <source>small school (МКШ)</source>
        <translation>малокомплектная школа (МКШ)</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>сельская</translation>
    </message>
    <message>
        <source>«Точка роста»</source>
        <translation>«Точка роста»</translation>
    </message>
    <message>
        <source>innovation site: %1</source>
        <translation>инновационная площадка: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Признаки: %1</translation>
    </message>
    <message>
        <source>Staff today: %1</source>
        <translation>Сотрудников сегодня: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Metodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Methodical support of teachers: the staff of the four levels of the methodical service, their professional growth, the indicators against their targets and the reports to hand in.</source>
        <translation>Методическое сопровождение педагогов: кадры четырёх уровней методической службы, их профессиональный рост, показатели в сравнении с целевыми значениями и отчёты, которые нужно сдать.</translation>
    </message>
    <message>
        <source>Create a database…</source>
        <translation>Создать базу данных…</translation>
    </message>
    <message>
        <source>A new empty database: name the region, then add the units and the staff by hand or from CSV files.</source>
        <translation>Новая пустая база: укажите регион, затем добавьте подразделения и сотрудников вручную или из файлов CSV.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <source>A database file kept in Metodist here or received from colleagues.</source>
        <translation>Файл базы, который уже ведётся в «Методисте» на этом компьютере или получен от коллег.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>Недавно открытые</translation>
    </message>
    <message>
        <source>The demo region made earlier, to try everything out on.</source>
        <translation>Учебная область, созданная ранее, — на ней можно попробовать всё.</translation>
    </message>
    <message>
        <source>A region shaped like Tomsk&apos;s — six hubs, twenty municipalities, about 700 organisations and 20,000 teachers with five academic years of records — to try everything out on. It is made on first use, in less than a minute.</source>
        <translation>Учебная область по образцу Томской — шесть межмуниципальных центров, двадцать муниципалитетов, около 700 организаций и 20 000 педагогов с записями за пять учебных лет, — на ней можно попробовать всё. Создаётся при первом открытии, меньше чем за минуту.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: metodist [FILE]</source>
        <translation>Запуск: metodist [ФАЙЛ]</translation>
    </message>
    <message>
        <source>Opens the Metodist database FILE, else the one opened last.</source>
        <translation>Открывает базу данных «Методиста» ФАЙЛ, а без него — открытую в прошлый раз.</translation>
    </message>
    <message>
        <source>The command line: metodist-cli --help; the manual: man metodist.</source>
        <translation>Командная строка: metodist-cli --help; руководство: man metodist.</translation>
    </message>
</context>
</TS>
