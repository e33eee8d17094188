// exec_roundtrip_p95_ms: a shell opened with `docker exec -it` (TerminalSession
// + TerminalWidget, shown) gets 200 keys; each is timed from its key event to
// its echo standing in the widget's screen, where the cursor was. The raw
// reference, in the same run: the same shell and keys through a plain unix
// socket speaking the hijack by hand, timed from write() to the echo's read().
#include "benchloop.h"
#include "benchstats.h"
#include "extrabench.h"
#include "rawengine.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <engineclient.h>
#include <terminalsession.h>
#include <terminalwidget.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QUuid>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Keys = 200;
constexpr int WarmUp = 10;
constexpr int StepTimeoutMs = 10000;

QString jsonField(const std::string &body, const char *name)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object().value(QLatin1String(name)).toString();
}

void key(TerminalWidget *w, int qtKey, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, qtKey, Qt::NoModifier, text);
    QApplication::sendEvent(w, &press);
}

// The shell's prompt and echoes through a blocking socket: the yardstick only.
class RawShell
{
public:
    ~RawShell()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open(const std::string &socketPath, const std::string &request, QString *error)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socketPath.c_str());
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            *error = u"raw: cannot connect to "_s + QString::fromStdString(socketPath);
            return false;
        }
        if (!send(request)) {
            *error = u"raw: cannot send the request"_s;
            return false;
        }
        if (!readUntil("\r\n\r\n")) {
            *error = u"raw: no answer"_s;
            return false;
        }
        // readUntil left the head in m_consumed.
        if (m_consumed.compare(0, 12, "HTTP/1.1 101") != 0 && m_consumed.compare(0, 12, "HTTP/1.1 200") != 0) {
            *error = u"raw: "_s + QString::fromStdString(m_consumed);
            return false;
        }
        return true;
    }

    bool send(const std::string &bytes)
    {
        size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
            if (n <= 0)
                return false;
            done += size_t(n);
        }
        return true;
    }

    // Reads until needle shows among the bytes not yet consumed; consumes them.
    bool readUntil(const std::string &needle)
    {
        for (;;) {
            const size_t at = m_in.find(needle);
            if (at != std::string::npos) {
                m_consumed = m_in.substr(0, at + needle.size());
                m_in.erase(0, at + needle.size());
                return true;
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, StepTimeoutMs) <= 0)
                return false;
            char buffer[4096];
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return false;
            m_in.append(buffer, size_t(n));
        }
    }

private:
    int m_fd = -1;
    std::string m_in;
    std::string m_consumed;
};

std::string hijackRequest(const QString &apiVersion, const QString &execId)
{
    const std::string body = R"({"Detach":false,"Tty":true})";
    return "POST /v" + apiVersion.toStdString() + "/exec/" + execId.toStdString()
           + "/start HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
           + std::to_string(body.size()) + "\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n" + body;
}

bool measureQuai(const ExtraBenchContext &ctx, const QString &id, const QString &name,
                 std::vector<double> *samples, QString *error)
{
    EngineClient client(ctx.endpoint);
    client.setApiVersion(ctx.apiVersion);
    CommandLogModel log;
    ActionRunner runner(&client, &log);
    TerminalWidget widget;
    widget.resize(widget.sizeHint());
    widget.show();
    BenchLoop::spin(50);
    TerminalSession session(&client, &runner);
    BenchLoop loop;
    QObject::connect(&session, &TerminalSession::output, &widget, &TerminalWidget::feed);
    QObject::connect(&session, &TerminalSession::output, [&loop] { loop.wake(); });
    QObject::connect(&session, &TerminalSession::stateChanged, [&loop] { loop.wake(); });
    QObject::connect(&widget, &TerminalWidget::sendData, &session, &TerminalSession::write);
    QObject::connect(&widget, &TerminalWidget::sizeChanged, &session, &TerminalSession::resize);
    session.resize(widget.rows(), widget.cols());
    session.startExec(id, name, {u"sh"_s});
    if (!loop.run([&] { return !session.isActive() || widget.screenText().contains(u"/ #"_s); }, 30000)
        || !session.isActive()) {
        *error = u"exec: no prompt: "_s + session.errorText();
        return false;
    }
    for (int i = 0; i < Keys + WarmUp; ++i) {
        const QPoint at = widget.cursorPosition();
        const QString ch(QChar(u'a' + i % 26));
        QElapsedTimer timer;
        timer.start();
        key(&widget, Qt::Key_A + i % 26, ch);
        if (!loop.run([&] { return widget.cellText(at.y(), at.x()) == ch; }, StepTimeoutMs)) {
            *error = u"exec: no echo for key %1"_s.arg(i);
            return false;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i >= WarmUp)
            samples->push_back(ms);
        key(&widget, Qt::Key_Backspace, {});
        if (!loop.run([&] { return widget.cellText(at.y(), at.x()).isEmpty() && widget.cursorPosition() == at; },
                      StepTimeoutMs)) {
            *error = u"exec: backspace not echoed"_s;
            return false;
        }
    }
    session.close();
    return true;
}

