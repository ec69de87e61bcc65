#include "flowrunbar.h"
