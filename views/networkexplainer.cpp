#include "networkexplainer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const QLatin1String Shade("#fff3d6");

QString cell(const QString &text, bool code, bool shaded)
{
    QString open = QStringLiteral("<td valign=\"top\"");
    if (shaded)
        open += QStringLiteral(" bgcolor=\"") + Shade + u'"';
    open += u'>';
    QString body = text.toHtmlEscaped();
    if (code) {
        body.replace(u'\n', QStringLiteral("<br>"));
        body = QStringLiteral("<code>") + body + QStringLiteral("</code>");
    }
    return open + body + QStringLiteral("</td>");
}
} // namespace

NetworkExplainer::NetworkExplainer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("networkExplainer"));
    resize(980, 640);
    m_browser->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    rebuild();
}

NetworkExplainer::Kind NetworkExplainer::kindOf(const QString &name, const QString &driver)
{
    if (driver == QLatin1String("host") || name == QLatin1String("host"))
        return Kind::Host;
    if (driver == QLatin1String("null") || name == QLatin1String("none"))
        return Kind::Isolated;
    if (name == QLatin1String("bridge") && driver == QLatin1String("bridge"))
        return Kind::DefaultBridge;
    if (driver == QLatin1String("bridge"))
        return Kind::UserBridge;
    return Kind::None; // overlay, macvlan…: not in the course
}

void NetworkExplainer::setHighlighted(Kind kind)
{
    if (kind == m_highlighted)
        return;
    m_highlighted = kind;
    rebuild();
}

void NetworkExplainer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDialog::changeEvent(event);
}

void NetworkExplainer::rebuild()
{
    setWindowTitle(tr("Who can reach whom? Docker's networks explained"));
    m_browser->setAccessibleName(tr("Network kinds compared"));

    const QString heads[] = {tr("Default bridge («bridge»)"), tr("User-defined bridge"),
                             tr("Host («host»)"), tr("None («none»)")};
    struct Row
    {
        QString label;
        QString values[4];
        bool code = false;
    };
    const Row rows[] = {
        {tr("Example"),
         {QStringLiteral("docker run -d --name web nginx"),
          QStringLiteral("docker network create monreseau\ndocker run -d --network monreseau --name site nginx"),
          QStringLiteral("docker run -d --network host nginx"),
          QStringLiteral("docker run -d --network none alpine sleep 1000")},
         true},
        {tr("Who can reach whom"),
         {tr("Containers on the default bridge reach each other by IP address. The host reaches them "
             "by IP address; they reach the outside through the host (NAT)."),
          tr("Containers on the same network reach each other; a container on another network does "
             "not, unless it is connected to this one too (docker network connect). They reach the "
             "outside through the host (NAT)."),
          tr("The container uses the host's own network: it reaches what the host reaches, and "
             "whatever reaches the host's ports reaches it. Its network is not isolated."),
          tr("Nobody: the container has only its loopback interface (127.0.0.1). It reaches nothing "
             "and nothing reaches it.")}},
        {tr("Published ports (-p 4900:5000)"),
         {tr("Apply: a connection to port 4900 of the host goes to port 5000 of the container."),
          tr("Apply, the same way."),
          tr("Do not apply: they are ignored. The program's port is a port of the host directly "
             "(5000 on the host)."),
          tr("Do not apply: there is no interface to forward to.")}},
        {tr("How names resolve"),
         {tr("Not by container name: on the default bridge, containers do not resolve each other's "
             "names. Use IP addresses (or the old --link)."),
          tr("By name: Docker's DNS server (127.0.0.11) answers each container's name and its "
             "aliases (--network-alias) for the containers on the same network."),
          tr("As on the host: its /etc/hosts and its DNS servers. Container names do not resolve."),
          tr("Not at all: no other container, no DNS server.")}},
        {tr("The container's address"),
         {tr("One address from the docker0 bridge, 172.17.0.0/16 by default."),
          tr("One address in the network's subnet, for each network the container is on."),
          tr("None of its own: it has the host's addresses."),
          tr("None besides 127.0.0.1.")}},
        {tr("Good for"),
         {tr("Quick tests: it is what you get without --network."),
          tr("Applications made of several containers that talk to each other (a site and its "
             "database): the recommended choice."),
          tr("Speed, or a program that must see the host's network, at the cost of isolation."),
          tr("Jobs that need no network, with the strictest isolation.")}},
    };

    const int shaded = int(m_highlighted);
    QString html = QStringLiteral("<p>")
                   % tr("What a container can reach depends on the network it is on. A container can be on "
                        "several networks at once; it cannot be on «host» or «none» together with another "
                        "network.").toHtmlEscaped()
                   % QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                    "width=\"100%\"><tr><th></th>");
    for (int i = 0; i < 4; ++i) {
        if (i == shaded)
            html += QStringLiteral("<th bgcolor=\"") + Shade + QStringLiteral("\">");
        else
            html += QStringLiteral("<th>");
        html += heads[i].toHtmlEscaped();
        if (i == shaded)
            html += QStringLiteral("<br><small>") + tr("(the selected network)").toHtmlEscaped() + QStringLiteral("</small>");
        html += QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    for (const Row &row : rows) {
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") % row.label.toHtmlEscaped()
                % QStringLiteral("</th>");
        for (int i = 0; i < 4; ++i)
            html += cell(row.values[i], row.code, i == shaded);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>")
            % tr("«docker network connect monreseau site» attaches the container «site» to «monreseau», "
                 "running or not; «docker network disconnect monreseau site» detaches it. In the "
                 "picture, drag a container onto a network to connect it.").toHtmlEscaped()
            % QStringLiteral("</p>");
    m_browser->setHtml(html);
}

QString NetworkExplainer::text() const
{
    return m_browser->toPlainText();
}

QString NetworkExplainer::html() const
{
    return m_browser->toHtml();
}
