// Issue 6 against the real engine: a Dockerfile using every instruction the
// course lists is built through BuildJob (context packed in-process, sent to
// POST /build, streamed back) on the local test image, so nothing is pulled.
// The image is inspected and run; a failing RUN is mapped to its line; Cancel
// stops a long RUN and leaves no container. Every image and container made
// here carries quai.test=1 and quai.test.build=<this run>; only those go.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <buildjob.h>
#include <commandlogmodel.h>
#include <engineclient.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int BuildTimeout = 180000;

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}
} // namespace

class tst_BuildEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildInspectRun();
    void failingRunPointsAtItsLine();
    void cancelStopsLongBuild();
    void largeContextArrivesWhole();

private:
    QByteArray labelLine() const;
    QJsonArray labelled(const QString &what) const; // "containers" or "images"
    BuildSpec specFor(const QString &dir) const;

    EngineClient *m_client = nullptr;
    CommandLogModel *m_log = nullptr;
    QString m_run;
    QString m_tag;
};

void tst_BuildEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_client = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_client);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_client);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    m_log = new CommandLogModel(this);
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_tag = u"quai-build-test:"_s + m_run;
}

void tst_BuildEngine::cleanupTestCase()
{
    if (!m_client || m_run.isEmpty())
        return;
    for (const QJsonValue &c : labelled(u"containers"_s)) {
        QUrlQuery q;
        q.addQueryItem(u"force"_s, u"1"_s);
        SyncRequest::send(m_client, Request::del(u"/containers/"_s + c[u"Id"_s].toString(), q));
    }
    // The tag first: its untagged parents go with it. Then whatever this run
    // left (intermediate images of the failed and cancelled builds), newest first.
    SyncRequest::send(m_client, Request::del(u"/images/"_s + m_tag));
    for (int pass = 0; pass < 5; ++pass) {
        QJsonArray images = labelled(u"images"_s);
        if (images.isEmpty())
            break;
        QList<QJsonObject> sorted;
        for (const QJsonValue &v : images)
            sorted.append(v.toObject());
        std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"Created"_s].toInteger() > b[u"Created"_s].toInteger();
        });
        for (const QJsonObject &i : sorted)
            SyncRequest::send(m_client, Request::del(u"/images/"_s + i[u"Id"_s].toString()));
    }
    QVERIFY2(labelled(u"images"_s).isEmpty(), "images of this test are left");
}

QByteArray tst_BuildEngine::labelLine() const
{
    return "LABEL quai.test=1 quai.test.build=" + m_run.toUtf8() + "\n";
}

QJsonArray tst_BuildEngine::labelled(const QString &what) const
{
    QUrlQuery q;
    q.addQueryItem(u"all"_s, u"1"_s);
    q.addQueryItem(u"filters"_s,
                   QString::fromUtf8(QJsonDocument(QJsonObject{{u"label"_s, QJsonArray{
                       QString(u"quai.test.build="_s + m_run)}}}).toJson(QJsonDocument::Compact)));
    const Response r = SyncRequest::send(m_client, Request::get(u"/"_s + what + u"/json"_s, q));
    return QJsonDocument::fromJson(r.body).array();
}

BuildSpec tst_BuildEngine::specFor(const QString &dir) const
{
    BuildSpec s;
    s.contextDir = dir;
    s.labels = {{u"quai.test"_s, u"1"_s}, {u"quai.test.build"_s, m_run}};
    return s;
}

