<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Cannot replace %1.</source>
        <translation>Не удаётся заменить файл %1.</translation>
    </message>
    <message>
        <source>writing the backup copy %1</source>
        <translation>записи резервной копии %1</translation>
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
</TS>