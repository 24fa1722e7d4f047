#!/usr/bin/env python3
"""Precision and recall of clausemark's UN-symbol references against the
links the UN itself put in the Akoma Ntoso XML.

For every NAME.akn.xml in the corpus folder, the gold set is the multiset of
`<a href="https://undocs.org/...">` (also http://, with or without a language
segment) inside the rendered parts (preamble, body, footnotes, annexes; the
XML has none elsewhere). NAME.md is parsed with
`clausemark parse --format json`, and the prediction is the multiset of
`target.symbol` (plus `also` for joint symbols) of its references of kind
resolution, decision and document. Both sides are compared per document after
normalization: upper case, no spaces, the language segment and the `(supp)`
decoration of undocs links dropped.

A joint symbol (`A/75/6-S/2020/1`) is one link in the XML, to its first
part; `--joint` (default on) counts the other parts as gold too, since the
text names them (use --no-joint for the raw link count).

usage: scripts/ref_eval.py [--bin target/release/clausemark] [--corpus ../shared/corpus/akn] [--show N]
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

LANGS = {"en", "fr", "es", "ar", "ru", "ch", "zh"}


def norm(sym):
    s = re.sub(r"\s+", "", sym).upper()
    s = re.sub(r"\(SUPP\)$", "", s)
    # part letters: the UN links `52/212 B` now to A/RES/52/212B, now to
    # A/RES/52/212, and `54/237 A-C` to A/RES/54/237A-C: compare without them
    s = re.sub(r"^(A/RES/(?:[A-Z]+-)?\d+/\d+)[A-Z](?:-[A-Z])?$", r"\1", s)
    return s


def href_symbol(href):
    m = re.match(r"https?://undocs\.org/(.*)$", href.strip())
    if not m:
        return None
    path = m.group(1)
    first, _, rest = path.partition("/")
    if first.lower() in LANGS and rest:
        path = rest
    return norm(path)


def kind_of(sym):
    if "/RES/" in sym:
        return "resolution"
    if "/DEC/" in sym:
        return "decision"
    return "document"


LINK = re.compile(r'<a\b[^>]*\bhref="(https?://undocs\.org/[^"]*)"[^>]*>(.*?)</a>', re.S)


def gold(xml_path, joint):
    """The UN's links, one per citation: the XML sometimes splits one
    citation into several <a> with the same href (`<a>74/</a><a>2</a><a>77</a>`);
    consecutive links to the same target with no text between them count once."""
    raw = open(xml_path, encoding="utf-8").read()
    links = []
    prev_end, prev_href = None, None
    for m in LINK.finditer(raw):
        between = re.sub(r"<[^>]+>", "", raw[prev_end:m.start()]) if prev_end is not None else "x"
        if m.group(1) == prev_href and between.strip() == "":
            links[-1] = (links[-1][0], links[-1][1] + re.sub(r"<[^>]+>", "", m.group(2)))
        else:
            links.append((m.group(1), re.sub(r"<[^>]+>", "", m.group(2))))
        prev_end, prev_href = m.end(), m.group(1)
    out = []
    for href, text in links:
        s = href_symbol(href)
        if not s:
            continue
        out.append(s)
        text = text.strip()
        if joint:
            parts = re.split(r"-(?=[A-Z]+/)", text)
            for p in parts[1:]:
                out.append(norm(p))
    return out


def predicted(doc):
    out = []
    for r in doc.get("references", []):
        if r["kind"] not in ("resolution", "decision", "document"):
            continue
        for t in [r["target"]] + r.get("also", []):
            if t.get("symbol"):
                out.append((norm(t["symbol"]), r["text"], r["paragraph"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/clausemark")
    ap.add_argument("--corpus", default="../shared/corpus/akn")
    ap.add_argument("--show", type=int, default=15, help="examples of misses to print per kind")
    ap.add_argument("--no-joint", dest="joint", action="store_false")
    ap.add_argument("--all-docs", action="store_true", help="also score files in which the UN linked nothing")
    ap.add_argument("--decisions", action="store_true", help="count decision symbols too (the UN links none)")
    args = ap.parse_args()

    names = sorted(f[:-8] for f in os.listdir(args.corpus) if f.endswith(".akn.xml"))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        dst = os.path.join(tmp, "out")
        os.mkdir(src)
        for n in names:
            os.symlink(os.path.abspath(os.path.join(args.corpus, n + ".md")), os.path.join(src, n + ".md"))
        subprocess.run([args.bin, "parse", "--format", "json", "--out-dir", dst, src], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        docs = {}
        for n in names:
            p = os.path.join(dst, n + ".md.json")
            if not os.path.exists(p):
                p = os.path.join(dst, n + ".json")
            docs[n] = json.load(open(p)) if os.path.exists(p) else {}

    tp = fp_n = fn_n = 0
    by_kind = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn per gold/pred kind
    by_lang = collections.defaultdict(lambda: [0, 0, 0])
    misses = collections.defaultdict(list)
    extras = collections.defaultdict(list)
    unlinked = []
    dec_found = 0
    for n in names:
        g = collections.Counter(gold(os.path.join(args.corpus, n + ".akn.xml"), args.joint))
        pred = predicted(docs[n])
        if not g and not args.all_docs:
            # the UN put no link at all in this file: nothing to judge against
            unlinked.append((n, len(pred)))
            continue
        # the UN links no decision anywhere in the corpus: report apart
        dec_found += sum(1 for s, _, _ in pred if kind_of(s) == "decision")
        if not args.decisions:
            pred = [x for x in pred if kind_of(x[0]) != "decision"]
        p = collections.Counter(s for s, _, _ in pred)
        lang = n.rsplit("-", 1)[-1]
        for s in set(g) | set(p):
            k = kind_of(s)
            hit = min(g[s], p[s])
            tp += hit
            by_kind[k][0] += hit
            by_lang[lang][0] += hit
            if p[s] > g[s]:
                fp_n += p[s] - g[s]
                by_kind[k][1] += p[s] - g[s]
                by_lang[lang][1] += p[s] - g[s]
                ctx = [t for x, t, _ in pred if x == s][:1]
                extras[k].append(f"{n}: {s} (text {ctx[0]!r})" if ctx else f"{n}: {s}")
            if g[s] > p[s]:
                fn_n += g[s] - p[s]
                by_kind[k][2] += g[s] - p[s]
                by_lang[lang][2] += g[s] - p[s]
                misses[k].append(f"{n}: {s}" + (f" x{g[s] - p[s]}" if g[s] - p[s] > 1 else ""))

    def pr(t, f, m):
        P = t / (t + f) if t + f else 1.0
        R = t / (t + m) if t + m else 1.0
        return P, R

    P, R = pr(tp, fp_n, fn_n)
    print(f"documents: {len(names)}, of which {len(unlinked)} carry no UN link at all and are left out"
          f" ({sum(k for _, k in unlinked)} symbols found in them; --all-docs keeps them)")
    print(f"decision symbols found (the UN links none; left out unless --decisions): {dec_found}")
    print(f"gold links: {tp + fn_n}  predicted symbols: {tp + fp_n}  matched: {tp}")
    print(f"precision: {P:.4f}  recall: {R:.4f}")
    print("\nby kind (tp / false positives / misses, P, R):")
    for k, (t, f, m) in sorted(by_kind.items()):
        p_, r_ = pr(t, f, m)
        print(f"  {k:11s} {t:5d} {f:4d} {m:4d}  P={p_:.3f} R={r_:.3f}")
    print("\nby language:")
    for k, (t, f, m) in sorted(by_lang.items()):
        p_, r_ = pr(t, f, m)
        print(f"  {k:3s} {t:5d} {f:4d} {m:4d}  P={p_:.3f} R={r_:.3f}")
    for title, d in (("misses", misses), ("false positives", extras)):
        for k in sorted(d):
            print(f"\n{title} ({k}): {len(d[k])}")
            for line in d[k][: args.show]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
