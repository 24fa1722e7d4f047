#!/usr/bin/env python3
"""Render a UN Akoma Ntoso (AKN4UN) resolution the way the dev corpus does.

    python3 scripts/akn_render.py [--seed N] [--name NAME] OUT_DIR FILE.akn.xml ...

For every XML file writes OUT_DIR/NAME.md, NAME.txt and NAME.expected.json,
following ../shared/corpus/README.md ("The three renditions in akn/" and
"Reading expected.json"): the Markdown of the seed's style with a page break
about every 3,000 characters (30 % of them inside a paragraph) and each
page's footnotes after it; the plain PDF text layer with its cover page, hard
wraps at 80-95 columns, glued bare-digit markers, footnotes under a rule at
each page foot, footer (job number, `2/6`), form feed or blank line and
running header; and the expected JSON.  Layout choices come from a random
generator seeded with the seed and the file name, so runs are repeatable.

This is a re-implementation from the README, not the corpus builder: it is
meant to build extra test material (e.g. the long XML files the dev split
leaves out).  Check it against the corpus first (run it on corpus/akn/*.akn.xml
and compare the expected.json files).  NAME defaults to the corpus naming
(ga-77-5-en, sc-2557-2020-en, hrc-54-11-en) derived from the XML.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zlib

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LANGS = {"eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "chi": "zh", "zho": "zh"}
RES_WORD = {"en": "Resolution", "fr": "Résolution", "es": "Resolución", "ru": "Резолюция",
            "ar": "القرار", "zh": "决议"}
ANNEX_WORDS = {"annex", "annexe", "anexo", "приложение", "المرفق", "附件"}
WS = re.compile(r"[ \t\n\r\f\v]+")  # white space that collapses (no-break spaces stay)


def loc(e):
    return e.tag.split("}")[-1] if isinstance(e.tag, str) else ""


def collapse(s):
    return WS.sub(" ", s).strip()


# ---------------------------------------------------------------------------
# inline runs: [(kind, value, style)]; kind 't' text, 'n' note marker, 'br' line break
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.notes = []        # [(marker, runs)] in document order (first citation)
        self.note_seen = set()


def style_of(e, cur):
    t = loc(e)
    cls = (e.get("class") or "").split()
    it = cur and "i" in cur
    bd = cur and "b" in cur
    if t == "span":
        if "italic" in cls:
            it = True
        if "bold" in cls:
            bd = True
    elif t in ("i", "em"):
        it = True
    elif t in ("b", "strong"):
        bd = True
    s = ("b" if bd else "") + ("i" if it else "")
    return s or None


def runs_of(e, doc, style=None, top=True, out=None):
    if out is None:
        out = []
    if not top:
        style = style_of(e, style)
    if e.text:
        out.append(("t", e.text, style))
    for c in e:
        t = loc(c)
        if t == "authorialNote":
            marker = c.get("marker", "")
            if marker not in doc.note_seen:
                doc.note_seen.add(marker)
                nr = []
                for p in c:
                    if nr:
                        nr.append(("t", " ", None))
                    runs_of(p, doc, None, True, nr)
                nr = strip_runs(merge(nr))
                if nr and nr[0][0] == "t" and nr[0][1].startswith("()"):
                    nr[0] = ("t", nr[0][1][2:], nr[0][2])
                doc.notes.append((marker, nr))
            out.append(("n", marker, style))
        elif t == "eol":
            out.append(("br", "\n", style))
        elif t in ("num",):
            pass
        elif t == "sup":
            sup = []
            runs_of(c, doc, style, False, sup)
            txt = "".join(v for k, v, s in sup if k == "t")
            if txt.strip():
                out.append(("t", txt, style_of(c, style)))
            out.extend(r for r in sup if r[0] == "n")
        elif t == "outcome" and not top and out:
            out.append(("br", "\n", style))
            runs_of(c, doc, style, False, out)
        else:
            runs_of(c, doc, style, False, out)
        if c.tail:
            out.append(("t", c.tail, style))
    return out


def broken_lines(p, doc):
    """The text of `p` cut at its <br/> breaks: the non-empty lines, white space collapsed."""
    lines = [[]]
    for k, v, s in runs_of(p, doc):
        if k == "br":
            lines.append([])
        elif k == "t":
            lines[-1].append(v)
    return [c for c in (collapse("".join(l)) for l in lines) if c]


def merge(runs):
    """Adjacent text runs of one style become one run."""
    out = []
    for r in runs:
        if out and r[0] == "t" and out[-1][0] == "t" and out[-1][2] == r[2]:
            out[-1] = ("t", out[-1][1] + r[1], r[2])
        else:
            out.append(r)
    return out


def plain(runs):
    return collapse("".join(v if k == "t" else (" " if k == "br" else "") for k, v, s in runs))


def markers(runs):
    return [v for k, v, s in runs if k == "n"]


def strip_runs(runs):
    """Trim white space at both ends."""
    runs = [list(r) for r in runs]
    while runs and runs[0][0] == "t" and not runs[0][1].strip(" \t\n\r"):
        runs.pop(0)
    if runs and runs[0][0] == "t":
        runs[0][1] = runs[0][1].lstrip(" \t\n\r")
    while runs and runs[-1][0] in ("t", "br") and not runs[-1][1].strip(" \t\n\r"):
        runs.pop()
    if runs and runs[-1][0] == "t":
        runs[-1][1] = runs[-1][1].rstrip(" \t\n\r")
    return [tuple(r) for r in runs]


LABEL = re.compile(r"^[ \t\n\r\u00a0]*(\(([a-z]{1,5}|\d{1,3})\)|([a-z]{1,5})\)|(\d{1,3})\.?|•|[-–])(?:[\t ]+|$)")


def take_label(runs):
    """A printed label at the start of unnumbered text: (label, rest)."""
    runs = strip_runs(runs)
    if not runs or runs[0][0] != "t":
        return None, runs
    m = LABEL.match(runs[0][1])
    if not m:
        return None, runs
    # a bare number must be followed by a tab (`\t3\tCalls`), not "3 October"
    if m.group(4) and "\t" not in m.group(0)[len(m.group(0).rstrip()) :] and not m.group(0).rstrip().endswith("."):
        return None, runs
    lab = m.group(1)
    rest = [("t", runs[0][1][m.end():], runs[0][2])] + runs[1:]
    return lab, strip_runs(rest)


def lead_of(runs):
    """The emphasized leading phrase (README: extended to the end of a word, loses ,;:)."""
    runs = strip_runs(merge(runs))
    if not runs or runs[0][0] != "t" or not runs[0][2]:
        return None
    txt = runs[0][1]
    if not txt.strip():
        return None
    nxt = runs[1] if len(runs) > 1 else None
    lead = collapse(txt)
    if not txt[-1:].isspace() and nxt and nxt[0] == "t":
        m = re.match(r"[^\W_]+", nxt[1])
        if m:
            lead += m.group(0)
    lead = lead.rstrip(" ,;:،，；：、").strip()
    return lead or None


# ---------------------------------------------------------------------------
# structure
# ---------------------------------------------------------------------------
class Para:
    def __init__(self, num, runs, items=None, kind="para"):
        self.num = num            # printed number/label or None
        self.runs = strip_runs(merge(runs))
        self.items = items or []
        self.kind = kind          # 'para' | 'heading'
        self.section = None


def is_heading(p):
    kids = [loc(c) for c in p]
    if any(k in ("heading", "subheading") for k in kids) and all(k in ("heading", "subheading", "num") for k in kids):
        return True
    if p.find(NS + "num") is not None:
        return False
    cls = p.get("class") or ""
    if re.match(r"^H\d", cls):
        return bool("".join(p.itertext()).strip())
    content = p.find(NS + "content")
    if content is None:
        return False
    ps = list(content)
    if len(ps) != 1 or loc(ps[0]) != "p":
        return False
    spans = list(ps[0])
    return (len(spans) == 1 and loc(spans[0]) == "span" and "bold" in (spans[0].get("class") or "")
            and not (ps[0].text or "").strip() and not (spans[0].tail or "").strip())


def block_runs(e, doc):
    """Runs of all p/heading blocks under e (num excluded), joined with spaces."""
    out = []
    for c in e:
        t = loc(c)
        if t in ("num",):
            continue
        if t in ("p", "heading", "subheading", "listIntroduction", "listWrapUp"):
            if out:
                out.append(("t", " ", None))
            runs_of(c, doc, None, True, out)
        elif t in ("list", "blockList", "sublist", "point", "item"):
            continue
        else:
            sub = block_runs(c, doc)
            if sub:
                if out:
                    out.append(("t", " ", None))
                out.extend(sub)
    return out


def num_text(e):
    n = e.find(NS + "num")
    if n is None:
        return None
    t = collapse("".join(n.itertext()))
    return t or None


def points_of(lst, doc):
    """Items of a list/blockList: point/item elements, sublist -> items of the previous point."""
    items = []
    for c in lst:
        t = loc(c)
        if t in ("point", "item"):
            runs = block_runs(c, doc)
            sub = []
            for cc in c:
                if loc(cc) in ("list", "blockList", "sublist"):
                    sub.extend(points_of(cc, doc))
            items.append(Para(num_text(c), runs, sub))
        elif t == "sublist":
            sub = points_of(c, doc)
            if items:
                items[-1].items.extend(sub)
            else:
                items.extend(sub)
        elif t in ("list", "blockList"):
            items.extend(points_of(c, doc))
    return items


def paragraph_of(p, doc):
    """(num, runs, items) of a mainBody paragraph."""
    runs = []
    items = []
    for c in p:
        t = loc(c)
        if t == "num":
            continue
        if t in ("content", "intro", "subheading", "heading", "p"):
            if runs:
                runs.append(("t", " ", None))
            runs.extend(block_runs(c, doc) if t in ("content", "intro") else runs_of(c, doc))
        elif t in ("list", "blockList"):
            for cc in c:
                if loc(cc) in ("intro", "listIntroduction"):
                    if runs:
                        runs.append(("t", " ", None))
                    runs.extend(block_runs(cc, doc) if loc(cc) == "intro" else runs_of(cc, doc))
            items.extend(points_of(c, doc))
    return num_text(p), runs, items


ROMAN = re.compile(r"^[ivx]+$")


def body_blocks(mb, doc):
    """Paragraphs and headings of a mainBody, text-labelled items folded in."""
    out = []
    last_item_labels = []
    for p in mb:
        if loc(p) != "paragraph":
            if loc(p) in ("hcontainer", "section", "division", "part", "chapter", "article", "level"):
                out.extend(body_blocks(p, doc))
            continue
        if is_heading(p):
            n, runs, _ = paragraph_of(p, doc)
            txt = plain(runs)
            if n:
                runs = [("t", n + " ", None)] + runs
            out.append(Para(None, runs, kind="heading"))
            continue
        n, runs, items = paragraph_of(p, doc)
        if n is None:
            lab, rest = take_label(runs)
            if lab and not re.match(r"^\(?\d", lab):
                core = lab.strip("()")
                prev = last_item_labels[-1] if last_item_labels else None
                roman = bool(ROMAN.match(core)) and prev is not None and not (
                    (core, prev) in (("i", "h"), ("v", "u"), ("x", "w")))
                parent = next((b for b in reversed(out) if b.kind == "para"), None)
                if parent is not None:
                    if roman and parent.items:
                        parent.items[-1].items.append(Para(lab, rest))
                    else:
                        parent.items.append(Para(lab, rest))
                        last_item_labels.append(core)
                    continue
            if lab:
                n, runs = (lab + "." if re.match(r"^\d+$", lab) else lab), rest
        para = Para(n, runs, items)
        out.append(para)
        last_item_labels = [ (it.num or "").strip("()") for it in items ]
    return out


class Resolution:
    pass


def parse(path):
    root = ET.parse(path).getroot()
    st = root.find(NS + "statement")
    if st is None:
        st = next(iter(root))
    doc = Doc()
    R = Resolution()
    R.doc = doc
    meta = st.find(NS + "meta")
    lang = None
    if meta is not None:
        fl = meta.find(f".//{NS}FRBRExpression/{NS}FRBRlanguage")
        if fl is not None:
            lang = LANGS.get(fl.get("language"), fl.get("language"))
    R.lang = lang
    R.job = None
    for e in st.iter(NS + "docketNumber"):
        if "JobNumber" in (e.get("refersTo") or ""):
            R.job = collapse("".join(e.itertext()))
            break
    # cover page
    cp = st.find(NS + "coverPage")
    R.cover = []          # lines of the cover page (txt)
    R.symbol = None
    R.sc_number = None
    R.sc_adoption = None
    R.sc_meeting = None
    R.sc_date = None
    R.issuing = None
    R.kind = "ga"
    if cp is not None:
        for p in cp:
            kinds = {loc(k): k for k in p.iter()}
            ref = {(k.get("refersTo") or ""): k for k in p.iter()}
            if "#symbol" in ref and loc(ref["#symbol"]) == "docNumber":
                R.symbol = collapse("".join(ref["#symbol"].itertext()))
            if "#issuingBody" in ref:
                R.issuing = collapse("".join(ref["#issuingBody"].itertext()))
            if "#resolutionNumber" in ref:
                R.sc_number = collapse("".join(ref["#resolutionNumber"].itertext()))
            if "#adoption" in ref and loc(ref["#adoption"]) == "docTitle":
                e = ref["#adoption"]
                R.sc_adoption = collapse("".join(e.itertext()))
                for k in e.iter():
                    if k.get("name") == "adoptionMeeting":
                        R.sc_meeting = collapse("".join(k.itertext())) or None
                    if loc(k) == "docDate":
                        R.sc_date = k.get("date")
            if "event" in kinds and "#session" in ref:
                ds = [collapse("".join(d.itertext())) for d in p.iter(NS + "date")]
                R.cover.append("–".join(ds))
            else:
                t = collapse("".join(p.itertext()))
                if t:
                    R.cover.append(t)
            if "#dateOfIssuance" in ref:
                R.cover.append("@JOB@")
    if R.symbol and R.symbol.startswith("S/"):
        R.kind = "sc"
    elif R.symbol and "/HRC/" in R.symbol:
        R.kind = "hrc"
    # preface
    R.number = None
    R.title_runs = None
    pf = st.find(NS + "preface")
    if pf is not None:
        dn = pf.find(f".//{NS}docNumber")
        if dn is not None:
            R.number = collapse("".join(dn.itertext())).rstrip(".").strip()
        dt = pf.find(f".//{NS}docTitle")
        if dt is not None:
            R.title_runs = strip_runs(merge(runs_of(dt, doc)))
    if R.kind == "sc" and R.sc_number:
        m = re.search(r"\d+ \(\d{4}\)", R.sc_number)
        R.number = m.group(0) if m else R.sc_number
    # preamble
    R.formula_runs = None
    R.preamble = []
    pre = st.find(NS + "preamble")
    if pre is not None:
        for c in pre:
            t = loc(c)
            if t == "formula":
                ps = [x for x in c if loc(x) == "p"]
                if ps:
                    R.formula_runs = strip_runs(merge(runs_of(ps[0], doc)))
                for x in ps[1:]:     # HRC: preambular paragraphs inside the formula
                    R.preamble.append(Para(None, runs_of(x, doc)))
            elif t == "container":
                runs = []
                items = []
                for x in c:
                    if loc(x) == "p":
                        if runs:
                            runs.append(("t", " ", None))
                        runs_of(x, doc, None, True, runs)
                    elif loc(x) == "blockList":
                        for y in x:
                            if loc(y) == "listIntroduction":
                                if runs:
                                    runs.append(("t", " ", None))
                                runs_of(y, doc, None, True, runs)
                        items.extend(points_of(x, doc))
                R.preamble.append(Para(None, runs, items))
            elif t == "p":
                R.preamble.append(Para(None, runs_of(c, doc)))
    # operative
    mb = st.find(NS + "mainBody")
    R.body = body_blocks(mb, doc) if mb is not None else []
    section = None
    prev_heading = False
    for b in R.body:
        if b.kind == "heading":
            h = re.sub(r"\s+", " ", plain(b.runs)).strip()
            section = (section + " " + h) if prev_heading and section else h
            prev_heading = True
        else:
            b.section = section
            prev_heading = False
    R.has_sections = any(b.kind == "heading" for b in R.body)
    # conclusions
    R.meeting = None
    R.date = None
    R.adoption_lines = []
    R.vote_runs = None
    R.vote_lines = []
    cc = st.find(NS + "conclusions")
    if cc is not None:
        for p in cc:
            if p.find(f".//{NS}vote") is not None or p.find(f".//{NS}outcome") is not None:
                R.vote_lines = broken_lines(p, doc)
                continue
            ls = broken_lines(p, doc)
            if not ls:
                continue
            for k in p.iter():
                if k.get("name") == "adoptionMeeting" or (k.get("refersTo") or "") == "#adoptionMeeting":
                    R.meeting = collapse("".join(k.itertext())) or None
                if loc(k) == "docDate" and (k.get("refersTo") or "") == "#adoptionDate":
                    R.date = k.get("date")
            R.adoption_lines.extend(ls)
    if R.kind == "sc":
        R.meeting = R.sc_meeting
        R.date = R.sc_date
    # attachments
    R.annexes = []
    att = st.find(NS + "attachments")
    if att is not None:
        for a in att:
            d = a.find(NS + "doc")
            if d is None:
                d = a
            amb = d.find(NS + "mainBody")
            blocks = []
            if amb is not None:
                blocks = annex_blocks(amb, doc)
            R.annexes.append(blocks)
    return R


def annex_blocks(mb, doc):
    """Blocks of an annex in reading order: ('heading', runs) / ('para', num, runs) with items flattened."""
    out = []

    def para(p):
        if loc(p) != "paragraph":
            if loc(p) in ("hcontainer", "section", "division", "part", "chapter", "article", "level", "container", "blockContainer"):
                for c in p:
                    para(c)
            elif loc(p) in ("p", "heading", "subheading"):
                out.append(("para", None, strip_runs(merge(runs_of(p, doc)))))
            return
        if is_heading(p):
            n, runs, _ = paragraph_of(p, doc)
            if n:
                runs = [("t", n + " ", None)] + runs
            out.append(("heading", None, strip_runs(merge(runs))))
            return
        n, runs, items = paragraph_of(p, doc)
        if n is None:
            lab, rest = take_label(runs)
            if lab:
                n, runs = lab, rest
        out.append(("para", n, strip_runs(merge(runs))))

        def flat(its):
            for it in its:
                out.append(("para", it.num, it.runs))
                flat(it.items)
        flat(items)

    for p in mb:
        para(p)
    return out


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------
def body_of_formula(f):
    f = collapse(f).rstrip(",،，: ").strip()
    for art in ("The ", "L’", "L'", "La ", "Le ", "El ", "Los ", "إن "):
        if f.startswith(art):
            f = f[len(art):]
            break
    return f


def jnum(n, operative):
    if n is None:
        return None
    return re.sub(r"[\s.\-–]+$", "", n) if operative else n


def jpara(p, with_section, operative=False):
    d = {"num": jnum(p.num, operative), "lead": lead_of(p.runs), "text": plain(p.runs),
         "footnotes": markers(p.runs), "items": [jpara(i, False) for i in p.items]}
    if with_section:
        d["section"] = p.section
    return d


def annex_title_text(blocks):
    hs = [i for i, b in enumerate(blocks) if b[0] == "heading"]
    title = None
    rest = list(blocks)
    # drop the "Annex" heading itself
    if rest and rest[0][0] == "heading" and is_annex_word(plain(rest[0][2])):
        rest = rest[1:]
    elif rest and rest[0][0] == "para" and rest[0][1] is None and is_annex_word(plain(rest[0][2])):
        rest = rest[1:]
    if rest and is_annex_title(rest[0], len(rest) < len(blocks)):
        title = plain(rest[0][2]) or None
        rest = rest[1:]
    parts = []
    for b in rest:
        t = plain(b[2])
        if b[1]:
            t = b[1] + " " + t
        if t:
            parts.append(t)
    return title, " ".join(parts)


def is_bold(runs):
    ts = [r for r in runs if r[0] == "t" and r[1].strip()]
    return bool(ts) and all(r[2] and "b" in r[2] for r in ts)


def is_annex_title(b, had_annex_heading):
    kind, num, runs = b
    if num is not None:
        return False
    if kind == "heading" or is_bold(runs):
        return True
    t = plain(runs)
    return not had_annex_heading and len(t) < 200 and not re.search(r"[.;:,]$", t)


def is_annex_word(t):
    w = collapse(t).rstrip(".:").strip().lower()
    w2 = re.sub(r"\s+[ivxlc\d]+$|\s+[a-z]$", "", w)
    return w in ANNEX_WORDS or w2 in ANNEX_WORDS or w.startswith("annex ") and len(w) < 14


def expected(R, source=None):
    formula = plain(R.formula_runs) if R.formula_runs else None
    meta = {
        "symbol": R.symbol,
        "number": R.number,
        "body": body_of_formula(formula) if formula else None,
        "title": None if R.kind == "sc" else (plain(R.title_runs) if R.title_runs else None),
        "language": R.lang,
        "adoption": {"meeting": R.meeting.replace("\u00a0", " ") if R.meeting else None, "date": R.date} if (R.meeting or R.date) else None,
    }
    paras = [b for b in R.body if b.kind == "para"]
    out = {
        "schema": "clausemark/1",
        "meta": meta,
        "formula": formula,
        "preamble": [jpara(p, False) for p in R.preamble],
        "operative": [jpara(p, R.has_sections, True) for p in paras],
        "footnotes": [{"marker": m, "text": plain(r)} for m, r in R.doc.notes],
        "annexes": [dict(zip(("title", "text"), annex_title_text(a))) for a in R.annexes],
    }
    if R.kind == "hrc" and R.vote_lines:
        out["vote"] = " ".join(R.vote_lines)
    if source:
        out["source"] = source
    return out


def dump_expected(d):
    """The corpus's layout: one paragraph / footnote per line."""
    lines = ["{", ' "schema": %s,' % json.dumps(d["schema"]), ' "meta": %s,' % json.dumps(d["meta"], ensure_ascii=False),
             ' "formula": %s,' % json.dumps(d["formula"], ensure_ascii=False)]
    for k in ("preamble", "operative", "footnotes", "annexes"):
        xs = d[k]
        if not xs:
            lines.append(' "%s": [],' % k)
            continue
        lines.append(' "%s": [' % k)
        lines.append(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in xs))
        lines.append(" ],")
    for k in ("vote", "source"):
        if k in d:
            lines.append(' "%s": %s,' % (k, json.dumps(d[k], ensure_ascii=False)))
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Markdown and text renditions
# ---------------------------------------------------------------------------
def md_escape(s):
    return s.replace("*", "\\*")


