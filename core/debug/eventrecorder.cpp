#include "eventrecorder.h"
