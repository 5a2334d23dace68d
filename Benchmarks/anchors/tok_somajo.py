"""SoMaJo (de_CMC): tokens and sentences, paragraph by paragraph."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
from somajo import SoMaJo  # noqa: E402

tokenizer = SoMaJo("de_CMC", split_camel_case=False)
texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for sentence in tokenizer.tokenize_text(texts):
    sentences += 1
    tokens += len(sentence)
report("somajo", size, tokens, sentences, timer.lap(), load)
