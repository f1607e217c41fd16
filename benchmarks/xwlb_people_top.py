#!/usr/bin/env python3
"""The most frequent person entities of an xwlb sample as an analyst sees them, beside the hand
judgement kept in benchmarks/xwlb_people_judged.tsv (issue 11: an audit that a person would trust).

The sample is the one benchmarks/xwlb_audit.py reads: every 7th item of
../shared/data/xwlb/xwlb.jsonl.gz, up to 10,000. It is ingested into a fresh store (`neican
ingest`), person entities are built (`neican people`), and the list is the web UI's people index
(`people_index`, busiest first: documents, then name, then id). tests/corpus/test_xwlb_audit.py
rebuilds the same list and holds it to the judgement.

usage: python benchmarks/xwlb_people_top.py [--top 200] [--db FILE]
Prints every entity of the top N with its judgement (UNJUDGED where the fixture has none: judge
those and add them to the fixture), then the share of real people, of single individuals, and
the entities of 习近平, 李克强, 陈敏尔 and other leaders (LEADERS).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
XWLB = HERE.parent.parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
JUDGED = HERE / "xwlb_people_judged.tsv"
EVERY, LIMIT, TOP = 7, 10000, 200
# each must be one entity: the three, and leaders 中方主席 once split (中方县, see 2026-12-06)
# the last five: a province's post (or a SAR's) and national posts joined into one career (one entity each since 2026-12-06)
LEADERS = ("习近平", "李克强", "陈敏尔", "韩正", "王岐山", "张高丽", "孙春兰", "胡春华", "夏宝龙", "王东峰", "刘奇", "梁振英", "林郑月娥")


@dataclass(frozen=True)
class Judged:
    rank: int
    name: str
    province: str
    documents: int
    person: bool       # a real person named by the text (not a word, a place, an organ, a fragment)
    one_person: bool | None  # one individual (not namesakes in different posts merged); None for a non-person
    bare_posts: str
    note: str


def write_sample(folder: Path, source: Path = XWLB, every: int = EVERY, limit: int = LIMIT) -> Path:
    """Every ``every``-th line of the corpus, up to ``limit`` lines, as one .jsonl file."""
    target = folder / f"xwlb-every{every}-{limit}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as src:
        target.write_text("".join(itertools.islice(itertools.islice(src, every - 1, None, every), limit)),
                          encoding="utf-8")
    return target


def build_store(db: Path, sample: Path) -> None:
    """`neican ingest SAMPLE --db DB` then `neican people --db DB`."""
    import neican
    from neican.corpus import build_people

    neican.ingest([str(sample)], db, batch_size=1000)
    with neican.open_store(db) as store:
        build_people(store)


def top_people(store, n: int = TOP):
    """The first ``n`` person entities of the web UI's people index (busiest first)."""
    from neican.corpus.indexes import people_index

    return people_index(store, order="documents", limit=n).items


def entities_named(store, name: str) -> list[tuple[int, str | None, int]]:
    """(entity id, province, documents) of every entity of this name."""
    return store.query("SELECT entity_id, province, documents FROM person_entities WHERE name = ?"
                       " ORDER BY documents DESC", (name,))


def load_judged(path: Path = JUDGED) -> dict[str, Judged]:
    """The judged rows by name (a name judged twice, once per province, must agree on ``person``)."""
    judged: dict[str, Judged] = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        one_person = None if row["one_person"] == "-" else _yes_no(row["one_person"], line)
        entry = Judged(int(row["rank"]), row["name"], row["province"], int(row["documents"]),
                       _yes_no(row["person"], line), one_person, row["bare_posts"], row["note"])
        if entry.name in judged and judged[entry.name].person != entry.person:
            raise ValueError(f"{path.name}: {entry.name} judged both a person and not")
        judged.setdefault(entry.name, entry)
    return judged


def _yes_no(value: str, line: str) -> bool:
    if value not in ("yes", "no"):
        raise ValueError(f"{JUDGED.name}: judgement must be yes or no: {line!r}")
    return value == "yes"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--db", type=Path, help="keep the store here (default: a temporary one)")
    args = ap.parse_args()
    if not XWLB.exists():
        print(f"{XWLB}: not found; skipped")
        return 0
    import neican

    judged = load_judged()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "sample.db"
        started = time.perf_counter()
        build_store(db, write_sample(Path(tmp)))
        seconds = time.perf_counter() - started
        with neican.open_store(db, readonly=True) as store:
            top = top_people(store, args.top)
            leaders = {name: entities_named(store, name) for name in LEADERS}
    unjudged = 0
    for rank, entity in enumerate(top, 1):
        entry = judged.get(entity.name)
        unjudged += entry is None
        if entry is None:
            verdict = "UNJUDGED"
        else:
            verdict = "person" if entry.person else "NOT A PERSON"
            verdict += ", several people" if entry.one_person is False else ""
        print(f"{rank}\t{entity.name}\t{entity.province or ''}\t{entity.documents}\t{verdict}")
    people = sum(1 for e in top if (j := judged.get(e.name)) is not None and j.person)
    single = sum(1 for e in top if (j := judged.get(e.name)) is not None and j.person and j.one_person)
    print(f"\nbuilt in {seconds:.0f}s; top {len(top)}: {people} real people ({people / len(top):.1%}), "
          f"{single} of them one individual each ({single / len(top):.1%}), {unjudged} unjudged")
    for name, rows in leaders.items():
        print(f"{name}: {len(rows)} entit{'y' if len(rows) == 1 else 'ies'} {rows}")
    return 1 if unjudged else 0


if __name__ == "__main__":
    sys.exit(main())
