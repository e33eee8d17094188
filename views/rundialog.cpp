#include "rundialog.h"

#include "keyvaluetable.h"
#include "mountrowedit.h"
#include "portrowedit.h"

#include <actionrunner.h>
#include <browseractions.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <image.h>
#include <imagemodel.h>
#include <network.h>
#include <networkmodel.h>
#include <shellquote.h>
#include <volume.h>
#include <volumemodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTcpServer>
#include <QVBoxLayout>

namespace {

const QColor ErrorColor(0xc0, 0x1c, 0x28);
constexpr const char *ErrorProperty = "quaiError";
constexpr const char *TipProperty = "quaiTip";

void mark(QWidget *w, const QString &error)
{
    if (!w)
        return;
    if (!w->property(TipProperty).isValid())
        w->setProperty(TipProperty, w->toolTip());
    const QString previous = w->property(ErrorProperty).toString();
    if (!error.isEmpty() && !previous.isEmpty())
        return; // the first problem stays: it is the one to fix first
    w->setProperty(ErrorProperty, error);
    if (error.isEmpty()) {
        w->setStyleSheet({});
        w->setToolTip(w->property(TipProperty).toString());
    } else {
        w->setStyleSheet(QStringLiteral("border: 2px solid #c01c28;"));
        w->setToolTip(error);
    }
}

// True when something on this machine already listens on the port. Binding is
// immediate (no waiting), so this is fine on the GUI thread.
bool portInUse(const QString &hostIp, int port)
{
    QTcpServer probe;
    const QHostAddress address = hostIp.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(hostIp);
    if (probe.listen(address, quint16(port))) {
        probe.close();
        return false;
    }
    // Ports below 1024 need privileges: that is not "in use", the engine may still bind it.
    return probe.serverError() == QAbstractSocket::AddressInUseError;
}

} // namespace

RunDialog::RunDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
{
    setWindowTitle(tr("Run a container"));
    setObjectName(QStringLiteral("runDialog"));
    resize(920, 820);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);

    auto *imageBox = new QGroupBox(tr("Image"), content);
    auto *imageForm = new QFormLayout(imageBox);
    m_image = new QComboBox(imageBox);
    m_image->setEditable(true);
    m_image->setAccessibleName(tr("Image"));
    m_image->setToolTip(tr("A local image and its tag, e.g. alpine:3.19."));
    imageForm->addRow(tr("&Image:"), m_image);
    sections->addWidget(imageBox);
    sections->addWidget(buildGeneral());
    sections->addWidget(buildPorts());
    sections->addWidget(buildMounts());
    sections->addWidget(buildNetwork());
    sections->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Container settings"));

    m_cli = new QPlainTextEdit(this);
    m_cli->setReadOnly(true);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cli->setAccessibleName(tr("docker command"));
    m_cli->setFixedHeight(m_cli->fontMetrics().height() * 4 + 12);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Run"), QDialogButtonBox::ActionRole);
    m_run->setAccessibleName(tr("Run"));
    m_run->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_run, &QPushButton::clicked, this, &RunDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_cli);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    fillImages();
    fillNetworks();
    for (ResourceModel *m : {static_cast<ResourceModel *>(m_models->images()),
                             static_cast<ResourceModel *>(m_models->networks())}) {
        const bool images = m == m_models->images();
        auto refill = [this, images] { images ? fillImages() : fillNetworks(); };
        connect(m, &QAbstractItemModel::rowsInserted, this, refill);
        connect(m, &QAbstractItemModel::rowsRemoved, this, refill);
        connect(m, &QAbstractItemModel::modelReset, this, refill);
    }
    connect(m_image, &QComboBox::currentTextChanged, this, [this] {
        requestExposedPorts();
        update();
    });
    requestExposedPorts();
    update();
}

