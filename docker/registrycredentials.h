#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json_fwd.hpp>

// What a registry login is: a user and password, or an identity token some
// registries hand out instead. Empty means "none stored": the engine then
// tries anonymously.
struct RegistryCredentials
{
    QString serverAddress; // the credential key: "127.0.0.1:5000", "https://index.docker.io/v1/"
    QString username;
    QString password;
    QString identityToken;

    bool isEmpty() const { return username.isEmpty() && password.isEmpty() && identityToken.isEmpty(); }

    // The X-Registry-Auth header: base64url of the engine's AuthConfig JSON.
    // Empty credentials encode as "{}", which the engine reads as anonymous.
    QByteArray registryAuthHeader() const;
    // POST /auth's body.
    QByteArray authBody() const;
    // config.json's "auth" field: base64("user:password").
    QByteArray configAuthField() const;

    // One entry of config.json's "auths" ({"auth": "...", "identitytoken": "..."}).
    static Result<RegistryCredentials> fromConfigEntry(const QString &key, const nlohmann::json &entry);
    // A credential helper's answer to "get": {"ServerURL","Username","Secret"}.
    static Result<RegistryCredentials> fromHelperOutput(const QString &key, const QByteArray &output);
    // What "store" reads on its standard input.
    QByteArray helperStoreInput() const;
};
