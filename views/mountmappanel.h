#pragma once

#include <container.h>
#include <engineclient.h>
#include <volume.h>

#include <QWidget>

#include <vector>

class MountMapView;
class QAction;
class QLabel;

// The mount map with its Save buttons. For a container it draws from the
// list's row at once, then from the container's inspect, which adds --tmpfs
// mounts and where the writable layer lives.
class MountMapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MountMapPanel(EngineClient *client, QWidget *parent = nullptr);

    MountMapView *view() const { return m_view; }
    void showContainer(const Container &container);
    void showVolume(const Volume &volume, const std::vector<Container> &containers);
    void clear();

    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }

private:
    void save(bool svg);

    EngineClient *m_client;
    MountMapView *m_view;
    QLabel *m_status;
    QAction *m_savePng;
    QAction *m_saveSvg;
    QString m_containerId;
    quint64 m_generation = 0;
};
