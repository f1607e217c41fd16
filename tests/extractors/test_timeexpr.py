import pytest

from neican.extractors.timeexpr import DATE_EXPR, resolve


@pytest.mark.parametrize("text, published, expected", [
    ("13日傍晚", "2023-04-15T15:32:52", ("2023-04-13", None, "傍晚")),
    ("5月11日晚", None, ("--05-11", None, "晚")),
    ("22日至23日", "2024-06-24", ("2024-06-22", "2024-06-23", None)),
    ("今天下午", "2024-12-26T20:00:00", ("2024-12-26", None, "下午")),
    ("12月30日", "2025-01-02", ("2024-12-30", None, None)),
    ("2019年7月1日", "2024-01-01", ("2019-07-01", None, None)),
])
def test_dates_resolve_against_publication(text, published, expected):
    found = resolve(DATE_EXPR.search(text), published)
    assert (found.date, found.end, found.time_of_day) == expected


def test_bare_day_without_publication_cannot_be_placed():
    assert resolve(DATE_EXPR.search("13日"), None) is None


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, day", [("13号，中国", "13号"), ("5月13号在北京举行", "5月13号"), ("3号线", None),
                                       ("1号文件", None), ("第1号洪水", None)])
def test_hao_is_a_day_only_where_a_day_stands(text, day):
    from neican.extractors.timeexpr import DATE_EXPR

    m = DATE_EXPR.search(text)
    assert (m.group(0) if m else None) == day


def test_a_datelines_day_places_the_reports_dates_where_no_publication_time_is_known():
    from neican.extractors.timeexpr import dateline_day

    assert dateline_day("王立平会见客人\n新华社北京6月3日电 国家副主席王立平3日在北京会见…") == "--06-03"
    assert dateline_day("本报讯 2024年5月20日电 …") == "2024-05-20"
    assert dateline_day("会议决定，6月3日起施行。") is None  # a date, no dateline
    assert (resolve(DATE_EXPR.search("3日下午"), "--06-03").date, resolve(DATE_EXPR.search("12月30日"), "--01-02").date,
            resolve(DATE_EXPR.search("昨天"), "--06-03").date) == ("--06-03", "--12-30", "--06-02")


@pytest.mark.issue(12)
def test_just_now_opening_a_sentence_is_the_moment_of_publication():
    # web news' 刚刚，: the day the page was published; 刚刚结束的 (just ended) names no day
    assert resolve(DATE_EXPR.search("刚刚，在某某大会上"), "2019-09-25T10:00:00").date == "2019-09-25"
    assert DATE_EXPR.search("在刚刚结束的全国两会上") is None


def test_an_event_opened_by_just_now_takes_the_publication_day():
    from neican import extract_text

    record = extract_text("刚刚，在2031云计算大会上，某公司首席技术官钱立新发布了新芯片。", published="2031-09-25")
    assert [e["date"] for e in record["events"]] == ["2031-09-25"]
