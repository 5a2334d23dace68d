// Plain-C face of system ICU for Lesart.
//
// This header exposes no ICU type: Swift modules that import it can also import
// Foundation (whose bundled ICU would clash with the system headers). Only cicu.c
// includes <unicode/*.h>. All offsets are UTF-8 byte offsets into the text handed
// to lesart_wb_set_text.
#ifndef LESART_CICU_H
#define LESART_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque ICU word-break iterator together with the UText it reads from.
/// One handle serves one thread at a time; open one per worker.
typedef struct LesartWordBreaker LesartWordBreaker;

/// Opens a word-break iterator for `locale` (e.g. "de"). On failure returns NULL and
/// stores ICU's error code in *errorCode (> 0).
LesartWordBreaker *lesart_wb_open(const char *locale, int32_t *errorCode);

/// Frees the iterator. NULL is allowed.
void lesart_wb_close(LesartWordBreaker *breaker);

/// Points the iterator at `length` bytes of UTF-8 (not copied: they must outlive the
/// iteration). Returns 0 or ICU's error code.
int32_t lesart_wb_set_text(LesartWordBreaker *breaker, const uint8_t *text, int64_t length);

/// Writes up to `capacity` further boundaries (byte offsets, ascending, excluding the
/// initial 0) into `boundaries`, and the rule status of the segment that ends at each
/// boundary into `statuses` (may be NULL). Returns the number written; 0 at the end.
int32_t lesart_wb_next_boundaries(LesartWordBreaker *breaker, int32_t *boundaries,
                                  int32_t *statuses, int32_t capacity);

/// ICU's symbolic name for an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *lesart_icu_error_name(int32_t errorCode);

#ifdef __cplusplus
}
#endif

#endif
