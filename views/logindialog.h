#pragma once

#include <QDialog>

class CommandPreview;
class EngineModels;
class QLabel;
class QLineEdit;
class QPushButton;

// `docker login`: the engine checks the user and password against the
// registry (POST /auth), then they are kept where the docker CLI keeps them,
// so both see the same login. When no credential helper is configured that
// means base64 in config.json, readable by anyone who can read the file: the
// dialog says so before anything is stored.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(EngineModels *models, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    QString server() const; // as typed; empty means Docker Hub
    QString storageText() const;
    QString statusText() const;
    QString commandText() const;
    QPushButton *loginButton() const { return m_login; }

    void login();

signals:
    void loggedIn(const QString &registryHost);

private:
    void update();
    void fail(const QString &message);

    EngineModels *m_models;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_storage;
    CommandPreview *m_command;
    QLabel *m_status;
    QPushButton *m_login;
    QPushButton *m_close;
    bool m_busy = false;
};
