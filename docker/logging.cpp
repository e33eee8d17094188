#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "quai.engine")
Q_LOGGING_CATEGORY(lcEvents, "quai.events")
