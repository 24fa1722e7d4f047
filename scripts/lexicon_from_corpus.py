#!/usr/bin/env python3
"""Seed the lead-phrase lists of lexicon/*.toml from the development corpus.

    python3 scripts/lexicon_from_corpus.py ../shared/corpus [LANG...]

For each language and part it prints the emphasized leads of the ground
truth that are lead phrases in their own right: a phrase is kept when, among
the paragraphs whose text opens with it, the typesetter emphasized exactly it
at least as often as a shorter part of it ("Reaffirming its commitment" is
kept, "Takes note of" and "Guided by" are not). The output is reviewed and
merged by hand into lexicon/LANG.toml; the parser never reads the corpus.
"""
import collections, glob, json, os, sys


def opens_with(text, phrase):
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


def main(root, langs):
    leads = collections.defaultdict(collections.Counter)
    texts = collections.defaultdict(list)
    for f in glob.glob(os.path.join(root, "*", "*.expected.json")):
        d = json.load(open(f, encoding="utf-8"))
        lang = d["meta"]["language"]
        for part in ("preamble", "operative"):
            for p in d[part]:
                texts[(lang, part)].append((p["text"], p.get("lead")))
                if p.get("lead"):
                    leads[(lang, part)][p["lead"]] += 1
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


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus", set(sys.argv[2:]))
