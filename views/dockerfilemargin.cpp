#include "dockerfilemargin.h"

#include "dockerfileeditor.h"

#include <QHelpEvent>
#include <QToolTip>

DockerfileMargin::DockerfileMargin(DockerfileEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("dockerfileMargin"));
    setAccessibleName(tr("Line numbers and lint marks"));
}

QSize DockerfileMargin::sizeHint() const
{
    return {m_editor->marginWidth(), 0};
}

void DockerfileMargin::paintEvent(QPaintEvent *event)
{
    m_editor->paintMargin(event);
}

bool DockerfileMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_editor->marginToolTip(help->pos().y());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}