QWidget *RunDialog::buildGeneral()
{
    auto *box = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(box);
    auto line = [box](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(box);
        e->setAccessibleName(name);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = line(tr("Container name"), tr("Empty: the engine picks a name"));
    m_command = line(tr("Command"), tr("Empty: the image's default command"));
    m_command->setToolTip(tr("Split like a shell does: quotes and backslashes group words; "
                             "nothing is expanded."));
    m_commandPreview = new QLabel(box);
    m_commandPreview->setWordWrap(true);
    m_commandPreview->setAccessibleName(tr("Command words"));
    m_entrypoint = line(tr("Entrypoint"), tr("Empty: the image's entrypoint"));
    m_workdir = line(tr("Working directory"), tr("Empty: the image's"));
    m_user = line(tr("User"), tr("user, uid or uid:gid"));
    m_env = new KeyValueTable(tr("Environment"), box);
    m_env->setPasteEnabled(true);
    m_env->setToolTip(tr("One variable per row (-e KEY=VALUE); Paste lines adds KEY=VALUE lines from the clipboard."));
    m_labels = new KeyValueTable(tr("Labels"), box);
    m_labels->setPasteEnabled(true);

    m_restart = new QComboBox(box);
    m_restart->setAccessibleName(tr("Restart policy"));
    m_restart->addItem(tr("Never (no)"), int(RunSpec::Restart::No));
    m_restart->addItem(tr("Always"), int(RunSpec::Restart::Always));
    m_restart->addItem(tr("Unless stopped by the user"), int(RunSpec::Restart::UnlessStopped));
    m_restart->addItem(tr("On failure"), int(RunSpec::Restart::OnFailure));
    m_retries = new QSpinBox(box);
    m_retries->setRange(0, 1000);
    m_retries->setAccessibleName(tr("Maximum retries"));
    m_retries->setSpecialValueText(tr("no limit"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart, 1);
    restartRow->addWidget(new QLabel(tr("retries:"), box));
    restartRow->addWidget(m_retries);

    auto check = [box](const QString &text, const QString &tip) {
        auto *c = new QCheckBox(text, box);
        c->setAccessibleName(text);
        c->setToolTip(tip);
        return c;
    };
    m_autoRemove = check(tr("Remove when it stops (--rm)"), tr("The container and its anonymous volumes go when it exits."));
    m_interactive = check(tr("Interactive (-i)"), tr("Keep standard input open."));
    m_tty = check(tr("Terminal (-t)"), tr("Give the container a terminal; output then comes as one raw stream."));
    m_start = check(tr("Start it now (run; otherwise only create)"), tr("docker run creates and starts; docker create only creates."));
    m_start->setChecked(true);
    m_detached = check(tr("Detached (-d)"), tr("Without it, docker run would stay attached to the "
                                                "output; Quai shows it in the Logs tab either way."));
    m_detached->setChecked(true);
    auto *flags = new QHBoxLayout;
    for (QCheckBox *c : {m_interactive, m_tty, m_detached, m_autoRemove})
        flags->addWidget(c);
    flags->addStretch();

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(QString(), m_commandPreview);
    form->addRow(tr("&Entrypoint:"), m_entrypoint);
    form->addRow(tr("&Working directory:"), m_workdir);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("En&vironment:"), m_env);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("Restart:"), restartRow);
    form->addRow(QString(), flags);
    form->addRow(QString(), m_start);

    for (QLineEdit *e : {m_name, m_command, m_entrypoint, m_workdir, m_user})
        connect(e, &QLineEdit::textChanged, this, &RunDialog::update);
    for (KeyValueTable *t : {m_env, m_labels})
        connect(t, &KeyValueTable::changed, this, &RunDialog::update);
    for (QCheckBox *c : {m_autoRemove, m_interactive, m_tty, m_start, m_detached})
        connect(c, &QCheckBox::toggled, this, &RunDialog::update);
    connect(m_restart, &QComboBox::currentIndexChanged, this, &RunDialog::update);
    connect(m_retries, &QSpinBox::valueChanged, this, &RunDialog::update);
    return box;
}

