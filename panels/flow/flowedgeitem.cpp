#include "flowedgeitem.h"
