#pragma once
// Small CSV files the command-line tests import: a tree of five units, and persons.
#include <QByteArray>
#include <QDate>
#include <QString>

inline const QByteArray unitsCsv =
    "Код;Уровень;Код вышестоящего;Наименование\n"
    "R;регион;;Тестовая область\n"
    "H;хаб;R;Хаб\n"
    "M;муниципалитет;H;Район\n"
    "S1;организация;M;Школа № 1\n"
    "S2;организация;M;Школа № 2\n";

// `count` teachers of `school`, «<surname><i>», born on consecutive days from 1 January of firstYear.
inline QByteArray personsCsv(const QString& school, int count, int firstYear,
                             const QString& surname = QStringLiteral("Фамилия"))
{
    QString text = QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;Код организации;Должность;Дата приёма\n");
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("%1%2;Имя;Отчество;%3;%4;учитель;01.09.2015\n")
                    .arg(surname)
                    .arg(i)
                    .arg(QDate(firstYear, 1, 1).addDays(i).toString(QStringLiteral("dd.MM.yyyy")), school);
    return text.toUtf8();
}
