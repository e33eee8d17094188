#pragma once

#include <action.h>

#include <QDialog>

class CommandPreview;
class EngineModels;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct Network;

// `docker network connect`, from either side: a network picks one of the
// containers (running or not) that are not on it yet, or a container picks a
// network. Aliases and a fixed IPv4 address are optional; the address is
// checked against the network's subnet before anything is sent. What the
// engine refuses (host or none next to other networks, aliases on the default
// bridge) is shown under the field it is about.
class NetworkConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Side { Network, Container };

    // side says which of the two is given (by ID); the other is picked.
    NetworkConnectDialog(EngineModels *models, Side side, const QString &givenId,
                         QWidget *parent = nullptr);

    QComboBox *pickBox() const { return m_pick; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QLineEdit *ipEdit() const { return m_ip; }
    QPushButton *connectButton() const { return m_connect; }

    // Chooses the container (network side) or network (container side) by ID or name.
    bool pick(const QString &idOrName);
    QString networkId() const;
    QString containerId() const;
    QStringList aliases() const;

    QString aliasesError() const;
    QString ipError() const;
    QString pickError() const;
    QString commandText() const;
    QString messageText() const;
    Action action() const;

    void connectNow(); // what Connect does; public for tests

signals:
    void connected(const QString &networkId, const QString &containerId);

private:
    void fillPicks();
    void update();
    const Network *network() const;
    QString checkIp() const;
    QString checkAliases() const;
    void showMessage(const QString &text, bool error);

    EngineModels *m_models;
    Side m_side;
    QString m_givenId;
    QComboBox *m_pick;
    QLabel *m_pickError;
    QLineEdit *m_aliases;
    QLabel *m_aliasesError;
    QLineEdit *m_ip;
    QLabel *m_ipHint;
    QLabel *m_ipError;
    CommandPreview *m_command;
    QLabel *m_message;
    QPushButton *m_connect;
    QString m_enginePick, m_engineAliases, m_engineIp; // refusals pinned to a field
    bool m_busy = false;
};
