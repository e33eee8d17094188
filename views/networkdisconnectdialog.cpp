#include "networkdisconnectdialog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <actionrunner.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkactions.h>
#include <networkmodel.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Item data: the other side's ID and name.
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

NetworkDisconnectDialog::NetworkDisconnectDialog(EngineModels *models, Side side,
                                                 const QString &givenId, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_side(side)
    , m_givenId(givenId)
    , m_links(new QListWidget(this))
    , m_force(new QCheckBox(tr("&Force (--force): drop the link even if the engine cannot "
                               "reach the container's endpoint"), this))
    , m_command(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("networkDisconnectDialog"));
    setMinimumWidth(520);
    QString heading;
    if (side == Side::Network) {
        const Network *n = models->networks()->item(givenId);
        const QString name = n ? n->name : givenId.left(12);
        setWindowTitle(tr("Disconnect containers from «%1»").arg(name));
        heading = tr("Tick the containers to take off network «%1». A running container "
                     "loses its address on it at once.").arg(name);
        m_links->setAccessibleName(tr("Containers on the network"));
    } else {
        const Container *c = models->containers()->item(givenId);
        const QString name = c ? c->name : givenId.left(12);
        setWindowTitle(tr("Disconnect «%1» from networks").arg(name));
        heading = tr("Tick the networks to take container «%1» off.").arg(name);
        m_links->setAccessibleName(tr("Networks of the container"));
    }
    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setWordWrap(true);
    m_force->setAccessibleName(tr("Force"));

    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_command->setAccessibleName(tr("docker commands"));
    m_command->setFixedHeight(m_command->fontMetrics().height() * 4 + 12);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_disconnect = buttons->addButton(tr("Disconnect"), QDialogButtonBox::ActionRole);
    m_disconnect->setAccessibleName(tr("Disconnect"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_disconnect, &QPushButton::clicked, this, &NetworkDisconnectDialog::disconnectNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(m_links, 1);
    layout->addWidget(m_force);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_links, &QListWidget::itemChanged, this, &NetworkDisconnectDialog::update);
    connect(m_force, &QCheckBox::toggled, this, &NetworkDisconnectDialog::update);
    fill();
}

void NetworkDisconnectDialog::fill()
{
    const QSignalBlocker blocker(m_links);
    m_links->clear();
    auto add = [this](const QString &id, const QString &name, const QString &text) {
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(IdRole, id);
        item->setData(NameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    };
    if (m_side == Side::Network) {
        const Network *n = m_models->networks()->item(m_givenId);
        for (const Container &c : m_models->containers()->items())
            for (const ContainerNetwork &cn : c.networks)
                if (n && ((!cn.networkId.isEmpty() && cn.networkId == n->id) || cn.name == n->name))
                    add(c.id, c.name,
                        cn.ipAddress.isEmpty()
                            ? tr("%1 (%2)").arg(c.name, ContainerModel::stateText(c.state))
                            : tr("%1 (%2, %3)").arg(c.name, ContainerModel::stateText(c.state), cn.ipAddress));
    } else if (const Container *c = m_models->containers()->item(m_givenId)) {
        for (const ContainerNetwork &cn : c->networks) {
            const Network *n = m_models->networks()->item(cn.networkId);
            const QString id = n ? n->id : cn.name; // the engine takes a name as well
            add(id, cn.name, cn.ipAddress.isEmpty() ? cn.name : tr("%1 (%2)").arg(cn.name, cn.ipAddress));
        }
    }
    update();
}

bool NetworkDisconnectDialog::only(const QString &idOrName)
{
    bool found = false;
    for (int i = 0; i < m_links->count(); ++i) {
        QListWidgetItem *item = m_links->item(i);
        const bool match = item->data(IdRole).toString() == idOrName
                           || item->data(NameRole).toString() == idOrName;
        item->setCheckState(match ? Qt::Checked : Qt::Unchecked);
        found = found || match;
    }
    return found;
}

QList<Action> NetworkDisconnectDialog::actions() const
{
    QList<Action> out;
    QString givenName;
    if (m_side == Side::Network) {
        if (const Network *n = m_models->networks()->item(m_givenId))
            givenName = n->name;
    } else if (const Container *c = m_models->containers()->item(m_givenId)) {
        givenName = c->name;
    }
    for (int i = 0; i < m_links->count(); ++i) {
        const QListWidgetItem *item = m_links->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(IdRole).toString();
        const QString name = item->data(NameRole).toString();
        out << (m_side == Side::Network
                    ? Actions::disconnectNetwork(m_givenId, givenName, id, name, m_force->isChecked())
                    : Actions::disconnectNetwork(id, name, m_givenId, givenName, m_force->isChecked()));
    }
    return out;
}

QString NetworkDisconnectDialog::commandText() const
{
    return m_command->toPlainText();
}

QString NetworkDisconnectDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NetworkDisconnectDialog::update()
{
    QStringList lines;
    const QList<Action> list = actions();
    for (const Action &a : list)
        lines << a.cliText();
    m_command->setPlainText(lines.isEmpty() ? tr("(nothing ticked)") : lines.join(u'\n'));
    m_disconnect->setEnabled(!list.isEmpty() && !m_busy);
    if (m_links->count() == 0 && !m_busy)
        m_command->setPlainText(m_side == Side::Network ? tr("(no container is on this network)")
                                                        : tr("(the container is on no network)"));
}

void NetworkDisconnectDialog::disconnectNow()
{
    const QList<Action> list = actions();
    if (m_busy || list.isEmpty())
        return;
    m_busy = true;
    m_message->hide();
    update();
    runNext(list);
}

void NetworkDisconnectDialog::runNext(QList<Action> actions)
{
    if (actions.isEmpty()) {
        m_busy = false;
        m_message->setText(tr("Disconnected."));
        m_message->setPalette(palette());
        m_message->show();
        fill();
        emit disconnectFinished(true);
        return;
    }
    const Action first = actions.takeFirst();
    m_models->actions()->run(first, this, [this, actions, first](const EngineError &error) {
        if (!error.isError()) {
            // The engine sends no event when a container that never ran is
            // disconnected: read it again so the lists and the picture follow.
            const QJsonObject body = QJsonDocument::fromJson(first.request.body).object();
            const QString container = body.value(QLatin1String("Container")).toString();
            if (!container.isEmpty())
                m_models->containers()->refresh(container);
            runNext(actions);
            return;
        }
        m_busy = false;
        QPalette p = m_message->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_message->setPalette(p);
        QString text = error.text();
        if (!actions.isEmpty())
            text = tr("%1 — the next links were not touched.").arg(text);
        // Force is the engine's own way past a link it cannot undo cleanly.
        if (!first.cli.contains(QLatin1String("--force")) && !m_force->isChecked()) {
            m_force->setChecked(true);
            text += u'\n' + tr("Force is now ticked: Disconnect again to drop the link anyway.");
        }
        m_message->setText(text);
        m_message->show();
        update();
        emit disconnectFinished(false);
    });
}
