#pragma once

#include "rawengine.h"

#include <QByteArray>
#include <QString>

// What the benchmark puts into the engine, and takes out again: stopped
// containers and volumes, all labelled quai.bench=1, so that removal (and the
// clean-up of a run that crashed) touches nothing else.
class BenchFixture
{
public:
    static constexpr const char *LabelKey = "quai.bench";
    static constexpr const char *LabelValue = "1";
    static constexpr const char *ImageRepo = "quai-test";
    static constexpr const char *ImageTag = "1";

    BenchFixture(RawEngine &engine, int maxInFlight);

    // Imports quai-test:1 from busybox-static when the engine lacks it.
    bool ensureImage(QString *error);
    // Return how many were made; *error says why one failed, if any did.
    int createContainers(int count, QString *error);
    int createVolumes(int count, const QString &prefix, QString *error);
    // Removes every labelled container (forced, with anonymous volumes) and volume.
    // Not interruptible: it is what runs after Ctrl-C. Returns how many went.
    int removeAll(QString *error);

    // The body of POST /volumes/create for a labelled volume.
    static QByteArray volumeCreateBody(const QString &name);
    // "quai-test:1"
    static std::string image();

private:
    std::string labelFilterQuery() const;

    RawEngine &m_engine;
    int m_maxInFlight;
};
