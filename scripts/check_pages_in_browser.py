#!/usr/bin/env python3
"""Load every page kind of `lesart render` and `lesart network --format html` in headless
Chromium (Debian's `chromium` package) and check them as a user's browser sees them.

For each page: fail on any console message (errors, failed loads, script exceptions);
dump the DOM after scripts ran and check that every entity and every stance record of
the input is present (render: one mark per entity index, one list item per record, per
document; network: every actor in the actor table, a label in the drawing for every
drawn actor, one path per drawn relation); save screenshots at 1280 px and at phone
width (390 px) with --screenshots DIR.

Page kinds: the sample corpus text, one sentence, a 5,000-word document, a batch of 20
documents, the network of the sample corpus, and a dated network of 70 actors.

Usage: python3 scripts/check_pages_in_browser.py [--lesart .build/debug/lesart] [--screenshots docs/]
Needs: apt-get install -y chromium.  Exit status 1 when a check fails.
"""
import argparse
import html.parser
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


class DOM(html.parser.HTMLParser):
    """Collects what the checks need from a dumped DOM."""

    def __init__(self):
        super().__init__()
        self.articles = []          # per article: {"entities": set(), "records": set(), "error": bool}
        self.actor_rows = []
        self.svg_labels = []
        self.edges = 0
        self._in = None
        self._text = ""
        self._table = None
        self._in_net = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article":
            self.articles.append({"entities": set(), "records": set(), "error": False})
        elif tag == "mark" and "ent" in classes and self.articles and "data-e" in a:
            self.articles[-1]["entities"].add(int(a["data-e"]))
        elif tag == "li" and "rec" in classes and self.articles:
            self.articles[-1]["records"].add(a.get("id"))
        elif tag == "p" and "error" in classes and self.articles:
            self.articles[-1]["error"] = True
        elif tag == "table" and "actors" in classes:
            self._table = "actors"
        elif tag == "svg":
            self._in_net = "net" in classes
        elif tag == "text" and self._in is None and self._in_net:
            self._in, self._text = "svgtext", ""
        elif tag == "path" and "edge" in classes:
            self.edges += 1
        elif tag == "td" and self._table == "actors" and self._in is None:
            self._in, self._text = "td", ""

    def handle_endtag(self, tag):
        if tag == "text" and self._in == "svgtext":
            self.svg_labels.append(self._text)
            self._in = None
        elif tag == "td" and self._in == "td":
            self.actor_rows.append(self._text)
            self._in = None
        elif tag == "table":
            self._table = None
        elif tag == "svg":
            self._in_net = False

    def handle_data(self, data):
        if self._in:
            self._text += data


def run(cmd, stdin=None):
    r = subprocess.run(cmd, input=stdin, capture_output=True)
    return r


def browse(path, problems, name, screenshots):
    """Dump the DOM of a page; record console messages as problems; optionally take screenshots."""
    url = "file://" + os.path.abspath(path)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
    r = subprocess.run(["chromium"] + flags + ["--dump-dom", url], capture_output=True, timeout=120)
    console = [l for l in r.stderr.decode("utf-8", "replace").splitlines() if ":CONSOLE" in l]
    for line in console:
        problems.append(f"{name}: console: {line}")
    if r.returncode != 0:
        problems.append(f"{name}: chromium exit {r.returncode}")
    if screenshots:
        for width, height, suffix in ((1280, 1500, ""), (390, 1400, "-phone")):
            out = os.path.join(screenshots, f"{name}{suffix}.png")
            subprocess.run(["chromium"] + flags + [f"--window-size={width},{height}", f"--screenshot={out}", url],
                           capture_output=True, timeout=120)
    dom = DOM()
    dom.feed(r.stdout.decode("utf-8"))
    return dom


def annotated_records(jsonl_text):
    return [json.loads(l) for l in jsonl_text.splitlines() if l.strip()]


def check_render(name, records, page, problems, screenshots):
    dom = browse(page, problems, name, screenshots)
    if len(dom.articles) != len(records):
        problems.append(f"{name}: {len(dom.articles)} documents on the page, {len(records)} in the input")
        return
    for k, (record, article) in enumerate(zip(records, dom.articles), 1):
        if "error" in record:
            if not article["error"]:
                problems.append(f"{name}: document {k}: the error record is not shown")
            continue
        want_entities = set(range(len(record.get("entities", []))))
        if article["entities"] != want_entities:
            missing = sorted(want_entities - article["entities"])[:10]
            problems.append(f"{name}: document {k}: entities missing from the page: {missing}")
        want_records = {f"d{k}-r{n}" for n in range(1, len(record.get("stances", [])) + 1)}
        if article["records"] != want_records:
            problems.append(f"{name}: document {k}: records missing from the page: {sorted(want_records - article['records'])[:10]}")
    print(f"{name}: {len(records)} document(s), {sum(len(a['entities']) for a in dom.articles)} entities, "
          f"{sum(len(a['records']) for a in dom.articles)} records on the page")


