#pragma once

#include <viparita/core/diagnostic.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace viparita::detail {

/// Collects the meaning errors of one document, each at a JSON pointer.
class DiagnosticSink final {
public:
    explicit DiagnosticSink(QString file) : m_file(std::move(file)) {}

    void error(const QString &pointer, const QString &message);
    [[nodiscard]] const Diagnostics &errors() const { return m_errors; }

private:
    QString m_file;
    Diagnostics m_errors;
};

/// The JSON pointer (RFC 6901) of a member or an element below `parent`.
[[nodiscard]] QString pointerTo(const QString &parent, const QString &key);
[[nodiscard]] QString pointerTo(const QString &parent, qsizetype index);

enum class Presence { Required, Optional };

/// Reads the members of one JSON object. Unknown keys are reported when the
/// reader is made, a missing required key when it is asked for, and a value
/// of the wrong type or out of its range when it is read. A getter returns
/// nothing when the key is absent or its value was rejected.
class JsonObjectReader final {
public:
    JsonObjectReader(QJsonObject object, QString pointer, DiagnosticSink &sink,
                     const QStringList &knownKeys);

    [[nodiscard]] const QString &pointer() const { return m_pointer; }
    [[nodiscard]] QString pointer(const QString &key) const { return pointerTo(m_pointer, key); }
    void error(const QString &key, const QString &message) const;
    /// Whether the object has `key`, whatever its value.
    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }

    /// A string that is not blank and has at most `maxLength` characters.
    [[nodiscard]] std::optional<QString> text(const QString &key, Presence presence,
                                              qsizetype maxLength) const;
    /// A whole number from `min` to `max`; `rule` is the message otherwise.
    [[nodiscard]] std::optional<int> wholeNumber(const QString &key, Presence presence, int min,
                                                 int max, const QString &rule) const;
    /// A number from `min` to `max`; `rule` is the message otherwise.
    [[nodiscard]] std::optional<double> number(const QString &key, Presence presence, double min,
                                               double max, const QString &rule) const;
    [[nodiscard]] std::optional<bool> boolean(const QString &key, Presence presence) const;
    /// An array of non-blank strings of at most `maxLength` characters each,
    /// with no string twice.
    [[nodiscard]] std::optional<QStringList> textList(const QString &key, Presence presence,
                                                      qsizetype maxLength) const;
    [[nodiscard]] std::optional<QJsonObject> object(const QString &key, Presence presence) const;
    [[nodiscard]] std::optional<QJsonArray> array(const QString &key, Presence presence) const;
    /// The raw value, for members that take more than one type.
    [[nodiscard]] std::optional<QJsonValue> value(const QString &key, Presence presence) const;

private:
    QJsonObject m_object;
    QString m_pointer;
    DiagnosticSink &m_sink;
};

/// Checks a string value: not blank and at most `maxLength` characters.
/// Returns the message for what is wrong, or an empty string.
[[nodiscard]] QString checkText(const QJsonValue &value, qsizetype maxLength);

} // namespace viparita::detail
