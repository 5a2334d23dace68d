// The hints are static inline functions in include/memory_hints.h; this file only gives
// the C target the source file SwiftPM asks for.
#include "memory_hints.h"
