#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

template <typename T>
class QFutureWatcher;

// Scans and packs a build context in a worker thread and answers by signal, so
// the GUI never waits on the disk. One job at a time: a new one (or cancel())
// drops the previous one's answer.
class ContextPacker : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString error; // empty on success
        QByteArray tar; // pack() only
        qint64 files = 0;
        qint64 bytes = 0;
        qint64 excluded = 0;
    };

    explicit ContextPacker(QObject *parent = nullptr);
    ~ContextPacker() override;

    // Counts what would be sent: previewReady, or failed.
    void preview(const QString &contextDir, const QString &dockerfile);
    // Packs it: packed, or failed.
    void pack(const QString &contextDir, const QString &dockerfile);
    void cancel();
    bool isBusy() const;

signals:
    void previewReady(qint64 files, qint64 bytes, qint64 excluded);
    void packed(const QByteArray &tar, qint64 files, qint64 bytes);
    void failed(const QString &message);

private:
    void start(const QString &contextDir, const QString &dockerfile, bool packToo);

    QFutureWatcher<Outcome> *m_watcher = nullptr;
};
