#!/usr/bin/env python3
"""Score neican on the development sets, with dev2 split into a tuning part and a held-out part.

The split rule was fixed before any dev2 error was looked at: of the 40 dev2 documents in
sorted file-name order, every fourth one (positions 4, 8, ..., 40, i.e. index % 4 == 3) is held
out and never tuned on: cctv04 cctv08 cctv12 cctv16 cctv20 cctv24 web04 web08 web12 web16.

usage: score_dev.py [--records FILE.jsonl] [--json OUT]   (extracts with neican when no records)
Prints one table: each field's F1 on the seeds, the 30 tuning documents, both ("tune"), the 10
held out, and all 45 ("all", the figure the issues' "done when" criteria name).
"""
import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def held_out(names):
    """The fixed rule: every fourth document of dev2 in sorted order."""
    return {n for i, n in enumerate(sorted(names)) if i % 4 == 3}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records")
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.records:
        lines = Path(args.records).read_text(encoding="utf-8").splitlines()
    else:
        inputs = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt")) + [str(SHARED / "dev2" / "docs")]
        out = subprocess.run([sys.executable, "-m", "neican", "extract", *inputs, "--jsonl", "-q"],
                             check=True, capture_output=True, text=True).stdout
        lines = out.splitlines()
    preds = {}
    for line in lines:
        if line.strip():
            r = json.loads(line)
            preds[Path(str(r.get("path") or r.get("id"))).name] = r
    golds = {}
    for folder in (SHARED / "gold" / "dev", SHARED / "dev2" / "gold"):
        for f in sorted(folder.glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            golds[g["doc"]] = (folder.parent.name == "dev2", g)
    dev2 = [d for d, (is2, _) in golds.items() if is2]
    hold = held_out(dev2)
    score = load_scorer()
    parts = {"seeds": score.Tally(), "dev2-30": score.Tally(), "tune": score.Tally(), "held-out": score.Tally(),
             "all": score.Tally()}
    for doc, (is2, g) in golds.items():
        p = preds.get(doc, {})
        names = ["held-out"] if doc in hold else (["dev2-30", "tune"] if is2 else ["seeds", "tune"])
        names.append("all")  # dev2 ∪ gold/dev: the issues' "done when" figures
        for name in names:
            score.score_doc(g, p, parts[name], {})
    table = {name: {k: f for k, *_x, (_p, _r, f) in t.rows()} for name, t in parts.items()}
    fields = sorted(table["tune"])
    print(f"{'field':30s} " + " ".join(f"{n:>9s}" for n in parts))
    for k in fields:
        print(f"{k:30s} " + " ".join(f"{table[n].get(k, float('nan')):9.3f}" for n in parts))
    for n in parts:
        vals = table[n].values()
        table[n]["_macro"] = sum(vals) / len(vals)
    print(f"{'macro':30s} " + " ".join(f"{table[n]['_macro']:9.3f}" for n in parts))
    print("held out:", " ".join(sorted(hold)))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
