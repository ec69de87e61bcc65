#include "floweditorpanel.h"
