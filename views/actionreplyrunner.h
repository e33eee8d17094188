#pragma once

#include <action.h>
#include <engineerror.h>
#include <request.h>

#include <functional>

class EngineModels;
class QObject;

// Runs an Action as ActionRunner does (it lands in the Commands panel with its
// docker line) but also hands back the engine's answer, for the actions whose
// answer matters: the volume a create made, what a prune deleted.
// ActionRunner's done() only gets the error; see the report to the lead.
namespace ActionReplyRunner {
using Done = std::function<void(const Response &response, const EngineError &error)>;
void run(EngineModels *models, const Action &action, QObject *context, Done done);
} // namespace ActionReplyRunner
