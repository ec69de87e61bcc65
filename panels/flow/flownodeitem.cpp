#include "flownodeitem.h"
