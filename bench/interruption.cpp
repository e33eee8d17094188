#include "interruption.h"

#include <csignal>

std::atomic<bool> Interruption::s_requested{false};

void Interruption::install()
{
    struct sigaction action = {};
    action.sa_handler = &Interruption::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second Ctrl-C gets the default: exit now
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void Interruption::handle(int)
{
    s_requested.store(true);
}
