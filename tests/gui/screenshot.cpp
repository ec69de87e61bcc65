#include "screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace Stratus::Test {

QString saveScreenshot(QWidget *widget, const QString &name)
{
    // Into the build tree unless asked: a test run leaves the checkout as it found it.
    QString dir = qEnvironmentVariable("STRATUS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screenshots"));
    if (!QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

} // namespace Stratus::Test
