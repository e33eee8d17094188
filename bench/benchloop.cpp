#include "benchloop.h"

#include "interruption.h"

BenchLoop::BenchLoop()
{
    // The signal handler can only set a flag; look at it now and then.
    m_interruptPoll.setInterval(50);
    QObject::connect(&m_interruptPoll, &QTimer::timeout, &m_loop, [this] {
        if (Interruption::requested())
            m_loop.exit(1);
    });
}

bool BenchLoop::run(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    if (Interruption::requested())
        return false;
    m_done = done;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &m_loop, [this] { m_loop.exit(1); });
    limit.start(timeoutMs);
    m_interruptPoll.start();
    const int code = m_loop.exec();
    m_interruptPoll.stop();
    m_done = nullptr;
    return code == 0 && done();
}

void BenchLoop::wake()
{
    if (m_done && m_done())
        m_loop.exit(0);
}

void BenchLoop::spin(int ms)
{
    BenchLoop loop;
    loop.run([] { return false; }, ms);
}
