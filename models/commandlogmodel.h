#pragma once

#include <action.h>

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

// What Quai did to the engine, newest last: each action with its docker
// command and its REST call, and how it ended.
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Title, Command, Rest, Outcome, ColumnCount };
    Q_ENUM(Column)
    enum Roles { CliRole = Qt::UserRole + 1, RestRole, FailedRole };
    enum class State { Running, Succeeded, Failed };

    struct Entry
    {
        QDateTime time;
        QString title;
        QString cli;
        QString rest;
        State state = State::Running;
        QString outcome; // the engine's message on failure
    };

    explicit CommandLogModel(QObject *parent = nullptr);

    // Returns the row, to finish it later.
    int append(const Action &action, const QString &apiVersion);
    void finish(int row, bool ok, const QString &message);
    const Entry &entry(int row) const { return m_entries[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Entry> m_entries;
};