void tst_BuildEngine::buildInspectRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(u"hello.txt"_s), "hello from the context\n");
    write(dir.filePath(u"secret.txt"_s), "must not be sent\n");
    write(dir.filePath(u".dockerignore"_s), "secret.txt\n");
    write(dir.filePath(u"Dockerfile"_s),
          "FROM " + TestImage::name().toUtf8() + "\n"           // 1
          + labelLine() +                                       // 2
          "ENV GREETING=bonjour\n"                              // 3
          "WORKDIR /app\n"                                      // 4
          "COPY hello.txt ./hello.txt\n"                        // 5
          "COPY . /ctx/\n"                                      // 6
          "RUN test -e /ctx/hello.txt && test ! -e /ctx/secret.txt \\\n" // 7
          "    && echo \"built $GREETING\" > /app/built.txt\n"  // 8
          "EXPOSE 8080/tcp 9090/udp\n"                          // 9
          "ENTRYPOINT [\"/bin/sh\", \"-c\"]\n"                  // 10
          "CMD [\"cat /app/hello.txt /app/built.txt\"]\n");     // 11

    BuildJob job(m_client, m_log);
    job.setInstructionLines({1, 2, 3, 4, 5, 6, 7, 9, 10, 11});
    QSignalSpy steps(&job, &BuildJob::stepChanged);
    QSignalSpy done(&job, &BuildJob::succeeded);
    QSignalSpy failed(&job, &BuildJob::failed);
    BuildSpec spec = specFor(dir.path());
    spec.tags = {m_tag};
    QVERIFY(job.start(spec));
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), BuildTimeout);
    QVERIFY2(failed.isEmpty(), qPrintable(job.errorText()));
    QCOMPARE(done.size(), 1);
    // The two --label values are steps of their own, after the Dockerfile's
    // ten; they have no line.
    QCOMPARE(steps.size(), 12);
    QCOMPARE(steps.last().at(0).toInt(), 12);
    QCOMPARE(steps.last().at(1).toInt(), 12);
    QCOMPARE(steps.last().at(2).toInt(), -1);
    QCOMPARE(steps.at(6).at(2).toInt(), 7); // RUN, on line 7
    QVERIFY(job.imageId().startsWith(u"sha256:"_s));

    // The Commands panel has the docker line.
    QVERIFY(m_log->rowCount() >= 1);
    const auto &entry = m_log->entry(m_log->rowCount() - 1);
    QCOMPARE(entry.state, CommandLogModel::State::Succeeded);
    QVERIFY2(entry.cli.startsWith(u"docker build -t "_s + m_tag), qPrintable(entry.cli));

    const Response inspect = SyncRequest::send(m_client, Request::get(u"/images/"_s + m_tag + u"/json"_s));
    QVERIFY2(inspect.ok(), qPrintable(inspect.message()));
    const QJsonObject image = QJsonDocument::fromJson(inspect.body).object();
    QCOMPARE(image[u"Id"_s].toString(), job.imageId());
    const QJsonObject config = image[u"Config"_s].toObject();
    QVERIFY(config[u"ExposedPorts"_s].toObject().contains(u"8080/tcp"_s));
    QVERIFY(config[u"ExposedPorts"_s].toObject().contains(u"9090/udp"_s));
    QCOMPARE(config[u"WorkingDir"_s].toString(), u"/app"_s);
    QCOMPARE(config[u"Entrypoint"_s].toArray(), (QJsonArray{u"/bin/sh"_s, u"-c"_s}));
    QCOMPARE(config[u"Cmd"_s].toArray(), QJsonArray{u"cat /app/hello.txt /app/built.txt"_s});
    QVERIFY(config[u"Env"_s].toArray().contains(u"GREETING=bonjour"_s));
    QCOMPARE(config[u"Labels"_s].toObject()[u"quai.test"_s].toString(), u"1"_s);

    // Run it: a TTY container's log is the raw output.
    const QJsonObject create{{u"Image"_s, m_tag},
                             {u"Tty"_s, true},
                             {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"1"_s},
                                                       {u"quai.test.build"_s, m_run}}}};
    const Response created = SyncRequest::postJson(m_client, u"/containers/create"_s,
                                                   QJsonDocument(create).toJson(QJsonDocument::Compact));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    const QString id = SyncRequest::field(created, "Id");
    QVERIFY(SyncRequest::send(m_client, Request::post(u"/containers/"_s + id + u"/start"_s)).ok());
    const Response waited = SyncRequest::send(m_client, Request::post(u"/containers/"_s + id + u"/wait"_s));
    QVERIFY2(waited.ok(), qPrintable(waited.message()));
    QUrlQuery logsQuery;
    logsQuery.addQueryItem(u"stdout"_s, u"1"_s);
    const Response logs = SyncRequest::send(m_client, Request::get(u"/containers/"_s + id + u"/logs"_s, logsQuery));
    QVERIFY(logs.ok());
    QVERIFY2(logs.body.contains("hello from the context"), logs.body.constData());
    QVERIFY2(logs.body.contains("built bonjour"), logs.body.constData());
    QUrlQuery force;
    force.addQueryItem(u"force"_s, u"1"_s);
    QVERIFY(SyncRequest::send(m_client, Request::del(u"/containers/"_s + id, force)).ok());
}

