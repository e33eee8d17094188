#include "credentialhelper.h"

#include "tr.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

QString CredentialHelper::programName(const QString &helperName)
{
    return QStringLiteral("docker-credential-") + helperName;
}

void CredentialHelper::run(const QString &helperName, const QString &verb, const QByteArray &input,
                           QObject *context, Done done)
{
    // The process belongs to the context: if the asker goes, so does the call.
    auto *process = new QProcess(context);
    const QString program = programName(helperName);
    auto finished = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    auto finish = [process, finished, done](const Outcome &outcome) {
        if (*finished)
            return;
        *finished = true;
        process->deleteLater();
        if (done)
            done(outcome);
    };
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, program, finish, timedOut](QProcess::ProcessError error) {
        Outcome o;
        switch (error) {
        case QProcess::FailedToStart:
            o.error = Tr::tr("The credential helper %1 could not be started: is it installed and "
                             "on PATH? (config.json names it in credsStore or credHelpers)")
                          .arg(program);
            break;
        case QProcess::Timedout:
        case QProcess::Crashed:
            if (*timedOut)
                o.error = Tr::tr("The credential helper %1 did not answer in time").arg(program);
            else
                o.error = Tr::tr("The credential helper %1 crashed").arg(program);
            break;
        default:
            o.error = Tr::tr("The credential helper %1 failed: %2").arg(program, process->errorString());
            break;
        }
        finish(o);
    });
    QObject::connect(process, &QProcess::finished, process,
                     [process, program, finish](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit)
            return; // errorOccurred(Crashed) reports it
        Outcome o;
        o.output = process->readAllStandardOutput();
        if (code != 0) {
            const QString said = QString::fromUtf8(o.output + process->readAllStandardError()).trimmed();
            // The helpers' shared wording for "nothing stored for this server".
            if (said.contains(QLatin1String("credentials not found"), Qt::CaseInsensitive)) {
                o.notFound = true;
            } else {
                o.error = said.isEmpty()
                              ? Tr::tr("The credential helper %1 failed (exit code %2)").arg(program).arg(code)
                              : Tr::tr("The credential helper %1 failed: %2").arg(program, said);
            }
        }
        finish(o);
    });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    timer->start(TimeoutMs);
    process->start(program, {verb});
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}
