#pragma once

#include <network.h>

#include <QHash>
#include <QWidget>

class EngineModels;
class QLabel;
class QTimer;
class QTreeWidget;

// What `docker network inspect` shows, readable: the settings, the address
// plan (IPAM), the containers attached with their IPv4 and IPv6 addresses, MAC
// and aliases, and the driver options with what each one means. The network is
// read from GET /networks/{id} (the list lacks the endpoints), the aliases from
// each attached container's inspect; both again when the models say it changed.
class NetworkDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDetailsWidget(EngineModels *models, QWidget *parent = nullptr);

    void setNetwork(const QString &id);
    QString network() const { return m_id; }

    QTreeWidget *ipamTree() const { return m_ipam; }
    QTreeWidget *containersTree() const { return m_containers; }
    QTreeWidget *optionsTree() const { return m_options; }
    QString summaryText() const; // the settings as shown, one per line
    QString errorText() const;
    // The readable meaning of a driver option, empty for unknown ones.
    static QString optionMeaning(const QString &key, const QString &value);

signals:
    // The inspect answer (and the aliases it led to) is shown.
    void loaded();

private:
    void scheduleReload();
    void reload();
    void display(const Network &n);
    void showAliases();

    EngineModels *m_models;
    QString m_id;
    quint64 m_generation = 0;
    int m_aliasesPending = 0;
    QHash<QString, QStringList> m_aliases; // container ID → aliases on this network
    Network m_shown;
    QTimer *m_reload;

    QLabel *m_heading;
    QLabel *m_name, *m_identifier, *m_driver, *m_scope, *m_created, *m_flags, *m_labels;
    QLabel *m_ipamDriver;
    QTreeWidget *m_ipam;
    QLabel *m_containersHeading;
    QTreeWidget *m_containers;
    QTreeWidget *m_options;
    QLabel *m_error;
};
