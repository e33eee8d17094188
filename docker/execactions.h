#pragma once

#include "action.h"

#include <QString>
#include <QStringList>

// An interactive terminal in a container, as `docker exec -it` and `docker
// attach` do it. Creating the exec is what changes the engine's state (the
// Commands panel shows it with the whole `docker exec -it …` line); starting
// it, attaching and resizing are streams or small requests about that one.
namespace Actions {
// POST /containers/{id}/exec: stdin, stdout and stderr attached, with a TTY.
// env: "KEY=value" items.
Action createExec(const QString &containerId, const QString &containerName, const QStringList &command,
                  const QStringList &env = {});
// POST /containers/{id}/attach?stream=1&stdin=1&stdout=1&stderr=1, to be
// opened through HijackedConnection; recorded as `docker attach NAME`.
Action attachContainer(const QString &containerId, const QString &containerName);
} // namespace Actions

namespace ExecRequests {
// POST /exec/{id}/start {"Detach":false,"Tty":true}, to open through HijackedConnection.
Request start(const QString &execId);
// POST /exec/{id}/resize?h=rows&w=cols
Request resizeExec(const QString &execId, int rows, int cols);
// POST /containers/{id}/resize?h=rows&w=cols
Request resizeContainer(const QString &containerId, int rows, int cols);
// GET /exec/{id}/json: its ExitCode once it ended.
Request inspect(const QString &execId);
} // namespace ExecRequests
