#!/usr/bin/env bash
# The Spark scale-out recipe, end to end on one machine: installs pyspark into a cached
# virtualenv (reused when present), makes a German JSONL test corpus with malformed lines
# on purpose, runs scripts/spark_annotate.py (lesart annotate under RDD.pipe) in local
# mode, and checks count and order, then compares the Spark output with a plain
# `lesart annotate` run over the same file. Exit status 0 only if every check passes.
#
#   bash scripts/run_spark_recipe.sh
#
# Settings (environment):
#   LINES=20000           corpus lines          PARTITIONS=4   textFile partitions
#   JOBS=1                lesart --jobs          MASTER=local[2]
#   LESART=.build/release/lesart (built with `swift build -c release` when missing)
#   SPARK_VENV=${XDG_CACHE_HOME:-~/.cache}/lesart/spark-venv   PYSPARK_SPEC=pyspark
#   KEEP=1 keeps the work folder (corpus, Spark output, logs) instead of deleting it.
#   NEGATIVE=0 skips the two negative tests (a stand-in lesart that swaps or drops a line).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINES="${LINES:-20000}"
PARTITIONS="${PARTITIONS:-4}"
JOBS="${JOBS:-1}"
MASTER="${MASTER:-local[2]}"
LESART="${LESART:-$ROOT/.build/release/lesart}"
SPARK_VENV="${SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/lesart/spark-venv}"
PYSPARK_SPEC="${PYSPARK_SPEC:-pyspark}"

say() { printf 'spark-recipe: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- Java (Spark 4 needs 17 or later) --------------------------------------------------
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "${JAVA_HOME}/bin/java" ]; then
  command -v java >/dev/null \
    || die "no java on PATH; install one, e.g. apt-get install -y openjdk-17-jre-headless"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME
java_major="$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
[ -n "$java_major" ] && [ "$java_major" -ge 17 ] \
  || die "Spark 4 needs Java 17 or later; $JAVA_HOME/bin/java is version ${java_major:-unknown}"
say "java $java_major at $JAVA_HOME"

# --- lesart ------------------------------------------------------------------------------
if [ ! -x "$LESART" ]; then
  say "building lesart (swift build -c release)"
  (cd "$ROOT" && swift build -c release)
fi
[ -x "$LESART" ] || die "no lesart binary at $LESART"

# --- pyspark in a cached virtualenv ----------------------------------------------------
if [ ! -x "$SPARK_VENV/bin/python" ] || ! "$SPARK_VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
  say "installing $PYSPARK_SPEC into $SPARK_VENV"
  mkdir -p "$(dirname "$SPARK_VENV")"
  python3 -m venv "$SPARK_VENV"
  "$SPARK_VENV/bin/pip" install --quiet --disable-pip-version-check "$PYSPARK_SPEC"
fi
PY="$SPARK_VENV/bin/python"
say "pyspark $("$PY" -c 'import pyspark; print(pyspark.__version__)') in $SPARK_VENV"
export PYSPARK_PYTHON="$PY" PYSPARK_DRIVER_PYTHON="$PY"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"   # local mode: loopback only

