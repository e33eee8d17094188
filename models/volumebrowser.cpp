#include "volumebrowser.h"

#include "actionrunner.h"

#include <browseractions.h>
#include <tarreader.h>
#include <tarwriter.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <unistd.h>

namespace {
// Children are handed over in batches of this size, so that a view inserts
// a few dozen times for 10,000 files instead of 10,000 times.
constexpr int BatchSize = 500;

EngineError localError(const QString &context, const QString &message)
{
    EngineError e;
    e.context = context;
    e.engineMessage = message;
    return e;
}

QFileDevice::Permissions permissionsOf(quint32 mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400) p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200) p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0100) p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & 0040) p |= QFileDevice::ReadGroup;
    if (mode & 0020) p |= QFileDevice::WriteGroup;
    if (mode & 0010) p |= QFileDevice::ExeGroup;
    if (mode & 0004) p |= QFileDevice::ReadOther;
    if (mode & 0002) p |= QFileDevice::WriteOther;
    if (mode & 0001) p |= QFileDevice::ExeOther;
    return p;
}

quint32 modeOf(const QFileInfo &info)
{
    const QFileDevice::Permissions p = info.permissions();
    quint32 mode = 0;
    if (p & QFileDevice::ReadOwner) mode |= 0400;
    if (p & QFileDevice::WriteOwner) mode |= 0200;
    if (p & QFileDevice::ExeOwner) mode |= 0100;
    if (p & QFileDevice::ReadGroup) mode |= 0040;
    if (p & QFileDevice::WriteGroup) mode |= 0020;
    if (p & QFileDevice::ExeGroup) mode |= 0010;
    if (p & QFileDevice::ReadOther) mode |= 0004;
    if (p & QFileDevice::WriteOther) mode |= 0002;
    if (p & QFileDevice::ExeOther) mode |= 0001;
    return mode;
}

QString readLink(const QString &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer.data(), size_t(buffer.size()));
    return n > 0 ? QFile::decodeName(buffer.left(n)) : QString();
}

// An archive member's name as a path under the target folder, or empty when
// it would land outside it ("..", absolute names).
QString safeRelative(const QString &name)
{
    QStringList parts;
    const QStringList raw = name.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : raw) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {};
        parts.append(part);
    }
    return parts.join(u'/');
}

struct BuiltArchive
{
    QByteArray tar;
    QString error;
    QStringList shown;
};

// Runs in a worker thread: reads every local file first, so that a file that
// cannot be read stops the upload before anything is sent.
void buildArchive(const QStringList &localPaths, BuiltArchive *out)
{
    TarWriter writer;
    qint64 total = 0;
    auto addFile = [&](const QString &member, const QFileInfo &info) -> bool {
        total += info.size();
        if (total > VolumeBrowser::MaxUploadBytes) {
            out->error = VolumeBrowser::tr("The files add up to more than %1 MiB; upload fewer at a time")
                             .arg(VolumeBrowser::MaxUploadBytes >> 20);
            return false;
        }
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            out->error = VolumeBrowser::tr("Could not read «%1»: %2").arg(info.filePath(), f.errorString());
            return false;
        }
        writer.addFile(member, f.readAll(), modeOf(info), info.lastModified().toSecsSinceEpoch());
        if (f.error() != QFileDevice::NoError) {
            out->error = VolumeBrowser::tr("Could not read «%1»: %2").arg(info.filePath(), f.errorString());
            return false;
        }
        return true;
    };
    auto addOne = [&](const QString &member, const QFileInfo &info) -> bool {
        if (info.isSymLink()) {
            writer.addSymlink(member, readLink(info.filePath()), info.lastModified().toSecsSinceEpoch());
            return true;
        }
        if (info.isDir()) {
            writer.addDirectory(member, modeOf(info), info.lastModified().toSecsSinceEpoch());
            return true;
        }
        if (info.isFile())
            return addFile(member, info);
        return true; // sockets, devices: not data anyone uploads
    };
    for (const QString &path : localPaths) {
        const QFileInfo top(path);
        if (!top.exists() && !top.isSymLink()) {
            out->error = VolumeBrowser::tr("«%1» does not exist").arg(path);
            return;
        }
        out->shown.append(top.fileName());
        if (!addOne(top.fileName(), top))
            return;
        if (!top.isDir() || top.isSymLink())
            continue;
        const QDir base(top.filePath());
        QDirIterator it(top.filePath(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (!addOne(top.fileName() % u'/' % base.relativeFilePath(info.filePath()), info))
                return;
        }
    }
    out->tar = writer.finish();
}
} // namespace

