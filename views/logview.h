#pragma once

#include <QWidget>

class ContainerLogs;
class EngineClient;
class LogModel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

// A container's logs: live, searchable, saved on demand. The stream runs only
// while the view is both active (its container is the one selected) and
// visible; anything else stops it, and coming back resumes after the last line.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(EngineClient *client, QWidget *parent = nullptr);
    ~LogView() override;

    void setContainer(const QString &id);
    QString container() const;
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The container changed state: a stream that ended may have more to say.
    void containerChanged();

    LogModel *model() const { return m_model; }
    ContainerLogs *logs() const { return m_logs; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *statusLabel() const { return m_status; }
    bool isStreaming() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // retry: also after a failure (a failed stream is not retried on every show).
    void updateStreaming(bool retry = false);
    void restartWithControls();
    void findMatch(bool backwards);
    void updateMatchCount();
    void updateStatus();
    void save();

    LogModel *m_model;
    ContainerLogs *m_logs;
    bool m_active = false;
    QToolButton *m_follow;
    QToolButton *m_timestamps;
    QComboBox *m_tail;
    QCheckBox *m_sinceEnabled;
    QDateTimeEdit *m_since;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
    QToolButton *m_save;
    QToolButton *m_clear;
    QListView *m_list;
    QLabel *m_status;
};
