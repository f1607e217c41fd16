"""Personal names at a known position: surname-led, two to four characters, ended by a boundary.

The people, events and statements extractors call :func:`name_at` where a pattern says a name
must start (after a title, before 指出, inside an enumeration); nothing here scans all text.
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..patterns import cached_compile
from ..resources.loader import common_surnames, region_words, surnames, titles
from .meeting_words import NOUNS as MEETING_NOUNS
from .ner_lexicon import cues, lexicon, world_places
from .timeexpr import TIME_OF_DAY

# Words that end a name: verbs of meetings and speech, conjunctions, titles after a name.
BOUNDARY_WORDS = (
    "主持", "出席", "参加", "列席", "陪同", "讲话", "指出", "强调", "要求", "表示", "说", "认为", "介绍", "代表",
    "在", "作", "率", "带队", "一行", "同志", "等", "和", "与", "及", "向", "对", "为", "从", "到", "会见", "会谈",
    "看望", "调研", "考察", "宣布", "致辞", "发言", "传达", "部署", "总结", "提出", "分别", "也", "还", "就", "是",
    "同", "先后", "一同", "共同", "致信", "批示", "听取", "主讲", "签署", "回答", "答", "称", "前往", "来到", "走进",
    "深入", "赴", "于", "以", "将", "已", "曾", "则", "又", "都", "用", "给", "把", "被", "让", "请", "并", "时",
    "举行", "进行", "举办", "召开", "宣读", "汇报", "就座", "摄",
    "邀请", "早在", "调任", "当选", "获得",  # 普京|邀请, 安倍晋三|早在, 陈某|调任
    "升任", "接任", "转任", "继任",  # the verbs of taking up a post (posts.TAKING_UP_VERBS; 就任 under 就)
    "来说", "而言",  # 对某某|来说: the postposition closes the name
    "成为",  # 和某某|成为战友: the verb, not a given name's last character and 为
    # 与某国总统X会面: the meeting verbs end a name
    "会面", "会晤", "通话",
    "发表",  # 某某|发表讲话, 林郑月娥|发表致市民的信
    "致贺", "致电", "致函", "致以", "致词", "致意", "致敬", "互致",  # 某某|致贺信: the verbs of sending a message, as 致信
    "带领",  # 某某·某某|带领分团来到…
    "夫妇",  # 某某|夫妇: the couple, as 一行 the party
    "建议",  # 致公党中央主席某某|建议: the verb of a proposal (政协 news: 委员们建议), not a given name's last character
    "夺得", "夺冠", "摘得",  # 美国选手某某·某|夺得冠军: the verbs of winning after an athlete
    "一起", "一道",  # 某某和某某|一起…: the adverb of doing together closes the names it follows
    "简短", "简要",  # 某国副总统某某|简短交谈, 某某|简要介绍: the adverbs of a brief exchange (简 is a transliteration's too)
)
# Verbs of speech and of taking part that no given name is (陈进行 and 李代表 are names, 某某指出 no)
VERB_BOUNDARIES = frozenset("指出 强调 表示 要求 认为 主持 出席 参加 列席 陪同 讲话 致辞 发言 会见 会谈 会晤 会面 通话 "
                             "宣布 发表".split())
_NAME_CHAR = cached_compile(r"[\u4e00-\u9fff]")
# what follows a name as often as its last character opens a word with it (某某·马里|的, 某某·卡|的)
_NAME_FOLLOWERS = frozenset("的在和与等说")
# words of one character that follow a name and precede a boundary (某某|后表示, 某某|因病…): not a last
# character of the name
_AFTER_A_NAME = frozenset("前后因内外上下里中")
_DAY_WORDS = frozenset("近日 日前 近期 近来 此前".split())  # and _TIME_WORD's: days relative to the report
_NAME_CHARS = cached_compile(r"[\u4e00-\u9fff]+")
# Day words a name position may hold (外长|今天|在北京): a day relative to another, or a time of day.
_TIME_WORD = cached_compile(TIME_OF_DAY + r"|[今昨明前后当次翌同本][天日晚]|[上下本同][午旬月周]")
# Two-character words that start with a surname character but are not names.
_NOT_NAMES = frozenset(
    "高度 周边 常委 于是 方面 万人 任务 全面 全国 全省 全市 全区 党委 政协 以上 以下 时间 经济 文化 安全 和谐 平安 龙头 "
    "高端 高新 高速 金融 黄河 长江 长期 程度 关于 关键 孔子 宋代 明代 明确 明显 成为 成果 成效 成功 成立 成员 张力 "
    "向前 向上 向下 向好 李子 杨柳 林业 林草 江河 湖泊 方向 方式 方法 方案 方针 方位 时代 时期 时刻 时候 于此 余年 "
    "伍仟 田间 田野 石油 石化 金属 金额 钱款 董事 "
    "马上 牛奶 羊肉 鱼类 龙江 路线 路径 向着 常态 常规 常年 常务 常驻 于都 左右 上下 前后 齐心 齐鲁 国家 国际 国内 "
    "施工 施策 管理 管控 温度 温暖 夏季 秋季 春季 冬季 雷锋 包括 包容 司法 司令 宁夏 安徽 云南 贵州 吉林 甘肃 "
    "康复 武汉 武装 文明 文件 文艺 易地 易于 谢谢 许多 许可 严格 严肃 严重 应当 应急 车辆 申报 秦岭 岳阳 连续 "
    "连接 卢森 邢台 师生 师资 水平 水利 游客 游览 项目 韩国 史上 史料 孙子 元素 元首 苗木 焦点 晏家 "
    "高质量 高水平 高标准 高起点 高层次 高素质 全方位 全过程 全链条 方面军 马克思 常委会 党委会 时间表 鲜明".split())


_MEETINGS = frozenset(MEETING_NOUNS)
PREPOSITION_SURNAMES = frozenset("向于从和同对将为由")
# 第五届, 第三次: an ordinal, though 第五 is also a (rare) surname
_ORDINAL = cached_compile(r"第[一二三四五六七八九十百\d]")
# words in 任 (a surname character): taking, holding or leaving an office (连任总理, 接任轮值主席)
_TAKING_OFFICE = "出任 上任 下任 接任 连任 就任 继任 离任 兼任 担任 现任 前任 时任 留任 曾任 历任 原任"
# the end of a body's name, never of a person's (某某集团, 参演国|海军)
_BODY_ENDINGS = ("集团", "组织", "大会", "国会", "议会", "联盟", "协会", "学会", "海军", "陆军", "空军")
_ORGAN_ENDINGS = ("政府", "部", "局", "委", "厅", "办", "院", "署", "省", "市", "县", "党") + _BODY_ENDINGS  # 建国, 建军 are names
# a pronoun opens no name, wherever it stands (他曾|担任…, 记者|我国…)
PRONOUNS = frozenset("他她它我你您这")
# 者: 爱好者, 记者; 两: 随后|两国
_FUNCTION_CHARS = frozenset("了的们这那些个其着过吗呢吧要他她它我你把被者两")
# …inside a three-character name a given name may hold 其 (周其仁, 李其昌); last, it is the pronoun
INNER_NAME_CHARS = frozenset("其")


def function_char_in(name: str) -> bool:
    """Whether a function word stands where a name's second or third character would."""
    if _FUNCTION_CHARS.isdisjoint(name):
        return False
    return any(c in _FUNCTION_CHARS and not (c in INNER_NAME_CHARS and 0 < i < len(name) - 1)
               for i, c in enumerate(name) if i)


