#include "secondengine.h"

#include "syncrequest.h"
#include "testenv.h"

#include <engineclient.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int StartTimeoutMs = 60000;
constexpr int StopTimeoutMs = 60000;

qint64 readPid(const QString &pidFile)
{
    QFile f(pidFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

// True while the pid names a live process running the program: pid files
// outlive their process, and the pid may have been given to someone else.
bool runs(qint64 pid, const QByteArray &program)
{
    if (pid <= 0)
        return false;
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return false;
    return comm.readAll().trimmed() == program;
}

bool waitGone(qint64 pid, const QByteArray &program, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !runs(pid, program); }, timeoutMs);
}
} // namespace

SecondEngine::SecondEngine()
{
    // Unix socket paths are limited to 108 bytes, and containerd's sockets
    // live deep under the exec root: keep the directory short.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/qse-XXXXXX"_s);
}

SecondEngine::~SecondEngine()
{
    stop();
    if (m_dir && !m_dir->remove())
        qWarning("SecondEngine: could not remove %s entirely", qPrintable(m_dir->path()));
}

QString SecondEngine::socketPath(const QString &socketName) const
{
    return directory() + u'/' + socketName;
}

QString SecondEngine::host(const QString &socketName) const
{
    return u"unix://"_s + socketPath(socketName);
}

Endpoint SecondEngine::endpoint(const QString &socketName) const
{
    return EndpointResolver::parseHost(host(socketName)).endpoint;
}

bool SecondEngine::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SecondEngine::fail(const QString &message)
{
    m_error = message + u"\n--- end of dockerd's log (" + directory() + u"/log) ---\n" + logTail();
}

QString SecondEngine::logTail(int lines) const
{
    QFile log(directory() + u"/log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = log.readAll().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        tail << QString::fromLocal8Bit(all.at(i));
    return tail.join(u'\n');
}

bool SecondEngine::start(const QString &socketName)
{
    m_error.clear();
    if (!TestEnv::isRoot()) {
        m_error = u"a second dockerd needs root"_s;
        return false;
    }
    if (!m_dir || !m_dir->isValid()) {
        m_error = u"cannot make a temporary directory under /tmp"_s;
        return false;
    }
    if (isRunning()) {
        m_error = u"the second engine is already running"_s;
        return false;
    }
    QString dockerd = QStandardPaths::findExecutable(u"dockerd"_s);
    if (dockerd.isEmpty())
        dockerd = QStandardPaths::findExecutable(u"dockerd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (dockerd.isEmpty()) {
        m_error = u"dockerd is not installed (Debian package docker.io)"_s;
        return false;
    }

    const QString d = directory();
    m_process = std::make_unique<QProcess>();
    // In a network namespace of its own: at start-up dockerd deletes any link
    // named docker0, even with --bridge=none, and that would be the user's.
    m_process->setProgram(u"unshare"_s);
    m_process->setArguments({
        u"--net"_s, dockerd,
        u"--host"_s, host(socketName),
        u"--data-root"_s, d + u"/data"_s,
        u"--exec-root"_s, d + u"/exec"_s,
        u"--pidfile"_s, d + u"/docker.pid"_s,
        u"--bridge=none"_s,
        u"--iptables=false"_s,
    });
    m_process->setStandardOutputFile(d + u"/log"_s, QIODevice::Append);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // If the test dies, its engine goes with it rather than lingering.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        fail(u"dockerd did not start: "_s + m_process->errorString());
        return false;
    }
    if (!waitForPing(socketName, StartTimeoutMs)) {
        fail(u"the second dockerd did not answer on "_s + socketPath(socketName) + u" within 60 s"_s);
        stop();
        return false;
    }
    return true;
}

bool SecondEngine::waitForPing(const QString &socketName, int timeoutMs)
{
    EngineClient client(endpoint(socketName));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        if (QFile::exists(socketPath(socketName))) {
            Request ping = Request::get(u"/_ping"_s);
            ping.versioned = false;
            ping.timeoutMs = 3000;
            if (SyncRequest::send(&client, ping, 5000).ok())
                return true;
        }
        QTest::qWait(200);
    }
    return false;
}

bool SecondEngine::stop()
{
    if (!m_process)
        return true;
    const QString d = directory();
    qint64 pid = readPid(d + u"/docker.pid"_s);
    if (pid <= 0)
        pid = m_process->processId();
    // containerd is dockerd's child; dockerd stops it, unless dockerd is killed.
    const QString containerdPidFile = d + u"/exec/containerd/containerd.pid"_s;

    if (isRunning() && pid > 0)
        ::kill(pid_t(pid), SIGTERM);
    bool ok = m_process->waitForFinished(StopTimeoutMs) || !isRunning();
    if (!ok) {
        m_error = u"the second dockerd did not stop within 60 s; killed"_s;
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    const qint64 containerd = readPid(containerdPidFile);
    if (runs(containerd, "containerd")) {
        ::kill(pid_t(containerd), SIGTERM);
        if (!waitGone(containerd, "containerd", 20000)) {
            ::kill(pid_t(containerd), SIGKILL);
            waitGone(containerd, "containerd", 5000);
        }
    }
    m_process.reset();
    return ok;
}
