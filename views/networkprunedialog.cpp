#include "networkprunedialog.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkactions.h>
#include <networkmodel.h>
#include <networkprune.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

NetworkPruneDialog::NetworkPruneDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_recheck(new QTimer(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_report(new QLabel(this))
    , m_deletedList(new QTreeWidget(this))
{
    setWindowTitle(tr("Remove unused networks"));
    setObjectName(QStringLiteral("networkPruneDialog"));
    setMinimumSize(560, 440);

    auto *note = new QLabel(tr("Prune removes every network that no running container is "
                               "attached to. A stopped container's link does not keep its "
                               "network: it will fail to start afterwards. bridge, host and none "
                               "always stay."), this);
    note->setWordWrap(true);
    note->setAccessibleName(tr("What prune removes"));

    m_filter->setAccessibleName(tr("Label filter"));
    m_filter->setPlaceholderText(tr("Optional: key or key=value, separated by commas"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &NetworkPruneDialog::check);
    auto *filterForm = new QFormLayout;
    filterForm->addRow(tr("Only with &label:"), m_filter);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Network"), tr("Driver"), tr("Subnet"), tr("Created")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Networks that will be removed"));
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));

    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_command->setAccessibleName(tr("docker command and Engine API call"));
    m_command->setFixedHeight(m_command->fontMetrics().height() * 3 + 12);

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(note);
    previewLayout->addLayout(filterForm);
    previewLayout->addWidget(new QLabel(tr("These networks will be removed:"), this));
    previewLayout->addWidget(m_list, 1);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(new QLabel(tr("Same as:"), this));
    previewLayout->addWidget(m_command);

    auto *done = new QWidget(this);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAccessibleName(tr("Prune report"));
    m_deletedList->setColumnCount(1);
    m_deletedList->setHeaderLabels({tr("Deleted network")});
    m_deletedList->setRootIsDecorated(false);
    m_deletedList->setAccessibleName(tr("Deleted networks"));
    doneLayout->addWidget(m_report);
    doneLayout->addWidget(m_deletedList, 1);
    m_pages->addWidget(preview);
    m_pages->addWidget(done);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Cancel"));
    m_close->setDefault(true); // Enter must not remove anything by accident.
    m_prune = buttons->addButton(tr("Remove these networks"), QDialogButtonBox::ActionRole);
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_prune->setAccessibleName(tr("Remove these networks"));
    m_prune->setAutoDefault(false);
    connect(m_prune, &QPushButton::clicked, this, &NetworkPruneDialog::prune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // Containers starting and stopping change endpoints: check again, once per burst.
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(150);
    connect(m_recheck, &QTimer::timeout, this, &NetworkPruneDialog::check);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(models->networks()),
                                      static_cast<QAbstractItemModel *>(models->containers())}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &NetworkPruneDialog::scheduleCheck);
        connect(model, &QAbstractItemModel::dataChanged, this, &NetworkPruneDialog::scheduleCheck);
    }
    check();
}

void NetworkPruneDialog::setLabelFilters(const QStringList &filters)
{
    m_filter->setText(filters.join(QStringLiteral(", ")));
}

QStringList NetworkPruneDialog::labelFilters() const
{
    QStringList out;
    const QStringList parts = m_filter->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString f = part.trimmed(); !f.isEmpty())
            out << f;
    return out;
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
    return m_summary->text();
}

QString NetworkPruneDialog::commandText() const
{
    return m_command->toPlainText();
}

QString NetworkPruneDialog::reportText() const
{
    return m_report->text();
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
    for (const Network &n : m_models->networks()->items())
        if (NetworkPrune::isCandidate(n, filters))
            ids << n.id;
    setStage(Stage::Checking);
    m_pending = int(ids.size());
    showPreview();
    for (const QString &id : std::as_const(ids)) {
        m_models->client()->send(Request::get(QStringLiteral("/networks/") + id), this,
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
    m_list->clear();
    int count = 0;
    for (const Network &n : std::as_const(m_inspected)) {
        if (!NetworkPrune::willGo(n, filters))
            continue;
        auto *item = new QTreeWidgetItem(m_list, {n.name, n.driver, n.subnetsDisplay(),
                                                  DisplayFormat::dateTime(DisplayFormat::parseEngineTime(n.created))});
        item->setToolTip(0, n.id);
        ++count;
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);

    QString summary;
    if (m_stage == Stage::Checking)
        summary = tr("Checking which networks have containers attached…");
    else if (count == 0)
        summary = tr("Nothing to remove: every network that matches is in use or predefined.");
    else
        summary = tr("%n network(s) will be removed.", nullptr, count);
    if (!m_checkErrors.isEmpty())
        summary += u'\n' + m_checkErrors.join(u'\n');
    m_summary->setText(summary);
    const Action a = action();
    m_command->setPlainText(a.cliText() % u'\n' % a.restText(m_models->client()->apiVersion()));
    m_prune->setEnabled(m_stage == Stage::Preview && count > 0);
}

void NetworkPruneDialog::prune()
{
    if (m_stage != Stage::Preview || previewNames().isEmpty())
        return;
    const QStringList expected = previewNames();
    setStage(Stage::Running);
    m_prune->setEnabled(false);
    m_prune->setText(tr("Removing…"));
    m_filter->setEnabled(false);
    m_models->actions()->runWithReply(action(), this,
                                      [this, expected](const Response &r, const EngineError &error) {
        m_pages->setCurrentIndex(1);
        m_prune->hide();
        m_close->setText(tr("Close"));
        m_close->setAccessibleName(tr("Close"));
        if (!r.ok()) {
            m_report->setText(error.text());
            setStage(Stage::Failed);
            return;
        }
        const auto deleted = NetworkPrune::deletedFromJson(r.body);
        if (!deleted) {
            m_report->setText(tr("The networks were pruned, but the engine's report could not be "
                                 "read: %1").arg(deleted.error()));
            setStage(Stage::Failed);
            return;
        }
        m_deleted = deleted.value();
        m_deleted.sort();
        for (const QString &name : std::as_const(m_deleted))
            new QTreeWidgetItem(m_deletedList, {name});
        QString text = tr("The engine deleted %n network(s).", nullptr, int(m_deleted.size()));
        // Something changed between the preview and the prune: say what.
        if (m_deleted != expected) {
            QStringList kept, extra;
            for (const QString &n : expected)
                if (!m_deleted.contains(n))
                    kept << n;
            for (const QString &n : std::as_const(m_deleted))
                if (!expected.contains(n))
                    extra << n;
            if (!kept.isEmpty())
                text += u'\n' + tr("Kept although previewed: %1").arg(kept.join(QStringLiteral(", ")));
            if (!extra.isEmpty())
                text += u'\n' + tr("Deleted although not previewed: %1").arg(extra.join(QStringLiteral(", ")));
        }
        m_report->setText(text);
        setStage(Stage::Done);
    });
}

void NetworkPruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
