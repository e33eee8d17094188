#pragma once

#include <QWidget>

class CommandLogModel;
class QAction;
class QPushButton;
class QTableView;

// The Commands dock: every state-changing call Quai made, as a docker command
// and as a REST call, each one a click away from the clipboard.
class CommandsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommandsPanel(CommandLogModel *log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    int currentRow() const;
    void copyCommand();
    void copyRest();

private:
    void updateButtons();

    CommandLogModel *m_log;
    QTableView *m_table;
    QPushButton *m_copyCommand;
    QPushButton *m_copyRest;
    QAction *m_copyCommandAction;
    QAction *m_copyRestAction;
};
