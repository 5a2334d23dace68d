// The letter masks of the tokenizer's plain-word loop (see LetterWindow.swift) with SSE2,
// which Swift does not spell: Swift's SIMD comparisons compile to one lane at a time and it
// has no `movemask`, so its lane arithmetic and multiply-gather take about three times the
// instructions for the same masks.
#ifndef LESART_LETTER_MASKS_H
#define LESART_LETTER_MASKS_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/// Which of 32 bytes of text are letters (bit k for byte k), and which of those small ones.
typedef struct {
    uint32_t letters;
    uint32_t small;
} lesart_letter_masks;

/// The masks of the 16 bytes at `p`, as LetterWindow computes them: ASCII letters, and both
/// bytes of a two-byte Latin-1 letter (C3 80–BF but × C3 97 and ÷ C3 B7), small from ß C3 9F
/// on. The byte before `p` and the 16 after it are read too.
static inline lesart_letter_masks lesart_letter_masks16(const uint8_t *p) {
    const __m128i v = _mm_loadu_si128((const __m128i *)p);
    const __m128i before = _mm_loadu_si128((const __m128i *)(p - 1));
    const __m128i after = _mm_loadu_si128((const __m128i *)(p + 1));
    // ASCII letters: with bit 5 set, 0x61...0x7A; small ones have bit 5 set already (its
    // shift by two puts it at the lane's top bit, which is all `movemask` reads).
    const __m128i offset = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x61));
    const __m128i ascii = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(25)), offset);
    const __m128i asciiSmall = _mm_and_si128(ascii, _mm_slli_epi16(v, 2));
    // Latin-1: a C3 lead byte before, or a continuation byte after one; not × or ÷.
    const __m128i lead = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3));
    const __m128i second = _mm_cmpeq_epi8(before, _mm_set1_epi8((char)0xC3));
    const __m128i sign = _mm_set1_epi8((char)0x97), signMask = _mm_set1_epi8((char)0xDF);
    const __m128i leadLetter = _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(after, signMask), sign), lead);
    const __m128i secondLetter = _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(v, signMask), sign), second);
    // Small Latin-1 letters: a second byte of 9F or more (the top bit of its difference clear).
    const __m128i smallFrom = _mm_set1_epi8((char)0x9F);
    const __m128i latinSmall = _mm_or_si128(_mm_andnot_si128(_mm_sub_epi8(after, smallFrom), leadLetter),
                                            _mm_andnot_si128(_mm_sub_epi8(v, smallFrom), secondLetter));
    lesart_letter_masks masks;
    masks.letters = (uint32_t)_mm_movemask_epi8(_mm_or_si128(ascii, _mm_or_si128(leadLetter, secondLetter)));
    masks.small = (uint32_t)_mm_movemask_epi8(_mm_or_si128(asciiSmall, latinSmall));
    return masks;
}

/// The masks of the 32 bytes at `p` (readable from `p - 1` to `p + 32`).
static inline lesart_letter_masks lesart_letter_masks32(const uint8_t *p) {
    const lesart_letter_masks low = lesart_letter_masks16(p), high = lesart_letter_masks16(p + 16);
    lesart_letter_masks masks;
    masks.letters = low.letters | high.letters << 16;
    masks.small = low.small | high.small << 16;
    return masks;
}
#endif

#endif
