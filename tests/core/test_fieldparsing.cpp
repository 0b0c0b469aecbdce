#include "testsupport.h"

#include "io/fieldparsing.h"



namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("parseDate accepts Russian and ISO dates", "[fields][date]")
{
    CHECK(parseDate(s("05.03.2020")) == QDate(2020, 3, 5));
    CHECK(parseDate(s("5.3.2020")) == QDate(2020, 3, 5));
    CHECK(parseDate(s("  29.02.2024 ")) == QDate(2024, 2, 29));
    CHECK(parseDate(s("31.12.1999")) == QDate(1999, 12, 31));
    CHECK(parseDate(s("2020-03-05")) == QDate(2020, 3, 5));
    CHECK(parseDate(s("\t2021-12-31\n")) == QDate(2021, 12, 31));
}

TEST_CASE("parseDate rejects invalid dates and other formats", "[fields][date]")
{
    for (const char* text : {"", "   ", "31.02.2020", "29.02.2023", "00.01.2020", "01.13.2020",
                             "05.03.20", "5.3.20", "005.03.2020", "05.03.02020", "05/03/2020",
                             "05.03.2020 10:00", "2020-3-5", "2020-02-30", "20-03-05", "2020.03.05",
                             "05-03-2020", "05..2020", "a5.03.2020", "05.03.2020г", "-1.03.2020",
                             "2020-03-05T00:00"}) {
        INFO(text);
        CHECK_FALSE(parseDate(s(text)).has_value());
    }
}

TEST_CASE("formatDateRu", "[fields][date]")
{
    CHECK(formatDateRu(QDate(2020, 3, 5)) == s("05.03.2020"));
    CHECK(formatDateRu(QDate(1999, 12, 31)) == s("31.12.1999"));
    CHECK(formatDateRu(QDate()).isEmpty());
    CHECK(parseDate(formatDateRu(QDate(2024, 2, 29))) == QDate(2024, 2, 29));
}

TEST_CASE("parseYesNo", "[fields][yesno]")
{
    for (const char* text : {"да", "Да", "ДА", "yes", "YES", "Yes", "true", "TRUE", "1", "+", "x", "X",
                             "х", "Х", " да "}) {
        INFO(text);
        CHECK(parseYesNo(s(text)) == std::optional<bool>(true));
    }
    for (const char* text : {"нет", "Нет", "НЕТ", "no", "No", "false", "False", "0", "-", "", "  "}) {
        INFO(text);
        CHECK(parseYesNo(s(text)) == std::optional<bool>(false));
    }
    for (const char* text : {"может быть", "y", "n", "2", "да нет", "++", "10", "yes!"}) {
        INFO(text);
        CHECK_FALSE(parseYesNo(s(text)).has_value());
    }
}

TEST_CASE("parseDecimal accepts comma and point", "[fields][decimal]")
{
    CHECK(parseDecimal(s("0,5")) == std::optional<double>(0.5));
    CHECK(parseDecimal(s("0.5")) == std::optional<double>(0.5));
    CHECK(parseDecimal(s("1")) == std::optional<double>(1.0));
    CHECK(parseDecimal(s(" 1,25 ")) == std::optional<double>(1.25));
    CHECK(parseDecimal(s("-2,75")) == std::optional<double>(-2.75));
    CHECK(parseDecimal(s("+3")) == std::optional<double>(3.0));
    CHECK(parseDecimal(s(",5")) == std::optional<double>(0.5));
    CHECK(parseDecimal(s("0")) == std::optional<double>(0.0));
    CHECK(parseDecimal(s("1 000,5")) == std::optional<double>(1000.5));
    CHECK(parseDecimal(s("12\u00A0345\u00A0678")) == std::optional<double>(12345678.0));
}

TEST_CASE("parseDecimal rejects garbage", "[fields][decimal]")
{
    for (const char* text : {"", " ", "abc", "1,2,3", "1.2.3", "1,", ".", ",", "-", "+", "1e5", "inf",
                             "nan", "0x10", "1 2", "12 34", "1234 567", "1  000", "1,5 руб", "--1",
                             "1-", "½", "١"}) {
        INFO(text);
        CHECK_FALSE(parseDecimal(s(text)).has_value());
    }
}

TEST_CASE("normaliseKey", "[fields][key]")
{
    CHECK(normaliseKey(s("  Иванов   Иван\tИванович ")) == s("иванов иван иванович"));
    CHECK(normaliseKey(s("ЁЛКИНА Алёна")) == s("елкина алена"));
    CHECK(normaliseKey(s("Full  NAME")) == s("full name"));
    CHECK(normaliseKey(s("Дата\u00A0рождения")) == s("дата рождения"));
    CHECK(normaliseKey(s("Фамилия")) == normaliseKey(s(" фамилия ")));
    CHECK(normaliseKey(QString()).isEmpty());
}
