#!/usr/bin/env python3
r"""Build the fresh CCTV 新闻联播 benchmark pages (fx01.html … fx407.html) from ../shared/data.

The items are third-party text and are never committed: this script regenerates them on demand
from ``shared/data/xwlb/xwlb.jsonl.gz`` (the repository's parent holds ``shared/``).

Selection rule (fixed before any item text was read; see SOURCES.md):
  * body of 400–4,000 characters of text (tags removed, entities decoded, whitespace excluded);
  * the xwlb ids listed in ../shared/dev2/SOURCES.md are excluded;
  * each item goes to the first pool, in this order, whose regular expression matches its title
    (the pools are disjoint; the more specific patterns come first):
      deliberation  审议|参加.*代表团
      delegation    代表团
      other         任命|任免|评论员|社论|述评
      reception     会见|会谈
      inspection    考察|调研          (代表团 titles are already in delegation)
      meeting       主持召开|会议|座谈会|全会|工作会
  * each pool, in corpus order, is shuffled with a fresh random.Random(20261205); in shuffled
    order the first items from distinct years are taken: 7 meetings, 5 receptions,
    4 inspections, 3 delegations, 2 deliberations, 3 others (24 items);
  * an item that does not fit its type on reading (SKIP below, with the reason) is passed over
    and the next item of the shuffled pool is considered, its year still free.
Numbering follows the order meeting, reception, inspection, delegation, deliberation, other.

Batch 2 (fx25–fx48) is selected by the same mechanism, with random.Random(20261206), from the same
candidate items less batch 1's 24 and the dev2 ids, to stress meetings and their roles:
      deliberation  审议|参加.*代表团                                   2
      delegation    代表团 (delegation tours only)                     2
      reception     会见|会谈                                          4
      inspection    考察|调研                                          4
      meeting       主持召开|会议|座谈会|全会|工作会|推进会|大会          9
      provincial    省委书记|省长|市委书记 in the title or the first     3
                    sentence of the body (items no pool above took)
  (the order is the assignment priority); numbering meeting, reception, inspection, delegation,
  deliberation, provincial (25–48). Batch 2 has its own skip list (SKIP2), so batch 1 stays as it was.

Batch 3 (fx49–fx72) is selected by the same mechanism, with random.Random(20261207), from the
same candidate items less batches 1 and 2 and the dev2 ids, weighted towards meetings with roles,
gatherings with a leader, and provincial items:
      provincial    省委书记|省长|市委书记 in the title or the first     5
                    sentence of the body
      deliberation  审议|参加.*代表团                                   1
      delegation    代表团|考察团 (delegation tours only)               2
      reception     会见|会谈                                          3
      gathering     座谈会|看望|慰问|调研|考察                          6
      meeting       主持召开|会议|全会|工作会|推进会|大会                7
  (the order is the assignment priority: here the provincial pool comes first, so that it holds
  provincial meetings and gatherings too); numbering meeting, gathering, reception, delegation,
  deliberation, provincial (49–72). Batch 3 has its own skip list (SKIP3); batches 1 and 2 stay as
  they were.

Batch 4 (fx73–fx96) is selected by the same mechanism, with random.Random(20261208), from the
same candidate items less batches 1–3 and the dev2 ids, weighted towards meetings whose place and
speakers are printed, provincial items, receptions and gatherings:
      provincial    省委书记|省长|市委书记|自治区党委书记|自治区主席|县委书记   6
                    in the title or the first sentence of the body
      deliberation  审议|参加.*代表团                                   1
      delegation    代表团|考察团 (delegation tours only)               2
      reception     会见|会谈                                          3
      meeting       主持召开|会议|座谈会|全会|工作会|推进会|大会 in the   8
                    title, and 在…召开/举行 (在[^。，；\d]{1,20}?(召开|举行)) in the
                    body's first sentence, and 讲话|传达|部署 in the body
      gathering     座谈会|看望|慰问|调研|考察                          4
  (the order is the assignment priority); numbering meeting, gathering, reception, delegation,
  deliberation, provincial (73–96). Batch 4 has its own skip list (SKIP4); batches 1–3 stay as
  they were.

Batch 5 (fx97–fx120) is selected by the same mechanism, with random.Random(20261209), from the
same candidate items less batches 1–4 and the dev2 ids, with batch 4's pools (the same tests in the
same priority), weighted towards meetings with a printed place and role words, provincial items,
gatherings, receptions and delegation tours:
      provincial    (as batch 4)                                      6
      deliberation  审议|参加.*代表团                                   1
      delegation    代表团|考察团 (delegation tours only)               3
      reception     会见|会谈                                          3
      meeting       (as batch 4: title, printed place, role word)      7
      gathering     座谈会|看望|慰问|调研|考察                          4
  numbering meeting, gathering, reception, delegation, deliberation, provincial (97–120). Batch 5
  has its own skip list (SKIP5); batches 1–4 stay as they were.

Batch 6 (fx121–fx144) is selected by the same mechanism, with random.Random(20261210), from the
same candidate items less batches 1–5, their skipped items (SKIP … SKIP5) and the dev2 ids, with
batch 5's pools (batch 4's tests in the same priority), taken with batch 4's counts:
      provincial    (as batch 4)                                      6
      deliberation  审议|参加.*代表团                                   1
      delegation    代表团|考察团 (delegation tours only)               2
      reception     会见|会谈                                          3
      meeting       (as batch 4: title, printed place, role word)      8
      gathering     座谈会|看望|慰问|调研|考察                          4
  numbering meeting, gathering, reception, delegation, deliberation, provincial (121–144). Batch 6
  has its own skip list (SKIP6); batches 1–5 stay as they were.

Batches 7 (fx145–fx168), 8 (fx169–fx192), 9 (fx193–fx216), 10 (fx217–fx240), 11 (fx241–fx264) and
12 (fx265–fx287; its provincial pool ran out at five) are selected by the same mechanism, with random.Random(20261211), (20261212), (20261213),
(20261214), (20261215) and (20261216), each from the same candidate items less the batches before it, all
their skipped items (SKIP … SKIP11) and the dev2 ids, with batch 6's pools and counts exactly (6/1/2/3/8/4
in the order of the table above), numbered meeting, gathering, reception, delegation, deliberation,
provincial. Each has its own skip list (SKIP7, SKIP8, SKIP9, SKIP10, SKIP11, SKIP12); the batches before
it stay as they were.

Batch 13 (fx288–fx311) is selected by the same mechanism, with random.Random(20261217), from the same
candidate items less batches 1–12, all their skipped items (SKIP … SKIP12) and the dev2 ids, with batch 12's
pools and counts exactly (6/1/2/3/8/4), numbered as batch 12, with its own skip list (SKIP13). One rule is
new, fixed before any batch-13 item was read (batch 12's provincial pool ran out at five): a pool that has
no further item from a free year (its distinct years used up, skips included) gives fewer than its count, and
the shortfall is taken from the meeting pool, its next items in shuffled order from years still free within
the meeting pool (its own skips applying as usual), then, should the meeting pool run out too, in the same
way from the gathering pool and then the reception pool (FILL13). The extra items are numbered with their
pool, so batch 13 always holds 24 items. The batches before it stay as they were.

Batch 14 (fx312–fx335) is selected by the same mechanism, with random.Random(20261218), from the same
candidate items less batches 1–13, all their skipped items (SKIP … SKIP13) and the dev2 ids, with batch 13's
pools and counts exactly (6/1/2/3/8/4), numbered as batch 13, with batch 13's shortfall rule (FILL14, the
same order as FILL13: meeting, gathering, reception) and its own skip list (SKIP14). The batches before it
stay as they were.

Batch 15 (fx336–fx359) is selected by the same mechanism, with random.Random(20261219), from the same
candidate items less batches 1–14, all their skipped items (SKIP … SKIP14) and the dev2 ids, with batch 14's
pools and counts exactly (6/1/2/3/8/4), numbered as batch 14, with batch 14's shortfall rule (FILL15, the
same order as FILL14: meeting, gathering, reception) and its own skip list (SKIP15). The batches before it
stay as they were.

Batch 16 (fx360–fx383) is selected by the same mechanism, with random.Random(20261220), from the same
candidate items less batches 1–15, all their skipped items (SKIP … SKIP15) and the dev2 ids, with batch 15's
pools and counts exactly (6/1/2/3/8/4), numbered as batch 15, with batch 15's shortfall rule (FILL16, the
same order as FILL15: meeting, gathering, reception) and its own skip list (SKIP16). The batches before it
stay as they were.

Batch 17 (fx384–fx407) is selected by the same mechanism, with random.Random(20261221), from the same
candidate items less batches 1–16, all their skipped items (SKIP … SKIP16) and the dev2 ids, with batch 16's
pools and counts exactly (6/1/2/3/8/4), numbered as batch 16, with batch 16's shortfall rule (FILL17, the
same order as FILL16: meeting, gathering, reception) and its own skip list (SKIP17). The batches before it
stay as they were.

usage: python benchmarks/fresh/build.py OUT_DIR [--corpus FILE] [--list] [--batch 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17]
Each page is the item's html body (CRLF → LF) in a minimal page like ../shared/dev2/docs:
<title> and <h1> with the title minus a leading [视频], publishdate from ``published`` and
source 央视网.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "data" / "xwlb" / "xwlb.jsonl.gz"
DEV2_SOURCES = SHARED / "dev2" / "SOURCES.md"
SEED = 20261205

# (type, title pattern, how many): the order is the assignment priority, not the numbering order
POOLS = [
    ("deliberation", re.compile(r"审议|参加.*代表团"), 2),
    ("delegation", re.compile(r"代表团"), 3),
    ("other", re.compile(r"任命|任免|评论员|社论|述评"), 3),
    ("reception", re.compile(r"会见|会谈"), 5),
    ("inspection", re.compile(r"考察|调研"), 4),
    ("meeting", re.compile(r"主持召开|会议|座谈会|全会|工作会"), 7),
]
NUMBERING = ("meeting", "reception", "inspection", "delegation", "deliberation", "other")

# Items passed over on reading because they do not fit their pool's type (id -> reason).
# Filled in while annotating; each is listed in SOURCES.md.
SKIP: dict[str, str] = {
    "VIDEcoDqhAuB9nXj0Y8inqr9190201": "meeting pool: a press-accreditation notice for the coming NPC/CPPCC sessions, no meeting held",
    "VIDEzjkXGrVcxKy3QZbBc7tb210215": "inspection pool: publication of an article in 《求是》 whose title names an inspection, no inspection reported",
    "VIDEobk6lc2t72hkXf2vuJ47160331": "delegation pool: a reception of a visiting foreign congressional delegation, no delegation tour",
    "VIDEnCf1qZePrxXxOQ2DSBbx230921": "delegation pool: sports delegations training at the Asian Games, no delegation tour",
    "VIDEL2Homyl7wbfQbhu7n7Ok181126": "deliberation pool: a Politburo meeting that reviews two regulations, a meeting item, not a deliberation",
    "VIDErdRg69ZhiKhWy8sfzIgV191225": "deliberation pool: a 委员长会议 hearing reports on bills, a meeting item, not a deliberation",
    "VIDEZXFWe9OFt8IN1nRIOOmI170619": "delegation pool: a collective reception of foreign ministers' heads of delegation, no delegation tour",
    "VIDE31UNRzOCQsO7d7YOA52u240820": "delegation pool: a reception of the Olympic sports delegation, no delegation tour",
    "VIDE6kyHEc04lsRODqU4aNsX240812": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDETMq15ZJ6wXkoNosWDPZB220301": "delegation pool: foreign news (Russian-Ukrainian negotiations), no delegation visit",
    "VIDEJjbYpLC8cnKJzcTEwrA2240805": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEJ6Y8X3c6N6gV7fITipHR240810": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE1355098182220392": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
}

# Batch 2 (fx25–fx48): its own seed, pools, numbering and skip list.
SEED2 = 20261206
PROVINCIAL = re.compile(r"省委书记|省长|市委书记")
POOLS2 = [
    ("deliberation", re.compile(r"审议|参加.*代表团"), 2),
    ("delegation", re.compile(r"代表团"), 2),
    ("reception", re.compile(r"会见|会谈"), 4),
    ("inspection", re.compile(r"考察|调研"), 4),
    ("meeting", re.compile(r"主持召开|会议|座谈会|全会|工作会|推进会|大会"), 9),
    ("provincial", None, 3),  # PROVINCIAL in the title or the body's first sentence
]
NUMBERING2 = ("meeting", "reception", "inspection", "delegation", "deliberation", "provincial")
# Items of batch 2 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP2: dict[str, str] = {
    "VIDENzY0K7zvOncS8MCJ8Y3c210331": "meeting pool: publication of an article in 《求是》 (a speech at a past meeting), no meeting held",
    "VIDErud4mhyuhBJWGi1CVv62230730": "inspection pool: public reaction to an inspection (引起…强烈反响), no inspection trip reported",
    "VIDE8jGzmDiWqEFjN5f5XkrQ161201": "inspection pool: a media feature series on a company (名品牌调研行), no leader's inspection",
    "VIDEMXphhb3DpPB5UmxU7Tej201113": "inspection pool: a media feature series on a city (百城千县万村调研行), no leader's inspection",
    "VIDE2UfDMfd2R8m0s9jxrBbK230708": "inspection pool: public reaction to an inspection (引起强烈反响), no inspection trip reported",
    "VIDE1395660246916627": "inspection pool: a leading group's notice on studying a speech given during an inspection, no inspection reported",
    "VIDEHtPhEvSgYIoRyMs5BPxI160806": "inspection pool: a media feature series (改革调研行), no leader's inspection",
    "VIDEZavP015RR39P1LYRDqYA160922": "delegation pool: a reception of a visiting foreign business delegation, no delegation tour",
    "VIDE1408188540464475": "delegation pool: a dialogue with a visiting foreign congressional delegation, no delegation tour",
    "VIDEPIpz4tRBkjB1SJoVvX20190401": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
    "VIDE1355098149314377": "delegation pool: party-congress delegations' group discussions (a deliberation), no delegation tour",
    "VIDEPeXvwevFGwkxls1DIujY240920": "delegation pool: a reception of the Paralympic sports delegation, no delegation tour",
    "VIDE6kyHEc04lsRODqU4aNsX240812": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDE1420805516979710": "delegation pool: a collective reception of foreign heads of delegation, no delegation tour",
    "VIDELdpzwhYT3n3g583GvLcR210826": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDEdsr08DNYwjDIruufbtdf180312": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDEd40ydMxf8SvPPDC3XLrV220307": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDEVGA25zcnPShE0lNu3gDy171020": "delegation pool: party-congress delegation group discussions (a deliberation), no delegation tour",
    "VIDEj0SqPiKtqjxJss3GTKq5160822": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDE1408108620039132": "delegation pool: a visit to the Youth Olympic sports delegation, no delegation tour",
    "VIDE2BAipNFUelelT2hTYvoz171019": "delegation pool: party-congress delegations' open day for the press, no delegation tour",
    "VIDE1401966904973827": "delegation pool: a reception of visiting foreign heads of delegation, no delegation tour",
    "VIDETMq15ZJ6wXkoNosWDPZB220301": "delegation pool: foreign news (Russian-Ukrainian negotiations), no delegation visit",
    "VIDErR1N230zzgIHlgSJqGFM160807": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE1403608321499554": "delegation pool: a reception of a visiting foreign student delegation, no delegation tour",
    "VIDEtDsY5Z9V4NKDWEJ4LmXY210829": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDEiyMgIZYiaoIMJRGWQOWp240430": "deliberation pool: a Politburo meeting that reviews a document, a meeting item, not a deliberation",
    "VIDExFUD4pu5iFG7kBSLmBJh200926": "provincial pool: 省长 only inside 吉林省长春市; no provincial or local leader named",
    "VIDE727U05nTJAMhRK2oFNU4241223": "provincial pool: 省长 only inside 山西省长治市; no provincial or local leader named",
    "VIDEI1rlo9zUBJ8q5MFN1ynA160605": "provincial pool: 省长 only inside 福建省长汀县; no provincial or local leader named",
}

# Batch 3 (fx49–fx72): its own seed, pools, numbering and skip list; the provincial pool first.
SEED3 = 20261207
POOLS3 = [
    ("provincial", None, 5),  # PROVINCIAL in the title or the body's first sentence
    ("deliberation", re.compile(r"审议|参加.*代表团"), 1),
    ("delegation", re.compile(r"代表团|考察团"), 2),
    ("reception", re.compile(r"会见|会谈"), 3),
    ("gathering", re.compile(r"座谈会|看望|慰问|调研|考察"), 6),
    ("meeting", re.compile(r"主持召开|会议|全会|工作会|推进会|大会"), 7),
]
NUMBERING3 = ("meeting", "gathering", "reception", "delegation", "deliberation", "provincial")
# Items of batch 3 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP3: dict[str, str] = {
    "VIDE1355098155167992": "meeting pool: party-congress deputies explaining the congress to their villages and workplaces (宣讲), no meeting held",
    "VIDEhC5usYRmgrMNa2jxAH7L240909": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
    "VIDE1355098159144160": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
    "VIDE1411730098628320": "delegation pool: a reception of a visiting foreign party delegation, no delegation tour",
    "VIDEdN4bfqlnLTjrrlM7YyVP210830": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDETMq15ZJ6wXkoNosWDPZB220301": "delegation pool: foreign news (Russian-Ukrainian negotiations), no delegation visit",
    "VIDE0R79uL4iwB2CKaahb65Z210808": "delegation pool: Olympic results of the sports delegation, no delegation tour",
    "VIDEG8TsyhfPZRxqF6EBrpI0200920": "provincial pool: 省长 only inside 湖南省长沙市; public reaction to a speech, no provincial or local leader named",
    "VIDExFUD4pu5iFG7kBSLmBJh200926": "provincial pool: 省长 only inside 吉林省长春市; no provincial or local leader named",
    "VIDE1411126376501303": "provincial pool: 省长 only inside 湖南省长沙市 (a court); no provincial or local leader named",
}

# Batch 4 (fx73–fx96): its own seed, pools, numbering and skip list. The provincial pattern is widened
# to autonomous-region and county posts; the meeting pool asks for a printed place (在…召开/举行 in
# the body's first sentence) and a role word (讲话, 传达, 部署) in the body.
SEED4 = 20261208
PROVINCIAL4 = re.compile(r"省委书记|省长|市委书记|自治区党委书记|自治区主席|县委书记")
MEETING4_TITLE = re.compile(r"主持召开|会议|座谈会|全会|工作会|推进会|大会")
MEETING4_PLACE = re.compile(r"在[^。，；\d]{1,20}?(?:召开|举行)")
MEETING4_ROLE = re.compile(r"讲话|传达|部署")


def body_text(body: str) -> str:
    """An html body's text: tags removed, entities decoded."""
    return html.unescape(TAG.sub("", body))