_NOT_NAMES_EXTRA = frozenset("举行 举办 已经 双方 名单 主体 文章 发表 关系 合作 共同 全体 通过 经过 程度 严格 等不 等同 "
                             "任何 同时 同样 同期 同步 时代 宣布 宣传 表示 表明 发展 发布 申请 应邀 应约 邀请 随后 "
                             "哈马斯 塔利班 真主党 胡塞 北约 欧盟 东盟 "  # organisations that speak
                             "王宫 王府 官邸 总统府 "  # where receptions are held (在曼谷大王宫会见)
                             "成员国 观察员国 主席国 东道国 理事国 祖国 卸任 "
                             "若干 若干人 若干名 "  # 主任、副主任若干人: a headcount
                             "任期 任内 任上 任职 任满 "  # 总理|任期: the term of a post, not a name after it
                             "穆斯林 基督徒 天主教徒 佛教徒 "  # the faithful of a religion, named as a group
                             "奥密克戎 "  # a variant of a virus (WHO's name, 2021), transliterated like a person's
                             "大家 大伙 各位 诸位 "  # pronouns of a group (总书记|向大家表示…)
                             "代表团 考察团 工作组 调研组 督导组 巡视组 白皮书 公报 社论 贺词 贺信 贺电 单位 战略 重要 强调 主要 相关 有关 全体 各级 广大 同时 同样 通过 经过 作为 成为 开展 "
                             # what a reporter does right after the word 记者 (经记者查实, 记者获悉)
                             "查实 证实 获悉 暗访 致电 询问 问询 核实".split()) | frozenset(_TAKING_OFFICE.split())


