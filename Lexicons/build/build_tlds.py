#!/usr/bin/env python3
"""Generate Lexicons/common/tlds.txt from the Public Suffix List.

Source: the Debian package `publicsuffix`
(/usr/share/publicsuffix/public_suffix_list.dat), licence MPL-2.0.
Install it with:  apt-get install -y publicsuffix

Output: the top-level labels (the rightmost label of every rule in the
ICANN section), ASCII only, lowercase, sorted, one per line, after a
header naming the source, the package version and the licence.
Internationalised TLDs, which the list spells in Unicode, are skipped.

Usage:
    python3 Lexicons/build/build_tlds.py > Lexicons/common/tlds.txt
    python3 Lexicons/build/build_tlds.py --output Lexicons/common/tlds.txt
    python3 Lexicons/build/build_tlds.py --input path/to/public_suffix_list.dat

The output depends only on the input file and the package version, so it
is deterministic.
"""
import argparse
import subprocess
import sys

DEFAULT_INPUT = "/usr/share/publicsuffix/public_suffix_list.dat"


def package_version():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "publicsuffix"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown (dpkg-query failed)"


def icann_tlds(path):
    tlds = set()
    in_icann = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("// ===BEGIN ICANN DOMAINS==="):
                in_icann = True
                continue
            if line.startswith("// ===END ICANN DOMAINS==="):
                break
            if not in_icann or not line or line.startswith("//"):
                continue
            rule = line.split()[0].lstrip("!")
            label = rule.rsplit(".", 1)[-1].lower()
            if label and label != "*" and label.isascii() and label.replace("-", "").isalnum():
                tlds.add(label)
    if not in_icann:
        sys.exit(f"{path}: no ICANN section found")
    return sorted(tlds)


def render(tlds, version, path):
    header = [
        "# Lexicons/common/tlds.txt -- top-level domain labels.",
        "#",
        "# GENERATED FILE, do not edit: python3 Lexicons/build/build_tlds.py",
        "#",
        "# Used by: the tokenizer, to recognise URLs written without a scheme",
        "# (\"spiegel.de/politik\", \"kla.tv/dokus\") by their last domain label.",
        "#",
        "# Format: one label per line, lowercase ASCII, sorted.  Internationalised",
        "# TLDs (written in Unicode in the source) are not included.",
        "#",
        f"# Source: Public Suffix List, ICANN section, {path}",
        f"#         from the Debian package publicsuffix, version {version}.",
        "# Licence: Mozilla Public License 2.0 (MPL-2.0), https://mozilla.org/MPL/2.0/",
        f"# Entries: {len(tlds)}",
        "",
    ]
    return "\n".join(header + tlds) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output", help="write here instead of standard output")
    args = ap.parse_args()
    text = render(icann_tlds(args.input), package_version(), args.input)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