def check_network(name, lesart, jsonl_path, extra, page, problems, screenshots):
    dom = browse(page, problems, name, screenshots)
    with tempfile.TemporaryDirectory() as tmp:
        r = run([lesart, "network", "--output", tmp] + extra + [jsonl_path])
        nodes = [l.split(",")[0] for l in open(os.path.join(tmp, "nodes.csv"), encoding="utf-8").read().splitlines()[1:]]
    cells = set(dom.actor_rows)
    missing = [n for n in nodes if n.strip('"') not in cells]
    if missing:
        problems.append(f"{name}: actors missing from the actor table: {missing[:10]}")
    if not dom.svg_labels or dom.edges == 0:
        problems.append(f"{name}: no drawing (labels {len(dom.svg_labels)}, relations {dom.edges})")
    if len(dom.svg_labels) > 60:
        problems.append(f"{name}: {len(dom.svg_labels)} actors drawn, more than --max-nodes 60")
    print(f"{name}: {len(nodes)} actors in the table, {len(dom.svg_labels)} drawn, {dom.edges} relations drawn")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build/debug/lesart"))
    ap.add_argument("--screenshots", help="folder for PNG screenshots (e.g. docs/)")
    args = ap.parse_args()
    if subprocess.run(["which", "chromium"], capture_output=True).returncode != 0:
        print("check_pages_in_browser: chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 1
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    lesart = os.path.abspath(args.lesart)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        def path(n):
            return os.path.join(tmp, n)

        sample = os.path.join(ROOT, "Corpora/de/russland-allianzen.txt")
        sample_jsonl = run([lesart, "annotate", "--quiet", sample]).stdout
        open(path("sample.jsonl"), "wb").write(sample_jsonl)
        news = run([sys.executable, os.path.join(ROOT, "scripts/make_network_corpus.py"), "--documents", "600"]).stdout
        news_jsonl = run([lesart, "annotate", "--quiet"], stdin=news).stdout
        open(path("news.jsonl"), "wb").write(news_jsonl)
        news_records = annotated_records(news_jsonl.decode("utf-8"))
        texts = []
        for line in news.decode("utf-8").splitlines():
            texts.append(json.loads(line)["text"])
            if sum(len(t.split()) for t in texts) >= 5000:
                break
        long_text = "\n\n".join(" ".join(texts[k:k + 6]) for k in range(0, len(texts), 6))
        long_doc = json.dumps({"id": "5000 Wörter", "text": long_text}, ensure_ascii=False) + "\n"
        long_jsonl = run([lesart, "annotate", "--quiet"], stdin=long_doc.encode()).stdout
        one = run([lesart, "annotate", "--quiet"], stdin=b'{"id": "ein Satz", "text": "Teheran lieferte Moskau Drohnen."}\n').stdout
        batch_jsonl = b"".join(l + b"\n" for l in news_jsonl.splitlines()[:19]) + b'{"id": "kaputt", "text": \n'

        pages = [
            ("render-sample", [lesart, "render", sample], None, sample_jsonl),
            ("render-sentence", [lesart, "render"], one, one),
            ("render-5000-words", [lesart, "render"], long_jsonl, long_jsonl),
            ("render-batch", [lesart, "render"], batch_jsonl, None),
        ]
        for name, cmd, stdin, expected in pages:
            r = run(cmd, stdin)
            open(path(name + ".html"), "wb").write(r.stdout)
            if expected is None:  # the batch: 19 documents and an error record in place
                records = annotated_records(b"\n".join(news_jsonl.splitlines()[:19]).decode()) + [{"error": "line 20"}]
            else:
                records = annotated_records(expected.decode("utf-8"))
            words = sum(len(r.get("text", "").split()) for r in records)
            print(f"{name}: {words} words in the input")
            check_render(name, records, path(name + ".html"), problems, args.screenshots)
        r = run([lesart, "network", "--format", "html", path("sample.jsonl")])
        open(path("network-sample.html"), "wb").write(r.stdout)
        check_network("network-sample", lesart, path("sample.jsonl"), [], path("network-sample.html"), problems, args.screenshots)
        dated = ["--date-field", "date", "--bucket", "quarter"]
        r = run([lesart, "network", "--format", "html"] + dated + [path("news.jsonl")])
        open(path("network-news.html"), "wb").write(r.stdout)
        check_network("network-news", lesart, path("news.jsonl"), dated, path("network-news.html"), problems, args.screenshots)
        if len(news_records) != 600:
            problems.append(f"annotate gave {len(news_records)} records for 600 documents")
    for p in problems:
        print("FAIL " + p, file=sys.stderr)
    print("check_pages_in_browser: " + ("all pages passed" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
