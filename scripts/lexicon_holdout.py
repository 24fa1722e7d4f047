#!/usr/bin/env python3
"""How well the lead lists generalize: leads on plain text, for phrases the
lexicon has never seen.

    python3 scripts/lexicon_holdout.py [--min en=54,fr=47.5] [CORPUS] [LANG...]
                                        (default ../shared/corpus en fr es)

The lexicon's phrase lists were seeded from the development corpus, so the
corpus's own score flatters them: a new resolution brings phrases no list
has. This check cuts the corpus's documents of each language in two halves
(by a hash of the name) and, for each half, builds the parser with lists
from which every phrase that is a lead only in that half's ground truth is
removed (`CLAUSEMARK_LEXICON_DIR`, read by build.rs), then scores that
half's `.txt` renditions (plain text: no emphasis tells the lead, so the
lists and the parser's guesses decide). It prints, per language, the exact
share with the full lists and with the held-out lists, both halves summed.

Builds into target/holdout (two builds); the scorer is ../shared/tools/score.py.
With --min, exits 1 when a language's held-out exact share is below its
floor (`npm test` runs it so: the parser's guesses must not lose ground).
"""
import glob, hashlib, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
args = sys.argv[1:]
floors = {}
if args[:1] == ["--min"]:
    floors = {k: float(v) for k, v in (x.split("=") for x in args[1].split(","))}
    args = args[2:]
corpus = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join(ROOT, "..", "shared", "corpus")
langs = args or ["en", "fr", "es"]
score_py = os.path.join(corpus, "..", "tools", "score.py")


def half(path):
    return int(hashlib.md5(os.path.basename(path).encode()).hexdigest(), 16) % 2


def leads(files):
    out = set()
    for f in files:
        e = json.load(open(f, encoding="utf-8"))
        for part in ("preamble", "operative"):
            for p in e.get(part, []):
                if p.get("lead"):
                    out.add(p["lead"].strip(" ,;:").lower())
    return out


def reduce(src, drop):
    """The lexicon file `src` without the phrases in `drop` (lower case) in
    its preamble/operative lists (house styles included)."""
    out, array = [], None
    for line in open(src, encoding="utf-8").read().split("\n"):
        m = re.match(r"^(\w+) = \[\s*$", line)
        if m:
            array = m.group(1)
        elif line.strip() == "]":
            array = None
        item = re.match(r'^\s+"(.*)",?\s*$', line)
        if array in ("preamble", "operative") and item and item.group(1).lower() in drop:
            continue
        out.append(line)
    return "\n".join(out)


def score(binary, files, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    os.makedirs(os.path.join(d, "akn"))
    for f in files:
        for x in (f, f.replace(".expected.json", ".txt")):
            os.symlink(os.path.abspath(x), os.path.join(d, "akn", os.path.basename(x)))
    r = subprocess.run([sys.executable, score_py, "-q", "--cmd", f"{binary} parse --format json {{file}}", d], capture_output=True, text=True)
    got = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^txt-(\w+)\s+(\d+)\s+([\d.]+)", line)
        if m:
            got[m.group(1)] = (int(m.group(2)), float(m.group(3)))
        # The scorer prints no per-language rows when every file has one
        # language: then its `txt` row is that language's.
        m = re.match(r"^txt\s+(\d+)\s+([\d.]+)", line)
        if m and len(langs) == 1:
            got.setdefault(langs[0], (int(m.group(1)), float(m.group(2))))
    return got


def main():
    tmp = tempfile.mkdtemp(prefix="clausemark-holdout-")
    full_bin = os.path.join(ROOT, "target", "release", "clausemark")
    subprocess.run(["cargo", "build", "--release", "--bin", "clausemark", "--quiet"], cwd=ROOT, check=True)
    held_bin = os.path.join(ROOT, "target", "holdout", "release", "clausemark")
    totals = {l: {"files": 0, "full": 0.0, "held": 0.0, "dropped": 0} for l in langs}
    for fold in (0, 1):
        lexdir = os.path.join(tmp, f"lexicon-{fold}")
        shutil.copytree(os.path.join(ROOT, "lexicon"), lexdir)
        scored = {}
        for lang in langs:
            files = sorted(glob.glob(os.path.join(corpus, "akn", f"*-{lang}.expected.json")))
            test = [f for f in files if half(f) == fold]
            train = [f for f in files if half(f) != fold]
            drop = leads(test) - leads(train)
            src = os.path.join(ROOT, "lexicon", f"{lang}.toml")
            reduced = reduce(src, drop)
            totals[lang]["dropped"] += len(open(src, encoding="utf-8").read().split("\n")) - len(reduced.split("\n"))
            open(os.path.join(lexdir, f"{lang}.toml"), "w", encoding="utf-8").write(reduced)
            scored[lang] = test
        env = dict(os.environ, CLAUSEMARK_LEXICON_DIR=lexdir)
        print(f"fold {fold}: building with the held-out lists ...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--bin", "clausemark", "--quiet", "--target-dir", "target/holdout"], cwd=ROOT, env=env, check=True)
        every = [f for l in langs for f in scored[l]]
        full = score(full_bin, every, tmp)
        held = score(held_bin, every, tmp)
        for lang in langs:
            n, a = full.get(lang, (0, 0.0))
            _, b = held.get(lang, (0, 0.0))
            totals[lang]["files"] += n
            totals[lang]["full"] += a * n / 100
            totals[lang]["held"] += b * n / 100
    print("language  txt files  phrases removed (both folds)  exact % full lists  exact % held-out lists")
    for lang, t in totals.items():
        n = max(t["files"], 1)
        print(f"{lang:8}  {t['files']:9}  {t['dropped']:28}  {100 * t['full'] / n:18.1f}  {100 * t['held'] / n:22.1f}")
    shutil.rmtree(tmp)
    low = [f"{l}: {100 * totals[l]['held'] / max(totals[l]['files'], 1):.1f} % < {m} %" for l, m in floors.items() if 100 * totals[l]["held"] / max(totals[l]["files"], 1) < m - 1e-9]
    if low:
        print("held-out lead accuracy dropped: " + "; ".join(low), file=sys.stderr)
        sys.exit(1)


main()
