"""Finding one's way around: indexes, search facets and paging, timeline paging, readable values, 400s."""
from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest

from neican.web import App
from neican.web.display import display_date, display_title
from neican.web.pages import page_numbers

from ..conftest import REPO

pytestmark = pytest.mark.issue(15)


@pytest.fixture(scope="module")
def nav(nav_db) -> App:
    return App(nav_db)


def csv_link(page: str) -> str:
    return html.unescape(re.search(r'class="export-csv" href="([^"]+)"', page).group(1))


@pytest.mark.parametrize("path", ["/people", "/formulations", "/regions?level=any", "/timeline", "/search?q=振兴"])
def test_every_list_links_csv_and_json(app, path):
    page = app.get(path)
    assert page.status == 200
    exported = app.get(csv_link(page.text))
    assert exported.status == 200 and exported.content_type == "text/csv; charset=utf-8"
    assert exported.text.startswith("\ufeff") and len(exported.text.splitlines()) >= 2
    json_link = html.unescape(re.search(r'class="export-json" href="([^"]+)"', page.text).group(1))
    assert app.get(json_link).content_type.startswith("application/json")


def test_people_index_searches_filters_and_sorts(app):
    everyone = app.get("/api/people?limit=1000").json()
    assert everyone["total"] == len(everyone["items"]) > 10
    counts = [p["documents"] for p in everyone["items"]]
    assert counts == sorted(counts, reverse=True)
    liaoning = app.get("/api/people?province=辽宁").json()["items"]
    assert liaoning and {p["province"] for p in liaoning} == {"辽宁省"}
    assert [p["name"] for p in app.get("/api/people?post=市委书记").json()["items"]] == ["张雷"]
    assert [p["name"] for p in app.get("/api/people?name=张雷").json()["items"]] == ["张雷"]
    by_name = [p["name"] for p in app.get("/api/people?sort=name&limit=1000").json()["items"]]
    assert by_name == sorted(by_name)
    page = app.get("/people?name=张").text
    assert 'href="/person/' in page and "张雷" in page


def test_formulations_and_regions_indexes(app):
    found = app.get("/api/formulations?q=发展").json()
    assert found["total"] >= 1 and all("发展" in f["text"] for f in found["items"])
    first = found["items"][0]
    assert first["stories"] >= 1 and first["first_use"] and first["provinces"] >= 1
    assert "/formulation/" in app.get("/formulations?q=发展").text
    oldest = [f["first_use"] or "9" for f in app.get("/api/formulations?sort=first_use&limit=1000").json()["items"]]
    assert oldest == sorted(oldest)
    regions = app.get("/api/regions").json()["items"]
    assert regions[0]["name"] == "辽宁省" and {r["level"] for r in regions} == {"province"}
    assert app.get("/api/regions?q=沈阳&level=prefecture").json()["items"][0]["code"] == "210100"


def test_searching_a_name_links_the_person(app):
    people = app.get("/api/people?name=习近平").json()["items"]
    page = app.get("/search?q=习近平").text
    assert f'href="/person/{people[0]["entity_id"]}"' in page.split('id="people-match"', 1)[1].split("</p>", 1)[0]


def test_search_sorts_by_date(nav):
    newest = [h["published"] for h in nav.get("/api/search?q=振兴&sort=newest&limit=100").json()["hits"]]
    assert newest == sorted(newest, reverse=True) and len(newest) == 46
    oldest = [h["published"] for h in nav.get("/api/search?q=振兴&sort=oldest&limit=100").json()["hits"]]
    assert oldest == sorted(oldest)


def test_search_facets_count_and_filter(nav):
    result = nav.get("/api/search?q=振兴").json()
    years = {f["value"]: f["count"] for f in result["facets"]["year"]}
    assert years == {"2022": 1, "2021": 15, "2020": 15, "2019": 15}
    assert {f["value"]: f["count"] for f in result["facets"]["source"]} == {"辽宁日报": 24, "吉林日报": 22}
    assert result["facets"]["province"][0]["label"] == "辽宁省" and result["facets"]["person"]
    page = nav.get("/search?q=振兴").text
    link = html.unescape(re.search(r'href="([^"]*year=2020[^"]*)"', page).group(1))
    filtered = nav.get("/api" + link).json()
    assert filtered["total"] == 15 and {h["published"][:4] for h in filtered["hits"]} == {"2020"}
    person = result["facets"]["person"][0]
    assert nav.get(f"/api/search?q=振兴&person={person['value']}").json()["total"] == person["count"]


