#include "mounttypesexplainer.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString cell(const QString &text)
{
    return QStringLiteral("<td valign=\"top\">") % text.toHtmlEscaped() % QStringLiteral("</td>");
}
QString codeCell(const QString &code)
{
    return QStringLiteral("<td valign=\"top\"><code>") % code.toHtmlEscaped()
           % QStringLiteral("</code></td>");
}
} // namespace

MountTypesExplainer::MountTypesExplainer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Where does a container's data live?"));
    setObjectName(QStringLiteral("mountTypesExplainer"));
    resize(900, 560);
    m_browser->setAccessibleName(tr("Mount types compared"));
    m_browser->setOpenLinks(false);

    const QString heads[] = {tr("Container layer"), tr("Bind mount"), tr("Named volume"), tr("tmpfs")};
    struct Row
    {
        QString label;
        QString values[4];
        bool code = false;
    };
    const Row rows[] = {
        {tr("Where the data lives"),
         {tr("Inside the container's own writable layer, managed by the storage driver."),
          tr("In a folder of the host that you choose, e.g. /home/me/site."),
          tr("In a folder Docker manages, usually /var/lib/docker/volumes/<name>/_data."),
          tr("In the host's memory (RAM) only; nothing is written to disk.")}},
        {tr("Survives removing the container?"),
         {tr("No: removing the container deletes it."),
          tr("Yes: the folder belongs to the host."),
          tr("Yes: the volume stays until you remove it, and can be mounted again."),
          tr("No.")}},
        {tr("Survives restarting the container?"),
         {tr("Yes, as long as the container is not removed."),
          tr("Yes."),
          tr("Yes."),
          tr("No: it is empty again after a restart of the container or the host.")}},
        {tr("Portability"),
         {tr("Tied to that one container."),
          tr("Low: depends on the host's folder layout and file system."),
          tr("High: independent of the host's layout; easy to back up, move and share between "
             "containers."),
          tr("None: it is scratch space.")}},
        {tr("Security"),
         {tr("Isolated in the container."),
          tr("Risky when permissions are wrong: the container can read or change host files. "
             "Mount read-only when you can."),
          tr("Safer: only containers that mount it see it."),
          tr("Good for secrets that must never touch the disk.")}},
        {tr("Good for"),
         {tr("Temporary files the app can lose."),
          tr("Source code during development, configuration files."),
          tr("Databases and any data that must persist: the recommended choice."),
          tr("Caches and fast temporary data.")}},
        {tr("Example"),
         {QStringLiteral("docker run alpine sh"),
          QStringLiteral("docker run -v /home/me/site:/usr/share/nginx/html nginx"),
          QStringLiteral("docker run -v monvolume:/data alpine sh"),
          QStringLiteral("docker run --tmpfs /scratch alpine sh")},
         true},
    };

    QString html = QStringLiteral("<p>")
                   % tr("Data written inside a container is ephemeral: it goes with the container. "
                        "To keep it, mount storage from outside. The four places compared:")
                       .toHtmlEscaped()
                   % QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                    "width=\"100%\"><tr><th></th>");
    for (const QString &h : heads)
        html += QStringLiteral("<th>") % h.toHtmlEscaped() % QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const Row &row : rows) {
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") % row.label.toHtmlEscaped()
                % QStringLiteral("</th>");
        for (const QString &v : row.values)
            html += row.code ? codeCell(v) : cell(v);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>")
            % tr("A volume that a container uses, even a stopped one, cannot be removed: stop "
                 "and remove that container first. «docker volume prune» removes the volumes "
                 "no container uses.")
                  .toHtmlEscaped()
            % QStringLiteral("</p>");
    m_browser->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QString MountTypesExplainer::text() const
{
    return m_browser->toPlainText();
}

QString MountTypesExplainer::html() const
{
    return m_browser->toHtml();
}