def md_inline(runs):
    """Markdown of runs: emphasis kept, notes as <sup>N</sup>, white space collapsed."""
    out = []
    for k, v, s in merge(runs):
        if k == "n":
            out.append("<sup>%s</sup>" % v)
        elif k == "br":
            out.append(" ")
        else:
            v = WS.sub(" ", v)
            if s and v.strip():
                mark = {"i": "*", "b": "**", "bi": "***"}[s]
                lead = v[: len(v) - len(v.lstrip(" "))]
                trail = v[len(v.rstrip(" ")):]
                out.append(lead + mark + md_escape(v.strip(" ")) + mark + trail)
            else:
                out.append(md_escape(v))
    return WS.sub(" ", "".join(out)).strip(" ")


def txt_inline(runs):
    out = []
    for k, v, s in runs:
        if k == "n":
            out.append(v)
        elif k == "br":
            out.append(" ")
        else:
            out.append(v)
    return WS.sub(" ", "".join(out)).strip(" ")


class Block:
    """One paragraph of the rendition: md and txt forms with the same words."""
    def __init__(self, md, txt, notes=(), kind="p", splittable=True, number=None):
        self.md = md
        self.txt = txt
        self.notes = list(notes)
        self.kind = kind            # p | heading | title | formula | adoption | annex | cover
        self.splittable = splittable
        self.number = number        # printed number of an operative paragraph (txt may set it alone)


