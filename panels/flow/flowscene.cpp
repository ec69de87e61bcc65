#include "flowscene.h"
