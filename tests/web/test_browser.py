"""The web app in real headless Chromium (Debian's chromium, driven by Playwright): the analyst's path
through the app, and script payloads in article text, headline, outlet and URL that must never run.

Set PRESSLENS_SCREENSHOTS=docs to write the screenshots shown in the README.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, SEED
from tests.web.conftest import PAYLOADS

CHROMIUM = os.environ.get("PRESSLENS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium: apt-get install chromium (.ci/run does)")
#: Flags for a closed network: no background connections, no first-run, no sandbox as root.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server)
    tab = context.new_page()
    tab.problems = []  # type: ignore[attr-defined]
    tab.on("dialog", lambda dialog: (tab.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("pageerror", lambda error: tab.problems.append(f"page error: {error}"))
    tab.on("console", lambda message: tab.problems.append(f"console: {message.text}") if message.type == "error" else None)
    yield tab
    context.close()


def _screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("PRESSLENS_SCREENSHOTS")
    if folder:
        target = ROOT / folder
        target.mkdir(exist_ok=True)
        page.screenshot(path=str(Path(target) / name), full_page=False)


def test_analyse_the_seed_toggle_layers_open_a_speaker_and_search(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/analyze")
    page.fill("#text", SEED.read_text("utf-8"))
    page.fill("#published", "2021-12-30")
    page.click("button[type=submit]")
    page.wait_for_url("**/articles/*")
    assert page.inner_text("h1") == "Iraqi Resistance: U.S. Not Serious About Leaving"
    assert page.locator(".text mark").count() > 30 and page.locator(".text a.quote").count() >= 10
    _screenshot(page, "web-article.png")

    entity_mark = page.locator('.text mark[data-entity]').first
    assert entity_mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.uncheck('input[data-layer="entity"]')
    assert "hide-entity" in page.evaluate("document.body.className")
    assert entity_mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.uncheck('input[data-layer="technique"]')
    assert page.locator(".text span.technique").first.evaluate("s => getComputedStyle(s).textDecorationLine") == "none"
    page.check('input[data-layer="entity"]')
    everything = page.inner_text("#techniques-shown")
    page.locator("#min-probability").fill("10")  # under the app's Content-Security-Policy too; the seed has spans on both sides
    shown, total = page.inner_text("#techniques-shown").removesuffix(" shown").split(" of ")
    assert f"{total} of {total} shown" == everything and 0 < int(shown) < int(total)

    page.locator(".text time:has-text('Tuesday')").click()
    assert "DATE · 2021-12-28" in page.inner_text("#details")

    page.locator(".text a.quote").first.click()
    assert "#speaker-" in page.url
    page.click(".speaker h3 a:has-text('Hadi al-Amiri')")
    page.wait_for_url("**/entities/hadi-al-amiri")
    assert "Hadi al-Amiri" in page.inner_text("h1")
    assert "must be handed over to the Iraqi army" in page.inner_text("ol.quotes")

    page.fill("header input[type=search]", "drone")
    page.press("header input[type=search]", "Enter")
    page.wait_for_url("**/?q=drone")
    assert page.locator("ol.articles li").count() == 1
    assert "Two years after Soleimani killing" in page.inner_text("ol.articles")
    assert page.problems == []  # type: ignore[attr-defined]


def test_the_report_underlines_only_the_techniques_at_the_chosen_probability(browser, seed_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The self-contained report's filter: spans below it lose their underline, and the counts, in all and by
    label, are those of the analysis' techniques at or above it."""
    from presslens.report.html import render_report

    report = tmp_path / "seed.html"
    report.write_text(render_report(seed_analysis), "utf-8")
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(report.as_uri())
    techniques = seed_analysis.techniques
    percent = int(max(t.labels[0].probability for t in techniques) * 20) * 5  # the slider's step under the surest span
    sure = [t for t in techniques if t.labels[0].probability >= percent / 100]
    assert 0 < len(sure) < len(techniques)
    assert page.inner_text("#techniques-shown") == f"{len(techniques)} of {len(techniques)} shown"

    page.locator("#min-probability").fill(str(percent))
    assert page.inner_text("#min-probability-value") == str(percent)
    assert page.inner_text("#techniques-shown") == f"{len(sure)} of {len(techniques)} shown"
    counts = {item.get_attribute("data-label"): int(item.locator(".count").inner_text()) for item in page.locator(".legend-list li[data-label]").all()}
    assert counts == {label: sum(t.labels[0].label == label for t in sure) for label in counts}
    underline = "s => getComputedStyle(s).textDecorationLine"
    for mark in page.locator(".text span.technique").all():
        expected = "none" if float(mark.get_attribute("data-probability")) < percent / 100 else "underline"
        assert mark.evaluate(underline) == expected, mark.inner_text()

    page.locator("#min-probability").fill("0")
    assert page.inner_text("#techniques-shown") == f"{len(techniques)} of {len(techniques)} shown"
    assert all(mark.evaluate(underline) == "underline" for mark in page.locator(".text span.technique").all())
    assert problems == []
    page.close()


