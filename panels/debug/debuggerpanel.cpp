#include "debuggerpanel.h"
