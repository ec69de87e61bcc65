#include "flowrunwatch.h"
