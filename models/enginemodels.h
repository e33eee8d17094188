#pragma once

#include <QObject>

class ActionRunner;
class CommandLogModel;
class ContainerModel;
class EngineClient;
class EngineSession;
class ImageModel;
class NetworkModel;
class VolumeModel;

// Everything that mirrors one engine: the session (connection + events) and the
// four models, wired together: every (re)connection resyncs each model, every
// event goes to each model. Owns all of them.
class EngineModels : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of client (reparents it).
    explicit EngineModels(EngineClient *client, QObject *parent = nullptr);

    EngineClient *client() const { return m_client; }
    EngineSession *session() const { return m_session; }
    ContainerModel *containers() const { return m_containers; }
    ImageModel *images() const { return m_images; }
    VolumeModel *volumes() const { return m_volumes; }
    NetworkModel *networks() const { return m_networks; }
    CommandLogModel *commandLog() const { return m_log; }
    ActionRunner *actions() const { return m_runner; }

    // True once all four models have applied their first list.
    bool allLoaded() const;
    void start();

signals:
    // After each (re)connection, once all four models applied their lists.
    void allModelsLoaded();

private:
    void modelLoaded();

    EngineClient *m_client;
    EngineSession *m_session;
    ContainerModel *m_containers;
    ImageModel *m_images;
    VolumeModel *m_volumes;
    NetworkModel *m_networks;
    CommandLogModel *m_log;
    ActionRunner *m_runner;
    int m_pendingLoads = 0;
};
