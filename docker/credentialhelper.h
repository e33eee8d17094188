#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// One call of a docker credential helper (`docker-credential-<name> get|store|erase`),
// the protocol the docker CLI uses: the request on standard input, JSON or
// nothing on standard output, a non-zero exit on failure. Runs asynchronously;
// a helper that hangs (waiting for a keychain to unlock) is ended after a while.
class CredentialHelper : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QByteArray output;  // standard output
        QString error;      // empty on success
        bool notFound = false; // the helper has nothing for this server
    };
    using Done = std::function<void(const Outcome &)>;

    // "docker-credential-<name>"
    static QString programName(const QString &helperName);
    // done is called once, unless context is destroyed first (the process goes with it).
    static void run(const QString &helperName, const QString &verb, const QByteArray &input,
                    QObject *context, Done done);

    static constexpr int TimeoutMs = 60000;
};
