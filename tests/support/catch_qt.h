#pragma once

// Lets Catch2 print Qt strings in failure messages.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        std::string text = "{";
        for (const QString &item : value)
            text += "\n  " + StringMaker<QString>::convert(item);
        return text + "\n}";
    }
};

} // namespace Catch
