#include "imageprunedialog.h"

#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>
#include <imagemodel.h>
#include <imageprune.h>

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

ImagePruneDialog::ImagePruneDialog(EngineModels *models, QWidget *parent)
    : PruneDialog(models,
                  {tr("Remove unused images"), QStringLiteral("imagePruneDialog"), tr("These images will be removed:"),
                   tr("Images that will be removed"), {tr("Image"), tr("ID"), tr("Created"), tr("Own size")},
                   tr("Remove these images"), tr("Deleted image"), tr("Deleted images")},
                  parent)
    , m_danglingOnly(new QRadioButton(tr("Dangling images only: no tag, used by no container "
                                         "(docker image prune)"), this))
    , m_allUnused(new QRadioButton(tr("Every image no container uses, tagged ones too "
                                      "(docker image prune -a)"), this))
{
    setMinimumSize(640, 480);
    m_danglingOnly->setAccessibleName(m_danglingOnly->text());
    m_allUnused->setAccessibleName(m_allUnused->text());
    m_danglingOnly->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_danglingOnly);
    group->addButton(m_allUnused);
    addOption(m_danglingOnly);
    addOption(m_allUnused);
    connect(m_allUnused, &QRadioButton::toggled, this, &ImagePruneDialog::updatePreview);
    connect(filterEdit(), &QLineEdit::textChanged, this, &ImagePruneDialog::updatePreview);
    summary()->setAccessibleName(tr("Space reclaimed"));
    connect(pruneButton(), &QPushButton::clicked, this, &ImagePruneDialog::prune);

    // New or gone images and containers change what is unused: read again.
    follow({models->images(), models->containers()}, [this] { reload(); }, [this] { updatePreview(); });
    reload();
}

void ImagePruneDialog::setAll(bool all)
{
    (all ? m_allUnused : m_danglingOnly)->setChecked(true);
}

bool ImagePruneDialog::all() const
{
    return m_allUnused->isChecked();
}

Action ImagePruneDialog::action() const
{
    return Actions::pruneImages(all(), labelFilters());
}

QStringList ImagePruneDialog::previewIds() const
{
    QStringList ids;
    for (const Image &i : m_preview)
        ids << i.id;
    return ids;
}

QString ImagePruneDialog::totalText() const
{
    return summary()->text();
}

void ImagePruneDialog::reload()
{
    if (m_stage != Stage::Loading && m_stage != Stage::Preview)
        return;
    // One round at a time: events that come meanwhile are covered by it.
    if (m_pendingLoads > 0)
        return;
    m_pendingLoads = 2;
    m_loadError.clear();
    auto settle = [this] {
        if (--m_pendingLoads > 0)
            return;
        setStage(Stage::Preview);
        updatePreview();
    };
    // Every image, intermediate ones too: a prune also takes untagged parents.
    QUrlQuery all;
    all.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    models()->client()->send(Request::get(QStringLiteral("/images/json"), all), this,
                             [this, settle](const Response &r) {
        if (!r.ok()) {
            m_loadError = r.error(tr("Could not list images")).text();
        } else if (auto list = Image::listFromJson(r.body); !list) {
            m_loadError = list.error();
        } else {
            m_allImages = list.take();
        }
        settle();
    });
    models()->client()->send(Request::get(QStringLiteral("/system/df")), this, [this, settle](const Response &r) {
        if (r.ok()) {
            if (auto sizes = ImagePrune::uniqueSizesFromDf(r.body))
                m_uniqueSizes = sizes.take();
        }
        settle();
    });
}

void ImagePruneDialog::updatePreview()
{
    showCommand(action());
    if (m_stage != Stage::Preview)
        return;
    QTreeWidget *items = list();
    items->clear();
    if (!m_loadError.isEmpty()) {
        m_preview.clear();
        summary()->setText(m_loadError);
        pruneButton()->setEnabled(false);
        return;
    }
    m_preview = ImagePrune::preview(m_allImages, models()->containers()->items(), all(), labelFilters());
    qint64 total = 0;
    bool allKnown = true;
    for (const Image &i : m_preview) {
        auto *item = new QTreeWidgetItem(items);
        item->setText(0, i.isDangling() ? tr("<none> (dangling)") : i.repoTags.join(QStringLiteral(", ")));
        item->setText(1, i.shortId());
        item->setToolTip(1, i.id);
        item->setData(0, Qt::UserRole, i.id);
        item->setText(2, DisplayFormat::dateTime(i.created));
        const auto size = m_uniqueSizes.constFind(i.id);
        if (size == m_uniqueSizes.cend()) {
            item->setText(3, tr("shared"));
            item->setToolTip(3, tr("An intermediate layer: its files are counted with the image built on it."));
            allKnown = false;
        } else {
            item->setText(3, DisplayFormat::size(*size));
            total += *size;
        }
    }
    for (int c = 0; c < 3; ++c)
        items->resizeColumnToContents(c);
    const int count = int(m_preview.size());
    if (count == 0)
        summary()->setText(all() ? tr("Nothing to remove: every image that matches is used by a container.")
                               : tr("Nothing to remove: no dangling image matches, or containers use them."));
    else
        summary()->setText((allKnown ? tr("%n image(s); space reclaimed: about %1", nullptr, count)
                                   : tr("%n image(s); space reclaimed: at least %1", nullptr, count))
                             .arg(DisplayFormat::size(total)));
    pruneButton()->setEnabled(count > 0);
}

void ImagePruneDialog::prune()
{
    if (m_stage != Stage::Preview || m_preview.empty())
        return;
    setStage(Stage::Running);
    const auto read = [this](const QByteArray &body) -> Result<Report> {
        const auto report = ImagePrune::Report::fromJson(body);
        if (!report)
            return Result<Report>::failure(
                tr("The images were pruned, but the engine's report could not be read: %1").arg(report.error()));
        m_deleted = report.value().deleted;
        m_reclaimed = report.value().spaceReclaimed;
        QStringList rows;
        for (const QString &ref : report.value().untagged)
            rows << tr("untagged %1").arg(ref);
        for (const QString &id : std::as_const(m_deleted))
            rows << tr("deleted %1").arg(id);
        return Report{rows, m_deleted,
                      tr("The engine deleted %n image(s) and reclaimed %1.", nullptr, int(m_deleted.size()))
                          .arg(DisplayFormat::size(m_reclaimed))};
    };
    // IDs are shortened as docker images shows them, with their "sha256:".
    run(action(), previewIds(), read, [this](bool ok) { setStage(ok ? Stage::Done : Stage::Failed); }, 19);
}

void ImagePruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
