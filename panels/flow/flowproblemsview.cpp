#include "flowproblemsview.h"
