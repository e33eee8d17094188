#pragma once

#include "action.h"
#include "registrycredentials.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <nlohmann/json.hpp>

#include <functional>

// Registry credentials where the docker CLI keeps them, so a `docker login`
// done in a terminal works in Quai and the other way round:
// $DOCKER_CONFIG/config.json (else ~/.docker/config.json), whose "credHelpers"
// name a helper per registry, "credsStore" a helper for all the others, and
// "auths" the credentials kept in the file itself, base64-encoded but not encrypted.
namespace RegistryAuth {
QString configDir();
QString configPath();

// The whole config.json; a missing file reads as an empty object.
Result<nlohmann::json> readConfig(const QString &path = configPath());
// The helper that holds key's credentials ("" when they are in the file).
QString helperFor(const nlohmann::json &config, const QString &key);
// From "auths" only; empty credentials when there is no entry.
Result<RegistryCredentials> fromAuths(const nlohmann::json &config, const QString &key);

// The credentials for a registry host ("docker.io", "127.0.0.1:5000"), from
// the helper or the file. Nothing stored gives empty credentials, not an error.
// done may run before lookup returns; it is dropped if context goes.
void lookup(const QString &registryHost, QObject *context,
            std::function<void(const Result<RegistryCredentials> &)> done);

struct StoreOutcome
{
    QString error;          // empty on success
    bool unencrypted = false; // stored as base64 in config.json
    QString helper;         // the helper that keeps them, when one does
};
// Stores as the CLI does: in the configured helper (config.json then keeps an
// empty entry for the host), else base64 in config.json, created 0600.
void store(const RegistryCredentials &credentials, QObject *context,
           std::function<void(const StoreOutcome &)> done);
// Pure part of store(): config with key's entry set (helper: empty entry).
nlohmann::json withStoredEntry(nlohmann::json config, const RegistryCredentials &credentials,
                               bool inHelper);
QString writeConfig(const nlohmann::json &config, const QString &path = configPath());
} // namespace RegistryAuth

namespace Actions {
// POST /auth: the engine checks the credentials against the registry. The
// password travels in the body only; the docker line names the user.
Action loginRegistry(const RegistryCredentials &credentials, const QString &registryHost);
} // namespace Actions
