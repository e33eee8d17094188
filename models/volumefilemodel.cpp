#include "volumefilemodel.h"

#include "displayformat.h"
#include "volumebrowser.h"

#include <QLocale>

struct VolumeFileModel::Node
{
    enum class Fetch { NotYet, Running, Done, Failed };

    TarEntry entry;
    QString path;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    Fetch fetch = Fetch::NotYet;
    quint64 listing = 0;
};

VolumeFileModel::VolumeFileModel(VolumeBrowser *browser, QObject *parent)
    : QAbstractItemModel(parent)
    , m_browser(browser)
    , m_root(std::make_unique<Node>())
{
    m_root->entry.type = TarEntry::Type::Directory;
}

VolumeFileModel::~VolumeFileModel()
{
    if (m_browser)
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_browser->cancel(it.key());
}

void VolumeFileModel::setIcons(const QIcon &folder, const QIcon &file, const QIcon &link)
{
    m_folderIcon = folder;
    m_fileIcon = file;
    m_linkIcon = link;
}

VolumeFileModel::Node *VolumeFileModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex VolumeFileModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QString VolumeFileModel::pathOf(const QModelIndex &index) const
{
    return nodeOf(index)->path;
}

const TarEntry *VolumeFileModel::entryOf(const QModelIndex &index) const
{
    return index.isValid() ? &nodeOf(index)->entry : nullptr;
}

bool VolumeFileModel::isFolder(const QModelIndex &index) const
{
    return nodeOf(index)->entry.isDirectory();
}

QModelIndex VolumeFileModel::indexOfPath(const QString &path) const
{
    Node *node = m_root.get();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->entry.name == part) {
                next = child.get();
                break;
            }
        }
        if (!next)
            break;
        node = next;
    }
    return indexOf(node);
}

QModelIndex VolumeFileModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex VolumeFileModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int VolumeFileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int VolumeFileModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool VolumeFileModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    // An unlisted folder may have children: the view shows an expander and
    // asks for them when it is opened.
    if (n->entry.isDirectory() && n->fetch != Node::Fetch::Done)
        return true;
    return !n->children.empty();
}

bool VolumeFileModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    return n->entry.isDirectory() && n->fetch == Node::Fetch::NotYet && m_browser;
}

void VolumeFileModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startListing(nodeOf(parent));
}

void VolumeFileModel::startListing(Node *node)
{
    node->fetch = Node::Fetch::Running;
    ++m_listing;
    emit listingStarted(node->path);
    // Row numbers of a folder only grow during its listing, and a refresh
    // cancels it before removing anything: the pointer stays valid.
    const quint64 id = m_browser->list(
        node->path, this,
        [this, node](const QList<TarEntry> &children) {
            const int first = int(node->children.size());
            beginInsertRows(indexOf(node), first, first + int(children.size()) - 1);
            node->children.reserve(node->children.size() + size_t(children.size()));
            for (const TarEntry &e : children) {
                auto child = std::make_unique<Node>();
                child->entry = e;
                child->path = node->path.isEmpty() ? e.name : node->path % u'/' % e.name;
                child->parent = node;
                child->row = int(node->children.size());
                // Only folders are listed; everything else is known already.
                child->fetch = e.isDirectory() ? Node::Fetch::NotYet : Node::Fetch::Done;
                node->children.push_back(std::move(child));
            }
            endInsertRows();
        },
        [this, node](const EngineError &error) {
            m_pending.remove(node->listing);
            node->listing = 0;
            --m_listing;
            if (error.isError()) {
                node->fetch = Node::Fetch::Failed;
                emit listingFailed(node->path, error.text());
                return;
            }
            node->fetch = Node::Fetch::Done;
            emit listingFinished(node->path, int(node->children.size()));
        });
    // A listing may end before list() returns (a browser that failed to open).
    if (node->fetch == Node::Fetch::Running) {
        node->listing = id;
        m_pending.insert(id, node);
    }
}

void VolumeFileModel::forgetRequests(Node *node)
{
    if (node->listing) {
        if (m_browser)
            m_browser->cancel(node->listing);
        m_pending.remove(node->listing);
        node->listing = 0;
        --m_listing;
    }
    for (const auto &child : node->children)
        forgetRequests(child.get());
}

void VolumeFileModel::refresh(const QModelIndex &folder)
{
    Node *node = nodeOf(folder);
    if (!node->entry.isDirectory())
        node = node->parent ? node->parent : m_root.get();
    forgetRequests(node);
    if (!node->children.empty()) {
        beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->fetch = Node::Fetch::NotYet;
    if (m_browser)
        startListing(node);
}

QString VolumeFileModel::modeText(const TarEntry &e)
{
    QString s(10, u'-');
    switch (e.type) {
    case TarEntry::Type::Directory: s[0] = u'd'; break;
    case TarEntry::Type::Symlink: s[0] = u'l'; break;
    case TarEntry::Type::Other: s[0] = u'?'; break;
    case TarEntry::Type::File:
    case TarEntry::Type::Hardlink: break;
    }
    const char16_t letters[] = {u'r', u'w', u'x'};
    for (int i = 0; i < 9; ++i)
        if (e.mode & (0400u >> i))
            s[1 + i] = QChar(letters[i % 3]);
    return s;
}

QVariant VolumeFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const TarEntry &e = n->entry;
    switch (role) {
    case PathRole:
        return n->path;
    case IsFolderRole:
        return e.isDirectory();
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        return e.isDirectory() ? m_folderIcon : e.isSymlink() ? m_linkIcon : m_fileIcon;
    case Qt::ToolTipRole:
        if (e.isSymlink())
            return tr("Link to %1").arg(e.linkTarget);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Name: return QString((e.isDirectory() ? QStringLiteral("0") : QStringLiteral("1")) % e.name.toLower());
        case Size: return e.isDirectory() ? qint64(-1) : e.size;
        case Mode: return e.mode;
        case Modified: return e.mtime;
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return e.isSymlink() ? tr("%1 → %2").arg(e.name, e.linkTarget) : e.name;
        case Size:
            return e.isFile() ? DisplayFormat::size(e.size) : QString();
        case Mode:
            return modeText(e);
        case Modified:
            return DisplayFormat::dateTime(e.mtime);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant VolumeFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Size: return tr("Size");
    case Mode: return tr("Mode");
    case Modified: return tr("Modified");
    case ColumnCount: break;
    }
    return {};
}
