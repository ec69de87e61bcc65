#pragma once

#include <QString>

class QWidget;

namespace Stratus::Test {

// Renders widget (QWidget::grab, works offscreen) to docs/screenshots/NAME.png in the
// source tree; returns the path, empty on failure.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace Stratus::Test
