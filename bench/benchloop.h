#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

// A nested event loop for the benchmark only (never in Quai itself): runs until
// a condition holds, a time limit passes, or Ctrl-C. The condition is checked
// whenever a handler calls wake(), so nothing is polled on the measured path.
class BenchLoop
{
public:
    BenchLoop();

    // True when done() held; false on timeout or interruption.
    bool run(const std::function<bool()> &done, int timeoutMs);
    // Call from any handler on the GUI thread after it changed what done() looks at.
    void wake();
    // Keeps the event loop turning for ms (lets a window lay out and paint).
    static void spin(int ms);

private:
    QEventLoop m_loop;
    QTimer m_interruptPoll;
    std::function<bool()> m_done;
};
