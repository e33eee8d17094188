#pragma once

#include <endpoint.h>

#include <QString>

#include <functional>
#include <vector>

// Benchmarks added by later features (exec, topology, editor, build context)
// register themselves here, so each lives in its own file. quai-bench runs them
// after its own measures, or alone with --only NAME[,NAME…].
struct ExtraBenchContext
{
    Endpoint endpoint;
    QString apiVersion;                                    // as negotiated for the raw client
    std::function<void(const char *name, double value)> metric; // "name value" on stdout
    std::function<void(const QString &text)> note;         // a line on stderr
};

// Returns false after saying why (through note) when the measure could not be made.
using ExtraBenchFunction = std::function<bool(const ExtraBenchContext &context)>;

struct ExtraBench
{
    QString name;
    ExtraBenchFunction run;
};

// Use at namespace scope in the bench's own .cpp:
//   static const bool registered = registerExtraBench(u"exec"_s, &runExecBench);
bool registerExtraBench(const QString &name, ExtraBenchFunction run);
const std::vector<ExtraBench> &extraBenches();
