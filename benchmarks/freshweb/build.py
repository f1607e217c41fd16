#!/usr/bin/env python3
"""Build the fresh raw-web-page benchmark pages (fw01.html … fwNN.html) from ../shared/data.

The pages are third-party text and are never committed: this script copies them, byte for byte,
from ``shared/data/html/`` (the repository's parent holds ``shared/``) under stable names.

Selection rule (fixed before any page's content was read; see SOURCES.md):
  * candidates are
      - gne pages (``gne/tests/<site>/*.html``) of the news and government sites in NEWS_SITES;
      - cwce pages (``cwce/original/*.html``) whose <title> reads as a news headline or a
        government notice (CWCE_NEWS; judged on the <title> text alone, listed in SOURCES.md);
  * the 16 pages of the dev2 web set (DEV2, from ../shared/dev2/SOURCES-web.md) are excluded;
  * candidates are sorted by their path relative to ``shared/data/html`` and every STEP-th is
    taken, starting with the first (indices 0, 3, 6, …);
  * a taken page that turns out, on reading, to be empty (no article text) or not a news or
    government page (SKIP below, with the reason) is passed over and the next candidate in sorted
    order, not itself taken or skipped, stands in for it.
Numbering follows the sorted order.

Batch 2 (fw19 onward; rule fixed and committed before any of its pages' content was read; see
SOURCES.md, "Batch 2"): the candidates of batch 1 less the pages batch 1 took (its SKIP being
empty, nothing else), sorted by path as before; every STEP2-th is taken, starting with the first
(indices 0, 2, 4, …); a taken page that turns out empty or not a news or government page (SKIP2)
is passed over and the next candidate of this pool, not itself taken or skipped, stands in for it.
The pool is not extended. Numbering continues after batch 1 in sorted order (fw19, fw20, …).

Batch 3 (fw36 onward; rule fixed and committed before any of its pages' content was read; see
SOURCES.md, "Batch 3"): every candidate of batch 1 that neither batch 1 nor batch 2 took, nor
batch 2 skipped (SKIP2), sorted by path as before; every one is taken, up to MAX3 (20) in sorted
order; a page that turns out empty, not a news or government page, or a copy of a page of batches
1-2 (SKIP3) is passed over with no stand-in (the pool is used up). The pool is widened only if it
holds fewer than MIN3 (12) candidates before any skip; it holds 16, so it is not. Numbering
continues after batch 2 in sorted order (fw36, fw37, …).

Batch 4 (fw52 onward; rule fixed and committed before any of its pages' body was read; see
SOURCES.md, "Batch 4"): batches 1-3 used up batch 1's 52 candidates, so the pool is widened to every
page of ``shared/data/html`` that is neither one of those 52 nor a dev2 page, judged on its path and
its <title> alone (decoded UTF-8, else GB18030): POOL4 holds the 17 whose <title> reads as a Chinese
news headline or as the title of a government notice or official document; RESERVE4 holds 4 whose
<title> reads as a headline but whose site marker or genre (a blog, a game site, health advice, a
product test) made batch 1 leave them out; the other 42 are not taken (each judgement in SOURCES.md).
All of POOL4 is taken (STEP4 = 1), sorted by path, up to MAX4 (20); a page that turns out empty, not
news, not Chinese, or a copy of a page of batches 1-3 (SKIP4) is passed over and the next page of
RESERVE4 in sorted order, not itself skipped, stands in for it in its place. Numbering continues after
batch 3 (fw52, fw53, …).

usage: python benchmarks/freshweb/build.py OUT_DIR [--data DIR] [--list] [--batch 1|2|3|4]
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = SHARED / "data" / "html"
STEP = 3

# gne site folders that are news outlets or government sites (judged by the site alone)
NEWS_SITES = ("163", "cjddsb", "cjn", "guancha", "gzggw", "hexun", "huanqiu", "ifeng", "other",
              "people", "qq", "shanxi", "sina", "stcn", "thepaper", "xinhuanet", "zsnews")

# cwce pages whose <title> is a news headline or a government notice (file-name stems)
CWCE_NEWS = (
    "0d931936-d510-4904-a714-88bb267b62da",
    "0ef8393b-0415-494c-b608-1d45bb33c6fb",
    "274a65d9-46df-45be-b9f6-4d18ba911427",
    "2bac7fb2-efbd-4444-99c8-51c72acf5c7d",
    "33a95b71-b49b-42c1-9c0a-ab8e3feba3cf",
    "3832838a-d7ea-4da5-86ac-90de11124ab6",
    "3e1af229-5b3e-4cfc-82b2-481f37d7adf7",
    "5acac71b-e2db-4e33-8e2f-9d6844f165fd",
    "7c6d2080-5ab9-4385-9c0e-e1c8ed06efd3",
    "8baa71e3-7cfa-4850-bb54-c6db4e0c3b70",
    "8cb7b39d-4a06-4cad-bc50-0f63304267f3",
    "91bdf33e-0e9e-4495-a0fa-aba45ff43fef",
    "c25d25c2-6e22-44fb-b073-0ff2f1c23643",
    "c268c1b4-6864-45a1-bcaa-ec0922eb10d1",
    "c4d032a1-45cd-4c77-a84e-90e2f8895039",
    "d8d4c4ec-dc2a-420f-a9f8-5e8ee597b965",
    "e8847578-12f0-44cb-bdb7-4eec53c18ed1",
    "ebe9df29-f5ed-4b45-ab31-afad5cac3ad1",
    "ecbe8d49-c640-4a08-b46d-f8b795f836ba",
    "f51248cc-bb27-49ba-a159-975795c3ea11",
)

# the dev2 web set (../shared/dev2/SOURCES-web.md), held out from this one
DEV2 = frozenset((
    "gne/tests/shanxi/1.html", "gne/tests/zsnews/1.html", "gne/tests/163/8.html",
    "gne/tests/thepaper/3.html", "gne/tests/other/1.html", "gne/tests/gzggw/1.html",
    "gne/tests/people/1.html", "gne/tests/qq/2.html",
    "cwce/original/36efbc69-53dd-4d58-9e67-0353e2a1a7ec.html",
    "cwce/original/f70d9c97-9d64-415e-a7e4-840c9258eaf5.html",
    "cwce/original/b26fbb82-9d98-42f0-af75-7439c1706bcd.html",
    "cwce/original/a0cb0242-d33a-4a90-b0c4-f27d791e0a9e.html",
    "cwce/original/500b350d-d38d-4fb0-9e81-75e0c95e95a8.html",
    "cwce/original/d232c5df-4a6a-47f7-8c63-2dd47719ffe7.html",
    "cwce/original/aefcf136-f592-4e95-b376-81cbd144684b.html",
    "cwce/original/9890f458-7af7-4e96-a507-6eb1b359d675.html",
))

# Taken pages passed over on reading (path -> reason). Filled in while annotating; each is
# listed in SOURCES.md.
SKIP: dict[str, str] = {}

# batch 2: every 2nd page of what batch 1 left
STEP2 = 2

# Batch-2 pages passed over on reading (path -> reason); each is listed in SOURCES.md.
SKIP2: dict[str, str] = {
    "gne/tests/thepaper/4.html": "a later crawl (2020 furniture) of the same post as batch 1's fw17 "
                                 "(gne/tests/thepaper/2.html): not fresh data (a skip reason added on reading; see SOURCES.md)",
}

# batch 3: everything batches 1 and 2 left, up to MAX3 pages; widened only below MIN3 candidates
MAX3 = 20
MIN3 = 12

# Batch-3 pages passed over on reading (path -> reason); each is listed in SOURCES.md.
SKIP3: dict[str, str] = {}

# batch 4: the widened pool (pages outside batch 1's 52 candidates and dev2, judged on <title> alone)
POOL4 = (
    "gne/tests/baijiahao/1.html",    # 英国美女在殡仪馆工作太痛苦，转行当美人鱼！每小时收入近千元
    "gne/tests/baijiahao/2.html",    # 日本最后一家传呼机公司停止服务，殡仪馆为BB机送终
    "gne/tests/baijiahao/4.html",    # 一袭汉服，一架古筝，90后彭静旋异国他乡只为传播中华文化
    "gne/tests/cmse/1.html",         # 天宫一号与神舟九号载人交会对接任务第二场新闻发布会_中国载人航天官方网站
    "gne/tests/csdn/1.html",         # 第三届知道安全论坛鸟巢举办 知道创宇发布新版ZoomEye-CSDN.NET
    "gne/tests/ednchina/1.html",     # 阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU-EDN 电子技术设计
    "gne/tests/mingridapan/1.html",  # 明日股市预测--最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%
    "gne/tests/njxfhn/1.html",       # [诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端-富达传媒
    "gne/tests/readhub/readhub.html",  # 运营商 5G 手机促销方式曝光，禁止提供购机补贴
    "gne/tests/sxmu/1.html",         # 中华人民共和国监察法-纪检
    "gne/tests/toutiao/2.html",      # 最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果
    "gne/tests/toutiao/3.html",      # 海螺沟寻子一个月：儿子消失在眼前十几米，搜寻无果母亲不舍离去
    "gne/tests/toutiao/4.html",      # 较强冷空气来袭 全国多地开启“抖抖抖”模式
    "gne/tests/toutiao/5.html",      # 顺丰小哥汪勇连升3级，国家授予特别奖：时代永远在奖励解决问题的摆渡人
    "gne/tests/wechat/1.html",       # 三星 Galaxy S20 系列手机正式发布
    "gne/tests/xds/1.html",          # 【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向
    "gne/tests/zyyfy/1.html",        # 【不忘初心 牢记使命】我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛 …
)
# stand-ins for skipped POOL4 pages, used in sorted order
RESERVE4 = (
    "cwce/original/35687fb1-3d1f-46ac-a1c1-30ae027b2ae4.html",  # 多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业
    "cwce/original/47f387e6-6467-41fd-a165-b13c1171c6e7.html",  # 脂溢性脱发：爱出油快秃顶？…-报社新闻-查报纸网
    "cwce/original/93498c29-594f-4e98-a1e9-f34fa8706d7c.html",  # 对比试车—测试昌河北斗星、爱迪尔(图)
    "gne/tests/gamersky/gamersky.html",  # 逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！|游民星空
)
STEP4 = 1
MAX4 = 20

# Batch-4 pages passed over on reading (path -> reason); each is listed in SOURCES.md.
SKIP4: dict[str, str] = {
    "gne/tests/toutiao/2.html": "a 头条 travel photo gallery (去驴行) whose page holds one caption of text (1/10; the other "
                                "captions are not in the page): no article text, and not news (see SOURCES.md)",
}


def candidates(data: Path = DATA) -> list[str]:
    """Every candidate path (relative to ``data``), sorted."""
    out = []
    for site in NEWS_SITES:
        folder = data / "gne" / "tests" / site
        if folder.is_dir():
            out += [f"gne/tests/{site}/{p.name}" for p in folder.glob("*.html")]
    out += [f"cwce/original/{stem}.html" for stem in CWCE_NEWS if (data / "cwce" / "original" / f"{stem}.html").exists()]
    return sorted(p for p in out if p not in DEV2)


def _every(pool: list[str], step: int, skip: dict[str, str], first: int = 1) -> list[dict]:
    """Every ``step``-th path of ``pool`` from the first, a skipped one replaced by the next path of
    the pool neither taken nor skipped; numbered from ``first`` in order."""
    taken = {pool[i] for i in range(0, len(pool), step)}
    out = []
    for i in range(0, len(pool), step):
        path, replaces = pool[i], None
        j = i
        while path in skip:
            replaces = replaces or pool[i]
            j += 1
            while j < len(pool) and (pool[j] in taken or pool[j] in skip):
                j += 1
            if j >= len(pool):
                path = None
                break
            path = pool[j]
        if path is None:
            continue
        taken.add(path)
        out.append({"path": path, "replaces": replaces})
    for n, item in enumerate(out, first):
        item["nn"] = f"{n:02d}"
    return out


def select(data: Path = DATA) -> list[dict]:
    """The selected pages in order: ``nn``, ``path`` (relative to ``data``) and, for a stand-in,
    ``replaces`` (the skipped path)."""
    return _every(candidates(data), STEP, SKIP)


def candidates2(data: Path = DATA) -> list[str]:
    """Batch 2's pool: batch 1's candidates less the pages batch 1 took, sorted."""
    first = {item["path"] for item in select(data)}
    return [p for p in candidates(data) if p not in first]


def select2(data: Path = DATA) -> list[dict]:
    """Batch 2's pages in order (fw19, fw20, …), as ``select`` gives batch 1's."""
    return _every(candidates2(data), STEP2, SKIP2, len(select(data)) + 1)


def candidates3(data: Path = DATA) -> list[str]:
    """Batch 3's pool: batch 2's pool less the pages batch 2 took and the pages it skipped, sorted."""
    second = {item["path"] for item in select2(data)} | set(SKIP2)
    pool = [p for p in candidates2(data) if p not in second]
    if len(pool) < MIN3:  # the written rule would widen the pool here; with 16 candidates it does not
        raise SystemExit(f"batch 3: only {len(pool)} candidates; the pool-widening rule is not implemented")
    return pool


def select3(data: Path = DATA) -> list[dict]:
    """Batch 3's pages in order (fw36, …): every candidate of its pool not in SKIP3, up to MAX3."""
    first = len(select(data)) + len(select2(data)) + 1
    pages = [p for p in candidates3(data) if p not in SKIP3][:MAX3]
    return [{"path": p, "replaces": None, "nn": f"{n:02d}"} for n, p in enumerate(pages, first)]


