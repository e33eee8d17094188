#pragma once

#include <action.h>

#include <QDialog>

class CommandPreview;
class EngineModels;
class KeyValueTable;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// `docker volume create`, with its name checked as the engine checks it, the
// command line and REST call shown while the user types, and a plain answer
// when the name is taken: the engine would hand back the existing volume and
// say nothing, so Quai asks first and says so.
class VolumeCreateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VolumeCreateDialog(EngineModels *models, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    KeyValueTable *optionsTable() const { return m_options; }
    KeyValueTable *labelsTable() const { return m_labels; }
    QPushButton *createButton() const { return m_create; }

    // The first problem with what is typed, naming its field; empty when none.
    QString validationError() const;
    QString nameError() const;
    QString messageText() const;
    QString commandText() const;
    QString restText() const;
    // The action Create would run; only meaningful when validationError() is empty.
    Action action() const;

    // Fills the driver options for a local volume kept in RAM.
    void applyTmpfsPreset();
    // What Create does; public for tests.
    void create();

signals:
    // The engine made this volume (its name, even for an anonymous one).
    void created(const QString &name);

private:
    void update();
    void showMessage(const QString &text, bool error);
    void finishCreate(const Action &action, const QString &requestedName);
    void setBusy(bool busy);

    EngineModels *m_models;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QComboBox *m_driver;
    KeyValueTable *m_options;
    KeyValueTable *m_labels;
    CommandPreview *m_command;
    QLabel *m_message;
    QPushButton *m_create;
    bool m_busy = false;
};
