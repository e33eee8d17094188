#pragma once

#include "resourcetable.h"

#include <container.h>
#include <containerstatus.h>

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

// Every container, running or not (GET /containers/json?all=1), kept current
// from container events and network connect/disconnect events.
class ContainerModel : public ResourceTable<Container>
{
    Q_OBJECT
public:
    enum Column { Name, Image, State, Status, Ports, Networks, Created, ColumnCount };
    Q_ENUM(Column)

    explicit ContainerModel(EngineClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The engine's state word, in the user's language.
    static QString stateText(const QString &state);

    // The Status column in the user's language, its duration kept current
    // between events: each row's text is dated when the engine's changes,
    // and a tick re-renders the rows whose words have moved on.
    QString statusText(int row) const;
    // Milliseconds from any fixed start; tests set their own.
    void setClock(std::function<qint64()> clock) { m_now = std::move(clock); }
    // Emits dataChanged for each Status cell whose text moved on since the last tick.
    void tickStatus();
    static constexpr int StatusTickMs = 15000;

    // connect/disconnect arrive as network events but change a container's row.
    void applyNetworkEvent(const Event &event);

    // Counts derived for the other models.
    int containersUsingImage(const QString &imageId) const;
    QStringList containersUsingVolume(const QString &volumeName) const; // names
    QStringList containersOnNetwork(const QString &networkId) const;    // names

protected:
    QString keyOf(const Container &c) const override { return c.id; }
    QString eventType() const override;
    QStringList keysForEvent(const Event &event) const override;
    bool removesRow(const Event &event) const override;
    void requestList() override;
    void requestOne(const QString &key) override;
    void eventSeen(const Event &event) override;

private:
    void noteStatus(int first, int last);

    // Parsed once per new text, not on every paint or tick.
    struct StatusSeen
    {
        ContainerStatus status; // its raw is the engine's text
        qint64 atMs = 0;
    };
    QHash<QString, StatusSeen> m_statusSeen;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    qint64 m_lastTickMs = 0;
    QTimer m_statusTimer;

    // dockerd (20.10) sends some events before the list it answers from is
    // updated: the state an event implies is read again until it shows.
    QHash<QString, QString> m_expectedState;
    QHash<QString, int> m_staleReads;
};