def candidates4(data: Path = DATA) -> list[str]:
    """Batch 4's pool: POOL4 less batch 1's candidates and dev2 (none of which it holds), sorted."""
    used = set(candidates(data)) | DEV2
    return sorted(p for p in POOL4 if p not in used and (data / p).exists())


def select4(data: Path = DATA) -> list[dict]:
    """Batch 4's pages in order (fw52, …): every STEP4-th page of its pool, up to MAX4; a skipped page
    is replaced in its place by the next RESERVE4 page (sorted) not itself skipped."""
    first = len(select(data)) + len(select2(data)) + len(select3(data)) + 1
    reserve = iter(p for p in sorted(RESERVE4) if p not in SKIP4 and (data / p).exists())
    out = []
    for path in candidates4(data)[::STEP4][:MAX4]:
        replaces = None
        if path in SKIP4:
            replaces, path = path, next(reserve, None)
            if path is None:
                continue
        out.append({"path": path, "replaces": replaces})
    for n, item in enumerate(out, first):
        item["nn"] = f"{n:02d}"
    return out


def select_batch(batch: int, data: Path = DATA) -> list[dict]:
    return {1: select, 2: select2, 3: select3, 4: select4}[batch](data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--data", type=Path, default=DATA, help="the shared/data/html folder")
    ap.add_argument("--list", action="store_true", help="print the selection as TSV")
    ap.add_argument("--batch", type=int, choices=(1, 2, 3, 4), default=1,
                    help="1: fw01-fw18 (default); 2: fw19-fw35; 3: fw36-fw51; 4: fw52 onward")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"{args.data}: not found (../shared/data is absent); nothing built", file=sys.stderr)
        return 0
    items = select_batch(args.batch, args.data)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for item in items:
            shutil.copyfile(args.data / item["path"], args.out / f"fw{item['nn']}.html")
    if args.list or not args.out:
        for item in items:
            print("\t".join((item["nn"], item["path"], item["replaces"] or "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