QWidget *RunDialog::buildPorts()
{
    m_portsBox = new QGroupBox(tr("Ports"));
    auto *layout = new QVBoxLayout(m_portsBox);
    auto *explain = new QLabel(tr("Each row publishes a container port on the engine's host: "
                                  "host address (empty: all), host port (empty: a random one), "
                                  "container port. Ranges such as 8000-8010 are allowed."),
                               m_portsBox);
    explain->setWordWrap(true);
    m_publishAll = new QCheckBox(tr("Publish all exposed ports on random host ports (-P)"), m_portsBox);
    m_publishAll->setAccessibleName(tr("Publish all"));
    m_portRowsWidget = new QWidget(m_portsBox);
    new QVBoxLayout(m_portRowsWidget);
    m_portRowsWidget->layout()->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add port"), m_portsBox);
    add->setAccessibleName(tr("Add port"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_portsTouched = true;
        addPortRow({}, {}, {});
    });
    m_hostNote = new QLabel(tr("The host network shares the host's network stack: the container "
                               "uses the host's ports directly, so publishing does not apply."),
                            m_portsBox);
    m_hostNote->setWordWrap(true);
    m_hostNote->hide();
    m_portsMessage = new QLabel(m_portsBox);
    m_portsMessage->setWordWrap(true);
    m_portsMessage->setAccessibleName(tr("Port problem"));
    m_portsMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_portsMessage->palette();
    p.setColor(QPalette::WindowText, ErrorColor);
    m_portsMessage->setPalette(p);
    m_portsMessage->hide();
    layout->addWidget(explain);
    layout->addWidget(m_hostNote);
    layout->addWidget(m_publishAll);
    layout->addWidget(m_portRowsWidget);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_portsMessage);
    connect(m_publishAll, &QCheckBox::toggled, this, &RunDialog::update);
    return m_portsBox;
}

int RunDialog::addPortRow(const QString &hostIp, const QString &hostPort,
                          const QString &containerPort, const QString &protocol)
{
    auto *row = new PortRowEdit({hostIp, hostPort, containerPort, protocol}, m_portRowsWidget);
    m_portRowsWidget->layout()->addWidget(row);
    connect(row, &PortRowEdit::edited, this, [this] { m_portsTouched = true; });
    connect(row, &PortRowEdit::changed, this, &RunDialog::update);
    connect(row, &PortRowEdit::removeRequested, this, [this, row] {
        m_ports.removeOne(row);
        m_portsTouched = true;
        row->hide();
        row->deleteLater();
        update();
    });
    m_ports.append(row);
    update();
    return int(m_ports.size()) - 1;
}

void RunDialog::clearPorts()
{
    for (PortRowEdit *r : std::as_const(m_ports)) {
        r->hide();
        r->deleteLater();
    }
    m_ports.clear();
    update();
}

QWidget *RunDialog::buildMounts()
{
    auto *box = new QGroupBox(tr("Mounts"));
    auto *layout = new QVBoxLayout(box);
    m_mountRowsWidget = new QWidget(box);
    new QVBoxLayout(m_mountRowsWidget);
    m_mountRowsWidget->layout()->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    for (RunMount::Type t : {RunMount::Type::Volume, RunMount::Type::Bind, RunMount::Type::Tmpfs}) {
        const QString text = t == RunMount::Type::Volume ? tr("Add volume")
                             : t == RunMount::Type::Bind ? tr("Add bind mount")
                                                         : tr("Add tmpfs");
        auto *b = new QPushButton(text, box);
        b->setAccessibleName(text);
        b->setToolTip(MountRowEdit::explanation(t));
        connect(b, &QPushButton::clicked, this, [this, t] { addMountRow(t, {}, {}); });
        addRow->addWidget(b);
    }
    addRow->addStretch();
    layout->addWidget(m_mountRowsWidget);
    layout->addLayout(addRow);
    return box;
}

int RunDialog::addMountRow(RunMount::Type type, const QString &source, const QString &target,
                           bool readOnly, const QString &tmpfsSize)
{
    MountRowEdit::Options options;
    options.volumeNames = [this] {
        QStringList names;
        for (const Volume &v : m_models->volumes()->items())
            names << v.name;
        return names;
    };
    options.engineIsLocal = engineIsLocal();
    auto *row = new MountRowEdit(type, source, target, readOnly, tmpfsSize, options, m_mountRowsWidget);
    m_mountRowsWidget->layout()->addWidget(row);
    connect(row, &MountRowEdit::changed, this, &RunDialog::update);
    connect(row, &MountRowEdit::removeRequested, this, [this, row] {
        m_mounts.removeOne(row);
        row->hide();
        row->deleteLater();
        update();
    });
    m_mounts.append(row);
    update();
    return int(m_mounts.size()) - 1;
}

