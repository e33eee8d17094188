#include "curlendpoint.h"

void applyEndpoint(CURL *easy, const Endpoint &ep)
{
    // curl copies string options: the temporaries may go.
    if (ep.kind == Endpoint::Kind::Unix)
        curl_easy_setopt(easy, CURLOPT_UNIX_SOCKET_PATH, ep.socketPath.toLocal8Bit().constData());
    if (!ep.tls)
        return;
    if (!ep.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, ep.caFile.toLocal8Bit().constData());
    if (!ep.certFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLCERT, ep.certFile.toLocal8Bit().constData());
    if (!ep.keyFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLKEY, ep.keyFile.toLocal8Bit().constData());
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, ep.tlsVerify ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, ep.tlsVerify ? 2L : 0L);
}
