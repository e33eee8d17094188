#pragma once

#include <endpoint.h>

#include <atomic>
#include <string>
#include <vector>

// The Engine API through plain libcurl, outside the Qt event loop: the benchmark's
// yardstick and its set-up/tear-down tool. It blocks, which is fine here and only here.
class RawEngine
{
public:
    struct Request
    {
        std::string method = "GET";
        std::string target;      // "/containers/json?all=1", without the version prefix
        std::string body;
        std::string contentType; // "application/json" when there is a body
        bool versioned = true;

        static Request get(std::string target) { return {"GET", std::move(target), {}, {}, true}; }
        static Request del(std::string target) { return {"DELETE", std::move(target), {}, {}, true}; }
        static Request post(std::string target, std::string body, std::string contentType)
        {
            return {"POST", std::move(target), std::move(body), std::move(contentType), true};
        }
    };
    struct Reply
    {
        long status = 0; // 0: no HTTP answer (see error)
        std::string body;
        std::string error;
        bool ok() const { return status >= 200 && status < 300; }
        // The engine's "message", or the transport error, for diagnostics.
        std::string message() const;
    };

    explicit RawEngine(const Endpoint &endpoint);
    ~RawEngine();
    RawEngine(const RawEngine &) = delete;
    RawEngine &operator=(const RawEngine &) = delete;

    void setApiVersion(const std::string &version) { m_apiVersion = version; }
    const std::string &apiVersion() const { return m_apiVersion; }

    Reply perform(const Request &request);
    // All requests on one fresh multi handle (so fresh connections, as a fresh
    // EngineClient has), at most maxInFlight at a time. Replies are in request order.
    // When abort becomes true, requests not yet started are left with status 0.
    std::vector<Reply> performAll(const std::vector<Request> &requests, int maxInFlight,
                                  const std::atomic<bool> *abort = nullptr);

private:
    std::string urlFor(const Request &request) const;

    Endpoint m_endpoint;
    std::string m_baseUrl;
    std::string m_apiVersion;
};
