#pragma once

#include <engineclient.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

// What a container wrote, changed or deleted in its own writable layer
// (GET /containers/{id}/changes). The banner says the point of it: these
// files go away with the container.
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Shown, Failed };
    Q_ENUM(State)

    explicit ChangesView(EngineClient *client, QWidget *parent = nullptr);

    void setContainer(const QString &id);
    QString container() const { return m_id; }
    void refresh();

    State state() const { return m_state; }
    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    // "Added", "Modified", "Deleted", translated; "Kind %1" for an unknown one.
    static QString kindText(int kind);

signals:
    void stateChanged(ChangesView::State state);

private:
    void setState(State state);

    QPointer<EngineClient> m_client;
    QString m_id;
    State m_state = State::Empty;
    quint64 m_generation = 0;
    EngineClient::RequestId m_pending = 0;
    QLabel *m_banner;
    QToolButton *m_refresh;
    QLabel *m_status;
    QTreeWidget *m_list;
};
