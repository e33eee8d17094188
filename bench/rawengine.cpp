#include "rawengine.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <deque>
#include <memory>

namespace {

size_t appendBody(char *data, size_t size, size_t count, void *userData)
{
    static_cast<std::string *>(userData)->append(data, size * count);
    return size * count;
}

// One transfer's handle and the storage curl writes into.
struct Transfer
{
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    size_t index = 0;
    std::string body; // the request body must outlive the transfer
};

} // namespace

std::string RawEngine::Reply::message() const
{
    if (status == 0)
        return error.empty() ? std::string("no answer") : error;
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_object() && json.contains("message") && json["message"].is_string())
        return json["message"].get<std::string>();
    return body;
}

RawEngine::RawEngine(const Endpoint &endpoint)
    : m_endpoint(endpoint)
    , m_baseUrl(endpoint.baseUrl().toStdString())
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

RawEngine::~RawEngine() = default;

std::string RawEngine::urlFor(const Request &request) const
{
    if (!request.versioned || m_apiVersion.empty())
        return m_baseUrl + request.target;
    return m_baseUrl + "/v" + m_apiVersion + request.target;
}

RawEngine::Reply RawEngine::perform(const Request &request)
{
    return performAll({request}, 1).front();
}

std::vector<RawEngine::Reply> RawEngine::performAll(const std::vector<Request> &requests,
                                                    int maxInFlight,
                                                    const std::atomic<bool> *abort)
{
    std::vector<Reply> replies(requests.size());
    CURLM *multi = curl_multi_init();
    std::deque<size_t> queue;
    for (size_t i = 0; i < requests.size(); ++i)
        queue.push_back(i);
    std::vector<std::unique_ptr<Transfer>> active;

    const auto startNext = [&] {
        const size_t i = queue.front();
        queue.pop_front();
        const Request &r = requests[i];
        auto t = std::make_unique<Transfer>();
        t->index = i;
        t->body = r.body;
        t->easy = curl_easy_init();
        CURL *e = t->easy;
        const std::string url = urlFor(r);
        curl_easy_setopt(e, CURLOPT_URL, url.c_str());
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.c_str());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, appendBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &replies[i].body);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_TIMEOUT, 120L);
        if (m_endpoint.kind == Endpoint::Kind::Unix) {
            const std::string socket = m_endpoint.socketPath.toStdString();
            curl_easy_setopt(e, CURLOPT_UNIX_SOCKET_PATH, socket.c_str());
        }
        if (m_endpoint.tls) {
            if (!m_endpoint.caFile.isEmpty())
                curl_easy_setopt(e, CURLOPT_CAINFO, m_endpoint.caFile.toStdString().c_str());
            if (!m_endpoint.certFile.isEmpty())
                curl_easy_setopt(e, CURLOPT_SSLCERT, m_endpoint.certFile.toStdString().c_str());
            if (!m_endpoint.keyFile.isEmpty())
                curl_easy_setopt(e, CURLOPT_SSLKEY, m_endpoint.keyFile.toStdString().c_str());
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, m_endpoint.tlsVerify ? 1L : 0L);
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, m_endpoint.tlsVerify ? 2L : 0L);
        }
        if (r.method != "GET" || !t->body.empty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->body.data());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->body.size()));
            // curl would wait a second for "100 Continue" on big bodies.
            t->headers = curl_slist_append(t->headers, "Expect:");
            if (!r.contentType.empty())
                t->headers = curl_slist_append(t->headers,
                                               ("Content-Type: " + r.contentType).c_str());
            curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
        }
        curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
        curl_multi_add_handle(multi, e);
        active.push_back(std::move(t));
    };

    const auto aborted = [&] { return abort && abort->load(); };
    while (!queue.empty() && int(active.size()) < maxInFlight && !aborted())
        startNext();

    while (!active.empty()) {
        int running = 0;
        curl_multi_perform(multi, &running);
        int pending = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &pending)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            Reply &reply = replies[t->index];
            if (msg->data.result == CURLE_OK)
                curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &reply.status);
            else
                reply.error = curl_easy_strerror(msg->data.result);
            curl_multi_remove_handle(multi, t->easy);
            curl_easy_cleanup(t->easy);
            curl_slist_free_all(t->headers);
            std::erase_if(active, [t](const auto &a) { return a.get() == t; });
            if (!queue.empty() && !aborted())
                startNext();
        }
        if (!active.empty())
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    for (size_t i : queue)
        replies[i].error = "not sent: interrupted";
    curl_multi_cleanup(multi);
    return replies;
}
