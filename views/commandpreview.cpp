#include "commandpreview.h"

#include <action.h>

#include <QFontDatabase>

CommandPreview::CommandPreview(int lines, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("docker command and Engine API call"));
    setFixedHeight(fontMetrics().height() * lines + 12);
}

void CommandPreview::setAction(const Action &action, const QString &apiVersion)
{
    setPlainText(action.cliText() % u'\n' % action.restText(apiVersion));
}
