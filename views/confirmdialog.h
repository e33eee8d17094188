#pragma once

#include <action.h>

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Asks before anything is removed. It names exactly what goes (Action::removes)
// and shows the docker command and REST call that will run, so nothing is
// hidden behind a button. Options are checkboxes; each change rebuilds the
// actions, so the command shown is always the one that runs.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    using Builder = std::function<QList<Action>(const QList<bool> &options)>;

    explicit ConfirmDialog(const QString &apiVersion, QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    QString heading() const;
    // Returns the option's index into the list the builder gets.
    int addOption(const QString &text, const QString &explanation, bool checked = false);
    void setOptionChecked(int option, bool checked);
    QList<bool> options() const;
    void setBuilder(Builder builder);

    QList<Action> actions() const { return m_actions; }
    QStringList removedItems() const;
    QString commandText() const;
    QString restText() const;

private:
    void rebuild();
    void fitHeights();

    QString m_apiVersion;
    Builder m_builder;
    QList<Action> m_actions;
    QLabel *m_heading;
    QListWidget *m_removes;
    QWidget *m_optionsBox;
    QList<QCheckBox *> m_options;
    QPlainTextEdit *m_command;
    QPlainTextEdit *m_rest;
    QPushButton *m_confirm;
};
