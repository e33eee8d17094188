#pragma once

#include <action.h>
#include <request.h>

#include <QList>
#include <QWidget>

#include <functional>

class ConfirmDialog;
class EngineModels;
class ErrorBanner;
class QAction;
class QLineEdit;
class QTableView;
class QToolBar;
class ResourceFilterModel;
class ResourceModel;

// One kind of engine object as a filterable, sortable table with its actions.
// Subclasses say which actions exist and how to inspect a row; this class
// runs them, asks before anything is removed, and shows what the engine refused.
class ResourceView : public QWidget
{
    Q_OBJECT
public:
    ResourceView(EngineModels *models, ResourceModel *model, QWidget *parent = nullptr);

    ResourceModel *model() const { return m_model; }
    EngineModels *engineModels() const { return m_models; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    ErrorBanner *errorBanner() const { return m_banner; }

    QString currentKey() const;
    QStringList selectedKeys() const; // in view order
    void selectKey(const QString &key);
    // Selects key now, or as soon as its row arrives (rows come from the
    // event stream, after the action that made the object has answered).
    void selectWhenListed(const QString &key);
    void focusFilter();
    void showError(const QString &text);

    // GET request whose JSON answer describes one object.
    virtual Request inspectRequest(const QString &key) const = 0;
    // The object's kind, for headings: "Container".
    virtual QString kindName() const = 0;
    // The Delete key: removes the selection after a confirmation.
    virtual void removeSelected() = 0;

signals:
    void currentKeyChanged(const QString &key);

protected:
    QAction *addToolAction(const QIcon &icon, const QString &text, const QString &toolTip,
                           std::function<void()> trigger);
    // Enables actions for the current selection; called whenever it or its rows change.
    virtual void updateActions() = 0;
    // Runs each action in turn; a refusal lands in the banner with the engine's words.
    void runActions(const QList<Action> &actions);
    // Shows what goes and how, then runs what the dialog builds if the user agrees.
    // The dialog is modeless-in-spirit (open(), not exec()): no nested event loop.
    ConfirmDialog *confirmAndRun(const QString &heading);

private:
    // Columns as wide as their content (or headers), once rows are there.
    void sizeColumns();
    void emitCurrentIfChanged();

    EngineModels *m_models;
    ResourceModel *m_model;
    ResourceFilterModel *m_proxy;
    QLineEdit *m_filter;
    QToolBar *m_toolBar;
    ErrorBanner *m_banner;
    QTableView *m_table;
    QString m_lastKey;
    QString m_loadError;
    bool m_columnsSized = false;
};
