#pragma once

#include <action.h>
#include <buildprogress.h>
#include <buildspec.h>
#include <engineclient.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class CommandLogModel;
class ContextPacker;
class UploadBody;

// One docker build: the context scanned in a worker thread, then POST /build
// sent while the same thread packs the archive into its body (never held
// whole in memory), the engine's messages decoded as they come. Cancel stops whichever part
// runs; a cancelled request makes the engine stop the build and remove its
// running intermediate container, so nothing is left for Quai to clean.
// The build lands in the Commands panel with its docker build line.
class BuildJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Packing, Building, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // log may be null (nothing recorded).
    BuildJob(EngineClient *client, CommandLogModel *log, QObject *parent = nullptr);
    ~BuildJob() override;

    // The first line of each instruction, to turn "Step N" into a line.
    void setInstructionLines(const QList<int> &lines) { m_instructionLines = lines; }

    // Starts a build; refused (false) while one runs or when spec is invalid.
    bool start(const BuildSpec &spec);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Packing || m_state == State::Building; }
    qint64 elapsedMs() const;
    int currentStep() const { return m_progress.currentStep(); }
    int totalSteps() const { return m_progress.totalSteps(); }
    QString imageId() const { return m_progress.imageId(); }
    QString errorText() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The action of the last start(), for its docker line.
    const Action &action() const { return m_action; }

signals:
    void stateChanged(BuildJob::State state);
    void packed(qint64 files, qint64 bytes);
    void logLines(const QStringList &lines);
    // line is the instruction's Dockerfile line, -1 when unknown.
    void stepChanged(int step, int total, int line, const QString &instruction);
    void succeeded(const QString &imageId);
    // line: the Dockerfile line the error points at, -1 when unknown.
    void failed(const QString &message, int line);

private:
    void send();
    void handle(const QList<BuildProgress::Event> &events);
    void finished(const Response &response);
    void fail(const QString &message, int line);
    void setState(State state);

    QPointer<EngineClient> m_client;
    QPointer<CommandLogModel> m_log;
    ContextPacker *m_packer;
    std::shared_ptr<UploadBody> m_body;
    QList<int> m_instructionLines;
    BuildSpec m_spec;
    Action m_action;
    BuildProgress m_progress;
    State m_state = State::Idle;
    QElapsedTimer m_clock;
    qint64 m_finalMs = 0;
    EngineClient::RequestId m_request = 0;
    int m_logRow = -1;
    quint64 m_generation = 0;
    QString m_error;
    int m_errorLine = -1;
};
