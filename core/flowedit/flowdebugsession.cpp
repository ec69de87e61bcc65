#include "flowdebugsession.h"
