#pragma once

#include "result.h"
#include "tr.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <vector>

// Lenient readers for engine JSON: a missing or null field gives the default;
// a field of the wrong type throws JsonRead::TypeError, which each fromJson
// catches and turns into a Result error. No exception leaves docker/.
namespace JsonRead {
struct TypeError
{
    QString message;
};
QString string(const nlohmann::json &o, const char *key);
qint64 integer(const nlohmann::json &o, const char *key);
bool boolean(const nlohmann::json &o, const char *key);
QStringList stringList(const nlohmann::json &o, const char *key);
QMap<QString, QString> stringMap(const nlohmann::json &o, const char *key);
// The sub-object, or a null json if missing/null; TypeError if not an object.
const nlohmann::json &object(const nlohmann::json &o, const char *key);
const nlohmann::json &array(const nlohmann::json &o, const char *key);
// Unix seconds from either a number or an RFC 3339 string (the list and the
// inspect shapes of the same object differ); 0 when missing or Go's zero time.
qint64 unixTime(const nlohmann::json &o, const char *key);
// TypeError unless j is an object; names what it got.
void requireObject(const nlohmann::json &j);
void requireArray(const nlohmann::json &j);
// Parses a body; returns an error Result for malformed JSON.
Result<nlohmann::json> parse(const QByteArray &body);
QString fromStd(const std::string &s);

// Runs a reader and turns any TypeError or nlohmann exception into a failure
// prefixed with what was being read, so no exception escapes a fromJson.
QString describeException(const std::exception &e);
template <typename T, typename Reader>
Result<T> guard(const QString &what, Reader &&read)
{
    try {
        return Result<T>(read());
    } catch (const TypeError &e) {
        return Result<T>::failure(Tr::tr("%1: %2", "what failed: why").arg(what, e.message));
    } catch (const std::exception &e) {
        return Result<T>::failure(Tr::tr("%1: %2", "what failed: why").arg(what, describeException(e)));
    }
}

// The error of an element of a list, naming it (1-based) before the cause.
TypeError inItem(size_t index, const TypeError &cause);
// A TypeError from inside field key, naming it.
TypeError inField(const char *key, const TypeError &cause);
// Reads each element of a list (null reads as empty) with readOne, which throws TypeError.
template <typename T, typename ReadOne>
std::vector<T> readEach(const nlohmann::json &list, ReadOne &&readOne)
{
    std::vector<T> out;
    if (list.is_null())
        return out;
    if (!list.is_array())
        requireArray(list);
    out.reserve(list.size());
    size_t index = 0;
    for (const nlohmann::json &item : list) {
        try {
            out.push_back(readOne(item));
        } catch (const TypeError &e) {
            throw inItem(index, e);
        }
        ++index;
    }
    return out;
}
// The value of a Result, or a TypeError carrying its error.
template <typename T>
T unwrap(Result<T> r)
{
    if (!r.ok())
        throw TypeError{r.error()};
    return r.take();
}
// readEach over the list at key; errors name the field.
template <typename T, typename ReadOne>
std::vector<T> readEachIn(const nlohmann::json &o, const char *key, ReadOne &&readOne)
{
    const nlohmann::json &list = array(o, key); // names the field itself when it is no list
    try {
        return readEach<T>(list, readOne);
    } catch (const TypeError &e) {
        throw inField(key, e);
    }
}
// Parses body and reads it with read (which may throw TypeError) into a Result.
template <typename T, typename Reader>
Result<T> parseWith(const QByteArray &body, const QString &what, Reader &&read)
{
    Result<nlohmann::json> parsed = parse(body);
    if (!parsed)
        return Result<T>::failure(Tr::tr("%1: %2", "what failed: why").arg(what, parsed.error()));
    const nlohmann::json &j = parsed.value();
    return guard<T>(what, [&] { return read(j); });
}
} // namespace JsonRead
