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

    /// `entries` name their values with string literals (u"word"), which outlive the table.
    constexpr explicit KeyTable(std::array<Entry, Size> entries) : m_entries(entries) {}

    /// The word for `value`; the first entry's for a value the table lacks. The words are
    /// string literals: the QString refers to them, copying nothing (a CSV of years of
    /// readings asks for three words a row).
    [[nodiscard]] QString key(Enum value) const
    {
        for (const auto &[each, word] : m_entries) {
            if (each == value)
                return QString::fromRawData(word.data(), word.size());
        }
        const QStringView first = m_entries.front().second;
        return QString::fromRawData(first.data(), first.size());
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
