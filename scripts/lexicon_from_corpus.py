#!/usr/bin/env python3
"""Seed the lead-phrase lists of lexicon/*.toml from the development corpus.

    python3 scripts/lexicon_from_corpus.py ../shared/corpus [LANG...]
    python3 scripts/lexicon_from_corpus.py --bodies ../shared/corpus [LANG...]
    python3 scripts/lexicon_from_corpus.py --validate ../shared/corpus [LANG...]

For each language and part it prints the emphasized leads of the ground
truth that are lead phrases in their own right: a phrase is kept when, among
the paragraphs whose text opens with it, the typesetter emphasized exactly it
at least as often as a shorter part of it ("Reaffirming its commitment" is
kept, "Takes note of" and "Guided by" are not). The output is reviewed and
merged by hand into lexicon/LANG.toml; the parser never reads the corpus.

--bodies prints the house styles (`[bodies."…"]` of lexicon/LANG.toml): the
same test within one body's resolutions, against the lists of LANG.toml as
they are. A body gets a phrase it emphasizes whole at least as often as
anything shorter (`preamble`/`operative`), and loses a listed phrase of which
it emphasizes something shorter more often (`not_leads`). Only bodies whose
style passes --validate are printed.

--validate checks that a house style generalizes: the corpus is cut in two
halves three ways (a hash of the name; alternate files; earlier against the
latest session or year of each body), the style is derived on one half and
scored on the other, both ways. It prints, per body and cut, the paragraphs
and documents whose lead is wrong with the lists alone and with the style.
The scoring is of the lead decision alone, as the parser makes it on a plain
text (the longest listed phrase of the part, else of the other part).
"""
import collections, glob, hashlib, json, os, re, sys, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "lexicon")


def opens_with(text, phrase):
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


def load(root):
    """Paragraphs of the ground truth: dicts with doc, lang, body, part, text, lead."""
    paras = []
    for f in sorted(glob.glob(os.path.join(root, "*", "*.expected.json"))):
        d = json.load(open(f, encoding="utf-8"))
        doc = os.path.basename(f)[: -len(".expected.json")]
        meta = d["meta"]
        for part in ("preamble", "operative"):
            for p in d[part]:
                lead = p.get("lead")
                paras.append(dict(doc=doc, folder=os.path.basename(os.path.dirname(f)), lang=meta["language"], body=meta.get("body"), number=meta.get("number") or "",
                                  part=part, text=p["text"], lead=lead.rstrip(" ,;:") if lead else None))
    return paras


def seed(paras, langs):
    leads = collections.defaultdict(collections.Counter)
    texts = collections.defaultdict(list)
    for p in paras:
        texts[(p["lang"], p["part"])].append((p["text"], p["lead"]))
        if p["lead"]:
            leads[(p["lang"], p["part"])][p["lead"]] += 1
    for (lang, part), counter in sorted(leads.items()):
        if langs and lang not in langs:
            continue
        keep = []
        for phrase in sorted(counter):
            if phrase[0].islower() and lang in ("en", "fr", "es"):
                continue
            exact = shorter = 0
            for text, lead in texts[(lang, part)]:
                if opens_with(text, phrase):
                    if lead == phrase:
                        exact += 1
                    elif lead and len(lead) < len(phrase):
                        shorter += 1
            if exact >= shorter:
                keep.append(phrase)
        print("# %s %s" % (lang, part))
        print("%s = [\n%s\n]" % (part, "\n".join("  %s," % json.dumps(k, ensure_ascii=False) for k in keep)))


# ---------------------------------------------------------------------------
# house styles
# ---------------------------------------------------------------------------
def lists(lang):
    path = os.path.join(LEXICON, "%s.toml" % lang)
    if not os.path.exists(path):
        return None
    lx = tomllib.load(open(path, "rb"))
    return {"preamble": set(lx.get("preamble", [])), "operative": set(lx.get("operative", []))}


def other(part):
    return "operative" if part == "preamble" else "preamble"


def lead_of(p, lx, style):
    """The parser's lead on a plain text: the longest phrase of the part (the
    body's own phrases in, its not_leads out), else of the other part."""
    style = style or {}
    for part in (p["part"], other(p["part"])):
        cands = [x for x in lx[part] | set(style.get(part, ())) if opens_with(p["text"], x) and x not in style.get("not_leads", ())]
        if cands:
            return max(cands, key=len)
    return None