@cache
def _title_starts() -> frozenset[str]:
    # an occupation (教师, 医生) is printed of anyone, so a name need not end before one: 慰问|特教师生
    return frozenset(t[:2] for t, entry in titles().items() if len(t) >= 2 and entry.category != "profession")


def is_boundary(text: str, i: int) -> bool:
    """Whether a name may end right before position ``i``."""
    # every test reads at most the next two characters (no boundary word is longer)
    return i >= len(text) or _boundary_ahead(text[i:i + 2])


@lru_cache(maxsize=1 << 16)  # pure, over static lexicons; names and their contexts repeat
def _boundary_ahead(ahead: str) -> bool:
    if not _NAME_CHAR.match(ahead):
        return True
    # a day word after a name (某某近日作出…, 某某今天在…): the name ends before it
    return ahead.startswith(BOUNDARY_WORDS) or ahead in _title_starts() or ahead in region_words() \
        or ahead in _DAY_WORDS or _TIME_WORD.fullmatch(ahead) is not None


@lru_cache(maxsize=1 << 16)  # pure, over static lexicons; the same names come back
def plausible_name(name: str, strict: bool = True) -> bool:
    """No word that a region, title or common noun would explain; ``strict``: a surname first.

    After an explicit title the position alone says a name follows, so names without a Han
    surname (巴雅尔, 巴图) pass with ``strict=False``.
    """
    if not 2 <= len(name) <= 4 or not _NAME_CHARS.fullmatch(name) or name[0] in PRONOUNS:
        return False
    if is_tibetan(name):
        return True
    if not (name[0] in surnames() or name[:2] in surnames()):
        # without a Han surname, a transliteration (普京, 巴图) and not a word (记者|采访, 总统|先生)
        translit = cues()["translit"]
        if strict or name[0] not in translit or (len(name) == 2 and name[1] not in translit):
            return False
    if len(name) == 4 and name[:2] not in surnames() or name.endswith(_ORGAN_ENDINGS) or name.endswith(("讯", "电")):
        return False
    if function_char_in(name):
        return False
    if len(name) == 3 and name[1:] in VERB_BOUNDARIES:
        return False  # 总统|时指出, 总理|并主持: a verb that ends names is no given name
    if is_known_word(name):
        return False
    if len(name) == 2 and name[1] == "方" and name[0] in _COUNTRY_ABBREVIATIONS:
        return False  # 乌方, 韩方: a side in talks, not a person
    return not name[1:].startswith(("书记", "主席", "市长", "省长", "主任", "同志", "部长", "的"))


def is_tibetan(name: str) -> bool:
    """A Tibetan name of two common name syllables (白玛|赤林, 洛桑|江村): four characters with no
    Han surname, which only the syllables show to be a name."""
    syllables = cues()["tibetan"]
    return len(name) == 4 and name[:2] in syllables and name[2:] in syllables


def is_transliteration(word: str, shortest: int = 3) -> bool:
    """A foreign name spelled in transliteration characters, three to eight of them (阮|晋勇 is
    not one; 科瓦列夫斯基 is); ``shortest=2`` where the context already says a name (同|某某|总统)."""
    translit = cues()["translit"]
    return shortest <= len(word) <= 8 and all(c in translit or c == "·" for c in word)


def is_dotted_name(name: str) -> bool:
    """A name printed with its · between parts of two characters or more (艾力·某某, a minority's
    or a foreigner's), which plausible_name, made for Han names, does not read."""
    return "·" in name and all(len(part) >= 2 for part in name.split("·"))


def is_post_or_day(name: str) -> bool:
    """A post, a piece of posts (国务院, 委员会) or a day word (今天): never a name, wherever it stands."""
    return name in titles() or name in _title_fragments() or bool(_TIME_WORD.fullmatch(name))


@lru_cache(maxsize=1 << 16)  # pure, over static tables; the recogniser asks of the same words again and again
def is_known_word(name: str) -> bool:
    """A word the lexicons explain as something else: a common noun, a region or world place, a
    post or a piece of posts (国务院|主任, 委员会|主席), a day (外长|今天)."""
    return (is_listed_word(name) or name in titles()
            or name in _MEETINGS  # 全会指出, 大会号召: the meeting speaks, no person
            or _ORDINAL.match(name) is not None
            # 向|全国参加…, 于|全省: a surname that is also a preposition, before a word it governs
            or (name[0] in PREPOSITION_SURNAMES and len(name) == 3 and is_known_word(name[1:]))
            or name in _title_fragments() or bool(_TIME_WORD.fullmatch(name))
            or (len(name) == 3 and bool(_TIME_WORD.fullmatch(name[:2])))  # 明天同|总理女士: a day word and a preposition
            or function_char_in(name) or name.endswith(_BODY_ENDINGS))



