#pragma once

#include <recreateplan.h>
#include <engineerror.h>

#include <QObject>

class ActionRunner;

// Runs a RecreatePlan's steps one after the other through ActionRunner, so each
// lands in the Commands panel. When a step fails, it undoes what the steps
// before it did (remove the new container, rename the old one back, start it
// again) and says what it could and could not undo.
class RecreateRunner : public QObject
{
    Q_OBJECT
public:
    RecreateRunner(ActionRunner *runner, const RecreatePlan &plan, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    const QList<RecreateStep> &steps() const { return m_steps; }
    // The container the Create step made; empty before.
    QString newId() const { return m_newId; }

signals:
    void stepStarted(int index);
    // error is empty on success.
    void stepFinished(int index, const EngineError &error);
    void undoFinished(const Action &action, const EngineError &error);
    // ok: the new container is in place. message: what happened, in words.
    void finished(bool ok, const QString &message);

private:
    void runStep(int index);
    void undo(QList<Action> actions, const QString &failure, QStringList undone, QStringList notUndone);

    ActionRunner *m_runner;
    RecreatePlan m_plan;
    QList<RecreateStep> m_steps;
    QString m_newId;
    bool m_running = false;
};
