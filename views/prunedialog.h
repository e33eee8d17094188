#pragma once

#include <action.h>
#include <result.h>

#include <QDialog>
#include <QStringList>

#include <functional>

class CommandPreview;
class EngineModels;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

// What every prune dialog shares: a preview of exactly what will go (options,
// a label filter, the list, a summary, the docker line), Cancel as the
// default button so Enter never destroys anything, then the engine's report of
// what went, with any difference from the preview named. The volume, network
// and image dialogs say what goes and how the engine reports it.
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    // "key" or "key=value", comma-separated in the filter field.
    void setLabelFilters(const QStringList &filters);
    QStringList labelFilters() const;

    QString commandText() const;
    QString reportText() const;
    QPushButton *pruneButton() const { return m_prune; }

protected:
    struct Texts
    {
        QString title;
        QString objectName;
        QString listIntro;     // "These volumes … will be removed:"
        QString listName;      // the list's accessible name
        QStringList columns;
        QString pruneLabel;    // "Remove these volumes"
        QString deletedHeader; // the report list's one column
        QString deletedName;   // its accessible name
    };
    // What the engine said it did, read from its answer.
    struct Report
    {
        QStringList rows; // the report list, one line each
        QStringList keys; // compared with the preview's keys
        QString text;     // "The engine deleted …"
    };
    using ReportReader = std::function<Result<Report>(const QByteArray &body)>;

    PruneDialog(EngineModels *models, const Texts &texts, QWidget *parent);

    // Widgets shown above the label filter (notes, options), in order; they
    // are disabled once the prune runs.
    void addOption(QWidget *widget);
    // Calls refresh whenever one of models gains, loses or changes rows.
    void follow(const QList<QAbstractItemModel *> &models, const std::function<void()> &refresh,
                const std::function<void()> &refreshOnChange = {});
    void showCommand(const Action &action);

    // Runs action; afterwards the report page shows the engine's report (or
    // its refusal) and done is called with whether it succeeded. expected
    // holds the preview's keys; keyWidth shortens them in the difference.
    void run(const Action &action, const QStringList &expected, const ReportReader &read,
             const std::function<void(bool ok)> &done, int keyWidth = -1);

    EngineModels *models() const { return m_models; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

private:
    EngineModels *m_models;
    QVBoxLayout *m_options;
    QList<QWidget *> m_optionWidgets;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_summary;
    CommandPreview *m_command;
    QStackedWidget *m_pages;
    QLabel *m_report;
    QTreeWidget *m_deletedList;
    QPushButton *m_prune;
    QPushButton *m_close;
};
