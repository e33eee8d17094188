#include "testenv.h"

#include <QDir>
#include <QProcessEnvironment>

#include <unistd.h>

bool TestEnv::engineRequired()
{
    const QByteArray v = qgetenv("QUAI_REQUIRE_ENGINE");
    return !v.isEmpty() && v != "0";
}

bool TestEnv::isRoot()
{
    return ::geteuid() == 0;
}

EndpointResolution TestEnv::userEndpoint()
{
    return EndpointResolver::resolve(QString(), QProcessEnvironment::systemEnvironment(),
                                     QDir::homePath());
}
