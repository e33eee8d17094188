#include "jsonread.h"

#include "tr.h"

#include <QDateTime>

using nlohmann::json;

namespace JsonRead {

namespace {

const json &nullJson()
{
    static const json n;
    return n;
}

// The engine's type names would leak nlohmann's vocabulary; say it in words.
QString typeName(const json &j)
{
    switch (j.type()) {
    case json::value_t::null: return Tr::tr("null");
    case json::value_t::object: return Tr::tr("an object");
    case json::value_t::array: return Tr::tr("a list");
    case json::value_t::string: return Tr::tr("a string");
    case json::value_t::boolean: return Tr::tr("true or false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return Tr::tr("a number");
    case json::value_t::binary:
    case json::value_t::discarded: break;
    }
    return Tr::tr("something else");
}

[[noreturn]] void wrongType(const char *key, const QString &expected, const json &got)
{
    throw TypeError{Tr::tr("field «%1» should be %2, not %3")
                        .arg(QString::fromUtf8(key), expected, typeName(got))};
}

// The value at key, or nullptr when it is missing or null. The container itself
// may be null (a missing sub-object), which reads as "everything missing".
const json *field(const json &o, const char *key)
{
    if (o.is_null())
        return nullptr;
    if (!o.is_object())
        throw TypeError{Tr::tr("expected an object around field «%1», not %2")
                            .arg(QString::fromUtf8(key), typeName(o))};
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString scalarToString(const json &v)
{
    if (v.is_string())
        return fromStd(v.get_ref<const std::string &>());
    return fromStd(v.dump());
}

} // namespace

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString string(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return {};
    if (!v->is_string())
        wrongType(key, Tr::tr("a string"), *v);
    return fromStd(v->get_ref<const std::string &>());
}

qint64 integer(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return 0;
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_number_unsigned())
        return qint64(v->get<quint64>());
    // Sizes sometimes come as floats from other engines (Podman).
    if (v->is_number_float())
        return qint64(v->get<double>());
    wrongType(key, Tr::tr("a number"), *v);
}

bool boolean(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return false;
    if (!v->is_boolean())
        wrongType(key, Tr::tr("true or false"), *v);
    return v->get<bool>();
}

QStringList stringList(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return {};
    if (!v->is_array())
        wrongType(key, Tr::tr("a list of strings"), *v);
    QStringList out;
    out.reserve(qsizetype(v->size()));
    for (const json &item : *v) {
        if (item.is_null())
            continue;
        if (!item.is_string())
            wrongType(key, Tr::tr("a list of strings"), item);
        out.append(fromStd(item.get_ref<const std::string &>()));
    }
    return out;
}

QMap<QString, QString> stringMap(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return {};
    if (!v->is_object())
        wrongType(key, Tr::tr("an object of strings"), *v);
    QMap<QString, QString> out;
    for (auto it = v->begin(); it != v->end(); ++it) {
        const json &item = it.value();
        if (item.is_object() || item.is_array())
            wrongType(key, Tr::tr("an object of strings"), item);
        out.insert(fromStd(it.key()), item.is_null() ? QString() : scalarToString(item));
    }
    return out;
}

const json &object(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return nullJson();
    if (!v->is_object())
        wrongType(key, Tr::tr("an object"), *v);
    return *v;
}

const json &array(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return nullJson();
    if (!v->is_array())
        wrongType(key, Tr::tr("a list"), *v);
    return *v;
}

qint64 unixTime(const json &o, const char *key)
{
    const json *v = field(o, key);
    if (!v)
        return 0;
    if (v->is_number())
        return integer(o, key);
    if (!v->is_string())
        wrongType(key, Tr::tr("a date"), *v);
    const QString text = fromStd(v->get_ref<const std::string &>());
    if (text.isEmpty())
        return 0;
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        throw TypeError{Tr::tr("field «%1» should be an RFC 3339 date, not «%2»")
                            .arg(QString::fromUtf8(key), text)};
    // Go's zero time ("0001-01-01T00:00:00Z") means "unknown".
    if (when.date().year() <= 1)
        return 0;
    return when.toSecsSinceEpoch();
}

void requireObject(const json &j)
{
    if (!j.is_object())
        throw TypeError{Tr::tr("expected an object, not %1").arg(typeName(j))};
}

void requireArray(const json &j)
{
    if (!j.is_array())
        throw TypeError{Tr::tr("expected a list, not %1").arg(typeName(j))};
}

TypeError inItem(size_t index, const TypeError &cause)
{
    return TypeError{Tr::tr("item %1: %2").arg(QString::number(index + 1), cause.message)};
}

TypeError inField(const char *key, const TypeError &cause)
{
    return TypeError{Tr::tr("in «%1»: %2").arg(QString::fromUtf8(key), cause.message)};
}

Result<json> parse(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Result<json>::failure(Tr::tr("the engine sent an empty answer"));
    try {
        return Result<json>(json::parse(body.constBegin(), body.constEnd()));
    } catch (const std::exception &e) {
        return Result<json>::failure(Tr::tr("the engine sent malformed JSON (%1)")
                                         .arg(describeException(e)));
    }
}

QString describeException(const std::exception &e)
{
    // nlohmann prefixes "[json.exception.parse_error.101] "; the id helps nobody.
    QString text = QString::fromUtf8(e.what());
    if (text.startsWith(QLatin1String("[json.exception."))) {
        const qsizetype close = text.indexOf(u']');
        if (close > 0)
            text = text.mid(close + 1).trimmed();
    }
    return text;
}

} // namespace JsonRead
