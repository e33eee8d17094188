#pragma once

#include <QObject>
#include <QString>

#include <memory>

template <typename T>
class QFutureWatcher;
class UploadBody;

// Scans a build context and packs it in a worker thread, answering by signal,
// so the GUI never waits on the disk. The archive is never held whole: it is
// written into an UploadBody while the upload reads it. One job at a time: a
// new one (or cancel()) drops the previous one's answers.
class ContextPacker : public QObject
{
    Q_OBJECT
public:
    explicit ContextPacker(QObject *parent = nullptr);
    ~ContextPacker() override;

    // Counts what would be sent: previewReady, or failed.
    void preview(const QString &contextDir, const QString &dockerfile);
    // Scans (scanned, or failed), then packs into body (streamed, or failed;
    // the body is finished or failed accordingly).
    void stream(const QString &contextDir, const QString &dockerfile, std::shared_ptr<UploadBody> body);
    void cancel();
    bool isBusy() const;

    struct Outcome
    {
        QString error; // empty on success
        qint64 files = 0;
        qint64 bytes = 0; // content bytes after a scan, archive bytes after packing
        qint64 excluded = 0;
    };

signals:
    void previewReady(qint64 files, qint64 bytes, qint64 excluded);
    // The walk is done; the archive follows in the body.
    void scanned(qint64 files, qint64 bytes);
    // All of the archive went into the body.
    void streamed(qint64 archiveBytes);
    void failed(const QString &message);

private:
    void start(const QString &contextDir, const QString &dockerfile, std::shared_ptr<UploadBody> body);

    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<UploadBody> m_body;
};
