#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace viparita {

/// The words that name an enum's values where machines read them (files, settings, the
/// command line): one table, read both ways.
template <typename Enum, std::size_t Size>
class KeyTable final {
public:
    using Entry = std::pair<Enum, QStringView>;

    constexpr explicit KeyTable(std::array<Entry, Size> entries) : m_entries(entries) {}

    /// The word for `value`; the first entry's for a value the table lacks.
    [[nodiscard]] QString key(Enum value) const
    {
        for (const auto &[each, word] : m_entries) {
            if (each == value)
                return word.toString();
        }
        return m_entries.front().second.toString();
    }
    /// The value `word` names (the first entry with it); nothing for a word the table lacks.
    [[nodiscard]] std::optional<Enum> value(QStringView word) const
    {
        for (const auto &[each, name] : m_entries) {
            if (name == word)
                return each;
        }
        return std::nullopt;
    }
    /// Every value, in the table's order.
    [[nodiscard]] constexpr const std::array<Entry, Size> &entries() const { return m_entries; }

private:
    std::array<Entry, Size> m_entries;
};

} // namespace viparita
