#pragma once

#include <QCoreApplication>

// Translation context for strings made outside QObjects in docker/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Quai)
};
