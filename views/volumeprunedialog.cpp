#include "volumeprunedialog.h"

#include <actionrunner.h>

#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <volumemodel.h>
#include <volumename.h>
#include <volumeprune.h>

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

VolumePruneDialog::VolumePruneDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_note(new QLabel(this))
    , m_anonymousOnly(new QRadioButton(tr("Anonymous volumes only (the engine's default)"), this))
    , m_allUnused(new QRadioButton(tr("All unused volumes, named ones too"), this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_total(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_report(new QLabel(this))
    , m_deletedList(new QTreeWidget(this))
{
    setWindowTitle(tr("Remove unused volumes"));
    setObjectName(QStringLiteral("volumePruneDialog"));
    setMinimumSize(600, 480);

    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What prune removes on this engine"));
    m_anonymousOnly->setAccessibleName(m_anonymousOnly->text());
    m_allUnused->setAccessibleName(m_allUnused->text());
    m_anonymousOnly->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_anonymousOnly);
    group->addButton(m_allUnused);
    const bool offered = allOffered();
    m_anonymousOnly->setVisible(offered);
    m_allUnused->setVisible(offered);
    connect(m_allUnused, &QRadioButton::toggled, this, &VolumePruneDialog::updatePreview);

    m_filter->setAccessibleName(tr("Label filter"));
    m_filter->setPlaceholderText(tr("Optional: key or key=value, separated by commas"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &VolumePruneDialog::updatePreview);
    auto *filterForm = new QFormLayout;
    filterForm->addRow(tr("Only with &label:"), m_filter);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Volume"), tr("Created"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Volumes that will be removed"));
    m_list->header()->setStretchLastSection(true);
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
    previewLayout->addWidget(m_note);
    previewLayout->addWidget(m_anonymousOnly);
    previewLayout->addWidget(m_allUnused);
    previewLayout->addLayout(filterForm);
    previewLayout->addWidget(new QLabel(tr("These volumes and all their data will be removed:"), this));
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
    m_deletedList->setHeaderLabels({tr("Deleted volume")});
    m_deletedList->setRootIsDecorated(false);
    m_deletedList->setAccessibleName(tr("Deleted volumes"));
    doneLayout->addWidget(m_report);
    doneLayout->addWidget(m_deletedList, 1);

    m_pages->addWidget(preview);
    m_pages->addWidget(done);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Cancel"));
    m_close->setDefault(true); // Enter must not destroy data by accident.
    m_prune = buttons->addButton(tr("Remove these volumes"), QDialogButtonBox::ActionRole);
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_prune->setAccessibleName(tr("Remove these volumes"));
    m_prune->setAutoDefault(false);
    connect(m_prune, &QPushButton::clicked, this, &VolumePruneDialog::prune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // The preview follows the engine until the user confirms.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(models->volumes()),
                                      static_cast<QAbstractItemModel *>(models->containers())}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &VolumePruneDialog::updatePreview);
        connect(model, &QAbstractItemModel::dataChanged, this, &VolumePruneDialog::updatePreview);
    }
    requestSizes();
    updatePreview();
}

bool VolumePruneDialog::allOffered() const
{
    return VolumePrune::supportsAll(m_models->client()->apiVersion());
}

void VolumePruneDialog::setLabelFilters(const QStringList &filters)
{
    m_filter->setText(filters.join(QStringLiteral(", ")));
}

QStringList VolumePruneDialog::labelFilters() const
{
    QStringList out;
    const QStringList parts = m_filter->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString f = part.trimmed(); !f.isEmpty())
            out << f;
    return out;
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
    return m_total->text();
}

QString VolumePruneDialog::noteText() const
{
    return m_note->text();
}

QString VolumePruneDialog::commandText() const
{
    return m_command->toPlainText();
}

QString VolumePruneDialog::reportText() const
{
    return m_report->text();
}

void VolumePruneDialog::updatePreview()
{
    if (m_stage != Stage::Preview)
        return;
    const QString api = m_models->client()->apiVersion();
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

    m_preview = VolumePrune::preview(m_models->volumes()->items(), m_models->containers()->items(),
                                     api, all(), labelFilters());
    m_list->clear();
    qint64 total = 0;
    bool allKnown = true;
    for (const Volume &v : m_preview) {
        auto *item = new QTreeWidgetItem(m_list);
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
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);

    const int count = int(m_preview.size());
    if (count == 0)
        m_total->setText(tr("Nothing to remove: every volume that matches is in use or kept."));
    else if (m_sizesLoading)
        m_total->setText(tr("%n volume(s); space reclaimed: computing…", nullptr, count));
    else if (!m_sizesError.isEmpty())
        m_total->setText(tr("%n volume(s); space reclaimed unknown (%1)", nullptr, count).arg(m_sizesError));
    else
        m_total->setText(allKnown ? tr("%n volume(s); space reclaimed: %1", nullptr, count)
                                        .arg(DisplayFormat::size(total))
                                  : tr("%n volume(s); space reclaimed: at least %1", nullptr, count)
                                        .arg(DisplayFormat::size(total)));

    const Action a = action();
    m_command->setPlainText(a.cliText() % u'\n' % a.restText(api));
    m_prune->setEnabled(count > 0);
}

void VolumePruneDialog::requestSizes()
{
    m_sizesLoading = true;
    QUrlQuery query;
    if (allOffered())
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("volume"));
    m_models->client()->send(Request::get(QStringLiteral("/system/df"), query), this,
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
    const QStringList expected = previewNames();
    setStage(Stage::Running);
    m_prune->setEnabled(false);
    m_prune->setText(tr("Removing…"));
    m_filter->setEnabled(false);
    m_anonymousOnly->setEnabled(false);
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
        const auto report = VolumePrune::Report::fromJson(r.body);
        if (!report) {
            m_report->setText(tr("The volumes were pruned, but the engine's report could not be "
                                 "read: %1").arg(report.error()));
            setStage(Stage::Failed);
            return;
        }
        m_deleted = report.value().deleted;
        m_reclaimed = report.value().spaceReclaimed;
        for (const QString &name : std::as_const(m_deleted))
            new QTreeWidgetItem(m_deletedList, {name});
        QString text = tr("The engine deleted %n volume(s) and reclaimed %1.", nullptr,
                          int(m_deleted.size()))
                           .arg(DisplayFormat::size(m_reclaimed));
        QStringList sortedDeleted = m_deleted, sortedExpected = expected;
        sortedDeleted.sort();
        sortedExpected.sort();
        // Something changed between the preview and the prune: say what.
        if (sortedDeleted != sortedExpected) {
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

void VolumePruneDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
