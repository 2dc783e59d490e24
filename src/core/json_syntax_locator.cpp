#include "json_syntax_locator.h"

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

namespace {

constexpr int maxDepth = 512;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

class Scanner {
public:
    explicit Scanner(const QByteArray &bytes) : m_bytes(bytes) {}

    std::optional<JsonSyntaxProblem> run()
    {
        skipSpace();
        if (atEnd())
            return JsonSyntaxProblem{m_pos, u"the file holds no JSON value"_s};
        if (!value(0))
            return m_problem;
        skipSpace();
        if (!atEnd())
            return JsonSyntaxProblem{m_pos, u"unexpected text after the end of the JSON value"_s};
        return std::nullopt;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_bytes.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_bytes.at(m_pos); }

    bool fail(qsizetype offset, const QString &message)
    {
        m_problem = JsonSyntaxProblem{offset, message};
        return false;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool value(int depth)
    {
        if (depth > maxDepth)
            return fail(m_pos, u"arrays and objects are nested too deeply"_s);
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case '\'':
            return fail(m_pos, u"strings must be in double quotes"_s);
        case '\0':
            if (atEnd())
                return fail(m_pos, u"the file ends where a value is expected"_s);
            break;
        default:
            if (peek() == '-' || isDigit(peek()))
                return number();
            if (isWordChar(peek()))
                return word();
        }
        return fail(m_pos, u"expected a value (a string, number, object, array, true, false "
                           "or null)"_s);
    }

    bool object(int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (peek() == '}')
                return fail(m_pos, u"a key is missing after the comma (no comma goes before "
                                   "'}')"_s);
            if (atEnd())
                return fail(m_pos, u"the file ends inside an object: expected a key or '}'"_s);
            if (peek() != '"') {
                if (peek() == '\'')
                    return fail(m_pos, u"keys must be in double quotes"_s);
                return fail(m_pos, u"expected a key in double quotes"_s);
            }
            const qsizetype keyStart = m_pos;
            if (!string())
                return false;
            const QString key = QString::fromUtf8(m_bytes.mid(keyStart + 1, m_pos - keyStart - 2));
            skipSpace();
            if (peek() != ':')
                return fail(m_pos, u"expected ':' after the key \"%1\""_s.arg(key));
            ++m_pos;
            skipSpace();
            const After after = afterValue(depth, '}');
            if (after == After::Next)
                continue;
            if (after != After::Unexpected)
                return after == After::Closed;
            if (atEnd())
                return fail(m_pos, u"the file ends inside an object: expected ',' or '}'"_s);
            return fail(m_pos, u"expected ',' or '}' after the value of \"%1\""_s.arg(key));
        }
    }

    enum class After { Failed, Next, Closed, Unexpected };
    /// Reads a value of an object or an array and what follows it: a comma (the next
    /// member), the `close` bracket, or something else, left for the caller to name.
    After afterValue(int depth, char close)
    {
        if (!value(depth))
            return After::Failed;
        skipSpace();
        if (peek() == ',') {
            ++m_pos;
            skipSpace();
            return After::Next;
        }
        if (peek() == close) {
            ++m_pos;
            return After::Closed;
        }
        return After::Unexpected;
    }

    bool array(int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (peek() == ']')
                return fail(m_pos, u"a value is missing after the comma (no comma goes before "
                                   "']')"_s);
            const After after = afterValue(depth, ']');
            if (after == After::Next)
                continue;
            if (after != After::Unexpected)
                return after == After::Closed;
            if (atEnd())
                return fail(m_pos, u"the file ends inside an array: expected ',' or ']'"_s);
            return fail(m_pos, u"expected ',' or ']' after an array element"_s);
        }
    }

    bool string()
    {
        const qsizetype open = m_pos++;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!escape())
                    return false;
                continue;
            }
            if (c < 0x20) {
                return fail(m_pos, c == '\n' ? u"the string is not closed on its line"_s
                                             : u"control character in a string (write it "
                                               "as an escape such as \\t)"_s);
            }
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            ++m_pos;
        }
        return fail(open, u"the string that starts here is not closed"_s);
    }

    bool escape()
    {
        const qsizetype start = m_pos++;
        const char c = peek();
        if (QByteArrayView("\"\\/bfnrt").contains(c) && c != '\0') {
            ++m_pos;
            return true;
        }
        if (c == 'u') {
            ++m_pos;
            for (int i = 0; i < 4; ++i, ++m_pos) {
                const char h = peek();
                if (!(isDigit(h) || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                    return fail(start, u"\\u must be followed by four hexadecimal digits"_s);
            }
            return true;
        }
        return fail(start, u"unknown escape in a string (a backslash is written \\\\)"_s);
    }

    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(peek());
        int length = 0;
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        else
            return fail(m_pos, u"the text is not valid UTF-8"_s);
        const QString sequence = QString::fromUtf8(m_bytes.mid(m_pos, length));
        if (m_pos + length > m_bytes.size() || sequence.contains(QChar::ReplacementCharacter))
            return fail(m_pos, u"the text is not valid UTF-8"_s);
        m_pos += length;
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
            if (isDigit(peek()))
                return fail(start, u"a number must not start with 0"_s);
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                ++m_pos;
        } else {
            return fail(start, u"'-' must be followed by a digit"_s);
        }
        if (peek() == '.') {
            ++m_pos;
            if (!isDigit(peek()))
                return fail(m_pos, u"a digit must follow the decimal point"_s);
            while (isDigit(peek()))
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit(peek()))
                return fail(m_pos, u"a digit must follow the exponent"_s);
            while (isDigit(peek()))
                ++m_pos;
        }
        if (isWordChar(peek()))
            return fail(start, u"not a number"_s);
        // Numbers are read as doubles: one that overflows, or underflows to zero, is refused.
        bool inRange = false;
        static_cast<void>(m_bytes.mid(start, m_pos - start).toDouble(&inRange));
        if (!inRange)
            return fail(start, u"the number is too large or too small to be read"_s);
        return true;
    }

    bool word()
    {
        const qsizetype start = m_pos;
        while (isWordChar(peek()))
            ++m_pos;
        const QByteArray text = m_bytes.mid(start, m_pos - start);
        if (text == "true" || text == "false" || text == "null")
            return true;
        return fail(start, u"unknown word \"%1\": text must be in double quotes, and the only "
                           "words are true, false and null"_s.arg(QString::fromUtf8(text)));
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    JsonSyntaxProblem m_problem;
};

} // namespace

std::optional<JsonSyntaxProblem> locateJsonSyntaxError(const QByteArray &bytes)
{
    return Scanner(bytes).run();
}

} // namespace viparita::detail
