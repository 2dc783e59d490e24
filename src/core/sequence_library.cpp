#include <viparita/core/sequence_library.h>

#include <viparita/core/sequence_loader.h>

#include <QDir>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

QStringList jsonFilesIn(const QString &folder)
{
    QDir dir(folder);
    QStringList paths;
    const QStringList names =
        dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

SequenceLibrary::Entry loadEntry(const QString &path, bool bundled, const QString &language)
{
    SequenceLoadResult loaded = SequenceLoader::loadFile(path);
    if (loaded.sequence && !language.isEmpty())
        loaded.sequence = loaded.sequence->inLanguage(language);
    return {path, bundled, std::move(loaded.sequence), std::move(loaded.errors)};
}

} // namespace

SequenceLibrary SequenceLibrary::load(const QString &userFolder, const QString &language)
{
    SequenceLibrary library;
    QHash<QString, QString> sourceOfId;

    QList<Entry> bundled;
    for (const QString &path : jsonFilesIn(QLatin1String(bundledFolder)))
        bundled.append(loadEntry(path, true, language));
    // The default sequence comes first, the others by title.
    std::stable_sort(bundled.begin(), bundled.end(), [](const Entry &a, const Entry &b) {
        auto key = [](const Entry &entry) {
            const bool isDefault =
                entry.sequence && entry.sequence->id == QLatin1String(defaultSequenceId);
            return std::pair(!isDefault, entry.sequence ? entry.sequence->title : entry.source);
        };
        return key(a) < key(b);
    });
    for (const Entry &entry : std::as_const(bundled)) {
        if (entry.sequence)
            sourceOfId.insert(entry.sequence->id, entry.source);
    }
    library.m_entries = bundled;

    if (userFolder.isEmpty())
        return library;
    for (const QString &path : jsonFilesIn(userFolder)) {
        Entry entry = loadEntry(path, false, language);
        if (entry.sequence) {
            const QString id = entry.sequence->id;
            if (const auto taken = sourceOfId.constFind(id); taken != sourceOfId.constEnd()) {
                const bool takenByBundled = taken->startsWith(u':');
                const QString owner = takenByBundled ? u"a bundled sequence"_s : *taken;
                entry.errors.append({Diagnostic::Kind::Meaning, path, 0, 0, u"/id"_s,
                                     u"the id \"%1\" is already used by %2; give this sequence "
                                     "an id of its own"_s.arg(id, owner)});
                entry.sequence.reset();
            } else {
                sourceOfId.insert(id, path);
            }
        }
        library.m_entries.append(std::move(entry));
    }
    return library;
}

const Sequence *SequenceLibrary::find(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.sequence && entry.sequence->id == id)
            return &*entry.sequence;
    }
    return nullptr;
}

qsizetype SequenceLibrary::brokenCount() const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [](const Entry &entry) { return !entry.sequence.has_value(); });
}

} // namespace viparita
