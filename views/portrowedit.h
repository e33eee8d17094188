#pragma once

#include <runspec.h>

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;

// One published port as the run and recreate dialogs edit it:
// host address : host port → container port / protocol, and Remove.
class PortRowEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PortRowEdit(const RunPort &port, QWidget *parent = nullptr);

    // The row's values, trimmed.
    RunPort port() const;
    // Nothing typed in any of the three fields.
    bool isBlank() const;
    // The field a RunSpecError's part names ("hostIp", "hostPort", "protocol",
    // anything else: the container port).
    QWidget *field(const QString &part) const;
    QList<QWidget *> fields() const;

    QLineEdit *hostIpEdit() const { return m_hostIp; }
    QLineEdit *hostPortEdit() const { return m_hostPort; }
    QLineEdit *containerPortEdit() const { return m_containerPort; }
    QComboBox *protocolBox() const { return m_protocol; }

signals:
    // Any field changed, by the user or by code.
    void changed();
    // The user typed in a field.
    void edited();
    void removeRequested();

private:
    QLineEdit *m_hostIp;
    QLineEdit *m_hostPort;
    QLineEdit *m_containerPort;
    QComboBox *m_protocol;
};