def build_blocks(R):
    lang = R.lang or "en"
    res_word = RES_WORD.get(lang, "Resolution")
    blocks = []
    if R.kind == "sc":
        blocks.append(Block("## %s %s" % (res_word, R.number), None, kind="h2", splittable=False))
        if R.sc_adoption:
            blocks.append(Block("*%s*" % md_escape(R.sc_adoption), None, kind="h3", splittable=False))
    else:
        blocks.append(Block("## %s %s" % (res_word, R.number), None, kind="h2", splittable=False))
        if R.title_runs:
            t = md_inline([(k, v, None) for k, v, s in R.title_runs])
            blocks.append(Block("### **%s**" % t, "%s. %s" % (R.number, txt_inline(R.title_runs)),
                                markers(R.title_runs), kind="title", splittable=False))
    if R.formula_runs:
        blocks.append(Block("*%s*" % md_escape(plain(R.formula_runs)), plain(R.formula_runs),
                            markers(R.formula_runs), kind="formula", splittable=False))

    def para_blocks(p, num=None):
        lab = (num + " ") if num else ""
        blocks.append(Block(lab + md_inline(p.runs), lab + txt_inline(p.runs), markers(p.runs),
                            number=num))
        for it in p.items:
            para_blocks(it, it.num)

    for p in R.preamble:
        para_blocks(p)
    for b in R.body:
        if b.kind == "heading":
            t = md_inline([(k, v, None) for k, v, s in b.runs])
            blocks.append(Block("**%s**" % t, txt_inline(b.runs), markers(b.runs), kind="heading", splittable=False))
        else:
            para_blocks(b, b.num)
    if R.kind != "sc" and R.adoption_lines:
        md = "*" + "  \n".join(md_escape(l) for l in R.adoption_lines) + "*"
        blocks.append(Block(md, "\n".join(R.adoption_lines), kind="adoption", splittable=False))
    if R.vote_lines:
        md = "  \n".join(md_escape(l) for l in R.vote_lines)
        blocks.append(Block(md, "\n".join(R.vote_lines), kind="vote", splittable=False))
    for a in R.annexes:
        annex_word = {"fr": "Annexe", "es": "Anexo"}.get(lang, "Annex")
        rest = list(a)
        if rest and is_annex_word(plain(rest[0][2])) and (rest[0][0] == "heading" or rest[0][1] is None):
            annex_word = plain(rest[0][2])
            rest = rest[1:]
        blocks.append(Block("### %s" % annex_word, annex_word, kind="annex", splittable=False))
        if rest and is_annex_title(rest[0], len(rest) < len(a)):
            runs = rest[0][2]
            t = md_inline([(k, v, None) for k, v, s in runs])
            blocks.append(Block("**%s**" % t, txt_inline(runs), markers(runs), kind="heading", splittable=False))
            rest = rest[1:]
        for kind, num, runs in rest:
            if kind == "heading":
                blocks.append(Block(md_inline([(k, v, None) for k, v, s in runs]), txt_inline(runs), markers(runs),
                                    kind="heading", splittable=False))
            else:
                lab = (num + " ") if num else ""
                blocks.append(Block(lab + md_inline(runs), lab + txt_inline(runs), markers(runs), number=num))
    return blocks


