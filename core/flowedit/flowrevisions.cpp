#include "flowrevisions.h"
