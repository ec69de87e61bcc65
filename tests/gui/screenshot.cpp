#include "screenshot.h"

#include "testbroker.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace Stratus::Test {

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QDir(sourceDir()).filePath(QStringLiteral("docs/screenshots"));
    if (sourceDir().isEmpty() || !QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

} // namespace Stratus::Test
