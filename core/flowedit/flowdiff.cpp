#include "flowdiff.h"
