// Cache hints for Lesart's hot lookups, which Swift does not spell.
//
// A per-token table lookup is bound by memory reads: its slot lies somewhere in megabytes
// of table. Hashing a few tokens ahead and asking for their slots early lets those reads
// overlap instead of waiting one after another.
#ifndef LESART_MEMORY_HINTS_H
#define LESART_MEMORY_HINTS_H

/// Asks the CPU to bring the cache line holding `address` closer for a read. A hint only:
/// it never faults, whatever the address, and changes no result.
static inline void lesart_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
