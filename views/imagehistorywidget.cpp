#include "imagehistorywidget.h"

#include <displayformat.h>
#include <engineclient.h>
#include <imageactions.h>
#include <shellquote.h>

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum HistoryColumn { Created, CreatedBy, Size, Comment };
}

ImageHistoryWidget::ImageHistoryWidget(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_command(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("imageHistory"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setAccessibleName(tr("docker command and Engine API call"));
    m_command->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("History status"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Created"), tr("Created by"), tr("Size"), tr("Comment")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Image layers"));
    m_tree->header()->setSectionResizeMode(CreatedBy, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
}

QString ImageHistoryWidget::statusText() const
{
    return m_status->text();
}

void ImageHistoryWidget::setImage(const QString &imageId, const QString &displayName)
{
    m_imageId = imageId;
    m_entries.clear();
    m_tree->clear();
    const quint64 generation = ++m_generation;
    if (imageId.isEmpty()) {
        m_command->clear();
        m_status->setText(tr("No image selected."));
        return;
    }
    const Request request = ImageRequests::history(imageId);
    m_command->setText(ShellQuote::join(ImageRequests::historyCli(displayName)) + u'\n'
                       + request.render(m_client->apiVersion()));
    m_status->setText(tr("Reading the history…"));
    m_client->send(request, this, [this, generation, displayName](const Response &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_status->setText(r.error(tr("Could not read the history of «%1»").arg(displayName)).text());
            return;
        }
        auto entries = ImageHistoryEntry::listFromJson(r.body);
        if (!entries) {
            m_status->setText(entries.error());
            return;
        }
        showEntries(entries.value());
        emit loaded();
    });
}

void ImageHistoryWidget::showEntries(const std::vector<ImageHistoryEntry> &entries)
{
    m_entries = entries;
    qint64 total = 0;
    int layers = 0;
    const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
    for (const ImageHistoryEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Created, DisplayFormat::dateTime(e.created));
        const QString instruction = e.instruction();
        item->setText(CreatedBy, instruction.isEmpty() ? tr("(imported, no instruction)") : instruction);
        item->setToolTip(CreatedBy, e.createdBy);
        item->setText(Size, DisplayFormat::size(e.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Comment, e.comment);
        if (!e.addsLayer()) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, dim);
            item->setToolTip(Size, tr("This step changed only the image's settings: it added no files."));
        } else {
            ++layers;
        }
        total += e.size;
    }
    m_tree->resizeColumnToContents(Created);
    m_tree->resizeColumnToContents(Size);
    m_status->setText(tr("%n step(s), of which %1 added files (%2 in all). Newest first.", nullptr,
                         int(entries.size()))
                          .arg(layers)
                          .arg(DisplayFormat::size(total)));
}