void tst_BuildEngine::failingRunPointsAtItsLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(u"Dockerfile"_s),
          "FROM " + TestImage::name().toUtf8() + "\n" // 1
          + labelLine() +                             // 2
          "# the next step fails\n"                   // 3
          "RUN echo first\n"                          // 4
          "RUN echo about to fail && \\\n"            // 5
          "    false\n"                               // 6
          "CMD [\"sh\"]\n");                          // 7
    BuildJob job(m_client, m_log);
    job.setInstructionLines({1, 2, 4, 5, 7});
    QSignalSpy failed(&job, &BuildJob::failed);
    QVERIFY(job.start(specFor(dir.path())));
    QVERIFY(failed.wait(BuildTimeout));
    QCOMPARE(failed.first().at(1).toInt(), 5);
    QVERIFY2(failed.first().at(0).toString().contains(u"non-zero code"_s), qPrintable(job.errorText()));
    QCOMPARE(job.state(), BuildJob::State::Failed);
    QCOMPARE(m_log->entry(m_log->rowCount() - 1).state, CommandLogModel::State::Failed);
    // --force-rm: the failed step's container went too.
    QTRY_VERIFY_WITH_TIMEOUT(labelled(u"containers"_s).isEmpty(), 30000);
}

void tst_BuildEngine::cancelStopsLongBuild()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(u"Dockerfile"_s),
          "FROM " + TestImage::name().toUtf8() + "\n" + labelLine() + "RUN sleep 60\n");
    BuildJob job(m_client, m_log);
    job.setInstructionLines({1, 2, 3});
    QSignalSpy states(&job, &BuildJob::stateChanged);
    QVERIFY(job.start(specFor(dir.path())));
    // The RUN step's container exists: the build is really in the long step.
    QTRY_VERIFY_WITH_TIMEOUT(job.currentStep() == 3, BuildTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!labelled(u"containers"_s).isEmpty(), 60000);
    job.cancel();
    QCOMPARE(job.state(), BuildJob::State::Cancelled);
    QVERIFY(!job.isRunning());
    QCOMPARE(m_log->entry(m_log->rowCount() - 1).state, CommandLogModel::State::Failed);
    // The engine stops the step and removes its container.
    QTRY_VERIFY_WITH_TIMEOUT(labelled(u"containers"_s).isEmpty(), 50000);
}

void tst_BuildEngine::largeContextArrivesWhole()
{
    // Many times the upload's ring, and many small files: the archive is
    // packed while it is sent, and the engine must get every byte in order.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray big(24 * 1024 * 1024 + 333, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 2654435761u) >> 13);
    write(dir.filePath(u"big.bin"_s), big);
    QVERIFY(QDir(dir.path()).mkdir(u"many"_s));
    for (int i = 0; i < 600; ++i)
        write(dir.filePath(u"many/f%1.txt"_s.arg(i)), QByteArray::number(i) + '\n');
    write(dir.filePath(u"Dockerfile"_s),
          "FROM " + TestImage::name().toUtf8() + "\n" + labelLine()
              + "COPY . /ctx/\n"
                "RUN md5sum /ctx/big.bin && ls /ctx/many | wc -l && cat /ctx/many/f599.txt\n");
    BuildJob job(m_client, m_log);
    job.setInstructionLines({1, 2, 3, 4});
    QSignalSpy packed(&job, &BuildJob::packed);
    QStringList log;
    connect(&job, &BuildJob::logLines, this, [&](const QStringList &lines) { log += lines; });
    QVERIFY(job.start(specFor(dir.path())));
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), BuildTimeout);
    QVERIFY2(job.state() == BuildJob::State::Succeeded, qPrintable(job.errorText()));
    QCOMPARE(packed.size(), 1);
    QCOMPARE(packed.first().at(0).toLongLong(), 602); // big.bin, 600 files, the Dockerfile
    const QString text = log.join(u'\n');
    const QString md5 = QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Md5).toHex());
    QVERIFY2(text.contains(md5 + u"  /ctx/big.bin"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\n600\n"_s) || text.contains(u"600\n599"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_BuildEngine)
#include "tst_build_engine.moc"
