"""BlingFire: text_to_sentences, then text_to_words on each sentence (its default,
language-independent model; BlingFire has no German-specific one)."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
import blingfire  # noqa: E402

texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for text in texts:
    for sentence in blingfire.text_to_sentences(text).split("\n"):
        if sentence:
            sentences += 1
            tokens += len(blingfire.text_to_words(sentence).split(" "))
report("blingfire", size, tokens, sentences, timer.lap(), load)
