#include "logindialog.h"

#include "commandpreview.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imagereference.h>
#include <pullprogress.h>
#include <registryauth.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString hostOf(const QString &typed)
{
    const QString host = ImageReference::hostOfKey(typed);
    return host.isEmpty() ? QString::fromLatin1(ImageReference::DefaultRegistry) : host;
}
} // namespace

LoginDialog::LoginDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_storage(new QLabel(this))
    , m_command(new CommandPreview(3, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to a registry"));
    setMinimumWidth(540);

    m_server->setAccessibleName(tr("Registry server"));
    m_server->setPlaceholderText(tr("Docker Hub when empty; e.g. 127.0.0.1:5000"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit *e : {m_server, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::update);
    m_storage->setWordWrap(true);
    m_storage->setAccessibleName(tr("Where the credentials are kept"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Login status"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Cancel"));
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setAccessibleName(tr("Log in"));
    m_login->setDefault(true);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::login);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storage);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    update();
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server == QLatin1String(ImageReference::DefaultRegistry) ? QString() : server);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString LoginDialog::server() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::storageText() const
{
    return m_storage->text();
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

QString LoginDialog::commandText() const
{
    return m_command->toPlainText();
}

void LoginDialog::update()
{
    const QString host = hostOf(server());
    const QString key = ImageReference::credentialKeyForHost(host);
    const auto config = RegistryAuth::readConfig();
    if (!config) {
        m_storage->setText(config.error());
    } else if (const QString helper = RegistryAuth::helperFor(config.value(), key); !helper.isEmpty()) {
        m_storage->setText(tr("The credentials will be kept by the credential helper "
                              "docker-credential-%1, as config.json says.").arg(helper));
    } else {
        m_storage->setText(tr("⚠ No credential helper is configured: like the docker CLI, Quai "
                              "will store the password in %1, base64-encoded but NOT encrypted. "
                              "Anyone who can read that file can read it. Set \"credsStore\" in "
                              "that file to use a helper instead.")
                               .arg(RegistryAuth::configPath()));
    }
    RegistryCredentials c{key, m_user->text(), m_password->text(), {}};
    const Action a = Actions::loginRegistry(c, host);
    m_command->setAction(a, m_models->client()->apiVersion());
    m_login->setEnabled(!m_busy && !m_user->text().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::fail(const QString &message)
{
    m_busy = false;
    m_status->setText(message);
    update();
}

void LoginDialog::login()
{
    if (m_busy || m_user->text().isEmpty() || m_password->text().isEmpty())
        return;
    m_busy = true;
    update();
    const QString host = hostOf(server());
    RegistryCredentials c{ImageReference::credentialKeyForHost(host), m_user->text(), m_password->text(), {}};
    m_status->setText(tr("Asking the engine to check the credentials with %1…").arg(host));
    m_models->actions()->runWithReply(Actions::loginRegistry(c, host), this,
                                      [this, c, host](const Response &r, const EngineError &error) mutable {
        if (error.isError()) {
            fail(PullProgress::explainError(error.engineMessage.isEmpty() ? error.text() : error.engineMessage,
                                            host));
            return;
        }
        // Some registries answer with a token to keep instead of the password.
        const QString token = QJsonDocument::fromJson(r.body).object()
                                  .value(QLatin1String("IdentityToken")).toString();
        if (!token.isEmpty()) {
            c.identityToken = token;
            c.password.clear();
        }
        m_status->setText(tr("Login succeeded; storing the credentials…"));
        RegistryAuth::store(c, this, [this, host](const RegistryAuth::StoreOutcome &o) {
            if (!o.error.isEmpty()) {
                fail(tr("The registry accepted the login, but the credentials could not be stored: %1")
                         .arg(o.error));
                return;
            }
            m_busy = false;
            m_status->setText(o.unencrypted
                                  ? tr("Logged in to %1. The password is stored unencrypted in %2.")
                                        .arg(host, RegistryAuth::configPath())
                                  : tr("Logged in to %1. The credentials are kept by docker-credential-%2.")
                                        .arg(host, o.helper));
            m_password->clear();
            m_login->hide();
            m_close->setText(tr("Close"));
            m_close->setAccessibleName(tr("Close"));
            emit loggedIn(host);
        });
    });
}
