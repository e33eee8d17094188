#pragma once

#include <action.h>

#include <QDialog>

class CommandPreview;
class EngineModels;
class QLabel;
class QLineEdit;
class QPushButton;

// `docker tag`: a new name for an image, checked as the CLI would before the
// engine is asked, with the command shown as it is typed. To push to a
// registry, the name starts with the registry's host.
class ImageTagDialog : public QDialog
{
    Q_OBJECT
public:
    ImageTagDialog(EngineModels *models, const QString &imageId, const QString &displayName,
                   QWidget *parent = nullptr);

    void setTarget(const QString &reference);
    QString problem() const; // why the name is refused; empty when valid
    QString commandText() const;
    QPushButton *tagButton() const { return m_tag; }
    void tag();

signals:
    void tagged(const QString &reference);

private:
    void update();

    EngineModels *m_models;
    QString m_imageId;
    QString m_displayName;
    QLineEdit *m_target;
    QLabel *m_problem;
    CommandPreview *m_command;
    QPushButton *m_tag;
};
