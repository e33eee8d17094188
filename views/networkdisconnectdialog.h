#pragma once

#include <action.h>

#include <QDialog>

class EngineModels;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// `docker network disconnect`, from either side: the network's containers or
// the container's networks, ticked to go. Force is offered, and proposed when
// the engine refuses a plain disconnect (a stale endpoint needs it). Each link
// is one action in the Commands panel; a refusal stops the rest and is shown
// here with the engine's words.
class NetworkDisconnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Side { Network, Container };

    NetworkDisconnectDialog(EngineModels *models, Side side, const QString &givenId,
                            QWidget *parent = nullptr);

    QListWidget *linksList() const { return m_links; }
    QCheckBox *forceBox() const { return m_force; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    // Ticks only the link to this container (network side) or network (container side).
    bool only(const QString &idOrName);
    QList<Action> actions() const;
    QString commandText() const;
    QString messageText() const;

    void disconnectNow(); // what Disconnect does; public for tests

signals:
    void disconnectFinished(bool ok); // not QDialog::finished(int), which it would hide

private:
    void fill();
    void update();
    void runNext(QList<Action> actions);

    EngineModels *m_models;
    Side m_side;
    QString m_givenId;
    QListWidget *m_links;
    QCheckBox *m_force;
    QPlainTextEdit *m_command;
    QLabel *m_message;
    QPushButton *m_disconnect;
    bool m_busy = false;
};
