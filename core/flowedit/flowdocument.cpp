#include "flowdocument.h"