// One archive read from the helper, parsed (or not) as it arrives.
struct VolumeBrowser::Stream
{
    TarReader reader;
    bool parse = true;
    std::function<void(const QByteArray &)> onRaw;
    std::function<void()> afterChunk;
    std::function<EngineError()> onEnd;           // the archive is whole: last steps
    std::function<void(const EngineError &)> onClose; // always, also on failure and cancel
    std::function<void(const EngineError &)> done;
    QString context;  // what Quai was doing, for errors
    QString problem;  // set by handlers: stop with this error
    bool enough = false; // set by handlers: stop now, successfully
    bool finished = false;
};

VolumeBrowser::VolumeBrowser(EngineClient *client, const QString &volume, ActionRunner *runner,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
    , m_volume(volume)
{
}

VolumeBrowser::VolumeBrowser(const QString &volume, QObject *parent)
    : QObject(parent)
    , m_volume(volume)
{
}

VolumeBrowser::~VolumeBrowser()
{
    const auto streams = m_streams;
    for (auto it = streams.begin(); it != streams.end(); ++it)
        if (it.value()->onClose)
            it.value()->onClose(localError(it.value()->context, tr("cancelled")));
    removeHelperNow();
}

void VolumeBrowser::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void VolumeBrowser::run(const Action &action, std::function<void(const EngineError &)> done)
{
    if (m_runner) {
        m_runner->run(action, this, std::move(done));
        return;
    }
    if (!m_client) {
        done(localError(action.failureContext, tr("not connected to an engine")));
        return;
    }
    m_client->send(action.request, this, [action, done = std::move(done)](const Response &r) {
        done(r.ok() ? EngineError{} : r.error(action.failureContext));
    });
}

void VolumeBrowser::open()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    if (!m_client) {
        m_error = localError(tr("Could not open volume «%1»").arg(m_volume), tr("not connected to an engine"));
        setState(State::Failed);
        flushWaiting();
        return;
    }
    m_error = {};
    setState(State::Preparing);
    removeStaleHelpers([this] {
        ensureImage([this](const EngineError &e) {
            if (e.isError()) {
                m_error = e;
                setState(State::Failed);
                flushWaiting();
                return;
            }
            createHelper([this](const EngineError &e2) {
                m_error = e2;
                setState(e2.isError() ? State::Failed : State::Ready);
                flushWaiting();
            });
        });
    });
}

void VolumeBrowser::close()
{
    if (m_state == State::Closed)
        return;
    const QList<OpId> ops = m_streams.keys();
    for (OpId op : ops)
        cancel(op);
    removeHelperNow();
    m_error = localError(tr("The browser of volume «%1» is closed").arg(m_volume), {});
    setState(State::Closed);
    flushWaiting();
}

void VolumeBrowser::whenReady(std::function<void(const EngineError &)> job)
{
    switch (m_state) {
    case State::Ready:
        job({});
        return;
    case State::Closed:
        job(m_error);
        return;
    case State::Idle:
    case State::Failed:
        m_waiting.push_back(std::move(job));
        open(); // a failed open is tried again
        return;
    case State::Preparing:
        m_waiting.push_back(std::move(job));
        return;
    }
}

void VolumeBrowser::flushWaiting()
{
    if (m_state == State::Preparing)
        return;
    auto waiting = std::exchange(m_waiting, {});
    const EngineError e = m_state == State::Ready ? EngineError{} : m_error;
    for (auto &job : waiting)
        job(e);
}