QWidget *RunDialog::buildNetwork()
{
    auto *box = new QGroupBox(tr("Network"));
    auto *form = new QFormLayout(box);
    m_networkMode = new QComboBox(box);
    m_networkMode->setAccessibleName(tr("Network mode"));
    m_networkMode->addItem(tr("Default bridge"), int(RunSpec::NetworkMode::Default));
    m_networkMode->addItem(tr("A named network"), int(RunSpec::NetworkMode::Named));
    m_networkMode->addItem(tr("None"), int(RunSpec::NetworkMode::None));
    m_networkMode->addItem(tr("Host"), int(RunSpec::NetworkMode::Host));
    m_network = new QComboBox(box);
    m_network->setAccessibleName(tr("Network"));
    m_aliases = new QLineEdit(box);
    m_aliases->setAccessibleName(tr("Aliases"));
    m_aliases->setPlaceholderText(tr("other names on this network, separated by spaces"));
    m_ipv4 = new QLineEdit(box);
    m_ipv4->setAccessibleName(tr("IPv4 address"));
    m_ipv4->setPlaceholderText(tr("empty: the network assigns one"));
    m_networkNote = new QLabel(box);
    m_networkNote->setWordWrap(true);
    form->addRow(tr("&Mode:"), m_networkMode);
    form->addRow(QString(), m_networkNote);
    form->addRow(tr("N&etwork:"), m_network);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("IPv&4 address:"), m_ipv4);
    connect(m_networkMode, &QComboBox::currentIndexChanged, this, &RunDialog::update);
    connect(m_network, &QComboBox::currentTextChanged, this, &RunDialog::update);
    connect(m_aliases, &QLineEdit::textChanged, this, &RunDialog::update);
    connect(m_ipv4, &QLineEdit::textChanged, this, &RunDialog::update);
    return box;
}

void RunDialog::fillImages()
{
    const QString current = m_image->currentText();
    QStringList refs;
    // The volume browser's empty image has nothing to run: it is not offered.
    const QString helperImage = BrowserActions::emptyImage();
    for (const Image &i : m_models->images()->items()) {
        for (const QString &tag : i.repoTags)
            if (tag != QLatin1String("<none>:<none>") && tag != helperImage)
                refs << tag;
    }
    refs.sort();
    m_image->blockSignals(true);
    m_image->clear();
    m_image->addItems(refs);
    m_image->setCurrentText(current);
    m_image->blockSignals(false);
    // A first choice, so the dialog opens ready to run; setImage() replaces it.
    if (current.isEmpty() && !refs.isEmpty())
        m_image->setCurrentText(refs.first());
}

void RunDialog::fillNetworks()
{
    const QString current = m_network->currentText();
    m_network->blockSignals(true);
    m_network->clear();
    for (const Network &n : m_models->networks()->items())
        if (!n.isPredefined())
            m_network->addItem(n.name);
    const int i = m_network->findText(current);
    if (i >= 0)
        m_network->setCurrentIndex(i);
    m_network->blockSignals(false);
}

void RunDialog::setImage(const QString &reference)
{
    m_image->setCurrentText(reference);
}

bool RunDialog::engineIsLocal() const
{
    return m_models->client()->endpoint().kind == Endpoint::Kind::Unix;
}

void RunDialog::requestExposedPorts()
{
    const QString ref = m_image->currentText().trimmed();
    if (ref.isEmpty() || ref == m_exposeFor)
        return;
    m_exposeFor = ref;
    m_models->client()->send(Request::get(QStringLiteral("/images/") % ref % QStringLiteral("/json")),
                             this, [this, ref](const Response &r) {
        // A later choice wins; a user who edited ports keeps them.
        if (ref != m_exposeFor || m_portsTouched || !r.ok())
            return;
        const QJsonObject exposed = QJsonDocument::fromJson(r.body).object()
                                        .value(QStringLiteral("Config")).toObject()
                                        .value(QStringLiteral("ExposedPorts")).toObject();
        clearPorts();
        for (auto it = exposed.begin(); it != exposed.end(); ++it) {
            const QString port = it.key().section(u'/', 0, 0);
            const QString proto = it.key().section(u'/', 1, 1);
            addPortRow({}, {}, port, proto.isEmpty() ? QStringLiteral("tcp") : proto);
        }
    });
}

