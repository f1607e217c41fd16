#!/usr/bin/env python3
"""Mechanical checks of the freshweb gold against its pages (no neican involved).

usage: python benchmarks/freshweb/check.py [PAGES_DIR] [--quotes] [--batch 1|2|3|4]
  PAGES_DIR  the built pages (default: build them into a temporary folder)
  --batch    1: fw01-fw18, gold/ (default); 2: fw19-fw35, gold2/; 3: fw36-fw51, gold3/; 4: fw52 onward, gold4/
  --quotes   also list every quoted string of each page's visible text, marked with whether the gold
             lists it as a formulation (for the manual pass: each is a formulation or a noted exclusion)

Each page is decoded as UTF-8 (with or without BOM), else GB18030, whatever it declares. Its visible
text leaves out <head>, scripts, styles and comments. Checked for every gold file:
  * every field of the gold format is present, in order, with the right types;
  * boilerplate, keep and duplicate_lines snippets occur in the visible text (exactly, after collapsing
    whitespace runs to one space; and after the scorer's normalisation), and no snippet is both;
  * names, titles (less their region's place name), tifa, formulations and numbered heads occur in the
    visible text (after the scorer's normalisation);
  * hosts and speakers are participants, participants, authors and editors are people;
  * published is ISO 8601, event dates are YYYY-MM-DD or --MM-DD, regions are full province-level names.
Exit status 1 when a problem is found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
GOLDS = {1: GOLD, 2: HERE / "gold2", 3: HERE / "gold3", 4: HERE / "gold4"}
KEYS = ["doc", "script", "genre", "title", "original_title", "published", "source", "original_source",
        "authors", "editors", "articles", "people", "events", "tours", "formulations", "tifa", "numbered",
        "regions", "boilerplate", "keep", "duplicate_lines", "notes"]
PROVINCES = {
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
    "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
    "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
}
PUNCT = re.compile(r"[\s\u3000“”\"'‘’《》〈〉（）()、,，。:：;；!！?？·—\-]+")
SKIP_TAGS = {"script", "style", "head", "noscript", "title"}
BREAK_TAGS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
              "section", "article", "header", "footer", "dd", "dt", "dl", "form", "option", "center"}
QUOTE = re.compile(r"“([^“”]{1,40})”")
TICKER = re.compile(r"\(\s*-?[\d.]+,\s*-?[\d.]+,\s*-?[\d.]+%\)")  # live stock quotes a portal injects after a company name


def norm(s: str | None) -> str:
    return PUNCT.sub("", s or "")


def decode(raw: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("gb18030", "replace")


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BREAK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in BREAK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BREAK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_lines(path: Path) -> list[str]:
    parser = _Visible()
    parser.feed(decode(path.read_bytes()))
    parser.close()
    lines = (re.sub(r"[ \t\r\u00a0\u3000]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return [line for line in lines if line]


def check(gold: dict, lines: list[str]) -> list[str]:
    problems = []
    text = "\n".join(lines)
    ntext = norm(TICKER.sub("", text))  # names and titles are read without the injected quotes

    def squash(s: str) -> str:
        return re.sub(r"[ \t\r\u00a0\u3000]+", " ", s).strip()

    if list(gold) != KEYS and list(gold) != KEYS[:11] + ["article_titles"] + KEYS[11:]:
        problems.append(f"keys out of order or missing: {list(gold)}")
    for field in ("boilerplate", "keep", "duplicate_lines"):
        for snippet in gold.get(field, []):
            if squash(snippet) not in text:
                problems.append(f"{field} not an exact substring of the visible text: {snippet!r}")
            elif norm(snippet) not in norm(text):
                problems.append(f"{field} lost by normalisation: {snippet!r}")
    both = {norm(b) for b in gold.get("boilerplate", [])} & {norm(k) for k in gold.get("keep", [])}
    if both:
        problems.append(f"snippets both boilerplate and keep: {both}")
    for k in gold.get("keep", []):
        for b in gold.get("boilerplate", []):
            if norm(b) and norm(b) in norm(k):
                problems.append(f"boilerplate {b!r} occurs inside keep {k!r}")
    people = {p["name"] for p in gold.get("people", [])}
    for p in gold.get("people", []):
        if norm(p["name"]) not in ntext:
            problems.append(f"person not in text: {p['name']}")
        for t in p.get("titles", []):
            region = t.get("region")
            if region and region not in PROVINCES and not re.search(r"[市县区旗州盟]$", region):
                problems.append(f"odd region {region!r} for {p['name']}")
            if norm(t["title"]) not in ntext:
                problems.append(f"title not in text: {p['name']} {t['title']}")
    for role in ("authors", "editors"):
        for name in gold.get(role, []):
            if name not in people:
                problems.append(f"{role[:-1]} {name} is not in people")
    for e in gold.get("events", []):
        parts = set(e.get("participants", []))
        for role in ("hosts", "speakers"):
            for name in e.get(role, []):
                if name not in parts:
                    problems.append(f"{role[:-1]} {name} is not a participant of {e['name']}")
        for name in parts - people:
            problems.append(f"participant {name} is not in people")
        if e.get("date") and not re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", e["date"]):
            problems.append(f"bad event date {e['date']!r}")
    for field in ("formulations", "tifa"):
        for f in gold.get(field, []):
            if norm(f) not in ntext:
                problems.append(f"{field.removesuffix('s')} not in text: {f}")
    for n in gold.get("numbered", []):
        if not isinstance(n.get("number"), int) or norm(n.get("head")) not in ntext:
            problems.append(f"numbered entry odd or head not in text: {n}")
    for r in gold.get("regions", []):
        if r not in PROVINCES:
            problems.append(f"region is not a full province-level name: {r}")
    if gold.get("published") and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?", gold["published"]):
        problems.append(f"bad published {gold['published']!r}")
    if gold.get("title") and norm(gold["title"]) not in ntext:
        problems.append("title not in the visible text")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path, nargs="?")
    ap.add_argument("--quotes", action="store_true")
    ap.add_argument("--batch", type=int, choices=(1, 2, 3, 4), default=1)
    args = ap.parse_args()
    gold_dir = GOLDS[args.batch]
    tmp = None
    if args.pages is None:
        sys.path.insert(0, str(HERE))
        import build
        if not build.DATA.is_dir():
            print(f"check: skipped, {build.DATA} is absent")
            return 0
        tmp = tempfile.TemporaryDirectory(prefix="freshweb-")
        args.pages = Path(tmp.name)
        for item in build.select_batch(args.batch):
            (args.pages / f"fw{item['nn']}.html").write_bytes((build.DATA / item["path"]).read_bytes())
    bad = 0
    for f in sorted(gold_dir.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        page = args.pages / gold["doc"]
        if not page.exists():
            print(f"{f.name}: page {page} missing")
            bad += 1
            continue
        lines = visible_lines(page)
        problems = check(gold, lines)
        print(f"{f.name}: {'ok' if not problems else str(len(problems)) + ' problems'}")
        for p in problems:
            print("   ", p)
        bad += bool(problems)
        if args.quotes:
            forms = {norm(x) for x in gold.get("formulations", [])}
            seen = set()
            for q in QUOTE.findall("\n".join(lines)):
                if q not in seen:
                    seen.add(q)
                    print(f"      {'F' if norm(q) in forms else '-'} “{q}”")
    print(f"{len(list(gold_dir.glob('*.json')))} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
