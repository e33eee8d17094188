#pragma once

#include <recreateplan.h>

#include <QDialog>
#include <QList>
#include <optional>

class EngineModels;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QWidget;
class MountRowEdit;
class PortRowEdit;
class RecreateRunner;

// "Recreate with changes…": the container's ports and mounts as editable rows,
// prefilled from its inspect data, checked as the run dialog checks them, and
// the plan (each step with its docker line) shown before anything is sent.
// Recreate runs the steps and marks each one; a failing step shows the
// engine's message and what was undone.
class RecreateDialog : public QDialog
{
    Q_OBJECT
public:
    RecreateDialog(EngineModels *models, const QString &id, const QString &name, QWidget *parent = nullptr);

    // Fills the rows from a plan; what the inspect answer does. Public for tests.
    void setPlan(const RecreatePlan &plan);
    bool isLoaded() const { return m_plan.has_value(); }

    int addPortRow(const RunPort &port);
    int addMountRow(const RunMount &mount);
    int portRowCount() const { return int(m_ports.size()); }
    int mountRowCount() const { return int(m_mounts.size()); }
    QLineEdit *hostIpEdit(int row) const;
    QLineEdit *hostPortEdit(int row) const;
    QLineEdit *containerPortEdit(int row) const;
    QComboBox *protocolBox(int row) const;
    QComboBox *mountTypeBox(int row) const;
    QComboBox *mountSourceBox(int row) const;
    QLineEdit *mountTargetEdit(int row) const;
    void removePortRow(int row);
    void removeMountRow(int row);

    // The edited ports and mounts; meaningful when errors() is empty.
    QList<RunPort> ports() const;
    QList<RunMount> mounts() const;
    QList<RunSpecError> errors() const;
    // The plan with the current edits; empty until the container was read.
    std::optional<RecreatePlan> plan() const;

    QTreeWidget *planView() const { return m_planView; }
    QPushButton *recreateButton() const { return m_go; }
    QString messageText() const;
    static QString markedError(const QWidget *w);

    // What Recreate does; public for tests.
    void recreate();

signals:
    // The new container runs (or exists) under the old name.
    void recreated(const QString &newId);

private:

    void load();
    void update();
    void showPlan();
    void markAll(const QList<RunSpecError> &errors);
    void showMessage(const QString &text, bool error);
    void setEditable(bool editable);

    EngineModels *m_models;
    QString m_id;
    QString m_name;
    std::optional<RecreatePlan> m_plan;
    QLabel *m_intro;
    QWidget *m_portRows;
    QWidget *m_mountRows;
    QList<PortRowEdit *> m_ports;
    QList<MountRowEdit *> m_mounts;
    QWidget *m_editors;
    QTreeWidget *m_planView;
    QLabel *m_message;
    QPushButton *m_go;
    RecreateRunner *m_runner = nullptr;
    bool m_finished = false;
};
