#pragma once
// Reading a fixed code (a status, an answer) from what a user typed: the code, its translated
// name, or its Russian word, in any case and with ё = е.
#include "io/fieldparsing.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

inline std::optional<QString> parseStatusCode(const QString& text, const QStringList& codes,
                                              const std::function<QString(const QString&)>& name,
                                              const QList<QPair<QString, QString>>& russian)
{
    const QString key = normaliseKey(text);
    for (const QString& code : codes)
        if (key == code || key == normaliseKey(name(code)))
            return code;
    for (const auto& [word, code] : russian)
        if (key == normaliseKey(word))
            return code;
    return std::nullopt;
}