def derive(paras, lx):
    """House style of each body, from `paras` (one language)."""
    exact = collections.Counter()
    shorter = collections.Counter()
    typeset = collections.defaultdict(set)
    for p in paras:
        if p["lead"] and " " in p["lead"]:
            typeset[p["part"]].add(p["lead"])
    for p in paras:
        for part in ("preamble", "operative"):
            for phrase in typeset[part] | lx[part]:
                if " " in phrase and opens_with(p["text"], phrase):
                    k = (p["body"], part, phrase)
                    if p["lead"] == phrase:
                        exact[k] += 1
                    elif p["lead"] and len(p["lead"]) < len(phrase):
                        shorter[k] += 1
    styles = collections.defaultdict(lambda: collections.defaultdict(set))
    for k in set(exact) | set(shorter):
        body, part, phrase = k
        if phrase in lx[part]:
            if shorter[k] > exact[k]:
                styles[body]["not_leads"].add(phrase)
        elif exact[k] and exact[k] >= shorter[k]:
            styles[body][part].add(phrase)
    return styles


def session(p):
    m = re.search(r"\((\d{4})\)", p["number"]) or re.match(r"(?:[A-Z]+-)?(\d+)", p["number"])
    return int(m.group(1)) if m else 0


def cuts(paras):
    docs = sorted({p["doc"] for p in paras})
    alt = {d: i % 2 for i, d in enumerate(docs)}
    latest = collections.defaultdict(int)
    for p in paras:
        latest[p["body"]] = max(latest[p["body"]], session(p))
    return {
        "hash": lambda p: int(hashlib.md5(p["doc"].encode()).hexdigest(), 16) % 2,
        "alternate": lambda p: alt[p["doc"]],
        "later": lambda p: int(session(p) == latest[p["body"]]),
    }


def score(paras, lx, styles):
    """(wrong paragraphs, wrong documents, documents) per body."""
    out = collections.defaultdict(lambda: [0, set(), set()])
    for p in paras:
        o = out[p["body"]]
        o[2].add(p["doc"])
        got = lead_of(p, lx, styles.get(p["body"]) if styles is not None else None)
        if (got or "").casefold() != (p["lead"] or "").casefold():
            o[0] += 1
            o[1].add(p["doc"])
    return {b: (o[0], len(o[1]), len(o[2])) for b, o in out.items()}


def validate(paras, lx):
    """Per body: {cut: (base wrong paras, with style, base wrong docs, with style, docs)}."""
    result = collections.defaultdict(dict)
    for name, half in cuts(paras).items():
        tot = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
        for h in (0, 1):
            train = [p for p in paras if half(p) == h]
            test = [p for p in paras if half(p) != h]
            base = score(test, lx, None)
            new = score(test, lx, derive(train, lx))
            for b in base:
                t = tot[b]
                t[0] += base[b][0]
                t[1] += new[b][0]
                t[2] += base[b][1]
                t[3] += new[b][1]
                t[4] += base[b][2]
        for b, t in tot.items():
            result[b][name] = tuple(t)
    return result


def passes(cut_results):
    """A style holds when, on every cut, it leaves no more paragraphs wrong."""
    return all(t[1] <= t[0] for t in cut_results.values()) and any(t[1] < t[0] for t in cut_results.values())


def bodies(paras, langs, report):
    by_lang = collections.defaultdict(list)
    for p in paras:
        if p["body"] and (not langs or p["lang"] in langs):
            by_lang[p["lang"]].append(p)
    for lang, ps in sorted(by_lang.items()):
        lx = lists(lang)
        if lx is None:
            continue
        checked = validate(ps, lx)
        if report:
            print("# %s: paragraphs (documents) with a wrong lead, held-out half, lists alone -> with the house style" % lang)
            for b, res in sorted(checked.items()):
                cells = ["%s %d->%d (%d->%d of %d)" % (c, *t) for c, t in res.items()]
                verdict = "holds" if passes(res) else "no effect" if all(t[0] == t[1] for t in res.values()) else "does not hold"
                print("%-24s %s  %s" % (b, " | ".join(cells), verdict))
            continue
        styles = derive(ps, lx)
        for b in sorted(styles):
            if not passes(checked.get(b, {})):
                continue
            print('[bodies."%s"]' % b)
            for key in ("preamble", "operative", "not_leads"):
                if styles[b][key]:
                    print("%s = [\n%s\n]" % (key, "\n".join("  %s," % json.dumps(x, ensure_ascii=False) for x in sorted(styles[b][key]))))
            print()


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else "../shared/corpus"
    langs = set(args[1:])
    paras = load(root)
    if "--bodies" in flags or "--validate" in flags:
        bodies([p for p in paras if p["folder"] == "akn"], langs, "--validate" in flags)
    else:
        seed(paras, langs)


if __name__ == "__main__":
    main(sys.argv[1:])