def split_words(s):
    return s.split(" ")


def safe_md_split_points(md_words):
    """Word indexes k where md may be split between word k-1 and k (outside emphasis)."""
    ok = []
    depth = 0
    for k, w in enumerate(md_words):
        if k > 0 and depth == 0:
            ok.append(k)
        # count unescaped '*' runs
        stars = len(re.findall(r"(?<!\\)\*+", w))
        if stars % 2 == 1:
            depth ^= 1
    return ok


def plan_pages(blocks, rng):
    """Assign page breaks: list of pages, each a list of (block, part) where part is
    None (whole block), ('head', k) or ('tail', k) for a block split after word k."""
    pages = [[]]
    size = 0
    target = rng.randint(1000, 2100)
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        L = len(b.md) + 2
        if size + L <= target or not pages[-1] or b.kind in ("h2", "h3"):
            pages[-1].append((b, None))
            size += L
            i += 1
            continue
        # break here; maybe inside the paragraph
        words = split_words(b.md)
        room = target - size
        if (b.splittable and rng.random() < 0.30 and len(words) > 12 and room > 120
                and b.txt is not None and len(split_words(b.txt)) == len(words)):
            pts = [k for k in safe_md_split_points(words) if 2 <= k <= len(words) - 2
                   and words[k][:1].islower()]
            # the word index where the page fills up
            acc = 0
            fill = len(words)
            for k, w in enumerate(words):
                acc += len(w) + 1
                if acc > room:
                    fill = k
                    break
            pts = [k for k in pts if k <= fill]
            if pts:
                k = pts[-1]
                pages[-1].append((b, ("head", k)))
                pages.append([(b, ("tail", k))])
                size = len(" ".join(words[k:]))
                target = rng.randint(2500, 3400)
                i += 1
                continue
        pages.append([])
        size = 0
        target = rng.randint(2500, 3400)
    return [p for p in pages if p]


