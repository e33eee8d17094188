#pragma once

#include <action.h>
#include <engineclient.h>
#include <engineerror.h>
#include <tarentry.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class ActionRunner;

// Reads and writes the files of one volume through the Engine API only, so it
// works on remote engines too: a helper container, made from an empty image
// and never started, mounts the volume read-only at /data; its archive
// endpoint lists, reads and downloads. An upload gets its own short-lived
// writable helper. Helpers are removed when done, and when the browser goes.
// Nothing here blocks: every call answers through a callback guarded by a
// context object, as EngineClient's own do.
class VolumeBrowser : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Ready, Failed, Closed };
    Q_ENUM(State)

    using OpId = quint64;
    // Children of a folder, a batch at a time; name is the child's own name.
    using BatchHandler = std::function<void(const QList<TarEntry> &children)>;
    // Ends an operation; an empty error means success.
    using DoneHandler = std::function<void(const EngineError &error)>;
    using TextHandler = std::function<void(const QByteArray &content, bool truncated,
                                           const EngineError &error)>;

    // runner, when given, records the state-changing steps (helper create and
    // remove, upload) in the Commands panel.
    VolumeBrowser(EngineClient *client, const QString &volume, ActionRunner *runner = nullptr,
                  QObject *parent = nullptr);
    ~VolumeBrowser() override;

    QString volume() const { return m_volume; }
    State state() const { return m_state; }
    EngineError lastError() const { return m_error; }
    // The read-only helper's name (it doubles as its ID in requests).
    QString helperName() const { return m_helper; }

    // Makes the image (once per engine) and the read-only helper. Every
    // operation below calls it if needed and waits for it.
    void open();
    // Removes the helper; later operations fail.
    void close();

    // Lists the folder path ("" for the volume's root). Only the top level
    // is reported: the rest of the subtree streams past without being kept.
    virtual OpId list(const QString &path, QObject *context, BatchHandler onBatch, DoneHandler onDone);
    // Up to maxBytes of a file's content.
    OpId readFile(const QString &path, qint64 maxBytes, QObject *context, TextHandler done);
    // A file's content into localFile (replaced only once complete).
    OpId downloadFile(const QString &path, const QString &localFile, QObject *context, DoneHandler done);
    // A file or folder, extracted under localDir as `docker cp` does.
    OpId downloadInto(const QString &path, const QString &localDir, QObject *context, DoneHandler done);
    // The archive itself, as the engine sends it.
    OpId downloadArchive(const QString &path, const QString &localTar, QObject *context, DoneHandler done);
    // Reads the local files and folders (in a worker thread), then extracts
    // them into the folder path through a writable helper. Nothing reaches
    // the volume unless every local file was read.
    void upload(const QStringList &localPaths, const QString &path, QObject *context, DoneHandler done);
    // Extracts a ready archive into the folder path. shownSources names its
    // content for the Commands panel.
    void uploadArchive(const QByteArray &tar, const QString &path, const QStringList &shownSources,
                       QObject *context, DoneHandler done);
    virtual void cancel(OpId id);

    // Uploads are refused above this total: the archive is built in memory.
    static constexpr qint64 MaxUploadBytes = qint64(1) << 30;

signals:
    void stateChanged(VolumeBrowser::State state);
    // An upload went through: listings of that folder are stale.
    void uploaded(const QString &path);

protected:
    // For test doubles that answer without an engine.
    explicit VolumeBrowser(const QString &volume, QObject *parent = nullptr);

private:
    struct Stream;
    void setState(State state);
    void whenReady(std::function<void(const EngineError &)> job);
    void flushWaiting();
    void removeStaleHelpers(std::function<void()> next);
    void ensureImage(std::function<void(const EngineError &)> next);
    void createHelper(std::function<void(const EngineError &)> next);
    void run(const Action &action, std::function<void(const EngineError &)> done);
    OpId startStream(const QString &path, const QString &localTarget, QObject *context,
                     std::shared_ptr<Stream> stream);
    void removeHelperNow();

    QPointer<EngineClient> m_client;
    QPointer<ActionRunner> m_runner;
    QString m_volume;
    QString m_helper;
    State m_state = State::Idle;
    EngineError m_error;
    std::vector<std::function<void(const EngineError &)>> m_waiting;
    QHash<OpId, EngineClient::RequestId> m_requests;
    QHash<OpId, std::shared_ptr<Stream>> m_streams;
    OpId m_nextOp = 1;
};
