"""The Python API on the bundled examples: records follow the contract, offsets map back."""
from pathlib import Path

import neican
from neican.normalize import to_simplified_plain
from neican.record import EXTRACTED_FIELDS

CONTRACT = {"id": str, "path": str, "schema": int, "script": str, "authors": list, "editors": list,
            "articles": list, "text": str, "removed": list, "warnings": list}


def test_records_follow_the_contract(seed_records):
    assert len(seed_records) == 5
    for record in seed_records.values():
        for key, kind in CONTRACT.items():
            assert isinstance(record[key], kind), key
        for key in ("title", "original_title", "published", "source", "original_source"):
            assert key in record
        for key in EXTRACTED_FIELDS:
            assert isinstance(record[key], list)


def test_offsets_map_clean_text_back_to_the_original(seed_records):
    for name, record in seed_records.items():
        original = (Path(__file__).parents[1] / "examples" / name).read_text(encoding="utf-8")
        offsets = neican.OffsetMap([tuple(run[:3]) + (bool(run[3]),) for run in record["orig_offsets"]])
        text = record["text"]
        for start in range(0, len(text) - 4, max(1, len(text) // 40)):
            a, b = offsets.span(start, start + 4)
            assert to_simplified_plain(original[a:b]) == text[start:start + 4] \
                or "\n" in text[start:start + 4], (name, start)


def test_traditional_page_is_normalised(seed_records):
    traditional = [r for r in seed_records.values() if r["script"] == "traditional"]
    assert traditional
    for record in traditional:
        assert to_simplified_plain(record["text"]) == record["text"]


def test_extract_text_reads_a_string():
    record = neican.extract_text("本报讯 记者张三 李四报道 会议强调，要推动高质量发展。", source="某某日报")
    assert record["authors"] == ["张三", "李四"]
    assert record["source"] == "某某日报"


def test_ids_are_stable():
    a = neican.extract_text("会议强调，要推动高质量发展。")
    b = neican.extract_text("会议强调，要推动高质量发展。")
    assert a["id"] == b["id"]


def test_workers_give_the_same_records_in_the_same_order(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(f"本报讯 记者张{i}报道 第{i}次会议强调，要推动高质量发展。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    one = list(neican.extract([str(tmp_path)], workers=1))
    two = list(neican.extract([str(tmp_path)], workers=2))
    assert [r["id"] if isinstance(r, dict) else str(r) for r in one] == \
        [r["id"] if isinstance(r, dict) else str(r) for r in two]
    assert one == two