def page_notes(page, notes_seen):
    """Notes first cited on this page, in order."""
    out = []
    for b, part in page:
        words = None
        if part is None:
            ms = b.notes
        else:
            words = split_words(b.md)
            seg = words[: part[1]] if part[0] == "head" else words[part[1]:]
            ms = re.findall(r"<sup>(.*?)</sup>", " ".join(seg))
        for m in ms:
            if m not in notes_seen:
                notes_seen.add(m)
                out.append(m)
    return out


def render_md(R, blocks, pages):
    notes = {m: r for m, r in R.doc.notes}
    seen = set()
    out = []
    for pi, page in enumerate(pages):
        for b, part in page:
            if part is None:
                out.append(b.md)
            elif part[0] == "head":
                out.append(" ".join(split_words(b.md)[: part[1]]))
            else:
                out.append(" ".join(split_words(b.md)[part[1]:]))
        pn = page_notes(page, seen)
        last = pi == len(pages) - 1
        if not last or pn:
            out.append("---")
            for m in pn:
                out.append("<sup>%s</sup> %s" % (m, md_inline(notes.get(m, []))))
    # notes never cited in a rendered block (should not happen) go at the end
    rest = [m for m, _ in R.doc.notes if m not in seen]
    if rest:
        out.append("---")
        for m in rest:
            out.append("<sup>%s</sup> %s" % (m, md_inline(notes[m])))
    return "\n\n".join(out) + "\n"


