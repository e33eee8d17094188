#pragma once

#include "endpoint.h"

#include <curl/curl.h>

// Points an easy handle at the engine: its unix socket, or TLS with the
// endpoint's certificates. Every connection to the engine is set up by this,
// requests and hijacked streams alike.
void applyEndpoint(CURL *easy, const Endpoint &endpoint);
