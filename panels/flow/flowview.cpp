#include "flowview.h"