// A helper left by a Quai that quit before removing it would hold the volume
// "in use", hidden from the containers list: remove it first.
void VolumeBrowser::removeStaleHelpers(std::function<void()> next)
{
    Request r = Request::get(QStringLiteral("/containers/json"));
    r.query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    const QJsonObject filters{{QStringLiteral("label"),
                               QJsonArray{QString(QLatin1String(BrowserActions::HelperVolumeLabel) % u'=' % m_volume)}}};
    r.query.addQueryItem(QStringLiteral("filters"),
                         QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    m_client->send(r, this, [this, next = std::move(next)](const Response &resp) {
        if (resp.ok()) {
            const QJsonArray list = QJsonDocument::fromJson(resp.body).array();
            for (const QJsonValue &v : list) {
                const QJsonObject c = v.toObject();
                QString name = c.value(QStringLiteral("Names")).toArray().at(0).toString();
                if (name.startsWith(u'/'))
                    name.remove(0, 1);
                run(BrowserActions::removeHelper(c.value(QStringLiteral("Id")).toString(), name),
                    [](const EngineError &) {});
            }
        }
        // Not finding them is no reason to stop: the browser works regardless.
        next();
    });
}

void VolumeBrowser::ensureImage(std::function<void(const EngineError &)> next)
{
    m_client->send(BrowserActions::inspectEmptyImage(), this, [this, next](const Response &r) {
        if (r.ok()) {
            next({});
            return;
        }
        if (r.status != 404) {
            next(r.error(tr("Could not look for the helper image %1").arg(BrowserActions::emptyImage())));
            return;
        }
        run(BrowserActions::importEmptyImage(), [this, next](const EngineError &e) {
            if (e.isError()) {
                next(e);
                return;
            }
            // An import answers 200 even when it failed: check the image is there.
            m_client->send(BrowserActions::inspectEmptyImage(), this, [next](const Response &check) {
                next(check.ok() ? EngineError{}
                                : check.error(VolumeBrowser::tr("The helper image %1 is missing after its import")
                                                  .arg(BrowserActions::emptyImage())));
            });
        });
    });
}

void VolumeBrowser::createHelper(std::function<void(const EngineError &)> next)
{
    const QString name = BrowserActions::newHelperName();
    run(BrowserActions::createHelper(m_volume, name, true), [this, name, next](const EngineError &e) {
        if (!e.isError())
            m_helper = name;
        next(e);
    });
}

void VolumeBrowser::removeHelperNow()
{
    if (m_helper.isEmpty())
        return;
    const Action a = BrowserActions::removeHelper(m_helper, m_helper);
    m_helper.clear();
    // The runner or the client is the context: the removal outlives this browser.
    if (m_runner)
        m_runner->run(a, nullptr);
    else if (m_client)
        m_client->send(a.request, m_client, [](const Response &) {});
}

void VolumeBrowser::cancel(OpId id)
{
    const std::shared_ptr<Stream> s = m_streams.take(id);
    const EngineClient::RequestId request = m_requests.take(id);
    if (!s)
        return;
    s->finished = true;
    if (s->onClose)
        s->onClose(localError(s->context, tr("cancelled")));
    if (request && m_client)
        m_client->cancel(request);
}

VolumeBrowser::OpId VolumeBrowser::startStream(const QString &path, const QString &localTarget,
                                               QObject *context, std::shared_ptr<Stream> s)
{
    const OpId id = m_nextOp++;
    m_streams.insert(id, s);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    s->context = BrowserActions::readArchive(m_helper, m_helper, path, localTarget).failureContext;

    auto finishOp = [this, id, s, guard, hadContext](const EngineError &e) {
        if (s->finished)
            return;
        s->finished = true;
        m_streams.remove(id);
        m_requests.remove(id);
        if (s->onClose)
            s->onClose(e);
        if (s->done && (!hadContext || guard))
            s->done(e);
    };

    whenReady([this, id, s, path, localTarget, finishOp](const EngineError &ready) {
        if (s->finished)
            return; // cancelled while the helper was being made
        if (ready.isError()) {
            finishOp(ready);
            return;
        }
        const Action a = BrowserActions::readArchive(m_helper, m_helper, path, localTarget);
        s->context = a.failureContext;
        auto stop = [this, id, finishOp](const EngineError &e) {
            const EngineClient::RequestId request = m_requests.value(id);
            finishOp(e);
            if (request && m_client)
                m_client->cancel(request);
        };
        auto onChunk = [s, stop](const QByteArray &chunk) {
            if (s->finished)
                return;
            if (s->onRaw)
                s->onRaw(chunk);
            if (s->parse && s->problem.isEmpty())
                s->reader.feed(chunk);
            if (s->reader.hasFailed() || !s->problem.isEmpty()) {
                stop(localError(s->context, s->problem.isEmpty() ? s->reader.error() : s->problem));
                return;
            }
            if (s->afterChunk)
                s->afterChunk();
            if (s->enough)
                stop(s->onEnd ? s->onEnd() : EngineError{});
        };
        auto onDone = [s, finishOp](const Response &r) {
            if (s->finished)
                return;
            if (!r.ok()) {
                finishOp(r.error(s->context));
                return;
            }
            if (s->parse) {
                s->reader.finish();
                if (s->reader.hasFailed()) {
                    finishOp(localError(s->context, s->reader.error()));
                    return;
                }
            }
            if (!s->problem.isEmpty()) {
                finishOp(localError(s->context, s->problem));
                return;
            }
            finishOp(s->onEnd ? s->onEnd() : EngineError{});
        };
        const EngineClient::RequestId request = m_client->stream(a.request, this, onChunk, onDone);
        if (!s->finished)
            m_requests.insert(id, request);
    });
    return id;
}

VolumeBrowser::OpId VolumeBrowser::list(const QString &path, QObject *context, BatchHandler onBatch,
                                        DoneHandler onDone)
{
    auto s = std::make_shared<Stream>();
    auto batch = std::make_shared<QList<TarEntry>>();
    auto prefix = std::make_shared<QString>();
    auto sawRoot = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto deliver = [batch, onBatch, guard, hadContext] {
        if (batch->isEmpty())
            return;
        const QList<TarEntry> out = std::exchange(*batch, {});
        if (onBatch && (!hadContext || guard))
            onBatch(out);
    };
    s->reader.setDataFilter([](const TarEntry &) { return false; });
    // The first member is the folder itself ("data/" for the root); its
    // children are the members one level below it, the rest is the subtree.
    Stream *raw = s.get();
    s->reader.setEntryHandler([raw, batch, prefix, sawRoot, path](const TarEntry &e) {
        if (!*sawRoot) {
            *sawRoot = true;
            *prefix = e.name + u'/';
            if (!e.isDirectory())
                raw->problem = tr("«%1» is not a folder").arg(BrowserActions::containerPath(path));
            return;
        }
        if (!e.name.startsWith(*prefix))
            return;
        const QStringView rest = QStringView(e.name).mid(prefix->size());
        if (rest.isEmpty() || rest.contains(u'/'))
            return;
        TarEntry child = e;
        child.name = rest.toString();
        batch->append(std::move(child));
    });
    s->afterChunk = [batch, deliver] {
        if (batch->size() >= BatchSize)
            deliver();
    };
    s->onEnd = [deliver] {
        deliver();
        return EngineError{};
    };
    s->done = std::move(onDone);
    return startStream(path, {}, context, s);
}

VolumeBrowser::OpId VolumeBrowser::readFile(const QString &path, qint64 maxBytes, QObject *context,
                                            TextHandler done)
{
    auto s = std::make_shared<Stream>();
    auto content = std::make_shared<QByteArray>();
    auto truncated = std::make_shared<bool>(false);
    auto members = std::make_shared<int>(0);
    Stream *raw = s.get();
    s->reader.setEntryHandler([raw, members, path](const TarEntry &e) {
        if (++*members > 1)
            return;
        if (e.isDirectory())
            raw->problem = tr("«%1» is a folder").arg(BrowserActions::containerPath(path));
        else if (e.isSymlink())
            raw->problem = tr("«%1» is a symbolic link to «%2»").arg(BrowserActions::containerPath(path), e.linkTarget);
    });
    s->reader.setDataFilter([members](const TarEntry &) { return *members == 1; });
    s->reader.setDataHandler([raw, content, truncated, maxBytes](const TarEntry &, QByteArrayView piece, bool last) {
        const qint64 room = maxBytes - content->size();
        content->append(piece.first(qsizetype(qMin<qint64>(room, piece.size()))));
        if (piece.size() > room || (content->size() >= maxBytes && !last)) {
            *truncated = true;
            raw->enough = true; // no need to read the rest of a big file
        }
    });
    s->done = [content, truncated, done = std::move(done)](const EngineError &e) {
        done(*content, *truncated, e);
    };
    return startStream(path, {}, context, s);
}

VolumeBrowser::OpId VolumeBrowser::downloadFile(const QString &path, const QString &localFile,
                                                QObject *context, DoneHandler done)
{
    auto s = std::make_shared<Stream>();
    auto file = std::make_shared<QSaveFile>(localFile);
    auto members = std::make_shared<int>(0);
    Stream *raw = s.get();
    s->reader.setEntryHandler([raw, members, file, path](const TarEntry &e) {
        if (++*members > 1)
            return;
        if (!e.isFile()) {
            raw->problem = tr("«%1» is not a file: download it into a folder instead")
                               .arg(BrowserActions::containerPath(path));
            return;
        }
        if (!file->open(QIODevice::WriteOnly))
            raw->problem = tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString());
    });
    s->reader.setDataFilter([members](const TarEntry &) { return *members == 1; });
    s->reader.setDataHandler([raw, file](const TarEntry &, QByteArrayView piece, bool) {
        if (file->isOpen() && file->write(piece.data(), piece.size()) != piece.size())
            raw->problem = tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString());
    });
    s->onEnd = [raw, file, members, path]() -> EngineError {
        if (*members == 0 || !file->isOpen())
            return localError(raw->context, tr("the engine sent no file"));
        if (!file->commit())
            return localError(raw->context, tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString()));
        return {};
    };
    s->onClose = [file](const EngineError &e) {
        if (e.isError() && file->isOpen())
            file->cancelWriting();
    };
    s->done = std::move(done);
    return startStream(path, localFile, context, s);
}

