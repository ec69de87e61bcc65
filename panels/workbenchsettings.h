#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Stratus {

// The workbench's preferences, kept with QSettings (organisation "Stratus", application
// "Workbench"; tests point QSettings elsewhere).
struct WorkbenchSettings
{
    enum class Theme { System, Light, Dark };

    QString brokerBinary; // empty: nats-server on PATH
    int clientPort = 0;   // 0: what the project's manifest says
    int monitorPort = 0;
    Theme theme = Theme::System;
    QString language; // "it", "es", "en"; empty: the system's

    static WorkbenchSettings load();
    void save() const;

    static QStringList recentProjects();
    static void addRecentProject(const QString &dir);
    static void clearRecentProjects();
    static constexpr int MaxRecentProjects = 8;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state);

    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);

    bool operator==(const WorkbenchSettings &) const = default;
};

} // namespace Stratus
