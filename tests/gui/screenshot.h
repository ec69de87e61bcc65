#pragma once

#include <QString>

class QWidget;

namespace Stratus::Test {

// Renders widget (QWidget::grab, works offscreen) to NAME.png in $STRATUS_SCREENSHOT_DIR, or
// in screenshots/ under the working directory (the build tree under ctest); returns the path,
// empty on failure. `STRATUS_SCREENSHOT_DIR=$PWD/docs/screenshots ctest -L gui` renews the docs'.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace Stratus::Test
