#pragma once

#include <tarentry.h>

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>

#include <memory>
#include <vector>

class VolumeBrowser;

// The folders and files of a volume as a tree, read lazily: a folder is
// listed when a view first opens it (fetchMore), and its children arrive in
// batches, each one insert. Refresh lists a folder again.
class VolumeFileModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Size, Mode, Modified, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        PathRole = Qt::UserRole + 1, // relative to the volume's root: "logs/a.txt"
        IsFolderRole,
        SortRole, // folders first, then by name; numbers as numbers
    };

    explicit VolumeFileModel(VolumeBrowser *browser, QObject *parent = nullptr);
    ~VolumeFileModel() override;

    VolumeBrowser *browser() const { return m_browser; }
    void setIcons(const QIcon &folder, const QIcon &file, const QIcon &link);

    QString pathOf(const QModelIndex &index) const;
    const TarEntry *entryOf(const QModelIndex &index) const; // null for the root
    bool isFolder(const QModelIndex &index) const;
    // The index of a path that is loaded, or the root's (invalid) index.
    QModelIndex indexOfPath(const QString &path) const;
    // Lists the folder again (the root for an invalid index).
    void refresh(const QModelIndex &folder = {});
    bool isListing() const { return m_listing > 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "drwxr-xr-x", as ls shows it.
    static QString modeText(const TarEntry &entry);

signals:
    void listingStarted(const QString &path);
    void listingFinished(const QString &path, int count);
    void listingFailed(const QString &path, const QString &message);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void startListing(Node *node);
    void forgetRequests(Node *node);

    QPointer<VolumeBrowser> m_browser;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_pending; // listing ID → folder it fills
    int m_listing = 0;
    QIcon m_folderIcon, m_fileIcon, m_linkIcon;
};
