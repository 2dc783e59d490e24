#pragma once

#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace viparita::test {

/// A fresh journal of its own, and the real viparita-cli run against it.
class CliJournal {
public:
    CliJournal()
        : m_folder(dataHome() + QStringLiteral("/cli-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        REQUIRE(QDir().mkpath(m_folder));
        m_path = m_folder + QStringLiteral("/journal.sqlite");
    }

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &folder() const { return m_folder; }

    [[nodiscard]] ProcessResult run(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--database"), m_path} + arguments);
    }

    /// Runs a command that must succeed.
    void runOk(const QStringList &arguments) const
    {
        const auto result = run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }

    /// Runs a command with --json; its output must be a JSON array.
    /// Without a journal yet (every write so far refused), the command must say so and exit
    /// 3, and the array is empty: nothing was saved.
    [[nodiscard]] QJsonArray json(const QStringList &arguments) const
    {
        const auto result = run(arguments + QStringList{QStringLiteral("--json")});
        if (!QFileInfo::exists(m_path)) {
            INFO(result.err.toStdString());
            REQUIRE(result.exitCode == 3);
            REQUIRE(result.err.contains(QStringLiteral("there is no journal at")));
            return {};
        }
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isArray());
        return document.array();
    }

private:
    QString m_folder;
    QString m_path;
};

} // namespace viparita::test
