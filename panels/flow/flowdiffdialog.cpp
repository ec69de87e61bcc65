#include "flowdiffdialog.h"