QLineEdit *RunDialog::hostPortEdit(int row) const
{
    return row >= 0 && row < m_ports.size() ? m_ports[row]->hostPortEdit() : nullptr;
}

QLineEdit *RunDialog::containerPortEdit(int row) const
{
    return row >= 0 && row < m_ports.size() ? m_ports[row]->containerPortEdit() : nullptr;
}

QLineEdit *RunDialog::mountTargetEdit(int row) const
{
    return row >= 0 && row < m_mounts.size() ? m_mounts[row]->targetEdit() : nullptr;
}

RunSpec RunDialog::spec() const
{
    RunSpec s;
    s.image = m_image->currentText().trimmed();
    s.name = m_name->text().trimmed();
    if (const auto words = RunSpec::splitCommand(m_command->text()))
        s.cmd = words.value();
    if (const auto words = RunSpec::splitCommand(m_entrypoint->text()))
        s.entrypoint = words.value();
    s.workingDir = m_workdir->text().trimmed();
    s.user = m_user->text().trimmed();
    for (const auto &[key, value] : m_env->rows())
        if (!key.trimmed().isEmpty() || !value.isEmpty())
            s.env.append(key.trimmed() % u'=' % value);
    for (const auto &[key, value] : m_labels->rows())
        if (!key.trimmed().isEmpty() || !value.isEmpty())
            s.labels.insert(key.trimmed(), value);
    s.restart = RunSpec::Restart(m_restart->currentData().toInt());
    s.maxRetries = s.restart == RunSpec::Restart::OnFailure ? m_retries->value() : 0;
    s.autoRemove = m_autoRemove->isChecked();
    s.interactive = m_interactive->isChecked();
    s.tty = m_tty->isChecked();
    s.start = m_start->isChecked();
    s.detached = !s.start || m_detached->isChecked();
    s.networkMode = RunSpec::NetworkMode(m_networkMode->currentData().toInt());
    // With the host network the ports section is off: what it holds is not sent.
    if (s.networkMode != RunSpec::NetworkMode::Host) {
        s.publishAll = m_publishAll->isChecked();
        for (const PortRowEdit *r : m_ports)
            if (!r->isBlank())
                s.ports.append(r->port());
    }
    for (const MountRowEdit *r : m_mounts)
        s.mounts.append(r->mount());
    if (s.networkMode == RunSpec::NetworkMode::Named) {
        s.network = m_network->currentText();
        s.aliases = m_aliases->text().split(u' ', Qt::SkipEmptyParts);
        s.ipv4Address = m_ipv4->text().trimmed();
    }
    return s;
}

QList<RunSpecError> RunDialog::errors() const
{
    using F = RunSpecError::Field;
    QList<RunSpecError> errors;
    if (const auto c = RunSpec::splitCommand(m_command->text()); !c)
        errors.append({F::Command, -1, tr("Command: %1").arg(c.error())});
    if (const auto e = RunSpec::splitCommand(m_entrypoint->text()); !e)
        errors.append({F::Entrypoint, -1, tr("Entrypoint: %1").arg(e.error())});
    const RunSpec s = spec();
    errors += s.validate();
    if (!errors.isEmpty() || !engineIsLocal())
        return errors;
    // Only now, with every row well formed: probe the host ports on this machine.
    for (int row = 0; row < s.ports.size(); ++row) {
        const RunPort &p = s.ports[row];
        if (p.hostPort.isEmpty())
            continue;
        const int first = p.hostPort.section(u'-', 0, 0).toInt();
        const int last = p.hostPort.contains(u'-') ? p.hostPort.section(u'-', 1, 1).toInt() : first;
        if (last - first > 64)
            continue; // a wide range: the engine picks a free one, nothing to flag
        bool allBusy = true;
        int busy = 0;
        for (int port = first; port <= last; ++port) {
            if (portInUse(p.hostIp, port))
                busy = busy ? busy : port;
            else
                allBusy = false;
        }
        // A single container port with a host range needs only one free port in it.
        const bool needsAll = !p.containerPort.contains(u'-') ? first == last : true;
        if (busy && (needsAll || allBusy))
            errors.append({F::Ports, row, tr("Ports, row %1: host port %2 is already in use on "
                                             "this machine.").arg(row + 1).arg(busy),
                           QStringLiteral("hostPort")});
    }
    return errors;
}

