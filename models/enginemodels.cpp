#include "enginemodels.h"

#include "actionrunner.h"
#include "commandlogmodel.h"
#include "containermodel.h"
#include "imagemodel.h"
#include "networkmodel.h"
#include "volumemodel.h"

#include <engineclient.h>
#include <enginesession.h>

#include <array>

EngineModels::EngineModels(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(new EngineSession(client, this))
    , m_containers(new ContainerModel(client, this))
    , m_images(new ImageModel(client, this))
    , m_volumes(new VolumeModel(client, this))
    , m_networks(new NetworkModel(client, this))
    , m_log(new CommandLogModel(this))
    , m_runner(new ActionRunner(client, m_log, this))
{
    client->setParent(this);
    m_images->setContainerModel(m_containers);
    m_volumes->setContainerModel(m_containers);
    m_networks->setContainerModel(m_containers);

    const std::array<ResourceModel *, 4> models = {m_containers, m_images, m_volumes, m_networks};
    connect(m_session, &EngineSession::ready, this, [this, models] {
        m_pendingLoads = int(models.size());
        for (ResourceModel *m : models)
            m->resync();
    });
    for (ResourceModel *m : models) {
        connect(m, &ResourceModel::loaded, this, &EngineModels::modelLoaded);
        connect(m, &ResourceModel::loadFailed, this, [this](const QString &) {
            // A list that failed still counts: the connection is what the user sees.
            if (m_pendingLoads > 0)
                modelLoaded();
        });
    }
    connect(m_session, &EngineSession::eventReceived, this, [this, models](const Event &e) {
        for (ResourceModel *m : models)
            m->applyEvent(e);
        m_containers->applyNetworkEvent(e);
    });
}

bool EngineModels::allLoaded() const
{
    return m_containers->isLoaded() && m_images->isLoaded() && m_volumes->isLoaded()
           && m_networks->isLoaded();
}

void EngineModels::start()
{
    m_session->start();
}

void EngineModels::modelLoaded()
{
    if (m_pendingLoads <= 0)
        return;
    if (--m_pendingLoads == 0) {
        // The engine's details wait until the lists are in: /version is slow
        // on some engines and would hold the lists up.
        m_client->refreshEngineInfo(this);
        emit allModelsLoaded();
    }
}