def provincial4(item: dict) -> bool:
    return bool(PROVINCIAL4.search(item["title"]) or PROVINCIAL4.search(first_sentence(item["html"])))


def meeting4(item: dict) -> bool:
    return bool(MEETING4_TITLE.search(item["title"]) and MEETING4_PLACE.search(first_sentence(item["html"]))
                and MEETING4_ROLE.search(body_text(item["html"])))


def pools4(provincial: int, deliberation: int, delegation: int, reception: int, meeting: int, gathering: int) -> list:
    """Batch 4's pools, in its priority, each with the number of items a batch takes from it."""
    return [
        ("provincial", provincial4, provincial),
        ("deliberation", re.compile(r"审议|参加.*代表团"), deliberation),
        ("delegation", re.compile(r"代表团|考察团"), delegation),
        ("reception", re.compile(r"会见|会谈"), reception),
        ("meeting", meeting4, meeting),
        ("gathering", re.compile(r"座谈会|看望|慰问|调研|考察"), gathering),
    ]


POOLS4 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING4 = ("meeting", "gathering", "reception", "delegation", "deliberation", "provincial")
# Items of batch 4 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP4: dict[str, str] = {
    "VIDEd40ydMxf8SvPPDC3XLrV220307": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDEhmAL6DLw4kYmHJFjqavr210808": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDEOcf69dlpmLJCsEJMJoVC190312": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDEswsHS2PZ3jRPV8pVI3sd171206": "delegation pool: foreign sports news (a national team barred from the Winter Olympics), no delegation tour",
    "VIDERinaFvhP1zAXICNqfEwS240809": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE1355098131174192": "delegation pool: leaders visiting the Paralympic sports delegation, no delegation tour",
    "VIDESI5jGbLxGheOPcgGEyIL180423": "delegation pool: a collective reception of foreign heads of delegation, no delegation tour",
    "VIDEZXFWe9OFt8IN1nRIOOmI170619": "delegation pool: a collective reception of foreign ministers' heads of delegation, no delegation tour",
    "VIDE1355098182143354": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
    "VIDE1355098184369402": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDEGuDqhQGsqGIHQ1nz46Dm260223": "delegation pool: Winter Olympic results of the sports delegation, no delegation tour",
    "VIDEuRdvViCepYOTzZmHW7kD240808": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE7Xhd2FiEO4v2mXrEysyd191125": "delegation pool: a reception of a visiting foreign party delegation, no delegation tour",
    "VIDE1389957302422582": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
    "VIDEGypaLFj6jjYOV3ByjUQY230308": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDEhC5usYRmgrMNa2jxAH7L240909": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
    "VIDEbs1yrH2ShIrINLycv1s0240811": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDELN85O93hAAqVkw7jepz4240821": "delegation pool: public reaction to a reception of the Olympic sports delegation, no delegation tour",
    "VIDE1446722456271408": "delegation pool: a reception of a visiting foreign business delegation, no delegation tour",
    "VIDEu1qnej5BX4wvFPqoprQQ240224": "delegation pool: a reply letter to a visiting foreign student delegation, no delegation tour",
    "VIDEv8WIqNfoBXyUgbzb1m5f240812": "delegation pool: Olympic results of the sports delegation, no delegation tour",
    "VIDELdxUv0Dhbup3PbXZnEVN221018": "deliberation pool: public reaction to a leader's joining a party-congress delegation's discussion (引发热烈反响), no deliberation reported",
    "VIDEYqxIrDp9dgKPFfh2k235220617": "deliberation pool: a Politburo meeting that reviews a report, a meeting item, not a deliberation",
    "VIDEqvXYR5g0SmG4xoA1wIPF160628": "deliberation pool: a Politburo meeting that reviews a regulation, a meeting item, not a deliberation",
    "VIDEVAvXQxAeiYdOgB5HdoGQ230521": "provincial pool: 省长 only inside 湖南省长沙市 (an accident report); no provincial or local leader named",
    "VIDEI1rlo9zUBJ8q5MFN1ynA160605": "provincial pool: 省长 only inside 福建省长汀县; no provincial or local leader named",
    "VIDEJq7sigffshRJFSguJfk3190526": "provincial pool: 省长 only inside 湖南省长沙市; no provincial or local leader named",
    "VIDETDBEkaLD1xYroLJVwgx9160107": "provincial pool: a central discipline leader's symposiums with unnamed 省委书记; no provincial or local leader named",
    "VIDE1397215872709448": "provincial pool: 省长 only inside 湖南省长株潭 (a news roundup); no provincial or local leader named",
    "VIDEzKwxc6mgu6NPrMJEtzBO260510": "provincial pool: 省长 only inside 山西省长治市; no provincial or local leader named",
    "VIDEhlWhYV3A8mF3wTyM0yn7160609": "provincial pool: 省长 only inside 吉林省长春市 (a peacekeeper's repatriation); no provincial or local leader named",
    "VIDEU0MApaUJXTWocQX68B0Q180512": "provincial pool: 省长 only inside a forum's name (中日省长知事论坛, the premier abroad); no Chinese provincial or local leader named",
}