VolumeBrowser::OpId VolumeBrowser::downloadInto(const QString &path, const QString &localDir,
                                                QObject *context, DoneHandler done)
{
    struct Extraction
    {
        QDir base;
        std::unique_ptr<QFile> file;
        quint32 fileMode = 0;
        QList<QPair<QString, QString>> links;     // path, target: made last
        QList<QPair<QString, QString>> hardLinks; // path, member it copies
        QList<QPair<QString, quint32>> dirModes;  // applied last, deepest first
        int skipped = 0;
    };
    auto x = std::make_shared<Extraction>();
    x->base = QDir(localDir);
    auto s = std::make_shared<Stream>();
    Stream *raw = s.get();
    s->reader.setEntryHandler([raw, x](const TarEntry &e) {
        const QString rel = safeRelative(e.name);
        if (rel.isEmpty()) {
            ++x->skipped; // would land outside the chosen folder
            return;
        }
        const QString target = x->base.filePath(rel);
        switch (e.type) {
        case TarEntry::Type::Directory:
            if (!x->base.mkpath(rel))
                raw->problem = tr("Could not create the folder «%1»").arg(target);
            x->dirModes.append({target, e.mode});
            return;
        case TarEntry::Type::File:
            x->base.mkpath(QFileInfo(rel).path());
            x->file = std::make_unique<QFile>(target);
            x->fileMode = e.mode;
            if (!x->file->open(QIODevice::WriteOnly | QIODevice::Truncate))
                raw->problem = tr("Could not write «%1»: %2").arg(target, x->file->errorString());
            return;
        case TarEntry::Type::Symlink:
            // Made once everything else is written, so no member can be
            // written through a link to somewhere outside the folder.
            x->links.append({target, e.linkTarget});
            return;
        case TarEntry::Type::Hardlink:
            x->hardLinks.append({target, safeRelative(e.linkTarget)});
            return;
        case TarEntry::Type::Other:
            ++x->skipped;
            return;
        }
    });
    s->reader.setDataFilter([](const TarEntry &e) { return e.isFile(); });
    s->reader.setDataHandler([raw, x](const TarEntry &, QByteArrayView piece, bool last) {
        if (!x->file || !x->file->isOpen())
            return;
        if (x->file->write(piece.data(), piece.size()) != piece.size())
            raw->problem = tr("Could not write «%1»: %2").arg(x->file->fileName(), x->file->errorString());
        if (last) {
            x->file->setPermissions(permissionsOf(x->fileMode));
            x->file->close();
        }
    });
    s->onEnd = [raw, x]() -> EngineError {
        for (const auto &[target, member] : std::as_const(x->hardLinks)) {
            if (member.isEmpty() || !QFile::copy(x->base.filePath(member), target))
                ++x->skipped;
        }
        for (const auto &[target, linkTarget] : std::as_const(x->links)) {
            QFile::remove(target);
            if (!QFile::link(linkTarget, target))
                ++x->skipped;
        }
        for (auto it = x->dirModes.crbegin(); it != x->dirModes.crend(); ++it)
            QFile::setPermissions(it->first, permissionsOf(it->second) | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner | QFileDevice::ReadOwner);
        if (x->skipped > 0)
            return localError(raw->context,
                              tr("%n item(s) could not be recreated here (links, devices or unsafe names)",
                                 nullptr, x->skipped));
        return {};
    };
    s->done = std::move(done);
    return startStream(path, localDir, context, s);
}

