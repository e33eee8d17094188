#include "registrycredentials.h"

#include "jsonread.h"
#include "tr.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {
// The docker CLI's marker for an identity token kept in a credential helper.
const QLatin1String TokenUser("<token>");
}

QByteArray RegistryCredentials::registryAuthHeader() const
{
    json j = json::object();
    if (!username.isEmpty())
        j["username"] = username.toStdString();
    if (!password.isEmpty())
        j["password"] = password.toStdString();
    if (!identityToken.isEmpty())
        j["identitytoken"] = identityToken.toStdString();
    if (!isEmpty() && !serverAddress.isEmpty())
        j["serveraddress"] = serverAddress.toStdString();
    return QByteArray::fromStdString(j.dump()).toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray RegistryCredentials::authBody() const
{
    json j = json::object();
    j["username"] = username.toStdString();
    j["password"] = password.toStdString();
    j["serveraddress"] = serverAddress.toStdString();
    return QByteArray::fromStdString(j.dump());
}

QByteArray RegistryCredentials::configAuthField() const
{
    return QString(username + u':' + password).toUtf8().toBase64();
}

Result<RegistryCredentials> RegistryCredentials::fromConfigEntry(const QString &key, const json &entry)
{
    const QString what = Tr::tr("The credentials stored for %1 in config.json cannot be read").arg(key);
    return JsonRead::guard<RegistryCredentials>(what, [&] {
        JsonRead::requireObject(entry);
        RegistryCredentials c;
        c.serverAddress = key;
        c.identityToken = JsonRead::string(entry, "identitytoken");
        const QString auth = JsonRead::string(entry, "auth");
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(auth.toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                throw JsonRead::TypeError{Tr::tr("\"auth\" is not base64")};
            const QString pair = QString::fromUtf8(*decoded);
            const qsizetype colon = pair.indexOf(u':');
            if (colon < 0)
                throw JsonRead::TypeError{Tr::tr("\"auth\" is not user:password")};
            c.username = pair.left(colon);
            c.password = pair.mid(colon + 1);
        }
        return c;
    });
}

Result<RegistryCredentials> RegistryCredentials::fromHelperOutput(const QString &key, const QByteArray &output)
{
    return JsonRead::parseWith<RegistryCredentials>(
        output, Tr::tr("The credential helper's answer for %1 cannot be read").arg(key),
        [&](const json &j) {
            JsonRead::requireObject(j);
            RegistryCredentials c;
            c.serverAddress = key;
            const QString user = JsonRead::string(j, "Username");
            const QString secret = JsonRead::string(j, "Secret");
            if (user == TokenUser) {
                c.identityToken = secret;
            } else {
                c.username = user;
                c.password = secret;
            }
            return c;
        });
}

QByteArray RegistryCredentials::helperStoreInput() const
{
    json j = json::object();
    j["ServerURL"] = serverAddress.toStdString();
    if (!identityToken.isEmpty()) {
        j["Username"] = TokenUser.data();
        j["Secret"] = identityToken.toStdString();
    } else {
        j["Username"] = username.toStdString();
        j["Secret"] = password.toStdString();
    }
    return QByteArray::fromStdString(j.dump());
}
