#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// What Quai remembers between runs: the window's geometry and layout, and
// which view was open.
class AppSettings
{
public:
    AppSettings(); // the user's settings
    explicit AppSettings(const QString &iniFile); // tests: a file of their own

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    int lastView() const;
    void setLastView(int view);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
