"""Every route through App.get: status codes, content types, escaping, 404s and 400s."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from neican.web import App

SHENYANG = "001_fcf349479eae5920.txt"   # 沈阳日报: 张雷, 三篇大文章, one meeting
ZHEJIANG = "002_2ac1a77de42346ef.txt"   # 新京报: 浙江 delegation tour to 江苏 and 上海


@pytest.mark.parametrize("path", [
    "/", "/search", "/search?q=振兴", "/search?q=瀋陽&source=沈阳日报&since=2021&until=2021-12",
    "/search?q=振兴&page=2", "/formulation/三篇大文章", "/formulation/高质量发展", "/compare",
    "/compare?a=辽宁&b=浙江", "/compare?a=210000", "/compare?b=浙江省", "/tours", "/tours?region=浙江",
    "/timeline", "/timeline?region=辽宁&since=2021&until=2024-12&kind=meeting",
])
def test_pages_answer_html(app, path):
    response = app.get(path)
    assert response.status == 200, response.text[:500]
    assert response.content_type == "text/html; charset=utf-8"
    assert "<script>" not in response.text.replace('<script src="/static/', "").replace(
        '<script type="application/json"', "")  # no inline script on any page
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


@pytest.mark.parametrize("path", [
    "/api/search?q=振兴", "/api/formulation/高质量发展", "/api/compare?a=辽宁&b=吉林", "/api/tours",
    "/api/tours?region=辽宁", "/api/timeline", "/api/timeline?region=辽宁&newest=true&limit=5",
    "/api/co-attendance?min_events=1&limit=10", "/api/openapi.json",
])
def test_api_answers_json(app, path):
    response = app.get(path)
    assert response.status == 200, response.text[:500]
    assert response.content_type == "application/json; charset=utf-8"
    json.loads(response.body)


def test_search_page_lists_hits_with_filters(app):
    page = app.get("/search?q=振兴").text
    assert "篇文档匹配" in page and 'class="hit"' in page
    assert "<mark>振兴</mark>" in page
    only = app.get("/api/search?q=振兴&source=沈阳日报").json()
    assert only["total"] == 1 and only["hits"][0]["source"] == "沈阳日报"
    assert app.get("/api/search?q=瀋陽").json()["total"] >= 1          # traditional query, simplified text
    assert app.get("/api/search?q=振兴&since=2030").json()["total"] == 0
    empty = app.get("/api/search?q=").json()
    assert empty["total"] == 0 and empty["hits"] == []


def test_document_page_highlights_spans_and_shows_removed(app, example_ids):
    doc_id = example_ids[SHENYANG]
    page = app.get(f"/doc/{doc_id}").text
    assert "沈阳市委书记张雷" in page
    for kind in ("person", "formulation", "region", "event"):
        assert f"hl-{kind}" in page, kind
    assert 'class="hl hl-person" href="/person/' in page
    assert f'href="/formulation/{quote("三篇大文章", safe="")}"' in page
    assert "Removed boilerplate (10)" in page and "original_title" in page
    record = app.get(f"/api/doc/{doc_id}").json()
    assert record["id"] == doc_id and record["source"] == "沈阳日报"


def test_person_page_shows_career(app, example_ids):
    record = app.get(f"/api/doc/{example_ids[SHENYANG]}").json()
    assert record["people"][0]["name"] == "张雷"
    page = app.get(f"/doc/{example_ids[SHENYANG]}").text
    href = page.split('title="人物 张雷', 1)[0].rsplit('href="', 1)[1].split('"', 1)[0]
    assert href.startswith("/person/")
    person = app.get(href).text
    assert "<h1" in person and "张雷" in person and "市委书记" in person
    career = app.get("/api" + href).json()
    assert career["name"] == "张雷" and any(t["title"] == "市委书记" for t in career["titles"])
    assert "任免 Appointed / removed" in person  # the column that dates a post taken up or left
    assert all({"printed", "taken_up", "left"} <= set(t) for t in career["titles"])


def test_formulation_page_charts_diffusion(app):
    page = app.get("/formulation/" + quote("三篇大文章")).text
    assert 'id="chart-diffusion"' in page and 'id="chart-provinces-data"' in page
    data = app.get("/api/formulation/" + quote("三篇大文章")).json()
    assert data["stories"] >= 2 and "辽宁省" in data["by_province"]


def test_compare_page_shows_both_regions(app):
    page = app.get("/compare?a=辽宁&b=浙江").text
    assert 'id="profile-a"' in page and 'id="profile-b"' in page
    assert "辽宁省" in page and "浙江省" in page and 'id="chart-compare"' in page
    data = app.get("/api/compare?a=辽宁&b=浙江").json()
    assert data["a"]["name"] == "辽宁省" and data["b"]["name"] == "浙江省"


def test_tours_page_draws_the_network(app):
    page = app.get("/tours").text
    assert 'id="chart-tours"' in page and "浙江省" in page
    edges = app.get("/api/tours").json()
    assert {"origin": "浙江省", "destination": "上海市"}.items() <= next(
        e for e in edges if e["destination"] == "上海市").items()


@pytest.mark.parametrize("path", [
    "/doc/nope", "/person/99999", "/person/abc", "/formulation/" + quote("从未出现的提法"), "/nothing",
    "/static/missing.js", "/static/.hidden.js", "/static/..%2Fapp.py", "/static/app.py",
])
def test_unknown_things_are_404_pages(app, path):
    response = app.get(path)
    assert response.status == 404
    assert "未找到 Not found" in response.text


@pytest.mark.parametrize("path", ["/api/doc/nope", "/api/person/99999", "/api/formulation/x-y-z", "/api/nothing"])
def test_unknown_api_things_are_404_json(app, path):
    response = app.get(path)
    assert response.status == 404 and response.json()["status"] == 404 and response.json()["error"]


@pytest.mark.parametrize("path", [
    "/search?q=x&since=yesterday", "/search?q=x&page=0", "/compare?a=火星&b=辽宁", "/compare?a=火星",
    "/tours?region=火星", "/api/compare?a=辽宁", "/api/search?q=x&limit=abc", "/api/timeline?dedupe=maybe",
])
def test_bad_parameters_are_400(app, path):
    response = app.get(path)
    assert response.status == 400, response.text[:300]


def test_script_in_an_article_renders_inert(script_db):
    app = App(script_db)
    page = app.get("/doc/evil").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned" in page and "&lt;img src=x onerror=" in page
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;标题" in page   # the title too
    hits = app.get("/search?q=" + quote("高质量发展")).text
    assert "<script>alert" not in hits and "&lt;script&gt;alert(&#34;title&#34;)" in hits
    formulation = app.get("/formulation/" + quote("高质量发展")).text
    assert "<script>alert" not in formulation and "</script><" not in formulation.split("chart-")[0]
    api = app.get("/api/doc/evil")
    assert api.content_type.startswith("application/json") and api.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script>window.__pwned" in api.json()["text"]   # JSON keeps the text as it is


def test_chart_data_cannot_close_its_script_block(script_db):
    page = App(script_db).get("/formulation/" + quote("高质量发展")).text
    blocks = page.split('<script type="application/json"')[1:]
    assert blocks and all("</script" not in block.split("</script>", 1)[0] for block in blocks)
    assert all("<" not in block.split(">", 1)[1].split("</script>", 1)[0] for block in blocks)


def test_static_files_are_served_with_types(app):
    js = app.get("/static/echarts.min.js")
    assert js.status == 200 and js.content_type.startswith("text/javascript") and len(js.body) > 500_000
    assert app.get("/static/neican.css").content_type.startswith("text/css")
    assert b"Apache License" in app.get("/static/echarts-LICENSE.txt").body
    assert b"6.1.0" in app.get("/static/VENDOR.md").body


def test_pages_reference_only_local_assets(app, example_ids):
    for path in ("/", f"/doc/{example_ids[SHENYANG]}", "/formulation/" + quote("三篇大文章"), "/tours"):
        page = app.get(path).text
        assert "http://" not in page.replace("http://127.0.0.1", "") and "https://" not in page, path
        assert "cdn" not in page.lower(), path


def test_a_missing_database_is_an_error_page(tmp_path):
    response = App(tmp_path / "absent.db").get("/")
    assert response.status == 500 and "no database file" in response.text


def test_error_messages_escape_what_the_user_typed(app):
    response = app.get("/compare?a=" + quote("<script>alert(1)</script>") + "&b=" + quote("辽宁"))
    assert response.status == 400
    assert "<script>alert(1)" not in response.text and "&lt;script&gt;alert(1)" in response.text
