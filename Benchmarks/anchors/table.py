"""Prints compare.sh's results (JSON lines from measure.py) as Markdown tables.

MB/s and tokens/s use the processing time (anchors: in-process, after loading; Lesart:
process wall time minus its start-up, measured on an empty input). The ratio column is
Lesart's MB/s over the anchor's, for the same job."""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]


def rate(row):
    # a processing time under 10 ms (start-up dominated) is below what this measures
    return row["bytes"] / row["seconds"] / 1e6 if row["bytes"] and row["seconds"] >= 0.01 else None


def tokens_rate(row):
    return row["tokens"] / row["seconds"] if row["tokens"] and row["seconds"] >= 0.01 else None


def table(job, title, lesart_tool, by_tokens=False):
    """by_tokens: the ratio compares tokens/s (the gazetteer anchors get no bytes)."""
    selected = [r for r in rows if r["job"] == job]
    if not selected:
        return
    lesart = next((r for r in selected if r["tool"] == lesart_tool), None)
    print(f"\n{title}\n")
    print("| tool | input MB | MB/s | tokens/s | peak RSS MB | Lesart/anchor | notes |")
    print("|---|---|---|---|---|---|---|")
    for r in selected:
        mbs, tps = rate(r), tokens_rate(r)
        ratio = "—"
        if lesart and not r["tool"].startswith("lesart"):
            mine, theirs = (tokens_rate(lesart), tps) if by_tokens else (rate(lesart), mbs)
            if mine and theirs:
                ratio = f"{mine / theirs:.2f}"
        cells = [r["tool"], f"{r['bytes'] / 1e6:.1f}" if r["bytes"] else "—",
                 f"{mbs:.2f}" if mbs else "—", f"{tps / 1e6:.2f} M" if tps else "—",
                 f"{r['rss_kb'] / 1024:.0f}", ratio, r.get("note", "")]
        print("| " + " | ".join(cells) + " |")


table("tokenize", "Tokens + sentences (one core, median of the runs)", "lesart tokenize")
table("gazetteer", "Gazetteer matching over the same token stream (one core; ratio in tokens/s)",
      "lesart annotate --stages entities", by_tokens=True)
table("pipeline", "Whole pipeline (one core unless stated)", "")
table("news", "Real news: DER STANDARD articles as JSON lines, whole pipeline (one core unless stated)", "")

# The speed-up of all threads over one on each corpus that has both rows.
for job in ("pipeline", "news"):
    selected = [r for r in rows if r["job"] == job and rate(r)]
    one = next((r for r in selected if "1 thread" in r["tool"]), None)
    many = [r for r in selected if "threads" in r["tool"]]
    if one and many:
        print(f"\n{job}: {many[0]['tool']} / {one['tool']} = x{rate(many[0]) / rate(one):.2f}")
