#include "tarentry.h"

QString TarEntry::fileName() const
{
    const qsizetype slash = name.lastIndexOf(u'/');
    return slash < 0 ? name : name.mid(slash + 1);
}
