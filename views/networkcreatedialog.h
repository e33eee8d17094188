#pragma once

#include <action.h>
#include <networkspec.h>

#include <QDialog>
#include <QHash>

class CommandPreview;
class EngineModels;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// `docker network create`: each field says what is wrong with it before any
// request (a malformed CIDR, a gateway outside the subnet, a taken name), the
// docker line and REST call follow what is typed, and an engine refusal is
// shown under the field it is about.
class NetworkCreateDialog : public QDialog
{
    Q_OBJECT
public:
    using Field = NetworkSpecError::Field;

    explicit NetworkCreateDialog(EngineModels *models, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QLineEdit *ipRangeEdit() const { return m_ipRange; }
    QLineEdit *subnet6Edit() const { return m_subnet6; }
    QLineEdit *gateway6Edit() const { return m_gateway6; }
    QCheckBox *internalBox() const { return m_internal; }
    QCheckBox *attachableBox() const { return m_attachable; }
    QCheckBox *ipv6Box() const { return m_ipv6; }
    KeyValueTable *labelsTable() const { return m_labels; }
    KeyValueTable *optionsTable() const { return m_options; }
    QPushButton *createButton() const { return m_create; }

    // What the field's own message says now; empty when the field is fine.
    QString fieldError(Field field) const;
    // The first problem anywhere, naming its field; empty when none.
    QString validationError() const;
    QString commandText() const;
    QString messageText() const;
    NetworkSpec spec() const;
    Action action() const;

    void create(); // what Create does; public for tests

signals:
    // The engine made the network: its ID and name.
    void created(const QString &id, const QString &name);

private:
    void update();
    void requestDrivers();
    void showMessage(const QString &text, bool error);
    void setFieldError(Field field, const QString &text);
    QStringList takenNames() const;

    EngineModels *m_models;
    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_subnet;
    QLineEdit *m_gateway;
    QLineEdit *m_ipRange;
    QCheckBox *m_internal;
    QCheckBox *m_attachable;
    QCheckBox *m_ipv6;
    QLineEdit *m_subnet6;
    QLineEdit *m_gateway6;
    KeyValueTable *m_labels;
    KeyValueTable *m_options;
    CommandPreview *m_command;
    QLabel *m_message;
    QPushButton *m_create;
    QHash<int, QLabel *> m_fieldErrors;
    // An engine refusal pinned to a field until that field is edited.
    QHash<int, QString> m_engineErrors;
    bool m_busy = false;
    bool m_tableError = false; // the message line shows a labels/options problem
};