# --- the test corpus -------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lesart-spark.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  say "work folder (kept): $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
CORPUS="$WORK/corpus.jsonl"
MALFORMED="$("$PY" - "$CORPUS" "$LINES" <<'PYEOF'
import json, random, sys
path, total = sys.argv[1], int(sys.argv[2])
sentences = [
    "Moskau drohte der Ukraine am Montag mit neuen Sanktionen.",
    "Die Bundesregierung in Berlin kündigte weitere Hilfen für Kiew an.",
    "Teheran lieferte Moskau nach Angaben der Geheimdienste Drohnen.",
    "Frankreich und Deutschland wollen die Zusammenarbeit in der EU vertiefen.",
    "Der Kreml wies die Vorwürfe aus Washington am Abend zurück.",
    "Peking unterstützt Russland nicht mehr so offen wie im vergangenen Jahr.",
    "Am 3. Okt. sprach Dr. Müller in Hamburg über die Energiepreise.",
    "Die Spannungen zwischen Serbien und dem Kosovo nehmen wieder zu.",
    "Polen forderte die NATO auf, die Ostflanke zu stärken.",
    "Die Türkei vermittelte zwischen Russland und der Ukraine beim Getreideabkommen.",
    "In München demonstrierten am Samstag rund 5000 Menschen für den Frieden.",
    "Der Bundestag beschließt das Gesetz voraussichtlich im Herbst.",
    "Laut Bericht der Zeitung will Ungarn den Beitritt Schwedens weiter blockieren.",
    "Die Vereinigten Staaten sagten Israel zusätzliche Unterstützung zu.",
    "Japan verurteilte den Raketentest Nordkoreas scharf.",
    "Die Preise für Gas sind seit Januar um 12,5 Prozent gestiegen.",
    "Kanzler Scholz reiste nach Paris, um mit Präsident Macron zu sprechen.",
    "Die Opposition kritisierte die Pläne als unausgegoren.",
    "Es regnete den ganzen Tag, und die Straßen in Köln standen unter Wasser.",
    "Die EU-Kommission prüft ein Verfahren gegen den Konzern.",
    "Kiew distanzierte sich von den Äußerungen des Botschafters.",
    "Wer die Nachrichten verfolgt, weiß: Die Lage bleibt angespannt.",
    "Die Schüler*innen der 10. Klasse besuchten das Museum in Dresden.",
    "Großbritannien droht Iran mit weiteren Strafmaßnahmen.",
    "Die Gespräche in Genf wurden ohne Ergebnis vertagt.",
    "Mehr Infos unter https://example.org/nachrichten oder per Mail an info@example.org.",
    "Österreich und die Schweiz planen eine gemeinsame Stromtrasse.",
    "Die Ukraine erhielt aus Dänemark und den Niederlanden Kampfjets.",
    "Bürgermeisterin Schmidt eröffnete am Freitag die neue Brücke über den Rhein.",
    "„Wir lassen uns nicht erpressen“, sagte die Außenministerin in Brüssel.",
]
rng = random.Random(20240501)
malformed = 0
with open(path, "w", encoding="utf-8") as out:
    for n in range(1, total + 1):
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            text += "\n\n" + rng.choice(sentences)        # a paragraph break inside the text
        kind = n % 10
        if kind in (0, 1, 2, 3, 4):
            record = {"id": f"de-{n:06d}", "text": text}
        elif kind in (5, 6):
            record = {"id": 900000 + n, "text": text}          # numeric id
        elif kind == 7:
            record = {"id": f"src/{rng.randint(1, 99)}/{n}", "text": text, "quelle": "test"}
        elif kind == 8:
            record = {"text": text, "id": f"ü-{n}"}
        else:
            record = {"id": f"x{n}", "text": text, "datum": f"2024-05-{n % 28 + 1:02d}"}
        line = json.dumps(record, ensure_ascii=(n % 3 == 0))
        if n % 499 == 0:
            line, malformed = "das ist kein JSON", malformed + 1
        elif n % 997 == 0:
            line, malformed = "", malformed + 1                    # an empty line
        elif n % 1009 == 0:
            line, malformed = json.dumps({"id": f"kaputt-{n}", "text": 42}), malformed + 1
        elif n % 1013 == 0:
            line, malformed = json.dumps({"id": f"ohne-text-{n}"}), malformed + 1
        elif n % 1019 == 0:
            line, malformed = json.dumps([n, text]), malformed + 1
        elif n % 1021 == 0:
            line = json.dumps({"text": text})                       # no id: lesart uses the line number
        out.write(line + "\n")
print(malformed)
PYEOF
)"
say "corpus: $LINES lines ($(du -h "$CORPUS" | cut -f1)), $MALFORMED malformed on purpose"

# --- Spark -------------------------------------------------------------------------------
say "running scripts/spark_annotate.py on $MASTER, $PARTITIONS partitions, lesart --jobs $JOBS"
start=$(date +%s.%N)
set +e
"$PY" "$ROOT/scripts/spark_annotate.py" --master "$MASTER" --lesart "$LESART" \
  --input "$CORPUS" --output "$WORK/out" --partitions "$PARTITIONS" --jobs "$JOBS" \
  --expect-errors "$MALFORMED" 2> "$WORK/spark.log"