def is_listed_word(word: str) -> bool:
    """Whether the lexicons list ``word`` as a word that is no name: a common noun, a region or a
    world place (奥密克戎, 张家口)."""
    return word in _NOT_NAMES or word in _NOT_NAMES_EXTRA or word in region_words() or word in world_places()


@cache
def _title_fragments() -> frozenset[str]:
    """Two- and three-character pieces of three or more posts in the title lexicon (国务院, 委员会,
    办公室, 党中央): a word the posts are built of, not a name, wherever it stands."""
    counts: dict[str, int] = {}
    for title in titles():
        for piece in {title[i:i + n] for n in (2, 3) for i in range(len(title) - n + 1)}:
            counts[piece] = counts.get(piece, 0) + 1
    return frozenset(piece for piece, count in counts.items() if count >= 3)


_FIRM_WORDS = ("集团", "公司", "银行", "基金会", "研究院", "大学", "学院", "医院")
# one-character names of countries in 中方/俄方 and 中俄/中美 (a party, a pair of countries)
_COUNTRY_ABBREVIATIONS = frozenset("中美俄日韩朝英法德意乌印巴越泰老柬缅菲澳加土伊以埃沙欧非蒙哈吉塔黎叙约古葡荷瑞丹挪芬匈希塞智秘墨")
# words whose second character is a surname: 出席|中俄总理, 接任|轮值主席: no name opens there
_WORDS_ENDING_IN_A_SURNAME = frozenset(("出席 列席 主席 缺席 " + _TAKING_OFFICE).split())


# on whose commission or invitation the holder acts, right after the name: 受…委托, 应…邀请
_COMMISSIONED = frozenset("受应")
_COMMISSION = cached_compile(r"受[^，。；、]{1,20}?委托|应[^，。；、]{0,20}?邀")
_BREACH = cached_compile(r"违(?:规|纪|法|反)")


def verb_after_given_name(text: str, at: int) -> bool:
    """Whether the character at ``at`` (a three-character reading's last) opens a verb phrase after a
    two-character name rather than ending a given name (see name_at)."""
    char = text[at:at + 1]
    if char in _COMMISSIONED:
        return _COMMISSION.match(text, at) is not None
    if char == "任":
        return text[at + 1:at + 3] in _title_starts()
    return char == "违" and _BREACH.match(text, at) is not None


def name_at(text: str, pos: int, strict: bool = True) -> str | None:
    """The name starting at ``pos`` (林慕白讲话 → 林慕白, 李文成出席 → 李文成), or None."""
    # A name of at most four characters and the two that must show its end: six in all.
    name = _name_opening(text[pos:pos + 6], strict) if pos < len(text) else None
    if name and not text.startswith("·", pos + len(name)) and (first := _dotted_first_part(text, pos)) \
            and first.startswith(name):
        name = first  # 阿不|都·热依木: the separator closes the first part (都 is no word that ends names here)
    if name and (name.endswith("共") and text.startswith("和国", pos + len(name)) or text.startswith("共和国", pos + len(name))):
        return None  # 、南非共|和国总统: the reading cuts a country's name (南非共和国), no person's
    if name and text.startswith(_FIRM_WORDS, pos + len(name)):
        return None  # 、黑石|集团董事长某某: the name of a firm, not a person's
    if name and (text[pos - 1:pos + 1] in _WORDS_ENDING_IN_A_SURNAME or (len(name) == 3 and name[1:] in world_places())):
        return None  # 主席国|沙特国王: a country is no given name
    if name and len(name) == 3 and verb_after_given_name(text, pos + 2) and plausible_name(name[:2], strict):
        # 某某|受国务院委托作…报告, 某某|应邀出席: the phrase of whose behalf, not a given name; 以某某|任组长:
        # the verb of holding before a post; 某某|违规…, 违纪: the verb of a breach (an official's misconduct)
        name = name[:2]
    if name and text.startswith("·", pos + len(name)):  # 阿不都·热依木: a minority name's second part
        at = pos + len(name) + 1
        end = transliteration_run_end(text, at)
        if end - at > 2 and _NAME_CHAR.match(text, end) and text[end] not in _NAME_FOLLOWERS \
                and ordinary_word_band(text[end - 1:end + 1]) >= 4:
            end -= 1  # 某某·某南|希望, 某某·米勒|博士: the last character opens a frequent word with the next
        elif end - at >= 2 and _NAME_CHAR.match(text, end) and text[end] not in _NAME_FOLLOWERS \
                and text[end] not in _AFTER_A_NAME and text[end - 1] not in _AFTER_A_NAME \
                and not is_boundary(text, end) and _firm_boundary(text, end + 1):
            end += 1  # 某某·格里菲思|16日, 某某·华莱士|近日: a last character the table lacks, a boundary after it
        if end - at >= 2:
            name = text[pos:end]
            # 某某·某某·某某: further parts, each a run of transliteration characters
            while len(name) < _LONGEST_SEPARATED and text.startswith("·", pos + len(name)):
                at = pos + len(name) + 1
                end = transliteration_run_end(text, at)
                if end - at < 2:
                    break
                name = text[pos:end]
    return name


