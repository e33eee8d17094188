#pragma once

#include <endpoint.h>

#include <QString>

// Where the tests find the engine, and whether a missing one is a failure.
// scripts/test sets QUAI_REQUIRE_ENGINE=1: there, an engine test never skips.
class TestEnv
{
public:
    static bool engineRequired();
    static bool isRoot();
    // The engine the user's environment names (DOCKER_HOST, contexts, default).
    static EndpointResolution userEndpoint();
};

// Leaves the test function: a failure when the engine is required, else a skip.
#define QUAI_ENGINE_MISSING(message)                                                           \
    do {                                                                                       \
        const QByteArray quaiWhy = QString(message).toLocal8Bit();                             \
        if (TestEnv::engineRequired())                                                         \
            QFAIL(quaiWhy.constData());                                                        \
        QSKIP(quaiWhy.constData());                                                            \
    } while (false)
