#include "pushpulldialog.h"

#include "commandpreview.h"

#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum LayerColumn { LayerId, LayerStatus, LayerBar };
}

PushPullDialog::PushPullDialog(EngineModels *models, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_kind(kind)
    , m_transfer(new ImageTransfer(models->client(), models->commandLog(), this))
    , m_reference(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_command(new CommandPreview(3, this))
    , m_overall(new QProgressBar(this))
    , m_layers(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    const bool push = kind == Kind::Push;
    setObjectName(push ? QStringLiteral("pushDialog") : QStringLiteral("pullDialog"));
    setWindowTitle(push ? tr("Push an image") : tr("Pull an image"));
    setMinimumSize(620, 460);

    m_reference->setEditable(true);
    m_reference->setInsertPolicy(QComboBox::NoInsert);
    m_reference->setAccessibleName(push ? tr("Image to push") : tr("Image to pull"));
    // The editable part is what the keyboard lands on: it needs the name too.
    m_reference->lineEdit()->setAccessibleName(m_reference->accessibleName());
    m_reference->lineEdit()->setPlaceholderText(tr("registry/name:tag, e.g. 127.0.0.1:5000/app:1"));
    connect(m_reference, &QComboBox::currentTextChanged, this, &PushPullDialog::updateCommand);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Where the image goes"));

    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_layers->setColumnCount(3);
    m_layers->setHeaderLabels({tr("Layer"), tr("Status"), tr("Progress")});
    m_layers->setRootIsDecorated(false);
    m_layers->setAccessibleName(tr("Layers"));
    // The engine's status ("Downloading 1.2MB of 3.4MB") is the long text:
    // it gets the room, the bars a fixed width.
    m_layers->header()->setStretchLastSection(false);
    m_layers->header()->setSectionResizeMode(LayerId, QHeaderView::ResizeToContents);
    m_layers->header()->setSectionResizeMode(LayerStatus, QHeaderView::Stretch);
    m_layers->header()->setSectionResizeMode(LayerBar, QHeaderView::Fixed);
    m_layers->header()->resizeSection(LayerBar, m_layers->fontMetrics().horizontalAdvance(u'0') * 18);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Transfer status"));

    auto *form = new QFormLayout;
    form->addRow(push ? tr("&Image:") : tr("&Image:"), m_reference);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(push ? tr("Push") : tr("Pull"), QDialogButtonBox::AcceptRole);
    m_start->setAccessibleName(m_start->text());
    m_login = buttons->addButton(tr("Log in…"), QDialogButtonBox::ActionRole);
    m_login->setAccessibleName(tr("Log in to the registry"));
    m_login->setToolTip(tr("Log in to this image's registry (docker login)"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_start, &QPushButton::clicked, this, &PushPullDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &PushPullDialog::cancel);
    connect(m_login, &QPushButton::clicked, this, [this] {
        const auto ref = ImageReference::parse(reference());
        emit loginRequested(ref.ok() ? ref.value().registry : QString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_overall);
    layout->addWidget(m_layers, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_transfer, &ImageTransfer::progressed, this, &PushPullDialog::updateLayers);
    connect(m_transfer, &ImageTransfer::stateChanged, this, &PushPullDialog::stateChanged);
    updateCommand();
}

void PushPullDialog::setReferences(const QStringList &references)
{
    m_reference->clear();
    m_reference->addItems(references);
    updateCommand();
}

void PushPullDialog::setReference(const QString &reference)
{
    m_reference->setCurrentText(reference);
    updateCommand();
}

QString PushPullDialog::reference() const
{
    return m_reference->currentText().trimmed();
}

QString PushPullDialog::commandText() const
{
    return m_command->toPlainText();
}

QString PushPullDialog::statusText() const
{
    return m_status->text();
}

int PushPullDialog::overallPercent() const
{
    return m_overall->value();
}

int PushPullDialog::layerRows() const
{
    return m_layers->topLevelItemCount();
}

void PushPullDialog::updateCommand()
{
    if (m_transfer->isActive())
        return;
    const auto ref = ImageReference::parse(reference());
    m_start->setEnabled(ref.ok());
    if (!ref.ok()) {
        m_hint->setText(reference().isEmpty() ? QString() : ref.error());
        m_command->setPlainText(m_kind == Kind::Push ? QStringLiteral("docker push …")
                                                     : QStringLiteral("docker pull …"));
        return;
    }
    const ImageReference &r = ref.value();
    if (m_kind == Kind::Push)
        m_hint->setText(r.isHub() ? tr("This name has no registry host, so it goes to Docker Hub. "
                                       "To push elsewhere, tag the image host/name:tag first.")
                                  : tr("Goes to the registry %1.").arg(r.registry));
    else
        m_hint->setText(tr("Comes from the registry %1.").arg(r.registry));
    // The auth header never shows: the panel prints only the method and path.
    const Action a = m_kind == Kind::Push ? Actions::pushImage(r, {}) : Actions::pullImage(r, {});
    m_command->setAction(a, m_models->client()->apiVersion());
}

void PushPullDialog::start()
{
    const auto ref = ImageReference::parse(reference());
    if (!ref.ok() || m_transfer->isActive())
        return;
    m_layers->clear();
    m_layerItems.clear();
    m_overall->setValue(0);
    m_transfer->start(m_kind, ref.value());
}

void PushPullDialog::cancel()
{
    if (m_transfer->isActive()) {
        m_status->setText(tr("Cancelling…"));
        m_transfer->cancel();
        return;
    }
    reject();
}

void PushPullDialog::updateLayers(const QList<int> &changed)
{
    const PullProgress &p = m_transfer->progress();
    for (int index : changed) {
        const PullProgress::Layer &l = p.layers().at(size_t(index));
        QTreeWidgetItem *item = m_layerItems.value(l.id);
        QProgressBar *bar = nullptr;
        if (!item) {
            item = new QTreeWidgetItem(m_layers, {l.id});
            m_layerItems.insert(l.id, item);
            bar = new QProgressBar(m_layers);
            bar->setRange(0, 1000);
            bar->setAccessibleName(tr("Layer %1").arg(l.id));
            m_layers->setItemWidget(item, LayerBar, bar);
        } else {
            bar = qobject_cast<QProgressBar *>(m_layers->itemWidget(item, LayerBar));
        }
        QString status = l.status;
        if (l.total > 0 && !l.done)
            status = tr("%1 %2 of %3").arg(l.status, DisplayFormat::size(l.current), DisplayFormat::size(l.total));
        item->setText(LayerStatus, status);
        item->setToolTip(LayerStatus, status);
        if (bar) {
            bar->setValue(int(l.fraction * 1000));
            bar->setFormat(QStringLiteral("%1%").arg(int(l.fraction * 100)));
        }
    }
    m_overall->setValue(int(p.overall() * 100));
    if (!p.messages().isEmpty() && m_transfer->isActive())
        m_status->setText(p.messages().constLast());
}

void PushPullDialog::stateChanged(ImageTransfer::State state)
{
    using S = ImageTransfer::State;
    const bool active = state == S::Authenticating || state == S::Running;
    m_reference->setEnabled(!active);
    m_start->setEnabled(!active);
    m_login->setEnabled(!active);
    m_cancel->setText(active ? tr("Cancel") : tr("Close"));
    m_cancel->setAccessibleName(m_cancel->text());
    const QString name = m_transfer->reference().familiar();
    switch (state) {
    case S::Idle:
        break;
    case S::Authenticating:
        m_status->setText(tr("Looking up the credentials for %1…").arg(m_transfer->reference().registry));
        break;
    case S::Running:
        m_status->setText(m_transfer->usedCredentials()
                              ? tr("Using the saved credentials for %1.").arg(m_transfer->reference().registry)
                              : tr("No saved credentials for %1: going anonymously.")
                                    .arg(m_transfer->reference().registry));
        break;
    case S::Succeeded: {
        m_overall->setValue(100);
        const QString digest = m_transfer->progress().digest();
        m_status->setText((m_kind == Kind::Push ? tr("Pushed %1.").arg(name) : tr("Pulled %1.").arg(name))
                          + (digest.isEmpty() ? QString() : u' ' + tr("Digest: %1").arg(digest)));
        break;
    }
    case S::Failed:
        m_status->setText(m_transfer->errorText());
        break;
    case S::Cancelled:
        m_status->setText(m_kind == Kind::Push ? tr("Push cancelled: the engine stopped sending %1.").arg(name)
                                               : tr("Pull cancelled: the engine stopped fetching %1.").arg(name));
        break;
    }
}