def transliteration_run_end(text: str, at: int) -> int:
    """Where the run of transliteration characters (eight at most) that starts at ``at`` ends."""
    translit, end = cues()["translit"], at
    while end < len(text) and end - at < 8 and text[end] in translit:
        end += 1
    return end


_LONGEST_SEPARATED = 24  # characters of a name of several parts (five parts and more are printed)


def _dotted_first_part(text: str, pos: int) -> str | None:
    """The first part of a name printed with its separator (阿不都·热依木): three to five characters
    of Chinese right before a · that two more follow, no word the lexicons explain."""
    sep = text.find("·", pos + 3, pos + 6)
    if sep < 0 or not _NAME_CHARS.fullmatch(text, pos, sep) or not _NAME_CHARS.fullmatch(text, sep + 1, sep + 3):
        return None
    first = text[pos:sep]
    return None if is_known_word(first) or is_post_or_day(first) else first


def _firm_boundary(text: str, i: int) -> bool:
    """A boundary at ``i`` that no one-character word makes (某某·某什誉|为: a verb; 某某·华莱士|近日: a name's
    end): a mark or a digit, a day word, or a word of two characters or more that ends names."""
    ahead = text[i:i + 2]
    return not _NAME_CHAR.match(ahead) or ahead in _DAY_WORDS or _TIME_WORD.fullmatch(ahead) is not None \
        or ahead.startswith(LONG_BOUNDARY_WORDS)


LONG_BOUNDARY_WORDS = tuple(word for word in BOUNDARY_WORDS if len(word) >= 2)


# pure; the same openings come back. 16,384 of them: 65,536 held 13 MB more per process for no
# speed measured (a worker's peak on the full xwlb: the pool's bound, issue 14)
@lru_cache(maxsize=1 << 14)
def _name_opening(window: str, strict: bool) -> str | None:
    if is_tibetan(window[:4]) and is_boundary(window, 4):
        return window[:4]  # 格桑多吉宣读
    compound = len(window) >= 2 and window[:2] in surnames()
    short, long_ = (3, 4) if compound else (2, 3)
    if _longer_before_conjunction(window, short, long_, strict):
        return window[:long_]
    if is_boundary(window, short) and plausible_name(window[:short], strict):
        # 李文成出席: 成 is no boundary, so this branch is for 林慕白讲话, 刘洁、
        return window[:short]
    if is_boundary(window, long_) and not is_boundary(window, short) and plausible_name(window[:long_], strict):
        return window[:long_]
    if window[long_:long_ + 1] == "的" and plausible_name(window[:long_], strict):
        return window[:long_]  # 副教授钱立新的肯定: a full-length name before 的 (not 记者居住的: two characters)
    if not compound and _double_surname_name(window):
        return window[:4]
    return None


def rare_surname_word(word: str) -> bool:
    """Two characters that ordinary text prints as a word and whose first is a rare surname
    (来华, 参与, 海外): a word, not a name, wherever no post or verb vouches for one."""
    return len(word) == 2 and word[0] not in common_surnames() and ordinary_word_band(word) >= 2


def ordinary_word_band(word: str) -> int:
    """How often ``word`` (two characters) occurs in ordinary text, by the NER lexicon's bigram
    bands: 0 fewer than twice, 2 from twice, 3 from five times, 4 from twenty times."""
    return int(lexicon().bigram_bands.get(word, "0"))


