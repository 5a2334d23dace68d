"""syntok: segmenter.process (paragraphs, sentences, tokens)."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
from syntok import segmenter  # noqa: E402

texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for text in texts:
    for paragraph in segmenter.process(text):
        for sentence in paragraph:
            sentences += 1
            tokens += len(sentence)
report("syntok", size, tokens, sentences, timer.lap(), load)
