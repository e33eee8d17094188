#include "terminalpanel.h"

#include "terminalwidget.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <terminalsession.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum ShellChoice { Sh, Bash, Custom };
} // namespace

TerminalPanel::TerminalPanel(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_shell(new QComboBox(this))
    , m_custom(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open shell"), this))
    , m_attach(new QPushButton(tr("Attach"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_status(new QLabel(this))
    , m_terminal(new TerminalWidget(this))
{
    setObjectName(QStringLiteral("terminalPanel"));
    // Command names, not words: they stay as they are in every language.
    m_shell->addItem(QStringLiteral("sh"));
    m_shell->addItem(QStringLiteral("bash"));
    m_shell->addItem(tr("Custom command…"));
    m_shell->setAccessibleName(tr("Shell to open"));
    m_shell->setToolTip(tr("The program `docker exec -it` runs in the container"));
    m_custom->setPlaceholderText(tr("e.g. ash -l, or top"));
    m_custom->setAccessibleName(tr("Custom command"));
    m_custom->setVisible(false);
    m_open->setAccessibleName(tr("Open shell"));
    m_open->setToolTip(tr("Run the chosen program in the container, with a terminal (docker exec -it)"));
    m_attach->setAccessibleName(tr("Attach to the main process"));
    m_attach->setToolTip(tr("Connect the terminal to the container's main process (docker attach)"));
    m_disconnect->setAccessibleName(tr("Disconnect the terminal"));
    m_disconnect->setToolTip(tr("Close the connection; an attached container keeps running"));
    m_status->setAccessibleName(tr("Terminal status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    auto *shellLabel = new QLabel(tr("&Shell:"), this);
    shellLabel->setBuddy(m_shell);
    controls->addWidget(shellLabel);
    controls->addWidget(m_shell);
    controls->addWidget(m_custom, 1);
    controls->addWidget(m_open);
    controls->addWidget(m_attach);
    controls->addWidget(m_disconnect);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_terminal, 1);

    connect(m_shell, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_custom->setVisible(index == Custom);
        if (index == Custom)
            m_custom->setFocus();
        updateControls();
    });
    connect(m_custom, &QLineEdit::textChanged, this, &TerminalPanel::updateControls);
    connect(m_custom, &QLineEdit::returnPressed, this, &TerminalPanel::openShell);
    connect(m_open, &QPushButton::clicked, this, &TerminalPanel::openShell);
    connect(m_attach, &QPushButton::clicked, this, &TerminalPanel::attach);
    connect(m_disconnect, &QPushButton::clicked, this, &TerminalPanel::disconnectSession);

    if (m_models) {
        ContainerModel *containers = m_models->containers();
        connect(containers, &QAbstractItemModel::dataChanged, this, &TerminalPanel::containerRowsChanged);
        connect(containers, &QAbstractItemModel::rowsInserted, this, &TerminalPanel::containerRowsChanged);
        connect(containers, &QAbstractItemModel::rowsRemoved, this, &TerminalPanel::containerRowsChanged);
        connect(containers, &QAbstractItemModel::modelReset, this, &TerminalPanel::containerRowsChanged);
    }
    updateControls();
    updateStatus();
}

TerminalPanel::~TerminalPanel() = default;

void TerminalPanel::setContainer(const QString &id, const QString &name, bool running)
{
    if (id != m_id) {
        if (m_session) {
            m_session->close();
            m_session->deleteLater();
            m_session = nullptr;
        }
        m_terminal->reset();
    }
    m_id = id;
    m_name = name;
    m_running = running;
    updateControls();
    updateStatus();
}

QStringList TerminalPanel::command() const
{
    switch (m_shell->currentIndex()) {
    case Sh:
        return {QStringLiteral("sh")};
    case Bash:
        return {QStringLiteral("bash")};
    default:
        return QProcess::splitCommand(m_custom->text());
    }
}

void TerminalPanel::openShell()
{
    startSession(true);
}

void TerminalPanel::attach()
{
    startSession(false);
}

void TerminalPanel::startSession(bool exec)
{
    if (!m_models || m_id.isEmpty() || !m_running || (m_session && m_session->isActive()))
        return;
    const QStringList cmd = command();
    if (exec && cmd.isEmpty())
        return;
    if (m_session)
        m_session->deleteLater();
    m_terminal->reset();
    auto *session = new TerminalSession(m_models->client(), m_models->actions(), this);
    m_session = session;
    connect(session, &TerminalSession::output, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::sendData, session, &TerminalSession::write);
    connect(m_terminal, &TerminalWidget::sizeChanged, session, &TerminalSession::resize);
    connect(session, &TerminalSession::stateChanged, this, [this] {
        updateControls();
        updateStatus();
    });
    session->resize(m_terminal->rows(), m_terminal->cols());
    if (exec)
        session->startExec(m_id, m_name, cmd);
    else
        session->attach(m_id, m_name);
    m_terminal->setFocus();
}

void TerminalPanel::disconnectSession()
{
    if (m_session)
        m_session->close();
}

// The container may start or stop while its tab shows: the buttons follow.
void TerminalPanel::containerRowsChanged()
{
    if (m_id.isEmpty() || !m_models)
        return;
    const Container *c = m_models->containers()->item(m_id);
    const bool running = c && c->state == QLatin1String("running");
    if (running == m_running)
        return;
    m_running = running;
    updateControls();
    updateStatus();
}

void TerminalPanel::updateControls()
{
    const bool active = m_session && m_session->isActive();
    const bool can = m_models && !m_id.isEmpty() && m_running && !active;
    m_open->setEnabled(can && !command().isEmpty());
    m_attach->setEnabled(can);
    m_shell->setEnabled(!active);
    m_custom->setEnabled(!active);
    m_disconnect->setEnabled(active);
}

void TerminalPanel::updateStatus()
{
    if (!m_session) {
        if (m_id.isEmpty())
            m_status->setText(tr("No container selected."));
        else if (!m_running)
            m_status->setText(tr("The container is not running: start it to open a shell or attach to it."));
        else
            m_status->setText(tr("Open a shell to run a program in the container, or attach to its main process."));
        return;
    }
    const QString line = m_session->commandLine();
    switch (m_session->state()) {
    case TerminalSession::State::Idle:
    case TerminalSession::State::Starting:
        m_status->setText(tr("Starting %1…").arg(line));
        break;
    case TerminalSession::State::Running:
        m_status->setText(tr("Running %1").arg(line));
        break;
    case TerminalSession::State::Ended:
        if (m_session->exitCode() >= 0)
            m_status->setText(tr("%1 ended with exit code %2.").arg(line).arg(m_session->exitCode()));
        else
            m_status->setText(tr("%1: disconnected.").arg(line));
        break;
    case TerminalSession::State::Failed:
        m_status->setText(m_session->errorText());
        break;
    }
}