def test_search_pages_are_numbered_and_a_page_past_the_end_says_so(nav):
    page = nav.get("/search?q=振兴&page=2").text
    assert 'aria-current="page">2<' in page and ">3</a>" in page and ">1</a>" in page
    assert 'class="export-json" href="/api/search?q=%E6%8C%AF%E5%85%B4&amp;offset=20"' in page
    past = nav.get("/search?q=振兴&page=9999").text
    assert "46</b> 篇文档匹配" in past and "past the last page" in past and "No documents match" not in past
    assert page_numbers(7, 20) == [1, None, 5, 6, 7, 8, 9, None, 20]
    assert page_numbers(1, 1) == [1]


def test_headlines_are_shown_decoded(nav):
    page = nav.get("/search?q=学习").text
    assert "学习•实践" in page and "&amp;#8226;" not in page
    assert display_title("A&#8226;B &amp; C") == "A•B & C" and display_title(None) == "（无标题）"


def test_timeline_is_newest_first_with_paging(app):
    everything = app.get("/api/timeline?limit=1000").json()
    dates = [e["date"] for e in everything if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert app.get("/api/timeline?offset=1&limit=2").json() == everything[1:3]
    oldest = [e["date"] for e in app.get("/api/timeline?newest=false&limit=1000").json() if e["date"]]
    assert oldest == sorted(oldest) and len(oldest) == len(dates)
    page = app.get("/timeline?limit=2").text
    assert 'rel="next" href="/timeline?limit=2&amp;offset=2"' in page
    assert 'rel="prev"' in app.get("/timeline?limit=2&offset=2").text


def test_partial_dates_read_as_chinese_dates(app):
    assert display_date("--05-11") == "5月11日" and display_date("2024-05-11T08:00:00") == "2024年5月11日"
    assert display_date("2024-05") == "2024年5月" and display_date(None) == "—"
    for path in ("/timeline?limit=1000", "/tours", "/doc/e41ed949c96dd1a8", "/doc/340306f361d7dd74"):
        assert not re.search(r"--\d\d-\d\d", app.get(path).text), path


def test_person_pages_link_events_by_headline(app):
    people = app.get("/api/people?name=张雷").json()["items"]
    career = app.get(f"/api/person/{people[0]['entity_id']}").json()
    assert career["events"] and all(e["title"] for e in career["events"])
    page = app.get(f"/person/{people[0]['entity_id']}").text
    events = page.split('id="events"', 1)[1].split("</table>", 1)[0]
    assert career["events"][0]["title"] in events and f">{career['events'][0]['document']}<" not in events


def test_person_permalink_by_name(app):
    assert "张雷" in app.get("/person/" + quote("张雷")).text
    missing = app.get("/api/person/" + quote("无此人"))
    assert missing.status == 404 and "no single person entity" in missing.json()["error"]


@pytest.mark.parametrize("path, says", [
    ("/api/timeline?since=2020-13-45", "since=2020-13-45 is not a calendar date"),
    ("/api/search?q=振兴&until=2021-02-30", "until=2021-02-30 is not a calendar date"),
    ("/api/search?q=振兴&sort=best", "sort must be one of relevance, newest, oldest"),
    ("/api/search?q=振兴&year=21", "year must be four digits"),
    ("/api/search?q=振兴&province=火星", "province:"),
    ("/api/people?format=xml", "format must be one of json, csv"),
    ("/api/compare?a=浙江&b=浙江省", "are the same region (浙江省)"),
    ("/api/regions?level=planet", "level must be one of"),
    ("/api/people?limit=0", "limit must be between 1 and 1000"),
])
def test_bad_parameters_are_400s_that_say_which_and_why(app, path, says):
    response = app.get(path)
    assert response.status == 400 and says in response.json()["error"]
    if "format=" not in path:  # pages are HTML whatever format says
        assert app.get(path.removeprefix("/api")).status in (400, 404)


def test_unknown_person_says_so_plainly(app):
    error = app.get("/api/person/999").json()["error"]
    assert error == "no person entity 999; run build_people on this store first"


def test_nav_links_to_an_api_page_not_raw_json(app):
    home = app.get("/").text
    assert '<a href="/api">API</a>' in home
    docs = app.get("/api")
    assert docs.content_type.startswith("text/html") and "/api/people" in docs.text and "/api/openapi.json" in docs.text


def test_readme_example_id_is_in_the_example_store(app):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ids = set(re.findall(r"neican show ([0-9a-f]{16})", readme)) | set(re.findall(r"/doc/([0-9a-f]{16})", readme))
    assert ids
    for doc_id in ids:
        assert app.get(f"/api/doc/{doc_id}").status == 200, doc_id