def test_corpus_facets_story_and_stats(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    _screenshot(page, "web-corpus.png")
    page.click(".facet[data-facet=outlet] a:has-text('Capital Wire')")
    assert page.locator("ol.articles li").count() == 2
    page.goto("/")
    page.click("ul.stories a")
    assert page.locator(".version").count() == 2
    assert "known in Arabic as Hashd al-Shaabi" in page.locator(".version ul.edits").first.inner_text()
    _screenshot(page, "web-story.png")
    page.goto("/stats")
    assert page.locator("svg.chart").count() == 3
    assert page.problems == []  # type: ignore[attr-defined]


def test_find_what_a_speaker_said_in_a_period_and_download_it(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.click("header.top nav a:has-text('Quotes')")
    page.fill("input[name=speaker]", "al-Kadhimi")
    page.fill("input[name=since]", "2021-12-29")
    page.select_option("select[name=kind]", "direct")
    page.click("form.quotes-filter button")
    page.wait_for_url("**/quotes?*")
    found = page.locator("ol.quotes li")
    shown = found.all_inner_texts()
    assert len(shown) == 5 and all("Mustafa al-Kadhimi" in text and "direct" in text for text in shown)
    _screenshot(page, "web-quotes.png")
    with page.expect_download() as download:
        page.click("a:has-text('CSV')")
    table = Path(download.value.path()).read_text("utf-8")
    assert table.startswith("said_on,published,outlet") and table.count("Mustafa al-Kadhimi") == 5
    second = page.locator(".sources ol a").nth(1)
    name = second.inner_text()
    second.click()
    page.wait_for_url("**/quotes?*speaker=*")
    assert name != "Mustafa al-Kadhimi" and all(name in text for text in page.locator("ol.quotes li").all_inner_texts())
    page.go_back()
    found.first.locator("a[href^='/entities/']").click()
    assert page.locator("h1").inner_text().startswith("Mustafa al-Kadhimi")
    assert page.problems == []  # type: ignore[attr-defined]


def test_script_payloads_never_run(page, client) -> None:  # type: ignore[no-untyped-def]
    hostile = client.get("/api/articles", params={"q": "Haddad"}).json()["articles"][0]
    paths = ["/", f"/articles/{hostile['id']}", "/?q=" + quote(PAYLOADS[0]), "/?outlet=" + quote(hostile["outlet"]), "/stats",
             "/entities/" + quote(PAYLOADS[1]), "/analyze", "/quotes", "/quotes?speaker=" + quote(PAYLOADS[1]), "/conflicts"]
    for path in paths:
        page.goto(path)
        page.mouse.move(300, 300)
        for mark in page.locator(".text mark, .text a, ol.articles a, ol.quotes a").all()[:40]:
            mark.hover()
        assert page.evaluate("typeof window.__xss") == "undefined", path
    page.goto(f"/articles/{hostile['id']}")
    assert "<script>window.__xss = 1; alert('xss')</script>" in page.inner_text("body")
    assert page.locator("a[href^='javascript:']").count() == 0
    page.goto("/analyze")
    page.fill("#text", "Breaking " + PAYLOADS[1] + "\nOfficials said " + PAYLOADS[0] + " on Monday, " + PAYLOADS[2])
    page.click("button[type=submit]")
    page.wait_for_url("**/articles/*")
    assert page.evaluate("typeof window.__xss") == "undefined"
    # the entity page of a payload name is a 404 on purpose; a CSP report would mean markup from data got through
    problems = [p for p in page.problems if "status of 404" not in p]  # type: ignore[attr-defined]
    assert problems == [], problems
