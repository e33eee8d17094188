#include "imageprunedialog.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>
#include <imagemodel.h>
#include <imageprune.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ImagePruneDialog::ImagePruneDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_danglingOnly(new QRadioButton(tr("Dangling images only: no tag, used by no container "
                                         "(docker image prune)"), this))
    , m_allUnused(new QRadioButton(tr("Every image no container uses, tagged ones too "
                                      "(docker image prune -a)"), this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_total(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_report(new QLabel(this))
    , m_deletedList(new QTreeWidget(this))
{
    setWindowTitle(tr("Remove unused images"));
    setObjectName(QStringLiteral("imagePruneDialog"));
    setMinimumSize(640, 480);

    m_danglingOnly->setAccessibleName(m_danglingOnly->text());
    m_allUnused->setAccessibleName(m_allUnused->text());
    m_danglingOnly->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_danglingOnly);
    group->addButton(m_allUnused);
    connect(m_allUnused, &QRadioButton::toggled, this, &ImagePruneDialog::updatePreview);

    m_filter->setAccessibleName(tr("Label filter"));
    m_filter->setPlaceholderText(tr("Optional: key or key=value, separated by commas"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ImagePruneDialog::updatePreview);
    auto *filterForm = new QFormLayout;
    filterForm->addRow(tr("Only with &label:"), m_filter);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Image"), tr("ID"), tr("Created"), tr("Own size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Images that will be removed"));
    m_total->setAccessibleName(tr("Space reclaimed"));
    m_total->setWordWrap(true);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_command->setAccessibleName(tr("docker command and Engine API call"));
    m_command->setFixedHeight(m_command->fontMetrics().height() * 3 + 12);

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_danglingOnly);
    previewLayout->addWidget(m_allUnused);
    previewLayout->addLayout(filterForm);
    previewLayout->addWidget(new QLabel(tr("These images will be removed:"), this));
    previewLayout->addWidget(m_list, 1);
    previewLayout->addWidget(m_total);
    previewLayout->addWidget(new QLabel(tr("Same as:"), this));
    previewLayout->addWidget(m_command);

    auto *done = new QWidget(this);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAccessibleName(tr("Prune report"));
    m_deletedList->setColumnCount(1);
    m_deletedList->setHeaderLabels({tr("Deleted image")});
    m_deletedList->setRootIsDecorated(false);
    m_deletedList->setAccessibleName(tr("Deleted images"));
    doneLayout->addWidget(m_report);
    doneLayout->addWidget(m_deletedList, 1);
    m_pages->addWidget(preview);
    m_pages->addWidget(done);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Cancel"));
    m_close->setDefault(true); // Enter must not delete by accident.
    m_prune = buttons->addButton(tr("Remove these images"), QDialogButtonBox::ActionRole);
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_prune->setAccessibleName(tr("Remove these images"));
    m_prune->setAutoDefault(false);
    m_prune->setEnabled(false);
    connect(m_prune, &QPushButton::clicked, this, &ImagePruneDialog::prune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // The preview follows the engine until the user confirms.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(models->images()),
                                      static_cast<QAbstractItemModel *>(models->containers())}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ImagePruneDialog::reload);
        connect(model, &QAbstractItemModel::dataChanged, this, &ImagePruneDialog::updatePreview);
    }
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

void ImagePruneDialog::setLabelFilters(const QStringList &filters)
{
    m_filter->setText(filters.join(QStringLiteral(", ")));
}

QStringList ImagePruneDialog::labelFilters() const
{
    QStringList out;
    const QStringList parts = m_filter->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString f = part.trimmed(); !f.isEmpty())
            out << f;
    return out;
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
    return m_total->text();
}

QString ImagePruneDialog::commandText() const
{
    return m_command->toPlainText();
}

QString ImagePruneDialog::reportText() const
{
    return m_report->text();
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
    m_models->client()->send(Request::get(QStringLiteral("/images/json"), all), this,
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
    m_models->client()->send(Request::get(QStringLiteral("/system/df")), this, [this, settle](const Response &r) {
        if (r.ok()) {
            if (auto sizes = ImagePrune::uniqueSizesFromDf(r.body))
                m_uniqueSizes = sizes.take();
        }
        settle();
    });
}

void ImagePruneDialog::updatePreview()
{
    const Action a = action();
    m_command->setPlainText(a.cliText() % u'\n' % a.restText(m_models->client()->apiVersion()));
    if (m_stage != Stage::Preview)
        return;
    m_list->clear();
    if (!m_loadError.isEmpty()) {
        m_preview.clear();
        m_total->setText(m_loadError);
        m_prune->setEnabled(false);
        return;
    }
    m_preview = ImagePrune::preview(m_allImages, m_models->containers()->items(), all(), labelFilters());
    qint64 total = 0;
    bool allKnown = true;
    for (const Image &i : m_preview) {
        auto *item = new QTreeWidgetItem(m_list);
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
        m_list->resizeColumnToContents(c);
    const int count = int(m_preview.size());
    if (count == 0)
        m_total->setText(all() ? tr("Nothing to remove: every image that matches is used by a container.")
                               : tr("Nothing to remove: no dangling image matches, or containers use them."));
    else
        m_total->setText((allKnown ? tr("%n image(s); space reclaimed: about %1", nullptr, count)
                                   : tr("%n image(s); space reclaimed: at least %1", nullptr, count))
                             .arg(DisplayFormat::size(total)));
    m_prune->setEnabled(count > 0);
}

void ImagePruneDialog::prune()
{
    if (m_stage != Stage::Preview || m_preview.empty())
        return;
    const QStringList expected = previewIds();
    setStage(Stage::Running);
    m_prune->setEnabled(false);
    m_prune->setText(tr("Removing…"));
    m_filter->setEnabled(false);
    m_danglingOnly->setEnabled(false);
    m_allUnused->setEnabled(false);
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
        const auto report = ImagePrune::Report::fromJson(r.body);
        if (!report) {
            m_report->setText(tr("The images were pruned, but the engine's report could not be read: %1")
                                  .arg(report.error()));
            setStage(Stage::Failed);
            return;
        }
        m_deleted = report.value().deleted;
        m_reclaimed = report.value().spaceReclaimed;
        for (const QString &ref : report.value().untagged)
            new QTreeWidgetItem(m_deletedList, {tr("untagged %1").arg(ref)});
        for (const QString &id : std::as_const(m_deleted))
            new QTreeWidgetItem(m_deletedList, {tr("deleted %1").arg(id)});
        QString text = tr("The engine deleted %n image(s) and reclaimed %1.", nullptr, int(m_deleted.size()))
                           .arg(DisplayFormat::size(m_reclaimed));
        QStringList kept, extra;
        for (const QString &id : expected)
            if (!m_deleted.contains(id))
                kept << id.left(19);
        for (const QString &id : std::as_const(m_deleted))
            if (!expected.contains(id))
                extra << id.left(19);
        // Something changed between the preview and the prune: say what.
        if (!kept.isEmpty())
            text += u'\n' + tr("Kept although previewed: %1").arg(kept.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            text += u'\n' + tr("Deleted although not previewed: %1").arg(extra.join(QStringLiteral(", ")));
        m_report->setText(text);
        setStage(Stage::Done);
    });
}

void ImagePruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
