#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace viparita {

/// Why the journal could not do what was asked, in words for a person.
struct StorageError {
    enum class Kind {
        None,
        FolderMissing, ///< the journal's folder does not exist
        ReadOnly,      ///< the file or its folder cannot be written
        Locked,        ///< another program holds the journal
        Damaged,       ///< the file fails SQLite's checks
        NewerVersion,  ///< written by a newer Viparita: opened read-only
        NotAJournal,   ///< not a Viparita journal
        NotFound,      ///< no such session or reading
        Invalid,       ///< a value breaks a rule (see the message)
        Failed,        ///< anything else SQLite or the file system reported
    };

    Kind kind = Kind::None;
    QString message;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
};

/// A value, or the error that kept it from being made.
template <typename T>
class StorageResult {
public:
    StorageResult(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    StorageResult(StorageError error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &&value() && { return std::move(*m_value); }
    [[nodiscard]] const T &operator*() const & { return *m_value; }
    [[nodiscard]] const T *operator->() const { return &*m_value; }
    [[nodiscard]] const StorageError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

/// The result of an action that gives nothing back but can fail.
using StorageStatus = StorageResult<bool>;

} // namespace viparita