# Batch 5 (fx97–fx120): its own seed, numbering and skip list; batch 4's pools (the same tests, the
# same priority), taken 6/1/3/3/7/4, fixed before any item text was read.
SEED5 = 20261209
POOLS5 = pools4(6, 1, 3, 3, 7, 4)
NUMBERING5 = NUMBERING4
# Items of batch 5 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP5: dict[str, str] = {
    "VIDEyWLfXyrfjJJNtE9b4SJS260223": "delegation pool: a congratulatory message to the Winter Olympic sports delegation, no delegation tour",
    "VIDEtRpKKXRazcQKng9fmhbn171121": "delegation pool: a reception of (and a discussion with) a visiting foreign business delegation, no delegation tour",
    "VIDE1447413769741438": "delegation pool: a reception of a visiting foreign congressional delegation, no delegation tour",
    "VIDE1355098167025508": "delegation pool: a reception of a visiting foreign business delegation, no delegation tour",
    "VIDEUDlWORfe5VWTviFOX8CF210805": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE1372763881729606": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
    "VIDEEq6YLJt2tIglJGiPK92T210831": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDEhC5usYRmgrMNa2jxAH7L240909": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
    "VIDE5FAlfR07ERirh6m2o7p1240928": "delegation pool: national-day receptions held by missions abroad, no delegation tour",
    "VIDEWTHSsUZmWQHDgB3X3jNj190423": "delegation pool: a collective reception of foreign navies' heads of delegation, no delegation tour",
    "VIDEgvn9LJuGtu7xJaZj3irx210309": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDE1408108620039132": "delegation pool: a visit to the Youth Olympic sports delegation, no delegation tour",
    "VIDEVCoPAEwFGEY2j3qUVrpW210904": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDEmz2vyApKv7xJm3tcSk78210725": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEU0MApaUJXTWocQX68B0Q180512": "provincial pool: 省长 only inside a forum's name (中日省长知事论坛, the premier abroad); no Chinese provincial or local leader named",
    "VIDEJq7sigffshRJFSguJfk3190526": "provincial pool: 省长 only inside 湖南省长沙市; no provincial or local leader named",
    "VIDEI1rlo9zUBJ8q5MFN1ynA160605": "provincial pool: 省长 only inside 福建省长汀县; no provincial or local leader named",
    "VIDETDBEkaLD1xYroLJVwgx9160107": "provincial pool: a central discipline leader's symposiums with unnamed 省委书记; no provincial or local leader named",
    "VIDEPZ0GWzXEV0zfpI9XoRbs250815": "provincial pool: a national feature on green transition; the former 浙江省委书记 only in its opening anecdote, not an item about that province",
}

