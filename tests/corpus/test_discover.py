"""Formulation discovery: candidates ranked by spread across time and place, with evidence rows."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from neican.cli import cli
from neican.corpus.discover import CANDIDATE_COLUMNS, candidate_rows, discover, spread_score

from .records import GUANGDONG, SICHUAN, ZHEJIANG, formulation, record

pytestmark = pytest.mark.issue(13)

# 三链融合 is invented: four documents, four years, three provinces, three outlets. 周末大集 is
# repeated by one outlet in seven documents of one month. 高质量发展 is in the lexicon.
SPREAD = [("2016-05-02", "浙江日报", ZHEJIANG), ("2018-09-10", "四川日报", SICHUAN),
          ("2021-03-03", "南方日报", GUANGDONG), ("2024-11-20", "浙江日报", ZHEJIANG)]


def corpus_records() -> list[dict]:
    records = [record(f"s{i}", published=day, source=outlet, regions=[region],
                      formulations=[formulation("三链融合", "quoted"), formulation("高质量发展", "quoted")])
               for i, (day, outlet, region) in enumerate(SPREAD)]
    records += [record(f"b{i}", published=f"2023-06-{i + 1:02d}", source="某某晚报", regions=[ZHEJIANG],
                       formulations=[formulation("周末大集", "quoted")]) for i in range(7)]
    return records


def test_spread_outranks_volume(store):
    store.add(corpus_records())
    candidates = discover(store, top=10, min_documents=3)
    assert [c.text for c in candidates] == ["三链融合", "周末大集"]  # the lexicon term is left out
    spread, volume = candidates
    assert (spread.documents, spread.years, spread.months, spread.outlets, spread.provinces) == (4, 4, 4, 3, 3)
    assert (volume.documents, volume.years, volume.months, volume.outlets, volume.provinces) == (7, 1, 1, 1, 1)
    assert spread.first_seen.startswith("2016-05-02") and spread.first_document == "s0"


def test_score_ignores_the_document_count():
    assert spread_score(years=4, months=4, outlets=3, provinces=3) > spread_score(years=1, months=1, outlets=1,
                                                                                 provinces=1)
    assert spread_score(2, 2, 1, 0) == spread_score(2, 2, 1, 0)


def test_candidate_rows_carry_the_evidence(store):
    store.add(corpus_records())
    rows = candidate_rows(discover(store, top=1, min_documents=3), "test discover 2026-12-05")
    row = dict(zip(CANDIDATE_COLUMNS, rows[0]))
    assert row == {"term": "三链融合", "category": "", "since": "2016", "variants": "",
                   "source": "test discover 2026-12-05", "documents": "4", "first_seen": "2016-05-02",
                   "years": "4", "months": "4", "outlets": "3", "provinces": "3", "score": row["score"]}
    assert float(row["score"]) == spread_score(4, 4, 3, 3)


def test_cli_writes_candidate_rows(tmp_path):
    from neican.store import open_store

    db = tmp_path / "corpus.db"
    with open_store(db) as store:
        store.add(corpus_records())
    out = tmp_path / "candidates.tsv"
    result = CliRunner().invoke(cli, ["tifa", "discover", "--db", str(db), "--top", "5", "--tsv", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[1] == "三链融合"
    assert "4 years, 4 months, 3 outlets, 3 provinces, 4 docs" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(CANDIDATE_COLUMNS)
    assert [line.split("\t")[0] for line in lines[1:]] == ["三链融合", "周末大集"]
    assert lines[1].split("\t")[4].startswith("corpus discover ")


def test_many_documents_in_a_short_time_rank_below_a_few_over_years(store):
    """The case a document count gets wrong: 40 items in two months against 3 items over 9 years."""
    store.add([record(f"a{i}", published=f"{year}-04-01", source="新华社",
                      formulations=[formulation("一江两岸", "quoted")]) for i, year in enumerate((2015, 2019, 2023))])
    store.add([record(f"m{i}", published=f"{2020 + i % 2}-01-{i // 2 + 1:02d}", source="新华社",
                      formulations=[formulation("年货节", "quoted")]) for i in range(40)])
    assert [c.text for c in discover(store, top=2, min_documents=3)] == ["一江两岸", "年货节"]
