#pragma once

#include <viparita/core/diagnostic.h>
#include <viparita/core/sequence.h>

#include <QList>
#include <QString>

#include <optional>

namespace viparita {

/// Every sequence the app can offer: the bundled ones (from the resources)
/// and the user's own files. A broken user file is kept as an entry with its
/// errors so it can be listed; it never stops the others from loading.
class SequenceLibrary final {
public:
    struct Entry {
        QString source; ///< the file's path (":/sequences/…" when bundled)
        bool bundled = false;
        std::optional<Sequence> sequence;
        Diagnostics errors;
    };

    static constexpr auto bundledFolder = ":/sequences";
    static constexpr auto defaultSequenceId = "healing";

    /// Loads the bundled sequences and the "*.json" files of `userFolder`
    /// (which need not exist), each in `language` where it has that translation
    /// (Sequence::inLanguage), else in its own.
    [[nodiscard]] static SequenceLibrary load(const QString &userFolder,
                                              const QString &language = {});

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    /// The loaded sequence with this id, or nullptr.
    [[nodiscard]] const Sequence *find(const QString &id) const;
    /// The entries whose file did not load.
    [[nodiscard]] qsizetype brokenCount() const;

private:
    QList<Entry> m_entries;
};

} // namespace viparita
