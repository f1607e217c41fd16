"""End to end in a real browser: headless Chromium (Debian's), driven by Playwright.

Clicks through search → document → person → formulation → region comparison → tours on a store
of the bundled examples, checks what each page shows, and saves screenshots under
test-output/screenshots/. Installs nothing: skips, saying why, where Playwright or Chromium is
absent (.ci/run installs both: apt-get install chromium, pip install playwright).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

import neican
from neican.corpus import build_people
from neican.web import serve_in_background

from ..conftest import REPO

CHROMIUM = os.environ.get("NEICAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO / "test-output" / "screenshots"

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install playwright==1.65.2; .ci/run does)",
    exc_type=ImportError)
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; or set NEICAN_CHROMIUM)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def base_url(example_db):
    server = serve_in_background(str(example_db), port=0)
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors and dialogs; the test fails on any of them."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="zh-CN")
    opened = context.new_page()
    opened.problems = []
    opened.on("pageerror", lambda error: opened.problems.append(f"page error on {opened.url}: {error.stack or error}"))
    opened.on("console", lambda m: opened.problems.append(f"console: {m.text}") if m.type == "error" else None)
    opened.on("dialog", lambda d: (opened.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield opened
    context.close()
    assert opened.problems == []


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def wait_for_charts(page) -> None:
    """Every chart on the page has drawn (neican.js sets data-ready when ECharts finishes)."""
    charts = page.locator(".chart[data-chart]")
    for i in range(charts.count()):
        sync_api.expect(charts.nth(i)).to_have_attribute("data-ready", "1", timeout=10_000)
        assert charts.nth(i).locator("canvas").count() >= 1


def test_click_through_search_document_person_formulation_comparison(page, base_url):
    expect = sync_api.expect
    page.goto(base_url + "/")
    expect(page.locator(".hero h1")).to_contain_text("内参")
    wait_for_charts(page)
    shoot(page, "01-home")

    page.fill(".search-big input[name=q]", "振兴")
    page.press(".search-big input[name=q]", "Enter")
    expect(page).to_have_url(f"{base_url}/search?q={quote('振兴')}")
    expect(page.locator("#result-count")).to_contain_text("篇文档匹配")
    assert page.locator("li.hit").count() >= 2
    expect(page.locator("li.hit mark").first).to_have_text("振兴")
    page.select_option("select[name=source]", "沈阳日报")
    page.click("form.filters button[type=submit]")
    expect(page.locator("li.hit")).to_have_count(1)
    shoot(page, "02-search")

    page.click("li.hit a.hit-title")
    expect(page.locator("h1.doc-title")).to_contain_text("沈阳市委书记张雷")
    for kind in ("person", "formulation", "region", "event"):
        assert page.locator(f"#doc-text .hl-{kind}").count() >= 1, kind
    expect(page.locator("#legend")).to_contain_text("人物 people")
    page.uncheck("#legend input[data-kind=person]")
    expect(page.locator("#doc-text")).to_have_class("doc-text hide-person")
    page.check("#legend input[data-kind=person]")
    page.click("#removed summary")
    expect(page.locator("#removed table")).to_be_visible()
    expect(page.locator("#removed")).to_contain_text("original_title")
    shoot(page, "03-document")
    doc_url = page.url

    page.locator("#doc-text a.hl-person", has_text="张雷").first.click()
    expect(page.locator("h1.person-name")).to_contain_text("张雷")
    expect(page.locator("#titles")).to_contain_text("市委书记")
    expect(page.locator("#events")).to_contain_text("推进会")
    shoot(page, "04-person")

    page.goto(doc_url)
    page.locator("#doc-text a.hl-formulation", has_text="三篇大文章").first.click()
    expect(page.locator("h1")).to_contain_text("三篇大文章")
    wait_for_charts(page)
    expect(page.locator("#first-use")).to_contain_text("辽宁省")
    shoot(page, "05-formulation")

    page.locator("#first-use a", has_text="辽宁省").click()
    expect(page.locator("#profile-a h2")).to_contain_text("辽宁省")
    page.fill("#compare-form input[name=b]", "浙江")
    page.click("#compare-form button[type=submit]")
    expect(page.locator("#profile-a h2")).to_contain_text("辽宁省")
    expect(page.locator("#profile-b h2")).to_contain_text("浙江省")
    expect(page.locator("#profile-b")).to_contain_text("易炼红")
    wait_for_charts(page)
    shoot(page, "06-compare")

    page.click("header nav a[href='/tours']")
    expect(page.locator("#edges")).to_contain_text("浙江省")
    wait_for_charts(page)
    shoot(page, "07-tours")


def test_timeline_and_error_pages(page, base_url):
    expect = sync_api.expect
    page.goto(base_url + "/timeline?region=" + quote("辽宁"))
    expect(page.locator("#timeline")).to_contain_text("推进会")
    shoot(page, "08-timeline")
    response = page.goto(base_url + "/doc/no-such-document")
    assert response.status == 404
    expect(page.locator("h1")).to_contain_text("Not found")
    page.problems.remove("console: Failed to load resource: the server responded with a status of 404 (Not Found)")


def test_a_script_in_an_article_does_not_run(browser, script_db):
    server = serve_in_background(str(script_db), port=0)
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(server.url + "/doc/evil")
        sync_api.expect(page.locator("#doc-text")).to_contain_text('<script>window.__pwned = 1; alert("x")</script>')
        sync_api.expect(page.locator("h1.doc-title")).to_contain_text('<script>alert("title")</script>标题')
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#doc-text script, #doc-text img").count() == 0
        shoot(page, "09-script-inert")
    finally:
        context.close()
        server.stop()
    assert dialogs == []


@pytest.fixture(scope="module")
def nav_url(nav_db):
    server = serve_in_background(str(nav_db), port=0)
    yield server.url
    server.stop()


@pytest.mark.issue(15)
def test_people_index_search_and_csv_link(page, base_url):
    expect = sync_api.expect
    page.goto(base_url + "/")
    page.click("header nav a[href='/people']")
    expect(page.locator("#people tbody tr").first).to_be_visible()
    page.fill("#people-filter input[name=name]", "张")
    page.press("#people-filter input[name=name]", "Enter")
    expect(page.locator("#people")).to_contain_text("张雷")
    shoot(page, "10-people")
    href = page.locator("a.export-csv").first.get_attribute("href")
    answer = page.request.get(base_url + href)
    assert answer.status == 200 and answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert "张雷" in answer.text() and answer.text().splitlines()[0].lstrip("\ufeff").startswith("entity_id,name")
    page.click("#people a:has-text('张雷')")
    expect(page.locator("h1.person-name")).to_contain_text("张雷")


@pytest.mark.issue(15)
def test_search_facet_click_and_page_numbers(page, nav_url):
    expect = sync_api.expect
    page.goto(nav_url + "/search?q=" + quote("振兴"))
    expect(page.locator("#result-count")).to_contain_text("46")
    expect(page.locator("nav.pager b.current")).to_have_text("1")
    page.click("nav.pager a:text-is('3')")
    expect(page.locator("nav.pager b.current")).to_have_text("3")
    expect(page.locator("li.hit")).to_have_count(6)
    page.click("ul.facet[data-facet=year] a:has-text('2020')")
    expect(page.locator("#result-count")).to_contain_text("15")
    expect(page.locator("nav.pager")).to_have_count(0)
    assert "year=2020" in page.url and "page=" not in page.url
    shoot(page, "11-search-facets")
    page.select_option("select[name=sort]", "newest")
    page.click("form.filters button[type=submit]")
    dates = page.locator("li.hit .hit-meta").all_inner_texts()
    assert dates[0].startswith("2020年8月17日") and "year=2020" in page.url  # the latest of 2020 (n07)


@pytest.mark.issue(15)
def test_timeline_pages_newest_first(page, base_url):
    expect = sync_api.expect
    page.goto(base_url + "/timeline?limit=2")
    first = page.locator("#timeline tbody tr").first.inner_text()
    page.click("nav.pager a[rel=next]")
    expect(page.locator("#timeline tbody tr")).to_have_count(2)
    assert page.locator("#timeline tbody tr").first.inner_text() != first and "offset=2" in page.url
    page.click("nav.pager a[rel=prev]")
    expect(page).to_have_url(base_url + "/timeline?limit=2")
    assert page.locator("#timeline tbody tr").first.inner_text() == first


@pytest.mark.issue(15)
def test_person_permalink_survives_a_rebuild(page, example_db, tmp_path):
    db = tmp_path / "rebuilt.db"
    shutil.copy(example_db, db)
    server = serve_in_background(str(db), port=0)
    try:
        page.goto(server.url + "/people?name=" + quote("张雷"))
        page.click("#people a:has-text('张雷')")
        permalink = page.url
        with neican.open_store(db) as store:  # new documents about other people, then people again
            store.add([neican.extract_text("浙江省省长王浩出席会议。", id="later", published="2024-06-01")])
            build_people(store)
        page.goto(permalink)
        sync_api.expect(page.locator("h1.person-name")).to_contain_text("张雷")
        sync_api.expect(page.locator("#titles")).to_contain_text("市委书记")
    finally:
        server.stop()
