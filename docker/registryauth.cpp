#include "registryauth.h"

#include "credentialhelper.h"
#include "imagereference.h"
#include "jsonread.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

using nlohmann::json;

namespace RegistryAuth {

QString configDir()
{
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.docker");
}

QString configPath()
{
    return configDir() + QStringLiteral("/config.json");
}

Result<json> readConfig(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return json::object();
    if (!file.open(QIODevice::ReadOnly))
        return Result<json>::failure(Tr::tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return json::object();
    Result<json> parsed = JsonRead::parse(bytes);
    if (!parsed)
        return Result<json>::failure(Tr::tr("%1 is not valid JSON: %2").arg(path, parsed.error()));
    if (!parsed.value().is_object())
        return Result<json>::failure(Tr::tr("%1 is not a JSON object").arg(path));
    return parsed;
}

namespace {
// An entry of an object keyed by registry: the exact key first, then any key
// naming the same host (config.json may hold "https://host/v1/" or "host").
const json *entryFor(const json &map, const QString &key)
{
    if (!map.is_object())
        return nullptr;
    const auto exact = map.find(key.toStdString());
    if (exact != map.end())
        return &*exact;
    const QString wanted = ImageReference::credentialKeyForHost(key);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (ImageReference::credentialKeyForHost(QString::fromStdString(it.key())) == wanted)
            return &*it;
    return nullptr;
}

QString stringAt(const json &config, const char *field)
{
    const auto it = config.find(field);
    return it != config.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
} // namespace

QString helperFor(const json &config, const QString &key)
{
    const auto helpers = config.find("credHelpers");
    if (helpers != config.end()) {
        if (const json *h = entryFor(*helpers, key); h && h->is_string() && !h->get<std::string>().empty())
            return QString::fromStdString(h->get<std::string>());
    }
    return stringAt(config, "credsStore");
}

Result<RegistryCredentials> fromAuths(const json &config, const QString &key)
{
    const auto auths = config.find("auths");
    if (auths == config.end()) {
        RegistryCredentials none;
        none.serverAddress = key;
        return none;
    }
    const json *entry = entryFor(*auths, key);
    if (!entry) {
        RegistryCredentials none;
        none.serverAddress = key;
        return none;
    }
    return RegistryCredentials::fromConfigEntry(key, *entry);
}

void lookup(const QString &registryHost, QObject *context,
            std::function<void(const Result<RegistryCredentials> &)> done)
{
    const QString key = ImageReference::credentialKeyForHost(registryHost);
    const Result<json> config = readConfig();
    if (!config) {
        done(Result<RegistryCredentials>::failure(config.error()));
        return;
    }
    const QString helper = helperFor(config.value(), key);
    if (helper.isEmpty()) {
        done(fromAuths(config.value(), key));
        return;
    }
    CredentialHelper::run(helper, QStringLiteral("get"), key.toUtf8(), context,
                          [key, done](const CredentialHelper::Outcome &o) {
        if (o.notFound) {
            RegistryCredentials none;
            none.serverAddress = key;
            done(none);
        } else if (!o.error.isEmpty()) {
            done(Result<RegistryCredentials>::failure(o.error));
        } else {
            done(RegistryCredentials::fromHelperOutput(key, o.output));
        }
    });
}

json withStoredEntry(json config, const RegistryCredentials &c, bool inHelper)
{
    if (!config.is_object())
        config = json::object();
    if (!config.contains("auths") || !config["auths"].is_object())
        config["auths"] = json::object();
    json entry = json::object();
    if (!inHelper) {
        if (!c.username.isEmpty() || !c.password.isEmpty())
            entry["auth"] = c.configAuthField().toStdString();
        if (!c.identityToken.isEmpty())
            entry["identitytoken"] = c.identityToken.toStdString();
    }
    // An older key for the same host would shadow or duplicate the new one.
    json &auths = config["auths"];
    for (auto it = auths.begin(); it != auths.end();) {
        if (ImageReference::credentialKeyForHost(QString::fromStdString(it.key())) == c.serverAddress)
            it = auths.erase(it);
        else
            ++it;
    }
    auths[c.serverAddress.toStdString()] = entry;
    return config;
}

QString writeConfig(const json &config, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Could not write %1: %2").arg(path, file.errorString());
    // The file may hold passwords: only its owner reads it, as the CLI makes it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::fromStdString(config.dump(1, '\t')));
    file.write("\n");
    if (!file.commit())
        return Tr::tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void store(const RegistryCredentials &credentials, QObject *context,
           std::function<void(const StoreOutcome &)> done)
{
    const Result<json> config = readConfig();
    if (!config) {
        done({config.error(), false, {}});
        return;
    }
    const QString helper = helperFor(config.value(), credentials.serverAddress);
    if (helper.isEmpty()) {
        const QString error = writeConfig(withStoredEntry(config.value(), credentials, false));
        done({error, error.isEmpty(), {}});
        return;
    }
    const json current = config.value();
    CredentialHelper::run(helper, QStringLiteral("store"), credentials.helperStoreInput(), context,
                          [credentials, helper, current, done](const CredentialHelper::Outcome &o) {
        if (!o.error.isEmpty() || o.notFound) {
            done({o.error.isEmpty() ? Tr::tr("The credential helper did not store the credentials")
                                    : o.error,
                  false, helper});
            return;
        }
        const QString error = writeConfig(withStoredEntry(current, credentials, true));
        done({error, false, helper});
    });
}

} // namespace RegistryAuth

namespace Actions {

Action loginRegistry(const RegistryCredentials &credentials, const QString &registryHost)
{
    Action a;
    a.title = Tr::tr("Log in to %1 as %2").arg(registryHost, credentials.username);
    a.failureContext = Tr::tr("Could not log in to %1").arg(registryHost);
    a.request = Request::post(QStringLiteral("/auth"), {}, credentials.authBody());
    a.cli = {QStringLiteral("docker"), QStringLiteral("login")};
    // Docker Hub is the CLI's default: it is not named.
    if (ImageReference::credentialKeyForHost(registryHost) != QLatin1String(ImageReference::HubConfigKey))
        a.cli << registryHost;
    a.cli << QStringLiteral("-u") << credentials.username;
    return a;
}

} // namespace Actions
