// The masks are static inline functions in include/letter_masks.h; this file only gives
// the C target the source file SwiftPM asks for.
#include "letter_masks.h"
