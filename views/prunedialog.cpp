#include "prunedialog.h"

#include "commandpreview.h"
#include "watchrows.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

PruneDialog::PruneDialog(EngineModels *models, const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_options(new QVBoxLayout)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_command(new CommandPreview(3, this))
    , m_pages(new QStackedWidget(this))
    , m_report(new QLabel(this))
    , m_deletedList(new QTreeWidget(this))
{
    setWindowTitle(texts.title);
    setObjectName(texts.objectName);
    setMinimumSize(600, 480);

    m_filter->setAccessibleName(tr("Label filter"));
    m_filter->setPlaceholderText(tr("Optional: key or key=value, separated by commas"));
    m_filter->setClearButtonEnabled(true);
    auto *filterForm = new QFormLayout;
    filterForm->addRow(tr("Only with &label:"), m_filter);

    m_list->setColumnCount(int(texts.columns.size()));
    m_list->setHeaderLabels(texts.columns);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(texts.listName);
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_options->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(m_options);
    previewLayout->addLayout(filterForm);
    previewLayout->addWidget(new QLabel(texts.listIntro, this));
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
    m_deletedList->setHeaderLabels({texts.deletedHeader});
    m_deletedList->setRootIsDecorated(false);
    m_deletedList->setAccessibleName(texts.deletedName);
    doneLayout->addWidget(m_report);
    doneLayout->addWidget(m_deletedList, 1);
    m_pages->addWidget(preview);
    m_pages->addWidget(done);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Cancel"));
    m_close->setDefault(true); // Enter must not destroy anything by accident.
    m_prune = buttons->addButton(texts.pruneLabel, QDialogButtonBox::ActionRole);
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_prune->setAccessibleName(texts.pruneLabel);
    m_prune->setAutoDefault(false);
    m_prune->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
}

void PruneDialog::addOption(QWidget *widget)
{
    m_options->addWidget(widget);
    m_optionWidgets << widget;
}

void PruneDialog::follow(const QList<QAbstractItemModel *> &models, const std::function<void()> &refresh,
                         const std::function<void()> &refreshOnChange)
{
    // The preview follows the engine until the user confirms.
    for (QAbstractItemModel *model : models)
        watchRows(model, this, refresh, refreshOnChange);
}

void PruneDialog::setLabelFilters(const QStringList &filters)
{
    m_filter->setText(filters.join(QStringLiteral(", ")));
}

QStringList PruneDialog::labelFilters() const
{
    QStringList out;
    const QStringList parts = m_filter->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString f = part.trimmed(); !f.isEmpty())
            out << f;
    return out;
}

QString PruneDialog::commandText() const
{
    return m_command->toPlainText();
}

QString PruneDialog::reportText() const
{
    return m_report->text();
}

void PruneDialog::showCommand(const Action &action)
{
    m_command->setAction(action, m_models->client()->apiVersion());
}

void PruneDialog::run(const Action &action, const QStringList &expected, const ReportReader &read,
                      const std::function<void(bool)> &done, int keyWidth)
{
    m_prune->setEnabled(false);
    m_prune->setText(tr("Removing…"));
    m_filter->setEnabled(false);
    for (QWidget *w : std::as_const(m_optionWidgets))
        w->setEnabled(false);
    m_models->actions()->runWithReply(action, this, [=, this](const Response &r, const EngineError &error) {
        m_pages->setCurrentIndex(1);
        m_prune->hide();
        m_close->setText(tr("Close"));
        m_close->setAccessibleName(tr("Close"));
        if (!r.ok()) {
            m_report->setText(error.text());
            done(false);
            return;
        }
        const auto report = read(r.body);
        if (!report) {
            m_report->setText(report.error());
            done(false);
            return;
        }
        for (const QString &row : report.value().rows)
            new QTreeWidgetItem(m_deletedList, {row});
        QString text = report.value().text;
        // Something changed between the preview and the prune: say what.
        const QStringList &deleted = report.value().keys;
        QStringList kept, extra;
        for (const QString &key : expected)
            if (!deleted.contains(key))
                kept << key.left(keyWidth);
        for (const QString &key : deleted)
            if (!expected.contains(key))
                extra << key.left(keyWidth);
        if (!kept.isEmpty())
            text += u'\n' + tr("Kept although previewed: %1").arg(kept.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            text += u'\n' + tr("Deleted although not previewed: %1").arg(extra.join(QStringLiteral(", ")));
        m_report->setText(text);
        done(true);
    });
}
