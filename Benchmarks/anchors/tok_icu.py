"""Raw ICU through PyICU: word BreakIterator (locale de) counting the non-space segments
as tokens, and sentence BreakIterator counting sentences, on each paragraph. No German
rules at all. Python-level iteration dominates the time here; the C-level ICU figure is
the Swift suite's "ICU word break (baseline)"."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
import icu  # noqa: E402

locale = icu.Locale("de")
words = icu.BreakIterator.createWordInstance(locale)
sentence_breaker = icu.BreakIterator.createSentenceInstance(locale)
texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for text in texts:
    utext = icu.UnicodeString(text)
    words.setText(utext)
    start = words.first()
    for end in words:
        # a token is a segment that is not only white space
        if words.getRuleStatus() != 0 or str(utext[start:end]).strip():
            tokens += 1
        start = end
    sentence_breaker.setText(utext)
    sentences += sum(1 for _ in sentence_breaker)
report("icu", size, tokens, sentences, timer.lap(), load, version=icu.ICU_VERSION)
