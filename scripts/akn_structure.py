#!/usr/bin/env python3
"""Compare clausemark's Akoma Ntoso export with the UN's own AKN4UN files.

For every dev document NAME with NAME.akn.xml in the corpus's akn/ folder,
export NAME.md and NAME.txt with `clausemark parse --format akn` and compare
with NAME.akn.xml:

  containers   number of preamble/container
  names        the container names (lead phrases) in order (case-insensitive;
               a name cut at the end of a word or of the first of several
               adjacent italic spans is extended as the corpus extends leads)
  paragraphs   number of operative paragraphs (mainBody/paragraph that are
               not headings)
  nums         their numbers in order (without dots, dashes, brackets)
  points       number of points (point/item) per nesting level
  notes        number of authorialNote elements

The UN's files are read with the same normalisations the corpus's
expected.json applies (README of the corpus): heading-styled paragraphs
(class H1/H23/..., subheading-only, bold-only) are headings, not paragraphs;
a numberless paragraph whose text starts with a printed label `(a)`/`(i)`
is a point of the paragraph before (level 2 for a roman label after a
lettered point), and one starting with a bare number is that paragraph.

Prints the share of renditions whose structure is identical and the
differences by kind.

    python3 scripts/akn_structure.py [--bin target/release/clausemark] [--corpus ../shared/corpus] [-v]
"""
import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LABEL = re.compile(r"^\s*(\(([a-z]{1,5}|\d{1,3})\)|([a-z]{1,5})\)|(\d{1,3})\.?)(\t| (?=\S)|$)")
ROMAN = re.compile(r"^[ivx]+$")


def tag(e):
    return e.tag.replace(NS, "")


def text_of(e):
    """Words of e without authorial notes."""
    out = []

    def walk(x):
        if tag(x) == "authorialNote":
            if x.tail:
                out.append(x.tail)
            return
        if x.text:
            out.append(x.text)
        for c in x:
            walk(c)
        if x.tail and x is not e:
            out.append(x.tail)

    walk(e)
    return "".join(out)


def first_raw_text(e):
    """The first non-blank text node in e (document order), skipping num and notes."""
    if tag(e) in ("num", "authorialNote"):
        return None
    if e.text and e.text.strip():
        return e.text
    for c in e:
        t = first_raw_text(c)
        if t is not None:
            return t
        if c.tail and c.tail.strip():
            return c.tail
    return None


def emphasis_run(c):
    """The emphasized phrase that opens the container's first p: adjacent
    spans of one class with nothing between them are one phrase
    (`<span>S</span><span>trongly condemning also</span>`)."""
    p = c.find(NS + "p")
    if p is None or (p.text or "").strip() or not len(p) or tag(p[0]) != "span":
        return None
    cls = p[0].get("class")
    run = ""
    for x in p:
        if tag(x) != "span" or x.get("class") != cls:
            break
        run += "".join(x.itertext())
        if x.tail:
            break
    return " ".join(run.split())


def container_name(c):
    """The container's name, extended to the end of a word when it stops
    inside one in the text (`Rappelan` + `t`), as the corpus does for leads,
    and to the end of the emphasized phrase when the name is only the first
    of the spans that phrase is split into (the UN names a container by its
    first span: `S` for `<span>S</span><span>trongly condemning also</span>`)."""
    name = " ".join((c.get("name") or "").split())
    run = emphasis_run(c)
    if run and name and run.startswith(name) and len(run) > len(name):
        first = " ".join("".join(c.find(NS + "p")[0].itertext()).split())
        if first == name:
            name = run
    text = " ".join(text_of(c).split())
    if name and text.startswith(name):
        end = len(name)
        while end < len(text) and text[end].isalnum():
            end += 1
        name = text[:end]
    return name.rstrip(",;:，、：；،").strip().casefold()


def norm_num(n):
    return re.sub(r"[\s().\-–]", "", n or "")


def is_heading(p):
    kids = [tag(c) for c in p]
    if any(k in ("heading", "subheading") for k in kids) and all(k in ("heading", "subheading", "num") for k in kids):
        return True
    if p.find(NS + "num") is not None:
        return False
    cls = p.get("class") or ""
    if re.match(r"^H\d", cls):
        return bool(text_of(p).strip())
    content = p.find(NS + "content")
    if content is None:
        return False
    ps = list(content)
    if len(ps) != 1 or tag(ps[0]) != "p":
        return False
    spans = [c for c in ps[0]]
    return (
        len(spans) == 1
        and tag(spans[0]) == "span"
        and spans[0].get("class") == "bold"
        and not (ps[0].text or "").strip()
        and not (spans[0].tail or "").strip()
    )


def points(e, level, counts, labels):
    """Count point/item elements under e by level."""
    for c in e:
        t = tag(c)
        if t in ("point", "item"):
            counts[level] += 1
            n = c.find(NS + "num")
            labels.append((level, norm_num(n.text if n is not None else "")))
            points(c, level + 1, counts, labels)
        elif t in ("list", "blockList", "intro", "content", "listIntroduction"):
            points(c, level, counts, labels)
        elif t == "sublist":
            points(c, level + 1, counts, labels)


