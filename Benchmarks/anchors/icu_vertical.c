// ICU's word-break loop over a UTF-8 file, written out like `lesart tokenize --format
// vertical`: every segment that is not only white space on a line of its own. The C
// baseline of the CLI comparison (Benchmarks/README.md, "Through the CLI"):
//   cc -O2 -o /tmp/icu_vertical Benchmarks/anchors/icu_vertical.c -licuuc -licudata
//   time /tmp/icu_vertical big.txt > /dev/null
//   time lesart tokenize --format vertical big.txt > /dev/null
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: icu_vertical FILE\n"); return 2; }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 1; }
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    fseek(in, 0, SEEK_SET);
    char *text = malloc(size > 0 ? size : 1);
    if (fread(text, 1, size, in) != (size_t)size) { perror("read"); return 1; }
    fclose(in);
    static char buffer[1 << 20];
    setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text, size, &status);
    UBreakIterator *it = ubrk_open(UBRK_WORD, "de", NULL, 0, &status);
    ubrk_setUText(it, &ut, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ICU: %s\n", u_errorName(status)); return 1; }
    long tokens = 0;
    for (int32_t start = ubrk_first(it), end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        int blank = 1;
        for (int32_t k = start; k < end && blank; k++) {
            unsigned char b = (unsigned char)text[k];
            blank = b == ' ' || b == '\n' || b == '\t' || b == '\r';
        }
        if (blank) continue;
        fwrite(text + start, 1, end - start, stdout);
        putchar('\n');
        tokens++;
    }
    fflush(stdout);
    fprintf(stderr, "%ld tokens\n", tokens);
    ubrk_close(it);
    utext_close(&ut);
    free(text);
    return 0;
}
