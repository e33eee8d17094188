#pragma once

#include <QDialog>

class QTextBrowser;

// The four kinds of network the course teaches, side by side: the default
// bridge, a user-defined bridge, host and none. For each: who can reach whom,
// whether published ports apply, how names resolve. One kind can be
// highlighted, e.g. the network selected in the list.
class NetworkExplainer : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { None = -1, DefaultBridge, UserBridge, Host, Isolated };
    Q_ENUM(Kind)

    explicit NetworkExplainer(QWidget *parent = nullptr);

    // Which column a network belongs to, from its name and driver.
    static Kind kindOf(const QString &name, const QString &driver);

    void setHighlighted(Kind kind);
    Kind highlighted() const { return m_highlighted; }

    QString text() const; // everything shown, as plain text
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QTextBrowser *m_browser;
    Kind m_highlighted = Kind::None;
};
