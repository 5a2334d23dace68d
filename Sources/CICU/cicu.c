// The only file in Lesart that includes ICU headers. See include/cicu.h.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>

struct LesartWordBreaker {
    UBreakIterator *iterator;
    UText text;
    int32_t hasText;
    int32_t done;
};

static LesartWordBreaker *wrap(UBreakIterator *iterator) {
    LesartWordBreaker *breaker = calloc(1, sizeof(LesartWordBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    UText initial = UTEXT_INITIALIZER;
    breaker->iterator = iterator;
    breaker->text = initial;
    breaker->done = 1;
    return breaker;
}

LesartWordBreaker *lesart_wb_open(const char *locale, int32_t *errorCode) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *errorCode = (int32_t)status;
        return NULL;
    }
    LesartWordBreaker *breaker = wrap(iterator);
    if (breaker == NULL) *errorCode = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return breaker;
}

void lesart_wb_close(LesartWordBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->hasText) utext_close(&breaker->text);
    free(breaker);
}

int32_t lesart_wb_set_text(LesartWordBreaker *breaker, const uint8_t *text, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    const char *bytes = text == NULL ? empty : (const char *)text;
    utext_openUTF8(&breaker->text, bytes, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->hasText = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->done = 0;
    return 0;
}

int32_t lesart_wb_next_boundaries(LesartWordBreaker *breaker, int32_t *boundaries,
                                  int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (!breaker->done && count < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) {
            breaker->done = 1;
            break;
        }
        boundaries[count] = next;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

const char *lesart_icu_error_name(int32_t errorCode) {
    return u_errorName((UErrorCode)errorCode);
}