def _double_surname_name(window: str) -> bool:
    """A Hong Kong married name: the husband's surname before the woman's full name (陈|林美珍),
    four characters. Only where neither shorter reading ends at a boundary and the four do (总干事
    陈林美珍。), so an ordinary name with a longer word after it stays itself, and where the two
    surnames make no word of ordinary text (任何人, 周末)."""
    return (len(window) >= 4 and window[0] in common_surnames() and window[1] in common_surnames()
            and ordinary_word_band(window[:2]) == 0
            and is_boundary(window, 4) and not is_boundary(window, 2) and not is_boundary(window, 3)
            and plausible_name(window[1:4]) and not is_known_word(window[:4]))  # (a function word too)


def _longer_before_conjunction(window: str, short: int, long_: int, strict: bool) -> bool:
    """王建新和孙某: the short reading ends where a place name (新和) would start, the long one
    before a word that ends names (和); the place is the weaker evidence. 陈某、罗富和等, 罗富和出席: a
    和 with no conjunct after it (等, a mark, a verb) is no conjunction but the name's last character."""
    ahead = window[short:short + 2]
    if len(ahead) == 2 and ahead[0] in "和与及" and (ahead[1] in "等、，。；,;"
                                                   or window[short + 1:short + 3] in VERB_BOUNDARIES):
        return plausible_name(window[:long_], strict)  # 罗富和出席: no conjunct follows the 和 either
    return (ahead in region_words() and _NAME_CHAR.match(ahead) is not None
            and not ahead.startswith(BOUNDARY_WORDS) and ahead not in _title_starts()
            and window[long_:long_ + 2].startswith(BOUNDARY_WORDS) and plausible_name(window[:long_], strict))


def name_before(text: str, end: int) -> str | None:
    """The name ending at ``end`` (习近平总书记 → 习近平): three characters, else two; a minority's or
    a foreign name printed with its separator whole (艾力·买买提副主席)."""
    if (separated := _separated_name_before(text, end)) is not None:
        return separated
    for length in (3, 2):
        start = end - length
        if start < 0:
            continue
        candidate = text[start:end]
        if start > 0 and text[start - 1:start + 1] in _WORDS_ENDING_IN_A_SURNAME:
            continue  # 出席|中俄总理
        if plausible_name(candidate) and (start == 0 or not plausible_name(text[start - 1:end])):
            return candidate
    return None


def _separated_name_before(text: str, end: int) -> str | None:
    """A name of two parts joined by · (or •) that ends at ``end`` (艾力·买买提|副主席, 主席|雪克来提·扎克尔|):
    the separator says a name, so its parts need not be spelled in transliteration characters. The
    second part is what stands between the separator and ``end``, two to five characters of Chinese;
    the first opens after a mark, at a line's start or after a post, at most four characters before
    the separator and with no word in it that ends names (else it is the run of transliteration
    characters before the separator, up to eight); no separator before it (a third part would make
    the reading uncertain)."""
    sep = next((k for k in range(end - 2, max(end - 6, 1), -1) if text[k] in "·•"), None)
    if sep is None or not _HAN_RUN.fullmatch(text, sep + 1, end):
        return None
    first = sep
    while first > 0 and sep - first < 4 and _NAME_CHAR.match(text, first - 1):
        first -= 1
        if _name_may_open(text, first):
            break
    if not _name_may_open(text, first) \
            or any(is_boundary(text, k) or text[k] in _FUNCTION_CHARS for k in range(first, sep)):
        # no opening within four characters, or a word that ends names inside (相信在|劳尔, 昨天我同|劳尔):
        # the transliteration characters alone
        translit = cues()["translit"]
        first = sep
        while first > 0 and sep - first < 8 and text[first - 1] in translit:
            first -= 1
    if sep - first < 2 or (first > 0 and text[first - 1] in "·•"):
        return None
    return text[first:end]


_HAN_RUN = cached_compile(r"[\u4e00-\u9fff]+")


def _name_may_open(text: str, pos: int) -> bool:
    """Whether a name may open at ``pos``: the text's start, after a mark or right after a post."""
    return pos == 0 or not _NAME_CHAR.match(text, pos - 1) or _post_ends_at(text, pos)


def _post_ends_at(text: str, pos: int) -> bool:
    """Whether a post of the lexicon ends right before ``pos`` (自治区主席|雪克来提·扎克尔)."""
    table = titles()
    return any(text[pos - k:pos] in table for k in range(2, min(pos, 12) + 1))