void RunDialog::markAll(const QList<RunSpecError> &errors)
{
    using F = RunSpecError::Field;
    QList<QWidget *> all{m_image, m_name, m_command, m_entrypoint, m_workdir, m_env, m_labels,
                         m_restart, m_network, m_aliases, m_ipv4, m_portsBox};
    for (const PortRowEdit *r : m_ports)
        all << r->fields();
    for (const MountRowEdit *r : m_mounts)
        all << r->fields();
    for (QWidget *w : all)
        mark(w, {});
    for (const RunSpecError &e : errors) {
        switch (e.field) {
        case F::Image: mark(m_image, e.message); break;
        case F::Name: mark(m_name, e.message); break;
        case F::Command: mark(m_command, e.message); break;
        case F::Entrypoint: mark(m_entrypoint, e.message); break;
        case F::WorkingDir: mark(m_workdir, e.message); break;
        case F::Env: mark(m_env, e.message); break;
        case F::Labels: mark(m_labels, e.message); break;
        case F::Restart: mark(m_restart, e.message); break;
        case F::Network: mark(m_network, e.message); break;
        case F::Aliases: mark(m_aliases, e.message); break;
        case F::IPv4: mark(m_ipv4, e.message); break;
        case F::Ports: {
            // spec() skips empty rows: find the row the error counts.
            int seen = -1;
            for (const PortRowEdit *r : m_ports) {
                if (r->isBlank() || ++seen != e.row)
                    continue;
                mark(r->field(e.part), e.message);
            }
            if (e.row < 0 || seen < e.row)
                mark(m_portsBox, e.message);
            break;
        }
        case F::Mounts:
            if (e.row >= 0 && e.row < m_mounts.size())
                mark(m_mounts[e.row]->field(e.part), e.message);
            break;
        }
    }
}

void RunDialog::update()
{
    const RunSpec s = spec();
    const bool host = s.networkMode == RunSpec::NetworkMode::Host;
    m_portsBox->setEnabled(!host);
    m_hostNote->setVisible(host);
    // Keep the note readable in a disabled box.
    m_hostNote->setEnabled(true);
    const bool named = s.networkMode == RunSpec::NetworkMode::Named;
    m_network->setEnabled(named);
    m_aliases->setEnabled(named);
    m_ipv4->setEnabled(named);
    switch (s.networkMode) {
    case RunSpec::NetworkMode::Default:
        m_networkNote->setText(tr("The engine's default bridge: outgoing access, and reachable "
                                  "from the host through published ports."));
        break;
    case RunSpec::NetworkMode::Named:
        m_networkNote->setText(tr("A user network: containers on it reach each other by name "
                                  "and by alias."));
        break;
    case RunSpec::NetworkMode::None:
        m_networkNote->setText(tr("No network at all: the container is fully isolated, with "
                                  "only a loopback interface."));
        break;
    case RunSpec::NetworkMode::Host:
        m_networkNote->setText(tr("Shares the host's network stack: no isolation, and ports "
                                  "don't apply."));
        break;
    }
    m_retries->setEnabled(s.restart == RunSpec::Restart::OnFailure);
    m_detached->setEnabled(s.start);
    m_run->setText(m_busy ? tr("Working…") : s.start ? tr("Run") : tr("Create"));

    if (const auto words = RunSpec::splitCommand(m_command->text()); words && !words.value().isEmpty()) {
        QStringList shown;
        for (const QString &w : words.value())
            shown << u'«' % w % u'»';
        m_commandPreview->setText(tr("%n word(s): %1", nullptr, int(words.value().size()))
                                      .arg(shown.join(u' ')));
    } else {
        m_commandPreview->setText(words ? QString() : words.error());
    }

    const QList<RunSpecError> problems = errors();
    markAll(problems);
    if (problems.isEmpty()) {
        const Action a = Actions::createContainer(s);
        m_cli->setPlainText(a.cliText() % u'\n' % a.restText(m_models->client()->apiVersion())
                            % u'\n' % QString::fromUtf8(a.request.body));
        if (!m_busy && m_message->property(ErrorProperty).toBool())
            m_message->hide();
    } else {
        // Still show the line: what there is so far, marked as not valid.
        m_cli->setPlainText(tr("(not valid yet)") % u' ' % ShellQuote::join(s.toCli()));
        showMessage(problems.first().message, true);
    }
    m_run->setEnabled(problems.isEmpty() && !m_busy);
}

