#!/usr/bin/env python3
"""Seed the lead-phrase lists of lexicon/*.toml from the development corpus.

    python3 scripts/lexicon_from_corpus.py ../shared/corpus > /tmp/leads.toml

Prints, per language and part, every emphasized lead of the ground truth that
does not end in a function word (`Takes note of`, `Reaffirming its` are
typesetting accidents, not phrases). The output is reviewed and merged by hand
into lexicon/LANG.toml; the parser never reads the corpus.
"""
import collections, glob, json, os, sys

STOP = {
    "en": {"of", "its", "the", "a", "an", "their", "our", "that", "to", "States", "need", "support", "commitment", "call", "demand"},
    "fr": {"de", "du", "des", "la", "le", "les", "sa", "son", "ses", "que", "à"},
    "es": {"de", "del", "la", "el", "los", "las", "su", "sus", "que", "a"},
}

def main(root):
    seen = collections.defaultdict(collections.Counter)
    for f in glob.glob(os.path.join(root, "*", "*.expected.json")):
        d = json.load(open(f, encoding="utf-8"))
        lang = d["meta"]["language"]
        for part in ("preamble", "operative"):
            for p in d[part]:
                if p.get("lead"):
                    seen[(lang, part)][p["lead"]] += 1
    for (lang, part), leads in sorted(seen.items()):
        stop = STOP.get(lang, set())
        keep = sorted(k for k in leads if k.split()[-1] not in stop and not k[0].islower())
        print("# %s %s" % (lang, part))
        print("%s = [\n%s\n]" % (part, "\n".join("  %s," % json.dumps(k, ensure_ascii=False) for k in keep)))

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
