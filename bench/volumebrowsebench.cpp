#include "volumebrowsebench.h"

#include "benchloop.h"
#include "benchstats.h"
#include "interruption.h"

#include <browseractions.h>
#include <engineclient.h>
#include <tarwriter.h>
#include <volumebrowser.h>
#include <volumefilemodel.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace {
void note(const QString &text)
{
    std::fprintf(stderr, "# %s\n", qPrintable(text));
    std::fflush(stderr);
}

// Sends one request and waits for it (the benchmark may block; Quai never does).
Response sendAndWait(EngineClient *client, const Request &request, int timeoutMs)
{
    BenchLoop loop;
    QObject context;
    std::optional<Response> answer;
    client->send(request, &context, [&](const Response &r) {
        answer = r;
        loop.wake();
    });
    loop.run([&] { return answer.has_value(); }, timeoutMs);
    return answer.value_or(Response{});
}
// GET of the volume's root archive, bytes counted and dropped.
double rawArchiveMs(EngineClient *client, const QString &helper)
{
    BenchLoop loop;
    QObject context;
    bool done = false;
    qint64 bytes = 0;
    QElapsedTimer clock;
    clock.start();
    client->stream(BrowserActions::readArchive(helper, helper, QString(), QString()).request, &context,
                   [&](const QByteArray &chunk) { bytes += chunk.size(); },
                   [&](const Response &) {
                       done = true;
                       loop.wake();
                   });
    loop.run([&] { return done; }, 120000);
    return double(clock.nsecsElapsed()) / 1e6;
}
} // namespace

VolumeBrowseBench::VolumeBrowseBench(const Endpoint &endpoint, const QString &apiVersion,
                                     const QString &volumeName, const QByteArray &labelKey,
                                     const QByteArray &labelValue)
    : m_endpoint(endpoint)
    , m_apiVersion(apiVersion)
    , m_volume(volumeName)
    , m_labelKey(labelKey)
    , m_labelValue(labelValue)
{
}

std::optional<double> VolumeBrowseBench::run(int files, int repeats, QString *error)
{
    EngineClient client(m_endpoint);
    client.setApiVersion(m_apiVersion);

    const QJsonObject body{{QStringLiteral("Name"), m_volume},
                           {QStringLiteral("Labels"), QJsonObject{{QString::fromLatin1(m_labelKey),
                                                                   QString::fromLatin1(m_labelValue)}}}};
    const Response created = sendAndWait(
        &client, Request::post(QStringLiteral("/volumes/create"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact)),
        30000);
    if (!created.ok()) {
        *error = created.error(QStringLiteral("Could not create volume «%1»").arg(m_volume)).text();
        return std::nullopt;
    }

    auto browser = std::make_unique<VolumeBrowser>(&client, m_volume);
    std::optional<double> result;
    auto finish = [&]() -> std::optional<double> {
        // The helper must be gone before the fixture removes the volume.
        browser->close();
        browser.reset();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("filters"),
                       QString::fromUtf8(QJsonDocument(QJsonObject{
                           {QStringLiteral("label"),
                            QJsonArray{QString(QLatin1String(BrowserActions::HelperVolumeLabel) % u'=' % m_volume)}}})
                                             .toJson(QJsonDocument::Compact)));
        for (int i = 0; i < 100; ++i) {
            const Response r = sendAndWait(&client, Request::get(QStringLiteral("/containers/json"), q), 10000);
            if (r.ok() && QJsonDocument::fromJson(r.body).array().isEmpty())
                break;
            BenchLoop::spin(100);
        }
        return result;
    };

    QElapsedTimer timer;
    timer.start();
    TarWriter writer;
    for (int i = 0; i < files; ++i)
        writer.addFile(QStringLiteral("f%1.txt").arg(i, 5, 10, QLatin1Char('0')),
                       QByteArray("file ") + QByteArray::number(i) + '\n', 0644, 1700000000);
    const QByteArray tar = writer.finish();
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    std::optional<EngineError> uploaded;
    {
        BenchLoop loop;
        browser->uploadArchive(tar, QString(), {QStringLiteral("%1 files").arg(files)}, nullptr,
                               [&](const EngineError &e) {
                                   uploaded = e;
                                   loop.wake();
                               });
        loop.run([&] { return uploaded.has_value(); }, 300000);
    }
    if (!uploaded || uploaded->isError()) {
        *error = uploaded ? uploaded->text() : QStringLiteral("The upload did not finish within 5 minutes");
        return finish();
    }
    note(QStringLiteral("volume_browse: built a %1 MiB archive of %2 files in %3 ms; uploaded it (with a writable helper) in %4 ms")
             .arg(double(tar.size()) / 1048576.0, 0, 'f', 1).arg(files).arg(buildMs, 0, 'f', 1)
             .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1));

    std::vector<double> samples, raw;
    for (int i = 0; i <= repeats && !Interruption::requested(); ++i) {
        VolumeFileModel model(browser.get());
        BenchLoop loop;
        bool done = false;
        QString failure;
        int inserts = 0;
        QObject context;
        qint64 firstRowsNs = -1;
        QElapsedTimer clock;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context, [&] {
            if (inserts++ == 0)
                firstRowsNs = clock.nsecsElapsed();
        });
        QObject::connect(&model, &VolumeFileModel::listingFinished, &context, [&] {
            done = true;
            loop.wake();
        });
        QObject::connect(&model, &VolumeFileModel::listingFailed, &context,
                         [&](const QString &, const QString &message) {
                             failure = message;
                             done = true;
                             loop.wake();
                         });
        if (i == 0) {
            // The first listing also makes the read-only helper: the warm-up.
            QElapsedTimer open;
            open.start();
            model.fetchMore({});
            loop.run([&] { return done; }, 120000);
            note(QStringLiteral("volume_browse: warm-up (image check, helper create, listing) %1 ms")
                     .arg(double(open.nsecsElapsed()) / 1e6, 0, 'f', 1));
        } else {
            clock.start();
            model.fetchMore({});
            loop.run([&] { return done; }, 120000);
            samples.push_back(double(clock.nsecsElapsed()) / 1e6);
            // The yardstick: the same archive streamed and thrown away, unparsed.
            const double rawMs = rawArchiveMs(&client, browser->helperName());
            raw.push_back(rawMs);
            note(QStringLiteral("volume_browse %1: %2 rows in %3 inserts, first rows at %4 ms, all at %5 ms; "
                                "the bare archive transfer %6 ms")
                     .arg(i).arg(model.rowCount()).arg(inserts).arg(double(firstRowsNs) / 1e6, 0, 'f', 1)
                     .arg(samples.back(), 0, 'f', 1).arg(rawMs, 0, 'f', 1));
        }
        if (!failure.isEmpty() || !done) {
            *error = failure.isEmpty() ? QStringLiteral("The listing did not finish within 2 minutes") : failure;
            return finish();
        }
        if (model.rowCount() != files) {
            *error = QStringLiteral("The browser listed %1 files instead of %2").arg(model.rowCount()).arg(files);
            return finish();
        }
    }
    if (!samples.empty()) {
        result = BenchStats::median(samples);
        note(QStringLiteral("volume_browse medians: through the browser %1 ms; bare archive transfer %2 ms "
                            "(the engine's own time to mount the helper and write the tar)")
                 .arg(*result, 0, 'f', 1).arg(BenchStats::median(raw), 0, 'f', 1));
    }
    return finish();
}
