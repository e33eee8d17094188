#pragma once

#include <atomic>

// Ctrl-C and SIGTERM only raise a flag, so the benchmark can stop where it is
// and still remove what it created. A second signal ends the process at once.
class Interruption
{
public:
    static void install();
    static bool requested() { return s_requested.load(); }
    static const std::atomic<bool> *flag() { return &s_requested; }

private:
    static void handle(int signal);
    static std::atomic<bool> s_requested;
};
