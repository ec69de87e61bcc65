#include "workbenchsettings.h"

#include <QDir>
#include <QSettings>

namespace Stratus {

namespace {

const QString BrokerBinaryKey = QStringLiteral("cluster/brokerBinary");
const QString ClientPortKey = QStringLiteral("cluster/clientPort");
const QString MonitorPortKey = QStringLiteral("cluster/monitorPort");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString LanguageKey = QStringLiteral("appearance/language");
const QString RecentKey = QStringLiteral("projects/recent");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");

} // namespace

QString WorkbenchSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

WorkbenchSettings::Theme WorkbenchSettings::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

WorkbenchSettings WorkbenchSettings::load()
{
    QSettings s;
    WorkbenchSettings w;
    w.brokerBinary = s.value(BrokerBinaryKey).toString();
    w.clientPort = s.value(ClientPortKey, 0).toInt();
    w.monitorPort = s.value(MonitorPortKey, 0).toInt();
    w.theme = themeFromKey(s.value(ThemeKey).toString());
    w.language = s.value(LanguageKey).toString();
    return w;
}

void WorkbenchSettings::save() const
{
    QSettings s;
    s.setValue(BrokerBinaryKey, brokerBinary);
    s.setValue(ClientPortKey, clientPort);
    s.setValue(MonitorPortKey, monitorPort);
    s.setValue(ThemeKey, themeKey(theme));
    s.setValue(LanguageKey, language);
}

QStringList WorkbenchSettings::recentProjects()
{
    return QSettings().value(RecentKey).toStringList();
}

void WorkbenchSettings::addRecentProject(const QString &dir)
{
    const QString path = QDir(dir).absolutePath();
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

void WorkbenchSettings::clearRecentProjects()
{
    QSettings().remove(RecentKey);
}

QByteArray WorkbenchSettings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

QByteArray WorkbenchSettings::windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void WorkbenchSettings::saveWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(GeometryKey, geometry);
    s.setValue(StateKey, state);
}

} // namespace Stratus