NUMLIKE = re.compile(r"^(\(?[0-9]{1,3}[.)]?|\(?[a-z]{1,5}\)|[ivxlc]{1,5}\.|[A-Z]\.|•|[-–])$")


def wrap(text, width, cjk=False):
    """Hard wrap; a line never starts with something that looks like a number or label."""
    if cjk:
        out = []
        w = max(20, width // 2)
        while len(text) > w:
            out.append(text[:w])
            text = text[w:]
        out.append(text)
        return out
    words = text.split(" ")
    lines = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            if NUMLIKE.match(w) or re.match(r"^\d{1,3}$", w):
                # keep it on the current line (overflow) rather than start a line with it
                cur += " " + w
                continue
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_txt(R, blocks, pages, rng):
    lang = R.lang or "en"
    cjk = lang == "zh"
    width = rng.randint(80, 95)
    alone = rng.random() < 0.30
    job = R.job or "00-00000 (E)"
    job_short = re.sub(r"\s*\(.*\)$", "", job)
    digits = re.sub(r"\D", "", job)
    notes = {m: r for m, r in R.doc.notes}
    seen = set()
    out = []
    # cover page
    for line in R.cover:
        if line == "@JOB@":
            out.append(job)
            out.append("*%s*" % digits)
            out.append("")
        else:
            out.extend(wrap(line, width, cjk))
    out.append("")
    # the corpus repeats the title in the running header in about half of the
    # files, nearly always a title of one or two lines
    short_title = R.title_runs and len(wrap(plain(R.title_runs), width, cjk)) <= 2
    header_title = R.kind != "sc" and rng.random() < (0.5 if short_title else 0.03)
    total = len(pages)
    rule = "_" * rng.randint(10, 20)
    for pi, page in enumerate(pages):
        for b, part in page:
            if b.txt is None:
                continue
            if b.kind in ("h2", "h3"):
                continue
            t = b.txt
            if part is not None:
                ws = split_words(t)
                t = " ".join(ws[: part[1]]) if part[0] == "head" else " ".join(ws[part[1]:])
            if b.kind in ("adoption", "vote"):
                for l in t.split("\n"):
                    out.extend(wrap(l, width, cjk))
                out.append("")
                continue
            if alone and b.number and re.match(r"^\d+\.?$", b.number) and (part is None or part[0] == "head"):
                rest = t[len(b.number):].lstrip()
                out.append(b.number)
                out.extend(wrap(rest, width, cjk))
            else:
                out.extend(wrap(t, width, cjk))
            out.append("")
        pn = page_notes(page, seen)
        if pn:
            out.append(rule)
            for m in pn:
                out.extend(wrap("%s %s" % (m, txt_inline(notes.get(m, []))), width, cjk))
            out.append("")
        n = pi + 1
        if n == 1:
            out += [job, "%d/%d" % (n, total)]
        elif n % 2 == 0:
            out += ["%d/%d" % (n, total), job_short]
        else:
            out += [job_short, "%d/%d" % (n, total)]
        if pi < total - 1:
            if rng.random() < 0.5:
                out.append("\f" + (R.symbol or ""))
            else:
                out.append("")
                out.append(R.symbol or "")
            if header_title and R.title_runs:
                out.extend(wrap(plain(R.title_runs), width, cjk))
            out.append("")
    rest = [m for m, _ in R.doc.notes if m not in seen]
    if rest:
        out.append(rule)
        for m in rest:
            out.extend(wrap("%s %s" % (m, txt_inline(notes[m])), width, cjk))
    return "\n".join(out).rstrip("\n") + "\n"


def default_name(R):
    lang = R.lang or "xx"
    if R.kind == "sc":
        m = re.match(r"(\d+) \((\d{4})\)", R.number or "")
        return "sc-%s-%s-%s" % (m.group(1), m.group(2), lang) if m else "sc-x-" + lang
    n = (R.number or "x").replace("/", "-").replace(" ", "").lower()
    return "%s-%s-%s" % (R.kind, n, lang)


def render(path, out_dir, seed=0, name=None, source=None):
    R = parse(path)
    name = name or default_name(R)
    rng = random.Random(seed * 1000003 + zlib.crc32(name.encode()))
    blocks = build_blocks(R)
    pages = plan_pages(blocks, rng)
    md = render_md(R, blocks, pages)
    txt = render_txt(R, blocks, pages, rng)
    exp = expected(R, source)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".md"), "w", encoding="utf-8") as f:
        f.write(md)
    with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    with open(os.path.join(out_dir, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(dump_expected(exp))
    return name, len(pages)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--name", help="output name (only with one file); default from the XML, or NAME of NAME.akn.xml")
    a = ap.parse_args()
    for f in a.files:
        name = a.name
        base = os.path.basename(f)
        if not name and base.endswith(".akn.xml"):
            name = base[: -len(".akn.xml")]
        n, pages = render(f, a.out_dir, a.seed, name)
        print("%s\t%d pages" % (n, pages), file=sys.stderr)


if __name__ == "__main__":
    main()