# Batch 6 (fx121–fx144): its own seed, numbering and skip list; batch 5's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 4's counts), fixed before any item text was read.
SEED6 = 20261210
POOLS6 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING6 = NUMBERING4
# Items of batch 6 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP6: dict[str, str] = {
    "VIDERct2BtYoBrRFFoOzsD41230604": "gathering pool: public reaction to a speech at a symposium (引发强烈反响), no gathering reported",
    "VIDEj1h1moj3TJGtWrGXtO2r160921": "delegation pool: a reception of the Paralympic sports delegation, no delegation tour",
    "VIDE1434021321914388": "delegation pool: a reception of a visiting foreign party delegation, no delegation tour",
    "VIDESbl58dd6OgXhVTV78daE250817": "delegation pool: World Games results of the sports delegation, no delegation tour",
    "VIDE1355098184894600": "delegation pool: a reception of the Paralympic sports delegation, no delegation tour",
    "VIDEjKyYjCk2WlZ8DRBdBMd5250715": "delegation pool: a collective reception of foreign ministers' heads of delegation, no delegation tour",
    "VIDEVoRQHb8D4h7uvhQpvmEJ210827": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
}

# Batch 7 (fx145–fx168): its own seed, numbering and skip list; batch 6's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 6's counts), drawn from the candidates less batches 1–6 and
# all their skipped items; fixed before any item text was read.
SEED7 = 20261211
POOLS7 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING7 = NUMBERING6
# Items of batch 7 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP7: dict[str, str] = {
    "VIDEklSgBaDnRyyxtCwFLvyj251025": "meeting pool: public reaction to a plenum (广大干部群众表示), no meeting held",
    "VIDE1355098172218556": "delegation pool: London Olympics feature (a rehearsal of the village's welcome ceremonies), no delegation tour",
    "VIDE1404126902241740": "deliberation pool: a Politburo meeting that reviews three documents, a meeting item, not a deliberation",
    "VIDE1369221841868666": "provincial pool: 省长 only inside 吉林省长春市 (a firefighter's profile); no provincial or local leader named",
    "VIDE8AnyRn55yIPsJRMaSv0C260316": "delegation pool: a congratulatory message to the Winter Paralympic sports delegation, no delegation tour",
    "VIDEiasq3aPPUsRhg81L7qhf220313": "delegation pool: a congratulatory message to the Winter Paralympic sports delegation, no delegation tour",
    "VIDEzu0PTwoYiH2lV97ZATVu240307": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
}

