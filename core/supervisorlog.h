#pragma once

#include <QLoggingCategory>

namespace Stratus {

// stratus.core.supervisor: the supervisor and its managed processes (warnings by default).
Q_DECLARE_LOGGING_CATEGORY(lcSupervisor)

} // namespace Stratus