def structure(path):
    root = ET.parse(path).getroot()
    st = root.find(NS + "statement")
    if st is None:
        st = root[0]
    s = {"containers": 0, "names": [], "paragraphs": 0, "nums": [], "points": Counter(), "notes": 0}
    pre = st.find(NS + "preamble")
    if pre is not None:
        for c in pre:
            if tag(c) == "container":
                s["containers"] += 1
                s["names"].append(container_name(c))
    mb = st.find(NS + "mainBody")
    last_labels = []
    if mb is not None:
        for p in mb.iter(NS + "paragraph"):
            if is_heading(p):
                continue
            num = p.find(NS + "num")
            n = num.text if num is not None else None
            if n is None:
                raw = first_raw_text(p) or ""
                m = LABEL.match(raw)
                if m and (m.group(2) or m.group(3)) and not (m.group(2) or "").isdigit():
                    lab = m.group(2) or m.group(3)
                    prev = last_labels[-1][1] if last_labels else None
                    roman = ROMAN.match(lab) and last_labels and not (
                        (lab, prev) in (("i", "h"), ("v", "u"), ("x", "w"))
                    )
                    level = 2 if roman else 1
                    s["points"][level] += 1
                    last_labels.append((level, lab))
                    continue
                if m and (m.group(4) or (m.group(2) or "").isdigit()):
                    n = m.group(4) or m.group(2)
            s["paragraphs"] += 1
            s["nums"].append(norm_num(n))
            labels = []
            points(p, 1, s["points"], labels)
            last_labels = labels
    s["notes"] = sum(1 for _ in st.iter(NS + "authorialNote"))
    s["points"] = dict(sorted(s["points"].items()))
    return s


def export(binary, src):
    r = subprocess.run([binary, "parse", "--format", "akn", src], capture_output=True, timeout=60)
    return r.stdout


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(here, "target/release/clausemark"))
    ap.add_argument("--corpus", default=os.environ.get("CLAUSEMARK_CORPUS", os.path.join(here, "../shared/corpus")))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    a = ap.parse_args()
    akn = os.path.join(a.corpus, "akn")
    if not os.path.isdir(akn):
        sys.exit(f"akn_structure: no corpus at {akn}")
    names = sorted(f[: -len(".akn.xml")] for f in os.listdir(akn) if f.endswith(".akn.xml"))
    jobs = [(n, ext) for n in names for ext in ("md", "txt") if os.path.exists(os.path.join(akn, f"{n}.{ext}"))]

    def one(job):
        n, ext = job
        un = structure(os.path.join(akn, n + ".akn.xml"))
        xml = export(a.bin, os.path.join(akn, f"{n}.{ext}"))
        try:
            ours = structure_from_bytes(xml)
        except ET.ParseError as e:
            return job, {"parse-error": str(e)}
        diffs = {k: (un[k], ours[k]) for k in un if un[k] != ours[k]}
        return job, diffs

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = list(ex.map(one, jobs))
    kinds = Counter()
    per_ext = Counter()
    # names that differ, by how: ours longer than the UN's (starts with it),
    # shorter, or otherwise different; counted per container
    name_kinds = Counter()
    same = 0
    for (n, ext), diffs in results:
        if not diffs:
            same += 1
            per_ext[ext] += 1
        for k in diffs:
            kinds[(k, ext)] += 1
        if "names" in diffs and "containers" not in diffs:
            u, o = diffs["names"]
            for x, y in zip(u, o):
                if x != y:
                    how = "longer" if x and y.startswith(x) else "shorter" if y and x.startswith(y) else "other"
                    name_kinds[(how, ext)] += 1
        if diffs and a.verbose:
            for k, (u, o) in diffs.items():
                if isinstance(u, list):
                    i = next((i for i, (x, y) in enumerate(zip(u, o)) if x != y), min(len(u), len(o)))
                    u, o = f"[{i}] {u[i:i+2]} (len {len(u)})", f"{o[i:i+2]} (len {len(o)})"
                print(f"  {n}.{ext}: {k}: UN {u} / ours {o}")
    total = len(results)
    for ext in ("md", "txt"):
        m = sum(1 for (n, e), _ in results if e == ext)
        if m:
            print(f"{ext:4} {per_ext[ext]}/{m} identical ({100 * per_ext[ext] / m:.1f} %)")
    print(f"all  {same}/{total} renditions with identical structure ({100 * same / max(total, 1):.1f} %)")
    print("differences by kind (renditions affected: all, md, txt):")
    for k in ("containers", "names", "paragraphs", "nums", "points", "notes", "parse-error"):
        md, txt = kinds[(k, "md")], kinds[(k, "txt")]
        if md + txt:
            print(f"  {k:11} {md + txt:3}  md {md:3}  txt {txt:3}")
    if name_kinds:
        print("container names that differ (containers, md/txt), our name against the UN's:")
        for how, what in (("longer", "longer (the UN italicizes fewer words)"), ("shorter", "shorter"), ("other", "other")):
            md, txt = name_kinds[(how, "md")], name_kinds[(how, "txt")]
            if md + txt:
                print(f"  {what:40} {md + txt:3}  md {md:3}  txt {txt:3}")


def structure_from_bytes(b):
    import io
    return structure(io.BytesIO(b))


if __name__ == "__main__":
    main()
