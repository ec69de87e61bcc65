#include "jsoneditor.h"
