"""Builders of small invented records (shared/spec/RECORD.md) for the corpus tests."""
from __future__ import annotations

from typing import Any


def record(id: str, **fields: Any) -> dict[str, Any]:
    """A complete version-1 record; keyword arguments override or add fields."""
    base: dict[str, Any] = {
        "id": id, "path": f"{id}.txt", "schema": 1, "script": "simplified",
        "title": f"标题{id}", "original_title": None, "published": "2024-05-01",
        "source": "新华社", "original_source": None, "authors": [], "editors": [], "articles": [],
        "text": f"正文{id}。", "removed": [], "people": [], "events": [], "tours": [], "statements": [],
        "formulations": [], "targets": [], "regions": [], "warnings": [],
    }
    base.update(fields)
    return base


def region(name: str, code: str, level: str = "province", count: int = 1) -> dict[str, Any]:
    return {"name": name, "code": code, "level": level, "count": count}


ZHEJIANG = region("浙江省", "330000")
SICHUAN = region("四川省", "510000")
GUANGDONG = region("广东省", "440000")
HANGZHOU = region("杭州市", "330100", "prefecture")


def person(name: str, *titles: tuple[str, str | None, str | None]) -> dict[str, Any]:
    """A people item; each title is (title, region, region_code)."""
    return {
        "name": name, "surface": [name], "mentions": [[0, len(name)]],
        "titles": [{"title": t, "region": r, "region_code": c, "surface": (r or "") + t} for t, r, c in titles],
    }


def meeting(name: str, date: str | None, participants: list[str], hosts: list[str] | None = None,
            place: str | None = None) -> dict[str, Any]:
    return {"kind": "meeting", "name": name, "date": date, "time_of_day": None, "place": place, "format": None,
            "hosts": hosts or [], "speakers": [], "participants": participants, "evidence": [0, 2]}


def tour(origin: str | None, destinations: list[str], start: str | None) -> dict[str, Any]:
    return {"delegation": f"{origin or ''}代表团", "origin": origin, "destinations": destinations,
            "leaders": [], "start": start, "end": start, "sites": [], "evidence": [0, 3]}


def formulation(text: str, kind: str = "lexicon") -> dict[str, Any]:
    item: dict[str, Any] = {"text": text, "kind": kind, "count": 1, "evidence": [[0, len(text)]]}
    if kind == "lexicon":
        item["canonical"] = text
    return item


def goal(text: str, value: str, unit: str, subject: str) -> dict[str, Any]:
    return {"text": text, "value": value, "unit": unit, "subject": subject, "approx": False, "kind": "goal",
            "evidence": [0, len(text)]}


# Distinct invented news texts, for documents that must not cluster with each other.
STORIES = (
    "本报讯 近日，江北省召开全省春季农业生产工作会议，部署粮食稳产增产和农田水利建设。会议要求抓好良种供应、"
    "农资保障和病虫害防治，确保全年粮食播种面积稳定在一千二百万亩以上，为稳定经济大盘夯实基础。",
    "本报讯 记者从省交通运输厅获悉，连接东西两岸的跨江大桥主体工程日前顺利合龙。大桥全长八点六公里，"
    "采用双塔斜拉结构，建成后两地通行时间将由一小时缩短至十五分钟，预计明年六月正式通车运营。",
    "本报讯 第五届青年创新创业大赛决赛昨天在会展中心落幕。来自高校、科研院所和初创企业的六十支团队"
    "同台竞技，人工智能、新材料和生物医药项目占据半数以上，获奖团队将获得孵化场地和种子资金支持。",
    "本报讯 为迎接旅游旺季，古城景区推出夜游、非遗展演和文创市集等系列活动，并上线分时预约系统，"
    "游客可通过手机提前选择入园时段。景区负责人介绍，今年将新增停车位两千个，缓解节假日交通压力。",
    "本报讯 省卫生健康委员会发布通知，自下月起在全省推广家庭医生签约服务包，重点覆盖老年人、"
    "慢性病患者和孕产妇，签约居民可享受预约转诊、长期处方和上门随访等服务，基层首诊率力争提高五个百分点。",
    "本报讯 全省职业教育改革推进会提出，支持职业院校与龙头企业共建产业学院，推行订单式培养，"
    "今年新增实训基地三十个，让更多青年掌握一技之长，毕业生本地就业率保持在百分之八十以上。",
)


ZJ_DEPUTY = ("副省长", "浙江省", "330000")
VICE_PREMIER = ("国务院副总理", None, None)


def analytics_records() -> list[dict[str, Any]]:
    """Five stories (one printed twice) about 浙江 and 四川: meetings, a tour, formulations, goals."""
    zj_meeting = meeting("全省经济工作会议", "2024-03-01", ["林慕白", "周启航"])
    shared = {
        "text": STORIES[0], "regions": [ZHEJIANG],
        "people": [person("林慕白", ZJ_DEPUTY), person("周启航", VICE_PREMIER)],
        "formulations": [formulation("新质生产力")], "events": [zj_meeting],
        "targets": [goal("1000亿元", "100000000000", "元", "浙江省全年数字经济投资")],
        "tours": [tour("浙江省", ["四川省"], "2024-03-05")],
    }
    return [
        record("f1", published="2024-03-01", source="新华社", **shared),
        record("f2", published="2024-03-02", source="浙江日报", original_source="新华社", **shared),
        record("f3", published="2024-04-05", text=STORIES[1], regions=[SICHUAN],
               people=[person("赵一鸣", ("省长", "四川省", "510000")), person("周启航", VICE_PREMIER)],
               formulations=[formulation("新质生产力")],
               events=[meeting("成渝合作座谈会", "--04-04", ["赵一鸣", "周启航"], place="四川成都")],
               tours=[tour("浙江省", ["四川省", "重庆市"], "2024-04-01")]),
        record("f4", published="2024-04-06", text=STORIES[2], regions=[ZHEJIANG, HANGZHOU],
               people=[person("林慕白", ZJ_DEPUTY), person("周启航", VICE_PREMIER)],
               formulations=[formulation("新质生产力", "quoted"), formulation("共同富裕")],
               events=[meeting("民营企业座谈会", "2024-04-06", ["周启航"], hosts=["林慕白"])]),
        record("f5", published="2024-05-10", text=STORIES[3], regions=[SICHUAN],
               formulations=[formulation("有中国特色社会主义") | {"canonical": "中国特色社会主义"}]),
    ]
