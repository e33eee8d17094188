#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// The JSON stream of POST /images/create (pull) and POST /images/{name}/push:
// one object per line, most about one layer ({"id","status","progressDetail":
// {"current","total"}}), some about the whole image, and an error object
// ({"errorDetail":{"message"}}) that ends it. Chunks may split a line anywhere.
class PullProgress
{
public:
    struct Layer
    {
        QString id;
        QString status;       // the engine's last words: "Downloading", "Pushed"
        qint64 current = 0;
        qint64 total = 0;     // 0 when unknown
        double fraction = 0;  // 0..1 of this layer's whole job
        bool done = false;
    };

    void feed(const QByteArray &chunk);
    // A last line without its newline, once the stream ended.
    void finish();

    const std::vector<Layer> &layers() const { return m_layers; }
    int layerIndex(const QString &id) const;
    // Layers touched by the last feed(), by index.
    const QList<int> &changedLayers() const { return m_changed; }
    // Image-wide lines: "The push refers to repository […]", "Digest: sha256:…".
    const QStringList &messages() const { return m_messages; }
    // The mean of the layers' fractions; 0 with no layer yet.
    double overall() const;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // the engine's message, verbatim
    QString digest() const { return m_digest; }
    int malformedLines() const { return m_malformed; }

    // What an engine or registry error means and what to do about it, for a
    // registry host; falls back to the message itself.
    static QString explainError(const QString &engineMessage, const QString &registryHost);

private:
    void readLine(const QByteArray &line);

    QByteArray m_pending;
    std::vector<Layer> m_layers;
    QList<int> m_changed;
    QStringList m_messages;
    QString m_error;
    QString m_digest;
    int m_malformed = 0;
};