# Batch 8 (fx169–fx192): its own seed, numbering and skip list; batch 7's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 7's counts), drawn from the candidates less batches 1–7 and
# all their skipped items; fixed before any item text was read.
SEED8 = 20261212
POOLS8 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING8 = NUMBERING7
# Items of batch 8 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP8: dict[str, str] = {
    "VIDET1MMxz5LTHVdUJylOxBp251018": "gathering pool: a media feature series on a city (活力中国调研行), no leader's inspection",
    "VIDENRUyOP1sJ74I6ZKiaYqF210807": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEEkL2vNoIDh0sh7Ld0AQt220129": "delegation pool: Spring Festival activities of missions abroad (驻外代表团及使领馆), no delegation tour",
    "VIDE6P6GCFfFJTA9E8rLUQvY220220": "delegation pool: a congratulatory message to the Winter Olympic sports delegation, no delegation tour",
    "VIDEbwoE5T9pxC9Js2zKx3Ll180213": "gathering pool: public reaction to a speech during a visit to troops (引起热烈反响), no gathering reported",
    "VIDEcc10IL8rLwFyYIDbnqcR200526": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
    "VIDE4rFmyeAkElzavtRb7SJY210905": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
}

# Batch 9 (fx193–fx216): its own seed, numbering and skip list; batch 8's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 8's counts), drawn from the candidates less batches 1–8 and
# all their skipped items; fixed before any item text was read.
SEED9 = 20261213
POOLS9 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING9 = NUMBERING8
# Items of batch 9 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP9: dict[str, str] = {
    "VIDEnFar4p72TnNSEjMwoUMR250511": "meeting pool: an announcement of a coming ministerial forum meeting (将于5月13日在北京举行) and a press briefing on it, no meeting held",
    "VIDEbGbJwOUWzUNwPv0KtDsc251012": "gathering pool: a media feature series on a city (活力中国调研行), no leader's inspection",
    "VIDEh3tfuc7KU6cHbXM7tUyH191211": "gathering pool: a media feature series on a city (高质量发展基层调研行), no leader's inspection",
    "VIDEJ2SiJf8fWbJaVpa4R41G191017": "delegation pool: a reception of (and a discussion with) a visiting foreign business delegation, no delegation tour",
    "VIDEJMQA4mXwmI43AbpZiGDj210903": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDE1440587524222545": "provincial pool: publication of a book of speeches whose title names 县委书记; no provincial or local leader named",
    "VIDEiSDlPVNiRsVaDZlPkaUx170728": "delegation pool: a collective reception of foreign heads of delegation, no delegation tour",
    "VIDEK5YSna8E1mrFSfsZPzp9180815": "delegation pool: Asian Games news of the sports delegation (its arrival), no delegation tour",
    "VIDEjMcM6FXVCu818dmpYynA160828": "delegation pool: the Olympic champions' sports delegation giving exhibitions in 香港 (a sports delegation), no delegation tour",
    "VIDERbEcEmXYgJATloo2sGtk240807": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEEVAvtciyf1k1a1JxaOHg160919": "delegation pool: a congratulatory message to the Paralympic sports delegation, no delegation tour",
}

