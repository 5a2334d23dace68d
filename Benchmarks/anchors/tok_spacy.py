"""spaCy: spacy.blank("de") (the rule-based German tokenizer) plus the sentencizer,
no statistical model."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
import spacy  # noqa: E402

nlp = spacy.blank("de")
nlp.add_pipe("sentencizer")
texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for doc in nlp.pipe(texts, batch_size=256):
    tokens += len(doc)
    sentences += sum(1 for _ in doc.sents)
report("spacy", size, tokens, sentences, timer.lap(), load, version=spacy.__version__)