bool measureRaw(const ExtraBenchContext &ctx, RawEngine &raw, const std::string &id,
                std::vector<double> *samples, QString *error)
{
    const QJsonObject body{{u"AttachStdin"_s, true}, {u"AttachStdout"_s, true}, {u"AttachStderr"_s, true},
                           {u"Tty"_s, true}, {u"Cmd"_s, QJsonArray{u"sh"_s}}};
    const RawEngine::Reply created = raw.perform(RawEngine::Request::post(
        "/containers/" + id + "/exec", QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
        "application/json"));
    if (!created.ok()) {
        *error = u"raw exec create: "_s + QString::fromStdString(created.message());
        return false;
    }
    RawShell shell;
    if (!shell.open(ctx.endpoint.socketPath.toStdString(), hijackRequest(ctx.apiVersion, jsonField(created.body, "Id")),
                    error))
        return false;
    if (!shell.readUntil("# ")) {
        *error = u"raw: no prompt"_s;
        return false;
    }
    for (int i = 0; i < Keys + WarmUp; ++i) {
        const std::string ch(1, char('a' + i % 26));
        QElapsedTimer timer;
        timer.start();
        if (!shell.send(ch) || !shell.readUntil(ch)) {
            *error = u"raw: no echo"_s;
            return false;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i >= WarmUp)
            samples->push_back(ms);
        if (!shell.send("\x7f") || !shell.readUntil("\b")) {
            *error = u"raw: backspace not echoed"_s;
            return false;
        }
    }
    shell.send("exit\r");
    return true;
}

bool runExecBench(const ExtraBenchContext &ctx)
{
    RawEngine raw(ctx.endpoint);
    raw.setApiVersion(ctx.apiVersion.toStdString());
    const QString name = u"quai-bench-exec-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QJsonObject body{
        {u"Image"_s, u"quai-test:1"_s},
        {u"Cmd"_s, QJsonArray{u"sleep"_s, u"3600"_s}},
        {u"Labels"_s, QJsonObject{{u"quai.bench"_s, u"1"_s}}},
        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}},
    };
    const RawEngine::Reply created = raw.perform(RawEngine::Request::post(
        "/containers/create?name=" + name.toStdString(), QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
        "application/json"));
    if (!created.ok()) {
        ctx.note(u"exec: could not create the container: "_s + QString::fromStdString(created.message()));
        return false;
    }
    const std::string id = jsonField(created.body, "Id").toStdString();
    auto removeContainer = [&] { raw.perform(RawEngine::Request::del("/containers/" + id + "?force=1")); };
    if (!raw.perform(RawEngine::Request::post("/containers/" + id + "/start", {}, {})).ok()) {
        ctx.note(u"exec: the container did not start"_s);
        removeContainer();
        return false;
    }

    std::vector<double> quai, rawMs;
    QString error;
    bool ok = measureQuai(ctx, QString::fromStdString(id), name, &quai, &error);
    if (ok && ctx.endpoint.kind == Endpoint::Kind::Unix) {
        if (!measureRaw(ctx, raw, id, &rawMs, &error))
            ctx.note(u"exec: raw reference failed: "_s + error);
    } else if (ok) {
        ctx.note(u"exec: the raw reference needs a unix socket; skipped"_s);
    }
    removeContainer();
    if (!ok) {
        ctx.note(error);
        return false;
    }
    ctx.metric("exec_roundtrip_p95_ms", BenchStats::percentile(quai, 0.95));
    ctx.note(u"exec: Quai key→screen p50 %1 ms, max %2 ms over %3 keys"_s
                 .arg(BenchStats::median(quai), 0, 'f', 2)
                 .arg(BenchStats::percentile(quai, 1.0), 0, 'f', 2)
                 .arg(quai.size()));
    if (!rawMs.empty()) {
        ctx.metric("exec_roundtrip_raw_p95_ms", BenchStats::percentile(rawMs, 0.95));
        ctx.note(u"exec: raw socket write→echo p50 %1 ms, max %2 ms"_s
                     .arg(BenchStats::median(rawMs), 0, 'f', 2)
                     .arg(BenchStats::percentile(rawMs, 1.0), 0, 'f', 2));
    }
    return true;
}

[[maybe_unused]] const bool registered = registerExtraBench(u"exec"_s, &runExecBench);
} // namespace
