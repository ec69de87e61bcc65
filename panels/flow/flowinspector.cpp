#include "flowinspector.h"
