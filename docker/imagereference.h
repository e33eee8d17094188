#pragma once

#include "result.h"

#include <QString>

// An image reference as the docker CLI reads it: [registry/]path[:tag][@digest].
// The first part is a registry only if it looks like a host (a dot, a port,
// or "localhost"); otherwise the image lives on Docker Hub.
struct ImageReference
{
    QString registry;   // "docker.io" when none was written
    QString path;       // "library/busybox", "team/app"
    QString tag;        // empty when none was written
    QString digest;     // "sha256:…", empty when none

    static constexpr char DefaultRegistry[] = "docker.io";
    // The key Docker Hub's credentials are stored under, in config.json and helpers.
    static constexpr char HubConfigKey[] = "https://index.docker.io/v1/";

    // Malformed references get an error that names what is wrong.
    static Result<ImageReference> parse(const QString &text);
    // "127.0.0.1:5000/app" — as docker prints it: no docker.io/ nor library/.
    QString repository() const;
    // repository() with ":tag" or "@digest".
    QString familiar() const;
    bool isHub() const { return registry == QLatin1String(DefaultRegistry); }
    // Where credentials for this registry are kept (config.json key, helper server URL).
    QString credentialKey() const { return credentialKeyForHost(registry); }

    // "docker.io" and "index.docker.io" map to the Hub's key; other hosts are their own key.
    static QString credentialKeyForHost(const QString &host);
    // "https://host:5000/v2/" → "host:5000", as the CLI matches config.json keys.
    static QString hostOfKey(const QString &key);
};
