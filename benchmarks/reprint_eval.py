#!/usr/bin/env python3
"""Reprint clustering: precision and recall on made copies, and what clusters on real xwlb items.

Originals: every 10th of the first ``--background`` xwlb items, the dev2 documents and the seeds.
Each original gets four copies, each run through the pipeline as a page would be:
  traditional  OpenCC s2twp (Taiwan script and vocabulary: 信息 → 資訊, 软件 → 軟體), with a
               Hong Kong paper's dateline and credit around it;
  garbled      inline pinyin after about one word in twelve (经济（jīngjì）) and mojibake: spans
               of 2–4 characters replaced by their UTF-8 bytes read as GBK (中国 → 涓浗), U+FFFD;
  both         traditional and garbled;
  embedded     the original inside a longer page: a related-news teaser before and after it
               (the first quarter of two other xwlb stories).
All go into one store with the background items (xwlb, so template bulletins are present);
``build_clusters`` runs at its defaults. Recall: share of (original, copy) pairs in one cluster,
per kind. Precision: of all pairs in one cluster that involve an original or a copy, the share
that are an original with its own copies. Then the clusters among the background items alone
are printed (titles, dates) for checking by hand.

usage: python benchmarks/reprint_eval.py [--background 3000] [--show 30] [--seed 14] [--threshold 0.8 0.9]
Needs ../shared/data/xwlb; pypinyin (pip install -e '.[bench]').
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import neican
from neican.corpus import build_clusters
from neican.corpus.fingerprints import THRESHOLD

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared"
XWLB = SHARED / "data" / "xwlb" / "xwlb.jsonl.gz"
KINDS = ("traditional", "garbled", "both", "embedded")


def background_records(limit: int, folder: Path) -> list[dict]:
    """The first ``limit`` xwlb items as the pipeline stores them (HTML bodies extracted)."""
    sample = folder / "background.jsonl.gz"
    with gzip.open(XWLB, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return [r for r in neican.extract([str(sample)], workers=None) if isinstance(r, dict)]


def shared_originals() -> list[dict]:
    """dev2 pages and the seeds as records (skipped where ../shared lacks them)."""
    paths = [p for p in (SHARED / "dev2" / "docs", SHARED / "seeds") if p.exists()]
    return [r for r in neican.extract([str(p) for p in paths]) if isinstance(r, dict) and len(r["text"]) >= 60]


def garble(text: str, rng: random.Random) -> str:
    """Inline pinyin after about one word in twelve, mojibake spans about every 250 characters."""
    from pypinyin import Style, lazy_pinyin

    out, i = [], 0
    while i < len(text):
        if rng.random() < 1 / 250 and i + 4 < len(text) and _hanzi(text[i:i + 4]):
            width = rng.randint(2, 4)
            out.append(text[i:i + width].encode("utf-8").decode("gbk", errors="replace"))
            i += width
            continue
        if rng.random() < 1 / 24 and _hanzi(text[i:i + 2]):
            out.append(text[i:i + 2] + "（" + "".join(lazy_pinyin(text[i:i + 2], style=Style.TONE)) + "）")
            i += 2
            continue
        if rng.random() < 1 / 1500:
            out.append("\ufffd")
        out.append(text[i])
        i += 1
    return "".join(out)


def _hanzi(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def traditional(text: str) -> str:
    import opencc

    return "【香港商報訊】" + opencc.OpenCC("s2twp").convert(text) + "（責任編輯：陳曉）"


def copies(original: dict, others: list[dict], rng: random.Random) -> dict[str, str]:
    text = original["text"]
    return {
        "traditional": traditional(text),
        "garbled": garble(text, rng),
        "both": garble(traditional(text), rng),
        "embedded": "\n".join([_teaser(rng.choice(others)), text, _teaser(rng.choice(others))]),
    }


def _teaser(other: dict) -> str:
    """The head of another story, as a page's related-news box prints it."""
    return "相关新闻：" + other["text"][: max(40, len(other["text"]) // 4)] + "……"


def _next_day(published: str | None) -> str | None:
    import datetime

    if not published:
        return None
    return (datetime.date.fromisoformat(published[:10]) + datetime.timedelta(days=1)).isoformat()


def make_corpus(background: int, seed: int) -> tuple[dict[str, dict], dict[str, str], list[dict], int]:
    """(records by id, copy or original id -> its original's id, the copies, originals)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        bg = background_records(background, Path(tmp))
    originals = bg[::10] + shared_originals()
    made: list[dict] = []
    truth: dict[str, str] = {}  # document id -> the original it copies (originals map to themselves)
    for n, original in enumerate(originals):
        truth[original["id"]] = original["id"]
        for kind, text in copies(original, bg, rng).items():
            record = neican.extract_text(text, id=f"{kind}-{n}", published=_next_day(original.get("published")),
                                         source="香港商报" if kind != "garbled" else "某网站")
            truth[record["id"]] = original["id"]
            made.append(record)
    return {r["id"]: r for r in [*bg, *originals, *made]}, truth, made, len(originals)


def score(rows: list[tuple], truth: dict[str, str], made: list[dict]) -> tuple[dict, list, list]:
    """Recall per kind, precision, the false pairs and the clusters of background items only."""
    cluster_of = {doc: cluster for doc, cluster, _, _ in rows}
    info = {doc: (title, published) for doc, _, title, published in rows}
    recall = {}
    for kind in KINDS:
        pairs = [(truth[r["id"]], r["id"]) for r in made if r["id"].startswith(kind + "-")]
        recall[kind] = round(sum(cluster_of[a] == cluster_of[b] for a, b in pairs) / len(pairs), 3)
    members: dict[int, list[str]] = defaultdict(list)
    for doc, cluster in cluster_of.items():
        members[cluster].append(doc)
    true_pairs, false_pairs, background_clusters = 0, [], []
    for group in (g for g in members.values() if len(g) > 1):
        if not any(doc in truth for doc in group):
            background_clusters.append([(d, *info[d]) for d in sorted(group)])
        for a, b in itertools.combinations(sorted(group), 2):
            if a in truth or b in truth:
                if truth.get(a) == truth.get(b):
                    true_pairs += 1
                else:
                    false_pairs.append((a, info[a], b, info[b]))
    result = {
        "recall": recall,
        "recall_cross_script_and_garbled": round(sum(recall[k] for k in ("traditional", "garbled", "both")) / 3, 3),
        "precision": round(true_pairs / max(true_pairs + len(false_pairs), 1), 4),
        "true_pairs": true_pairs, "false_pairs": len(false_pairs), "background_clusters": len(background_clusters),
    }
    return result, false_pairs, background_clusters


def evaluate(background: int, show: int, seed: int, thresholds: list[float]) -> list[dict]:
    started = time.perf_counter()
    corpus, truth, made, originals = make_corpus(background, seed)
    print(f"{len(corpus)} documents ({originals} originals, {len(made)} copies) prepared in "
          f"{time.perf_counter() - started:.0f}s")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        with neican.open_store(Path(tmp) / "eval.db") as store:
            store.add(corpus.values(), batch_size=1000)
            for threshold in thresholds:
                stats = build_clusters(store, threshold=threshold)
                rows = store.query("SELECT d.id, c.cluster_id, d.title, d.published FROM clusters c"
                                   " JOIN documents d ON d.rowid = c.doc_id")
                result, false_pairs, background_clusters = score(rows, truth, made)
                result = {"threshold": threshold, **result, "cluster_seconds": round(stats.seconds, 2)}
                results.append(result)
                print(json.dumps(result, ensure_ascii=False))
                for example in false_pairs[:show]:
                    print("  false pair:", example)
                print(f"  clusters among the {background} background items ({len(background_clusters)}), "
                      f"first {show} for checking by hand:")
                for group in background_clusters[:show]:
                    print("  |", " || ".join(f"{(p or '-')[:10]} {t or '(no title)'}" for _, t, p in group))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--background", type=int, default=3000)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--threshold", type=float, nargs="+", default=[THRESHOLD], help="containment thresholds to score")
    args = ap.parse_args()
    if not XWLB.exists():
        sys.exit(f"{XWLB}: corpus not found")
    print(json.dumps(evaluate(args.background, args.show, args.seed, args.threshold)))


if __name__ == "__main__":
    main()