# Batch 10 (fx217–fx240): its own seed, numbering and skip list; batch 9's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 9's counts), drawn from the candidates less batches 1–9 and
# all their skipped items; fixed before any item text was read.
SEED10 = 20261214
POOLS10 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING10 = NUMBERING9
# Items of batch 10 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP10: dict[str, str] = {
    "VIDEiqNB8goNI3zGS641yI29230211": "gathering pool: a media feature series on a local product (一线调研), no leader's inspection",
    "VIDExbrFrAzeu0XANOBRqjmt240831": "delegation pool: the Olympic athletes' sports delegation visiting 香港 (a sports delegation), no delegation tour",
    "VIDEyb2No0UsWuYfwhUF21yE250307": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
}

# Batch 11 (fx241–fx264): its own seed, numbering and skip list; batch 10's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 10's counts), drawn from the candidates less batches 1–10 and
# all their skipped items; fixed before any item text was read.
SEED11 = 20261215
POOLS11 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING11 = NUMBERING10
# Items of batch 11 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP11: dict[str, str] = {
    "VIDEoj7GJFrJVpRTCScXUY3j250219": "gathering pool: public reaction to a speech at a symposium (引发热烈反响), no gathering reported",
    "VIDEZpffsibzh2lu2EmIpwSI231201": "gathering pool: a media feature series on a city (一线调研), no leader's inspection",
    "VIDEvk3313XkB0JBpEgdaI93260426": "delegation pool: foreign news (a US delegation's trip to Pakistan called off), no delegation visit",
    "VIDEj4Mn0WBrNmydI6Qjh4rg180228": "delegation pool: a reception of the Winter Olympic sports delegation, no delegation tour",
    "VIDEHAHSUrtx3fNJgZfsBagS231027": "deliberation pool: a Politburo meeting that reviews a document, a meeting item, not a deliberation",
    "VIDETkRvXIPlmptTQCuHG7qc161223": "provincial pool: 省长 only inside 湖南省长沙市 (the premier's instruction to a meeting); no provincial or local leader named",
    "VIDEaJPg4dhRqJvLxRuWuvjJ180517": "provincial pool: a foreign governor (叙利亚霍姆斯省省长, foreign news); no Chinese provincial or local leader named",
    "VIDE1440155697436722": "gathering pool: a media feature series (the station's reporters' 蹲点调研 in 寻乌), no leader's inspection",
    "VIDEmkXM2wYahZWHpOoOzBdu171020": "delegation pool: party-congress delegations' open day for the press, no delegation tour",
    "VIDEZAZ9tjQZb8WfvpTwasuy180522": "delegation pool: a collective reception of foreign heads of delegation, no delegation tour",
    "VIDE1355098179072976": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDEDLG36rBRQZn3GbZHIdJP210724": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEbChEKoiBd3SAUpF6yp51210803": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEwIeNS3xB4hX7yWQAJ81n160822": "delegation pool: Olympic results of the sports delegation, no delegation tour",
    "VIDENCkbpGpp7yUzgj8P79md210902": "delegation pool: Paralympic medal news of the sports delegation, no delegation tour",
    "VIDE1355098189796775": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
    "VIDExdduz9KeIe9gE3cX16UC260425": "delegation pool: foreign news (a US delegation to talks in Pakistan announced), no delegation visit",
    "VIDE1435576317906105": "delegation pool: a collective reception of foreign heads of delegation, no delegation tour",
    "VIDESXE74RoJuqxZElitfqK7260307": "delegation pool: a plenary meeting of the PLA delegation at the NPC session (a deliberation), no delegation tour",
}

# Batch 12 (fx265–fx287: its provincial pool gives five, not six): its own seed, numbering and skip list; batch 11's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 11's counts), drawn from the candidates less batches 1–11 and
# all their skipped items; fixed before any item text was read.
SEED12 = 20261216
POOLS12 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING12 = NUMBERING11
# Items of batch 12 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP12: dict[str, str] = {
    "VIDEsakutHG1uhN0AwsMXJhc191229": "gathering pool: a media feature series on a city (高质量发展基层调研行), no leader's inspection",
    "VIDE4wXko3ytnXQAO27WIESV200929": "gathering pool: a media feature series on a village (百城千县万村调研行), no leader's inspection",
    "VIDEjcuKJbIDUxCFIKZNDogQ220208": "delegation pool: Winter Olympic medal news of the sports delegation, no delegation tour",
    "VIDEzr1d9qNre7goycAqLp8C191013": "provincial pool: 省长 only inside 吉林省长春市 (a news roundup); no provincial or local leader named",
}

