#include "networkprunedialog.h"

#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkactions.h>
#include <networkmodel.h>
#include <networkprune.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

NetworkPruneDialog::NetworkPruneDialog(EngineModels *models, QWidget *parent)
    : PruneDialog(models,
                  {tr("Remove unused networks"), QStringLiteral("networkPruneDialog"),
                   tr("These networks will be removed:"), tr("Networks that will be removed"),
                   {tr("Network"), tr("Driver"), tr("Subnet"), tr("Created")}, tr("Remove these networks"),
                   tr("Deleted network"), tr("Deleted networks")},
                  parent)
    , m_recheck(new QTimer(this))
{
    auto *note = new QLabel(tr("Prune removes every network that no running container is "
                               "attached to. A stopped container's link does not keep its "
                               "network: it will fail to start afterwards. bridge, host and none "
                               "always stay."), this);
    note->setWordWrap(true);
    note->setAccessibleName(tr("What prune removes"));
    addOption(note);
    connect(filterEdit(), &QLineEdit::textChanged, this, &NetworkPruneDialog::check);
    connect(pruneButton(), &QPushButton::clicked, this, &NetworkPruneDialog::prune);

    // Containers starting and stopping change endpoints: check again, once per burst.
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(150);
    connect(m_recheck, &QTimer::timeout, this, &NetworkPruneDialog::check);
    follow({models->networks(), models->containers()}, [this] { scheduleCheck(); });
    check();
}

Action NetworkPruneDialog::action() const
{
    return Actions::pruneNetworks(labelFilters());
}

QStringList NetworkPruneDialog::previewNames() const
{
    QStringList names;
    for (const Network &n : m_inspected)
        if (NetworkPrune::willGo(n, labelFilters()))
            names << n.name;
    names.sort();
    return names;
}

QString NetworkPruneDialog::summaryText() const
{
    return summary()->text();
}

void NetworkPruneDialog::scheduleCheck()
{
    if (m_stage == Stage::Checking || m_stage == Stage::Preview)
        m_recheck->start();
}

void NetworkPruneDialog::check()
{
    if (m_stage != Stage::Checking && m_stage != Stage::Preview)
        return;
    const quint64 generation = ++m_generation;
    const QStringList filters = labelFilters();
    m_inspected.clear();
    m_checkErrors.clear();
    m_pending = 0;
    QStringList ids;
    for (const Network &n : models()->networks()->items())
        if (NetworkPrune::isCandidate(n, filters))
            ids << n.id;
    setStage(Stage::Checking);
    m_pending = int(ids.size());
    showPreview();
    for (const QString &id : std::as_const(ids)) {
        models()->client()->send(Request::get(QStringLiteral("/networks/") + id), this,
                                 [this, id, generation](const Response &r) {
            if (generation != m_generation)
                return; // a newer check replaced this one
            --m_pending;
            if (r.ok()) {
                if (auto n = Network::fromJson(r.body))
                    m_inspected.insert(id, n.take());
                else
                    m_checkErrors << n.error();
            } else if (r.status != 404) {
                m_checkErrors << r.error(tr("Could not read network %1").arg(id.left(12))).text();
            }
            if (m_pending == 0)
                setStage(Stage::Preview);
            showPreview();
        });
    }
    if (m_pending == 0)
        setStage(Stage::Preview);
    showPreview();
}

void NetworkPruneDialog::showPreview()
{
    const QStringList filters = labelFilters();
    QTreeWidget *items = list();
    items->clear();
    int count = 0;
    for (const Network &n : std::as_const(m_inspected)) {
        if (!NetworkPrune::willGo(n, filters))
            continue;
        auto *item = new QTreeWidgetItem(items, {n.name, n.driver, n.subnetsDisplay(),
                                                  DisplayFormat::dateTime(DisplayFormat::parseEngineTime(n.created))});
        item->setToolTip(0, n.id);
        ++count;
    }
    items->sortItems(0, Qt::AscendingOrder);
    for (int c = 0; c < 3; ++c)
        items->resizeColumnToContents(c);

    QString summary;
    if (m_stage == Stage::Checking)
        summary = tr("Checking which networks have containers attached…");
    else if (count == 0)
        summary = tr("Nothing to remove: every network that matches is in use or predefined.");
    else
        summary = tr("%n network(s) will be removed.", nullptr, count);
    if (!m_checkErrors.isEmpty())
        summary += u'\n' + m_checkErrors.join(u'\n');
    this->summary()->setText(summary);
    showCommand(action());
    pruneButton()->setEnabled(m_stage == Stage::Preview && count > 0);
}

void NetworkPruneDialog::prune()
{
    if (m_stage != Stage::Preview || previewNames().isEmpty())
        return;
    setStage(Stage::Running);
    const auto read = [this](const QByteArray &body) -> Result<Report> {
        const auto deleted = NetworkPrune::deletedFromJson(body);
        if (!deleted)
            return Result<Report>::failure(
                tr("The networks were pruned, but the engine's report could not be read: %1").arg(deleted.error()));
        m_deleted = deleted.value();
        m_deleted.sort();
        return Report{m_deleted, m_deleted,
                      tr("The engine deleted %n network(s).", nullptr, int(m_deleted.size()))};
    };
    run(action(), previewNames(), read, [this](bool ok) { setStage(ok ? Stage::Done : Stage::Failed); });
}

void NetworkPruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
