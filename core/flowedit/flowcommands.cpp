#include "flowcommands.h"