status=$?
set -e
# Spark's start-up chatter and lesart's per-partition summaries stay in the log; the
# report, the check and any error are shown.
grep -v -e '^lesart: [0-9]* documents' -e '^lesart: stdin: line ' -e 'NativeCodeLoader' -e '^Setting default log level' \
  -e '^To adjust logging level' -e 'WARN Utils: ' -e 'Using incubator modules' -e '^Using Spark.s default log4j' \
  "$WORK/spark.log" >&2 || true
end=$(date +%s.%N)
spark_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
[ "$status" -eq 0 ] || die "the Spark check failed (exit status $status)"

# --- the check must catch what it is there for ----------------------------------------
# Two broken stand-ins for lesart, run on the first 3000 lines: one swaps two output
# lines, one loses a line. The check has to fail on both (exit status 1).
if [ "${NEGATIVE:-1}" = 1 ]; then
  head -n 3000 "$CORPUS" > "$WORK/small.jsonl"
  for broken in swap drop; do
    case "$broken" in
      swap) filter="awk 'NR==100 { held = \$0; next } NR==101 { print; print held; next } { print }'" ;;
      drop) filter="awk 'NR != 200'" ;;
    esac
    printf '#!/bin/sh\n"%s" "$@" | %s\n' "$LESART" "$filter" > "$WORK/lesart-$broken"
    chmod +x "$WORK/lesart-$broken"
    set +e
    "$PY" "$ROOT/scripts/spark_annotate.py" --master "$MASTER" --lesart "$WORK/lesart-$broken" \
      --input "$WORK/small.jsonl" --output "$WORK/out-$broken" --partitions 2 --jobs "$JOBS" \
      --show 3 2> "$WORK/spark-$broken.log"
    broken_status=$?
    set -e
    if [ "$broken_status" -eq 1 ] && grep -q '^CHECK FAILED' "$WORK/spark-$broken.log"; then
      say "negative test '$broken': the check failed as it must:"
      grep -A3 '^CHECK FAILED' "$WORK/spark-$broken.log" | sed 's/^/    /' >&2
    else
      cat "$WORK/spark-$broken.log" >&2
      die "negative test '$broken': the check did not fail (exit status $broken_status)"
    fi
  done
fi

# --- the same corpus without Spark ---------------------------------------------------
start=$(date +%s.%N)
"$LESART" annotate --quiet --jobs 2 < "$CORPUS" > "$WORK/plain.jsonl" 2>/dev/null || true
end=$(date +%s.%N)
plain_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
cat "$WORK"/out/part-* > "$WORK/spark.jsonl"
"$PY" - "$CORPUS" "$WORK/spark.jsonl" "$WORK/plain.jsonl" <<'PYEOF'
# The results themselves must not depend on Spark: equal line by line, except the ids of
# id-less lines (lesart numbers the lines of its own input, per partition under Spark)
# and the line numbers in error messages.
import json, sys
def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]
corpus, spark, plain = (read(p) for p in sys.argv[1:4])
if not len(corpus) == len(spark) == len(plain):
    sys.exit(f"spark-recipe: COMPARE FAILED: {len(corpus)} corpus lines, {len(spark)} Spark "
             f"lines, {len(plain)} plain lines")
def has_id(line):
    try:
        record = json.loads(line)
    except ValueError:
        return True
    return not isinstance(record, dict) or "id" in record
def norm(line, keep_id):
    record = json.loads(line)
    if "error" in record:
        record["error"] = True
    if not keep_id:
        record.pop("id", None)
    return record
same, renumbered, bad = 0, 0, []
for n, (source, a, b) in enumerate(zip(corpus, spark, plain), 1):
    if a == b:
        same += 1
    elif norm(a, has_id(source)) == norm(b, has_id(source)):
        renumbered += 1
    else:
        bad.append(n)
if bad:
    sys.exit(f"spark-recipe: COMPARE FAILED: {len(bad)} lines differ from the plain run, "
             f"first at line {bad[0]}")
print(f"spark-recipe: COMPARE OK: the {len(spark)} Spark lines equal a plain `lesart annotate` "
      f"run ({same} byte for byte, {renumbered} up to partition-local line numbers)",
      file=sys.stderr)
PYEOF
say "figures: $LINES documents, $PARTITIONS partitions ($MASTER, --jobs $JOBS): Spark run ${spark_seconds} s wall (JVM start included); plain lesart --jobs 2: ${plain_seconds} s"
