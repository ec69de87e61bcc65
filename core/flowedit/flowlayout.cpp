#include "flowlayout.h"
