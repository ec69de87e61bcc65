#pragma once

#include "workbenchsettings.h"

namespace Stratus {

// Light and dark are Fusion with a palette of their own; System leaves the platform's style.
void applyTheme(WorkbenchSettings::Theme theme);

} // namespace Stratus
