#include "json_object_reader.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

namespace {

qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> previous(static_cast<size_t>(b.size() + 1));
    std::vector<qsizetype> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<qsizetype>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto col = static_cast<size_t>(j);
            const qsizetype substitution = previous[col - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[col] = std::min({previous[col] + 1, current[col - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString unknownKeyMessage(const QString &key, const QStringList &knownKeys)
{
    QString closest;
    qsizetype best = 3; // suggest only keys at most two edits away
    for (const QString &known : knownKeys) {
        const qsizetype distance = editDistance(key.toLower(), known);
        if (distance < best) {
            best = distance;
            closest = known;
        }
    }
    if (!closest.isEmpty())
        return u"unknown key (did you mean \"%1\"?)"_s.arg(closest);
    return u"unknown key (allowed here: %1)"_s.arg(knownKeys.join(u", "_s));
}

} // namespace

void DiagnosticSink::error(const QString &pointer, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.kind = Diagnostic::Kind::Meaning;
    diagnostic.file = m_file;
    diagnostic.pointer = pointer;
    diagnostic.message = message;
    m_errors.append(diagnostic);
}

QString pointerTo(const QString &parent, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return parent + u'/' + escaped;
}

QString pointerTo(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

QString checkText(const QJsonValue &value, qsizetype maxLength)
{
    if (!value.isString())
        return u"must be a string"_s;
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return u"must not be empty"_s;
    // Characters are counted as code points, as JSON Schema's maxLength does.
    const qsizetype length = text.toUcs4().size();
    if (length > maxLength)
        return u"must be at most %1 characters (it has %2)"_s.arg(maxLength).arg(length);
    return {};
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString pointer, DiagnosticSink &sink,
                                   const QStringList &knownKeys)
    : m_object(std::move(object))
    , m_pointer(std::move(pointer))
    , m_sink(sink)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!knownKeys.contains(it.key()))
            m_sink.error(pointerTo(m_pointer, it.key()), unknownKeyMessage(it.key(), knownKeys));
    }
}

void JsonObjectReader::error(const QString &key, const QString &message) const
{
    m_sink.error(pointer(key), message);
}

std::optional<QJsonValue> JsonObjectReader::value(const QString &key, Presence presence) const
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            m_sink.error(m_pointer, u"missing required key \"%1\""_s.arg(key));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> JsonObjectReader::text(const QString &key, Presence presence,
                                              qsizetype maxLength) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    if (const QString problem = checkText(*found, maxLength); !problem.isEmpty()) {
        error(key, problem);
        return std::nullopt;
    }
    return found->toString();
}

std::optional<int> JsonObjectReader::wholeNumber(const QString &key, Presence presence, int min,
                                                 int max, const QString &rule) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble(std::nan(""));
    if (!found->isDouble() || std::floor(number) != number || number < min || number > max) {
        error(key, rule);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> JsonObjectReader::number(const QString &key, Presence presence, double min,
                                               double max, const QString &rule) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble(std::nan(""));
    if (!found->isDouble() || !(number >= min && number <= max)) {
        error(key, rule);
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonObjectReader::boolean(const QString &key, Presence presence) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    if (!found->isBool()) {
        error(key, u"must be true or false"_s);
        return std::nullopt;
    }
    return found->toBool();
}

std::optional<QStringList> JsonObjectReader::textList(const QString &key, Presence presence,
                                                      qsizetype maxLength) const
{
    const auto items = array(key, presence);
    if (!items)
        return std::nullopt;
    QStringList result;
    bool valid = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const QString problem = checkText(item, maxLength);
        if (!problem.isEmpty()) {
            m_sink.error(pointerTo(pointer(key), i), problem);
            valid = false;
        } else if (result.contains(item.toString())) {
            m_sink.error(pointerTo(pointer(key), i), u"repeats \"%1\""_s.arg(item.toString()));
            valid = false;
        } else {
            result.append(item.toString());
        }
    }
    if (!valid)
        return std::nullopt;
    return result;
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Presence presence) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    if (!found->isObject()) {
        error(key, u"must be an object"_s);
        return std::nullopt;
    }
    return found->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Presence presence) const
{
    const auto found = value(key, presence);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        error(key, u"must be an array"_s);
        return std::nullopt;
    }
    return found->toArray();
}

} // namespace viparita::detail
