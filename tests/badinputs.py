"""Hostile but real inputs (issue 16), written into a folder for the CLI, API and Spark tests.

Each is small except the 50 MB single line, which is what an export gone wrong produces.
"""
from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

GOOD_TEXT = "本报讯（记者张三）1月13日，辽宁省委常委会召开会议，研究部署全面振兴工作。"
BIG_LINE_BYTES = 50 * 1024 * 1024

# name -> the failure reason expected for it (None: it must come out as a record)
EXPECTED = {
    "big-line.txt": "too_large",
    "big-line.jsonl#1": "too_large",
    "random.txt": "binary",
    "truncated.txt.gz": "truncated",
    "empty.txt": "empty",
    "utf16-no-bom.txt": "binary",
    "broken.jsonl#2": "bad_json",
    "broken.jsonl#3": "bad_json",
}


def write_bad_inputs(folder: Path) -> Path:
    """Write every bad input of issue 16 into ``folder``, beside good ones that must survive."""
    folder.mkdir(parents=True, exist_ok=True)
    line = b"\xe6\x96\x87" * (BIG_LINE_BYTES // 3)  # 文 repeated: one 50 MB line, no newline
    (folder / "big-line.txt").write_bytes(line)
    (folder / "big-line.jsonl").write_bytes(b'{"text": "' + line + b'"}\n')
    (folder / "random.txt").write_bytes(random.Random(16).randbytes(4096))
    whole = gzip.compress(GOOD_TEXT.encode("utf-8") * 50)
    (folder / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "utf16-no-bom.txt").write_bytes(GOOD_TEXT.encode("utf-16-le"))
    page = (f'<html><head><meta charset="big5"><title>会议</title></head>'
            f"<body><article><p>{GOOD_TEXT}</p><p>{GOOD_TEXT}</p></article></body></html>")
    (folder / "charset-lies.html").write_bytes(page.encode("utf-8"))  # declares Big5, is UTF-8
    lines = [json.dumps({"id": "good-1", "text": GOOD_TEXT}, ensure_ascii=False), '{"text": "不完整',
             "[1, 2", '{"id": "\\ud83d", "text": "' + GOOD_TEXT + '"}']
    (folder / "broken.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as handle:
        handle.write(GOOD_TEXT.encode("utf-8"))
    return folder
