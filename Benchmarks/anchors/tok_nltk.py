"""NLTK without its German Punkt model: the punkt/punkt_tab data cannot be downloaded
here and no PyPI package ships it, so sentences come from an *untrained*
PunktSentenceTokenizer (default parameters, no German abbreviation list) and words from
NLTKWordTokenizer, which is what nltk.word_tokenize applies after Punkt. Not the
accuracy of nltk.word_tokenize(text, language="german"); the speed should be close."""
from common import Timer, arguments, paragraphs, report

args = arguments(__doc__)
timer = Timer()
import nltk  # noqa: E402
from nltk.tokenize import NLTKWordTokenizer  # noqa: E402
from nltk.tokenize.punkt import PunktSentenceTokenizer  # noqa: E402

sentence_tokenizer = PunktSentenceTokenizer()
word_tokenizer = NLTKWordTokenizer()
texts, size = paragraphs(args.corpus, args.prefix_mb)
load = timer.lap()
tokens = sentences = 0
for text in texts:
    for sentence in sentence_tokenizer.tokenize(text):
        sentences += 1
        tokens += len(word_tokenizer.tokenize(sentence))
report("nltk", size, tokens, sentences, timer.lap(), load, version=nltk.__version__,
       note="untrained Punkt, no German model")
