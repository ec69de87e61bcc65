#include "savedevents.h"
