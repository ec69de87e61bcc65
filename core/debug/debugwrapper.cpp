#include "debugwrapper.h"
