#include "imagesview.h"

#include "confirmdialog.h"
#include "errorbanner.h"
#include "imagehistorywidget.h"
#include "imageprunedialog.h"
#include "imagetagdialog.h"
#include "logindialog.h"
#include "pushpulldialog.h"
#include "rundialog.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imagemodel.h>
#include <imagereference.h>

#include <QAction>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>

ImagesView::ImagesView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->images(), parent)
    , m_images(models->images())
{
    setObjectName(QStringLiteral("imagesView"));
    filterEdit()->setPlaceholderText(tr("Filter images…"));
    filterEdit()->setAccessibleName(tr("Filter images"));
    table()->setAccessibleName(tr("Images"));
    m_run = addToolAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run…"),
                          tr("Run a container from the selected image"),
                          [this] { runCurrent(); });
    m_run->setObjectName(QStringLiteral("run"));
    m_tag = addToolAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Tag…"),
                          tr("Give the selected image another name (docker tag)"),
                          [this] { openTagDialog(); });
    m_tag->setObjectName(QStringLiteral("tag"));
    m_push = addToolAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Push…"),
                           tr("Send the selected image to a registry (docker push)"),
                           [this] { openPushDialog(); });
    m_push->setObjectName(QStringLiteral("push"));
    m_pull = addToolAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Pull…"),
                           tr("Fetch an image from a registry (docker pull)"),
                           [this] { openPullDialog(); });
    m_pull->setObjectName(QStringLiteral("pull"));
    m_history = addToolAction(style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("History"),
                              tr("The layers of the selected image and the instructions that made "
                                 "them (docker history)"),
                              [this] { openHistory(); });
    m_history->setObjectName(QStringLiteral("history"));
    m_prune = addToolAction(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Prune…"),
                            tr("Remove images no container uses (docker image prune), after "
                               "showing which"),
                            [this] { openPruneDialog(); });
    m_prune->setObjectName(QStringLiteral("prune"));
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected images (Delete)"),
                             [this] { removeSelected(); });
    updateActions();
}

Request ImagesView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/images/") + key + QStringLiteral("/json"));
}

QString ImagesView::kindName() const
{
    return tr("Image");
}

RunDialog *ImagesView::runCurrent()
{
    auto *dialog = new RunDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Image *i = m_images->item(currentKey())) {
        // An untagged image is run by its ID, as docker run takes it.
        dialog->setImage(i->isDangling() ? i->id : i->displayName());
    }
    dialog->open();
    return dialog;
}

void ImagesView::updateActions()
{
    const bool one = selectedKeys().size() == 1;
    m_run->setEnabled(one);
    m_tag->setEnabled(one);
    m_push->setEnabled(one);
    m_pull->setEnabled(true);
    m_history->setEnabled(one);
    m_prune->setEnabled(true);
    m_remove->setEnabled(!selectedKeys().isEmpty());
}

ImageTagDialog *ImagesView::openTagDialog()
{
    const Image *i = m_images->item(currentKey());
    if (!i)
        return nullptr;
    auto *dialog = new ImageTagDialog(engineModels(), i->id, i->displayName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A start the user only completes: the image's repository on a local registry.
    if (!i->isDangling())
        dialog->setTarget(i->displayName());
    dialog->open();
    return dialog;
}

PushPullDialog *ImagesView::openPushDialog()
{
    const Image *i = m_images->item(currentKey());
    if (!i)
        return nullptr;
    auto *dialog = new PushPullDialog(engineModels(), PushPullDialog::Kind::Push, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList tags;
    for (const QString &t : i->repoTags)
        if (t != QLatin1String("<none>:<none>"))
            tags << t;
    // Names with a registry host first: those are the ones meant for pushing.
    std::stable_sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const auto ra = ImageReference::parse(a), rb = ImageReference::parse(b);
        return (ra.ok() && !ra.value().isHub()) && !(rb.ok() && !rb.value().isHub());
    });
    dialog->setReferences(tags);
    connect(dialog, &PushPullDialog::loginRequested, this, [this](const QString &host) { openLoginDialog(host); });
    dialog->show();
    return dialog;
}

PushPullDialog *ImagesView::openPullDialog()
{
    auto *dialog = new PushPullDialog(engineModels(), PushPullDialog::Kind::Pull, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Image *i = m_images->item(currentKey()); i && !i->isDangling())
        dialog->setReference(i->displayName());
    connect(dialog, &PushPullDialog::loginRequested, this, [this](const QString &host) { openLoginDialog(host); });
    dialog->show();
    return dialog;
}

