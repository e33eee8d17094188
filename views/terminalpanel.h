#pragma once

#include <terminalsession.h>

#include <QPointer>
#include <QWidget>

class EngineModels;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class TerminalWidget;

// A container's Terminal tab: open a shell in it (`docker exec -it`) or attach
// to its main process (`docker attach`), in a terminal. Both need the container
// to run; the panel follows its state from the container model. Choosing
// another container ends the session of the previous one.
class TerminalPanel : public QWidget
{
    Q_OBJECT
public:
    TerminalPanel(EngineModels *models, QWidget *parent = nullptr);
    ~TerminalPanel() override;

    void setContainer(const QString &id, const QString &name, bool running);
    QString container() const { return m_id; }
    bool isContainerRunning() const { return m_running; }

    // The command the picker names: {"sh"}, {"bash"}, or the custom one split
    // as a shell would; empty when the custom command is empty.
    QStringList command() const;
    void openShell();
    void attach();
    // Ends the current session (leaves the process running for an attach).
    void disconnectSession();

    TerminalWidget *terminal() const { return m_terminal; }
    TerminalSession *session() const { return m_session; }
    QComboBox *shellPicker() const { return m_shell; }
    QLineEdit *customCommandField() const { return m_custom; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QLabel *statusLabel() const { return m_status; }

private:
    void startSession(bool exec);
    void containerRowsChanged();
    void updateControls();
    void updateStatus();

    EngineModels *m_models;
    QString m_id;
    QString m_name;
    bool m_running = false;
    QPointer<TerminalSession> m_session;
    QComboBox *m_shell;
    QLineEdit *m_custom;
    QPushButton *m_open;
    QPushButton *m_attach;
    QPushButton *m_disconnect;
    QLabel *m_status;
    TerminalWidget *m_terminal;
};