# Batch 13 (fx288–fx311): its own seed, numbering and skip list; batch 12's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 12's counts), drawn from the candidates less batches 1–12 and
# all their skipped items; fixed before any item text was read. New with it: a pool whose distinct years
# run out before its count is reached leaves a shortfall that the pools of FILL13 make up, in that order,
# each with its next items in shuffled order from years still free within it, so that the batch holds 24.
SEED13 = 20261217
POOLS13 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING13 = NUMBERING12
FILL13 = ("meeting", "gathering", "reception")
# Items of batch 13 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP13: dict[str, str] = {
    "VIDEM1RBwT1pTt2UO2W0gXRj250705": "gathering pool: a media feature series on a city (活力中国调研行), no leader's inspection",
    "VIDESqsmgODdEFgzj7HJZTy1190912": "delegation pool: a reception of (and a discussion with) a visiting foreign business delegation, no delegation tour",
    "VIDETWi60TjQMr5hdJRtGjT0180912": "delegation pool: a reception of (and a discussion with) a visiting foreign business delegation, no delegation tour",
    "VIDEszQyfiuSIfaaYeWeAMSn160716": "gathering pool: a media feature series on a region (长三角城市群调研行), no leader's inspection",
}

# Batch 14 (fx312–fx335): its own seed, numbering and skip list; batch 13's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 13's counts), drawn from the candidates less batches 1–13 and
# all their skipped items, with batch 13's shortfall rule (FILL14, the same order as FILL13); fixed before
# any item text was read.
SEED14 = 20261218
POOLS14 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING14 = NUMBERING13
FILL14 = ("meeting", "gathering", "reception")
# Items of batch 14 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP14: dict[str, str] = {
    "VIDE7EVJGInMlFsQIpYygwI0250325": "gathering pool: a media feature series on a city (一线调研), no leader's inspection",
}

# Batch 15 (fx336–fx359): its own seed, numbering and skip list; batch 14's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 14's counts), drawn from the candidates less batches 1–14 and
# all their skipped items, with batch 14's shortfall rule (FILL15, the same order as FILL14); fixed before
# any item text was read.
SEED15 = 20261219
POOLS15 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING15 = NUMBERING14
FILL15 = ("meeting", "gathering", "reception")
# Items of batch 15 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP15: dict[str, str] = {
    "VIDEv4U9nXTxW9GAvTmf7x4N250521": "gathering pool: public reaction to a speech during an inspection (引发热烈反响), no gathering reported",
    "VIDEp3lVKMUfMDMZM78Jl1ma240626": "deliberation pool: a 委员长会议 hearing reports on drafts and bills, a meeting item, not a deliberation",
    "VIDE3SbS18gotw3h1OWM7DYR210330": "deliberation pool: a Politburo meeting that reviews a document, a meeting item, not a deliberation",
    "VIDEq4Fnb0INij5dp6j5rJKn220124": "deliberation pool: a Politburo meeting that reviews a report and a regulation, a meeting item, not a deliberation",
}

# Batch 16 (fx360–fx383): its own seed, numbering and skip list; batch 15's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 15's counts), drawn from the candidates less batches 1–15 and
# all their skipped items, with batch 15's shortfall rule (FILL16, the same order as FILL15); fixed before
# any item text was read.
SEED16 = 20261220
POOLS16 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING16 = NUMBERING15
FILL16 = ("meeting", "gathering", "reception")
# Items of batch 16 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP16: dict[str, str] = {
    "VIDE1aZXfC8bHLJDIOVSP0hK260324": "gathering pool: public reaction to a speech during an inspection (引发热烈反响), the symposium only recalled, no gathering reported",
}

# Batch 17 (fx384–fx407): its own seed, numbering and skip list; batch 16's pools (batch 4's tests, the
# same priority), taken 6/1/2/3/8/4 (batch 16's counts), drawn from the candidates less batches 1–16 and
# all their skipped items, with batch 16's shortfall rule (FILL17, the same order as FILL16); fixed before
# any item text was read.
SEED17 = 20261221
POOLS17 = pools4(6, 1, 2, 3, 8, 4)
NUMBERING17 = NUMBERING16
FILL17 = ("meeting", "gathering", "reception")
# Items of batch 17 passed over on reading (id -> reason); each is listed in SOURCES.md.
SKIP17: dict[str, str] = {
    "VIDETD74eOCB1Rdp8FkGBWYF250628": "gathering pool: a media feature series on a city (活力中国调研行), no leader's inspection",
    "VIDE7jy8tzDP42thsUoACmsw160509": "gathering pool: a media feature series on a city (调结构转方式·深圳调研行), no leader's inspection",
}

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")
VIDEO = re.compile(r"^\s*\[视频\]\s*")
XWLB_ID = re.compile(r"\bVIDE[0-9A-Za-z]+\b")


def body_length(body: str) -> int:
    """Characters of text in an html body: tags removed, entities decoded, whitespace excluded."""
    return len(SPACE.sub("", html.unescape(TAG.sub("", body))))


def clean_title(title: str) -> str:
    return VIDEO.sub("", title).strip()


def excluded_ids() -> set[str]:
    return set(XWLB_ID.findall(DEV2_SOURCES.read_text(encoding="utf-8"))) if DEV2_SOURCES.exists() else set()


def first_sentence(body: str) -> str:
    """The body's text (tags removed, entities decoded) up to and including its first 。."""
    text = html.unescape(TAG.sub("", body))
    end = text.find("。")
    return text if end < 0 else text[:end + 1]


def pool_of(item: dict, pools=POOLS) -> str | None:
    for kind, pattern, _n in pools:
        if pattern is None:  # the provincial pool of batches 2 and 3
            if PROVINCIAL.search(item["title"]) or PROVINCIAL.search(first_sentence(item["html"])):
                return kind
        elif callable(pattern) and not isinstance(pattern, re.Pattern):  # batch 4's tests on the item
            if pattern(item):
                return kind
        elif pattern.search(item["title"]):
            return kind
    return None


def _candidates(corpus: Path) -> list[dict]:
    skip_ids = excluded_ids()
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item["id"] not in skip_ids and 400 <= body_length(item["html"]) <= 4000:
                out.append(item)
    return out


