#!/usr/bin/env python3
"""Score the plain-text reader on other layouts of the corpus's text layers.

    python3 scripts/text_layouts.py [LAYOUT ...]

The corpus's `.txt` renditions have one layout of a PDF's text layer. Other
extractors (pdftotext, a PDF viewer's copy) give the same words otherwise:
the footer's job number and page number on one line, the running header's
symbol and title on one line, page numbers as `- 2 -` or `Page 2 of 6`, no
blank line between paragraphs, indented lines. This writes each layout of
every `akn/*.txt` to /tmp/clausemark-layouts/LAYOUT/ next to a copy of its
expected.json, and scores the release binary on it with the corpus scorer.
Only the layout changes, so a layout should score as `base` does.
"""
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "corpus", "akn")
OUT = "/tmp/clausemark-layouts"

LAYOUTS = {
    "base": lambda s: s,
    "crlf": lambda s: s.replace("\n", "\r\n"),
    "number-gap": lambda s: re.sub(r"(?m)^(\d+)\. ", r"\1.     ", s),
    "number-tab": lambda s: re.sub(r"(?m)^(\d+)\. ", "\\1.\t", s),
    "first-line-indent": lambda s: re.sub(r"(\n\n|\f)(?=\S)", r"\1     ", s),
    "justified": lambda s: re.sub(r"(?<=[a-z,]) (?=[a-z])", "  ", s),
    "no-form-feed": lambda s: s.replace("\f", "\n"),
    "indented": lambda s: re.sub(r"(?m)^(?=\S)", "    ", s),
    "trailing-spaces": lambda s: re.sub(r"(?m)(?<=\S)$", "  ", s),
    "footer-one-line": lambda s: re.sub(r"(?m)^(\d\d-\d{5}(?: \(\w\))?)\n(\d+/\d+)$", r"\1        \2",
                                        re.sub(r"(?m)^(\d+/\d+)\n(\d\d-\d{5})$", r"\1        \2", s)),
    "header-one-line": lambda s: re.sub(r"(?m)^(A/(?:HRC/)?RES/\S+)\n(.+)\n", r"\1        \2\n", s),
    "page-dashes": lambda s: re.sub(r"(?m)^(\d+)/(\d+)$", r"- \1 -", s),
    "page-of": lambda s: re.sub(r"(?m)^(\d+)/(\d+)$", r"Page \1 of \2", s),
    "no-blank-lines": lambda s: re.sub(r"\n\n+", "\n", s),
    # (blank lines on the cover page only, none between paragraphs)
    "blank-lines-on-cover-only": lambda s: (lambda m: s[:m.end()] + re.sub(r"\n\n+", "\n", s[m.end():]) if m else s)(
        re.search(r"(?m)^(?:\d+/\d+\.|Resolution \d+ \(|Résolution \d+ \(|决议|\S+/\d+\.).*\n", s)),
    # (a blank line after every line, as some PDF extractors write it)
    "double-spaced": lambda s: re.sub(r"\n+", "\n\n", s),
    # (a report's running header: another symbol than the resolution's)
    "report-header": lambda s: re.sub(r"(\f\n?)A/(?:HRC/)?RES/[^\n]*", r"\1E/CN.7/2010/18", s),
}


def main():
    names = sys.argv[1:] or list(LAYOUTS)
    binary = os.path.join(ROOT, "target", "release", "clausemark")
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    for name in names:
        d = os.path.join(OUT, name)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            stem = f[:-4]
            with open(os.path.join(SRC, f), encoding="utf-8", newline="") as fh:
                text = fh.read()
            with open(os.path.join(d, f), "w", encoding="utf-8", newline="") as fh:
                fh.write(LAYOUTS[name](text))
            shutil.copy(os.path.join(SRC, stem + ".expected.json"), d)
        out = subprocess.run(["python3", os.path.join(ROOT, "..", "shared", "tools", "score.py"), "-j", "2",
                              "--cmd", binary + " parse --format json {file}", d],
                             capture_output=True, text=True).stdout
        summary = [l for l in out.splitlines() if l.startswith("exact")]
        print(f"{name:18} {summary[0] if summary else out[-400:]}", flush=True)


if __name__ == "__main__":
    main()
