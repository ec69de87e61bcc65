#include "flowpalette.h"