def _free_years(items: list[dict], skip: dict):
    """A shuffled pool's items in order, each from a year not yet taken in the pool, skips passed over."""
    years: set[str] = set()
    for item in items:
        year = item["published"][:4]
        if year in years or item["id"] in skip:
            continue
        years.add(year)
        yield item


def _pick(candidates: list[dict], pools, numbering, seed: int, skip: dict, start: int, batch: int,
          fill: tuple[str, ...] = ()) -> list[dict]:
    """One batch's items. Each pool gives its first n items from distinct years; where ``fill`` names
    pools (batch 13 on), the pools' total shortfall is made up from those pools in that order, each
    going on in its own shuffled order with its years still free."""
    by_pool: dict[str, list[dict]] = {kind: [] for kind, _p, _n in pools}
    for item in candidates:
        kind = pool_of(item, pools)
        if kind:
            by_pool[kind].append(item)
    chosen: dict[str, list[dict]] = {}
    rest: dict[str, object] = {}
    shortfall = 0
    for kind, _p, n in pools:
        items = list(by_pool[kind])
        random.Random(seed).shuffle(items)
        rest[kind] = _free_years(items, skip)
        picked = []
        for item in rest[kind]:
            picked.append(dict(item, type=kind, batch=batch))
            if len(picked) == n:
                break
        chosen[kind] = picked
        shortfall += n - len(picked)
    for kind in fill:
        for item in rest[kind]:
            if shortfall == 0:
                break
            chosen[kind].append(dict(item, type=kind, batch=batch))
            shortfall -= 1
    out = [item for kind in numbering for item in chosen[kind]]
    for i, item in enumerate(out, start):
        item["nn"] = f"{i:02d}"
    return out


def _batches() -> list[tuple]:
    """Each batch's (pools, numbering, seed, skip list), in drawing order; batch 13 on adds the pools
    that make up a shortfall (FILL13, FILL14, FILL15, FILL16, FILL17)."""
    return [(POOLS, NUMBERING, SEED, SKIP), (POOLS2, NUMBERING2, SEED2, SKIP2), (POOLS3, NUMBERING3, SEED3, SKIP3),
            (POOLS4, NUMBERING4, SEED4, SKIP4), (POOLS5, NUMBERING5, SEED5, SKIP5),
            (POOLS6, NUMBERING6, SEED6, SKIP6), (POOLS7, NUMBERING7, SEED7, SKIP7),
            (POOLS8, NUMBERING8, SEED8, SKIP8), (POOLS9, NUMBERING9, SEED9, SKIP9),
            (POOLS10, NUMBERING10, SEED10, SKIP10), (POOLS11, NUMBERING11, SEED11, SKIP11),
            (POOLS12, NUMBERING12, SEED12, SKIP12), (POOLS13, NUMBERING13, SEED13, SKIP13, FILL13),
            (POOLS14, NUMBERING14, SEED14, SKIP14, FILL14), (POOLS15, NUMBERING15, SEED15, SKIP15, FILL15),
            (POOLS16, NUMBERING16, SEED16, SKIP16, FILL16), (POOLS17, NUMBERING17, SEED17, SKIP17, FILL17)]


BATCHES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
SKIPS_EXCLUDED_FROM = 6  # from batch 6 on, a batch is drawn from the candidates less all earlier batches and their skips


def select(corpus: Path = CORPUS, batches: tuple[int, ...] = BATCHES) -> list[dict]:
    """The items of the given batches (batch 1: fx01–fx24, batch 2: fx25–fx48, batch 3:
    fx49–fx72, batch 4: fx73–fx96, batch 5: fx97–fx120, batch 6: fx121–fx144, batch 7: fx145–fx168,
    batch 8: fx169–fx192, batch 9: fx193–fx216, batch 10: fx217–fx240, batch 11: fx241–fx264, batch 12: fx265–fx287, batch 13: fx288–fx311, batch 14: fx312–fx335, batch 15: fx336–fx359, batch 16: fx360–fx383, batch 17: fx384–fx407), numbered, each with a ``type``, ``batch`` and ``nn``. Each batch is drawn from the candidates less all earlier batches
    (batch 2 from the candidates less batch 1, …, batch 5 from the candidates less batches 1–4).
    From batch 6 on (SKIPS_EXCLUDED_FROM), the earlier batches' skipped items are left out of the
    candidates too, so that an item already judged not to fit is not drawn again."""
    candidates = _candidates(corpus)
    out: list[dict] = []
    taken: set[str] = set()
    skipped: set[str] = set()
    start = 1
    for batch, (pools, numbering, seed, skip, *fill) in enumerate(_batches(), 1):
        if batch > max(batches):
            break
        gone = taken | skipped if batch >= SKIPS_EXCLUDED_FROM else taken
        rest = [item for item in candidates if item["id"] not in gone] if gone else candidates
        picked = _pick(rest, pools, numbering, seed, skip, start, batch, *fill)
        if batch in batches:
            out += picked
        taken |= {item["id"] for item in picked}
        skipped |= set(skip)
        start += len(picked)
    return out


def page(item: dict) -> str:
    title = html.escape(clean_title(item["title"]), quote=False)
    body = item["html"].replace("\r\n", "\n")
    return ("<!DOCTYPE html>\n"
            f'<html><head><meta charset="utf-8"><title>{title}</title>\n'
            f'<meta name="publishdate" content="{item["published"]}">\n'
            '<meta name="source" content="央视网">\n'
            "</head><body>\n"
            f"<h1>{title}</h1>\n"
            f"{body}\n"
            "</body></html>\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--list", action="store_true", help="print the selection as TSV")
    ap.add_argument("--batch", type=int, choices=BATCHES, help="only this batch (default: all seventeen)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found (../shared/data is absent); nothing built", file=sys.stderr)
        return 0
    items = select(args.corpus, (args.batch,) if args.batch else BATCHES)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for item in items:
            (args.out / f"fx{item['nn']}.html").write_text(page(item), encoding="utf-8")
    if args.list or not args.out:
        for item in items:
            print("\t".join((item["nn"], item["id"], item["url"], item["published"], item["type"],
                             clean_title(item["title"]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
