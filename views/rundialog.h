#pragma once

#include <runspec.h>

#include <QDialog>
#include <QList>

class EngineModels;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class KeyValueTable;
class MountRowEdit;
class PortRowEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// `docker run` / `docker create` as a form. The docker line under it is rendered
// from the same RunSpec as the request, so what is shown is what is sent. Bad
// input is marked on its field and blocks the request; a host port already taken
// on a local engine is caught before the engine refuses it.
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunDialog(EngineModels *models, QWidget *parent = nullptr);

    void setImage(const QString &reference);
    int addPortRow(const QString &hostIp, const QString &hostPort, const QString &containerPort,
                   const QString &protocol = QStringLiteral("tcp"));
    int addMountRow(RunMount::Type type, const QString &source, const QString &target,
                    bool readOnly = false, const QString &tmpfsSize = {});
    void clearPorts();

    // What the form says now; meaningful when errors() is empty.
    RunSpec spec() const;
    // The spec's own checks, command splitting, and host ports in use.
    QList<RunSpecError> errors() const;
    QString commandText() const;
    QString messageText() const;
    QString portsMessageText() const;
    // The problem marked on a control, empty when none.
    static QString markedError(const QWidget *w);

    QComboBox *imageBox() const { return m_image; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *entrypointEdit() const { return m_entrypoint; }
    QLineEdit *workingDirEdit() const { return m_workdir; }
    KeyValueTable *envTable() const { return m_env; }
    KeyValueTable *labelsTable() const { return m_labels; }
    QCheckBox *startBox() const { return m_start; }
    QCheckBox *publishAllBox() const { return m_publishAll; }
    QGroupBox *portsSection() const { return m_portsBox; }
    QComboBox *networkModeBox() const { return m_networkMode; }
    QComboBox *networkBox() const { return m_network; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QLineEdit *ipv4Edit() const { return m_ipv4; }
    QPushButton *runButton() const { return m_run; }
    QLineEdit *hostPortEdit(int row) const;
    QLineEdit *containerPortEdit(int row) const;
    QLineEdit *mountTargetEdit(int row) const;
    // The risk confirmation, while it is open.
    QMessageBox *pendingConfirmation() const { return m_confirm; }

    // What Run does; public for tests.
    void run();

signals:
    // The engine made (and, for run, started) this container.
    void created(const QString &id);

private:

    QWidget *buildGeneral();
    QWidget *buildPorts();
    QWidget *buildMounts();
    QWidget *buildNetwork();
    void fillImages();
    void fillNetworks();
    void requestExposedPorts();
    void update();
    void markAll(const QList<RunSpecError> &errors);
    void showMessage(const QString &text, bool error);
    void send(const RunSpec &spec);
    void startCreated(const RunSpec &spec, const QString &id);
    void setBusy(bool busy);
    bool engineIsLocal() const;

    EngineModels *m_models;
    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QLabel *m_commandPreview;
    QLineEdit *m_entrypoint;
    QLineEdit *m_workdir;
    QLineEdit *m_user;
    KeyValueTable *m_env;
    KeyValueTable *m_labels;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QCheckBox *m_autoRemove;
    QCheckBox *m_interactive;
    QCheckBox *m_tty;
    QCheckBox *m_start;
    QCheckBox *m_detached;
    QGroupBox *m_portsBox;
    QCheckBox *m_publishAll;
    QWidget *m_portRowsWidget;
    QLabel *m_hostNote;
    QLabel *m_portsMessage;
    QList<PortRowEdit *> m_ports;
    bool m_portsTouched = false;
    QWidget *m_mountRowsWidget;
    QList<MountRowEdit *> m_mounts;
    QComboBox *m_networkMode;
    QComboBox *m_network;
    QLineEdit *m_aliases;
    QLineEdit *m_ipv4;
    QLabel *m_networkNote;
    QPlainTextEdit *m_cli;
    QLabel *m_message;
    QPushButton *m_run;
    QMessageBox *m_confirm = nullptr;
    QString m_exposeFor; // the image whose EXPOSE was last asked for
    bool m_busy = false;
};
