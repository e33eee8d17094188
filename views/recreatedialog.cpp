#include "recreatedialog.h"

#include "mountrowedit.h"
#include "portrowedit.h"

#include <engineclient.h>
#include <enginemodels.h>
#include <recreaterunner.h>
#include <volumemodel.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QColor ErrorColor(0xc0, 0x1c, 0x28);
constexpr const char *ErrorProperty = "quaiError";

void mark(QWidget *w, const QString &error)
{
    if (!w || (!error.isEmpty() && !w->property(ErrorProperty).toString().isEmpty()))
        return; // the first problem stays: it is the one to fix first
    w->setProperty(ErrorProperty, error);
    w->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("border: 2px solid #c01c28;"));
    w->setToolTip(error);
}

QString sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    if (bytes % (1024 * 1024) == 0)
        return QString::number(bytes / (1024 * 1024)) + u'm';
    if (bytes % 1024 == 0)
        return QString::number(bytes / 1024) + u'k';
    return QString::number(bytes);
}

enum Column { StateColumn, StepColumn, CliColumn };

} // namespace

RecreateDialog::RecreateDialog(EngineModels *models, const QString &id, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_id(id)
    , m_name(name)
{
    setObjectName(QStringLiteral("recreateDialog"));
    setWindowTitle(tr("Recreate container «%1»").arg(name));
    resize(900, 760);

    m_intro = new QLabel(tr("The engine cannot change the ports or mounts of an existing container. "
                            "Quai makes a new one with the same configuration and your changes, under "
                            "the same name. Named volumes stay, and the old container's anonymous "
                            "volumes are mounted again at the same paths; files written in the old "
                            "container's own layer are lost with it."), this);
    m_intro->setWordWrap(true);

    m_editors = new QWidget;
    auto *editors = new QVBoxLayout(m_editors);
    auto *portsBox = new QGroupBox(tr("Ports"), m_editors);
    auto *portsLayout = new QVBoxLayout(portsBox);
    auto *portsExplain = new QLabel(tr("Host address (empty: all), host port (empty: a random one) → "
                                       "container port. Ranges such as 8000-8010 are allowed."), portsBox);
    portsExplain->setWordWrap(true);
    m_portRows = new QWidget(portsBox);
    new QVBoxLayout(m_portRows);
    m_portRows->layout()->setContentsMargins(0, 0, 0, 0);
    auto *addPort = new QPushButton(tr("Add port"), portsBox);
    addPort->setAccessibleName(tr("Add port"));
    connect(addPort, &QPushButton::clicked, this, [this] { addPortRow({}); });
    portsLayout->addWidget(portsExplain);
    portsLayout->addWidget(m_portRows);
    portsLayout->addWidget(addPort, 0, Qt::AlignLeft);

    auto *mountsBox = new QGroupBox(tr("Mounts"), m_editors);
    auto *mountsLayout = new QVBoxLayout(mountsBox);
    auto *mountsExplain = new QLabel(tr("volume: storage the engine keeps (empty name: a new anonymous "
                                        "volume); bind: a folder of the engine's host; tmpfs: memory "
                                        "only, emptied when the container stops."), mountsBox);
    mountsExplain->setWordWrap(true);
    m_mountRows = new QWidget(mountsBox);
    new QVBoxLayout(m_mountRows);
    m_mountRows->layout()->setContentsMargins(0, 0, 0, 0);
    auto *addMount = new QPushButton(tr("Add mount"), mountsBox);
    addMount->setAccessibleName(tr("Add mount"));
    connect(addMount, &QPushButton::clicked, this, [this] {
        RunMount m;
        addMountRow(m);
    });
    mountsLayout->addWidget(mountsExplain);
    mountsLayout->addWidget(m_mountRows);
    mountsLayout->addWidget(addMount, 0, Qt::AlignLeft);
    editors->addWidget(portsBox);
    editors->addWidget(mountsBox);
    editors->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editors);
    scroll->setAccessibleName(tr("Ports and mounts"));

    auto *planBox = new QGroupBox(tr("What will happen, in order"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_planView = new QTreeWidget(planBox);
    m_planView->setAccessibleName(tr("Steps"));
    m_planView->setHeaderLabels({QString(), tr("Step"), tr("Same as")});
    m_planView->setRootIsDecorated(false);
    // Docker lines are long: shown whole, with a horizontal scroll bar, never elided.
    m_planView->setTextElideMode(Qt::ElideNone);
    m_planView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_planView->header()->setStretchLastSection(false);
    for (int c : {StateColumn, StepColumn, CliColumn})
        m_planView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    planLayout->addWidget(m_planView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(planBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_go = buttons->addButton(tr("Recreate"), QDialogButtonBox::ActionRole);
    m_go->setAccessibleName(tr("Recreate"));
    m_go->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_go, &QPushButton::clicked, this, &RecreateDialog::recreate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    load();
}

void RecreateDialog::load()
{
    showMessage(tr("Reading the configuration of «%1»…").arg(m_name), false);
    const Request inspect = Request::get(QStringLiteral("/containers/%1/json").arg(m_id));
    m_models->client()->send(inspect, this, [this](const Response &r) {
        if (!r.ok()) {
            showMessage(r.error(tr("Could not read the configuration of container «%1»").arg(m_name)).text(), true);
            return;
        }
        const Result<RecreatePlan> plan = RecreatePlan::fromInspect(r.body);
        if (!plan) {
            showMessage(tr("Could not read the configuration of container «%1»: %2").arg(m_name, plan.error()), true);
            return;
        }
        setPlan(plan.value());
    });
}

void RecreateDialog::setPlan(const RecreatePlan &plan)
{
    qDeleteAll(m_ports);
    qDeleteAll(m_mounts);
    m_ports.clear();
    m_mounts.clear();
    m_plan = plan;
    for (const RunPort &p : plan.ports())
        addPortRow(p);
    for (const RunMount &m : plan.mounts())
        addMountRow(m);
    m_message->hide();
    if (const QString why = plan.refusal(); !why.isEmpty()) {
        showMessage(why, true);
        setEditable(false);
    }
    update();
}

int RecreateDialog::addPortRow(const RunPort &port)
{
    auto *row = new PortRowEdit(port, m_portRows);
    m_portRows->layout()->addWidget(row);
    connect(row, &PortRowEdit::changed, this, &RecreateDialog::update);
    connect(row, &PortRowEdit::removeRequested, this, [this, row] { removePortRow(int(m_ports.indexOf(row))); });
    m_ports.append(row);
    update();
    return int(m_ports.size()) - 1;
}

int RecreateDialog::addMountRow(const RunMount &mount)
{
    MountRowEdit::Options options;
    options.volumeNames = [this] {
        QStringList names;
        for (const Volume &v : m_models->volumes()->items())
            names << v.name;
        return names;
    };
    options.engineIsLocal = m_models->client()->endpoint().kind == Endpoint::Kind::Unix;
    // The box above explains the types once; rows say what becomes of anonymous volumes.
    options.explainType = false;
    auto *row = new MountRowEdit(mount.type, mount.source, mount.target, mount.readOnly,
                                 sizeText(mount.tmpfsSizeBytes), options, m_mountRows);
    m_mountRows->layout()->addWidget(row);
    connect(row, &MountRowEdit::changed, this, &RecreateDialog::update);
    connect(row, &MountRowEdit::removeRequested, this, [this, row] { removeMountRow(int(m_mounts.indexOf(row))); });
    m_mounts.append(row);
    update();
    return int(m_mounts.size()) - 1;
}

void RecreateDialog::removePortRow(int row)
{
    if (row < 0 || row >= m_ports.size())
        return;
    PortRowEdit *w = m_ports.takeAt(row);
    w->hide();
    w->deleteLater();
    update();
}

void RecreateDialog::removeMountRow(int row)
{
    if (row < 0 || row >= m_mounts.size())
        return;
    MountRowEdit *w = m_mounts.takeAt(row);
    w->hide();
    w->deleteLater();
    update();
}

QLineEdit *RecreateDialog::hostIpEdit(int row) const { return row >= 0 && row < m_ports.size() ? m_ports[row]->hostIpEdit() : nullptr; }
QLineEdit *RecreateDialog::hostPortEdit(int row) const { return row >= 0 && row < m_ports.size() ? m_ports[row]->hostPortEdit() : nullptr; }
QLineEdit *RecreateDialog::containerPortEdit(int row) const { return row >= 0 && row < m_ports.size() ? m_ports[row]->containerPortEdit() : nullptr; }
QComboBox *RecreateDialog::protocolBox(int row) const { return row >= 0 && row < m_ports.size() ? m_ports[row]->protocolBox() : nullptr; }
QComboBox *RecreateDialog::mountTypeBox(int row) const { return row >= 0 && row < m_mounts.size() ? m_mounts[row]->typeBox() : nullptr; }
QComboBox *RecreateDialog::mountSourceBox(int row) const { return row >= 0 && row < m_mounts.size() ? m_mounts[row]->sourceBox() : nullptr; }
QLineEdit *RecreateDialog::mountTargetEdit(int row) const { return row >= 0 && row < m_mounts.size() ? m_mounts[row]->targetEdit() : nullptr; }

QList<RunPort> RecreateDialog::ports() const
{
    QList<RunPort> out;
    for (const PortRowEdit *r : m_ports)
        out.append(r->port());
    return out;
}

QList<RunMount> RecreateDialog::mounts() const
{
    QList<RunMount> out;
    for (const MountRowEdit *r : m_mounts)
        out.append(r->mount());
    return out;
}

std::optional<RecreatePlan> RecreateDialog::plan() const
{
    if (!m_plan)
        return std::nullopt;
    RecreatePlan p = *m_plan;
    p.setPorts(ports());
    p.setMounts(mounts());
    return p;
}

QList<RunSpecError> RecreateDialog::errors() const
{
    const auto p = plan();
    if (!p)
        return {};
    QList<RunSpecError> errors = p->validate();
    // Empty rows are mistakes here: nothing is skipped silently.
    for (int row = 0; row < m_ports.size(); ++row)
        if (m_ports[row]->port().containerPort.isEmpty())
            errors.prepend({RunSpecError::Field::Ports, row,
                            tr("Ports, row %1: the container port is missing.").arg(row + 1),
                            QStringLiteral("containerPort")});
    if (p->networkIsHost() && !m_ports.isEmpty())
        errors.prepend({RunSpecError::Field::Ports, 0,
                        tr("Ports: this container uses the host network, where publishing ports "
                           "does not apply."), QStringLiteral("hostPort")});
    return errors;
}

void RecreateDialog::markAll(const QList<RunSpecError> &errors)
{
    for (const PortRowEdit *r : m_ports)
        for (QWidget *w : r->fields())
            mark(w, {});
    for (const MountRowEdit *r : m_mounts)
        for (QWidget *w : r->fields())
            mark(w, {});
    for (const RunSpecError &e : errors) {
        if (e.field == RunSpecError::Field::Ports && e.row >= 0 && e.row < m_ports.size()) {
            mark(m_ports[e.row]->field(e.part), e.message);
        } else if (e.field == RunSpecError::Field::Mounts && e.row >= 0 && e.row < m_mounts.size()) {
            mark(m_mounts[e.row]->field(e.part), e.message);
        }
    }
}

void RecreateDialog::update()
{
    const QStringList anonymous = m_plan ? m_plan->anonymousVolumes() : QStringList();
    for (MountRowEdit *r : std::as_const(m_mounts)) {
        const RunMount m = r->mount();
        QString note;
        if (m.type == RunMount::Type::Volume && anonymous.contains(m.source))
            note = tr("The old container's anonymous volume: kept, and mounted again here.");
        else if (m.type == RunMount::Type::Volume && m.source.isEmpty())
            note = tr("A new, empty anonymous volume.");
        r->setNote(note);
    }
    if (m_runner || m_finished)
        return;
    const QList<RunSpecError> problems = errors();
    markAll(problems);
    showPlan();
    const bool ok = m_plan && problems.isEmpty() && m_plan->refusal().isEmpty();
    if (m_plan && !problems.isEmpty())
        showMessage(problems.first().message, true);
    else if (m_plan && m_plan->refusal().isEmpty())
        m_message->hide();
    m_go->setEnabled(ok);
}

void RecreateDialog::showPlan()
{
    m_planView->clear();
    const auto p = plan();
    if (!p)
        return;
    const QList<RecreateStep> steps = p->steps();
    for (int i = 0; i < steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_planView);
        item->setText(StepColumn, tr("%1. %2").arg(i + 1).arg(steps[i].action.title));
        item->setText(CliColumn, steps[i].action.cliText());
        item->setToolTip(CliColumn, steps[i].action.cliText() % u'\n'
                                        % steps[i].action.restText(m_models->client()->apiVersion()));
        item->setFont(CliColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
}

QString RecreateDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RecreateDialog::markedError(const QWidget *w)
{
    return w ? w->property(ErrorProperty).toString() : QString();
}

void RecreateDialog::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? ErrorColor : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

void RecreateDialog::setEditable(bool editable)
{
    m_editors->setEnabled(editable);
    m_go->setEnabled(editable && m_plan && errors().isEmpty());
}

void RecreateDialog::recreate()
{
    if (m_runner || m_finished || !m_plan)
        return;
    const QList<RunSpecError> problems = errors();
    if (!problems.isEmpty() || !m_plan->refusal().isEmpty()) {
        markAll(problems);
        showMessage(problems.isEmpty() ? m_plan->refusal() : problems.first().message, true);
        return;
    }
    const RecreatePlan p = *plan();
    showPlan();
    setEditable(false);
    m_go->setEnabled(false);
    showMessage(tr("Recreating «%1»…").arg(m_name), false);
    m_runner = new RecreateRunner(m_models->actions(), p, this);
    connect(m_runner, &RecreateRunner::stepStarted, this, [this](int index) {
        if (QTreeWidgetItem *item = m_planView->topLevelItem(index))
            item->setText(StateColumn, tr("running…"));
    });
    connect(m_runner, &RecreateRunner::stepFinished, this, [this](int index, const EngineError &error) {
        QTreeWidgetItem *item = m_planView->topLevelItem(index);
        if (!item)
            return;
        item->setText(StateColumn, error.isError() ? tr("failed") : tr("done"));
        if (error.isError()) {
            item->setForeground(StateColumn, ErrorColor);
            item->setToolTip(StepColumn, error.text());
        }
    });
    connect(m_runner, &RecreateRunner::undoFinished, this, [this](const Action &action, const EngineError &error) {
        auto *item = new QTreeWidgetItem(m_planView);
        item->setText(StateColumn, error.isError() ? tr("failed") : tr("undone"));
        item->setText(StepColumn, tr("Undo: %1").arg(action.title));
        item->setText(CliColumn, action.cliText());
        item->setFont(CliColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    });
    connect(m_runner, &RecreateRunner::finished, this, [this](bool ok, const QString &message) {
        m_finished = true;
        const QString newId = m_runner->newId();
        m_runner->deleteLater();
        m_runner = nullptr;
        showMessage(message, !ok);
        if (ok)
            emit recreated(newId);
    });
    m_runner->start();
}
