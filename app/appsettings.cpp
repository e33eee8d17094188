#include "appsettings.h"

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastViewKey = QStringLiteral("window/lastView");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(SplitterKey, state);
}

int AppSettings::lastView() const
{
    return m_settings.value(LastViewKey, 0).toInt();
}

void AppSettings::setLastView(int view)
{
    m_settings.setValue(LastViewKey, view);
}