QString RunDialog::commandText() const
{
    return ShellQuote::join(spec().toCli());
}

QString RunDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RunDialog::portsMessageText() const
{
    return m_portsMessage->isHidden() ? QString() : m_portsMessage->text();
}

QString RunDialog::markedError(const QWidget *w)
{
    return w ? w->property(ErrorProperty).toString() : QString();
}

void RunDialog::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? ErrorColor : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setProperty(ErrorProperty, error);
    m_message->setText(text);
    m_message->show();
}

void RunDialog::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void RunDialog::run()
{
    if (m_busy || m_confirm)
        return;
    const QList<RunSpecError> problems = errors();
    if (!problems.isEmpty()) {
        markAll(problems);
        showMessage(problems.first().message, true);
        return;
    }
    const RunSpec s = spec();
    QStringList risks;
    for (const RunMount &m : s.mounts) {
        if (m.type != RunMount::Type::Bind)
            continue;
        const QString why = RunSpec::bindRisk(m.source, engineIsLocal() ? QDir::homePath() : QString());
        if (!why.isEmpty())
            risks << tr("«%1» → «%2»: %3").arg(m.source, m.target, why);
    }
    if (risks.isEmpty()) {
        send(s);
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Mount a sensitive host path?"),
                                tr("This container would see sensitive parts of the host:"),
                                QMessageBox::Cancel, this);
    m_confirm->setInformativeText(risks.join(QStringLiteral("\n\n")));
    QPushButton *go = m_confirm->addButton(tr("Mount it anyway"), QMessageBox::AcceptRole);
    go->setAccessibleName(tr("Mount it anyway"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go, s] {
        const bool accepted = m_confirm->clickedButton() == go;
        m_confirm = nullptr;
        if (accepted)
            send(s);
        else
            showMessage(tr("Nothing was sent."), false);
    });
    m_confirm->open();
}

void RunDialog::send(const RunSpec &spec)
{
    m_portsMessage->hide();
    setBusy(true);
    const Action a = Actions::createContainer(spec);
    m_models->actions()->runWithReply(a, this, [this, spec](const Response &r, const EngineError &error) {
        if (!r.ok()) {
            setBusy(false);
            showMessage(error.text(), true);
            return;
        }
        const QString id = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Id")).toString();
        if (!spec.start) {
            setBusy(false);
            showMessage(tr("Created container «%1».").arg(spec.name.isEmpty() ? id.left(12) : spec.name), false);
            emit created(id);
            return;
        }
        startCreated(spec, id);
    });
}

void RunDialog::startCreated(const RunSpec &spec, const QString &id)
{
    // The second half of `docker run`: the Commands panel already has the line.
    const Action start = Actions::startContainer(id, spec.name);
    m_models->client()->send(start.request, this, [this, spec, id, start](const Response &r) {
        setBusy(false);
        const QString who = spec.name.isEmpty() ? id.left(12) : spec.name;
        if (!r.ok()) {
            const QString text = r.error(start.failureContext).text()
                                 + u'\n' + tr("The container «%1» was created but is not running.").arg(who);
            const QString lower = r.message().toLower();
            if (lower.contains(QLatin1String("port")) || lower.contains(QLatin1String("address already in use"))) {
                m_portsMessage->setText(text);
                m_portsMessage->show();
            }
            showMessage(text, true);
            emit created(id);
            return;
        }
        showMessage(tr("Started container «%1».").arg(who), false);
        emit created(id);
    });
}
