"""Meetings on purpose-written reports (invented names)."""
from neican.extractors.events import find_events
from neican.extractors.people import find_people
from neican.extractors.regions import find_regions


def events(text, published=None):
    people = find_people(text, find_regions(text))
    return [s.data for s in find_events(text, people, published)]


def test_meeting_with_place_date_and_roles():
    text = ("3月8日上午，全省优化营商环境工作推进会在长沙召开。省委书记刘振国主持会议并讲话，省委副书记、省长何建平讲话，"
            "孙海燕、韩志刚出席。")
    (e,) = events(text, "2024-03-09T07:00:00")
    assert e["name"] == "全省优化营商环境工作推进会"
    assert (e["date"], e["time_of_day"], e["place"]) == ("2024-03-08", "上午", "长沙")
    assert e["hosts"] == ["刘振国"]
    assert e["speakers"] == ["刘振国", "何建平"]
    assert set(e["participants"]) == {"刘振国", "何建平", "孙海燕", "韩志刚"}


def test_relative_day_and_place_after_at():
    (e,) = events("12日晚，代表团在返程途中召开总结交流会，团长马文涛主持。", "2024-05-14T10:00:00")
    assert (e["date"], e["time_of_day"], e["place"]) == ("2024-05-12", "晚", "返程途中")


def test_no_year_anywhere_gives_month_day():
    (e,) = events("11月5日，全市安全生产工作会议在郑州召开。市委书记王立平讲话。")
    assert e["date"] == "--11-05"


def test_format_and_two_chairs():
    text = ("6日，全省春耕生产工作会议召开。孙海燕、韩志刚分别主持上、下午的全体会议，省委书记刘振国作重要讲话。"
            "会议以电视电话会议形式召开。")
    (e,) = events(text, "2024-03-07")
    assert e["format"] == "电视电话会议"
    assert e["hosts"] == ["孙海燕", "韩志刚"]
    assert e["speakers"] == ["刘振国"]


def test_a_meeting_mentioned_in_passing_is_not_an_event():
    assert events("去年，我们召开全省优化营商环境建设大会，引导各级干部解决问题。") == []
