#include "functionreplayer.h"
