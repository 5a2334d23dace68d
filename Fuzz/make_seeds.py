#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the project's own texts.

Usage: make_seeds.py OUT_DIR

- FuzzTokenizer: paragraphs of Corpora/de/*.txt and Fuzz/seeds/*.txt and the test
  sentences (string literals of Tests/), with an option byte (strict/lossy, both conventions);
- FuzzOffsets: the same paragraphs;
- FuzzPipeline: the paragraphs as JSON lines {"id", "text"} and as raw text;
- FuzzJSONObject: those JSON lines and the hand-written records of Fuzz/seeds/json.jsonl;
- FuzzLexicon, FuzzLexiconLoad: for every lexicon file a FuzzLexiconLoad input stands for, its index as
  the option byte followed by the file's first 40 lines.
"""
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# As LexiconDecoders.files lists them: the option byte of a FuzzLexiconLoad input indexes this list.
LEXICON_FILES = sorted(f"{folder}/{path.name}" for folder in ("common", "de", "gazetteer", "stance")
                       for path in (ROOT / "Lexicons" / folder).iterdir() if path.suffix in (".txt", ".tsv"))


def write(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def paragraphs() -> list[str]:
    found = []
    for path in sorted((ROOT / "Corpora").rglob("*.txt")) + sorted((ROOT / "Fuzz/seeds").glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            block = block.strip()
            if block:
                found.append(block[:3000])
    # Sentences the tests use (string literals with a space and a letter).
    for path in sorted((ROOT / "Tests").rglob("*.swift")):
        for literal in re.findall(r'"((?:[^"\\\n]|\\.){8,300})"', path.read_text(encoding="utf-8")):
            if " " in literal and re.search(r"[A-Za-zÄÖÜäöüß]{3}", literal) and "\\(" not in literal:
                found.append(literal.replace("\\n", "\n").replace('\\"', '"'))
    return found


def main() -> None:
    out = Path(sys.argv[1])
    shutil.rmtree(out, ignore_errors=True)  # seeds are regenerated each run; the corpus is kept elsewhere
    texts = paragraphs()
    for index, text in enumerate(texts):
        raw = text.encode("utf-8")
        write(out / "FuzzTokenizer", bytes([index % 4]) + raw)
        write(out / "FuzzOffsets", bytes([index % 7]) + raw)
        line = json.dumps({"id": index, "text": text}, ensure_ascii=index % 2 == 0).encode("utf-8")
        write(out / "FuzzPipeline", line)
        write(out / "FuzzPipeline", raw)
        write(out / "FuzzJSONObject", line)
    for line in (ROOT / "Fuzz/seeds/json.jsonl").read_bytes().splitlines():
        write(out / "FuzzJSONObject", line)
        write(out / "FuzzPipeline", line)
    for index, name in enumerate(LEXICON_FILES):
        head = b"".join((ROOT / "Lexicons" / name).read_bytes().splitlines(keepends=True)[:40])
        write(out / "FuzzLexicon", bytes([index]) + head)
        write(out / "FuzzLexiconLoad", bytes([index]) + head)
    print(f"seeds: {len(texts)} paragraphs, {len(LEXICON_FILES)} lexicon files -> {out}")


if __name__ == "__main__":
    main()
