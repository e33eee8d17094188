#include "extrabench.h"

namespace {
// A function-local static: registrations run during static initialisation, in
// any order across files.
std::vector<ExtraBench> &registry()
{
    static std::vector<ExtraBench> benches;
    return benches;
}
} // namespace

bool registerExtraBench(const QString &name, ExtraBenchFunction run)
{
    registry().push_back({name, std::move(run)});
    return true;
}

const std::vector<ExtraBench> &extraBenches()
{
    return registry();
}