ImageHistoryWidget *ImagesView::openHistory()
{
    const Image *i = m_images->item(currentKey());
    if (!i)
        return nullptr;
    auto *history = new ImageHistoryWidget(engineModels()->client(), this);
    history->setWindowFlag(Qt::Window);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->setWindowTitle(tr("History of %1").arg(i->displayName()));
    history->resize(820, 420);
    history->setImage(i->id, i->isDangling() ? i->shortId() : i->displayName());
    history->show();
    return history;
}

ImagePruneDialog *ImagesView::openPruneDialog()
{
    auto *dialog = new ImagePruneDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LoginDialog *ImagesView::openLoginDialog(const QString &registryHost)
{
    auto *dialog = new LoginDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(registryHost.isEmpty() ? m_lastRegistry : registryHost);
    connect(dialog, &LoginDialog::loggedIn, this, [this](const QString &host) { m_lastRegistry = host; });
    dialog->open();
    return dialog;
}

void ImagesView::removeSelected()
{
    struct Target { QString id, name; };
    QList<Target> targets;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys)
        if (const Image *i = m_images->item(key))
            targets.append({i->id, i->displayName()});
    if (targets.isEmpty())
        return;

    auto *dialog = new ConfirmDialog(engineModels()->client()->apiVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeading(targets.size() == 1 ? tr("Remove image «%1»?").arg(targets.first().name)
                                           : tr("Remove %n images?", nullptr, int(targets.size())));
    const int force = dialog->addOption(
        tr("Force: remove even if tagged several times or used by a stopped container"),
        tr("Without this, the engine refuses to remove an image that a container uses. "
           "Even with it, an image a running container uses stays."));
    dialog->setBuilder([targets, force](const QList<bool> &options) {
        QList<Action> actions;
        for (const Target &t : targets)
            actions.append(Actions::removeImage(t.id, t.name, options.value(force)));
        return actions;
    });
    QStringList ids;
    for (const Target &t : std::as_const(targets))
        ids << t.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { removeImages(dialog->actions(), ids); });
    dialog->open();
}

void ImagesView::removeImages(const QList<Action> &actions, const QStringList &imageIds)
{
    errorBanner()->hide();
    for (qsizetype n = 0; n < actions.size(); ++n) {
        const QString id = imageIds.value(n);
        engineModels()->actions()->run(actions.at(n), this, [this, id](const EngineError &error) {
            if (!error.isError())
                return;
            showError(error.httpStatus == 409 ? blockedRemovalText(id, error) : error.text());
        });
    }
}

QStringList ImagesView::containerIdsInMessage(const QString &message)
{
    // "…(must force) - container 1a2b3c4d5e6f is using its referenced image…",
    // "…image is being used by running container 1a2b3c4d5e6f"
    static const QRegularExpression re(QStringLiteral(R"(container ([0-9a-f]{12,64}))"));
    QStringList ids;
    auto it = re.globalMatch(message);
    while (it.hasNext())
        ids << it.next().captured(1);
    return ids;
}

QString ImagesView::blockedRemovalText(const QString &imageId, const EngineError &error) const
{
    struct User { QString name; bool running; };
    QList<User> users;
    QSet<QString> seen;
    const auto &containers = engineModels()->containers()->items();
    auto add = [&](const Container &c) {
        if (seen.contains(c.id))
            return;
        seen.insert(c.id);
        users.append({c.name.isEmpty() ? c.id.left(12) : c.name, c.isRunning()});
    };
    // The engine names one container; the others come from the list Quai holds.
    const QStringList named = containerIdsInMessage(error.engineMessage);
    for (const QString &prefix : named)
        for (const Container &c : containers)
            if (c.id.startsWith(prefix))
                add(c);
    for (const Container &c : containers)
        if (!imageId.isEmpty() && c.imageId == imageId)
            add(c);
    if (users.isEmpty())
        return error.text();
    QStringList names;
    bool anyRunning = false;
    for (const User &u : std::as_const(users)) {
        names << (u.running ? tr("«%1» (running)").arg(u.name) : tr("«%1»").arg(u.name));
        anyRunning = anyRunning || u.running;
    }
    // Whole sentences for the translators, one per case.
    const QString advice =
        anyRunning ? tr("The image is used by %n container(s): %1. Stop and remove those containers "
                        "first: even Force does not remove an image a running container uses.",
                        nullptr, int(users.size()))
                   : tr("The image is used by %n container(s): %1. Remove those containers first, or "
                        "remove with Force, which leaves them without their image's name.",
                        nullptr, int(users.size()));
    const QString text = error.text() + u'\n' + advice.arg(names.join(QStringLiteral(", ")));
    return text;
}
