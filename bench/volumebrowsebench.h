#pragma once

#include <endpoint.h>

#include <QString>

#include <optional>

// volume_browse_ms: a labelled volume is filled with N files (one upload of
// an archive made with TarWriter, through VolumeBrowser itself), then the
// clock runs from asking the browser's model for the volume's root to the
// listing's end, with every row inserted. The helper container is made
// before the clock starts: that is a once-per-window cost, noted apart.
class VolumeBrowseBench
{
public:
    VolumeBrowseBench(const Endpoint &endpoint, const QString &apiVersion, const QString &volumeName,
                      const QByteArray &labelKey, const QByteArray &labelValue);

    // The median listing time in ms over repeats, after one warm-up; nullopt
    // with *error set on failure. The volume is left for the fixture to remove.
    std::optional<double> run(int files, int repeats, QString *error);

private:
    Endpoint m_endpoint;
    QString m_apiVersion;
    QString m_volume;
    QByteArray m_labelKey, m_labelValue;
};
