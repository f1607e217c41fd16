#!/usr/bin/env python3
"""Refresh the evidence columns (``xwlb_count``, ``xwlb_first``) of the tifa (提法) lexicon.

For every entry of ``src/neican/resources/tifa.tsv`` this counts the items of
the CCTV 新闻联播 corpus (a gzip'd JSON-lines file, one news item per line with
``published``, ``title`` and ``html`` fields) whose text contains the term or any
of its ``|``-separated variants, finds the earliest ``published`` date of such an
item (the first dated use in the corpus), and rewrites the ``xwlb_count`` and
``xwlb_first`` columns in place. Row order and every other column are kept byte
for byte.

Matching is done with an Aho-Corasick automaton (neican.lexmatch) over text
normalised the same way as the patterns:

* HTML tags are stripped (block tags become line breaks) and entities decoded;
* Unicode NFKC (full-width ASCII such as ＋ or ２ becomes + and 2);
* dashes (— – － ‐ ‑ ―) become ``-``;
* whitespace other than line breaks and the quotation / title marks
  “ ” ‘ ’ " ' 「 」 『 』 《 》 〈 〉 are removed, so “十四五”规划 matches 十四五规划;
* ASCII letters are lower-cased.

An item counts once per entry however often the entry occurs in it.  The
title and the body are both searched, but never across their boundary.

Usage::

    python scripts/count_tifa_xwlb.py [CORPUS] [--tsv PATH] [--dry-run] [--top N]

CORPUS defaults to $NEICAN_XWLB_CORPUS or /work/shared/data/xwlb/xwlb.jsonl.gz.
Needs neican installed (``pip install -e .``).
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HEADER = ["term", "category", "since", "variants", "source", "xwlb_count", "xwlb_first"]
CATEGORIES = {
    "ideology", "party_building", "economy", "reform", "development", "regional",
    "governance", "rule_of_law", "social", "ecology", "security", "foreign",
    "military", "hmt", "rural", "technology", "culture", "discipline", "slogan",
}
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = REPO_ROOT / "src" / "neican" / "resources" / "tifa.tsv"
DEFAULT_CORPUS = os.environ.get(
    "NEICAN_XWLB_CORPUS", "/work/shared/data/xwlb/xwlb.jsonl.gz"
)

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|tr|h[1-6])\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_DASH = re.compile(r"[\u2014\u2013\uff0d\u2010\u2011\u2015]")
_DROP = re.compile(r"[^\S\n]+|[\u201c\u201d\u2018\u2019\"'\u300c\u300d\u300e\u300f\u300a\u300b\u3008\u3009]")


def normalise(text: str) -> str:
    """Normalise text or a pattern for matching (see module docstring)."""
    text = unicodedata.normalize("NFKC", text)
    text = _DASH.sub("-", text)
    text = _DROP.sub("", text)
    return text.lower()


def html_to_text(markup: str) -> str:
    markup = _BLOCK_TAG.sub("\n", markup)
    markup = _TAG.sub("", markup)
    return html.unescape(markup)


def read_tsv(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        raise SystemExit(f"error: {path}: header must be: {chr(9).join(HEADER)}")
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            raise SystemExit(
                f"error: {path}:{lineno}: expected {len(HEADER)} tab-separated "
                f"fields, got {len(fields)}"
            )
        rows.append(fields)
    return lines[0], rows


def surface_forms(row: list[str]) -> list[str]:
    forms = [row[0]] + [v for v in row[3].split("|") if v.strip()]
    return [f.strip() for f in forms]


def validate(rows: list[list[str]]) -> list[str]:
    """Return human-readable problems (duplicates, unknown categories, ...)."""
    problems = []
    term_at: dict[str, int] = {}
    for i, row in enumerate(rows):
        key = normalise(row[0])
        if not key:
            problems.append(f"row {i + 2}: empty term")
        elif key in term_at:
            problems.append(f"row {i + 2}: duplicate term {row[0]!r} (row {term_at[key] + 2})")
        else:
            term_at[key] = i
        if row[1] not in CATEGORIES:
            problems.append(f"row {i + 2}: unknown category {row[1]!r}")
    for i, row in enumerate(rows):
        for v in surface_forms(row)[1:]:
            j = term_at.get(normalise(v))
            if j is not None and j != i:
                problems.append(
                    f"row {i + 2}: variant {v!r} of {row[0]!r} is the term of row {j + 2}"
                )
    return problems


def build_automaton(rows: list[list[str]]):
    from neican.lexmatch import Lexicon

    owners: dict[str, set[int]] = {}
    for i, row in enumerate(rows):
        for form in surface_forms(row):
            key = normalise(form)
            if key:
                owners.setdefault(key, set()).add(i)
    return Lexicon((key, frozenset(idx)) for key, idx in owners.items())


def count(corpus: Path, rows: list[list[str]]) -> tuple[list[int], list[str], int]:
    """Per entry: items containing it, and the earliest ``published`` date (YYYY-MM-DD) among them."""
    automaton = build_automaton(rows)
    counts = [0] * len(rows)
    firsts = [""] * len(rows)
    items = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"warning: {corpus}:{lineno}: bad JSON ({exc}); skipped", file=sys.stderr)
                continue
            items += 1
            title = item.get("title") or ""
            body = html_to_text(item.get("html") or "")
            text = normalise(title) + "\n" + normalise(body)
            hit: set[int] = set()
            for _start, _end, _word, idx in automaton.overlapping(text):
                hit.update(idx)
            published = str(item.get("published") or "")[:10]
            for i in hit:
                counts[i] += 1
                if published and (not firsts[i] or published < firsts[i]):
                    firsts[i] = published
    return counts, firsts, items


def write_tsv(path: Path, header: str, rows: list[list[str]]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tifa.", suffix=".tsv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(header + "\n")
            for row in rows:
                out.write("\t".join(row) + "\n")
        if path.exists():
            shutil.copymode(path, tmp)  # mkstemp creates 0600; keep the file's mode
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS,
                    help=f"xwlb.jsonl.gz (default: {DEFAULT_CORPUS})")
    ap.add_argument("--tsv", default=str(DEFAULT_TSV), help="lexicon to update")
    ap.add_argument("--dry-run", action="store_true", help="count and report, do not rewrite")
    ap.add_argument("--top", type=int, default=20, help="how many of the most frequent to list")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    tsv = Path(args.tsv)
    if not corpus.is_file():
        print(f"error: corpus file not found: {corpus}\n"
              f"(pass its path as the first argument or set NEICAN_XWLB_CORPUS); "
              f"{tsv.name} left unchanged", file=sys.stderr)
        return 2
    if not tsv.is_file():
        print(f"error: lexicon not found: {tsv}", file=sys.stderr)
        return 2

    header, rows = read_tsv(tsv)
    problems = validate(rows)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)

    counts, firsts, items = count(corpus, rows)
    for row, n, first in zip(rows, counts, firsts):
        row[5] = str(n)
        row[6] = first

    nonzero = sum(1 for n in counts if n > 0)
    share = nonzero / len(rows) if rows else 0.0
    print(f"corpus items scanned: {items}")
    print(f"entries: {len(rows)}; with xwlb_count > 0: {nonzero} ({share:.1%})")
    by_cat = Counter(row[1] for row in rows)
    print("per category: " + ", ".join(f"{c} {n}" for c, n in by_cat.most_common()))
    top = sorted(zip(counts, range(len(rows))), key=lambda x: (-x[0], x[1]))[: args.top]
    print(f"top {len(top)}: " + ", ".join(f"{rows[i][0]} {n}" for n, i in top))

    if args.dry_run:
        print("dry run: lexicon not rewritten")
    else:
        write_tsv(tsv, header, rows)
        print(f"updated {tsv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