VolumeBrowser::OpId VolumeBrowser::downloadArchive(const QString &path, const QString &localTar,
                                                   QObject *context, DoneHandler done)
{
    auto s = std::make_shared<Stream>();
    auto file = std::make_shared<QSaveFile>(localTar);
    s->parse = false;
    Stream *raw = s.get();
    s->onRaw = [raw, file](const QByteArray &chunk) {
        if (!file->isOpen() && !file->open(QIODevice::WriteOnly)) {
            raw->problem = tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString());
            return;
        }
        if (file->write(chunk) != chunk.size())
            raw->problem = tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString());
    };
    s->onEnd = [raw, file]() -> EngineError {
        if (!file->isOpen() && !file->open(QIODevice::WriteOnly))
            return localError(raw->context, file->errorString());
        if (!file->commit())
            return localError(raw->context, tr("Could not write «%1»: %2").arg(file->fileName(), file->errorString()));
        return {};
    };
    s->onClose = [file](const EngineError &e) {
        if (e.isError() && file->isOpen())
            file->cancelWriting();
    };
    s->done = std::move(done);
    return startStream(path, localTar, context, s);
}

void VolumeBrowser::upload(const QStringList &localPaths, const QString &path, QObject *context,
                           DoneHandler done)
{
    auto built = std::make_shared<BuiltArchive>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QThread *worker = QThread::create([localPaths, built] { buildArchive(localPaths, built.get()); });
    // The thread deletes itself: it may outlive this browser.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, built, path, localPaths, guard, hadContext, done] {
        if (hadContext && !guard)
            return;
        if (!built->error.isEmpty()) {
            done(localError(tr("Nothing was uploaded to volume «%1»").arg(m_volume), built->error));
            return;
        }
        uploadArchive(built->tar, path, localPaths.size() == 1 ? localPaths : built->shown, guard, done);
    });
    worker->start();
}

void VolumeBrowser::uploadArchive(const QByteArray &tar, const QString &path, const QStringList &shownSources,
                                  QObject *context, DoneHandler done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [guard, hadContext, done](const EngineError &e) {
        if (done && (!hadContext || guard))
            done(e);
    };
    whenReady([this, tar, path, shownSources, finish](const EngineError &ready) {
        if (ready.isError()) {
            finish(ready);
            return;
        }
        // Browsing stays read-only: only this short-lived helper may write.
        const QString writer = BrowserActions::newHelperName();
        run(BrowserActions::createHelper(m_volume, writer, false),
            [this, writer, tar, path, shownSources, finish](const EngineError &created) {
                if (created.isError()) {
                    finish(created);
                    return;
                }
                run(BrowserActions::upload(writer, writer, path, shownSources, tar),
                    [this, writer, path, finish](const EngineError &uploaded) {
                        run(BrowserActions::removeHelper(writer, writer), [](const EngineError &) {});
                        if (!uploaded.isError())
                            emit this->uploaded(path);
                        finish(uploaded);
                    });
            });
    });
}
