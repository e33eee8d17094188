#pragma once

#include <mountmapdata.h>

#include <QGraphicsView>

class QGraphicsScene;

// The mount map: for a container or a volume, where each piece of data lives
// (host folder, volume folder, memory, writable layer) and the path it has
// inside each container. Drawn from a MountMapData, in fixed colours so that
// a saved PNG or SVG looks as it does on screen.
class MountMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MountMapView(QWidget *parent = nullptr);

    void setData(const MountMapData &data);
    const MountMapData &data() const { return m_data; }
    void clear();

    // The picture as a file; false with *error set when it could not be written.
    bool savePng(const QString &fileName, QString *error) const;
    bool saveSvg(const QString &fileName, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitWidth();

    QGraphicsScene *m_scene;
    MountMapData m_data;
};
