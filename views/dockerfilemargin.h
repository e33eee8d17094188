#pragma once

#include <QWidget>

class DockerfileEditor;

// The strip left of a DockerfileEditor: line numbers, lint marks and build
// marks. It only forwards; the editor knows where its lines are.
class DockerfileMargin : public QWidget
{
    Q_OBJECT
public:
    explicit DockerfileMargin(DockerfileEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    DockerfileEditor *m_editor;
};
