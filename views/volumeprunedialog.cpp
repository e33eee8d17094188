#include "volumeprunedialog.h"

#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <volumemodel.h>
#include <volumename.h>
#include <volumeprune.h>

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

VolumePruneDialog::VolumePruneDialog(EngineModels *models, QWidget *parent)
    : PruneDialog(models,
                  {tr("Remove unused volumes"), QStringLiteral("volumePruneDialog"),
                   tr("These volumes and all their data will be removed:"), tr("Volumes that will be removed"),
                   {tr("Volume"), tr("Created"), tr("Size")}, tr("Remove these volumes"), tr("Deleted volume"),
                   tr("Deleted volumes")},
                  parent)
    , m_note(new QLabel(this))
    , m_anonymousOnly(new QRadioButton(tr("Anonymous volumes only (the engine's default)"), this))
    , m_allUnused(new QRadioButton(tr("All unused volumes, named ones too"), this))
{
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What prune removes on this engine"));
    m_anonymousOnly->setAccessibleName(m_anonymousOnly->text());
    m_allUnused->setAccessibleName(m_allUnused->text());
    m_anonymousOnly->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_anonymousOnly);
    group->addButton(m_allUnused);
    addOption(m_note);
    addOption(m_anonymousOnly);
    addOption(m_allUnused);
    const bool offered = allOffered();
    m_anonymousOnly->setVisible(offered);
    m_allUnused->setVisible(offered);
    connect(m_allUnused, &QRadioButton::toggled, this, &VolumePruneDialog::updatePreview);
    connect(filterEdit(), &QLineEdit::textChanged, this, &VolumePruneDialog::updatePreview);
    summary()->setAccessibleName(tr("Space reclaimed"));
    connect(pruneButton(), &QPushButton::clicked, this, &VolumePruneDialog::prune);

    follow({models->volumes(), models->containers()}, [this] { updatePreview(); });
    requestSizes();
    updatePreview();
}

bool VolumePruneDialog::allOffered() const
{
    return VolumePrune::supportsAll(models()->client()->apiVersion());
}

void VolumePruneDialog::setAll(bool all)
{
    (all ? m_allUnused : m_anonymousOnly)->setChecked(true);
}

bool VolumePruneDialog::all() const
{
    return allOffered() && m_allUnused->isChecked();
}

Action VolumePruneDialog::action() const
{
    return Actions::pruneVolumes(all(), labelFilters());
}

QStringList VolumePruneDialog::previewNames() const
{
    QStringList names;
    for (const Volume &v : m_preview)
        names << v.name;
    return names;
}

QString VolumePruneDialog::totalText() const
{
    return summary()->text();
}

QString VolumePruneDialog::noteText() const
{
    return m_note->text();
}

void VolumePruneDialog::updatePreview()
{
    if (m_stage != Stage::Preview)
        return;
    const QString api = models()->client()->apiVersion();
    if (allOffered()) {
        m_note->setText(all() ? tr("Every volume of the local driver that no container uses, "
                                   "running or stopped, goes, named ones included.")
                              : tr("Only anonymous volumes (made for a container without a "
                                   "name) that no container uses go. Named volumes stay."));
    } else {
        m_note->setText(tr("On this engine (API %1), prune removes every unused local volume, "
                           "named ones too, not only anonymous ones. A volume counts as used "
                           "as long as a container mounts it, even a stopped one.")
                            .arg(api.isEmpty() ? tr("unknown") : api));
    }

    m_preview = VolumePrune::preview(models()->volumes()->items(), models()->containers()->items(),
                                     api, all(), labelFilters());
    QTreeWidget *items = list();
    items->clear();
    qint64 total = 0;
    bool allKnown = true;
    for (const Volume &v : m_preview) {
        auto *item = new QTreeWidgetItem(items);
        item->setText(0, VolumeName::isAnonymous(v.name, v.labels)
                             ? tr("%1 (anonymous)").arg(v.name.left(12) + QStringLiteral("…"))
                             : v.name);
        item->setToolTip(0, v.name);
        item->setData(0, Qt::UserRole, v.name);
        item->setText(1, DisplayFormat::dateTime(DisplayFormat::parseEngineTime(v.createdAt)));
        const auto size = m_sizes.constFind(v.name);
        if (m_sizesLoading) {
            item->setText(2, tr("computing…"));
            allKnown = false;
        } else if (size == m_sizes.cend() || *size < 0) {
            item->setText(2, tr("unknown"));
            allKnown = false;
        } else {
            item->setText(2, DisplayFormat::size(*size));
            total += *size;
        }
    }
    items->resizeColumnToContents(0);
    items->resizeColumnToContents(1);

    const int count = int(m_preview.size());
    if (count == 0)
        summary()->setText(tr("Nothing to remove: every volume that matches is in use or kept."));
    else if (m_sizesLoading)
        summary()->setText(tr("%n volume(s); space reclaimed: computing…", nullptr, count));
    else if (!m_sizesError.isEmpty())
        summary()->setText(tr("%n volume(s); space reclaimed unknown (%1)", nullptr, count).arg(m_sizesError));
    else
        summary()->setText(allKnown ? tr("%n volume(s); space reclaimed: %1", nullptr, count)
                                          .arg(DisplayFormat::size(total))
                                    : tr("%n volume(s); space reclaimed: at least %1", nullptr, count)
                                          .arg(DisplayFormat::size(total)));
    showCommand(action());
    pruneButton()->setEnabled(count > 0);
}

void VolumePruneDialog::requestSizes()
{
    m_sizesLoading = true;
    QUrlQuery query;
    if (allOffered())
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("volume"));
    models()->client()->send(Request::get(QStringLiteral("/system/df"), query), this,
                             [this](const Response &r) {
        m_sizesLoading = false;
        if (!r.ok()) {
            m_sizesError = r.error(tr("Could not compute volume sizes")).text();
        } else if (auto list = Volume::listFromJson(r.body); !list) {
            m_sizesError = list.error();
        } else {
            for (const Volume &v : list.value())
                m_sizes.insert(v.name, v.usageSize);
        }
        updatePreview();
    });
}

void VolumePruneDialog::prune()
{
    if (m_stage != Stage::Preview || m_preview.empty())
        return;
    setStage(Stage::Running);
    const auto read = [this](const QByteArray &body) -> Result<Report> {
        const auto report = VolumePrune::Report::fromJson(body);
        if (!report)
            return Result<Report>::failure(
                tr("The volumes were pruned, but the engine's report could not be read: %1").arg(report.error()));
        m_deleted = report.value().deleted;
        m_reclaimed = report.value().spaceReclaimed;
        return Report{m_deleted, m_deleted,
                      tr("The engine deleted %n volume(s) and reclaimed %1.", nullptr, int(m_deleted.size()))
                          .arg(DisplayFormat::size(m_reclaimed))};
    };
    run(action(), previewNames(), read, [this](bool ok) { setStage(ok ? Stage::Done : Stage::Failed); });
}

void VolumePruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
