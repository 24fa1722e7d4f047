#!/usr/bin/env python3
"""Render the corpus's UN Akoma Ntoso files as "XML turned into plain text".

    python3 scripts/akn_to_text.py ../shared/corpus/akn OUT_DIR
    python3 ../shared/tools/score.py --cmd 'target/release/clausemark parse --format json {file}' OUT_DIR

Three of the real texts of the corpus (real/04, 10 and 12) are UNxml XML
turned into plain text: one block per line with a blank line between blocks,
the cover page a line per field, operative paragraphs and items as
`num<TAB>text`, footnote markers inline as bare digits right after the word
or punctuation they follow, and every footnote at the end under a rule of
underscores (`1 Resolution 2625 (XXV), annex.`). This script writes that
form for every `*.akn.xml` of the development corpus, next to a copy of its
`expected.json`, so the plain-text reader is checked on 300 such documents
(six languages) rather than three. The ground truth is the corpus's own: the
script only changes the layout. It is a check of the reader, not a test
fixture generator; nothing it writes is committed.
"""
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def local(e):
    return e.tag.split("}")[-1]


class Notes:
    def __init__(self):
        self.list = []  # (marker, text)


def inline(e, notes):
    """The text of an inline element, authorial notes as their bare markers."""
    out = [e.text or ""]
    for c in e:
        tag = local(c)
        if tag == "authorialNote":
            marker = c.get("marker", "")
            text = " ".join(" ".join("".join(p.itertext()).split()) for p in c)
            notes.list.append((marker, text))
            out.append(marker)
        elif tag == "eol":
            out.append("\x00")
        else:
            out.append(inline(c, notes))
        out.append(c.tail or "")
    return "".join(out)


def clean(s):
    """White space collapsed; a line break (`eol`) kept as one."""
    def line(x):
        # a run of white space with a tab in it stays a tab (`\t3\tCalls
        # upon`: a number kept in the text); the line's ends are trimmed
        return re.sub(r"\s+", lambda m: "\t" if "\t" in m.group() else " ", x).strip()

    return "\n".join(line(x) for x in s.split("\x00")).strip()


def blocks_of(e, notes, out):
    """Blocks (lines) of a hierarchical element, in document order."""
    tag = local(e)
    if tag in ("p", "heading", "subheading", "listIntroduction", "listWrapUp"):
        t = clean(inline(e, notes))
        if t:
            out.append(t)
        return
    if tag in ("paragraph", "point", "item", "section", "division", "part", "chapter", "subsection"):
        num = e.find(NS + "num")
        kids = [c for c in e if local(c) != "num"]
        # the number goes before the first block of the element
        sub = []
        for c in kids:
            blocks_of(c, notes, sub)
        if num is not None and (num.text or "").strip():
            n = clean(inline(num, notes))
            if sub:
                sub[0] = n + "\t" + sub[0]
            else:
                sub = [n]
        out.extend(sub)
        return
    for c in e:
        blocks_of(c, notes, out)


def render(path):
    root = ET.parse(path).getroot()
    doc = next(iter(root))
    notes = Notes()
    lines = []
    for part in doc:
        tag = local(part)
        if tag == "meta":
            continue
        if tag == "attachments":
            for att in part:
                blocks_of(att, notes, lines)
            continue
        blocks_of(part, notes, lines)
    text = "\n\n".join(lines)
    if notes.list:
        text += "\n\n_______________\n\n" + "\n\n".join(f"{m} {t}" for m, t in notes.list)
    return text + "\n"


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".akn.xml"):
            continue
        stem = name[: -len(".akn.xml")]
        expected = os.path.join(src, stem + ".expected.json")
        if not os.path.exists(expected):
            continue
        with open(os.path.join(dst, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(render(os.path.join(src, name)))
        shutil.copy(expected, os.path.join(dst, stem + ".expected.json"))
        n += 1
    print(f"{n} documents written to {dst}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
